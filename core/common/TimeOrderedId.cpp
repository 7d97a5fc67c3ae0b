#include "TimeOrderedId.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace casedesk {

QString newTimeOrderedId()
{
    const quint64 milliseconds = quint64(QDateTime::currentMSecsSinceEpoch());
    std::array<quint32, 3> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(quint8(milliseconds >> (40 - 8 * i)));
    for (int i = 6; i < 16; ++i)
        bytes[i] = char(quint8(random[std::size_t(i - 6) / 4] >> (8 * ((i - 6) % 4))));
    bytes[6] = char(0x70 | (quint8(bytes[6]) & 0x0f)); // version 7
    bytes[8] = char(0x80 | (quint8(bytes[8]) & 0x3f)); // RFC 9562 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace casedesk
