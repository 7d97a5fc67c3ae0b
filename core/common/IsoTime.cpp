#include "IsoTime.h"

namespace casedesk {

namespace {

struct CivilDate {
    qint64 year;
    int month;
    int day;
};

// The proleptic Gregorian date of a day counted from 1970-01-01, by eras of
// 400 years (146,097 days) that start on 1 March, so that a leap day falls at
// an era year's end.
CivilDate civilDate(qint64 daysSinceEpoch)
{
    constexpr qint64 daysFromEraStartToEpoch = 719468; // 0000-03-01 to 1970-01-01
    constexpr qint64 daysPerEra = 146097;
    const qint64 days = daysSinceEpoch + daysFromEraStartToEpoch;
    const qint64 era = (days >= 0 ? days : days - (daysPerEra - 1)) / daysPerEra;
    const qint64 dayOfEra = days - era * daysPerEra;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

char16_t *writeDigits(char16_t *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

QString isoUtcText(const QDateTime &when)
{
    constexpr qint64 msecsPerDay = 86400000;
    const qint64 msecs = when.toMSecsSinceEpoch();
    qint64 days = msecs / msecsPerDay;
    qint64 msecsOfDay = msecs % msecsPerDay;
    if (msecsOfDay < 0) {
        msecsOfDay += msecsPerDay;
        --days;
    }
    const CivilDate date = civilDate(days);
    if (date.year < 1000 || date.year > 9999)
        return when.toUTC().toString(Qt::ISODateWithMs);

    char16_t text[24];
    char16_t *out = writeDigits(text, date.year, 4);
    *out++ = u'-';
    out = writeDigits(out, date.month, 2);
    *out++ = u'-';
    out = writeDigits(out, date.day, 2);
    *out++ = u'T';
    out = writeDigits(out, msecsOfDay / 3600000, 2);
    *out++ = u':';
    out = writeDigits(out, msecsOfDay / 60000 % 60, 2);
    *out++ = u':';
    out = writeDigits(out, msecsOfDay / 1000 % 60, 2);
    *out++ = u'.';
    out = writeDigits(out, msecsOfDay % 1000, 3);
    *out = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

} // namespace casedesk
