#pragma once

#include "PrintedDocument.h"
#include "common/Expected.h"
#include "review/AcceptanceReceipt.h"

class QPrinter;

namespace casedesk {

// The acceptance receipt (受理回执) on paper: hall, counter, staff, the
// applicant with the ID number masked, the item or the bundle's items, the
// materials received and how, the acceptance time in Beijing time, the
// promised time limit and completion date, the enquiry phone, and the
// receipt number in large type and as a QR code.
class ReceiptPrinter
{
public:
    static PrintedDocument document(const AcceptanceReceipt &receipt,
                                    PrintLanguage language = PrintLanguage::Bilingual);
    static QString html(const AcceptanceReceipt &receipt, PrintLanguage language = PrintLanguage::Bilingual)
    {
        return document(receipt, language).html;
    }
    static Expected<void> writePdf(const AcceptanceReceipt &receipt, const QString &path,
                                   PrintLanguage language = PrintLanguage::Bilingual);
    static Expected<void> print(const AcceptanceReceipt &receipt, QPrinter *printer,
                                PrintLanguage language = PrintLanguage::Bilingual);
};

} // namespace casedesk
