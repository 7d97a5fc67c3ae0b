#pragma once

#include "Validation.h"

#include <QStringView>

namespace casedesk {

// Amounts of money in yuan as written at the counter: digits with at most
// two decimals, thousands separators (1,234.56), ¥ in front and 元 or 元整
// behind all optional; never negative, at most 10^12 yuan. Normalised to
// the whole number of fen (分) as decimal text: "¥1,234.5" -> "123450".
// Reasons: amount.empty, .negative, .format, .decimals, .too-large.
Validation validateYuanAmount(QStringView input);

} // namespace casedesk
