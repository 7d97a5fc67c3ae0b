// The supervisor's board over a real encrypted vault seeded with a small
// hall of known dates (tests/support/HallSeed.h): the open queue by state,
// item, counter and staff member with its at-risk and overdue counts; the
// deadline list, most overdue first, with the working days left; the
// correction notices and rejections to second-check; a period's figures by
// Beijing day; and the period's CSV report, export permission-checked and
// audited.
#include "HallSeed.h"
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "supervision/HallBoard.h"
#include "supervision/PeriodReport.h"
#include "sync/SyncStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const Actor supervisor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, u"TRAINING-HALL"_s);
const Actor windowStaff = Actor::fromRoleNames(u"staff.li"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, u"W01"_s);

BoardCount countOf(const QList<BoardCount> &counts, const QString &key)
{
    for (const BoardCount &count : counts) {
        if (count.key == key)
            return count;
    }
    return BoardCount{u"(missing)"_s};
}

BoardCount expected(const QString &key, qint64 open, qint64 waiting, qint64 inProcess, qint64 atRisk, qint64 overdue)
{
    return BoardCount{key, open, waiting, inProcess, atRisk, overdue};
}

} // namespace

class TestHallBoard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Profile profile(m_dir.path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("hall board tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(calendar);
        m_calendar = *calendar;
        m_hall = seedHall(*m_vault);
    }

    void hallDaysAreBeijingDays()
    {
        QCOMPARE(hallDay(utc(11, 24, 15, 59)), QDate(2026, 11, 24));
        QCOMPARE(hallDay(utc(11, 24, 16, 0)), QDate(2026, 11, 25));
    }

    void theQueueCountsOpenCasesEveryWay()
    {
        auto queue = board().queue(hallToday);
        QVERIFY2(queue, qPrintable(queue ? QString() : queue.error().message));
        QCOMPARE(queue->today, hallToday);
        // A B C D E F G L open; H I J K closed and not counted.
        QCOMPARE(queue->total, expected({}, 8, 2, 6, 2, 2));

        QCOMPARE(queue->byState.size(), HallBoard::openStates().size());
        QCOMPARE(queue->byState.at(0), expected(u"draft"_s, 1, 1, 0, 0, 0));
        QCOMPARE(countOf(queue->byState, u"pre_reviewed"_s), expected(u"pre_reviewed"_s, 0, 0, 0, 0, 0));
        QCOMPARE(countOf(queue->byState, u"correction_issued"_s), expected(u"correction_issued"_s, 1, 1, 0, 0, 0));
        QCOMPARE(countOf(queue->byState, u"accepted"_s), expected(u"accepted"_s, 4, 0, 4, 1, 1));
        QCOMPARE(countOf(queue->byState, u"in_progress"_s), expected(u"in_progress"_s, 2, 0, 2, 1, 1));

        QCOMPARE(queue->byCounter.size(), 3);
        QCOMPARE(countOf(queue->byCounter, u"W01"_s), expected(u"W01"_s, 4, 1, 3, 1, 1));
        QCOMPARE(countOf(queue->byCounter, u"W02"_s), expected(u"W02"_s, 3, 1, 2, 0, 1));
        QCOMPARE(countOf(queue->byCounter, u"W03"_s), expected(u"W03"_s, 1, 0, 1, 1, 0));
        QCOMPARE(countOf(queue->byStaff, u"staff.li"_s), expected(u"staff.li"_s, 4, 1, 3, 1, 1));
        QCOMPARE(countOf(queue->byStaff, u"staff.zhang"_s).open, 1);

        // Most open first: RS-002 has B D E F G L, GA-001 has A C.
        QCOMPARE(queue->byItem.size(), 2);
        QCOMPARE(queue->byItem.at(0), expected(u"RS-002"_s, 6, 2, 4, 1, 1));
        QCOMPARE(queue->byItem.at(1), expected(u"GA-001"_s, 2, 0, 2, 1, 1));
    }

    void aCaseIsAtRiskOnTheLastWorkingDayBeforeItsDate()
    {
        // On Saturday 28 November: C is overdue now, D (due Monday) at risk.
        auto queue = board().queue(QDate(2026, 11, 28));
        QVERIFY(queue);
        QCOMPARE(queue->total.overdue, 3);
        QCOMPARE(queue->total.atRisk, 1);
    }

    void aDayBeyondTheCalendarStillShowsTheHall()
    {
        // No notice for 2030 is loaded: the board falls back to weekdays.
        auto queue = board().queue(QDate(2030, 6, 3));
        QVERIFY2(queue, qPrintable(queue ? QString() : queue.error().message));
        QCOMPARE(queue->total.overdue, 6);
        QCOMPARE(queue->total.atRisk, 0);
        auto list = board().deadlines(QDate(2030, 6, 3), 10);
        QVERIFY(list);
        QCOMPARE(list->size(), 6);
        QCOMPARE(list->first().status, DeadlineStatus::Overdue);
    }

    void theDeadlineListPutsTheMostOverdueFirst()
    {
        auto list = board().deadlines(hallToday, 100);
        QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
        QStringList order;
        QList<int> left;
        QList<DeadlineStatus> statuses;
        for (const DeadlineCase &entry : *list) {
            order << entry.row.id;
            left << entry.workingDaysLeft;
            statuses << entry.status;
        }
        QCOMPARE(order,
                 (QStringList{m_hall.id('A'), m_hall.id('B'), m_hall.id('C'), m_hall.id('D'), m_hall.id('E'),
                              m_hall.id('L')}));
        QCOMPARE(left, (QList<int>{-5, -1, 0, 1, 9, 16}));
        QCOMPARE(statuses,
                 (QList<DeadlineStatus>{DeadlineStatus::Overdue, DeadlineStatus::Overdue, DeadlineStatus::AtRisk,
                                        DeadlineStatus::AtRisk, DeadlineStatus::OnTrack, DeadlineStatus::OnTrack}));
        QCOMPARE(list->first().row.counterId, u"W01"_s);
        QCOMPARE(list->first().row.dueDate, QDate(2026, 11, 20));

        // Filtered, and limited.
        auto w01 = board().deadlines(hallToday, 100, u"W01"_s);
        QVERIFY(w01);
        QCOMPARE(w01->size(), 3);
        auto wang = board().deadlines(hallToday, 100, {}, u"staff.wang"_s, u"RS-002"_s);
        QVERIFY(wang);
        QCOMPARE(wang->size(), 2);
        QCOMPARE(wang->first().row.id, m_hall.id('B'));
        auto two = board().deadlines(hallToday, 2);
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
    }

    void correctionNoticesAndRejectionsCanBeSecondChecked()
    {
        auto list = board().secondCheckCandidates(50);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        // Newest first: J rejected 11-26 16:30 UTC, G's notice 11-25 03:10 UTC.
        QCOMPARE(list->at(0).row.id, m_hall.id('J'));
        QCOMPARE(list->at(0).row.state, CaseState::Rejected);
        QCOMPARE(list->at(1).row.id, m_hall.id('G'));
        QVERIFY(!list->at(0).checked && !list->at(1).checked);
    }

    void aPeriodIsCountedByBeijingDay()
    {
        auto period = board().period(QDate(2026, 11, 23), hallToday);
        QVERIFY2(period, qPrintable(period ? QString() : period.error().message));
        QCOMPARE(period->days.size(), 5);
        const auto day = [&](int index) {
            return period->days.at(index);
        };
        QCOMPARE(day(0), (DayFigures{QDate(2026, 11, 23), 2, 2, 0, 0, 0}));
        QCOMPARE(day(1), (DayFigures{QDate(2026, 11, 24), 0, 0, 0, 0, 0}));
        QCOMPARE(day(2), (DayFigures{QDate(2026, 11, 25), 3, 1, 1, 1, 1}));
        QCOMPARE(day(3), (DayFigures{QDate(2026, 11, 26), 1, 1, 1, 1, 0}));
        QCOMPARE(day(4), (DayFigures{QDate(2026, 11, 27), 1, 0, 0, 1, 1}));
        QCOMPARE(period->total, (DayFigures{QDate(), 7, 4, 2, 3, 2}));
        QCOMPARE(*period->acceptanceRate(), 4.0 / 7.0);
        QCOMPARE(*period->correctionRate(), 2.0 / 7.0);
        QCOMPARE(*period->deadlineCompliance(), 2.0 / 3.0);

        // A day with nothing to divide by has no rate, not 0 %.
        auto quiet = board().period(QDate(2026, 11, 24), QDate(2026, 11, 24));
        QVERIFY(quiet);
        QVERIFY(!quiet->acceptanceRate());
        QCOMPARE(PeriodReport::percent(quiet->acceptanceRate()), u"—"_s);
    }

    void aBadPeriodIsRefusedWithAMessage()
    {
        auto backwards = board().period(hallToday, QDate(2026, 11, 1));
        QVERIFY(!backwards);
        QCOMPARE(backwards.error().code, ErrorCode::InvalidArgument);
        QVERIFY(backwards.error().message.contains(u"366"_s));
        QVERIFY(!board().period(QDate(2025, 1, 1), QDate(2026, 11, 27)));
    }

    void windowStaffMayNotReadTheBoardAndTheRefusalIsAudited()
    {
        const qint64 before = *m_vault->auditLog().count();
        const HallBoard guarded = board().guardedBy(m_vault->permissionGuard(windowStaff));
        auto queue = guarded.queue(hallToday);
        QVERIFY(!queue);
        QCOMPARE(queue.error().code, ErrorCode::PermissionDenied);
        auto records = m_vault->auditLog().records(before + 1, 10);
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().userId, u"staff.li"_s);
        QCOMPARE(records->first().result, AuditResult::Refused);
        QCOMPARE(records->first().object, u"hall-board:queue"_s);

        const HallBoard allowed = board().guardedBy(m_vault->permissionGuard(supervisor));
        QVERIFY(allowed.queue(hallToday));
        QVERIFY(allowed.period(QDate(2026, 11, 23), hallToday));
    }

    void theCsvReportOpensInExcelWithItsChinese()
    {
        auto period = board().period(QDate(2026, 11, 23), hallToday);
        auto queue = board().queue(hallToday);
        QVERIFY(period && queue);
        const PeriodReport report(*period, *queue);
        const QByteArray csv = report.csv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s);
        QCOMPARE(lines.at(0), u"Hall report,2026-11-23 to 2026-11-27"_s);
        QVERIFY(lines.at(1).startsWith(u"Date,Intake,Accepted,Acceptance rate,Correction notices"_s));
        QCOMPARE(lines.at(2), u"2026-11-23,2,2,100.0%,0,0.0%,0,0,—"_s);
        QCOMPARE(lines.at(4), u"2026-11-25,3,1,33.3%,1,33.3%,1,1,100.0%"_s);
        QCOMPARE(lines.at(7), u"Total,7,4,57.1%,2,28.6%,3,2,66.7%"_s);
        QVERIFY(lines.contains(u"accepted,4,0,4,1,1"_s));
        QVERIFY(lines.contains(u"Total,8,2,6,2,2"_s));

        // Chinese state titles (the UI passes its own) survive as UTF-8.
        const QByteArray chinese = report.csv(
            [](CaseState state) { return state == CaseState::Accepted ? u"已受理"_s : caseStateName(state); });
        QVERIFY(QString::fromUtf8(chinese).contains(u"已受理,4,0,4,1,1"_s));
    }

    void exportingIsPermissionCheckedAndAudited()
    {
        auto period = board().period(QDate(2026, 11, 23), hallToday);
        auto queue = board().queue(hallToday);
        QVERIFY(period && queue);
        const PeriodReport report(*period, *queue);
        QTemporaryDir out;
        const QString refusedPath = out.filePath(u"refused.csv"_s);
        const qint64 before = *m_vault->auditLog().count();

        auto refused = report.writeCsv(m_vault->permissionGuard(windowStaff), refusedPath);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!QFile::exists(refusedPath));

        const QString path = out.filePath(u"report.csv"_s);
        auto written = report.writeCsv(m_vault->permissionGuard(supervisor), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), report.csv());

        auto records = m_vault->auditLog().records(before + 1, 10);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(0).userId, u"staff.li"_s);
        QCOMPARE(records->at(0).action, QString(auditaction::exportData));
        QCOMPARE(records->at(0).result, AuditResult::Refused);
        QCOMPARE(records->at(1).userId, u"staff.zhao"_s);
        QCOMPARE(records->at(1).action, QString(auditaction::exportData));
        QCOMPARE(records->at(1).result, AuditResult::Succeeded);
        QCOMPARE(records->at(1).object, u"report:period:2026-11-23..2026-11-27"_s);
        QVERIFY(records->at(1).details.contains(u"\"csv\""_s));
    }

    void theBoardReadsIndexesOnly()
    {
        // The open queue is read from cases_state_list alone, never the table.
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT c.state, count(*) FROM cases c INDEXED BY cases_state_list "
                           "WHERE c.state IN ('draft', 'accepted') GROUP BY c.state, c.item_code, c.counter_id, "
                           "c.staff_id"_s));
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        QVERIFY2(plan.join(u' ').contains(u"COVERING INDEX cases_state_list"_s), qPrintable(plan.join(u"; "_s)));

        // A period's intake, acceptances and notices from cases_intake alone.
        QVERIFY(
            query.exec(u"EXPLAIN QUERY PLAN SELECT count(*), count(c.accepted_at), "
                       "sum(c.correction_notice_given) FROM cases c INDEXED BY cases_intake WHERE "
                       "c.created_at >= '2026-11-22T16:00:00.000Z' AND c.created_at < '2026-11-23T16:00:00.000Z'"_s));
        plan.clear();
        while (query.next())
            plan << query.value(3).toString();
        QVERIFY2(plan.join(u' ').contains(u"COVERING INDEX cases_intake"_s), qPrintable(plan.join(u"; "_s)));
    }

    // Last: it adds a case to the seeded hall. A case given a notice at
    // another counter and accepted since comes from the platform with the
    // fact, and the rate counts it; before migration 11 only the notices
    // recorded here were known, so it was missed.
    void aNoticeGivenAtAnotherCounterCounts()
    {
        const QDate from(2026, 11, 23);
        auto before = board().period(from, hallToday);
        QVERIFY(before);
        SyntheticCases synthetic(1127, u"TRAINING-HALL"_s);
        NewCase pulled = synthetic.next();
        Case &c = pulled.caseRecord;
        c.state = CaseState::Accepted;
        c.counterId = u"W03"_s;
        c.staffId = u"staff.zhang"_s;
        c.createdUtc = utc(11, 25, 6); // the 25th, Beijing time
        c.updatedUtc = c.acceptedUtc = utc(11, 26, 6);
        c.dueDate = QDate(2026, 12, 24);
        c.correctionNoticeGiven = true;
        SyncStore sync = m_vault->syncStore();
        QVERIFY(sync.applyChanges({{{1, {c, pulled.applicant}}}, 1, false}));

        auto after = board().period(from, hallToday);
        QVERIFY(after);
        QCOMPARE(after->total.intake, before->total.intake + 1);
        QCOMPARE(after->total.accepted, before->total.accepted + 1);
        QCOMPARE(after->total.corrected, before->total.corrected + 1);
        QCOMPARE(after->days.at(2).corrected, before->days.at(2).corrected + 1);

        // A later version that leaves the fact out (an older platform) does
        // not take the notice back.
        Case later = c;
        later.revision += 1;
        later.state = CaseState::InProgress;
        later.correctionNoticeGiven = false;
        QVERIFY(sync.applyChanges({{{2, {later, pulled.applicant}}}, 2, false}));
        QCOMPARE(board().period(from, hallToday)->total.corrected, before->total.corrected + 1);
    }

private:
    HallBoard board() const { return HallBoard(m_vault->database(), vaultErrors(), m_calendar); }
    SqlErrorMapper vaultErrors() const
    {
        const Vault *vault = m_vault.get();
        return [vault](const QSqlError &error, const QString &action) {
            return vault->errorFrom(error, action);
        };
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PassphraseKeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    WorkingDayCalendar m_calendar;
    SeededHall m_hall;
};

QTEST_GUILESS_MAIN(TestHallBoard)
#include "test_hall_board.moc"
