// The supervisor desk over a real encrypted vault with a small hall of known
// dates (tests/support/HallSeed.h), "today" being Friday 27 November 2026
// on a clock the test sets: the deadline board lists the overdue cases
// first with their working days left; the workload per counter and staff
// member; the models pass QAbstractItemModelTester; a reassignment through
// its dialog (an empty reason kept in the dialog with a message, then done)
// reaches the vault and the board; the period's report exports as PDF (the
// Chinese hall name as text, fonts embedded) and CSV; the charts follow
// the large-text mode; the main window offers the desk to supervisors only.
#include "HallSeed.h"
#include "ManualClock.h"
#include "PrintedPdf.h"
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "feedback/RatingStore.h"
#include "keys/PassphraseKeyStore.h"
#include "supervisor/BoardCountModel.h"
#include "supervisor/DeadlineBoardModel.h"
#include "supervisor/FollowUpModel.h"
#include "supervisor/ReasonDialog.h"
#include "supervisor/SecondCheckModel.h"
#include "supervisor/SupervisorDesk.h"
#include "theme/CounterDisplay.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const Actor supervisor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, u"TRAINING-HALL"_s);

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

int rowOf(const QAbstractItemModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == key)
            return row;
    }
    return -1;
}

} // namespace

class TestSupervisorDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_catalogue = *catalogue;
        m_calendar = *calendar;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const Profile profile(m_dir->path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("supervisor desk tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        m_hall = seedHall(*m_vault);
        m_services = std::make_unique<WorkstationServices>(WorkstationServices{
            m_catalogue, m_calendar, m_vault->caseQuery(), m_vault->caseStore(), m_vault->syncStore(),
            SignedInUser{u"staff.zhao"_s,
                         u"赵样例"_s,
                         {u"supervisor"_s},
                         u"TRAINING-HALL"_s,
                         LocalizedText{u"培训大厅（样例）"_s, u"Training hall (sample)"_s},
                         {}},
            true});
        // 10:00 on Friday 27 November 2026 in Beijing.
        m_clock.set(utc(11, 27, 2));
    }

    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        m_services.reset();
        m_vault.reset();
        m_dir.reset();
    }

    void theBoardListsOverdueCasesFirst()
    {
        SupervisorDesk desk(*m_services, deskServices());
        QAbstractItemModelTester deadlines(desk.deadlineModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester checks(desk.secondCheckModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester staff(desk.staffModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester counters(desk.counterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester followUps(desk.followUpModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QAbstractItemModel *model = desk.deadlineModel();
        QCOMPARE(model->rowCount(), 6);
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(DeadlineBoardModel::CaseIdRole).toString();
        QCOMPARE(ids,
                 (QStringList{m_hall.id('A'), m_hall.id('B'), m_hall.id('C'), m_hall.id('D'), m_hall.id('E'),
                              m_hall.id('L')}));
        // In words and signs, not by colour alone.
        QCOMPARE(column(model, DeadlineBoardModel::Status),
                 (QStringList{u"✕ Overdue"_s, u"✕ Overdue"_s, u"⚠ At risk"_s, u"⚠ At risk"_s, u"✓ On track"_s,
                              u"✓ On track"_s}));
        // (Plurals untranslated here: "day(s)".)
        const auto daysLeft = [&](int row) {
            return model->index(row, DeadlineBoardModel::DaysLeft).data().toString();
        };
        QVERIFY2(daysLeft(0).startsWith(u"5 working day"_s) && daysLeft(0).contains(u"overdue"_s),
                 qPrintable(daysLeft(0)));
        QVERIFY2(daysLeft(1).startsWith(u"1 working day"_s) && daysLeft(1).contains(u"overdue"_s),
                 qPrintable(daysLeft(1)));
        QVERIFY(daysLeft(2).startsWith(u"due today"_s));
        QVERIFY2(daysLeft(3).startsWith(u"1 working day"_s) && daysLeft(3).contains(u"left"_s),
                 qPrintable(daysLeft(3)));
        QVERIFY(daysLeft(4).startsWith(u"9 working day"_s));
        QVERIFY(model->index(0, DeadlineBoardModel::Status).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model->index(0, DeadlineBoardModel::Counter).data().toString(), u"W01"_s);

        // The summary says the same in words.
        const QString summary = desk.findChild<QLabel *>(u"queueSummary"_s)->text();
        QVERIFY2(summary.contains(u"Open: 8"_s) && summary.contains(u"✕ overdue: 2"_s), qPrintable(summary));

        // Workload per counter and per staff member.
        const QAbstractItemModel *perCounter = desk.counterModel();
        const int w01 = rowOf(perCounter, u"W01"_s);
        QVERIFY(w01 >= 0);
        QCOMPARE(perCounter->index(w01, BoardCountModel::Open).data().toInt(), 4);
        QCOMPARE(perCounter->index(w01, BoardCountModel::Overdue).data().toString(), u"✕ 1"_s);
        const int wang = rowOf(desk.staffModel(), u"staff.wang"_s);
        QVERIFY(wang >= 0);
        QCOMPARE(desk.staffModel()->index(wang, BoardCountModel::Open).data().toInt(), 3);

        // Second checks, newest first; no ratings here: the panel says so.
        QCOMPARE(desk.secondCheckModel()->rowCount(), 2);
        QCOMPARE(desk.secondCheckModel()->index(0, 0).data(SecondCheckModel::CaseIdRole).toString(), m_hall.id('J'));
        QCOMPARE(desk.followUpModel()->rowCount(), 0);
        QVERIFY(desk.findChild<QLabel *>(u"followUpEmpty"_s)->text().contains(u"No bad ratings"_s));

        // The week's figures for the charts.
        QCOMPARE(desk.figures().days.size(), 7);
        QCOMPARE(desk.figures().total.intake, 7);
        desk.choosePeriod(SupervisorDesk::Period::Today);
        QCOMPARE(desk.figures().days.size(), 1);
        QCOMPARE(desk.figures().total.intake, 1);
        auto *intake = desk.findChild<QChartView *>(u"intakeChart"_s);
        QVERIFY(intake);
        QCOMPARE(intake->chart()->series().size(), 1);
        QCOMPARE(desk.findChild<QChartView *>(u"rateChart"_s)->chart()->series().size(), 3);
    }

    void aCaseIsReassignedThroughTheDialog()
    {
        SupervisorDesk desk(*m_services, deskServices());
        QSignalSpy changed(&desk, &SupervisorDesk::caseChanged);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        auto *table = desk.findChild<QTableView *>(u"deadlineTable"_s);
        table->setFocus();
        table->selectRow(0);
        QCOMPARE(table->currentIndex().data(DeadlineBoardModel::CaseIdRole).toString(), m_hall.id('A'));

        QTest::mouseClick(desk.findChild<QPushButton *>(u"reassignButton"_s), Qt::LeftButton);
        ReasonDialog *dialog = desk.openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"reassignDialog"_s);
        QVERIFY(dialog->isVisible());

        // No reason: said in the dialog, which stays open with what was chosen.
        dialog->choiceBox(0)->setCurrentText(u"staff.zhang"_s);
        dialog->choiceBox(1)->setCurrentText(u"W03"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *problem = dialog->findChild<QLabel *>(u"reasonProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"Give a reason"_s));
        QCOMPARE(m_vault->caseStore().load(m_hall.id('A'))->staffId, u"staff.li"_s);

        QTest::keyClicks(dialog->reasonEdit(), u"W01 is overloaded"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!desk.openDialog());
        QCOMPARE(changed.size(), 1);

        const Case reassigned = *m_vault->caseStore().load(m_hall.id('A'));
        QCOMPARE(reassigned.staffId, u"staff.zhang"_s);
        QCOMPARE(reassigned.counterId, u"W03"_s);
        QVERIFY2(desk.message().contains(u"staff.zhang"_s), qPrintable(desk.message()));
        // The board follows: still first, now at W03.
        QCOMPARE(desk.deadlineModel()->index(0, DeadlineBoardModel::Counter).data().toString(), u"W03"_s);
        QCOMPARE(desk.deadlineModel()->index(0, DeadlineBoardModel::Staff).data().toString(), u"staff.zhang"_s);
        auto records = m_vault->auditLog().records(1, 1000);
        QVERIFY(records);
        QCOMPARE(records->last().action, QString(auditaction::reassign));
        QCOMPARE(records->last().userId, u"staff.zhao"_s);
    }

    void aSecondCheckIsRecordedThroughTheDialog()
    {
        SupervisorDesk desk(*m_services, deskServices());
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        auto *table = desk.findChild<QTableView *>(u"secondCheckTable"_s);
        desk.findChild<QTabWidget *>(u"deskTabs"_s)->setCurrentIndex(1);
        table->selectRow(1); // G, the correction notice
        QTest::mouseClick(desk.findChild<QPushButton *>(u"overturnCheckButton"_s), Qt::LeftButton);
        ReasonDialog *dialog = desk.openDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->reasonEdit(), u"the lease was on file"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!desk.openDialog());
        const CaseEventRecord event = m_vault->caseStore().loadFile(m_hall.id('G'))->events.last();
        QCOMPARE(event.kind, u"second_check"_s);
        QCOMPARE(event.payload.value(u"decision"_s).toString(), u"overturn"_s);
        QCOMPARE(desk.secondCheckModel()->index(1, SecondCheckModel::Checked).data().toString(), u"✓ Second-checked"_s);
    }

    void aBadRatingIsFollowedUpThroughTheDialog()
    {
        auto rated =
            m_vault->ratingStore().submit(NewRating{m_hall.id('C'), RatingLevel::VeryDissatisfied, u"waited too long"_s,
                                                    u"W01"_s, u"staff.li"_s, utc(11, 26, 8)},
                                          m_calendar);
        QVERIFY2(rated, qPrintable(rated ? QString() : rated.error().message));
        QVERIFY(rated->followUp);
        SupervisorDeskServices services = deskServices();
        services.followUps = std::make_shared<StoredFollowUps>(m_vault->followUpStore(supervisor));
        SupervisorDesk desk(*m_services, std::move(services));
        QAbstractItemModelTester tester(desk.followUpModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        QCOMPARE(desk.followUpModel()->rowCount(), 1);
        QCOMPARE(desk.followUpModel()->index(0, FollowUpModel::Reason).data().toString(), u"waited too long"_s);
        QVERIFY(!desk.findChild<QLabel *>(u"followUpEmpty"_s)->isVisible());

        desk.findChild<QTableView *>(u"followUpTable"_s)->selectRow(0);
        QTest::mouseClick(desk.findChild<QPushButton *>(u"closeFollowUpButton"_s), Qt::LeftButton);
        ReasonDialog *dialog = desk.openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"followUpDialog"_s);
        QTest::keyClicks(dialog->reasonEdit(), u"called the applicant, apologised, case sped up"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!desk.openDialog());
        QCOMPARE(desk.followUpModel()->rowCount(), 0);
        auto closed = m_vault->followUpStore(supervisor).load(rated->followUp->id);
        QVERIFY(closed);
        QVERIFY(!closed->isOpen());
        QCOMPARE(closed->closedBy, u"staff.zhao"_s);
    }

    void theReportExportsAsPdfAndCsv()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        SupervisorDesk desk(*m_services, deskServices());
        QTemporaryDir out;
        const QString pdfPath = out.filePath(u"report.pdf"_s);
        auto pdf = desk.exportPdf(pdfPath);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().message));
        const pdf::Answer text = pdf::compactText(pdfPath);
        QVERIFY2(text.ok(), qPrintable(text.problem));
        // The Chinese hall name as selectable text, the figures with it.
        QVERIFY2(text.value.contains(pdf::compact(u"培训大厅（样例）"_s)), qPrintable(text.value));
        QVERIFY(text.value.contains(u"Hallreport"_s));
        QVERIFY(text.value.contains(u"57.1%"_s));
        const pdf::Answer notEmbedded = pdf::fontsNotEmbedded(pdfPath);
        QVERIFY2(notEmbedded.ok() && notEmbedded.value.isEmpty(), qPrintable(notEmbedded.problem + notEmbedded.value));
        pdf::keepForInspection(pdfPath, u"supervisor-report"_s);

        const QString csvPath = out.filePath(u"report.csv"_s);
        QVERIFY(desk.exportCsv(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(u"Total,7,4,57.1%,2,28.6%,3,2,66.7%"_s));

        auto records = m_vault->auditLog().records(1, 1000);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).action, QString(auditaction::exportData));
        QVERIFY(records->at(0).details.contains(u"pdf"_s));
        QVERIFY(records->at(1).details.contains(u"csv"_s));
    }

    void windowStaffCannotExportOrReadTheBoard()
    {
        const Actor staff = Actor::fromRoleNames(u"staff.li"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, u"W01"_s);
        const PermissionGuard guard = m_vault->permissionGuard(staff);
        SupervisorDesk desk(
            *m_services,
            SupervisorDeskServices{HallBoard(m_vault->database(), errors(), m_calendar).guardedBy(guard),
                                   SupervisorActions(m_vault->database(), errors(), guard), nullptr, &m_clock});
        QVERIFY2(desk.message().contains(u"may not"_s), qPrintable(desk.message()));
        QCOMPARE(desk.deadlineModel()->rowCount(), 0);
        QTemporaryDir out;
        auto refused = desk.exportCsv(out.filePath(u"report.csv"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(out.filePath(u"report.csv"_s)));
    }

    void theChartsFollowLargeText()
    {
        CounterDisplay display;
        SupervisorDesk desk(*m_services, deskServices());
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        display.apply({true, true});
        QTRY_VERIFY(CounterDisplay::isLargeText(desk.font()));
        QChart *chart = desk.findChild<QChartView *>(u"intakeChart"_s)->chart();
        QTRY_VERIFY(chart->titleFont().pointSizeF() >= CounterDisplay::largeBodyPoints);
        QCOMPARE(chart->theme(), QChart::ChartThemeHighContrast);
        QVERIFY(chart->legend()->font().pointSizeF() >= CounterDisplay::largeBodyPoints);
        // One chart at a time, so that each keeps the height its labels need.
        auto *tabs = desk.findChild<QTabWidget *>(u"chartTabs"_s);
        QTRY_VERIFY(tabs->isVisible());
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(0), u"Intake per day"_s);
        auto *deadlineTable = desk.findChild<QTableView *>(u"deadlineTable"_s);
        QVERIFY(deadlineTable->isColumnHidden(DeadlineBoardModel::Status));
        display.apply({false, false});
        QTRY_COMPARE(chart->theme(), QChart::ChartThemeLight);
        QTRY_VERIFY(!tabs->isVisible());
        QCOMPARE(tabs->count(), 0);
        QVERIFY(desk.findChild<QWidget *>(u"chartColumn"_s)->isVisible());
        QVERIFY(!deadlineTable->isColumnHidden(DeadlineBoardModel::Status));
    }

    // A company's name is not personal data: the boards show it whole, and a
    // person's with the surname only (the copies on the case follow the
    // applicant, migration 10).
    void theBoardsMaskPersonsNamesOnly()
    {
        QSqlQuery sql(m_vault->database());
        const auto setApplicant = [&](char letter, const QString &kind, const QString &name) {
            sql.prepare(u"UPDATE applicants SET kind = ?, name = ? "
                        "WHERE id = (SELECT applicant_id FROM cases WHERE id = ?)"_s);
            sql.addBindValue(kind);
            sql.addBindValue(name);
            sql.addBindValue(m_hall.id(letter));
            return sql.exec();
        };
        QVERIFY(setApplicant('A', u"company"_s, u"样例科技有限公司"_s));
        QVERIFY(setApplicant('B', u"person"_s, u"欧阳样例"_s));
        QVERIFY(setApplicant('J', u"company"_s, u"样例建设集团有限公司"_s));
        QVERIFY(setApplicant('G', u"person"_s, u"王样例"_s));
        SupervisorDesk desk(*m_services, deskServices());
        const auto applicantOn = [](const QAbstractItemModel *model, int column, const QString &caseId) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(Qt::UserRole + 1).toString() == caseId)
                    return model->index(row, column).data().toString();
            }
            return QString();
        };
        const QAbstractItemModel *deadlines = desk.deadlineModel();
        const QString a = applicantOn(deadlines, DeadlineBoardModel::Applicant, m_hall.id('A'));
        QVERIFY2(a.startsWith(u"样例科技有限公司 (ID …"_s), qPrintable(a));
        const QString b = applicantOn(deadlines, DeadlineBoardModel::Applicant, m_hall.id('B'));
        QVERIFY2(b.startsWith(u"欧阳** (ID …"_s), qPrintable(b));
        const QAbstractItemModel *checks = desk.secondCheckModel();
        const QString j = applicantOn(checks, SecondCheckModel::Applicant, m_hall.id('J'));
        QVERIFY2(j.startsWith(u"样例建设集团有限公司 (ID …"_s), qPrintable(j));
        const QString g = applicantOn(checks, SecondCheckModel::Applicant, m_hall.id('G'));
        QVERIFY2(g.startsWith(u"王** (ID …"_s), qPrintable(g));
    }

    void onlySupervisorsAreOfferedTheDesk()
    {
        MainWindow forSupervisor(*m_services, {});
        QVERIFY(forSupervisor.supervisorDeskAction());
        QSignalSpy requested(&forSupervisor, &MainWindow::supervisorDeskRequested);
        forSupervisor.supervisorDeskAction()->trigger();
        QCOMPARE(requested.size(), 1);

        WorkstationServices staff = *m_services;
        staff.user = SignedInUser{u"staff.li"_s, u"李样例"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, {}, u"W01"_s};
        MainWindow forStaff(staff, {});
        QVERIFY(!forStaff.supervisorDeskAction());
        QVERIFY(!forStaff.findChild<QAction *>(u"supervisorDeskAction"_s));
    }

private:
    SqlErrorMapper errors() const
    {
        const Vault *vault = m_vault.get();
        return [vault](const QSqlError &error, const QString &action) {
            return vault->errorFrom(error, action);
        };
    }
    SupervisorDeskServices deskServices() const
    {
        const PermissionGuard guard = m_vault->permissionGuard(supervisor);
        return SupervisorDeskServices{HallBoard(m_vault->database(), errors(), m_calendar).guardedBy(guard),
                                      SupervisorActions(m_vault->database(), errors(), guard), nullptr, &m_clock};
    }

    Catalogue m_catalogue;
    WorkingDayCalendar m_calendar;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PassphraseKeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<WorkstationServices> m_services;
    SeededHall m_hall;
    ManualClock m_clock;
};

QTEST_MAIN(TestSupervisorDesk)
#include "test_supervisor_desk.moc"
