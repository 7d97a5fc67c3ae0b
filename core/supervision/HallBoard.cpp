#include "HallBoard.h"

#include "domain/CaseStateMachine.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr int beijingOffsetSeconds = 8 * 3600;

// The WHERE term of the cases_open_due index (migration 4), word for word:
// SQLite uses a partial index only for a query that repeats its term.
const QString openDueTerm = u"c.state IN ('accepted', 'in_progress')"_s;

// The first instant of a Beijing day, as the vault writes times (UTC text).
QString startOfHallDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, beijingOffsetSeconds).toUTC().toString(Qt::ISODateWithMs);
}

QString readingAction()
{
    return QCoreApplication::translate("HallBoard", "Reading the hall's board");
}

bool waitsForAcceptance(CaseState state)
{
    return state == CaseState::Draft || state == CaseState::PreReviewed || state == CaseState::CorrectionIssued
        || state == CaseState::Resubmitted;
}

void add(BoardCount &count, CaseState state, qint64 cases, qint64 atRisk, qint64 overdue)
{
    count.open += cases;
    (waitsForAcceptance(state) ? count.waiting : count.inProcess) += cases;
    count.atRisk += atRisk;
    count.overdue += overdue;
}

QList<BoardCount> listed(const QMap<QString, BoardCount> &counts)
{
    QList<BoardCount> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        BoardCount count = it.value();
        count.key = it.key();
        list.append(count);
    }
    return list;
}

} // namespace

QDate hallDay(const QDateTime &moment)
{
    return moment.toUTC().addSecs(beijingOffsetSeconds).date();
}

HallBoard::HallBoard(QSqlDatabase database, SqlErrorMapper mapError, WorkingDayCalendar calendar)
    : m_database(std::move(database)), m_mapError(std::move(mapError)), m_calendar(std::move(calendar))
{ }

HallBoard HallBoard::guardedBy(PermissionGuard guard) const
{
    HallBoard guarded = *this;
    guarded.m_guard = std::move(guard);
    return guarded;
}

QList<CaseState> HallBoard::openStates()
{
    return {CaseState::Draft,       CaseState::PreReviewed, CaseState::CorrectionIssued,
            CaseState::Resubmitted, CaseState::Accepted,    CaseState::InProgress};
}

Expected<void> HallBoard::checkAllowed(const QString &object) const
{
    if (!m_guard)
        return {};
    return m_guard->require(Permission::ViewHallCases, object);
}

Expected<BoardQueue> HallBoard::queue(QDate today) const
{
    if (auto allowed = checkAllowed(u"hall-board:queue"_s); !allowed)
        return allowed.error();
    // At risk: due today or on the next working day (Deadline::Status::AtRisk).
    const QDate riskDay = Deadline::lastAtRiskDay(&m_calendar, today);

    QStringList marks;
    for (qsizetype i = 0; i < openStates().size(); ++i)
        marks << u"?"_s;
    // One pass over the open states' entries of cases_state_list, which
    // holds every column read here: the table itself is not visited.
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.state, c.item_code, coalesce(c.counter_id, ''), coalesce(c.staff_id, ''), count(*), "
                  "sum(CASE WHEN c.due_date >= ? AND c.due_date <= ? THEN 1 ELSE 0 END), "
                  "sum(CASE WHEN c.due_date < ? THEN 1 ELSE 0 END) "
                  "FROM cases c INDEXED BY cases_state_list WHERE c.state IN (%1) "
                  "GROUP BY c.state, c.item_code, c.counter_id, c.staff_id"_s.arg(marks.join(u", "_s)));
    query.addBindValue(today.toString(Qt::ISODate));
    query.addBindValue(riskDay.toString(Qt::ISODate));
    query.addBindValue(today.toString(Qt::ISODate));
    for (CaseState state : openStates())
        query.addBindValue(caseStateName(state));
    if (!query.exec())
        return m_mapError(query.lastError(), readingAction());

    BoardQueue board;
    board.today = today;
    QMap<QString, BoardCount> byState, byItem, byCounter, byStaff;
    while (query.next()) {
        const auto state = caseStateFromName(query.value(0).toString());
        if (!state)
            continue;
        const qint64 cases = query.value(4).toLongLong();
        const qint64 atRisk = query.value(5).toLongLong();
        const qint64 overdue = query.value(6).toLongLong();
        add(board.total, *state, cases, atRisk, overdue);
        add(byState[caseStateName(*state)], *state, cases, atRisk, overdue);
        add(byItem[query.value(1).toString()], *state, cases, atRisk, overdue);
        add(byCounter[query.value(2).toString()], *state, cases, atRisk, overdue);
        add(byStaff[query.value(3).toString()], *state, cases, atRisk, overdue);
    }
    for (CaseState state : openStates()) {
        BoardCount count = byState.value(caseStateName(state));
        count.key = caseStateName(state);
        board.byState.append(count);
    }
    board.byItem = listed(byItem);
    std::stable_sort(board.byItem.begin(), board.byItem.end(),
                     [](const BoardCount &a, const BoardCount &b) { return a.open > b.open; });
    board.byCounter = listed(byCounter);
    board.byStaff = listed(byStaff);
    return board;
}

Expected<Deadline::Status> HallBoard::statusOf(QDate due, QDate today, int *left) const
{
    // Only the dates matter here: the deadline's start and length do not.
    const Deadline deadline{due, 0, due};
    auto days = deadline.workingDaysLeft(m_calendar, today);
    if (!days)
        return days.error();
    *left = *days;
    return deadline.status(m_calendar, today);
}

Expected<QList<DeadlineCase>> HallBoard::deadlines(QDate today, int limit, const QString &counterId,
                                                   const QString &staffId, const QString &itemCode) const
{
    if (auto allowed = checkAllowed(u"hall-board:deadlines"_s); !allowed)
        return allowed.error();
    QStringList terms{openDueTerm, u"c.due_date IS NOT NULL"_s};
    QVariantList values;
    const std::pair<QString, QString> filters[] = {
        {u"c.counter_id"_s, counterId}, {u"c.staff_id"_s, staffId}, {u"c.item_code"_s, itemCode}};
    for (const auto &[column, value] : filters) {
        if (!value.isEmpty()) {
            terms << column + u" = ?"_s;
            values << value;
        }
    }
    // The index's own order: no sorting, and the walk stops at the limit.
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.rowid FROM cases c INDEXED BY cases_open_due WHERE %1 "
                  "ORDER BY c.due_date, c.updated_at LIMIT ?"_s.arg(terms.join(u" AND "_s)));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec())
        return m_mapError(query.lastError(), readingAction());
    QList<qint64> rowIds;
    while (query.next())
        rowIds << query.value(0).toLongLong();
    query.finish();
    auto rows = this->rows(rowIds);
    if (!rows)
        return rows.error();

    QList<DeadlineCase> list;
    list.reserve(rows->size());
    for (const CaseRow &row : std::as_const(*rows)) {
        DeadlineCase entry{row, 0, DeadlineStatus::OnTrack};
        auto status = statusOf(row.dueDate, today, &entry.workingDaysLeft);
        if (!status) {
            // A date the calendar does not reach: by calendar days, so that
            // the case still shows where it belongs.
            entry.workingDaysLeft = int(today.daysTo(row.dueDate));
            entry.status = entry.workingDaysLeft < 0 ? DeadlineStatus::Overdue
                : entry.workingDaysLeft <= 1         ? DeadlineStatus::AtRisk
                                                     : DeadlineStatus::OnTrack;
        } else {
            entry.status = *status;
        }
        list.append(entry);
    }
    return list;
}

Expected<QList<SecondCheckCase>> HallBoard::secondCheckCandidates(int limit) const
{
    if (auto allowed = checkAllowed(u"hall-board:second-check"_s); !allowed)
        return allowed.error();
    // Each state newest first from cases_state_list, then merged: an IN
    // over two states would sort every entry of both.
    QList<std::pair<QString, qint64>> found;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    for (CaseState state : {CaseState::CorrectionIssued, CaseState::Rejected}) {
        query.prepare(u"SELECT c.updated_at, c.rowid FROM cases c INDEXED BY cases_state_list WHERE c.state = ? "
                      "ORDER BY c.updated_at DESC LIMIT ?"_s);
        query.addBindValue(caseStateName(state));
        query.addBindValue(limit);
        if (!query.exec())
            return m_mapError(query.lastError(), readingAction());
        while (query.next())
            found.append({query.value(0).toString(), query.value(1).toLongLong()});
    }
    query.finish();
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a > b; });
    if (found.size() > limit)
        found.resize(limit);
    QList<qint64> rowIds;
    for (const auto &entry : std::as_const(found))
        rowIds << entry.second;
    auto rows = this->rows(rowIds);
    if (!rows)
        return rows.error();

    QList<SecondCheckCase> list;
    query.prepare(u"SELECT 1 FROM case_events INDEXED BY case_events_kind_case WHERE kind = 'second_check' "
                  "AND case_id = ?"_s);
    for (const CaseRow &row : std::as_const(*rows)) {
        query.addBindValue(row.id);
        if (!query.exec())
            return m_mapError(query.lastError(), readingAction());
        list.append(SecondCheckCase{row, query.next()});
        query.finish();
    }
    return list;
}

Expected<PeriodFigures> HallBoard::period(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= maximumPeriodDays)
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("HallBoard",
                                                       "Choose a period of 1 to %1 days whose end is not before its "
                                                       "start.")
                               .arg(maximumPeriodDays));
    if (auto allowed = checkAllowed(u"hall-board:period"_s); !allowed)
        return allowed.error();

    PeriodFigures figures;
    figures.from = from;
    figures.to = to;
    // Day by day, each a range of an index counted by SQL: grouping by a
    // computed Beijing day made SQLite compute it for every row and sort.
    QSqlQuery intake(m_database);
    intake.setForwardOnly(true);
    // The day's intake, each case with whether it was accepted since and
    // whether it was ever given a correction notice, here or at another
    // counter: cases_intake alone (migration 11).
    intake.prepare(u"SELECT count(*), count(c.accepted_at), sum(c.correction_notice_given) "
                   "FROM cases c INDEXED BY cases_intake WHERE c.created_at >= ? AND c.created_at < ?"_s);
    // Cases concluded that day with a promised date: a final state is never
    // left, so its last change is when it was reached.
    QSqlQuery concluded(m_database);
    concluded.setForwardOnly(true);
    concluded.prepare(u"SELECT count(*), sum(CASE WHEN c.due_date >= ? THEN 1 ELSE 0 END) "
                      "FROM cases c INDEXED BY cases_state_list WHERE c.state IN ('completed', 'rejected') "
                      "AND c.updated_at >= ? AND c.updated_at < ? AND c.due_date IS NOT NULL"_s);
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        DayFigures figuresOfDay;
        figuresOfDay.day = day;
        const QString start = startOfHallDay(day);
        const QString end = startOfHallDay(day.addDays(1));
        intake.addBindValue(start);
        intake.addBindValue(end);
        if (!intake.exec())
            return m_mapError(intake.lastError(), readingAction());
        if (intake.next()) {
            figuresOfDay.intake = intake.value(0).toLongLong();
            figuresOfDay.accepted = intake.value(1).toLongLong();
            figuresOfDay.corrected = intake.value(2).toLongLong();
        }
        intake.finish();
        concluded.addBindValue(day.toString(Qt::ISODate));
        concluded.addBindValue(start);
        concluded.addBindValue(end);
        if (!concluded.exec())
            return m_mapError(concluded.lastError(), readingAction());
        if (concluded.next()) {
            figuresOfDay.concluded = concluded.value(0).toLongLong();
            figuresOfDay.concludedInTime = concluded.value(1).toLongLong();
        }
        concluded.finish();
        figures.days.append(figuresOfDay);
        figures.total.intake += figuresOfDay.intake;
        figures.total.accepted += figuresOfDay.accepted;
        figures.total.corrected += figuresOfDay.corrected;
        figures.total.concluded += figuresOfDay.concluded;
        figures.total.concludedInTime += figuresOfDay.concludedInTime;
    }
    return figures;
}

Expected<QList<CaseRow>> HallBoard::rows(const QList<qint64> &rowIds) const
{
    if (rowIds.isEmpty())
        return QList<CaseRow>();
    QStringList marks(rowIds.size(), u"?"_s);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.rowid, c.id, c.receipt_number, c.applicant_name, c.applicant_id_tail, "
                  "c.applicant_kind, c.item_code, c.state, c.counter_id, c.staff_id, c.created_at, c.updated_at, "
                  "c.due_date FROM cases c WHERE c.rowid IN (%1)"_s.arg(marks.join(u", "_s)));
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < rowIds.size(); ++i) {
        position.insert(rowIds.at(i), i);
        query.addBindValue(rowIds.at(i));
    }
    if (!query.exec())
        return m_mapError(query.lastError(), readingAction());
    QList<CaseRow> rows(rowIds.size());
    while (query.next()) {
        const qint64 rowId = query.value(0).toLongLong();
        rows[position.value(rowId)] = CaseRow{query.value(1).toString(),
                                              query.value(2).toString(),
                                              query.value(3).toString(),
                                              query.value(4).toString(),
                                              applicantKindFromName(query.value(5).toString()),
                                              query.value(6).toString(),
                                              caseStateFromName(query.value(7).toString()).value_or(CaseState::Draft),
                                              query.value(8).toString(),
                                              query.value(9).toString(),
                                              QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs),
                                              QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs),
                                              QDate::fromString(query.value(12).toString(), Qt::ISODate),
                                              rowId};
    }
    return rows;
}

} // namespace casedesk
