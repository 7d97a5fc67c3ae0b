#pragma once

#include "CalendarYear.h"
#include "common/Expected.h"

#include <QHash>
#include <QMap>
#include <QMetaType>
#include <QStringList>

namespace casedesk {

// The official working days: Monday to Friday unless the State Council's
// notice makes them holidays, Saturday and Sunday only when it makes them
// make-up working days (调休上班).
//
// Coverage. The calendar knows only the years whose notices it holds. A date
// is covered when its year's notice is loaded and — for the last week of
// December, which the next year's New Year's Day arrangement may claim (see
// CalendarYear::daysReachingBack) — the next year's notice too. Nothing is
// guessed for a date that is not covered:
//   - covers() and dayKind() (DayKind::NotCovered) say so;
//   - isWorkingDay() answers false, never "working";
//   - addWorkingDays() and workingDaysBetween(), which walk a range the caller
//     cannot check in advance, return an Error naming the first uncovered
//     date and the year whose notice is missing.
class WorkingDayCalendar
{
    Q_GADGET
public:
    enum class DayKind {
        NotCovered, // no notice loaded for it: unknown
        Workday, // Monday to Friday, not a holiday
        MakeUpWorkday, // a Saturday or Sunday worked under the notice
        Weekend, // Saturday or Sunday, not worked
        Holiday, // a day off under the notice, whatever the weekday
    };
    Q_ENUM(DayKind)

    // Covers nothing.
    WorkingDayCalendar() = default;

    // Several years' notices; refused when two hold the same year or
    // disagree about a day.
    static Expected<WorkingDayCalendar> fromYears(const QList<CalendarYear> &years);
    static Expected<WorkingDayCalendar> fromFiles(const QStringList &paths);
    // The years compiled into the program (resources/calendars/).
    static Expected<WorkingDayCalendar> bundled();

    QList<int> years() const { return m_years.keys(); }
    // The notice for a year, or nullptr.
    const CalendarYear *year(int year) const;

    bool covers(QDate date) const;
    DayKind dayKind(QDate date) const;
    // True for Workday and MakeUpWorkday; false for anything else, including
    // a date not covered.
    bool isWorkingDay(QDate date) const;
    // The holiday a day off or a make-up working day belongs to; empty otherwise.
    LocalizedText holidayName(QDate date) const;

    // The n-th working day after from (from itself never counts, whatever it
    // is); from for n == 0. n < 0 is refused: time limits count forward.
    Expected<QDate> addWorkingDays(QDate from, int n) const;
    // The working days d with from < d <= to; minus the working days in
    // (to, from] when to is earlier. So workingDaysBetween(a, addWorkingDays(a, n)) == n.
    Expected<int> workingDaysBetween(QDate from, QDate to) const;

private:
    struct ListedDay {
        DayKind kind = DayKind::Holiday;
        LocalizedText holiday;
        QString origin;
    };

    Error notCovered(QDate date) const;

    QMap<int, CalendarYear> m_years;
    QHash<QDate, ListedDay> m_listed;
};

} // namespace casedesk
