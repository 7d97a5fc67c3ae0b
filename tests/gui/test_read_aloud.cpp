// Read-aloud at the elderly-assist counter: what it would say of an intake
// (the step, the selected finding, the promised date) is computed without a
// voice; off by default, switched from the View menu by its key; with no
// speech engine (as on an offscreen CI machine) it says so once in the status
// bar and everything else works.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "intake/IntakeWindow.h"
#include "keys/PassphraseKeyStore.h"
#include "speech/IntakeReadAloud.h"
#include "speech/ReadAloud.h"
#include "storage/Vault.h"
#include "windows/MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

// A plugin name no machine has: the test never depends on a voice.
const QString noEngine = u"casedesk-test-no-such-engine"_s;
const QDate reviewDay(2026, 11, 27);

} // namespace

class TestReadAloud : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        const Profile profile(m_dir.filePath(u"profile"_s));
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("read-aloud tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_services = std::make_unique<WorkstationServices>(WorkstationServices{
            *catalogue, *calendar, m_vault->caseQuery(), m_vault->caseStore(), m_vault->syncStore(),
            SignedInUser{u"staff.li"_s, u"李样例"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, {}, u"W01"_s}, true});
    }

    void theSentenceNamesTheStepTheFindingAndTheDate()
    {
        const QString date = QLocale().toString(QDate(2026, 12, 11), QLocale::LongFormat);
        const QString all = spokenText({u"Materials"_s, u"The invoice is missing."_s, QDate(2026, 12, 11), 10});
        QVERIFY2(all.contains(u"Materials"_s), qPrintable(all));
        QVERIFY2(all.contains(u"The invoice is missing."_s), qPrintable(all));
        QVERIFY2(all.contains(date), qPrintable(all));
        QVERIFY2(all.contains(u"10"_s), qPrintable(all));
        // Only what there is.
        const QString stepOnly = spokenText({u"Applicant"_s, {}, {}, 0});
        QVERIFY(stepOnly.contains(u"Applicant"_s));
        QVERIFY(!stepOnly.contains(date));
        QVERIFY(spokenText({}).isEmpty());
    }

    void withNoEngineItSaysSoOnceAndStaysSilent()
    {
        ReadAloud voice(noEngine);
        QVERIFY(!voice.isEnabled()); // off by default
        QSignalSpy unavailable(&voice, &ReadAloud::unavailable);
        voice.say(u"not while off"_s);
        QCOMPARE(unavailable.size(), 0);

        voice.setEnabled(true);
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!unavailable.first().first().toString().isEmpty());
        QVERIFY(!voice.isAvailable());
        voice.say(u"nobody hears this"_s);
        QVERIFY(voice.lastSpoken().isEmpty());

        voice.setEnabled(false);
        voice.setEnabled(true);
        voice.setEnabled(true);
        QCOMPARE(unavailable.size(), 1);
    }

    void theViewMenuSwitchesItAndTheStatusBarTellsOnce()
    {
        MainWindow window(*m_services, {});
        ReadAloud voice(noEngine);
        window.setReadAloud(&voice);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = window.readAloudAction();
        QVERIFY(action);
        QVERIFY(!action->isChecked());
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(window.menuBar()->findChildren<QAction *>().contains(action)
                || std::any_of(
                    window.menuBar()->actions().cbegin(), window.menuBar()->actions().cend(),
                    [action](QAction *menu) { return menu->menu() && menu->menu()->actions().contains(action); }));

        // By its key, from the main window.
        QTest::keySequence(window.windowHandle(), action->shortcut());
        QTRY_VERIFY(action->isChecked());
        QVERIFY(voice.isEnabled());
        const QString told = window.statusBar()->currentMessage();
        QVERIFY2(!told.isEmpty(), "no word that read-aloud is unavailable");

        window.statusBar()->clearMessage();
        QTest::keySequence(window.windowHandle(), action->shortcut());
        QTRY_VERIFY(!action->isChecked());
        QTest::keySequence(window.windowHandle(), action->shortcut());
        QTRY_VERIFY(action->isChecked());
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        // The rest still works.
        window.refreshCases();
        QVERIFY(window.newIntakeAction()->isEnabled());
    }

    void anIntakeIsFollowedStepByStep()
    {
        ReadAloud voice(noEngine);
        voice.setEnabled(true);
        IntakeReadAloud reader(&voice, m_services->calendar);
        reader.setToday(reviewDay);
        auto session = std::make_unique<IntakeSession>(
            m_services->catalogue, m_services->calendar, m_vault->caseStore(), m_vault->syncStore(),
            m_vault->draftStore(), m_vault->documentStore(),
            IntakeContext{u"staff.li"_s, u"W01"_s, u"TRAINING-HALL"_s, {u"培训大厅"_s, u"Training hall"_s}, {}});
        IntakeWindow intake(std::move(session), m_services->catalogue);
        intake.setToday(reviewDay);
        reader.follow(&intake, &intake.session());
        connect(&intake, &IntakeWindow::sessionChanged, &reader, &IntakeReadAloud::sessionChanged);
        intake.show();
        QVERIFY(QTest::qWaitForWindowActive(&intake));

        auto *name = intake.findChild<QLineEdit *>(u"applicantName"_s);
        name->setFocus();
        QTRY_COMPARE(reader.current().step, u"Applicant"_s);
        QVERIFY(!reader.current().promisedDate.isValid());

        QVERIFY(intake.chooseItem(u"ga.hukou-transfer"_s));
        QCOMPARE(reader.current().promisedDate, QDate(2026, 12, 11));
        QCOMPARE(reader.current().promisedWorkingDays, 10);

        // Pre-review finds what is missing; the selected finding is read.
        auto *findings = intake.findChild<QTreeWidget *>(u"findings"_s);
        QTRY_VERIFY(findings->topLevelItemCount() > 0);
        findings->setFocus();
        findings->setCurrentItem(findings->topLevelItem(0));
        const SpokenStep now = reader.current();
        QCOMPARE(now.finding, findings->topLevelItem(0)->text(0));
        QCOMPARE(now.step, u"Pre-review"_s);
        const QString sentence = spokenText(now);
        QVERIFY(sentence.contains(now.finding));
        QVERIFY(sentence.contains(QLocale().toString(QDate(2026, 12, 11), QLocale::LongFormat)));
        reader.readCurrent(); // no engine: silent, and nothing breaks
        QVERIFY(voice.lastSpoken().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<WorkstationServices> m_services;
};

QTEST_MAIN(TestReadAloud)
#include "test_read_aloud.moc"
