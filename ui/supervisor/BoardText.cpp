#include "BoardText.h"

#include "security/Masking.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace casedesk::boardtext {

QString itemName(const Catalogue *catalogue, const QString &code)
{
    if (catalogue) {
        if (const ServiceItem *item = catalogue->item(code))
            return item->name.in(QLocale());
        if (const Bundle *bundle = catalogue->bundle(code))
            return bundle->name.in(QLocale());
    }
    return code;
}

QString applicant(const CaseRow &row)
{
    const QString name = masking::applicantName(row.applicantName, row.applicantKind);
    return row.applicantIdTail.isEmpty()
        ? name
        : QCoreApplication::translate("casedesk::SupervisorDesk", "%1 (ID …%2)").arg(name, row.applicantIdTail);
}

QString receipt(const CaseRow &row)
{
    return row.receiptNumber.isEmpty() ? QCoreApplication::translate("casedesk::SupervisorDesk", "(not yet accepted)")
                                       : row.receiptNumber;
}

QString status(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Overdue: return QCoreApplication::translate("casedesk::SupervisorDesk", "✕ Overdue");
    case DeadlineStatus::AtRisk: return QCoreApplication::translate("casedesk::SupervisorDesk", "⚠ At risk");
    case DeadlineStatus::OnTrack: return QCoreApplication::translate("casedesk::SupervisorDesk", "✓ On track");
    }
    return QString();
}

QString daysLeft(int workingDaysLeft)
{
    if (workingDaysLeft < 0)
        return QCoreApplication::translate("casedesk::SupervisorDesk", "%n working day(s) overdue", nullptr,
                                           -workingDaysLeft);
    if (workingDaysLeft == 0)
        return QCoreApplication::translate("casedesk::SupervisorDesk", "due today");
    return QCoreApplication::translate("casedesk::SupervisorDesk", "%n working day(s) left", nullptr, workingDaysLeft);
}

QVariant background(DeadlineStatus status)
{
    if (status == DeadlineStatus::Overdue)
        return QBrush(QColor(0xf8, 0xd7, 0xda));
    if (status == DeadlineStatus::AtRisk)
        return QBrush(QColor(0xff, 0xf3, 0xcd));
    return {};
}

QVariant foreground(DeadlineStatus status)
{
    if (status == DeadlineStatus::Overdue)
        return QBrush(QColor(0x72, 0x1c, 0x24));
    if (status == DeadlineStatus::AtRisk)
        return QBrush(QColor(0x66, 0x4d, 0x03));
    return {};
}

} // namespace casedesk::boardtext
