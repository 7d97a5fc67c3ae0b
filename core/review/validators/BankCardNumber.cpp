#include "BankCardNumber.h"

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// ISO/IEC 7812-1 annex B (Luhn): from the right, every second digit is
// doubled and its digits summed; the total including the check digit is a
// multiple of 10.
bool passesLuhn(QStringView digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int value = digits.at(i).unicode() - u'0';
        if (doubled) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

} // namespace

Validation validateBankCardNumber(QStringView input)
{
    const QString text = canonicalInput(input);
    if (text.isEmpty()) {
        return Validation::invalid(
            u"bank-card.empty"_s, validatorText(QT_TRANSLATE_NOOP("Validators", "No bank card number was entered.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Enter the number printed on the bank card.")));
    }
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if (c != u' ' && c != u'-') {
            return Validation::invalid(
                u"bank-card.characters"_s,
                validatorText(
                    QT_TRANSLATE_NOOP("Validators", "A bank card number holds only digits, spaces and hyphens.")),
                validatorText(QT_TRANSLATE_NOOP("Validators", "Remove the letters and other symbols.")));
        }
    }
    if (digits.size() < 16 || digits.size() > 19) {
        return Validation::invalid(
            u"bank-card.length"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "A bank card number has 16 to 19 digits; this one has %1."),
                          {QString::number(digits.size())}),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Copy all digits again from the card.")));
    }
    if (!passesLuhn(digits)) {
        return Validation::invalid(
            u"bank-card.check-digit"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "The last digit does not match the others (Luhn check).")),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "A digit is probably mistyped or two are swapped; compare the whole "
                                            "number with the card.")));
    }
    return Validation::valid(digits);
}

} // namespace casedesk
