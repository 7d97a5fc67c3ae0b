#pragma once

#include "WorkingDayCalendar.h"

#include <QDate>
#include <QMetaType>

namespace casedesk {

// A promised (承诺) or legal (法定) time limit of a number of working days,
// counted on the official calendar. Dates only: the time of acceptance never
// matters, and callers pass "today" (from a Clock), so that nothing here reads
// the system time.
//
// Definitions:
//   - Counting starts on the first working day after the day of acceptance;
//     the day of acceptance itself never counts, whatever time the case was
//     accepted and whether or not that day is a working day.
//   - due: the workingDays-th working day after acceptance. A limit of 0
//     (即办件, done on the spot) is due on the day of acceptance.
//   - workingDaysLeft(today): the working days d with today < d <= due. On the
//     due date it is 0; once overdue it is negative, minus the working days
//     that have passed since the due date (a Saturday right after a Friday due
//     date still counts 0: no working day has passed yet).
//   - Overdue: today is later than the due date. The whole due date is still
//     in time.
//   - AtRisk: not overdue and at most one working day left — today is the due
//     date, or the due date is the first working day after today. This holds on
//     weekends and holidays too (on the Saturday before a Monday due date, and
//     across the whole Spring Festival before a due date on the first day back),
//     so that a case never turns from AtRisk back to OnTrack as days pass.
//   - OnTrack: anything earlier.
struct Deadline {
    Q_GADGET
public:
    enum class Status { OnTrack, AtRisk, Overdue };
    Q_ENUM(Status)

    QDate accepted;
    int workingDays = 0;
    QDate due;

    // The deadline of a case accepted on accepted with a limit of workingDays.
    // Refused for a negative limit or when the calendar does not reach the due date.
    static Expected<Deadline> promise(const WorkingDayCalendar &calendar, QDate accepted, int workingDays);

    // Refused when the calendar does not cover the days between today and due.
    Expected<int> workingDaysLeft(const WorkingDayCalendar &calendar, QDate today) const;
    Expected<Status> status(const WorkingDayCalendar &calendar, QDate today) const;

    // The latest due date that is AtRisk on today: the next working day.
    // Beyond the calendar's years (or with none), the next weekday, so that
    // lists and the board still show the hall's urgent cases.
    static QDate lastAtRiskDay(const WorkingDayCalendar *calendar, QDate today);

    bool operator==(const Deadline &) const = default;
};

using DeadlineStatus = Deadline::Status;

} // namespace casedesk
