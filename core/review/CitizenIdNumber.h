#pragma once

#include "review/validators/RegionCodes.h"
#include "review/validators/Validation.h"

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace casedesk {

// GB 11643-1999 citizen identity numbers: 6-digit region (GB/T 2260),
// 8-digit birth date, 3-digit sequence (odd for men), check character.
namespace CitizenIdNumber {

// The ISO 7064 MOD 11-2 check character for the first 17 digits, or a null
// QChar when they are not 17 digits.
QChar checkCharacter(QStringView first17);

} // namespace CitizenIdNumber

enum class Sex { Female, Male };

// What a valid citizen ID number says about its holder.
struct CitizenIdFacts {
    QDate birthDate;
    Sex sex = Sex::Female;
    // The first six digits: where the number was issued (GB/T 2260).
    QString regionCode;
    // In Chinese, e.g. 北京市朝阳区: the levels of regionCode that are listed.
    QString regionName;

    // Full years of age on day, or -1 before the birth date. A year is full on
    // the birthday itself; a 29 February birthday comes on 1 March in common
    // years.
    int ageOn(QDate day) const;
};

// Checks a citizen ID number as typed: 18 characters after trimming, 17
// digits and a digit or X (x accepted), a listed province, a real birth date
// between 1890-01-01 and today, and the check character. An unlisted county
// in a listed province is a Warning. Normalised to upper case.
// Reasons: citizen-id.empty, .first-generation, .length, .characters,
// .province, .birth-date, .birth-date-early, .birth-date-future,
// .check-character; Warning: citizen-id.county.
Validation validateCitizenId(QStringView input, QDate today, const RegionCodes &regions = RegionCodes::gbt2260());

// The facts in a normalised number (as validateCitizenId returns it), or
// nothing when it is not well formed or fails its check character.
std::optional<CitizenIdFacts> citizenIdFacts(QStringView normalized,
                                             const RegionCodes &regions = RegionCodes::gbt2260());

} // namespace casedesk
