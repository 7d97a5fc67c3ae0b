#include "QrCode.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace casedesk {

Expected<QrCode> QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.contains('\0'))
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("PrintedDocument", "A QR code needs a text without NUL characters."));
    errno = 0;
    // Version 0: the smallest symbol that holds the text.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!symbol) {
        if (errno == ERANGE)
            return Error::make(ErrorCode::InvalidArgument,
                               QCoreApplication::translate("PrintedDocument", "The text is too long for a QR code."));
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("PrintedDocument", "The QR code could not be made (error %1).").arg(errno));
    }
    const int size = symbol->width;
    QBitArray modules(size * size);
    // libqrencode keeps flags in the upper bits; bit 0 is the module's colour.
    for (int i = 0; i < size * size; ++i)
        modules.setBit(i, (symbol->data[i] & 1) != 0);
    return QrCode(size, std::move(modules));
}

QPainterPath QrCode::path(const QPointF &topLeft, qreal side) const
{
    const qreal module = side / (m_size + 2 * quietZone);
    const QPointF origin = topLeft + QPointF(quietZone * module, quietZone * module);
    QPainterPath path;
    // One filled outline, not a square per module: adjacent squares drawn
    // separately leave hairline seams in some PDF viewers.
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    return path;
}

} // namespace casedesk
