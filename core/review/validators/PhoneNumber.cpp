#include "PhoneNumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'(' || c == u')';
}

Validation mobileLength(qsizetype digits)
{
    return Validation::invalid(
        u"mobile.length"_s,
        validatorText(QT_TRANSLATE_NOOP("Validators", "A mainland mobile number has 11 digits; this one has %1."),
                      {QString::number(digits)}),
        validatorText(QT_TRANSLATE_NOOP("Validators",
                                        "Count the digits again; a landline number belongs in the landline field.")));
}

} // namespace

Validation validateMobileNumber(QStringView input)
{
    const QString text = canonicalInput(input);
    if (text.isEmpty()) {
        return Validation::invalid(
            u"mobile.empty"_s, validatorText(QT_TRANSLATE_NOOP("Validators", "No mobile number was entered.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Enter the 11-digit mobile number, e.g. 138 0013 8000.")));
    }
    QString digits;
    bool plus = false;
    for (const QChar c : text) {
        if (isDigit(c)) {
            digits.append(c);
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (!isSeparator(c)) {
            return Validation::invalid(
                u"mobile.characters"_s,
                validatorText(QT_TRANSLATE_NOOP("Validators",
                                                "A mobile number holds only digits, spaces, hyphens and a +86 in "
                                                "front.")),
                validatorText(QT_TRANSLATE_NOOP("Validators", "Remove the letters and other symbols.")));
        }
    }
    // ITU-T E.164 country code 86, dialled as +86 or 0086 from abroad and
    // often written as a bare 86.
    if (plus) {
        if (!digits.startsWith(u"86"_s)) {
            return Validation::invalid(
                u"mobile.country-code"_s,
                validatorText(
                    QT_TRANSLATE_NOOP("Validators", "Only mainland numbers (+86) are accepted as mobile numbers.")),
                validatorText(QT_TRANSLATE_NOOP("Validators", "Enter an 11-digit mainland mobile number.")));
        }
        digits.remove(0, 2);
    } else if (digits.size() == 15 && digits.startsWith(u"0086"_s)) {
        digits.remove(0, 4);
    } else if (digits.size() == 13 && digits.startsWith(u"86"_s)) {
        digits.remove(0, 2);
    }
    if (digits.size() != 11)
        return mobileLength(digits.size());
    // Mobile number blocks are allocated from 13x to 19x; 10x-12x are
    // service and network numbers.
    if (digits.at(0) != u'1' || digits.at(1) < u'3') {
        return Validation::invalid(
            u"mobile.prefix"_s,
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "A mainland mobile number starts with 13 to 19, not with %1."),
                {digits.left(2)}),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "Check the first digits; a landline number belongs in the landline "
                                            "field.")));
    }
    return Validation::valid(digits);
}

Validation validateLandlineNumber(QStringView input)
{
    QString text = canonicalInput(input);
    if (text.isEmpty()) {
        return Validation::invalid(
            u"landline.empty"_s, validatorText(QT_TRANSLATE_NOOP("Validators", "No landline number was entered.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Enter the area code and the number, e.g. 010-65123456.")));
    }

    QString extension;
    static const QRegularExpression extensionMark(u"^(.*?)\\s*(?:转|分机|ext\\.?|x)\\s*(\\S*)$"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch marked = extensionMark.match(text);
    if (marked.hasMatch()) {
        extension = marked.captured(2);
        text = marked.captured(1);
        static const QRegularExpression extensionDigits(u"^\\d{1,6}$"_s);
        if (!extensionDigits.match(extension).hasMatch()) {
            return Validation::invalid(
                u"landline.extension"_s,
                validatorText(QT_TRANSLATE_NOOP("Validators", "An extension has 1 to 6 digits, not \"%1\"."),
                              {extension}),
                validatorText(QT_TRANSLATE_NOOP("Validators", "Write the extension after 转, e.g. 转123.")));
        }
    }

    // From abroad the area code is dialled without its 0: +86 10 6512 3456.
    bool international = false;
    if (text.startsWith(u"+86"_s) || text.startsWith(u"0086"_s)) {
        text.remove(0, text.startsWith(u'+') ? 3 : 4);
        international = true;
    }
    QString digits;
    for (const QChar c : std::as_const(text)) {
        if (isDigit(c)) {
            digits.append(c);
        } else if (!isSeparator(c)) {
            return Validation::invalid(
                u"landline.characters"_s,
                validatorText(QT_TRANSLATE_NOOP("Validators",
                                                "A landline number holds only digits, spaces, hyphens, parentheses "
                                                "and an extension.")),
                validatorText(QT_TRANSLATE_NOOP("Validators",
                                                "Remove the letters and other symbols; write an extension after 转.")));
        }
    }
    if (digits.size() == 11 && digits.startsWith(u'1')) {
        return Validation::invalid(
            u"landline.is-mobile"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "This is a mobile number, not a landline number.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Enter it in the mobile number field.")));
    }
    if (international && !digits.startsWith(u'0'))
        digits.prepend(u'0');

    // Area codes: 010 (Beijing) and 020-029 have three digits with the
    // trunk prefix 0, all others four; none starts 00 (international) or 01x
    // other than 010.
    if (digits.size() < 3 || digits.at(0) != u'0' || digits.at(1) == u'0'
        || (digits.at(1) == u'1' && digits.at(2) != u'0')) {
        return Validation::invalid(
            u"landline.area-code"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "The number does not start with an area code.")),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "Write the area code first, starting with 0: 010-65123456, "
                                            "0755-86013388.")));
    }
    const qsizetype areaLength = (digits.at(1) == u'1' || digits.at(1) == u'2') ? 3 : 4;
    const QString area = digits.left(areaLength);
    QString local = digits.mid(areaLength);

    // 010-65123456-123, 0571-8765432-9: a last hyphenated group of 1-6
    // digits after a complete local number is an extension. Also when all
    // the digits would make an 8-digit local number: the normal form
    // 0571-8765432-9 must read again as itself (found by fuzz_validators).
    static const QRegularExpression trailingGroup(u"-\\s*(\\d{1,6})$"_s);
    const QRegularExpressionMatch trailing = trailingGroup.match(text);
    if (extension.isEmpty() && trailing.hasMatch()) {
        const QString group = trailing.captured(1);
        const qsizetype remaining = local.size() - group.size();
        if (remaining == 7 || remaining == 8) {
            extension = group;
            local.chop(group.size());
        }
    }
    // Local numbers have 7 or 8 digits; 0 and 1 in front are the trunk
    // prefix and the service numbers.
    if ((local.size() != 7 && local.size() != 8) || local.at(0) == u'0' || local.at(0) == u'1') {
        return Validation::invalid(
            u"landline.local-number"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "After the area code %1 comes a number of 7 or 8 digits not starting "
                                            "with 0 or 1, not \"%2\"."),
                          {area, local}),
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "Check the digits after the area code; write an extension after 转.")));
    }
    QString normalized = area + u'-' + local;
    if (!extension.isEmpty())
        normalized += u'-' + extension;
    return Validation::valid(normalized);
}

} // namespace casedesk
