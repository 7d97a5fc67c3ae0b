#pragma once

#include "SyncStore.h"
#include "domain/calendar/CalendarYear.h"
#include "domain/calendar/WorkingDayCalendar.h"

#include <QByteArray>

namespace casedesk {

// One year's working-day calendar as the platform publishes it: checked
// whole, with the bytes it came in (kept as they are, so a later check can
// tell whether the platform changed it).
struct PublishedCalendar {
    CalendarYear year;
    QByteArray json;

    static Expected<PublishedCalendar> fromJson(const QByteArray &json, const QString &origin);
};

// The working-day calendars the platform published, kept in the vault: next
// year's holidays reach the counter as soon as the hall's IT publishes the
// State Council's notice on the platform, and stay known offline. They
// complete the calendars compiled into the program and, for the same year,
// replace them (a corrected notice).
class PublishedCalendars
{
public:
    explicit PublishedCalendars(SyncStore store);

    // Keeps a year's calendar; false when the vault held exactly it already.
    Expected<bool> keep(const PublishedCalendar &calendar);
    // The years kept, each checked again as it is read.
    Expected<QList<CalendarYear>> kept() const;
    // The bundled years, each replaced by a kept one of the same year.
    Expected<WorkingDayCalendar> calendar() const;

private:
    Expected<QList<int>> keptYears() const;

    SyncStore m_store;
};

} // namespace casedesk
