#pragma once

#include "SyncThread.h"
#include "WorkstationServices.h"
#include "dialogs/AboutDialog.h"
#include "security/Session.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace casedesk {

class CitizenScreen;
class CitizenScreenPresenter;
class CounterDisplay;
class IntakeReadAloud;
class ReadAloud;
class IdleWatcher;
class Localization;
class MainWindow;
class PrintOutcomeDialog;
class ScreenLock;
class Vault;
struct Draft;

// What outlives one user's session at this workstation.
struct Workstation {
    Vault &vault;
    const Catalogue &catalogue;
    const WorkingDayCalendar &calendar;
    QUrl platform;
    bool training = false;
    bool allowInsecureHttp = false;
    PlatformTrust trust; // extra CAs and the pin (docs/operations.md)
    QString workstationId;
    QString enquiryPhone;
    EngineVersions versions;
    Localization *localization = nullptr;
    CounterDisplay *display = nullptr;
    SignInService *signIn = nullptr;
};

// One user's session at the counter: their main window and every window it
// opens, over stores that check the user's permissions in core; sync with
// the user's tokens; the idle lock and the Lock and Sign out actions. Ending
// it records the sign-out, closes its windows (an intake's draft is saved as
// it closes) and, with this object, forgets the user, the tokens and the
// models' caches.
class CounterSession final : public QObject
{
    Q_OBJECT
public:
    CounterSession(Workstation &workstation, const SignInOutcome &signedIn);
    ~CounterSession() override;

    void show();
    // why: "sign-out", "replaced" or "quit", recorded.
    void end(const QString &why);

Q_SIGNALS:
    void signedOut();
    // Another user signed in at the lock: this session is over, theirs starts.
    void replacedBy(const casedesk::SignInOutcome &next);
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openIntake(const std::optional<Draft> &draft);
    void openCase(const QString &caseId);
    // A receipt or correction notice to print or save, its printing audited.
    void openPrinting(std::unique_ptr<PrintOutcomeDialog> dialog, const QString &caseId, const QString &document);
    void resumed();

    Workstation &m_workstation;
    Session m_session;
    WorkstationServices m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncThread> m_sync;
    IdleWatcher *m_idle;
    ScreenLock *m_lock;
    // The elderly-assist counter's aids: the citizen-facing screen (a
    // window of its own, on a second monitor when there is one) and read-aloud.
    std::unique_ptr<CitizenScreen> m_citizenScreen;
    CitizenScreenPresenter *m_citizen;
    ReadAloud *m_voice;
    IntakeReadAloud *m_reader;
    bool m_syncStarted = false;
    bool m_ending = false;
};

} // namespace casedesk
