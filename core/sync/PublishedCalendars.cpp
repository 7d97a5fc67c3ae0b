#include "PublishedCalendars.h"

#include "domain/calendar/CalendarYearLoader.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

const QString yearsKey = u"calendar.years"_s;

QString yearKey(int year)
{
    return u"calendar.%1"_s.arg(year);
}

} // namespace

Expected<PublishedCalendar> PublishedCalendar::fromJson(const QByteArray &json, const QString &origin)
{
    if (json.size() > CalendarYearLoader::maximumSize)
        return Error::make(ErrorCode::Corrupt, u"%1 is larger than a calendar can be"_s.arg(origin));
    auto year = CalendarYearLoader::fromJson(json, origin);
    if (!year)
        return year.error();
    return PublishedCalendar{std::move(year).value(), json};
}

PublishedCalendars::PublishedCalendars(SyncStore store) : m_store(std::move(store))
{ }

Expected<QList<int>> PublishedCalendars::keptYears() const
{
    auto listed = m_store.setting(yearsKey);
    if (!listed)
        return listed.error();
    QList<int> years;
    for (const QString &entry : listed->split(u',', Qt::SkipEmptyParts)) {
        bool numeric = false;
        const int year = entry.toInt(&numeric);
        if (numeric)
            years << year;
    }
    return years;
}

Expected<bool> PublishedCalendars::keep(const PublishedCalendar &calendar)
{
    const int year = calendar.year.year;
    auto previous = m_store.setting(yearKey(year));
    if (!previous)
        return previous.error();
    const QString json = QString::fromUtf8(calendar.json);
    const bool changed = *previous != json;
    if (changed) {
        if (auto stored = m_store.setSetting(yearKey(year), json); !stored)
            return stored.error();
    }
    // Listed after it is stored: a crash between the two leaves a year the
    // next check lists, never a listed year without its calendar.
    auto years = keptYears();
    if (!years)
        return years.error();
    if (!years->contains(year)) {
        years->append(year);
        std::sort(years->begin(), years->end());
        QStringList names;
        for (int kept : std::as_const(*years))
            names << QString::number(kept);
        if (auto listed = m_store.setSetting(yearsKey, names.join(u',')); !listed)
            return listed.error();
        return true;
    }
    return changed;
}

Expected<QList<CalendarYear>> PublishedCalendars::kept() const
{
    auto years = keptYears();
    if (!years)
        return years.error();
    QList<CalendarYear> calendars;
    for (int year : std::as_const(*years)) {
        auto json = m_store.setting(yearKey(year));
        if (!json)
            return json.error();
        auto calendar = CalendarYearLoader::fromJson(json->toUtf8(), u"vault:"_s + yearKey(year));
        if (!calendar)
            return calendar.error();
        calendars << std::move(calendar).value();
    }
    return calendars;
}

Expected<WorkingDayCalendar> PublishedCalendars::calendar() const
{
    auto bundled = CalendarYearLoader::bundled();
    if (!bundled)
        return bundled.error();
    auto published = kept();
    if (!published)
        return published.error();
    QMap<int, CalendarYear> years;
    for (const CalendarYear &year : std::as_const(*bundled))
        years.insert(year.year, year);
    for (const CalendarYear &year : std::as_const(*published))
        years.insert(year.year, year);
    return WorkingDayCalendar::fromYears(years.values());
}

} // namespace casedesk
