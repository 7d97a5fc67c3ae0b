#pragma once

#include "DocumentPages.h"

namespace casedesk {

// An image's frames through QImageReader: PNG, JPEG, and TIFF (one frame
// per scanned page; the plugin comes with qt6-image-formats-plugins).
class ImagePages final : public DocumentPages
{
public:
    // format: QImageReader's name, "png", "jpeg" or "tiff".
    static Expected<std::unique_ptr<DocumentPages>> open(const QByteArray &bytes, const QByteArray &format,
                                                         const QString &name);

    int count() const override { return m_count; }
    QSizeF size(int page) override;
    QImage render(int page, qreal scale, qreal devicePixelRatio) override;

private:
    ImagePages(QByteArray bytes, QByteArray format);
    const QImage &frame(int page);

    QByteArray m_bytes;
    QByteArray m_format;
    int m_count = 1;
    // The last frame decoded: zooming and rotating redraw it without
    // decoding the file again.
    int m_framePage = -1;
    QImage m_frame;
};

} // namespace casedesk
