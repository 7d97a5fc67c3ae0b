// The idle lock over real windows on a real vault: after the idle time
// (read from a clock the test moves) every window, the main window, an
// intake and a case detail, is covered and its title replaced; the same
// user's password uncovers everything as it was; another user's sign-in
// at the lock is reported for the session to end, whose windows then close
// with the intake's draft kept.
#include "ManualClock.h"
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "dialogs/SignInDialog.h"
#include "domain/SyntheticCases.h"
#include "intake/IntakeWindow.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "windows/CaseDetailDialog.h"
#include "windows/IdleWatcher.h"
#include "windows/MainWindow.h"
#include "windows/ScreenLock.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString workstationId = u"0193a5c1-7e2f-7abc-8def-0000000000ee"_s;

SignedInUser clerk(const QString &id, const QString &counter)
{
    return SignedInUser{id, id, {u"window-staff"_s}, u"TRAINING-HALL"_s, {}, counter};
}

// Whether the widget is covered: what shows at its centre is the lock's cover.
bool coveredAt(QWidget *window)
{
    QWidget *shown = window->childAt(window->rect().center());
    while (shown && shown->objectName() != u"lockCover")
        shown = shown->parentWidget() == window ? nullptr : shown->parentWidget();
    return shown != nullptr;
}

} // namespace

class TestScreenLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Profile profile(m_dir.path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("screen lock tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        for (const QString &user : {u"staff.li"_s, u"staff.wang"_s}) {
            auto verifier = SignInVerifier::derive(secret("training"));
            QVERIFY(verifier);
            QVERIFY(m_vault->signInStore().cache({*verifier, clerk(user, u"W01"_s), m_clock.nowUtc()}));
        }
        SyntheticCases synthetic(7);
        m_case = synthetic.next();
        m_case.caseRecord.staffId = u"staff.li"_s;
        m_case.caseRecord.counterId = u"W01"_s;
        QVERIFY(m_vault->caseStore().insertNew({m_case}, u"test"_s));
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_catalogue = *catalogue;
        m_calendar = *calendar;
    }

    void idleCoversEveryWindowUntilTheSameUserSignsIn()
    {
        Fixture f(*this);
        const QString intakeTitle = f.intake->windowTitle();
        const QString caseTitle = f.detail->windowTitle();

        // Activity keeps it open; five idle minutes lock it.
        m_clock.advance(4min);
        QTest::keyClick(f.applicantName(), Qt::Key_End);
        m_clock.advance(4min);
        f.idle.check();
        QVERIFY(!f.lock.isLocked());
        m_clock.advance(1min);
        QSignalSpy locked(&f.lock, &ScreenLock::locked);
        f.idle.check();
        QCOMPARE(locked.size(), 1);
        QVERIFY(f.lock.isLocked());
        QVERIFY(f.session.isLocked());

        for (QWidget *window : {static_cast<QWidget *>(f.window.get()), static_cast<QWidget *>(f.intake),
                                static_cast<QWidget *>(f.detail)}) {
            QVERIFY2(coveredAt(window), qPrintable(window->objectName()));
            auto *cover = window->findChild<QWidget *>(u"lockCover"_s);
            QVERIFY(cover && cover->isVisible());
            QCOMPARE(cover->geometry(), window->rect());
            QCOMPARE(window->windowTitle(), u"CaseDesk — locked"_s);
        }
        // The focus left the field being typed in.
        QCOMPARE(f.intake->focusWidget(), f.intake->findChild<QWidget *>(u"lockCover"_s));
        SignInDialog *unlock = f.lock.unlockDialog();
        QVERIFY(unlock && unlock->isVisible());
        QVERIFY(unlock->isModal());
        QCOMPARE(unlock->findChild<QLineEdit *>(u"signInUser"_s)->text(), u"staff.li"_s);
        // Esc does not uncover it.
        unlock->reject();
        QVERIFY(unlock->isVisible());

        // A wrong password: still locked, told so.
        signInAt(unlock, u"staff.li"_s, u"wrong"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!unlock->message().isEmpty(), 20000);
        QVERIFY(f.lock.isLocked());
        // The same user: everything as it was.
        QSignalSpy unlocked(&f.lock, &ScreenLock::unlocked);
        signInAt(unlock, u"staff.li"_s, u"training"_s);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.size(), 1, 20000);
        QVERIFY(!f.session.isLocked());
        for (QWidget *window : {static_cast<QWidget *>(f.window.get()), static_cast<QWidget *>(f.intake),
                                static_cast<QWidget *>(f.detail)}) {
            QVERIFY(!coveredAt(window));
            QVERIFY(!window->findChild<QWidget *>(u"lockCover"_s));
        }
        QCOMPARE(f.intake->windowTitle(), intakeTitle);
        QCOMPARE(f.detail->windowTitle(), caseTitle);
        QCOMPARE(f.applicantName()->text(), u"王样例"_s);

        auto records = m_vault->auditLog().records(1, 1000);
        QVERIFY(records);
        QStringList actions;
        for (const AuditRecord &record : *records) {
            if (record.action.startsWith(u"session."_s))
                actions << record.action;
        }
        QVERIFY(actions.contains(u"session.lock"_s));
        QVERIFY(actions.contains(u"session.sign-in-failed"_s));
        QCOMPARE(actions.last(), u"session.unlock"_s);
    }

    void anotherUserAtTheLockEndsTheSessionKeepingTheDraft()
    {
        Fixture f(*this);
        const QString caseId = f.intake->session().caseId();
        QSignalSpy other(&f.lock, &ScreenLock::otherUserSignedIn);
        // Ctrl+L, from the main window's menu, locks at once.
        QCOMPARE(f.window->lockAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QVERIFY(f.window->signOutAction());
        f.window->lockAction()->trigger();
        QVERIFY(f.lock.isLocked());
        SignInDialog *unlock = f.lock.unlockDialog();
        QVERIFY(unlock);
        signInAt(unlock, u"staff.wang"_s, u"training"_s);
        QTRY_COMPARE_WITH_TIMEOUT(other.size(), 1, 20000);
        QCOMPARE(other.first().first().value<SignInOutcome>().user.id, u"staff.wang"_s);
        // Not unlocked for staff.li: the session ends.
        QVERIFY(f.session.isLocked());
        QVERIFY(f.lock.isLocked());
        QVERIFY(f.session.end(u"replaced"_s));
        QVERIFY(f.session.user().id.isEmpty());
        QPointer<IntakeWindow> intake(f.intake);
        QPointer<CaseDetailDialog> detail(f.detail);
        closeSessionWindows(f.window.get());
        QVERIFY(!f.window->isVisible());
        QTRY_VERIFY(!intake);
        QVERIFY(!detail || !detail->isVisible());
        auto drafts = m_vault->draftStore().openDrafts(u"staff.li"_s);
        QVERIFY(drafts);
        QVERIFY(std::any_of(drafts->cbegin(), drafts->cend(), [&](const Draft &draft) {
            return draft.id == caseId && QJsonDocument(draft.content).toJson().contains("王样例");
        }));
    }

private:
    static void signInAt(SignInDialog *dialog, const QString &user, const QString &password)
    {
        auto *userEdit = dialog->findChild<QLineEdit *>(u"signInUser"_s);
        userEdit->setText(user);
        auto *passwordEdit = dialog->findChild<QLineEdit *>(u"signInPassword"_s);
        passwordEdit->setText(password);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
    }

    // A signed-in clerk's windows: the main window, an intake with an
    // applicant typed in, and a case detail.
    struct Fixture {
        explicit Fixture(TestScreenLock &test)
            : service(test.m_vault->signInStore(), test.m_vault->auditLog(), test.m_clock, nullptr, workstationId),
              session(signedIn(), test.m_vault->auditLog(), workstationId),
              services{test.m_catalogue,
                       test.m_calendar,
                       test.m_vault->caseQuery().guardedBy(test.m_vault->permissionGuard(session.actor())),
                       test.m_vault->caseStore().guardedBy(test.m_vault->permissionGuard(session.actor())),
                       test.m_vault->syncStore(),
                       session.user(),
                       false},
              window(std::make_unique<MainWindow>(services, EngineVersions{})),
              idle(test.m_clock, 5min),
              lock(session, service)
        {
            QObject::connect(&idle, &IdleWatcher::idle, &lock, [this] { lock.lock(u"idle"_s); });
            QObject::connect(window.get(), &MainWindow::lockRequested, &lock, [this] { lock.lock(u"manual"_s); });
            window->show();
            auto intakeSession = std::make_unique<IntakeSession>(
                test.m_catalogue, test.m_calendar, services.caseStore, test.m_vault->syncStore(),
                test.m_vault->draftStore(), test.m_vault->documentStore(),
                IntakeContext{u"staff.li"_s, u"W01"_s, u"TRAINING-HALL"_s, {}, u"12345"_s});
            intake = new IntakeWindow(std::move(intakeSession), test.m_catalogue, window.get());
            intake->show();
            // As an input method commits it: the intake hears of it and drafts it.
            QInputMethodEvent commit;
            commit.setCommitString(u"王样例"_s);
            QApplication::sendEvent(applicantName(), &commit);
            detail =
                new CaseDetailDialog(services, test.m_vault->documentStore(), test.m_case.caseRecord.id, window.get());
            detail->setAttribute(Qt::WA_DeleteOnClose);
            detail->open();
            QCoreApplication::processEvents();
        }
        ~Fixture()
        {
            if (intake)
                delete intake.data();
        }

        static SignInOutcome signedIn()
        {
            SignInOutcome outcome;
            outcome.kind = SignInOutcome::Kind::SignedIn;
            outcome.user = clerk(u"staff.li"_s, u"W01"_s);
            return outcome;
        }
        QLineEdit *applicantName() const { return intake->findChild<QLineEdit *>(u"applicantName"_s); }

        SignInService service;
        Session session;
        WorkstationServices services;
        std::unique_ptr<MainWindow> window;
        IdleWatcher idle;
        ScreenLock lock;
        QPointer<IntakeWindow> intake;
        QPointer<CaseDetailDialog> detail;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    Catalogue m_catalogue;
    WorkingDayCalendar m_calendar;
    NewCase m_case;
    ManualClock m_clock;
};

QTEST_MAIN(TestScreenLock)
#include "test_screen_lock.moc"
