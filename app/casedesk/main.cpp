// casedesk: the counter workstation. With no platform configured it starts
// in training mode: the reference platform runs in-process on loopback with a
// synthetic hall, and a permanent TRAINING banner says so.
#include "CounterSession.h"
#include "SignIn.h"
#include "SyncThread.h"
#include "VaultUnlock.h"

#include "PlatformThread.h"
#include "catalogue/CatalogueLoader.h"
#include "common/BuildInfo.h"
#include "common/Clock.h"
#include "common/Localization.h"
#include "common/LogCategories.h"
#include "dialogs/SignInDialog.h"
#include "security/AuditChainCheck.h"
#include "security/ProcessHardening.h"
#include "storage/ProfileLock.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Vault.h"
#include "sync/PlatformClient.h"
#include "sync/PublishedCalendars.h"
#include "theme/CounterDisplay.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QStandardPaths>

#include <cstring>
#include <functional>

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

// The audit chain is verified at every open (from the last checkpoint); a
// break never stops the counter, but the user hears of it once and the log
// records it.
void checkAuditChain(Vault &vault)
{
    AuditLog log = vault.auditLog();
    SyncStore settings = vault.syncStore();
    auto status = AuditChainCheck::run(log, settings);
    if (!status) {
        qCWarning(lcVault) << "the audit chain could not be checked:" << errorCodeName(status.error().code);
        return;
    }
    if (status->intact() || !status->newlyBroken)
        return;
    QMessageBox::warning(nullptr, QApplication::translate("main", "The audit log has been tampered with"),
                         AuditChainCheck::message(*status));
    if (auto recorded = AuditChainCheck::recordBreak(log, settings, *status, u"system"_s); !recorded)
        qCWarning(lcVault) << "the audit chain break could not be recorded:" << errorCodeName(recorded.error().code);
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
    const QCommandLineOption caCertificatesOption(
        u"ca-certificates"_s,
        QApplication::translate("main", "Also trust the CA certificates in FILE (PEM) for the platform."), u"FILE"_s);
    const QCommandLineOption pinOption(
        u"pin-certificate"_s,
        QApplication::translate("main",
                                "Accept only this platform certificate: a PEM file, or the SHA-256 fingerprint of "
                                "the certificate or its public key."),
        u"PIN"_s);
    parser.addOptions({profileOption, platformOption, userOption, insecureOption, caCertificatesOption, pinOption});
    parser.process(app);
    auto trust = PlatformTrust::load(parser.value(caCertificatesOption), parser.value(pinOption));
    if (!trust)
        return fatal(QApplication::translate("main", "CaseDesk cannot start"), trust.error().message);

    const bool training = !parser.isSet(platformOption);
    const QString profileDirectory = parser.isSet(profileOption) ? parser.value(profileOption)
        : training                                               ? trainingProfileDirectory()
                                                                 : Profile::defaultDirectory();
    // One program writes a profile at a time (a second window, casedeskctl sync).
    auto profileLock = ProfileLock::acquire(Profile(profileDirectory));
    if (!profileLock)
        return fatal(QApplication::translate("main", "CaseDesk is already open"), profileLock.error().message);
    VaultUnlock unlock{Profile(profileDirectory)};
    auto vault = unlock.run();
    if (!vault)
        return fatal(QApplication::translate("main", "CaseDesk cannot open its data"), vault.error().message);
    if (!*vault)
        return 0; // the user chose to quit at the passphrase prompt
    checkAuditChain(**vault);

    auto catalogue = CatalogueLoader::bundled();
    if (!catalogue)
        return fatal(QApplication::translate("main", "CaseDesk cannot start"), catalogue.error().message);
    // The bundled years and those the platform published since (kept in the vault).
    auto calendar = PublishedCalendars((*vault)->syncStore()).calendar();
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

    auto workstationId = SignIn::workstationId((*vault)->syncStore());
    if (!workstationId)
        return fatal(QApplication::translate("main", "CaseDesk cannot start"), workstationId.error().message);
    QNetworkAccessManager network;
    PlatformClient::Options clientOptions;
    clientOptions.baseUrl = platform;
    clientOptions.allowInsecureHttp = parser.isSet(insecureOption);
    clientOptions.trust = *trust;
    clientOptions.timeout = std::chrono::seconds(10);
    PlatformClient platformClient(clientOptions, &network);
    SignInService signIn((*vault)->signInStore(), (*vault)->auditLog(), Clock::system(), &platformClient,
                         *workstationId);
    Workstation workstation{**vault,
                            *catalogue,
                            *calendar,
                            platform,
                            training,
                            parser.isSet(insecureOption),
                            *trust,
                            *workstationId,
                            training ? u"12345（培训）"_s : u"12345"_s,
                            EngineVersions{QString::fromLatin1(build::version), QString::fromLatin1(qVersion()),
                                           (*vault)->cipherVersion(), SqlCipherDriver::sqliteVersion()},
                            &localization,
                            &display,
                            &signIn};

    // One session at a time: signing out asks for the next user; another
    // user signing in at the lock ends the session and starts theirs.
    QApplication::setQuitOnLastWindowClosed(false);
    QPointer<CounterSession> current;
    std::function<void(SignInOutcome)> startSession;
    std::function<void(const QString &)> askForSignIn;
    startSession = [&](SignInOutcome outcome) {
        outcome.user.hallName = SignIn::hallName(outcome.user.hallId, training);
        auto *session = new CounterSession(workstation, outcome);
        QObject::connect(session, &CounterSession::signedOut, &app, [&, session] {
            session->deleteLater();
            askForSignIn(QString());
        });
        QObject::connect(session, &CounterSession::replacedBy, &app, [&, session](const SignInOutcome &next) {
            QObject::connect(session, &QObject::destroyed, &app, [&, next] { startSession(next); });
            session->deleteLater();
        });
        QObject::connect(session, &CounterSession::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);
        current = session;
        session->show();
    };
    askForSignIn = [&](const QString &user) {
        auto *dialog = new SignInDialog(signIn, SignInDialog::Mode::Start);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setUser(user);
        QObject::connect(dialog, &SignInDialog::signedIn, &app,
                         [&](const SignInOutcome &outcome) { startSession(outcome); });
        QObject::connect(dialog, &QDialog::rejected, &app, &QCoreApplication::quit, Qt::QueuedConnection);
        dialog->show();
    };
    if (training) {
        // The synthetic hall's clerks all use the published password "training".
        const QString user = parser.isSet(userOption) ? parser.value(userOption) : SignIn::trainingUser();
        signIn.signIn(user, SecureBytes(SignIn::trainingPassword(), std::strlen(SignIn::trainingPassword())), QString(),
                      SignInPurpose::Session, [&, user](const SignInOutcome &outcome) {
                          if (outcome.signedIn())
                              return startSession(outcome);
                          QMessageBox::warning(nullptr, QApplication::translate("main", "Signing in failed"),
                                               outcome.message);
                          askForSignIn(user);
                      });
    } else {
        askForSignIn(parser.value(userOption));
    }
    const int status = app.exec();
    delete current.data(); // records the end while the vault is open
    return status;
}
