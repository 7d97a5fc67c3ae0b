#pragma once

#include "review/validators/Validation.h"

#include <QChar>
#include <QStringView>

namespace casedesk {

// GB 32100-2015 unified social credit codes: registration authority,
// organisation type, 6-digit region, 9-character organisation code
// (GB 11714), check character. The alphabet leaves out I, O, Z, S and V.
namespace UnifiedSocialCreditCode {

inline constexpr char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Value of a character in the code's alphabet, or -1.
int characterValue(QChar c);
// The check character for the first 17 characters, or a null QChar.
QChar checkCharacter(QStringView first17);
// The GB 11714 check character of an 8-character organisation code body.
QChar organisationCheckCharacter(QStringView first8);

} // namespace UnifiedSocialCreditCode

// Checks a unified social credit code as typed: 18 characters of the code's
// alphabet (lower case accepted), a registration authority and an
// organisation type from the standard's table, six digits of region code and
// the check character. An organisation code (characters 9-17) failing its
// GB 11714 check is a Warning. Normalised to upper case.
// Reasons: credit-code.empty, .length, .characters, .authority,
// .organisation-type, .region, .check-character; Warning:
// credit-code.organisation-code.
Validation validateUnifiedSocialCreditCode(QStringView input);

} // namespace casedesk
