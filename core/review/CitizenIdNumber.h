#pragma once

#include <QChar>
#include <QStringView>

namespace casedesk {

// GB 11643-1999 citizen identity numbers: 6-digit region (GB/T 2260),
// 8-digit birth date, 3-digit sequence (odd for men), check character.
namespace CitizenIdNumber {

// The ISO 7064 MOD 11-2 check character for the first 17 digits, or a null
// QChar when they are not 17 digits.
QChar checkCharacter(QStringView first17);

} // namespace CitizenIdNumber

} // namespace casedesk
