#pragma once

#include "common/LocalizedText.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casedesk {

// The notice a year's calendar was copied from, so that every date can be
// checked against the State Council's own text.
struct CalendarSource {
    QString title;
    QString documentNumber; // 国办发明电〔2024〕12号
    QDate issued;
    QString url;
};

// Days off in a row under one name (春节, 国庆节、中秋节); first and last included.
struct HolidayRange {
    LocalizedText name;
    QDate first;
    QDate last;
};

// A Saturday or Sunday worked in exchange for a bridging day off (调休上班).
struct MakeUpWorkday {
    QDate date;
    LocalizedText holiday; // the holiday it pays for
};

// One year's arrangement as published by the General Office of the State
// Council (国务院办公厅关于…年部分节假日安排的通知), read and checked by
// CalendarYearLoader.
struct CalendarYear {
    // A notice may open its New Year's Day arrangement in the last days of the
    // previous December: the 2019 notice (国办发明电〔2018〕15号) made 2018-12-29
    // a working day and 2018-12-30 a holiday; the 2023 notice (国办发明电〔2022〕16号)
    // started on 2022-12-31. So a year's file may reach back this far, and
    // that last week of a year is only known once the next year's notice is in.
    static constexpr int daysReachingBack = 7;

    int year = 0;
    QString origin; // the file it was read from, for messages
    CalendarSource source;
    QList<HolidayRange> holidays;
    QList<MakeUpWorkday> workdays;

    // The dates this year's notice may speak about.
    static QDate firstDate(int year) { return QDate(year, 1, 1).addDays(-daysReachingBack); }
    static QDate lastDate(int year) { return QDate(year, 12, 31); }
};

} // namespace casedesk
