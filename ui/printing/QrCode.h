#pragma once

#include "common/Expected.h"

#include <QBitArray>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace casedesk {

// A QR code symbol (ISO/IEC 18004) made by libqrencode: the module matrix,
// and the modules as vector squares for print, so a scanner reads sharp
// edges at any printer resolution.
class QrCode
{
public:
    // Error correction level M (15 %): survives a fold or a stamp across the
    // code. The text is encoded as UTF-8, case kept.
    static Expected<QrCode> encode(const QString &text);

    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.testBit(y * m_size + x); }

    // The dark modules filling a square of side `side` at `topLeft`, which
    // includes the four-module quiet zone the standard asks for around
    // the symbol.
    QPainterPath path(const QPointF &topLeft, qreal side) const;

    static constexpr int quietZone = 4;

private:
    QrCode(int size, QBitArray modules) : m_size(size), m_modules(std::move(modules)) { }

    int m_size = 0;
    QBitArray m_modules;
};

} // namespace casedesk
