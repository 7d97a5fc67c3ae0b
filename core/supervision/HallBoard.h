#pragma once

#include "common/Expected.h"
#include "domain/CaseState.h"
#include "domain/calendar/Deadline.h"
#include "security/Permissions.h"
#include "storage/CaseQuery.h"
#include "storage/StorageError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The hall's day in Beijing time (UTC+8, no daylight saving), whatever the
// counter PC's time zone: what "today" and "a day" mean on the board.
QDate hallDay(const QDateTime &moment);

// Open cases counted one way (a state, a service item, a counter, a staff
// member), with how many of them are past or near their promised date.
struct BoardCount {
    QString key; // the state's name, the item code, the counter or staff id ("" when none)
    qint64 open = 0;
    qint64 waiting = 0; // not accepted yet: draft, pre-reviewed, correction issued, resubmitted
    qint64 inProcess = 0; // accepted or in progress
    qint64 atRisk = 0; // at most one working day left (Deadline::Status::AtRisk)
    qint64 overdue = 0;

    bool operator==(const BoardCount &) const = default;
};

// The queue at one moment: every open case, counted by state, item,
// counter and staff member.
struct BoardQueue {
    QDate today;
    BoardCount total;
    QList<BoardCount> byState; // the open states in life-cycle order, each listed even at 0
    QList<BoardCount> byItem; // most open first
    QList<BoardCount> byCounter; // by counter id
    QList<BoardCount> byStaff; // by staff id
};

// One case on the deadline list, with the working days it has left.
struct DeadlineCase {
    CaseRow row;
    int workingDaysLeft = 0; // negative once overdue
    DeadlineStatus status = DeadlineStatus::OnTrack;
};

// A correction notice or a rejection a supervisor may second-check (复核).
struct SecondCheckCase {
    CaseRow row;
    bool checked = false; // a second check is on record
};

// A day of a period, counted in Beijing time.
struct DayFigures {
    QDate day;
    qint64 intake = 0; // cases taken in (created) that day
    qint64 accepted = 0; // of those, accepted since (受理)
    qint64 corrected = 0; // of those, ever given a one-time correction notice (一次性告知)
    qint64 concluded = 0; // cases completed or rejected that day that had a promised date
    qint64 concludedInTime = 0; // of those, on or before the promised date

    bool operator==(const DayFigures &) const = default;
};

// A period's figures, day by day and in total. The rates are fractions
// (0 to 1), or none when there is nothing to divide by: acceptance, the
// share of the period's intake accepted since; correction notices, the
// share of the intake ever given a one-time correction notice (一次性告知率),
// at any counter of the hall; deadline compliance, the share of cases concluded
// (completed or rejected) with a promised date that were concluded on or
// before it.
struct PeriodFigures {
    QDate from;
    QDate to; // inclusive
    QList<DayFigures> days; // every day of the period, in order
    DayFigures total; // day is invalid

    static std::optional<double> rate(qint64 part, qint64 whole)
    {
        return whole > 0 ? std::optional(double(part) / double(whole)) : std::nullopt;
    }
    std::optional<double> acceptanceRate() const { return rate(total.accepted, total.intake); }
    std::optional<double> correctionRate() const { return rate(total.corrected, total.intake); }
    std::optional<double> deadlineCompliance() const { return rate(total.concludedInTime, total.concluded); }
};

// The supervisor's board over the local cache: the hall's queue, the cases
// nearest to (or past) their promised date first, the correction notices
// and rejections to second-check, and a period's figures for the charts.
//
// Each read is one or two index scans (migrations 4, 8 and 11), so the board is
// quick at a million cases: the queue reads the open cases' entries in
// cases_state_list only, the deadline list walks cases_open_due from the
// earliest date, and a period reads its own days from cases_intake and
// cases_state_list. Closed cases are never visited, except in a period's
// figures, for the days asked. Working days come from the calendar.
//
// Guarded, every read needs the permission to view the whole hall's cases.
class HallBoard
{
public:
    HallBoard(QSqlDatabase database, SqlErrorMapper mapError, WorkingDayCalendar calendar);

    HallBoard guardedBy(PermissionGuard guard) const;

    // The open states, in life-cycle order.
    static QList<CaseState> openStates();

    Expected<BoardQueue> queue(QDate today) const;
    // Accepted and in-progress cases by promised date, earliest (most
    // overdue) first; filters by counter, staff member or item when given.
    Expected<QList<DeadlineCase>> deadlines(QDate today, int limit, const QString &counterId = {},
                                            const QString &staffId = {}, const QString &itemCode = {}) const;
    // Correction notices still open and rejections, newest first.
    Expected<QList<SecondCheckCase>> secondCheckCandidates(int limit) const;
    // from..to inclusive; refused when to is before from or the period is
    // longer than maximumPeriodDays.
    Expected<PeriodFigures> period(QDate from, QDate to) const;

    static constexpr int maximumPeriodDays = 366;

private:
    Expected<void> checkAllowed(const QString &object) const;
    Expected<QList<CaseRow>> rows(const QList<qint64> &rowIds) const;
    Expected<Deadline::Status> statusOf(QDate due, QDate today, int *left) const;

    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
    WorkingDayCalendar m_calendar;
    std::optional<PermissionGuard> m_guard;
};

} // namespace casedesk
