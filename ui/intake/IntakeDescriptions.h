#pragma once

#include "catalogue/CatalogueModel.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk {

// What the intake's own controls are for, said to a screen reader (their
// accessible description) and in their tooltip, in both intakes
// (IntakeWindow, SimplifiedIntakeWindow); the translations keep the
// standard intake's context, as materialFactLabel() does.

// A form field: whether it must be filled, and what it takes.
inline QString fieldDescription(const FieldDefinition &field)
{
    QString takes;
    switch (field.type) {
    case FieldType::Text: takes = QCoreApplication::translate("IntakeWindow", "text"); break;
    case FieldType::Number: takes = QCoreApplication::translate("IntakeWindow", "a number"); break;
    case FieldType::Date: takes = QCoreApplication::translate("IntakeWindow", "a date, as 2026-11-28"); break;
    case FieldType::Amount: takes = QCoreApplication::translate("IntakeWindow", "an amount in yuan, as 1280.50"); break;
    case FieldType::Choice:
        takes = QCoreApplication::translate("IntakeWindow", "one of a list, chosen with the arrow keys");
        break;
    case FieldType::Boolean:
        takes = QCoreApplication::translate("IntakeWindow", "yes or no, chosen with the arrow keys");
        break;
    case FieldType::CitizenId:
        takes = QCoreApplication::translate("IntakeWindow", "an 18-character citizen ID number");
        break;
    case FieldType::CreditCode:
        takes = QCoreApplication::translate("IntakeWindow", "an 18-character unified social credit code");
        break;
    case FieldType::Mobile: takes = QCoreApplication::translate("IntakeWindow", "an 11-digit mobile number"); break;
    case FieldType::Landline:
        takes = QCoreApplication::translate("IntakeWindow", "a landline number with its area code");
        break;
    case FieldType::PostalCode: takes = QCoreApplication::translate("IntakeWindow", "a 6-digit postal code"); break;
    case FieldType::BankCard: takes = QCoreApplication::translate("IntakeWindow", "a bank card number"); break;
    }
    return field.required ? QCoreApplication::translate("IntakeWindow", "Required: %1").arg(takes)
                          : QCoreApplication::translate("IntakeWindow", "Optional: %1").arg(takes);
}

// How a material was brought: missing, received, an electronic licence, waived.
inline QString materialStateDescription()
{
    return QCoreApplication::translate("IntakeWindow", "How the material was brought, chosen with the arrow keys");
}

// The field for what a document says (the name on an ID card…).
inline QString materialFactDescription()
{
    return QCoreApplication::translate("IntakeWindow", "As read off the document; pre-review compares it");
}

// The field for why a material is waived.
inline QString waiverReasonDescription()
{
    return QCoreApplication::translate("IntakeWindow", "Required when the material is waived; kept with the case");
}

} // namespace casedesk
