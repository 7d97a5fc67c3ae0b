#pragma once

#include "PrintedDocument.h"
#include "common/Expected.h"

#include <QPageLayout>

class QPageRanges;
class QPagedPaintDevice;
class QPrinter;

namespace casedesk {

// Lays a PrintedDocument out on pages and paints it: into a PDF whose text
// is selectable and whose fonts are embedded, or onto a printer. One
// renderer for every document, so receipts and notices look alike.
class DocumentRenderer
{
public:
    // A4 portrait with the margins the documents are laid out for. The UI
    // sets it on its QPrinter before the print dialog, so A4 is offered.
    static QPageLayout pageLayout();

    // Written whole or not at all: an existing file is replaced only once
    // the new one is complete.
    static Expected<void> writePdf(const PrintedDocument &document, const QString &path);
    // On the printer's paper as the user chose it in the print dialog. A
    // printer set to write a PDF file gets writePdf()'s file.
    static Expected<void> print(const PrintedDocument &document, QPrinter *printer);

private:
    struct Painted;
    static Expected<Painted> paint(const PrintedDocument &document, QPagedPaintDevice *device,
                                   const QPageRanges &ranges);
    static Expected<QByteArray> pdf(const PrintedDocument &document, const QPageLayout &layout);
};

} // namespace casedesk
