#pragma once

#include "Validation.h"

#include <QStringView>

namespace casedesk {

// Mainland postal codes: six digits whose first two stand for a province
// (01 to 86), never 000000. A first pair within 01-86 that no province uses
// is a Warning.
// Reasons: postal-code.empty, .format, .zero, .province; Warning:
// postal-code.unknown-province.
Validation validatePostalCode(QStringView input);

} // namespace casedesk
