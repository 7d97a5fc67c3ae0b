// The citizen-facing screen (好差评): it follows the intake as the clerk
// types, shows personal data only masked, the materials received and still
// missing and the promised date on the working-day calendar, then the
// receipt and the five-level rating pad; a rating goes to the vault with its
// op for the platform, and a bad one opens a follow-up for the supervisor.
#include "LargeTextCheck.h"
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "citizen/CitizenScreen.h"
#include "citizen/CitizenScreenPresenter.h"
#include "domain/calendar/Deadline.h"
#include "intake/IntakeWindow.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "theme/CounterDisplay.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QDate reviewDay(2026, 11, 27); // a Friday
const QDateTime reviewTime(reviewDay, QTime(2, 0), Qt::UTC); // 10:00 in Beijing
const Actor supervisor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, u"TRAINING-HALL"_s);

// Every word the citizen can see on the screen.
QString everythingShown(const QWidget *screen)
{
    QStringList texts{screen->windowTitle()};
    for (const QLabel *label : screen->findChildren<QLabel *>()) {
        if (label->isVisibleTo(screen))
            texts << label->text();
    }
    for (const QAbstractButton *button : screen->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(screen))
            texts << button->text();
    }
    return texts.join(u'\n');
}

void commitText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

} // namespace

class TestCitizenScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The counter's own style sheet, as the program applies it: the
        // citizen screen must keep its large type under it.
        m_display = std::make_unique<CounterDisplay>();
        m_display->apply({});
        const Profile profile(m_dir.path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("citizen screen tests"));
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
    }

    void theScreenFollowsTheIntakeWithPersonalDataMasked()
    {
        CitizenScreen screen;
        CitizenScreenPresenter presenter(&screen, m_vault->ratingStore(), m_calendar, u"W01"_s, u"staff.li"_s);
        presenter.setNow(reviewTime);
        IntakeWindow intake(newSession(), m_catalogue);
        intake.setToday(reviewDay);
        presenter.follow(&intake);
        intake.show();
        screen.show();
        QCOMPARE(screen.content().stage, CitizenScreenContent::Stage::Waiting);

        // The clerk types the applicant.
        auto *id = intake.findChild<QLineEdit *>(u"applicantIdNumber"_s);
        id->setFocus();
        QTest::keyClicks(id, u"110102199007219123"_s);
        commitText(intake.findChild<QLineEdit *>(u"applicantName"_s), u"李测试"_s);
        QCOMPARE(screen.content().stage, CitizenScreenContent::Stage::Intake);
        QCOMPARE(screen.content().applicantName, u"李**"_s);
        QCOMPARE(screen.content().applicantId, u"110102********9123"_s);

        // The item: every required material missing, the date if accepted today.
        QVERIFY(intake.chooseItem(u"ga.hukou-transfer"_s));
        const CitizenScreenContent chosen = screen.content();
        QVERIFY(!chosen.itemName.isEmpty());
        QVERIFY(everythingShown(&screen).contains(chosen.itemName));
        QCOMPARE(chosen.received, QStringList());
        QCOMPARE(chosen.missing.size(), 2); // the ID card and the household register
        QCOMPARE(chosen.promisedWorkingDays, 10);
        // Ten working days after Friday 27 November 2026: 30 Nov … 11 Dec.
        QCOMPARE(chosen.promisedDate, QDate(2026, 12, 11));
        QCOMPARE(chosen.promisedDate, Deadline::promise(m_calendar, reviewDay, 10)->due);
        auto *promised = screen.findChild<QLabel *>(u"citizenPromised"_s);
        QVERIFY(promised->isVisibleTo(&screen));
        QVERIFY2(promised->text().contains(QLocale().toString(QDate(2026, 12, 11), QLocale::LongFormat)),
                 qPrintable(promised->text()));

        // The ID card received: it moves from missing to received.
        auto *idCard = intake.findChild<QComboBox *>(u"material:idCard"_s);
        QVERIFY(idCard);
        idCard->setFocus();
        while (MaterialState(idCard->currentData().toInt()) != MaterialState::Received)
            QTest::keyClick(idCard, Qt::Key_Down);
        const CitizenScreenContent received = screen.content();
        QCOMPARE(received.received.size(), 1);
        QCOMPARE(received.missing.size(), 1);
        QVERIFY(!received.missing.contains(received.received.first()));
        QVERIFY(screen.findChild<QLabel *>(u"citizenReceived"_s)->text().contains(received.received.first()));
        QVERIFY(screen.findChild<QLabel *>(u"citizenMissing"_s)->text().contains(received.missing.first()));

        // Nothing on the screen gives the person away.
        const QString shown = everythingShown(&screen);
        QVERIFY2(!shown.contains(u"测试"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(u"199007219123"_s) && !shown.contains(u"19900721"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"李**"_s));

        // An intake closed before its end: the screen waits for the next.
        intake.close();
    }

    void anAcceptedCaseIsRatedAndABadRatingOpensAFollowUp()
    {
        CitizenScreen screen;
        CitizenScreenPresenter presenter(&screen, m_vault->ratingStore(), m_calendar, u"W01"_s, u"staff.li"_s);
        presenter.setNow(reviewTime);
        auto *intake = new IntakeWindow(completeSession(), m_catalogue);
        intake->setToday(reviewDay);
        presenter.follow(intake);
        screen.resize(1366, 768);
        screen.show();
        QVERIFY(!screen.ratingPadShown());
        QSignalSpy failed(intake, &IntakeWindow::failed);
        intake->acceptCase();
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));

        const CitizenScreenContent accepted = screen.content();
        QCOMPARE(accepted.stage, CitizenScreenContent::Stage::Accepted);
        QCOMPARE(accepted.receiptNumber, u"TH-2026-W01-000501"_s);
        QCOMPARE(accepted.promisedDate, QDate(2026, 12, 11));
        QCOMPARE(accepted.applicantName, u"李**"_s);
        QVERIFY(!accepted.caseId.isEmpty());
        QVERIFY(everythingShown(&screen).contains(u"TH-2026-W01-000501"_s));
        QVERIFY(!everythingShown(&screen).contains(u"测试"_s));
        QVERIFY(screen.ratingPadShown());
        QVERIFY(screen.findChild<QWidget *>(u"ratingPad"_s)->isVisible());
        delete intake; // the clerk closes the intake; the citizen still rates

        // Five levels, best first, each a large button.
        QStringList levels;
        for (RatingLevel level : allRatingLevels()) {
            auto *button = screen.findChild<QPushButton *>(u"rating:"_s + ratingLevelName(level));
            QVERIFY(button && button->isVisible());
            QCOMPARE(button->text(), ratingLevelTitle(level));
            levels << button->text();
        }
        QCOMPARE(levels.size(), 5);
        const QStringList problems = largeTextProblems(&screen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // Nothing chosen, nothing to submit.
        auto *submit = screen.findChild<QPushButton *>(u"ratingSubmit"_s);
        QVERIFY(!submit->isEnabled());
        QTest::mouseClick(screen.findChild<QPushButton *>(u"rating:very-dissatisfied"_s), Qt::LeftButton);
        QVERIFY(submit->isEnabled());
        commitText(screen.findChild<QLineEdit *>(u"ratingReason"_s), u"窗口让我跑了两趟"_s);
        QSignalSpy rated(&presenter, &CitizenScreenPresenter::rated);
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(rated.size(), 1);
        QVERIFY(screen.findChild<QLabel *>(u"citizenThanks"_s)->isVisible());
        QVERIFY(!screen.ratingPadShown());

        // In the vault, with its op for the platform and the follow-up.
        auto rating = m_vault->ratingStore().ratingOf(accepted.caseId);
        QVERIFY(rating && *rating);
        QCOMPARE((*rating)->level, RatingLevel::VeryDissatisfied);
        QCOMPARE((*rating)->reason, u"窗口让我跑了两趟"_s);
        QCOMPARE((*rating)->counterId, u"W01"_s);
        QCOMPARE((*rating)->staffId, u"staff.li"_s);
        auto ops = m_vault->syncStore().pendingOps(100);
        QVERIFY(ops);
        QVERIFY(std::any_of(ops->cbegin(), ops->cend(), [&](const protocol::Op &op) {
            return op.kind == protocol::OpKind::CaseRating && op.opId == (*rating)->id;
        }));
        auto followUps = m_vault->followUpStore(supervisor).open();
        QVERIFY(followUps);
        QCOMPARE(followUps->size(), 1);
        QCOMPARE(followUps->first().caseId, accepted.caseId);
        QCOMPARE(followUps->first().receiptNumber, u"TH-2026-W01-000501"_s);
        // Five working days after Friday 27 November.
        QCOMPARE(followUps->first().dueDate, QDate(2026, 12, 4));

        // The same case again (a second tap after the thanks): refused, said
        // on the screen, the pad keeps the choice, nothing stored twice.
        screen.askForRating();
        QTest::mouseClick(screen.findChild<QPushButton *>(u"rating:satisfied"_s), Qt::LeftButton);
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(rated.size(), 1);
        auto *message = screen.findChild<QLabel *>(u"ratingMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QVERIFY(screen.ratingPadShown());
        QVERIFY(screen.findChild<QPushButton *>(u"rating:satisfied"_s)->isChecked());
        QCOMPARE(m_vault->followUpStore(supervisor).open()->size(), 1);
    }

    void aCorrectionNoticeListsWhatToBringAndAsksForARating()
    {
        CitizenScreen screen;
        CitizenScreenPresenter presenter(&screen, m_vault->ratingStore(), m_calendar, u"W01"_s, u"staff.li"_s);
        presenter.setNow(reviewTime);
        auto session = newSession();
        session->setApplicantIdNumber(u"110102199007219123"_s);
        session->setApplicantName(u"李测试"_s);
        QVERIFY(session->chooseForm(u"ga.hukou-transfer"_s));
        IntakeWindow intake(std::move(session), m_catalogue);
        intake.setToday(reviewDay);
        presenter.follow(&intake);
        screen.show();
        intake.issueNotice();
        QCOMPARE(screen.content().stage, CitizenScreenContent::Stage::NoticeIssued);
        QVERIFY(!screen.content().toCorrect.isEmpty());
        QVERIFY(screen.ratingPadShown());
        QVERIFY(screen.findChild<QLabel *>(u"citizenOutcome"_s)->isVisible());
        QVERIFY(!everythingShown(&screen).contains(u"测试"_s));

        // A good rating opens no follow-up.
        const qint64 before = m_vault->followUpStore(supervisor).open()->size();
        QTest::mouseClick(screen.findChild<QPushButton *>(u"rating:basically-satisfied"_s), Qt::LeftButton);
        QTest::mouseClick(screen.findChild<QPushButton *>(u"ratingSubmit"_s), Qt::LeftButton);
        QCOMPARE(m_vault->ratingStore().ratingOf(screen.content().caseId).value()->level,
                 RatingLevel::BasicallySatisfied);
        QCOMPARE(m_vault->followUpStore(supervisor).open()->size(), before);
    }

    void withOneScreenItIsAWindowTheClerkCanMove()
    {
        const QList<QScreen *> screens = QGuiApplication::screens();
        QVERIFY(!screens.isEmpty());
        QScreen *clerk = QGuiApplication::primaryScreen();
        QCOMPARE(CitizenScreen::citizenScreenAmong({clerk}, clerk), nullptr);
        CitizenScreen screen;
        screen.place({clerk}, clerk);
        QVERIFY(screen.isVisible());
        QVERIFY(!screen.isFullScreen());
        QVERIFY(!screen.windowTitle().isEmpty());
        QVERIFY(screen.width() <= clerk->availableGeometry().width());
        QVERIFY(screen.height() <= clerk->availableGeometry().height());
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

    // The catalogue's complete example of a household transfer (夫妻投靠).
    std::unique_ptr<IntakeSession> completeSession()
    {
        auto session = newSession();
        for (const CatalogueExample &example : m_catalogue.examples()) {
            if (example.formCode == u"ga.hukou-transfer" && example.expectedRuleIds.isEmpty()) {
                const QJsonObject fields = example.application.value(u"fields"_s).toObject();
                const QJsonObject draft{{u"applicant"_s,
                                         QJsonObject{{u"kind"_s, u"person"_s},
                                                     {u"name"_s, fields.value(u"applicantName"_s)},
                                                     {u"idNumber"_s, fields.value(u"applicantId"_s)},
                                                     {u"mobile"_s, fields.value(u"applicantMobile"_s)}}},
                                        {u"application"_s, example.application}};
                if (!session->restore(draft))
                    qWarning("the example could not be restored");
                break;
            }
        }
        return session;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CounterDisplay> m_display;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    Catalogue m_catalogue;
    WorkingDayCalendar m_calendar;
};

QTEST_MAIN(TestCitizenScreen)
#include "test_citizen_screen.moc"
