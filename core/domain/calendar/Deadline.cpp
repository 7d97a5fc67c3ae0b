#include "Deadline.h"

namespace casedesk {

Expected<Deadline> Deadline::promise(const WorkingDayCalendar &calendar, QDate accepted, int workingDays)
{
    const Expected<QDate> due = calendar.addWorkingDays(accepted, workingDays);
    if (!due)
        return due.error();
    return Deadline{accepted, workingDays, *due};
}

Expected<int> Deadline::workingDaysLeft(const WorkingDayCalendar &calendar, QDate today) const
{
    return calendar.workingDaysBetween(today, due);
}

Expected<Deadline::Status> Deadline::status(const WorkingDayCalendar &calendar, QDate today) const
{
    // Decided by the date alone: past the due date is overdue even before
    // another working day has gone by.
    if (today > due)
        return Status::Overdue;
    const Expected<int> left = workingDaysLeft(calendar, today);
    if (!left)
        return left.error();
    return *left <= 1 ? Status::AtRisk : Status::OnTrack;
}

QDate Deadline::lastAtRiskDay(const WorkingDayCalendar *calendar, QDate today)
{
    if (calendar) {
        if (const Expected<QDate> workingDay = calendar->addWorkingDays(today, 1))
            return *workingDay;
    }
    return today.addDays(today.dayOfWeek() >= Qt::Friday ? 8 - today.dayOfWeek() : 1);
}

} // namespace casedesk
