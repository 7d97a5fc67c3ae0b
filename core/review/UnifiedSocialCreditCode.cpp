#include "UnifiedSocialCreditCode.h"

#include <array>
#include <cstring>
#include <string_view>

using namespace Qt::StringLiterals;

namespace casedesk::UnifiedSocialCreditCode {

int characterValue(QChar c)
{
    if (c.unicode() > 0x7f)
        return -1;
    const char *found = std::strchr(alphabet, c.toLatin1());
    return (found && c.unicode() != 0) ? int(found - alphabet) : -1;
}

QChar checkCharacter(QStringView first17)
{
    // Weight of position i is 3^i mod 31 (GB 32100-2015, 5.2).
    static constexpr std::array<int, 17> weights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = characterValue(first17.at(i));
        if (value < 0)
            return QChar();
        sum += value * weights[std::size_t(i)];
    }
    const int check = (31 - sum % 31) % 31;
    return QChar::fromLatin1(alphabet[check]);
}

QChar organisationCheckCharacter(QStringView first8)
{
    // GB 11714-1997: weights 3,7,9,10,5,8,4,2; C9 = 11 - (sum mod 11),
    // 10 written X and 11 written 0.
    static constexpr std::array<int, 8> weights{3, 7, 9, 10, 5, 8, 4, 2};
    if (first8.size() != 8)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = first8.at(i);
        int value = -1;
        if (c >= u'0' && c <= u'9')
            value = c.unicode() - u'0';
        else if (c >= u'A' && c <= u'Z')
            value = c.unicode() - u'A' + 10;
        if (value < 0)
            return QChar();
        sum += value * weights[std::size_t(i)];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return u'X';
    if (check == 11)
        return u'0';
    return QChar(u'0' + check);
}

} // namespace casedesk::UnifiedSocialCreditCode

namespace casedesk {

namespace {

// Registration authority codes (position 1) and the organisation type codes
// (position 2) each allows, from the table of GB 32100-2015 as amended:
// 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会,
// 9 工商, A 中央军委改革和编制办公室, N 农业, Y 其他 (always type 1).
struct Authority {
    char16_t code;
    std::u16string_view types;
};
constexpr std::array<Authority, 12> authorities{{
    {u'1', u"1239"},
    {u'2', u"19"},
    {u'3', u"123459"},
    {u'4', u"19"},
    {u'5', u"1239"},
    {u'6', u"129"},
    {u'7', u"129"},
    {u'8', u"19"},
    {u'9', u"123"},
    {u'A', u"19"},
    {u'N', u"1239"},
    {u'Y', u"1"},
}};

const Authority *authorityFor(QChar c)
{
    for (const Authority &authority : authorities) {
        if (authority.code == c.unicode())
            return &authority;
    }
    return nullptr;
}

LocalizedText compareWithCertificate()
{
    return validatorText(QT_TRANSLATE_NOOP("Validators",
                                           "Compare the code with the business licence or registration "
                                           "certificate."));
}

} // namespace

Validation validateUnifiedSocialCreditCode(QStringView input)
{
    const QString code = canonicalInput(input).toUpper();
    if (code.isEmpty()) {
        return Validation::invalid(
            u"credit-code.empty"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "No unified social credit code was entered.")),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "Enter the 18-character code on the business licence or registration "
                                            "certificate.")));
    }
    if (code.size() != 18) {
        return Validation::invalid(
            u"credit-code.length"_s,
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "A unified social credit code has 18 characters; this one has %1."),
                {QString::number(code.size())}),
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "Copy all 18 characters again from the licence or certificate.")));
    }
    for (const QChar c : code) {
        if (UnifiedSocialCreditCode::characterValue(c) < 0) {
            return Validation::invalid(
                u"credit-code.characters"_s,
                validatorText(
                    QT_TRANSLATE_NOOP("Validators", "The character %1 does not occur in unified social credit codes."),
                    {QString(c)}),
                validatorText(QT_TRANSLATE_NOOP("Validators",
                                                "The code uses digits and capital letters other than I, O, S, V and "
                                                "Z: an O is probably the digit 0, an I the digit 1.")));
        }
    }

    const Authority *authority = authorityFor(code.at(0));
    if (!authority) {
        return Validation::invalid(
            u"credit-code.authority"_s,
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "The first character, %1, is not a registration authority code."),
                {code.left(1)}),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "The first character is 1 to 9, A, N or Y; compare the code with the "
                                            "licence or certificate.")));
    }
    if (authority->types.find(code.at(1).unicode()) == std::u16string_view::npos) {
        return Validation::invalid(
            u"credit-code.organisation-type"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "The second character, %1, is not an organisation type of registration "
                                            "authority %2."),
                          {code.mid(1, 1), code.left(1)}),
            compareWithCertificate());
    }
    // GB 32100-2015: characters 3-8 are the registering office's GB/T 2260
    // region code. Offices of the central government use 100000, which is no
    // listed division, so only the form is checked.
    for (const QChar c : QStringView(code).mid(2, 6)) {
        if (c < u'0' || c > u'9') {
            return Validation::invalid(
                u"credit-code.region"_s,
                validatorText(
                    QT_TRANSLATE_NOOP("Validators", "Characters 3 to 8 are a region code of six digits, not %1."),
                    {code.mid(2, 6)}),
                compareWithCertificate());
        }
    }
    if (UnifiedSocialCreditCode::checkCharacter(QStringView(code).left(17)) != code.at(17)) {
        return Validation::invalid(
            u"credit-code.check-character"_s,
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "The last character does not match the first 17 (GB 32100 check).")),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "A character is probably mistyped or two are swapped; compare the whole "
                                            "code with the licence or certificate.")));
    }
    // Characters 9-17 are the organisation code, whose last character is its
    // own GB 11714 check. The full code already passed its check, so a
    // mismatch here is more likely an oddly issued code than a typing error.
    if (UnifiedSocialCreditCode::organisationCheckCharacter(QStringView(code).mid(8, 8)) != code.at(16)) {
        return Validation::warning(
            code, u"credit-code.organisation-code"_s,
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "Characters 9 to 17 fail the organisation code check (GB 11714).")),
            compareWithCertificate());
    }
    return Validation::valid(code);
}

} // namespace casedesk
