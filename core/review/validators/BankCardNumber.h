#pragma once

#include "Validation.h"

#include <QStringView>

namespace casedesk {

// Bank card numbers (ISO/IEC 7812): 16 to 19 digits, spaces or hyphens
// between groups allowed, the last digit a Luhn check digit. Normalised to
// the digits.
// Reasons: bank-card.empty, .characters, .length, .check-digit.
Validation validateBankCardNumber(QStringView input);

} // namespace casedesk
