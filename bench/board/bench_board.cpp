// Supervisor board benchmark (issue 6, point 9): the refresh of the
// supervisor desk over a hall of 1,000,000 cases in the encrypted cache —
// the open queue by state, item, counter and staff member; the 500 cases
// nearest to or past their promised date; the 200 correction notices and
// rejections to second-check; a period's figures by day — through the real
// Vault (QSQLCIPHER) and HallBoard, as SupervisorDesk::refresh() calls them.
//
//   bench_board [--vault DIR] [--cases N] [--runs R] [--period DAYS] [--explain]
//
// The hall: N cases over the N/1000 days before "today" (Friday 27 November
// 2026), a thousand a day, 40 staff members at 20 counters, 10 service items.
// Each case is concluded 1 to 21 days after it was taken in (promised date:
// 20 days), so the cases of the last three weeks are partly open and the
// older ones closed (completed 93 %, rejected 7 %; 1 in 20 withdrawn
// instead); one in ten had a correction notice first. The vault in DIR is
// generated on the first run (minutes) and reused. Prints Markdown tables
// for docs/performance.md. Target: a refresh under 200 ms.
#include "../caselist/BenchVault.h"

#include "common/TimeOrderedId.h"
#include "supervision/HallBoard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::bench;

namespace {

const QDate today(2026, 11, 27);
const QDateTime todayNoonUtc(today, QTime(4, 0), Qt::UTC); // 12:00 in Beijing
constexpr int casesPerDay = 1000;
constexpr int batchSize = 5000;

template<typename T>
T orDie(Expected<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

void orDie(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        qFatal("%s: %s", what, qPrintable(query.lastError().text()));
}

double millisecondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Timings {
    QString label;
    QList<double> ms;

    double percentile(double p) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = qsizetype(std::ceil(p * double(sorted.size())));
        return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
    }
    double max() const { return *std::max_element(ms.cbegin(), ms.cend()); }
};

qint64 caseCount(const Vault &vault)
{
    QSqlQuery query(vault.database());
    query.exec(u"SELECT count(*) FROM cases"_s);
    return query.next() ? query.value(0).toLongLong() : 0;
}

// Fills the hall in the order a hall would have written it: oldest first.
// Plain SQL rather than CaseStore::insertNew (which also writes a case event
// and an outbox op per case): the board reads neither, and the fill takes
// half the time.
void fill(Vault &vault, qint64 cases, quint32 seed)
{
    const qint64 present = caseCount(vault);
    if (present >= cases)
        return;
    if (present > 0)
        qFatal("the bench vault holds %lld of %lld cases: remove it and run again", present, cases);
    QSqlDatabase db = vault.database();
    QSqlQuery(db).exec(u"PRAGMA cache_size = -262144"_s);
    QRandomGenerator random(seed);
    const QStringList items{u"GA-001"_s, u"GA-002"_s, u"RS-001"_s, u"RS-002"_s, u"SC-001"_s,
                            u"SC-002"_s, u"MZ-001"_s, u"JY-001"_s, u"WS-001"_s, u"ZJ-001"_s};
    const QString surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"_s;
    const qint64 days = (cases + casesPerDay - 1) / casesPerDay;
    const QDateTime first(today.addDays(-days), QTime(0, 0), Qt::UTC);
    const qint64 spanSeconds = days * 86400 + 4 * 3600; // up to noon today in Beijing

    QSqlQuery applicant(db), caseRow(db), event(db);
    applicant.prepare(u"INSERT INTO applicants (id, kind, name, id_number, id_tail, created_at, updated_at) "
                      "VALUES (?, 'person', ?, ?, ?, ?, ?)"_s);
    caseRow.prepare(u"INSERT INTO cases (id, receipt_number, applicant_id, item_code, state, hall_id, counter_id, "
                    "staff_id, created_at, updated_at, accepted_at, due_date, revision, applicant_name, "
                    "applicant_id_tail, correction_notice_given) "
                    "VALUES (?, ?, ?, ?, ?, 'BENCH-HALL', ?, ?, ?, ?, ?, ?, 2, ?, ?, ?)"_s);
    event.prepare(u"INSERT INTO case_events (case_id, kind, from_state, to_state, actor, at, reason) "
                  "VALUES (?, 'issue_correction', 'pre_reviewed', 'correction_issued', ?, ?, 'bench')"_s);
    const QVariant none(QMetaType(QMetaType::QString));
    QElapsedTimer timer;
    timer.start();
    std::fprintf(stderr, "filling the bench vault with %lld cases\n", cases);
    for (qint64 i = 0; i < cases; i += batchSize) {
        db.transaction();
        for (qint64 j = i; j < std::min(cases, i + batchSize); ++j) {
            // Evenly over the period, so that rowid order is time order.
            const QDateTime created = first.addSecs(j * spanSeconds / cases);
            const QString applicantId = newTimeOrderedId();
            const QString caseId = newTimeOrderedId();
            const QString name = QString(surnames.at(random.bounded(int(surnames.size())))) + u"样例"_s;
            const QString tail = u"%1"_s.arg(random.bounded(10000u), 4, 10, QChar(u'0'));
            const QString createdText = created.toString(Qt::ISODateWithMs);
            applicant.addBindValue(applicantId);
            applicant.addBindValue(name);
            applicant.addBindValue(u"11010119900101"_s + tail);
            applicant.addBindValue(tail);
            applicant.addBindValue(createdText);
            applicant.addBindValue(createdText);
            orDie(applicant, "writing an applicant");

            const int staff = int(random.bounded(40u));
            const bool corrected = random.bounded(10u) == 0;
            const bool withdrawn = random.bounded(20u) == 0;
            const QDateTime decided = created.addSecs(600 + (corrected ? 2 * 86400 : 0));
            const QDateTime concluded =
                decided.addSecs(qint64(random.bounded(1u, 22u)) * 86400 + qint64(random.bounded(8u * 3600)));
            const QDate due = hallDay(decided).addDays(20);
            QString state;
            QDateTime updated = created;
            bool accepted = false;
            if (withdrawn && concluded < todayNoonUtc) {
                state = u"withdrawn"_s;
                updated = concluded;
            } else if (decided > todayNoonUtc) {
                state = corrected ? u"correction_issued"_s : (random.bounded(2u) ? u"pre_reviewed"_s : u"draft"_s);
            } else if (concluded < todayNoonUtc) {
                state = random.bounded(100u) < 93 ? u"completed"_s : u"rejected"_s;
                updated = concluded;
                accepted = true;
            } else {
                state = decided.secsTo(todayNoonUtc) < 86400 ? u"accepted"_s : u"in_progress"_s;
                updated = decided;
                accepted = true;
            }
            caseRow.addBindValue(caseId);
            caseRow.addBindValue(accepted ? QVariant(u"BH-%1"_s.arg(j, 8, 10, QChar(u'0'))) : none);
            caseRow.addBindValue(applicantId);
            caseRow.addBindValue(items.at(int(random.bounded(quint32(items.size())))));
            caseRow.addBindValue(state);
            caseRow.addBindValue(u"W%1"_s.arg(staff / 2 + 1, 2, 10, QChar(u'0')));
            caseRow.addBindValue(u"staff.%1"_s.arg(staff + 1, 2, 10, QChar(u'0')));
            caseRow.addBindValue(createdText);
            caseRow.addBindValue(updated.toString(Qt::ISODateWithMs));
            caseRow.addBindValue(accepted ? QVariant(decided.toString(Qt::ISODateWithMs)) : none);
            caseRow.addBindValue(accepted ? QVariant(due.toString(Qt::ISODate)) : none);
            caseRow.addBindValue(name);
            caseRow.addBindValue(tail);
            caseRow.addBindValue(corrected ? 1 : 0);
            orDie(caseRow, "writing a case");
            if (corrected) {
                event.addBindValue(caseId);
                event.addBindValue(u"staff.%1"_s.arg(staff + 1, 2, 10, QChar(u'0')));
                event.addBindValue(created.addSecs(300).toString(Qt::ISODateWithMs));
                orDie(event, "writing a correction notice");
            }
        }
        if (!db.commit())
            qFatal("filling the bench vault: %s", qPrintable(db.lastError().text()));
        if ((i + batchSize) % 100000 == 0)
            std::fprintf(stderr, "  %lld cases (%.0f cases/s)\n", i + batchSize,
                         double(i + batchSize) / (double(timer.elapsed()) / 1000.0 + 1e-9));
    }
    QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    std::fprintf(stderr, "filled in %.0f s\n", double(timer.elapsed()) / 1000.0);
}

struct Refresh {
    double queue = 0, deadlines = 0, secondChecks = 0, period = 0, total = 0;
    BoardQueue board;
    int deadlineRows = 0;
    PeriodFigures figures;
};

// What SupervisorDesk::refresh() reads.
Refresh refresh(const HallBoard &board, int periodDays)
{
    Refresh r;
    QElapsedTimer all, step;
    all.start();
    step.start();
    r.board = orDie(board.queue(today), "the queue");
    r.queue = millisecondsSince(step);
    step.restart();
    r.deadlineRows = int(orDie(board.deadlines(today, 500), "the deadlines").size());
    r.deadlines = millisecondsSince(step);
    step.restart();
    orDie(board.secondCheckCandidates(200), "the second checks");
    r.secondChecks = millisecondsSince(step);
    step.restart();
    r.figures = orDie(board.period(today.addDays(-(periodDays - 1)), today), "the period");
    r.period = millisecondsSince(step);
    r.total = millisecondsSince(all);
    return r;
}

void printPlan(const Vault &vault, const QString &sql)
{
    QSqlQuery query(vault.database());
    query.exec(u"EXPLAIN QUERY PLAN "_s + sql);
    QStringList steps;
    while (query.next())
        steps << query.value(3).toString();
    std::printf("- `%s`\n  %s\n", qPrintable(sql.left(90)), qPrintable(steps.join(u"; "_s)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption vaultOption(u"vault"_s, u"The bench vault's profile directory."_s, u"DIR"_s,
                                         u"/var/tmp/casedesk-bench-board"_s);
    const QCommandLineOption casesOption(u"cases"_s, u"Cases in the hall."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Warm refreshes measured."_s, u"R"_s, u"20"_s);
    const QCommandLineOption periodOption(u"period"_s, u"Days of the period's figures."_s, u"DAYS"_s, u"30"_s);
    const QCommandLineOption explainOption(u"explain"_s, u"Print the query plans."_s);
    parser.addOptions({vaultOption, casesOption, runsOption, periodOption, explainOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 cases = parser.value(casesOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int periodDays = std::clamp(parser.value(periodOption).toInt(), 1, HallBoard::maximumPeriodDays);

    BenchVault bench(parser.value(vaultOption));
    bench.ensureCases(0, 1); // creates the profile, unseals its key
    {
        auto vault = bench.open();
        fill(*vault, cases, 20261127);
    }
    const WorkingDayCalendar calendar = orDie(WorkingDayCalendar::bundled(), "the calendar");
    const auto errorsOf = [](const Vault *vault) {
        return [vault](const QSqlError &error, const QString &action) {
            return vault->errorFrom(error, action);
        };
    };

    Timings cold{u"cold: open, refresh"_s, {}}, warm{u"warm: refresh"_s, {}};
    Timings queue{u"of which the queue (open cases by state, item, counter, staff)"_s, {}};
    Timings deadlines{u"of which the 500 nearest deadlines"_s, {}};
    Timings checks{u"of which the 200 notices and rejections to second-check"_s, {}};
    Timings period{u"of which the period's figures (%1 days)"_s.arg(periodDays), {}};
    Timings coldOpen{u"of which opening the vault"_s, {}};
    Timings coldQueue{u"of which the queue"_s, {}};
    Timings coldDeadlines{u"of which the deadlines"_s, {}};
    Timings coldChecks{u"of which the second checks"_s, {}};
    Timings coldPeriod{u"of which the period's figures"_s, {}};
    Refresh last;
    for (int i = 0; i < 5; ++i) {
        bench.evictFromPageCache();
        QElapsedTimer timer;
        timer.start();
        auto vault = bench.open();
        coldOpen.ms << millisecondsSince(timer);
        const HallBoard board(vault->database(), errorsOf(vault.get()), calendar);
        const Refresh first = refresh(board, periodDays);
        cold.ms << millisecondsSince(timer);
        coldQueue.ms << first.queue;
        coldDeadlines.ms << first.deadlines;
        coldChecks.ms << first.secondChecks;
        coldPeriod.ms << first.period;
    }
    auto vault = bench.open();
    const HallBoard board(vault->database(), errorsOf(vault.get()), calendar);
    refresh(board, periodDays); // the page cache warms
    for (int i = 0; i < runs; ++i) {
        last = refresh(board, periodDays);
        warm.ms << last.total;
        queue.ms << last.queue;
        deadlines.ms << last.deadlines;
        checks.ms << last.secondChecks;
        period.ms << last.period;
    }

    std::printf("Hall of %lld cases, %lld open (%lld at risk, %lld overdue); period %d days: intake %lld, "
                "acceptance %.1f %%, corrections %.1f %%, deadline compliance %.1f %%. %s, Qt %s, %s.\n\n",
                caseCount(*vault), last.board.total.open, last.board.total.atRisk, last.board.total.overdue, periodDays,
                last.figures.total.intake, last.figures.acceptanceRate().value_or(0) * 100,
                last.figures.correctionRate().value_or(0) * 100, last.figures.deadlineCompliance().value_or(0) * 100,
                qPrintable(QSysInfo::prettyProductName()), qVersion(), qPrintable(vault->cipherVersion()));
    std::printf("| what | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n");
    for (const Timings *t : {&cold, &coldOpen, &coldQueue, &coldDeadlines, &coldChecks, &coldPeriod, &warm, &queue,
                             &deadlines, &checks, &period})
        std::printf("| %s | %.1f | %.1f | %.1f |\n", qPrintable(t->label), t->percentile(0.5), t->percentile(0.95),
                    t->max());
    if (parser.isSet(explainOption)) {
        std::printf("\nQuery plans:\n\n");
        printPlan(*vault,
                  u"SELECT c.state, count(*) FROM cases c INDEXED BY cases_state_list WHERE c.state IN "
                  "('draft', 'accepted') GROUP BY c.state, c.item_code, c.counter_id, c.staff_id"_s);
        printPlan(*vault,
                  u"SELECT c.rowid FROM cases c INDEXED BY cases_open_due WHERE c.state IN ('accepted', "
                  "'in_progress') AND c.due_date IS NOT NULL ORDER BY c.due_date, c.updated_at LIMIT 500"_s);
        printPlan(*vault,
                  u"SELECT count(*), count(c.accepted_at), sum(c.correction_notice_given) FROM cases c "
                  "INDEXED BY cases_intake WHERE c.created_at >= '2026-11-25T16:00:00.000Z' AND "
                  "c.created_at < '2026-11-26T16:00:00.000Z'"_s);
        printPlan(*vault,
                  u"SELECT count(*), sum(CASE WHEN c.due_date >= '2026-11-26' THEN 1 ELSE 0 END) FROM cases c "
                  "INDEXED BY cases_state_list WHERE c.state IN ('completed', 'rejected') AND c.updated_at >= "
                  "'2026-11-25T16:00:00.000Z' AND c.updated_at < '2026-11-26T16:00:00.000Z' AND c.due_date IS NOT "
                  "NULL"_s);
    }
    return 0;
}
