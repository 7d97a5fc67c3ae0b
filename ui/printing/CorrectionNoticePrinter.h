#pragma once

#include "PrintedDocument.h"
#include "common/Expected.h"
#include "review/CorrectionNotice.h"

class QPrinter;

namespace casedesk {

// The one-time correction notice (一次性告知书) on paper: every entry
// numbered with what is concerned, the problem and the remedy; the
// applicant (ID number masked), the item, the counter, the date and the
// notice number; and the line that asks the applicant to bring everything
// listed at once.
class CorrectionNoticePrinter
{
public:
    static PrintedDocument document(const CorrectionNotice &notice, PrintLanguage language = PrintLanguage::Bilingual);
    static QString html(const CorrectionNotice &notice, PrintLanguage language = PrintLanguage::Bilingual)
    {
        return document(notice, language).html;
    }
    static Expected<void> writePdf(const CorrectionNotice &notice, const QString &path,
                                   PrintLanguage language = PrintLanguage::Bilingual);
    static Expected<void> print(const CorrectionNotice &notice, QPrinter *printer,
                                PrintLanguage language = PrintLanguage::Bilingual);
};

} // namespace casedesk
