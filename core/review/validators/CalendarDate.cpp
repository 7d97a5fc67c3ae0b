#include "CalendarDate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casedesk {

Validation validateDate(QStringView input, const DateOptions &options)
{
    Q_ASSERT(options.today.isValid() || (!options.notInFuture && !options.notInPast));
    const QString text = canonicalInput(input);
    if (text.isEmpty()) {
        return Validation::invalid(u"date.empty"_s,
                                   validatorText(QT_TRANSLATE_NOOP("Validators", "No date was entered.")),
                                   validatorText(QT_TRANSLATE_NOOP("Validators", "Enter the date, e.g. 2024-03-05.")));
    }
    // One separator used twice, or the Chinese 年 月 日.
    static const QRegularExpression separated(u"^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})$"_s);
    static const QRegularExpression chinese(u"^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$"_s);
    int year = 0;
    int month = 0;
    int day = 0;
    if (const QRegularExpressionMatch match = separated.match(text); match.hasMatch()) {
        year = match.captured(1).toInt();
        month = match.captured(3).toInt();
        day = match.captured(4).toInt();
    } else if (const QRegularExpressionMatch zh = chinese.match(text); zh.hasMatch()) {
        year = zh.captured(1).toInt();
        month = zh.captured(2).toInt();
        day = zh.captured(3).toInt();
    } else {
        return Validation::invalid(
            u"date.format"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "\"%1\" is not a date in a recognised form."), {text}),
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "Write the date as 2024-03-05, 2024/03/05 or 2024年3月5日.")));
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return Validation::invalid(
            u"date.calendar"_s, validatorText(QT_TRANSLATE_NOOP("Validators", "The date %1 does not exist."), {text}),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "Check the month and the day: February has 29 days only in leap "
                                            "years.")));
    }
    const QString isoToday = options.today.toString(Qt::ISODate);
    const QString iso = date.toString(Qt::ISODate);
    if (options.notInFuture && date > options.today) {
        return Validation::invalid(
            u"date.future"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "The date %1 is after today, %2."), {iso, isoToday}),
            validatorText(QT_TRANSLATE_NOOP("Validators", "This date cannot be in the future; check the year.")));
    }
    if (options.notInPast && date < options.today) {
        return Validation::invalid(
            u"date.past"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "The date %1 is before today, %2."), {iso, isoToday}),
            validatorText(QT_TRANSLATE_NOOP("Validators", "This date cannot be in the past; check the year.")));
    }
    return Validation::valid(iso);
}

} // namespace casedesk
