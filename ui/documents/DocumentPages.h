#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <memory>

namespace casedesk {

// The pages of a decoded document, drawn on demand: the frames of an image
// (a multi-page TIFF scan has several) or the pages of a PDF. What the
// viewer shows and what DocumentDecoder::check() tries before a document is
// stored, so that both agree on what can be shown.
class DocumentPages
{
public:
    virtual ~DocumentPages() = default;

    // Opens bytes of mediaType and draws the first page; otherwise says, in
    // a message naming the document, why it cannot be shown.
    static Expected<std::unique_ptr<DocumentPages>> open(const QByteArray &bytes, const QString &mediaType,
                                                         const QString &name);

    virtual int count() const = 0;
    // The page at 100 %, in device-independent pixels: an image's own
    // pixels, a PDF page at 96 dpi.
    virtual QSizeF size(int page) = 0;
    // The page at scale (1.0 = 100 %) for a screen with devicePixelRatio;
    // null when the page cannot be decoded.
    // Never more than maximumRenderedPixels device pixels: a page that
    // would be larger is drawn at boundedScale() instead.
    virtual QImage render(int page, qreal scale, qreal devicePixelRatio) = 0;

    // A 600 dpi A3 scan at 800 %, or a PDF that declares a page a kilometre
    // wide, would otherwise take gigabytes to draw.
    static constexpr qreal maximumRenderedPixels = 48.0 * 1024 * 1024;
    // scale, or the largest scale below it at which a page of size (at
    // 100 %) takes at most maximumPixels device pixels.
    static qreal boundedScale(QSizeF size, qreal scale, qreal devicePixelRatio,
                              qreal maximumPixels = maximumRenderedPixels);

protected:
    DocumentPages() = default;
};

} // namespace casedesk
