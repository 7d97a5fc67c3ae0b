#include "FieldValueCheck.h"

#include "CitizenIdNumber.h"
#include "UnifiedSocialCreditCode.h"
#include "validators/BankCardNumber.h"
#include "validators/CalendarDate.h"
#include "validators/PhoneNumber.h"
#include "validators/PostalCode.h"
#include "validators/YuanAmount.h"

using namespace Qt::StringLiterals;

namespace casedesk {

Validation checkValue(FieldType type, const QString &value, QDate today)
{
    switch (type) {
    case FieldType::CitizenId: return validateCitizenId(value, today);
    case FieldType::CreditCode: return validateUnifiedSocialCreditCode(value);
    case FieldType::Mobile: return validateMobileNumber(value);
    case FieldType::Landline: return validateLandlineNumber(value);
    case FieldType::PostalCode: return validatePostalCode(value);
    case FieldType::BankCard: return validateBankCardNumber(value);
    case FieldType::Date: return validateDate(value);
    case FieldType::Amount: return validateYuanAmount(value);
    case FieldType::Text:
    case FieldType::Number:
    case FieldType::Choice:
    case FieldType::Boolean: break;
    }
    return Validation::valid(value.trimmed());
}

Validation checkFieldValue(const FieldDefinition &field, const QString &value, QDate today)
{
    switch (field.type) {
    case FieldType::Text:
        if (field.maxLength > 0 && value.size() > field.maxLength)
            return Validation::invalid(u"too-long"_s,
                                       validatorText(QT_TRANSLATE_NOOP("Validators", "longer than %1 characters"),
                                                     {QString::number(field.maxLength)}),
                                       validatorText(QT_TRANSLATE_NOOP("Validators", "Shorten it to %1 characters."),
                                                     {QString::number(field.maxLength)}));
        return Validation::valid(value);
    case FieldType::Number: {
        bool ok = false;
        value.toDouble(&ok);
        if (!ok)
            return Validation::invalid(u"number"_s, validatorText(QT_TRANSLATE_NOOP("Validators", "not a number")),
                                       validatorText(QT_TRANSLATE_NOOP("Validators", "Enter digits only.")));
        return Validation::valid(value);
    }
    case FieldType::Choice: {
        const bool listed = std::any_of(field.options.cbegin(), field.options.cend(),
                                        [&](const ChoiceOption &option) { return option.value == value; });
        if (!listed)
            return Validation::invalid(u"choice"_s,
                                       validatorText(QT_TRANSLATE_NOOP("Validators", "not one of the listed options")),
                                       validatorText(QT_TRANSLATE_NOOP("Validators", "Choose one of the options.")));
        return Validation::valid(value);
    }
    case FieldType::Boolean:
        if (value != u"true" && value != u"false")
            return Validation::invalid(u"boolean"_s,
                                       validatorText(QT_TRANSLATE_NOOP("Validators", "neither yes nor no")),
                                       validatorText(QT_TRANSLATE_NOOP("Validators", "Answer yes or no.")));
        return Validation::valid(value);
    default: return checkValue(field.type, value, today);
    }
}

std::optional<QDate> parseDateValue(const QString &value)
{
    const Validation date = validateDate(value);
    if (!date.isValid())
        return std::nullopt;
    const QDate parsed = QDate::fromString(date.normalized, Qt::ISODate);
    return parsed.isValid() ? std::optional<QDate>(parsed) : std::nullopt;
}

std::optional<int> ageFromCitizenId(const QString &value, QDate today)
{
    const Validation id = validateCitizenId(value, today);
    if (!id.isValid())
        return std::nullopt;
    const std::optional<CitizenIdFacts> facts = citizenIdFacts(id.normalized);
    if (!facts)
        return std::nullopt;
    return facts->ageOn(today);
}

} // namespace casedesk
