#include "CounterSession.h"

#include "citizen/CitizenScreen.h"
#include "citizen/CitizenScreenPresenter.h"
#include "intake/IntakeWindow.h"
#include "intake/SimplifiedIntakeWindow.h"
#include "speech/IntakeReadAloud.h"
#include "speech/ReadAloud.h"
#include "storage/Vault.h"
#include "supervisor/SupervisorDesk.h"
#include "windows/CaseDetailDialog.h"
#include "windows/ConflictsDialog.h"
#include "windows/DraftsDialog.h"
#include "windows/IdleWatcher.h"
#include "windows/MainWindow.h"
#include "windows/PrintAudit.h"
#include "windows/ReceiptDialogs.h"
#include "windows/ScreenLock.h"

#include "common/Clock.h"
#include "common/LogCategories.h"
#include "security/AuditLog.h"
#include "sync/PublishedCalendars.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// Never a nested event loop: a session may end (another user at the lock)
// while a message is up.
void warn(QWidget *parent, const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

SyncSettings syncSettings(const QString &hallId, const QString &workstationId)
{
    SyncSettings settings;
    settings.hallId = hallId;
    settings.workstationId = workstationId;
    // Next year's holidays arrive when the platform publishes them.
    settings.calendarCheckInterval = std::chrono::hours(6);
    return settings;
}

template<typename Dialog>
Dialog *opened(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace

CounterSession::CounterSession(Workstation &workstation, const SignInOutcome &signedIn)
    : m_workstation(workstation),
      m_session(signedIn, workstation.vault.auditLog(), workstation.workstationId),
      m_services{workstation.catalogue, workstation.calendar,
                 // Core checks every list and every accept for this user.
                 workstation.vault.caseQuery().guardedBy(workstation.vault.permissionGuard(m_session.actor())),
                 workstation.vault.caseStore().guardedBy(workstation.vault.permissionGuard(m_session.actor())),
                 workstation.vault.syncStore(), m_session.user(), workstation.training},
      m_window(std::make_unique<MainWindow>(m_services, workstation.versions, workstation.localization)),
      m_sync(std::make_unique<SyncThread>(workstation.vault, workstation.platform,
                                          syncSettings(m_session.user().hallId, workstation.workstationId),
                                          workstation.allowInsecureHttp, workstation.trust)),
      m_idle(new IdleWatcher(Clock::system(), IdleLock::configuredTimeout(), this)),
      m_lock(new ScreenLock(m_session, *workstation.signIn, this)),
      m_citizenScreen(std::make_unique<CitizenScreen>()),
      m_citizen(new CitizenScreenPresenter(m_citizenScreen.get(), workstation.vault.ratingStore(), m_services.calendar,
                                           m_session.user().counterId, m_session.user().id, this)),
      m_voice(new ReadAloud({}, this)),
      m_reader(new IntakeReadAloud(m_voice, m_services.calendar, this))
{
    MainWindow &window = *m_window;
    if (workstation.display)
        window.setCounterDisplay(workstation.display);
    window.setReadAloud(m_voice);
    // A rating goes to the platform at once, like a case.
    connect(m_citizen, &CitizenScreenPresenter::rated, this, [this] { m_sync->syncNow(); });
    connect(&window, &MainWindow::citizenScreenToggled, this, [this](bool on) {
        if (on)
            m_citizenScreen->place(QGuiApplication::screens(), m_window->screen());
        else
            m_citizenScreen->hide();
    });
    // With a second monitor the citizen screen is there from the start.
    if (QGuiApplication::screens().size() > 1)
        window.citizenScreenAction()->setChecked(true);
    window.installEventFilter(this);

    connect(m_sync.get(), &SyncThread::statusChanged, &window, &MainWindow::showSyncStatus);
    // New deadlines count on the new calendar at once; windows hold it by reference.
    connect(m_sync.get(), &SyncThread::calendarsChanged, this, [this] {
        auto calendar = PublishedCalendars(m_workstation.vault.syncStore()).calendar();
        if (!calendar) {
            qCWarning(lcSync) << "the working-day calendars the platform published cannot be used:"
                              << calendar.error().message;
            return;
        }
        m_services.calendar = std::move(calendar).value();
        m_window->refreshCases();
    });
    // What other counters did (ratings, follow-ups closed, reassignments)
    // shows on an open supervisor's desk without a key press.
    connect(m_sync.get(), &SyncThread::roundFinished, this, [this](const SyncSummary &summary) {
        if (summary.pulled == 0)
            return;
        if (auto *desk = m_window->findChild<SupervisorDesk *>(u"supervisorDesk"_s, Qt::FindDirectChildrenOnly))
            desk->refresh();
    });
    connect(&window, &MainWindow::syncRequested, m_sync.get(), &SyncThread::syncNow);
    if (m_session.isOnline()) {
        m_sync->start(m_session.token(), m_session.refreshToken());
        m_syncStarted = true;
    }
    // The platform wants a new sign-in: the lock asks for it, nothing is lost.
    connect(m_sync.get(), &SyncThread::loginRequired, m_lock, [this] { m_lock->lock(u"sign-in-required"_s); });

    connect(m_idle, &IdleWatcher::idle, m_lock, [this] { m_lock->lock(u"idle"_s); });
    connect(&window, &MainWindow::lockRequested, m_lock, [this] { m_lock->lock(u"manual"_s); });
    connect(m_lock, &ScreenLock::locked, m_idle, [this] { m_idle->setPaused(true); });
    connect(m_lock, &ScreenLock::unlocked, this, &CounterSession::resumed);
    connect(m_lock, &ScreenLock::otherUserSignedIn, this, [this](const SignInOutcome &next) {
        end(u"replaced"_s);
        Q_EMIT replacedBy(next);
    });
    connect(m_lock, &ScreenLock::failed, &window,
            [&window](const QString &message) { window.statusBar()->showMessage(message, 10000); });
    connect(&window, &MainWindow::signOutRequested, this, [this] {
        end(u"sign-out"_s);
        Q_EMIT signedOut();
    });

    connect(&window, &MainWindow::newIntakeRequested, this, [this] { openIntake(std::nullopt); });
    connect(&window, &MainWindow::draftsRequested, this, [this] {
        auto *dialog = new DraftsDialog(m_workstation.vault.draftStore(), m_services.catalogue, m_session.user().id,
                                        m_window.get());
        connect(dialog, &DraftsDialog::resumeRequested, this, [this](const Draft &draft) { openIntake(draft); });
        opened(dialog);
    });
    connect(&window, &MainWindow::caseOpened, this, &CounterSession::openCase);
    // The status bar's "needs attention" count: the sync conflicts to settle.
    connect(&window, &MainWindow::attentionRequested, this, [this] {
        auto *dialog = new ConflictsDialog(m_services, m_window.get());
        connect(dialog, &ConflictsDialog::settled, this, [this] {
            m_window->refreshCases();
            m_sync->syncNow();
        });
        opened(dialog);
    });
    // The supervisor's desk, one at a time; core checks each of its reads
    // and actions for the signed-in user again.
    connect(&window, &MainWindow::supervisorDeskRequested, this, [this] {
        auto *desk = m_window->findChild<SupervisorDesk *>(u"supervisorDesk"_s, Qt::FindDirectChildrenOnly);
        if (!desk) {
            Vault &vault = m_workstation.vault;
            const PermissionGuard guard = vault.permissionGuard(m_session.actor());
            const SqlErrorMapper errors = [&vault](const QSqlError &error, const QString &action) {
                return vault.errorFrom(error, action);
            };
            SupervisorDeskServices services{HallBoard(vault.database(), errors, m_services.calendar).guardedBy(guard),
                                            SupervisorActions(vault.database(), errors, guard),
                                            std::make_shared<StoredFollowUps>(vault.followUpStore(m_session.actor())),
                                            &Clock::system()};
            desk = new SupervisorDesk(m_services, std::move(services), m_window.get());
            desk->setWindowFlag(Qt::Window);
            desk->setAttribute(Qt::WA_DeleteOnClose);
            connect(desk, &SupervisorDesk::caseChanged, this, [this] {
                m_window->refreshCases();
                m_sync->syncNow();
            });
        }
        desk->show();
        desk->raise();
        desk->activateWindow();
    });
}

CounterSession::~CounterSession()
{
    end(u"quit"_s);
    // The lock's covers and dialog go before the windows they cover.
    delete m_lock;
    m_window.reset();
    m_sync.reset();
}

void CounterSession::show()
{
    m_window->show();
    // What the last session left unfinished (a closed window, a crash).
    if (auto drafts = m_workstation.vault.draftStore().openDrafts(m_session.user().id); drafts && !drafts->isEmpty()) {
        // (lupdate 6.4 loops forever on a call expression as the count: keep it a name.)
        const int unfinished = int(drafts->size());
        m_window->statusBar()->showMessage(
            QApplication::translate("main", "%n unfinished intake(s): Ctrl+Shift+N to resume.", nullptr, unfinished));
    }
}

void CounterSession::end(const QString &why)
{
    if (m_ending)
        return;
    m_ending = true;
    m_idle->setPaused(true);
    // The platform forgets the session too (before the tokens are wiped here).
    if (m_session.isOnline() && m_workstation.signIn)
        m_workstation.signIn->endPlatformSession(m_session.token());
    if (auto recorded = m_session.end(why); !recorded)
        qWarning("the end of a session could not be recorded in the audit log");
    closeSessionWindows(m_window.get());
    m_sync->setSession(QString(), QString());
}

bool CounterSession::eventFilter(QObject *watched, QEvent *event)
{
    // The clerk closing the main window (or Quit) ends the program.
    if (watched == m_window.get() && event->type() == QEvent::Close && !m_ending)
        Q_EMIT quitRequested();
    return QObject::eventFilter(watched, event);
}

void CounterSession::resumed()
{
    m_idle->setPaused(false);
    if (!m_session.isOnline())
        return;
    // A sign-in at the lock that reached the platform brings fresh tokens.
    if (m_syncStarted) {
        m_sync->setSession(m_session.token(), m_session.refreshToken());
    } else {
        m_sync->start(m_session.token(), m_session.refreshToken());
        m_syncStarted = true;
    }
}

void CounterSession::openPrinting(std::unique_ptr<PrintOutcomeDialog> dialog, const QString &caseId,
                                  const QString &document)
{
    if (const PermissionGuard *guard = m_services.caseStore.guard()) {
        auditPrints(*dialog, *guard, caseId, document,
                    [window = QPointer<MainWindow>(m_window.get())](const QString &message) {
                        if (window)
                            window->statusBar()->showMessage(message, 10000);
                    });
    }
    opened(dialog.release());
}

void CounterSession::openIntake(const std::optional<Draft> &draft)
{
    const SignedInUser &user = m_session.user();
    const IntakeContext context{user.id, user.counterId, user.hallId, user.hallName, m_workstation.enquiryPhone};
    auto intake = std::make_unique<IntakeSession>(m_services.catalogue, m_services.calendar, m_services.caseStore,
                                                  m_workstation.vault.syncStore(), m_workstation.vault.draftStore(),
                                                  m_workstation.vault.documentStore(), context);
    if (draft) {
        if (auto restored = intake->restore(draft->content); !restored) {
            warn(m_window.get(), IntakeWindow::tr("The draft could not be resumed"), restored.error().message);
            return;
        }
    }
    // The same wiring for the standard and the simplified intake.
    const auto follow = [this](auto *screen) {
        using Window = std::remove_pointer_t<decltype(screen)>;
        connect(screen, &Window::failed, screen, [screen](const QString &message) {
            warn(screen, IntakeWindow::tr("The intake could not be completed"), message);
        });
        connect(screen, &Window::caseAccepted, this, [this](const AcceptanceReceipt &receipt) {
            m_window->refreshCases();
            m_sync->syncNow();
            openPrinting(receiptDialog(receipt, m_window.get()), receipt.caseId, u"receipt"_s);
        });
        connect(screen, &Window::noticeIssued, this, [this](const CorrectionNotice &notice) {
            m_window->refreshCases();
            m_sync->syncNow();
            openPrinting(correctionNoticeDialog(notice, m_window.get()), notice.caseId, u"correction-notice"_s);
        });
        m_citizen->follow(screen);
        m_reader->follow(screen, &screen->session());
        connect(screen, &Window::sessionChanged, m_reader, &IntakeReadAloud::sessionChanged);
        screen->show();
    };
    // The elderly-assist counter's choice (View menu, kept per counter PC).
    if (m_window->simplifiedIntakeAction()->isChecked()) {
        follow(new SimplifiedIntakeWindow(std::move(intake), m_services.catalogue, m_window.get()));
        return;
    }
    auto *screen = new IntakeWindow(std::move(intake), m_services.catalogue, m_window.get());
    screen->setSupervisorSignIn(m_workstation.signIn);
    follow(screen);
}

void CounterSession::openCase(const QString &caseId)
{
    // A change there goes to the list and to the platform.
    auto *dialog = new CaseDetailDialog(m_services, m_workstation.vault.documentStore(), caseId, m_window.get());
    connect(dialog, &CaseDetailDialog::caseChanged, this, [this] {
        m_window->refreshCases();
        m_sync->syncNow();
    });
    opened(dialog);
}

} // namespace casedesk
