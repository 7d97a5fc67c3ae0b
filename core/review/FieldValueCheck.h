#pragma once

#include "catalogue/CatalogueModel.h"
#include "validators/Validation.h"

#include <QDate>

#include <optional>

// How pre-review reads one value: the standard check of a field's type, and
// the dates and ages that rules compare.
namespace casedesk {

// The check a field's type calls for, plus the field's own limits (choice
// options, maximum length).
Validation checkFieldValue(const FieldDefinition &field, const QString &value, QDate today);
// A standard validator by type (citizen-id, mobile, …); text passes.
Validation checkValue(FieldType type, const QString &value, QDate today);
// A date in any form the date validator accepts.
std::optional<QDate> parseDateValue(const QString &value);
// The age in full years on `today` of the holder of a valid citizen ID.
std::optional<int> ageFromCitizenId(const QString &value, QDate today);

} // namespace casedesk
