#include "UnifiedSocialCreditCode.h"

#include <array>
#include <cstring>

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
