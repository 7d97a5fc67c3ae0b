#include "DocumentRenderer.h"

#include "DocumentHtml.h"
#include "PdfToUnicodeRepair.h"
#include "QrCodeTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageRanges>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace casedesk {

// What was drawn, for PdfToUnicodeRepair.
struct DocumentRenderer::Painted {
    QString text;
    QList<QFont> fonts;
};

namespace {

QString message(const char *source)
{
    return QCoreApplication::translate("PrintedDocument", source);
}

QFont font(const QString &family, qreal points)
{
    QFont font;
    font.setFamilies({family});
    font.setPointSizeF(points);
    // Glyphs straight from the font's character map, no OpenType
    // substitutions: Qt 6.4's PDF text layer knows only glyphs the map
    // reaches, and Noto CJK swaps the digits after Latin letters (the 2026
    // of GZ-2026…) and ligatures (fi) for glyphs it does not, which would
    // drop out of copied and searched text. Chinese and Latin need no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

qreal millimetres(qreal length, const QPaintDevice *device)
{
    return length * device->logicalDpiY() / 25.4;
}

// Every face the document's text is set in (sizes aside).
QList<QFont> fontsOf(const QTextDocument &document)
{
    QList<QFont> fonts;
    const auto add = [&fonts](QFont face) {
        face.setPointSizeF(12);
        if (!fonts.contains(face))
            fonts.append(face);
    };
    add(document.defaultFont());
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            add(it.fragment().charFormat().font().resolve(document.defaultFont()));
    }
    return fonts;
}

// Written whole or not at all: QSaveFile replaces the file only on commit.
Expected<void> save(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::make(ErrorCode::Io,
                           message(QT_TRANSLATE_NOOP("PrintedDocument", "The PDF could not be saved to %1: %2"))
                               .arg(path, file.errorString()));
    }
    return {};
}

} // namespace

QPageLayout DocumentRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 12, 20, 10),
                       QPageLayout::Millimeter);
}

Expected<DocumentRenderer::Painted> DocumentRenderer::paint(const PrintedDocument &document, QPagedPaintDevice *device,
                                                            const QPageRanges &ranges)
{
    QTextDocument text;
    // Laid out in the device's own units, so points are points on paper.
    text.documentLayout()->setPaintDevice(device);
    text.setDocumentMargin(0);
    text.setDefaultFont(font(u"Noto Serif CJK SC"_s, 10.5));
    text.setHtml(document.html);
    QrCodeTextObject qrCodes;
    if (Expected<void> installed = qrCodes.install(&text); !installed)
        return installed.error();

    // The painter's origin is the top left of the area inside the margins.
    const QRectF area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal footerHeight = millimetres(8, device);
    const QSizeF body(area.width(), area.height() - footerHeight);
    text.setPageSize(body);
    const int pages = text.pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return Error::make(
            ErrorCode::Io,
            message(QT_TRANSLATE_NOOP("PrintedDocument", "The printer or the file could not be opened for printing.")));
    const DocumentHtml html(document.language);
    const QFont footerFont = font(u"Noto Sans CJK SC"_s, 7.5);
    Painted painted{text.toPlainText(), fontsOf(text)};
    painted.fonts.append(footerFont);
    bool first = true;
    for (int page = 0; page < pages; ++page) {
        if (!ranges.isEmpty() && !ranges.contains(page + 1))
            continue;
        if (!first && !device->newPage())
            return Error::make(ErrorCode::Io,
                               message(QT_TRANSLATE_NOOP("PrintedDocument", "The printer did not take a new page.")));
        first = false;

        painter.save();
        const QRectF view(QPointF(0, page * body.height()), body);
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        text.documentLayout()->draw(&painter, context);
        painter.restore();

        const QString &left = document.footer;
        const QString right =
            html.plain(DocumentHtml::translated(QT_TRANSLATE_NOOP("PrintedDocument", "Page %1 of %2"),
                                                QStringList{QString::number(page + 1), QString::number(pages)}));
        const QRectF footer(0, area.height() - footerHeight * 0.7, area.width(), footerHeight * 0.7);
        painter.setPen(QPen(QColor(0x33, 0x33, 0x33), millimetres(0.2, device)));
        painter.drawLine(footer.topLeft(), footer.topRight());
        painter.setFont(footerFont);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, right);
        painted.text += left + right;
    }
    if (!painter.end())
        return Error::make(
            ErrorCode::Io,
            message(QT_TRANSLATE_NOOP("PrintedDocument",
                                      "The document could not be finished on the printer or in the file.")));
    return painted;
}

Expected<QByteArray> DocumentRenderer::pdf(const PrintedDocument &document, const QPageLayout &layout)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Expected<Painted> painted = [&] {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(layout);
        writer.setTitle(document.title);
        writer.setCreator(u"CaseDesk"_s);
        return paint(document, &writer, {});
    }();
    if (!painted)
        return painted.error();
    PdfToUnicodeRepair::apply(bytes, PdfToUnicodeRepair::substitutions(painted->text, painted->fonts));
    return bytes;
}

Expected<void> DocumentRenderer::writePdf(const PrintedDocument &document, const QString &path)
{
    Expected<QByteArray> bytes = pdf(document, pageLayout());
    if (!bytes)
        return bytes.error();
    return save(*bytes, path);
}

Expected<void> DocumentRenderer::print(const PrintedDocument &document, QPrinter *printer)
{
    if (!printer)
        return Error::make(ErrorCode::InvalidArgument,
                           message(QT_TRANSLATE_NOOP("PrintedDocument", "No printer was chosen.")));
    printer->setDocName(document.title);
    // Qt's own PDF output would keep look-alike characters in the text
    // (PdfToUnicodeRepair); the file is made the way writePdf() makes it.
    if (printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        Expected<QByteArray> bytes = pdf(document, printer->pageLayout());
        if (!bytes)
            return bytes.error();
        return save(*bytes, printer->outputFileName());
    }
    Expected<Painted> painted = paint(document, printer, printer->pageRanges());
    if (!painted)
        return painted.error();
    return {};
}

} // namespace casedesk
