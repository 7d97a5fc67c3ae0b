// The elderly-assist counter's simplified intake: one question per screen,
// large Next and Back, keyboard only; walked to acceptance it records the
// same case as the standard intake given the same answers (the same
// IntakeSession, the same pre-review), and every screen passes the large-text
// check of the display modes (LargeTextCheck).
#include "IntakeKeyboard.h"
#include "LargeTextCheck.h"
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "intake/IntakeWindow.h"
#include "intake/SimplifiedIntakeWindow.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "theme/CounterDisplay.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QDate reviewDay(2026, 11, 27);

} // namespace

class TestSimplifiedIntake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        const Profile profile(m_dir.filePath(u"profile"_s));
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("simplified intake tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        QVERIFY(m_vault->syncStore().addReceiptBlock(
            {u"0193a5c1-7e2f-7abc-8def-00000000000a"_s, u"TH-2026-W01-"_s, 501, 600}));
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_catalogue = *catalogue;
        m_calendar = *calendar;
        // The elderly-assist counter's display: large text.
        m_display = std::make_unique<CounterDisplay>();
        m_display->apply({true, false});
        for (const CatalogueExample &example : m_catalogue.examples()) {
            if (example.formCode == u"ga.hukou-transfer" && example.expectedRuleIds.isEmpty()) {
                m_example = example.application;
                break;
            }
        }
        QVERIFY(!m_example.isEmpty());
    }

    void cleanupTestCase() { m_display->apply({}); }

    void walkedToAcceptanceItRecordsTheSameCaseAsTheStandardIntake()
    {
        const QJsonObject fields = m_example.value(u"fields"_s).toObject();
        const QJsonObject materials = m_example.value(u"materials"_s).toObject();
        auto *window = new SimplifiedIntakeWindow(newSession(), m_catalogue);
        window->setToday(reviewDay);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QSignalSpy accepted(window, &SimplifiedIntakeWindow::caseAccepted);
        QSignalSpy failed(window, &SimplifiedIntakeWindow::failed);
        QStringList questions;

        const auto checkScreen = [&] {
            questions << window->currentQuestion();
            const QStringList problems = largeTextProblems(window);
            QVERIFY2(problems.isEmpty(), qPrintable(window->currentQuestion() + u":\n"_s + problems.join(u'\n')));
            QVERIFY(window->nextButton()->height() >= CounterDisplay::largeControlHeight);
            // One question: one group on screen.
            int shownGroups = 0;
            for (QGroupBox *box : window->findChildren<QGroupBox *>())
                shownGroups += box->isVisible() ? 1 : 0;
            QCOMPARE(shownGroups, 1);
        };
        const auto pressEnter = [&] {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        };

        // Who applies: a person (the default).
        checkScreen();
        QVERIFY(!window->backButton()->isEnabled());
        pressEnter();
        // The ID: a wrong one is refused with a message, and the page stays.
        checkScreen();
        auto *id = window->findChild<QLineEdit *>(u"applicantIdNumber"_s);
        QTRY_VERIFY(id->hasFocus());
        type(id, u"110102199007219124"_s);
        pressEnter();
        QCOMPARE(window->currentPage(), 1);
        QVERIFY(window->findChild<QLabel *>(u"simplifiedMessage"_s)->isVisible());
        checkScreen(); // the message fits too
        type(id, fields.value(u"applicantId"_s).toString());
        pressEnter();
        QCOMPARE(window->currentPage(), 2);
        checkScreen();
        type(window->findChild<QLineEdit *>(u"applicantName"_s), fields.value(u"applicantName"_s).toString());
        pressEnter();
        checkScreen();
        type(window->findChild<QLineEdit *>(u"applicantMobile"_s), fields.value(u"applicantMobile"_s).toString());
        // Back and forth keeps the answers.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->currentPage(), 2);
        QCOMPARE(window->findChild<QLineEdit *>(u"applicantName"_s)->text(),
                 fields.value(u"applicantName"_s).toString());
        pressEnter();
        pressEnter();
        // The item, with the arrow keys.
        checkScreen();
        auto *items = window->findChild<QListWidget *>(u"itemList"_s);
        QTRY_VERIFY(items->hasFocus());
        for (int i = 0; i < items->count() + 1; ++i) {
            if (items->currentItem() && items->currentItem()->data(Qt::UserRole).toString() == u"ga.hukou-transfer")
                break;
            QTest::keyClick(items, Qt::Key_Down);
        }
        QCOMPARE(window->session().form()->code, u"ga.hukou-transfer"_s);
        pressEnter();

        // Every field and every material, one screen each.
        while (!window->acceptButton()->isVisible()) {
            checkScreen();
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            const QString name = focused->objectName();
            if (name.startsWith(u"field:")) {
                const QString value = exampleText(fields.value(name.mid(6)));
                if (auto *combo = qobject_cast<QComboBox *>(focused))
                    QVERIFY2(value.isEmpty() || choose(combo, value), qPrintable(name));
                else if (!value.isEmpty())
                    type(qobject_cast<QLineEdit *>(focused), value);
            } else if (name.startsWith(u"material:")) {
                const QString materialId = name.mid(9);
                const QJsonObject material = materials.value(materialId).toObject();
                auto *combo = qobject_cast<QComboBox *>(focused);
                QVERIFY(combo);
                QVERIFY(choose(combo, int(exampleMaterialState(material.value(u"state"_s).toString(u"missing"_s)))));
                const QJsonObject facts = material.value(u"fields"_s).toObject();
                for (auto fact = facts.begin(); fact != facts.end(); ++fact) {
                    auto *edit = window->findChild<QLineEdit *>(u"materialFact:%1.%2"_s.arg(materialId, fact.key()));
                    QVERIFY2(edit, qPrintable(fact.key()));
                    edit->setFocus();
                    type(edit, exampleText(*fact));
                }
            } else {
                QFAIL(qPrintable(u"unexpected question with focus on "_s + name));
            }
            const int before = window->currentPage();
            pressEnter();
            QCOMPARE(window->currentPage(), before + 1);
        }
        // The review: nothing blocks; accepted by its key.
        checkScreen();
        QVERIFY(window->acceptButton()->isEnabled());
        QCOMPARE(window->currentPage(), window->pageCount() - 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(accepted.size(), 1);
        const auto simplified = accepted.first().first().value<AcceptanceReceipt>();
        QVERIFY(questions.size() > 8);

        // The standard intake with the same answers.
        auto session = newSession();
        QVERIFY(session->restore(QJsonObject{{u"applicant"_s,
                                              QJsonObject{{u"kind"_s, u"person"_s},
                                                          {u"name"_s, fields.value(u"applicantName"_s)},
                                                          {u"idNumber"_s, fields.value(u"applicantId"_s)},
                                                          {u"mobile"_s, fields.value(u"applicantMobile"_s)}}},
                                             {u"application"_s, m_example}}));
        IntakeWindow standard(std::move(session), m_catalogue);
        standard.setToday(reviewDay);
        QSignalSpy standardAccepted(&standard, &IntakeWindow::caseAccepted);
        standard.acceptCase();
        QCOMPARE(standardAccepted.size(), 1);
        const auto reference = standardAccepted.first().first().value<AcceptanceReceipt>();

        const CaseFile ours = m_vault->caseStore().loadFile(simplified.caseId).value();
        const CaseFile theirs = m_vault->caseStore().loadFile(reference.caseId).value();
        QVERIFY(ours.caseRecord.id != theirs.caseRecord.id);
        QCOMPARE(ours.caseRecord.itemCode, theirs.caseRecord.itemCode);
        QCOMPARE(ours.caseRecord.state, CaseState::Accepted);
        QCOMPARE(ours.caseRecord.state, theirs.caseRecord.state);
        QCOMPARE(ours.caseRecord.form, theirs.caseRecord.form);
        QCOMPARE(ours.caseRecord.dueDate, theirs.caseRecord.dueDate);
        QCOMPARE(ours.caseRecord.acceptedUtc, theirs.caseRecord.acceptedUtc);
        QCOMPARE(ours.applicant.kind, theirs.applicant.kind);
        QCOMPARE(ours.applicant.name, theirs.applicant.name);
        QCOMPARE(ours.applicant.idNumber, theirs.applicant.idNumber);
        QCOMPARE(ours.applicant.mobile, theirs.applicant.mobile);
        QStringList ourEvents, theirEvents;
        for (const CaseEventRecord &event : ours.events)
            ourEvents << event.kind;
        for (const CaseEventRecord &event : theirs.events)
            theirEvents << event.kind;
        QCOMPARE(ourEvents, theirEvents);
        QCOMPARE(simplified.materials.size(), reference.materials.size());
        QCOMPARE(simplified.promisedWorkingDays, reference.promisedWorkingDays);
        QCOMPARE(simplified.dueDate, reference.dueDate);
    }

    void blockingFindingsLeadToACorrectionNotice()
    {
        auto *window = new SimplifiedIntakeWindow(newSession(), m_catalogue);
        window->setToday(reviewDay);
        window->session().setApplicantIdNumber(u"110102199007219123"_s);
        window->session().setApplicantName(u"李测试"_s);
        QVERIFY(window->session().chooseForm(u"ga.hukou-transfer"_s));
        QSignalSpy noticed(window, &SimplifiedIntakeWindow::noticeIssued);
        window->show();
        // Nothing brought: straight through to the review.
        while (window->next()) { }
        QCOMPARE(window->currentPage(), window->pageCount() - 1);
        QVERIFY(!window->acceptButton()->isEnabled());
        QVERIFY(window->noticeButton()->isEnabled());
        auto *findings = window->findChild<QTreeWidget *>(u"findings"_s);
        QVERIFY(findings->topLevelItemCount() > 0);
        window->acceptCase(); // refused: nothing happens
        QTest::mouseClick(window->noticeButton(), Qt::LeftButton);
        QCOMPARE(noticed.size(), 1);
        QVERIFY(!noticed.first().first().value<CorrectionNotice>().entries.isEmpty());
    }

private:
    std::unique_ptr<IntakeSession> newSession()
    {
        return std::make_unique<IntakeSession>(
            m_catalogue, m_calendar, m_vault->caseStore(), m_vault->syncStore(), m_vault->draftStore(),
            m_vault->documentStore(),
            IntakeContext{
                u"staff.li"_s, u"W01"_s, u"TRAINING-HALL"_s, {u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<CounterDisplay> m_display;
    Catalogue m_catalogue;
    WorkingDayCalendar m_calendar;
    QJsonObject m_example;
};

QTEST_MAIN(TestSimplifiedIntake)
#include "test_simplified_intake.moc"
