#pragma once

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// What a fact read off a document is called at the counter, in both intakes
// (IntakeWindow, SimplifiedIntakeWindow); the translations keep the standard
// intake's context.
inline QString materialFactLabel(const QString &fact)
{
    if (fact == u"name")
        return QCoreApplication::translate("IntakeWindow", "Name on it");
    if (fact == u"idNumber")
        return QCoreApplication::translate("IntakeWindow", "ID number on it");
    if (fact == u"validUntil")
        return QCoreApplication::translate("IntakeWindow", "Valid until");
    if (fact == u"issueDate")
        return QCoreApplication::translate("IntakeWindow", "Issued on");
    if (fact == u"amount")
        return QCoreApplication::translate("IntakeWindow", "Amount");
    if (fact == u"creditCode")
        return QCoreApplication::translate("IntakeWindow", "Credit code on it");
    if (fact == u"companyName")
        return QCoreApplication::translate("IntakeWindow", "Company name on it");
    return fact;
}

} // namespace casedesk
