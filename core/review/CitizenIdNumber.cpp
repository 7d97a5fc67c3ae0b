#include "CitizenIdNumber.h"

#include <array>

namespace casedesk::CitizenIdNumber {

QChar checkCharacter(QStringView first17)
{
    // Weight of position i is 2^(17-i) mod 11 (GB 11643-1999, 7.2).
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checkCharacters[] = "10X98765432";
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < u'0' || c > u'9')
            return QChar();
        sum += (c.unicode() - u'0') * weights[std::size_t(i)];
    }
    return QChar::fromLatin1(checkCharacters[sum % 11]);
}

} // namespace casedesk::CitizenIdNumber
