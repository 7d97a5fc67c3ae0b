#pragma once

#include "FaultProxy.h"
#include "PlatformThread.h"
#include "keys/KeyStore.h"
#include "storage/Vault.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <memory>

namespace casedesk::test {

// One counter PC: an encrypted vault in a temporary directory, its own
// network manager, client and sync engine, signed in as one clerk.
struct Workstation {
    QString name;
    QString staffId;
    QString counterId;
    QString workstationId;
    std::unique_ptr<QTemporaryDir> directory;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<SyncEngine> engine;
};

// The Nextcloud-style fixture of DESIGN.md: the real casedesk-platform on a
// free loopback port (SQLite in a temporary directory, the training hall
// seeded), a fault-injecting proxy in front of it, and any number of
// workstations with real encrypted vaults talking through the proxy.
class SyncHarness
{
public:
    SyncHarness();
    ~SyncHarness();

    Expected<void> start();
    FaultProxy &proxy() { return *m_proxy; }
    QUrl platformUrl() const { return m_platform.baseUrl(); }
    const QString &hallId() const { return m_hallId; }

    // Signs in through the proxy (faults are switched off while it does).
    Expected<Workstation *> addWorkstation(const QString &staffId);

    // One round of sync; the summary of how it ended.
    SyncSummary syncRound(Workstation &workstation, int timeoutMs = 60000);
    // Rounds on every workstation until two passes in a row move nothing.
    bool settle(int maximumPasses = 40);

    // The platform's view, read through the API from cursor 0, directly
    // (not through the proxy): the latest snapshot of every case.
    Expected<QHash<QString, protocol::CaseSnapshot>> platformCases();

    QList<Workstation *> workstations() const;

private:
    PlatformThread m_platform;
    std::unique_ptr<QTemporaryDir> m_platformDirectory;
    std::unique_ptr<FaultProxy> m_proxy;
    std::vector<std::unique_ptr<Workstation>> m_workstations;
    QString m_hallId;
};

// One change a clerk might make at this workstation, chosen at random: take
// in a new case, or move one of the cases in its cache along the state
// machine (accepting spends a receipt number). Returns false when the chosen
// change was not possible (no receipt numbers left, say).
bool makeRandomChange(Workstation &workstation, QRandomGenerator &random, const QString &hallId);

// What a workstation's cache holds of a case, for comparing with the platform.
QHash<QString, Case> localCases(const Vault &vault);
// How many changes this workstation made (each wrote one case event).
qint64 localChangeCount(const Vault &vault);

} // namespace casedesk::test
