#pragma once

#include "Validation.h"

#include <QStringView>

namespace casedesk {

// Mainland mobile numbers: 11 digits starting 13 to 19, written with or
// without +86, 0086 or 86 in front and with spaces, hyphens or parentheses
// anywhere. Normalised to the 11 digits.
// Reasons: mobile.empty, .characters, .country-code, .length, .prefix.
Validation validateMobileNumber(QStringView input);

// Mainland landline numbers: an area code (010, 02x or 0xxx) and a local
// number of 7 or 8 digits, separated by a hyphen, a space, parentheses or
// nothing, optionally with +86 in front (the area code then loses its 0) and
// an extension after 转, 分机, ext or a last hyphen. Normalised to
// "0AA-NNNNNNNN", with "-EEE" for an extension.
// Reasons: landline.empty, .characters, .extension, .is-mobile, .area-code,
// .local-number.
Validation validateLandlineNumber(QStringView input);

} // namespace casedesk
