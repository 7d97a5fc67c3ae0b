#pragma once

#include "QrCode.h"

#include <QHash>
#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace casedesk {

// Draws QR codes inside a QTextDocument as vector squares, where the HTML
// has <img src="qrcode:TEXT" width="W" height="H">: TEXT percent-encoded,
// W and H in CSS pixels (1/96 inch) like any image. Rendered text and QR
// code then flow, paginate and print together.
class QrCodeTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int objectType = QTextFormat::UserObject + 1;

    explicit QrCodeTextObject(QObject *parent = nullptr);

    // The src of the image that stands for a QR code of text.
    static QString source(const QString &text);

    // Replaces the document's QR code images by QR codes drawn by this
    // object (registered with its layout); fails when a text does not fit
    // in a QR code.
    Expected<void> install(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;

private:
    QHash<QString, QrCode> m_codes;
};

} // namespace casedesk
