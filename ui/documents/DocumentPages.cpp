#include "DocumentPages.h"

#include "ImagePages.h"
#include "PdfPages.h"
#include "documents/DocumentFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace casedesk {

Expected<std::unique_ptr<DocumentPages>> DocumentPages::open(const QByteArray &bytes, const QString &mediaType,
                                                             const QString &name)
{
    const std::optional<DocumentFormat> format = formatFromMediaType(mediaType);
    if (!format)
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("DocumentDecoder",
                                                       "\"%1\" cannot be shown: CaseDesk does not show documents of "
                                                       "type %2.")
                               .arg(name, mediaType));
    switch (*format) {
    case DocumentFormat::Png: return ImagePages::open(bytes, QByteArrayLiteral("png"), name);
    case DocumentFormat::Jpeg: return ImagePages::open(bytes, QByteArrayLiteral("jpeg"), name);
    case DocumentFormat::Tiff: return ImagePages::open(bytes, QByteArrayLiteral("tiff"), name);
    case DocumentFormat::Pdf: return PdfPages::open(bytes, name);
    }
    Q_UNREACHABLE();
}

qreal DocumentPages::boundedScale(QSizeF size, qreal scale, qreal devicePixelRatio, qreal maximumPixels)
{
    const QSizeF drawn = size * scale * devicePixelRatio;
    const qreal pixels = drawn.width() * drawn.height();
    return pixels > maximumPixels ? scale * std::sqrt(maximumPixels / pixels) : scale;
}

} // namespace casedesk
