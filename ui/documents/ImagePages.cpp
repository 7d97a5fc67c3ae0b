#include "ImagePages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

namespace casedesk {

ImagePages::ImagePages(QByteArray bytes, QByteArray format) : m_bytes(std::move(bytes)), m_format(std::move(format))
{ }

Expected<std::unique_ptr<DocumentPages>> ImagePages::open(const QByteArray &bytes, const QByteArray &format,
                                                          const QString &name)
{
    if (!QImageReader::supportedImageFormats().contains(format))
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("DocumentDecoder",
                                                       "\"%1\" cannot be shown: this computer has no reader for %2 "
                                                       "images. Ask IT staff to install Qt's image format plugins.")
                               .arg(name, QString::fromLatin1(format.toUpper())));
    std::unique_ptr<ImagePages> pages(new ImagePages(bytes, format));
    QBuffer buffer(&pages->m_bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    pages->m_count = std::max(1, reader.imageCount());
    if (pages->frame(0).isNull())
        return Error::make(ErrorCode::Corrupt,
                           QCoreApplication::translate("DocumentDecoder",
                                                       "\"%1\" cannot be shown: its image data is damaged. Copy or "
                                                       "scan it again.")
                               .arg(name));
    return std::unique_ptr<DocumentPages>(std::move(pages));
}

const QImage &ImagePages::frame(int page)
{
    if (page == m_framePage)
        return m_frame;
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, m_format);
    reader.setDecideFormatFromContent(false);
    // Phone photos of papers are often stored sideways with an EXIF
    // orientation; show them the way the camera was held.
    reader.setAutoTransform(true);
    if (page > 0 && !reader.jumpToImage(page)) {
        for (int skipped = 0; skipped < page; ++skipped) {
            if (reader.read().isNull())
                break;
        }
    }
    m_frame = reader.read();
    m_framePage = page;
    return m_frame;
}

QSizeF ImagePages::size(int page)
{
    return frame(page).size();
}

QImage ImagePages::render(int page, qreal scale, qreal devicePixelRatio)
{
    const QImage &image = frame(page);
    if (image.isNull())
        return {};
    const qreal bounded = boundedScale(image.size(), scale, devicePixelRatio);
    // Rounded down, so that a bounded page stays within the bound.
    const QSizeF exact = QSizeF(image.size()) * bounded * devicePixelRatio;
    const QSize target = QSize(int(exact.width()), int(exact.height())).expandedTo(QSize(1, 1));
    QImage scaled =
        target == image.size() ? image : image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(devicePixelRatio);
    return scaled;
}

} // namespace casedesk
