#include "PdfPages.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <poppler-qt6.h>

namespace casedesk {

namespace {

// Poppler reports every oddity of a damaged PDF on stderr; whether the file
// can be shown is said to the clerk, the details are for IT staff.
Q_LOGGING_CATEGORY(lcPdf, "casedesk.documents.pdf", QtWarningMsg)

void logPopplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdf) << message;
}

// 100 % shows a page at its printed size on a 96 dpi screen; PDF sizes are
// in points of 1/72 inch.
constexpr qreal screenDpi = 96.0;
constexpr qreal pointsPerInch = 72.0;
// Whether the first page can be drawn is tried on a thumbnail: drawing a
// page declared huge at full size only to learn that it draws would take
// seconds and hundreds of megabytes.
constexpr qreal checkThumbnailPixels = 256.0 * 256.0;

} // namespace

PdfPages::PdfPages(std::unique_ptr<Poppler::Document> document) : m_document(std::move(document))
{ }

PdfPages::~PdfPages() = default;

Expected<std::unique_ptr<DocumentPages>> PdfPages::open(const QByteArray &bytes, const QString &name)
{
    static const bool routed = [] {
        Poppler::setDebugErrorFunction(logPopplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(routed);
    // Poppler copies the bytes; they need not outlive the document.
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return Error::make(ErrorCode::Corrupt,
                           QCoreApplication::translate("DocumentDecoder",
                                                       "\"%1\" cannot be shown: it is not a PDF that can be opened, "
                                                       "although it starts like one. Ask for a new copy of it.")
                               .arg(name));
    if (document->isLocked())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("DocumentDecoder",
                                                       "\"%1\" is protected by a password. Ask for a copy without "
                                                       "a password.")
                               .arg(name));
    if (document->numPages() < 1)
        return Error::make(
            ErrorCode::Corrupt,
            QCoreApplication::translate("DocumentDecoder", "\"%1\" cannot be shown: it has no pages.").arg(name));
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    std::unique_ptr<PdfPages> pages(new PdfPages(std::move(document)));
    const qreal checkScale = boundedScale(pages->size(0), 0.25, 1.0, checkThumbnailPixels);
    if (pages->render(0, checkScale, 1.0).isNull())
        return Error::make(ErrorCode::Corrupt,
                           QCoreApplication::translate("DocumentDecoder",
                                                       "\"%1\" cannot be shown: its first page cannot be drawn. Ask "
                                                       "for a new copy of it.")
                               .arg(name));
    return std::unique_ptr<DocumentPages>(std::move(pages));
}

int PdfPages::count() const
{
    return m_document->numPages();
}

QSizeF PdfPages::size(int page)
{
    const std::unique_ptr<Poppler::Page> pdfPage = m_document->page(page);
    return pdfPage ? pdfPage->pageSizeF() * (screenDpi / pointsPerInch) : QSizeF();
}

QImage PdfPages::render(int page, qreal scale, qreal devicePixelRatio)
{
    const std::unique_ptr<Poppler::Page> pdfPage = m_document->page(page);
    if (!pdfPage)
        return {};
    const QSizeF atFullSize = pdfPage->pageSizeF() * (screenDpi / pointsPerInch);
    const qreal dpi = screenDpi * boundedScale(atFullSize, scale, devicePixelRatio) * devicePixelRatio;
    QImage image = pdfPage->renderToImage(dpi, dpi);
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

} // namespace casedesk
