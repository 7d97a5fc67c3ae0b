// casedesk: the counter workstation. With no platform configured it starts
// in training mode: the reference platform runs in-process on loopback with a
// synthetic hall, and a permanent TRAINING banner says so.
#include "SignIn.h"
#include "SyncThread.h"
#include "VaultUnlock.h"

#include "PlatformThread.h"
#include "catalogue/CatalogueLoader.h"
#include "common/BuildInfo.h"
#include "common/Localization.h"
#include "common/TimeOrderedId.h"
#include "intake/IntakeWindow.h"
#include "security/ProcessHardening.h"
#include "storage/SqlCipherDriver.h"
#include "theme/CounterDisplay.h"
#include "windows/CaseDetailDialog.h"
#include "windows/ConflictsDialog.h"
#include "windows/DraftsDialog.h"
#include "windows/MainWindow.h"
#include "windows/ReceiptDialogs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace casedesk;

namespace {

QString trainingProfileDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/casedesk/training"_s;
}

int fatal(const QString &title, const QString &message)
{
    QMessageBox::critical(nullptr, title, message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"casedesk"_s);
    QApplication::setApplicationDisplayName(u"CaseDesk"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(build::version));
    QApplication::setOrganizationName(u"CaseDesk"_s);
    QApplication::setDesktopFileName(u"org.casedesk.CaseDesk"_s);
    Localization localization;
    localization.install(Localization::preferredLocale());
    CounterDisplay display;
    display.apply(CounterDisplay::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CaseDesk counter workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        u"profile"_s,
        QApplication::translate("main", "Use the profile in DIR (default: %1).").arg(Profile::defaultDirectory()),
        u"DIR"_s);
    const QCommandLineOption platformOption(
        u"platform"_s, QApplication::translate("main", "Work with the platform at URL (without it: training mode)."),
        u"URL"_s);
    const QCommandLineOption userOption(u"user"_s, QApplication::translate("main", "Sign in as USER."), u"USER"_s);
    const QCommandLineOption insecureOption(
        u"allow-insecure-http"_s,
        QApplication::translate("main", "Allow plain HTTP to a platform that is not on this computer."));
    parser.addOptions({profileOption, platformOption, userOption, insecureOption});
    parser.process(app);

    const bool training = !parser.isSet(platformOption);
    const QString profileDirectory = parser.isSet(profileOption) ? parser.value(profileOption)
        : training                                               ? trainingProfileDirectory()
                                                                 : Profile::defaultDirectory();
    VaultUnlock unlock{Profile(profileDirectory)};
    auto vault = unlock.run();
    if (!vault)
        return fatal(QApplication::translate("main", "CaseDesk cannot open its data"), vault.error().message);
    if (!*vault)
        return 0; // the user chose to quit at the passphrase prompt

    auto catalogue = CatalogueLoader::bundled();
    if (!catalogue)
        return fatal(QApplication::translate("main", "CaseDesk cannot start"), catalogue.error().message);
    auto calendar = WorkingDayCalendar::bundled();
    if (!calendar)
        return fatal(QApplication::translate("main", "CaseDesk cannot start"), calendar.error().message);

    // Training: the reference platform in-process, on loopback, with the
    // synthetic hall; its data stays in the (encrypted) training profile.
    PlatformThread trainingPlatform;
    QUrl platform(parser.value(platformOption));
    if (training) {
        PlatformOptions options;
        options.port = 0;
        options.seedTrainingHall = true;
        options.database = u"sqlite:"_s + (*vault)->profile().directory() + u"/training-platform.db"_s;
        auto port = trainingPlatform.start(options);
        if (!port)
            return fatal(QApplication::translate("main", "Training mode cannot start"), port.error().message);
        platform = trainingPlatform.baseUrl();
    }

    auto session = SignIn::run(**vault, platform, training, parser.value(userOption), parser.isSet(insecureOption));
    if (!session)
        return fatal(QApplication::translate("main", "Signing in failed"), session.error().message);
    if (!session->user.has_value())
        return 0;

    WorkstationServices services{
        *catalogue,     *calendar, (*vault)->caseQuery(), (*vault)->caseStore(), (*vault)->syncStore(),
        *session->user, training};
    EngineVersions versions{QString::fromLatin1(build::version), QString::fromLatin1(qVersion()),
                            (*vault)->cipherVersion(), SqlCipherDriver::sqliteVersion()};
    MainWindow window(services, versions, &localization);
    window.setCounterDisplay(&display);

    SyncThread sync(**vault, platform, SyncSettings{session->user->hallId, session->workstationId},
                    parser.isSet(insecureOption));
    QObject::connect(&sync, &SyncThread::statusChanged, &window, &MainWindow::showSyncStatus);
    QObject::connect(&window, &MainWindow::syncRequested, &sync, &SyncThread::syncNow);
    if (session->online)
        sync.start(session->token, session->refreshToken);

    const IntakeContext intakeContext{session->user->id, session->user->counterId, session->user->hallId,
                                      session->user->hallName, session->enquiryPhone};
    // A new intake, or one resumed from its draft.
    const auto openIntake = [&](const std::optional<Draft> &draft) {
        auto intake = std::make_unique<IntakeSession>(services.catalogue, services.calendar, (*vault)->caseStore(),
                                                      (*vault)->syncStore(), (*vault)->draftStore(),
                                                      (*vault)->documentStore(), intakeContext);
        if (draft) {
            if (auto restored = intake->restore(draft->content); !restored) {
                QMessageBox::warning(&window, IntakeWindow::tr("The draft could not be resumed"),
                                     restored.error().message);
                return;
            }
        }
        auto *screen = new IntakeWindow(std::move(intake), services.catalogue, &window);
        QObject::connect(screen, &IntakeWindow::failed, screen, [screen](const QString &message) {
            QMessageBox::warning(screen, IntakeWindow::tr("The intake could not be completed"), message);
        });
        QObject::connect(screen, &IntakeWindow::caseAccepted, &window, [&](const AcceptanceReceipt &receipt) {
            window.refreshCases();
            sync.syncNow();
            receiptDialog(receipt, &window)->exec();
        });
        QObject::connect(screen, &IntakeWindow::noticeIssued, &window, [&](const CorrectionNotice &notice) {
            window.refreshCases();
            sync.syncNow();
            correctionNoticeDialog(notice, &window)->exec();
        });
        screen->show();
    };
    QObject::connect(&window, &MainWindow::newIntakeRequested, &window, [&] { openIntake(std::nullopt); });
    QObject::connect(&window, &MainWindow::draftsRequested, &window, [&] {
        DraftsDialog dialog((*vault)->draftStore(), services.catalogue, session->user->id, &window);
        QObject::connect(&dialog, &DraftsDialog::resumeRequested, &window,
                         [&](const Draft &draft) { openIntake(draft); });
        dialog.exec();
    });
    // A case from the list; a change there goes to the list and to the platform.
    QObject::connect(&window, &MainWindow::caseOpened, &window, [&](const QString &caseId) {
        CaseDetailDialog dialog(services, (*vault)->documentStore(), caseId, &window);
        QObject::connect(&dialog, &CaseDetailDialog::caseChanged, &window, [&] {
            window.refreshCases();
            sync.syncNow();
        });
        dialog.exec();
    });
    // The status bar's "needs attention" count: the sync conflicts to settle.
    QObject::connect(&window, &MainWindow::attentionRequested, &window, [&] {
        ConflictsDialog dialog(services, &window);
        QObject::connect(&dialog, &ConflictsDialog::settled, &window, [&] {
            window.refreshCases();
            sync.syncNow();
        });
        dialog.exec();
    });
    window.show();
    // What the last session left unfinished (a closed window, a crash).
    if (auto drafts = (*vault)->draftStore().openDrafts(session->user->id); drafts && !drafts->isEmpty()) {
        // (lupdate 6.4 loops forever on a call expression as the count: keep it a name.)
        const int unfinished = int(drafts->size());
        window.statusBar()->showMessage(
            QApplication::translate("main", "%n unfinished intake(s): Ctrl+Shift+N to resume.", nullptr, unfinished));
    }
    return app.exec();
}
