// The sign-in dialog over the real SignInService and a real vault: what it
// says for a wrong password, for the wait after too many failures (with the
// seconds left), for a platform that cannot be reached when the user has no
// verifier here; and the supervisor override at the intake, which only a
// supervisor signing in with their own password can give, recorded under
// the supervisor's id.
#include "DatabaseLocation.h"
#include "ManualClock.h"
#include "PlatformStore.h"
#include "PlatformThread.h"
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "dialogs/SignInDialog.h"
#include "intake/IntakeWindow.h"
#include "keys/PassphraseKeyStore.h"
#include "security/OneTimeCode.h"
#include "storage/Vault.h"
#include "sync/PlatformClient.h"

#include <QApplication>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString workstationId = u"0193a5c1-7e2f-7abc-8def-0000000000dd"_s;

void typeSignIn(SignInDialog *dialog, const QString &user, const QString &password)
{
    auto *userEdit = dialog->findChild<QLineEdit *>(u"signInUser"_s);
    auto *passwordEdit = dialog->findChild<QLineEdit *>(u"signInPassword"_s);
    userEdit->setFocus();
    QTest::keyClick(userEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(userEdit, user);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Profile profile(m_dir.path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("sign-in dialog tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        QVERIFY(m_vault->syncStore().addReceiptBlock(
            {u"0193a5c1-7e2f-7abc-8def-00000000000a"_s, u"TH-2026-W01-"_s, 501, 600}));
        cache(SignedInUser{u"staff.li"_s, u"李样例"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, {}, u"W01"_s});
        cache(SignedInUser{u"staff.zhao"_s, u"赵样例"_s, {u"supervisor"_s}, u"TRAINING-HALL"_s, {}, {}});
        cache(SignedInUser{u"staff.wang"_s, u"王样例"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, {}, u"W02"_s});
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_catalogue = *catalogue;
        m_calendar = *calendar;
    }

    void aWrongPasswordIsSaidAndThePasswordCleared()
    {
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, nullptr, workstationId);
        SignInDialog dialog(service, SignInDialog::Mode::Start);
        dialog.show();
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        typeSignIn(&dialog, u"staff.li"_s, u"not it"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().isEmpty(), 20000);
        QVERIFY2(dialog.message().contains(u"password is wrong"_s), qPrintable(dialog.message()));
        QVERIFY(dialog.findChild<QLabel *>(u"signInMessage"_s)->isVisible());
        QVERIFY(dialog.findChild<QLineEdit *>(u"signInPassword"_s)->text().isEmpty());
        QCOMPARE(dialog.findChild<QLineEdit *>(u"signInUser"_s)->text(), u"staff.li"_s);
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        typeSignIn(&dialog, u"staff.li"_s, u"training"_s);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.outcome().user.id, u"staff.li"_s);
        QVERIFY(dialog.message().isEmpty());
    }

    void theOneTimeCodeTakesDigitsAndIsGoodForOneTry()
    {
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, nullptr, workstationId);
        SignInDialog dialog(service, SignInDialog::Mode::Start);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *code = dialog.findChild<QLineEdit *>(u"signInOneTimeCode"_s);
        QVERIFY(code);
        QCOMPARE(code->accessibleName(), u"One-time code"_s);
        QVERIFY(!code->accessibleDescription().isEmpty());
        dialog.setUser(u"staff.li"_s);
        code->setFocus();
        QTest::keyClicks(code, u"12a 3456789"_s);
        QCOMPARE(code->text(), u"123456"_s);
        // Enter in the code moves on to a password still to type.
        auto *password = dialog.findChild<QLineEdit *>(u"signInPassword"_s);
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), password);

        typeSignIn(&dialog, u"staff.li"_s, u"not it"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().isEmpty(), 20000);
        QVERIFY(code->text().isEmpty());
    }

    // The platform asks for the code of an account with a second factor:
    // the dialog says so and puts the cursor in the code field; the code,
    // then the password again, sign in.
    void theDialogAsksForTheCodeWhenThePlatformWantsIt()
    {
        QTemporaryDir platformDir;
        PlatformThread platform;
        PlatformOptions options;
        options.port = 0;
        options.seedTrainingHall = true;
        options.database = u"sqlite:"_s + platformDir.filePath(u"platform.db"_s);
        QVERIFY(platform.start(options));
        static const char raw[] = "sign-in dialog secret";
        const SecureBytes secret(raw, sizeof(raw) - 1);
        {
            auto store = PlatformStore::open(*DatabaseLocation::parse(options.database));
            QVERIFY(store);
            QVERIFY(*(*store)->enrolSecondFactor(u"staff.sun"_s, secret));
        }
        QNetworkAccessManager network;
        PlatformClient client({platform.baseUrl(), false, 10s, {}}, &network);
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, &client, workstationId);
        SignInDialog dialog(service, SignInDialog::Mode::Start);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);

        typeSignIn(&dialog, u"staff.sun"_s, u"training"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().isEmpty(), 20000);
        QVERIFY2(dialog.message().contains(u"one-time code"_s), qPrintable(dialog.message()));
        auto *code = dialog.findChild<QLineEdit *>(u"signInOneTimeCode"_s);
        QCOMPARE(QApplication::focusWidget(), code);
        QCOMPARE(signedIn.size(), 0);
        // The window grew for the message's lines: none is cut off.
        const auto *message = dialog.findChild<QLabel *>(u"signInMessage"_s);
        QTRY_VERIFY(message->height() >= message->heightForWidth(message->width()));
        QVERIFY(dialog.rect().contains(message->geometry()));

        QTest::keyClicks(code, onetimecode::codeAt(secret, onetimecode::stepAt(QDateTime::currentDateTimeUtc())));
        QTest::keyClick(code, Qt::Key_Return);
        auto *password = dialog.findChild<QLineEdit *>(u"signInPassword"_s);
        QCOMPARE(QApplication::focusWidget(), password);
        QTest::keyClicks(password, u"training"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        QCOMPARE(dialog.outcome().user.id, u"staff.sun"_s);
        QVERIFY(dialog.outcome().online);
    }

    void tooManyFailuresShowTheSecondsToWait()
    {
        QVERIFY(m_vault->signInStore().saveFailures(u"staff.wang"_s, {6, m_clock.nowUtc().addSecs(-15)}));
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, nullptr, workstationId);
        SignInDialog dialog(service, SignInDialog::Mode::Start);
        dialog.show();
        typeSignIn(&dialog, u"staff.wang"_s, u"training"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().isEmpty(), 20000);
        // Six failures: 60 s from the last, 15 s ago.
        QVERIFY2(dialog.message().contains(u"Try again in 45 second"_s), qPrintable(dialog.message()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_vault->signInStore().clearFailures(u"staff.wang"_s));
    }

    void anUnreachablePlatformWithoutAVerifierIsSaid()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        PlatformClient::Options options;
        options.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        QNetworkAccessManager network;
        PlatformClient platform(options, &network);
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, &platform, workstationId);
        SignInDialog dialog(service, SignInDialog::Mode::Start);
        dialog.show();
        typeSignIn(&dialog, u"staff.chen"_s, u"training"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().isEmpty(), 20000);
        QVERIFY2(dialog.message().contains(u"cannot be reached"_s), qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(u"staff.chen"_s));
        QVERIFY(dialog.message().contains(u"has not signed in online on this workstation"_s));
        // A user with a verifier here carries on offline.
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        typeSignIn(&dialog, u"staff.li"_s, u"training"_s);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        QVERIFY(!dialog.outcome().online);
    }

    void emptyFieldsAreAskedFor()
    {
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, nullptr, workstationId);
        SignInDialog dialog(service, SignInDialog::Mode::Start);
        dialog.show();
        dialog.submit();
        QCOMPARE(dialog.message(), u"Enter your user id."_s);
        dialog.findChild<QLineEdit *>(u"signInUser"_s)->setText(u"staff.li"_s);
        dialog.submit();
        QCOMPARE(dialog.message(), u"Enter your password."_s);
    }

    void theOverrideNeedsASupervisorSigningIn()
    {
        SignInService service(m_vault->signInStore(), m_vault->auditLog(), m_clock, nullptr, workstationId);
        const Actor clerk = Actor::fromRoleNames(u"staff.li"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, u"W01"_s);
        CaseStore guarded = m_vault->caseStore().guardedBy(m_vault->permissionGuard(clerk));
        auto session = std::make_unique<IntakeSession>(
            m_catalogue, m_calendar, guarded, m_vault->syncStore(), m_vault->draftStore(), m_vault->documentStore(),
            IntakeContext{
                u"staff.li"_s, u"W01"_s, u"TRAINING-HALL"_s, {u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
        // A form with nothing filled in: required fields block acceptance.
        session->setApplicantIdNumber(u"110101198503129011"_s);
        session->setApplicantName(u"王样例"_s);
        QVERIFY(session->chooseForm(u"yb.reimbursement"_s));
        QVERIFY(session->review(QDate(2026, 11, 2)).blocksAcceptance());
        auto *window = new IntakeWindow(std::move(session), m_catalogue);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->setToday(QDate(2026, 11, 2));
        window->setSupervisorSignIn(&service);
        window->show();
        auto *box = window->findChild<QGroupBox *>(u"overrideBox"_s);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(!window->acceptButton()->isEnabled());
        box->setChecked(true);
        auto *reason = window->findChild<QLineEdit *>(u"overrideReason"_s);
        reason->setText(u"原件已核验"_s);
        QTest::keyClicks(reason, u" "_s);
        // A reason alone does not enable acceptance: nobody signed in.
        QVERIFY(!window->acceptButton()->isEnabled());

        // A clerk with the right password is not a supervisor.
        auto *signIn = window->findChild<QPushButton *>(u"overrideSignIn"_s);
        QVERIFY(signIn->isEnabled());
        signIn->click();
        auto *dialog = window->findChild<SignInDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        typeSignIn(dialog, u"staff.wang"_s, u"training"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->message().isEmpty(), 20000);
        QVERIFY2(dialog->message().contains(u"not a supervisor"_s), qPrintable(dialog->message()));
        QVERIFY(!window->overridingSupervisor());
        // The supervisor with a wrong password: refused.
        typeSignIn(dialog, u"staff.zhao"_s, u"guess"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->message().contains(u"password is wrong"_s), 20000);
        QVERIFY(!window->overridingSupervisor());
        // The supervisor, signed in: acceptance allowed, and recorded as theirs.
        typeSignIn(dialog, u"staff.zhao"_s, u"training"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window->overridingSupervisor().has_value(), 20000);
        QCOMPARE(window->overridingSupervisor()->id, u"staff.zhao"_s);
        QVERIFY(window->findChild<QLabel *>(u"overrideSupervisor"_s)->text().contains(u"staff.zhao"_s));
        QTRY_VERIFY(window->acceptButton()->isEnabled());
        QSignalSpy accepted(window, &IntakeWindow::caseAccepted);
        QSignalSpy failed(window, &IntakeWindow::failed);
        window->acceptCase();
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(accepted.size(), 1);
        const QString caseId = accepted.first().first().value<AcceptanceReceipt>().caseId;

        auto records = m_vault->auditLog().records(1, 1000);
        QVERIFY(records);
        const auto overrideRecord = std::find_if(records->cbegin(), records->cend(), [&](const AuditRecord &record) {
            return record.action == QString(auditaction::overrideFinding) && record.object == u"case:"_s + caseId;
        });
        QVERIFY(overrideRecord != records->cend());
        QCOMPARE(overrideRecord->userId, u"staff.zhao"_s);
        QCOMPARE(overrideRecord->result, AuditResult::Succeeded);
        // The supervisor's sign-in is recorded as one for an override.
        QVERIFY(std::any_of(records->cbegin(), records->cend(), [](const AuditRecord &record) {
            return record.action == QString(auditaction::signIn) && record.userId == u"staff.zhao"
                && record.details.contains(u"override"_s);
        }));
        delete window;
    }

private:
    void cache(const SignedInUser &user)
    {
        auto verifier = SignInVerifier::derive(secret("training"));
        QVERIFY(verifier);
        QVERIFY(m_vault->signInStore().cache({*verifier, user, m_clock.nowUtc()}));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    Catalogue m_catalogue;
    WorkingDayCalendar m_calendar;
    ManualClock m_clock;
};

QTEST_MAIN(TestSignInDialog)
#include "test_sign_in_dialog.moc"
