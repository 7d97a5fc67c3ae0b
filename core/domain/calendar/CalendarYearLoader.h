#pragma once

#include "CalendarYear.h"
#include "common/Expected.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

// Reads one year's working-day calendar (format: resources/calendars/README.md)
// and checks all of it before anything is used: every date real and within
// the year (or the last week of the previous one), make-up working days on a
// Saturday or Sunday, no day both a holiday and a working day, the notice
// cited. A file that fails any check is refused with the file and the problem
// named — never a crash, never half a calendar. A later platform update
// supplies the next year's file in the same format.
class CalendarYearLoader
{
public:
    static constexpr int formatVersion = 1;
    // A year's calendar is a few kilobytes; anything far larger is not one.
    static constexpr qint64 maximumSize = 1024 * 1024;

    static Expected<CalendarYear> fromJson(const QByteArray &json, const QString &fileName);
    static Expected<CalendarYear> fromFile(const QString &path);
    // The years compiled into the program (resources/calendars/), oldest first.
    static Expected<QList<CalendarYear>> bundled();
};

} // namespace casedesk
