#pragma once

#include <QString>
#include <QStringList>

// Reads a PDF the way an applicant's viewer and a scanner would, with
// poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm) and zbar-tools
// (zbarimg), which scripts/dev installs. Each answer carries a problem
// instead when a tool is missing or fails, so a test says which.
namespace casedesk::test::pdf {

struct Answer {
    QString value;
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};

// pdftotext -layout: the text as laid out on the page.
Answer layoutText(const QString &path);
// pdftotext -raw, all white space removed: the text in the order drawn,
// so a cell's text wrapped over two lines reads as one.
Answer compactText(const QString &path);
// pdfinfo's page count.
Answer pageCount(const QString &path);
// The fonts pdffonts does not show as embedded, one per line; empty when
// all are, a problem when there are no fonts at all.
Answer fontsNotEmbedded(const QString &path);
// The QR codes zbarimg reads on the first page rendered at 200 dpi.
Answer qrCodes(const QString &path);
// With CASEDESK_PRINT_OUTPUT set, the PDF is copied there and its first
// page rendered to PNG at 80 dpi, to look at.
void keepForInspection(const QString &path, const QString &name);

// White space removed, to compare with compactText().
QString compact(const QString &text);

} // namespace casedesk::test::pdf
