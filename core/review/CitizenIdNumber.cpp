#include "CitizenIdNumber.h"

#include <array>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace CitizenIdNumber {

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

} // namespace CitizenIdNumber

namespace {

// Residence permits for residents of Hong Kong, Macao and Taiwan carry a
// citizen ID number with the address code 810000, 820000 or 830000
// (港澳台居民居住证申领发放办法, 2018). 830000 is not a GB/T 2260 code.
constexpr QStringView taiwanResidencePermitRegion = u"830000";

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QDate birthDateOf(QStringView number)
{
    return QDate::fromString(number.mid(6, 8).toString(), u"yyyyMMdd"_s);
}

QString regionNameOf(QStringView regionCode, const RegionCodes &regions)
{
    if (regionCode == taiwanResidencePermitRegion)
        return u"台湾"_s;
    return regions.fullName(regionCode);
}

Validation invalidBirthDate(QString reason, const char *source, QStringView digits)
{
    return Validation::invalid(
        std::move(reason), validatorText(source, {digits.toString()}),
        validatorText(QT_TRANSLATE_NOOP("Validators",
                                        "Characters 7 to 14 are the birth date (yyyyMMdd); compare them with the "
                                        "ID card.")));
}

} // namespace

int CitizenIdFacts::ageOn(QDate day) const
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int years = day.year() - birthDate.year();
    // Comparing (month, day) pairs: before this year's birthday the year is
    // not full yet. A 29 February birthday thus comes on 1 March in common
    // years, the first day on which the full year has passed.
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --years;
    return years;
}

Validation validateCitizenId(QStringView input, QDate today, const RegionCodes &regions)
{
    Q_ASSERT(today.isValid());
    // GB 11643-1999 writes the check value 10 as a capital X; people type x.
    const QString number = canonicalInput(input).toUpper();
    if (number.isEmpty()) {
        return Validation::invalid(
            u"citizen-id.empty"_s, validatorText(QT_TRANSLATE_NOOP("Validators", "No citizen ID number was entered.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Enter the 18-character number on the ID card.")));
    }
    // First-generation cards (GB 11643-1989, 15 digits, no century, no check
    // character) stopped being valid on 1 January 2013.
    if (number.size() == 15 && allDigits(number)) {
        return Validation::invalid(
            u"citizen-id.first-generation"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "This is a 15-digit first-generation ID number; such cards are no longer "
                                            "valid.")),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Ask for the current 18-character resident ID card.")));
    }
    if (number.size() != 18) {
        return Validation::invalid(
            u"citizen-id.length"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "A citizen ID number has 18 characters; this one has %1."),
                          {QString::number(number.size())}),
            validatorText(QT_TRANSLATE_NOOP("Validators", "Copy all 18 characters again from the ID card.")));
    }
    const QChar last = number.at(17);
    if (!allDigits(QStringView(number).left(17)) || !((last >= u'0' && last <= u'9') || last == u'X')) {
        return Validation::invalid(
            u"citizen-id.characters"_s,
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "A citizen ID number is 17 digits followed by a digit or X.")),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "Look for letters or symbols typed by mistake; only the last character "
                                            "may be X.")));
    }

    const QStringView regionCode = QStringView(number).left(6);
    const bool taiwanPermit = regionCode == taiwanResidencePermitRegion;
    if (!taiwanPermit && !regions.containsProvince(regionCode)) {
        return Validation::invalid(
            u"citizen-id.province"_s,
            validatorText(
                QT_TRANSLATE_NOOP("Validators", "The number starts with %1, which is not a province code (GB/T 2260)."),
                {number.left(2)}),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "The first two digits stand for the province; compare them with the ID "
                                            "card.")));
    }

    // GB 11643-1999 出生日期码: the birth date as yyyyMMdd (GB/T 7408).
    const QStringView birthDigits = QStringView(number).mid(6, 8);
    const QDate birth = birthDateOf(number);
    if (!birth.isValid()) {
        return invalidBirthDate(u"citizen-id.birth-date"_s,
                                QT_TRANSLATE_NOOP("Validators", "The birth date %1 in the number does not exist."),
                                birthDigits);
    }
    // No one alive was born before 1890: an earlier year is a typing error.
    if (birth < QDate(1890, 1, 1)) {
        return invalidBirthDate(u"citizen-id.birth-date-early"_s,
                                QT_TRANSLATE_NOOP("Validators", "The birth date %1 in the number is before 1890."),
                                birthDigits);
    }
    if (birth > today) {
        return invalidBirthDate(u"citizen-id.birth-date-future"_s,
                                QT_TRANSLATE_NOOP("Validators", "The birth date %1 in the number is in the future."),
                                birthDigits);
    }

    if (CitizenIdNumber::checkCharacter(QStringView(number).left(17)) != last) {
        return Validation::invalid(
            u"citizen-id.check-character"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "The last character does not match the first 17 (ISO 7064 MOD 11-2 "
                                            "check).")),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "A character is probably mistyped or two are swapped; compare the whole "
                                            "number with the ID card.")));
    }

    // Counties are merged, renamed and recoded (the ministry revises the
    // codes every year), and a card keeps the code it was issued under.
    if (!taiwanPermit && !regions.contains(regionCode)) {
        return Validation::warning(
            number, u"citizen-id.county"_s,
            validatorText(QT_TRANSLATE_NOOP("Validators", "The region code %1 is not in the current list of counties."),
                          {regionCode.toString()}),
            validatorText(QT_TRANSLATE_NOOP("Validators",
                                            "Older cards may carry a code that has since been replaced; compare the "
                                            "number with the ID card.")));
    }
    return Validation::valid(number);
}

std::optional<CitizenIdFacts> citizenIdFacts(QStringView normalized, const RegionCodes &regions)
{
    if (normalized.size() != 18 || CitizenIdNumber::checkCharacter(normalized.left(17)) != normalized.at(17))
        return std::nullopt;
    CitizenIdFacts facts;
    facts.birthDate = birthDateOf(normalized);
    if (!facts.birthDate.isValid())
        return std::nullopt;
    // GB 11643-1999 顺序码: odd for men, even for women.
    facts.sex = (normalized.at(16).unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
    facts.regionCode = normalized.left(6).toString();
    facts.regionName = regionNameOf(facts.regionCode, regions);
    return facts;
}

} // namespace casedesk
