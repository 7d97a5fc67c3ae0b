#pragma once

#include <QString>

namespace casedesk {

// Who applies: a person identified by a citizen ID number, or a company by
// its unified social credit code.
struct Applicant {
    enum class Kind { Person, Company };

    QString id;
    Kind kind = Kind::Person;
    QString name;
    QString idNumber;
    QString mobile;
    QString address;
};

// The kind as the vault and the platform's API write it.
inline QString applicantKindName(Applicant::Kind kind)
{
    return kind == Applicant::Kind::Company ? QStringLiteral("company") : QStringLiteral("person");
}

// Anything but "company" reads as a person, whose name is then masked.
inline Applicant::Kind applicantKindFromName(const QString &name)
{
    return name == QLatin1StringView("company") ? Applicant::Kind::Company : Applicant::Kind::Person;
}

} // namespace casedesk
