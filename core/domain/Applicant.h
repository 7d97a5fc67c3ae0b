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

} // namespace casedesk
