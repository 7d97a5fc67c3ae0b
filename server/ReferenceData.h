#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace casedesk {

// What the platform publishes as it is: the service catalogue and the
// working-day calendars, each checked by core's loader before it is served
// and tagged for conditional GETs.
class ReferenceData
{
public:
    struct Published {
        QByteArray bytes;
        QByteArray etag; // quoted, as it goes into the header
    };

    // catalogueFile empty: the catalogue compiled into the program. The
    // calendars compiled into the program, then calendarFiles: a file for a
    // year already known replaces it (a corrected notice).
    static Expected<ReferenceData> load(const QString &catalogueFile, const QStringList &calendarFiles = {});

    const Published &catalogue() const { return m_catalogue; }
    // nullptr for a year the platform does not know.
    const Published *calendar(int year) const;

private:
    Published m_catalogue;
    QMap<int, Published> m_calendars;
};

} // namespace casedesk
