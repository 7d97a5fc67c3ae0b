#pragma once

#include "catalogue/Catalogue.h"
#include "domain/calendar/Deadline.h"
#include "storage/CaseQuery.h"

#include <QBrush>
#include <QString>
#include <QVariant>

namespace casedesk {

// The words and tints the supervisor's tables share: a service item by its
// name, an applicant (a person's name masked, a company's whole), a
// deadline's status in words with a sign (never by colour alone) and, as a
// second cue, a light tint behind it with dark text that keeps 7:1 in either
// theme.
namespace boardtext {

QString itemName(const Catalogue *catalogue, const QString &code);
QString applicant(const CaseRow &row);
QString receipt(const CaseRow &row);
// "✕ Overdue", "⚠ At risk", "✓ On track".
QString status(DeadlineStatus status);
// "3 working days overdue", "due today", "1 working day left" ...
QString daysLeft(int workingDaysLeft);
QVariant background(DeadlineStatus status);
QVariant foreground(DeadlineStatus status);

} // namespace boardtext

} // namespace casedesk
