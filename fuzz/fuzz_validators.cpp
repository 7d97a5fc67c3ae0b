// The validators of core/review, which read whatever a clerk types or an
// application form carries: citizen ID numbers, unified social credit codes,
// mobile and landline numbers, postal codes, bank cards, dates and amounts.
// Each reads the input as UTF-8 (typed or imported text) and as UTF-16 (what
// a QString may hold, lone surrogates included). Besides not crashing, every
// verdict must be consistent, and an accepted value's normal form must be
// accepted again as itself.
#include "FuzzTarget.h"
#include "catalogue/CatalogueModel.h"
#include "review/CitizenIdNumber.h"
#include "review/FieldValueCheck.h"
#include "review/UnifiedSocialCreditCode.h"
#include "review/validators/BankCardNumber.h"
#include "review/validators/CalendarDate.h"
#include "review/validators/PhoneNumber.h"
#include "review/validators/PostalCode.h"
#include "review/validators/YuanAmount.h"

#include <QDate>
#include <QString>

#include <cstring>
#include <functional>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

// A fixed day, so that a crash reproduces on any date.
const QDate today(2026, 11, 28);

void expectConsistent(const Validation &result)
{
    if (result.verdict == Validation::Verdict::Valid) {
        CASEDESK_FUZZ_EXPECT(result.reason.isEmpty() && result.message.isEmpty());
    } else {
        CASEDESK_FUZZ_EXPECT(!result.reason.isEmpty() && !result.message.zh.isEmpty() && !result.message.en.isEmpty());
    }
    if (result.verdict == Validation::Verdict::Invalid)
        CASEDESK_FUZZ_EXPECT(result.normalized.isEmpty());
}

// A normal form is what is stored and printed; read again it must stay itself.
void expectStable(const std::function<Validation(QStringView)> &validate, const QString &input)
{
    const Validation result = validate(input);
    expectConsistent(result);
    if (!result.isValid())
        return;
    // Each validator refuses an empty value.
    CASEDESK_FUZZ_EXPECT(!result.normalized.isEmpty());
    const Validation again = validate(result.normalized);
    CASEDESK_FUZZ_EXPECT(again.isValid() && again.normalized == result.normalized);
}

void validate(const QString &input)
{
    (void)canonicalInput(input);

    expectStable([](QStringView value) { return validateCitizenId(value, today); }, input);
    const Validation id = validateCitizenId(input, today);
    if (id.isValid()) {
        const std::optional<CitizenIdFacts> facts = citizenIdFacts(id.normalized);
        CASEDESK_FUZZ_EXPECT(facts && facts->birthDate.isValid() && facts->birthDate <= today);
        CASEDESK_FUZZ_EXPECT(facts->ageOn(today) >= 0 && facts->ageOn(facts->birthDate.addDays(-1)) == -1);
    }
    (void)citizenIdFacts(input);
    (void)CitizenIdNumber::checkCharacter(input);

    expectStable(validateUnifiedSocialCreditCode, input);
    (void)UnifiedSocialCreditCode::checkCharacter(input);
    (void)UnifiedSocialCreditCode::organisationCheckCharacter(input);

    expectStable(validateMobileNumber, input);
    expectStable(validateLandlineNumber, input);
    expectStable(validatePostalCode, input);
    expectStable(validateBankCardNumber, input);

    expectStable([](QStringView value) { return validateDate(value); }, input);
    for (const bool notInFuture : {false, true}) {
        const DateOptions options{today, notInFuture, !notInFuture};
        const Validation date = validateDate(input, options);
        expectConsistent(date);
        if (date.isValid()) {
            const QDate parsed = QDate::fromString(date.normalized, Qt::ISODate);
            CASEDESK_FUZZ_EXPECT(parsed.isValid() && (notInFuture ? parsed <= today : parsed >= today));
        }
    }

    // Normalised to fen, so not stable under a second reading as yuan.
    const Validation amount = validateYuanAmount(input);
    expectConsistent(amount);
    if (amount.isValid()) {
        bool number = false;
        const qulonglong fen = amount.normalized.toULongLong(&number);
        CASEDESK_FUZZ_EXPECT(number && fen <= 100'000'000'000'000ULL);
    }

    // What pre-review calls for each field type.
    for (FieldType type : {FieldType::Text, FieldType::Number, FieldType::Date, FieldType::Amount, FieldType::Choice,
                           FieldType::Boolean, FieldType::CitizenId, FieldType::CreditCode, FieldType::Mobile,
                           FieldType::Landline, FieldType::PostalCode, FieldType::BankCard}) {
        expectConsistent(checkValue(type, input, today));
        FieldDefinition field;
        field.type = type;
        field.maxLength = 20;
        field.options = {{u"a"_s, {}}};
        expectConsistent(checkFieldValue(field, input, today));
    }
    if (const std::optional<QDate> date = parseDateValue(input))
        CASEDESK_FUZZ_EXPECT(date->isValid());
    if (const std::optional<int> age = ageFromCitizenId(input, today))
        CASEDESK_FUZZ_EXPECT(*age >= 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::input(data, size);
    validate(QString::fromUtf8(bytes));
    QString utf16(bytes.size() / 2, Qt::Uninitialized);
    std::memcpy(utf16.data(), bytes.constData(), size_t(utf16.size()) * sizeof(char16_t));
    validate(utf16);
    return 0;
}
