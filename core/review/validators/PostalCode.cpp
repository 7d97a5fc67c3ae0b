#include "PostalCode.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// First two digits in use, by province: 01-02 内蒙古, 03-04 山西, 05-07 河北,
// 10 北京, 11-12 辽宁, 13 吉林, 15-16 黑龙江, 20 上海, 21-22 江苏, 23-24 安徽,
// 25-27 山东, 30 天津, 31-32 浙江, 33-34 江西, 35-36 福建, 40 重庆, 41-42 湖南,
// 43-44 湖北, 45-47 河南, 51-52 广东, 53-54 广西, 55-56 贵州, 57 海南,
// 61-64 四川, 65-67 云南, 71-72 陕西, 73-74 甘肃, 75 宁夏, 81 青海, 83-84 新疆,
// 85-86 西藏.
constexpr std::array<int, 60> provincePrefixes{
    1,  2,  3,  4,  5,  6,  7,  10, 11, 12, 13, 15, 16, 20, 21, 22, 23, 24, 25, 26,
    27, 30, 31, 32, 33, 34, 35, 36, 40, 41, 42, 43, 44, 45, 46, 47, 51, 52, 53, 54,
    55, 56, 57, 61, 62, 63, 64, 65, 66, 67, 71, 72, 73, 74, 75, 81, 83, 84, 85, 86,
};

LocalizedText checkFirstDigits()
{
    return validatorText(QT_TRANSLATE_NOOP("Validators",
                                           "The first two digits stand for the province; check them against the "
                                           "address."));
}

} // namespace

Validation validatePostalCode(QStringView input)
{
    const QString code = canonicalInput(input);
    if (code.isEmpty()) {
        return Validation::invalid(
            u"postal-code.empty"_s, validatorText(QT_TRANSLATE_NOOP("Validators", "No postal code was entered.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Enter the six-digit postal code, e.g. 100010.")));
    }
    const bool sixDigits =
        code.size() == 6 && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!sixDigits) {
        return Validation::invalid(
            u"postal-code.format"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "A postal code is six digits, not \"%1\"."), {code}),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Enter the six digits only, e.g. 100010.")));
    }
    if (code == u"000000"_s) {
        return Validation::invalid(
            u"postal-code.zero"_s, validatorText(QT_TRANSLATE_NOOP("Validators", "000000 is not a postal code.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Enter the postal code of the address.")));
    }
    const int prefix = QStringView(code).left(2).toInt();
    if (prefix < 1 || prefix > 86) {
        return Validation::invalid(
            u"postal-code.province"_s,
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "Mainland postal codes start with 01 to 86; this one starts with %1."),
                {code.left(2)}),
            checkFirstDigits());
    }
    if (std::find(provincePrefixes.cbegin(), provincePrefixes.cend(), prefix) == provincePrefixes.cend()) {
        return Validation::warning(
            code, u"postal-code.unknown-province"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "No province uses postal codes starting with %1."),
                          {code.left(2)}),
            checkFirstDigits());
    }
    return Validation::valid(code);
}

} // namespace casedesk
