#pragma once

#include "sync/SyncEngine.h"

#include <QThread>
#include <QUrl>

namespace casedesk {

class Vault;
class SyncWorker;

// Sync off the UI thread: a thread with its own vault connection, network
// manager and SyncEngine. Signals arrive queued in the thread that owns this.
class SyncThread final : public QObject
{
    Q_OBJECT
public:
    SyncThread(const Vault &vault, const QUrl &platform, SyncSettings settings, bool allowInsecureHttp,
               PlatformTrust trust, QObject *parent = nullptr);
    ~SyncThread() override;

    // Opens the connection in the sync thread and starts periodic rounds.
    void start(const QString &token, const QString &refreshToken);
    void syncNow();
    void setSession(const QString &token, const QString &refreshToken);

Q_SIGNALS:
    void statusChanged(const casedesk::SyncStatus &status);
    void roundFinished(const casedesk::SyncSummary &summary);
    void loginRequired();
    // The platform published a working-day calendar the vault did not have.
    void calendarsChanged();
    void failed(const QString &message);

private:
    QThread m_thread;
    SyncWorker *m_worker;
};

} // namespace casedesk
