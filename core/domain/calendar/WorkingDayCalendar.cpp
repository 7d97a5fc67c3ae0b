#include "WorkingDayCalendar.h"
#include "CalendarYearLoader.h"

#include <QCoreApplication>

#include <utility>

namespace casedesk {

Expected<WorkingDayCalendar> WorkingDayCalendar::fromYears(const QList<CalendarYear> &years)
{
    WorkingDayCalendar calendar;
    for (const CalendarYear &year : years) {
        if (const CalendarYear *other = calendar.year(year.year))
            return Error::make(ErrorCode::Corrupt,
                               QCoreApplication::translate("Calendar", "%1 and %2 both hold the calendar for %3.")
                                   .arg(other->origin, year.origin, QString::number(year.year)));
        auto list = [&](QDate day, DayKind kind, const LocalizedText &holiday) -> Expected<void> {
            // Neighbouring notices meet in late December; they must not both
            // speak about the same day.
            if (const auto found = calendar.m_listed.constFind(day); found != calendar.m_listed.cend())
                return Error::make(ErrorCode::Corrupt,
                                   QCoreApplication::translate("Calendar", "%1 and %2 both list %3.")
                                       .arg(found->origin, year.origin, day.toString(Qt::ISODate)));
            calendar.m_listed.insert(day, ListedDay{kind, holiday, year.origin});
            return {};
        };
        for (const HolidayRange &holiday : year.holidays) {
            for (QDate day = holiday.first; day <= holiday.last; day = day.addDays(1)) {
                if (const Expected<void> listed = list(day, DayKind::Holiday, holiday.name); !listed)
                    return listed.error();
            }
        }
        for (const MakeUpWorkday &workday : year.workdays) {
            if (const Expected<void> listed = list(workday.date, DayKind::MakeUpWorkday, workday.holiday); !listed)
                return listed.error();
        }
        calendar.m_years.insert(year.year, year);
    }
    return calendar;
}

Expected<WorkingDayCalendar> WorkingDayCalendar::fromFiles(const QStringList &paths)
{
    QList<CalendarYear> years;
    for (const QString &path : paths) {
        Expected<CalendarYear> year = CalendarYearLoader::fromFile(path);
        if (!year)
            return year.error();
        years.append(std::move(*year));
    }
    return fromYears(years);
}

Expected<WorkingDayCalendar> WorkingDayCalendar::bundled()
{
    const Expected<QList<CalendarYear>> years = CalendarYearLoader::bundled();
    if (!years)
        return years.error();
    return fromYears(*years);
}

const CalendarYear *WorkingDayCalendar::year(int year) const
{
    const auto found = m_years.constFind(year);
    return found == m_years.cend() ? nullptr : &found.value();
}

bool WorkingDayCalendar::covers(QDate date) const
{
    if (!date.isValid() || !m_years.contains(date.year()))
        return false;
    return date < CalendarYear::firstDate(date.year() + 1) || m_years.contains(date.year() + 1);
}

WorkingDayCalendar::DayKind WorkingDayCalendar::dayKind(QDate date) const
{
    if (!covers(date))
        return DayKind::NotCovered;
    if (const auto found = m_listed.constFind(date); found != m_listed.cend())
        return found->kind;
    const bool weekend = date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
    return weekend ? DayKind::Weekend : DayKind::Workday;
}

bool WorkingDayCalendar::isWorkingDay(QDate date) const
{
    const DayKind kind = dayKind(date);
    return kind == DayKind::Workday || kind == DayKind::MakeUpWorkday;
}

LocalizedText WorkingDayCalendar::holidayName(QDate date) const
{
    return m_listed.value(date).holiday;
}

Expected<QDate> WorkingDayCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("Calendar", "No date was given to count working days from."));
    if (n < 0)
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Calendar", "A time limit cannot be a negative number of working days (%1).")
                .arg(n));
    QDate day = from;
    // Ends: every step either counts a working day or moves towards the
    // first uncovered date, and the covered years are finite.
    for (int remaining = n; remaining > 0;) {
        day = day.addDays(1);
        if (!covers(day))
            return notCovered(day);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

Expected<int> WorkingDayCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("Calendar", "No date was given to count working days from."));
    if (to < from) {
        const Expected<int> forward = workingDaysBetween(to, from);
        if (!forward)
            return forward.error();
        return -*forward;
    }
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (!covers(day))
            return notCovered(day);
        if (isWorkingDay(day))
            ++count;
    }
    return count;
}

Error WorkingDayCalendar::notCovered(QDate date) const
{
    // In the last week of December the missing notice may be next year's.
    const int missing = m_years.contains(date.year()) ? date.year() + 1 : date.year();
    return Error::make(ErrorCode::InvalidArgument,
                       QCoreApplication::translate("Calendar",
                                                   "The working-day calendar does not cover %1: the State Council's "
                                                   "holiday arrangements for %2 are not loaded.")
                           .arg(date.toString(Qt::ISODate), QString::number(missing)));
}

} // namespace casedesk
