#include "CalendarYearLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

const QString formatName = u"casedesk-working-day-calendar"_s;

// Fills in %1, %2, … in one pass, so that a file name holding "%2" stays
// as it is (QString::arg() chains would substitute into it).
QString substitute(const QString &text, const QStringList &args)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype index = i + 1 < text.size() ? text.at(i + 1).digitValue() : -1;
        if (text.at(i) == u'%' && index >= 1 && index <= args.size()) {
            result += args.at(index - 1);
            ++i;
        } else {
            result += text.at(i);
        }
    }
    return result;
}

// A file that cannot be used as it is; message is marked with QT_TRANSLATE_NOOP.
Error malformed(const char *message, const QStringList &args)
{
    return Error::make(ErrorCode::Corrupt, substitute(QCoreApplication::translate("Calendar", message), args));
}

// Dates are written YYYY-MM-DD and nothing else, so that a file reads the
// same to a person and to the program.
QDate parseDate(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text.at(i) < u'0' || text.at(i) > u'9') // ASCII only: QChar::isDigit() takes ٣ too
            return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

// Reads the date under key, or explains why it is not one.
Expected<QDate> dateAt(const QJsonObject &object, const QString &key, const QString &where, const QString &fileName)
{
    const QDate date = parseDate(object.value(key));
    if (!date.isValid()) {
        const QJsonValue raw = object.value(key);
        const QString shown = raw.isString() ? raw.toString() : raw.toVariant().toString();
        return malformed(QT_TRANSLATE_NOOP("Calendar", "%1: %2 is not a real date in the form YYYY-MM-DD: \"%3\"."),
                         {fileName, where, shown});
    }
    return date;
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && static_cast<double>(value.toInteger()) == value.toDouble();
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

Expected<CalendarSource> readSource(const QJsonObject &root, const QString &fileName)
{
    const QJsonObject object = root.value(u"source"_s).toObject();
    for (const QString &key : {u"title"_s, u"documentNumber"_s, u"issued"_s, u"url"_s}) {
        if (object.value(key).toString().trimmed().isEmpty())
            return malformed(QT_TRANSLATE_NOOP("Calendar",
                                               "%1: \"source.%2\" is missing; a calendar must cite the State "
                                               "Council notice it was taken from."),
                             {fileName, key});
    }
    const Expected<QDate> issued = dateAt(object, u"issued"_s, u"source.issued"_s, fileName);
    if (!issued)
        return issued.error();
    return CalendarSource{object.value(u"title"_s).toString(), object.value(u"documentNumber"_s).toString(), *issued,
                          object.value(u"url"_s).toString()};
}

Error outsideYear(const QString &fileName, QDate date, const QString &name, int year)
{
    return malformed(QT_TRANSLATE_NOOP("Calendar",
                                       "%1: %2 (%3) lies outside %4; a calendar for %4 holds that year's dates and "
                                       "may reach back only into the last week of %5."),
                     {fileName, date.toString(Qt::ISODate), name, QString::number(year), QString::number(year - 1)});
}

bool withinYear(QDate date, int year)
{
    return date >= CalendarYear::firstDate(year) && date <= CalendarYear::lastDate(year);
}

// Fills year.holidays; holidayDays maps each day off to its holiday's name.
Expected<void> readHolidays(const QJsonObject &root, const QString &fileName, CalendarYear &year,
                            QHash<QDate, QString> &holidayDays)
{
    const QJsonArray holidays = root.value(u"holidays"_s).toArray();
    // An empty list would count every weekday as a working day: exactly the
    // silent mistake the calendar is there to prevent.
    if (holidays.isEmpty())
        return malformed(QT_TRANSLATE_NOOP("Calendar",
                                           "%1: \"holidays\" must list the year's holidays; a calendar without any "
                                           "would count every weekday as a working day."),
                         {fileName});
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QJsonObject entry = holidays.at(i).toObject();
        const QString where = u"holidays[%1]"_s.arg(i);
        const LocalizedText name = LocalizedText::fromJson(entry.value(u"name"_s));
        if (!entry.value(u"name"_s).isObject() || name.zh.trimmed().isEmpty() || name.en.trimmed().isEmpty())
            return malformed(QT_TRANSLATE_NOOP("Calendar", "%1: %2 needs a name in Chinese and in English."),
                             {fileName, where});
        const Expected<QDate> first = dateAt(entry, u"first"_s, where + u".first"_s, fileName);
        if (!first)
            return first.error();
        const Expected<QDate> last = dateAt(entry, u"last"_s, where + u".last"_s, fileName);
        if (!last)
            return last.error();
        if (*last < *first)
            return malformed(QT_TRANSLATE_NOOP("Calendar", "%1: %2 ends on %3, before it starts on %4."),
                             {fileName, name.zh, last->toString(Qt::ISODate), first->toString(Qt::ISODate)});
        for (QDate day : {*first, *last}) {
            if (!withinYear(day, year.year))
                return outsideYear(fileName, day, name.zh, year.year);
        }
        for (QDate day = *first; day <= *last; day = day.addDays(1)) {
            if (holidayDays.contains(day))
                return malformed(QT_TRANSLATE_NOOP("Calendar", "%1: %2 is listed in two holidays, %3 and %4."),
                                 {fileName, day.toString(Qt::ISODate), holidayDays.value(day), name.zh});
            holidayDays.insert(day, name.zh);
        }
        year.holidays.append(HolidayRange{name, *first, *last});
    }
    return {};
}

Expected<void> readWorkdays(const QJsonObject &root, const QString &fileName, CalendarYear &year,
                            const QHash<QDate, QString> &holidayDays)
{
    const QJsonValue value = root.value(u"workdays"_s);
    if (!value.isArray())
        return malformed(QT_TRANSLATE_NOOP("Calendar",
                                           "%1: \"workdays\" must list the make-up working days (an empty list if "
                                           "the notice has none)."),
                         {fileName});
    QHash<QString, LocalizedText> holidayNames;
    for (const HolidayRange &holiday : std::as_const(year.holidays))
        holidayNames.insert(holiday.name.zh, holiday.name);
    QSet<QDate> seen;
    const QJsonArray workdays = value.toArray();
    for (qsizetype i = 0; i < workdays.size(); ++i) {
        const QJsonObject entry = workdays.at(i).toObject();
        const Expected<QDate> date = dateAt(entry, u"date"_s, u"workdays[%1].date"_s.arg(i), fileName);
        if (!date)
            return date.error();
        const QString day = date->toString(Qt::ISODate);
        const QString forHoliday = entry.value(u"for"_s).toString();
        if (!holidayNames.contains(forHoliday))
            return malformed(QT_TRANSLATE_NOOP("Calendar",
                                               "%1: make-up working day %2 is for \"%3\", which is not one of the "
                                               "holidays in the file."),
                             {fileName, day, forHoliday});
        if (!withinYear(*date, year.year))
            return outsideYear(fileName, *date, forHoliday, year.year);
        if (holidayDays.contains(*date))
            return malformed(
                QT_TRANSLATE_NOOP("Calendar", "%1: %2 is listed both as a holiday (%3) and as a make-up working day."),
                {fileName, day, holidayDays.value(*date)});
        // Monday to Friday are working days anyway; a make-up day there is a typo.
        if (!isWeekend(*date))
            return malformed(QT_TRANSLATE_NOOP("Calendar",
                                               "%1: make-up working day %2 is a weekday; only a Saturday or a Sunday "
                                               "can be made a working day."),
                             {fileName, day});
        if (seen.contains(*date))
            return malformed(QT_TRANSLATE_NOOP("Calendar", "%1: make-up working day %2 is listed twice."),
                             {fileName, day});
        seen.insert(*date);
        year.workdays.append(MakeUpWorkday{*date, holidayNames.value(forHoliday)});
    }
    return {};
}

} // namespace

Expected<CalendarYear> CalendarYearLoader::fromJson(const QByteArray &json, const QString &fileName)
{
    if (json.size() > maximumSize)
        return malformed(QT_TRANSLATE_NOOP("Calendar",
                                           "The calendar file %1 is too large (%2 bytes); a year's calendar is a few "
                                           "kilobytes."),
                         {fileName, QString::number(json.size())});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QT_TRANSLATE_NOOP("Calendar", "The calendar file %1 is not valid JSON: %2 at byte %3."),
                         {fileName, parseError.errorString(), QString::number(parseError.offset)});
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != formatName)
        return malformed(
            QT_TRANSLATE_NOOP("Calendar", "%1 is not a CaseDesk working-day calendar (\"format\" must be \"%2\")."),
            {fileName, formatName});
    const QJsonValue version = root.value(u"formatVersion"_s);
    if (!isWholeNumber(version) || version.toInteger() < 1)
        return malformed(QT_TRANSLATE_NOOP("Calendar", "%1: \"formatVersion\" must be a whole number from 1."),
                         {fileName});
    if (version.toInteger() > formatVersion)
        return malformed(QT_TRANSLATE_NOOP("Calendar",
                                           "%1 uses calendar format version %2, but this CaseDesk reads only version "
                                           "%3; update CaseDesk."),
                         {fileName, QString::number(version.toInteger()), QString::number(formatVersion)});
    const QJsonValue yearValue = root.value(u"year"_s);
    if (!isWholeNumber(yearValue) || yearValue.toInteger() < 1949 || yearValue.toInteger() > 9999)
        return malformed(QT_TRANSLATE_NOOP("Calendar", "%1: \"year\" must be a year such as 2026."), {fileName});

    CalendarYear year;
    year.year = static_cast<int>(yearValue.toInteger());
    year.origin = fileName;
    Expected<CalendarSource> source = readSource(root, fileName);
    if (!source)
        return source.error();
    year.source = std::move(*source);
    QHash<QDate, QString> holidayDays;
    if (const Expected<void> read = readHolidays(root, fileName, year, holidayDays); !read)
        return read.error();
    if (const Expected<void> read = readWorkdays(root, fileName, year, holidayDays); !read)
        return read.error();
    return year;
}

Expected<CalendarYear> CalendarYearLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("Calendar", "Cannot read the calendar file %1: %2")
                               .arg(path, file.errorString()));
    // One byte more than allowed is enough to tell a file that is too large.
    return fromJson(file.read(maximumSize + 1), path);
}

Expected<QList<CalendarYear>> CalendarYearLoader::bundled()
{
    const QDir directory(u":/calendars"_s);
    QList<CalendarYear> years;
    for (const QString &name : directory.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        Expected<CalendarYear> year = fromFile(directory.filePath(name));
        if (!year)
            return year.error();
        years.append(std::move(*year));
    }
    return years;
}

} // namespace casedesk
