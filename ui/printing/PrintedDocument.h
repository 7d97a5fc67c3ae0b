#pragma once

#include "PrintLanguage.h"

#include <QString>

namespace casedesk {

// A document ready for DocumentRenderer: its content as HTML in the subset
// QTextDocument reads, and what every page repeats.
struct PrintedDocument {
    // The PDF's title and the print job's name.
    QString title;
    // <img src="qrcode:…"> (QrCodeTextObject::source()) draws a QR code.
    QString html;
    // At the foot of every page, beside the page number: the document's
    // number, so a loose page can be matched to its document.
    QString footer;
    PrintLanguage language = PrintLanguage::Bilingual;
};

} // namespace casedesk
