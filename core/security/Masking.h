#pragma once

#include "domain/Applicant.h"

#include <QString>

// Personal data masked for display and print (脱敏), as DESIGN.md sets out:
// ID first 6 and last 4; mobile first 3 and last 4; bank card last 4; name
// the surname only. Revealing a value is an explicit, audited action
// elsewhere; these functions only hide.
namespace casedesk::masking {

QString citizenId(const QString &number);
QString mobile(const QString &number);
// Area code and the last four digits: 010-****5678.
QString landline(const QString &number);
QString bankCard(const QString &number);
// The surname (a compound one such as 欧阳 included), the rest starred.
QString personName(const QString &name);
// An applicant's name: a person's masked, a company's (a legal person's
// name is not personal data) whole.
QString applicantName(const QString &name, Applicant::Kind kind);
// Down to the district or county (区/县/市/旗), the rest starred.
QString address(const QString &address);

} // namespace casedesk::masking
