#pragma once

#include "Validation.h"

#include <QDate>
#include <QStringView>

namespace casedesk {

struct DateOptions {
    // The day "future" and "past" are measured from; needed when either
    // bound is on. Today itself is neither.
    QDate today;
    bool notInFuture = false;
    bool notInPast = false;
};

// Dates written 2024-03-05, 2024/03/05, 2024.03.05 or 2024年3月5日 (month
// and day with or without a leading zero) that exist in the Gregorian
// calendar, optionally not after or not before options.today. Normalised to
// yyyy-MM-dd (GB/T 7408).
// Reasons: date.empty, .format, .calendar, .future, .past.
Validation validateDate(QStringView input, const DateOptions &options = {});

} // namespace casedesk
