#include "QrCodeTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

const QString scheme = u"qrcode:"_s;
// The QR code's text, on the format that replaces the image's.
constexpr int textProperty = QTextFormat::UserProperty + 1;

} // namespace

QrCodeTextObject::QrCodeTextObject(QObject *parent) : QObject(parent)
{ }

QString QrCodeTextObject::source(const QString &text)
{
    return scheme + QString::fromLatin1(QUrl::toPercentEncoding(text));
}

Expected<void> QrCodeTextObject::install(QTextDocument *document)
{
    struct Placeholder {
        int position;
        QTextImageFormat format;
    };
    document->documentLayout()->registerHandler(objectType, this);
    QList<Placeholder> placeholders;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat() || !format.toImageFormat().name().startsWith(scheme))
                continue;
            // An image is one character; equal neighbours may share a fragment.
            for (int i = 0; i < fragment.length(); ++i)
                placeholders.append({fragment.position() + i, format.toImageFormat()});
        }
    }
    for (Placeholder &placeholder : placeholders) {
        const QString text =
            QString::fromUtf8(QByteArray::fromPercentEncoding(placeholder.format.name().mid(scheme.size()).toLatin1()));
        if (!m_codes.contains(text)) {
            Expected<QrCode> code = QrCode::encode(text);
            if (!code)
                return code.error();
            m_codes.insert(text, *code);
        }
        placeholder.format.setObjectType(objectType);
        placeholder.format.setProperty(textProperty, text);
        QTextCursor cursor(document);
        cursor.setPosition(placeholder.position);
        cursor.setPosition(placeholder.position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(placeholder.format);
    }
    return {};
}

QSizeF QrCodeTextObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    // CSS pixels to the layout's device, as Qt scales images.
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    const qreal scale = device ? device->logicalDpiX() / 96.0 : 1.0;
    const qreal side =
        std::max(format.doubleProperty(QTextFormat::ImageWidth), format.doubleProperty(QTextFormat::ImageHeight));
    return QSizeF(side * scale, side * scale);
}

void QrCodeTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                  const QTextFormat &format)
{
    const auto code = m_codes.constFind(format.stringProperty(textProperty));
    if (code == m_codes.cend())
        return;
    const qreal side = std::min(rect.width(), rect.height());
    painter->save();
    painter->fillRect(QRectF(rect.topLeft(), QSizeF(side, side)), Qt::white);
    painter->fillPath(code->path(rect.topLeft(), side), Qt::black);
    painter->restore();
}

} // namespace casedesk
