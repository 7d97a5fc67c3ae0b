#include "DocumentSniffer.h"

#include <QList>
#include <QtEndian>

#include <algorithm>
#include <array>

namespace casedesk {

namespace {

using Verdict = SniffResult::Verdict;

quint8 byteAt(QByteArrayView bytes, qsizetype at)
{
    return static_cast<quint8>(bytes[at]);
}

// CRC-32 of ISO 3309, as PNG chunks carry it (PNG spec, 5.5). QtCore only
// offers CRC-16, and zlib is not ours to link.
quint32 crc32(QByteArrayView data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> entries{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            entries[n] = c;
        }
        return entries;
    }();
    quint32 crc = 0xffffffffu;
    for (char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xffu] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

bool isChunkType(QByteArrayView type)
{
    return std::all_of(type.begin(), type.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

// IHDR (PNG spec, 11.2.2): non-zero size and one of the allowed
// colour type / bit depth pairs.
bool isValidPngHeader(QByteArrayView data)
{
    if (data.size() != 13)
        return false;
    const quint32 width = qFromBigEndian<quint32>(data.data());
    const quint32 height = qFromBigEndian<quint32>(data.data() + 4);
    const quint8 depth = byteAt(data, 8);
    const quint8 colourType = byteAt(data, 9);
    if (width == 0 || height == 0 || width > 0x7fffffffu || height > 0x7fffffffu)
        return false;
    if (byteAt(data, 10) != 0 || byteAt(data, 11) != 0 || byteAt(data, 12) > 1)
        return false;
    switch (colourType) {
    case 0: return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3: return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6: return depth == 8 || depth == 16;
    default: return false;
    }
}

// Every chunk up to IEND, each with its CRC: a scan cut off by a full USB
// stick or a dropped network share lacks IEND, a flipped bit fails a CRC.
SniffResult sniffPng(QByteArrayView bytes)
{
    constexpr DocumentFormat png = DocumentFormat::Png;
    qsizetype pos = 8;
    bool first = true;
    bool sawImageData = false;
    for (;;) {
        if (bytes.size() - pos < 12)
            return {Verdict::Truncated, png};
        const quint32 length = qFromBigEndian<quint32>(bytes.data() + pos);
        const QByteArrayView type = bytes.sliced(pos + 4, 4);
        if (length > 0x7fffffffu || !isChunkType(type))
            return {Verdict::Damaged, png};
        if (bytes.size() - pos - 12 < qsizetype(length))
            return {Verdict::Truncated, png};
        const QByteArrayView data = bytes.sliced(pos + 8, qsizetype(length));
        if (crc32(bytes.sliced(pos + 4, qsizetype(length) + 4))
            != qFromBigEndian<quint32>(bytes.data() + pos + 8 + qsizetype(length)))
            return {Verdict::Damaged, png};
        if (first) {
            if (type != QByteArrayView("IHDR") || !isValidPngHeader(data))
                return {Verdict::Damaged, png};
            first = false;
        } else if (type == QByteArrayView("IDAT")) {
            sawImageData = true;
        } else if (type == QByteArrayView("IEND")) {
            return {sawImageData ? Verdict::Recognised : Verdict::Damaged, png};
        }
        pos += 12 + qsizetype(length);
    }
}

// Start-of-frame markers (ITU T.81, table B.1): SOF0–SOF15 without DHT (C4),
// JPG (C8) and DAC (CC).
bool isFrameMarker(quint8 marker)
{
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

// The marker segments (ITU T.81, B.1) up to the first scan, then the end of
// image marker: it cannot occur inside entropy-coded data, where every 0xFF
// is followed by a stuffed zero or a restart marker.
SniffResult sniffJpeg(QByteArrayView bytes)
{
    constexpr DocumentFormat jpeg = DocumentFormat::Jpeg;
    qsizetype pos = 2;
    bool sawFrame = false;
    for (;;) {
        if (pos >= bytes.size())
            return {Verdict::Truncated, jpeg};
        if (byteAt(bytes, pos) != 0xff)
            return {Verdict::Damaged, jpeg};
        while (pos < bytes.size() && byteAt(bytes, pos) == 0xff)
            ++pos; // fill bytes
        if (pos >= bytes.size())
            return {Verdict::Truncated, jpeg};
        const quint8 marker = byteAt(bytes, pos++);
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
            continue; // TEM and RSTn stand alone
        if (marker == 0x00 || marker == 0xd8 || marker == 0xd9)
            return {Verdict::Damaged, jpeg}; // no marker, a second start, or the end before any image
        if (bytes.size() - pos < 2)
            return {Verdict::Truncated, jpeg};
        const qsizetype length = qFromBigEndian<quint16>(bytes.data() + pos);
        if (length < 2)
            return {Verdict::Damaged, jpeg};
        if (bytes.size() - pos < length)
            return {Verdict::Truncated, jpeg};
        if (isFrameMarker(marker)) {
            // precision, height, width, number of components (B.2.2)
            if (length < 8 || qFromBigEndian<quint16>(bytes.data() + pos + 5) == 0 || byteAt(bytes, pos + 7) == 0)
                return {Verdict::Damaged, jpeg};
            sawFrame = true;
        } else if (marker == 0xda) {
            if (!sawFrame)
                return {Verdict::Damaged, jpeg};
            const bool ends = bytes.sliced(pos + length).indexOf(QByteArrayView("\xff\xd9")) >= 0;
            return {ends ? Verdict::Recognised : Verdict::Truncated, jpeg};
        }
        pos += length;
    }
}

// Reads TIFF values in the file's byte order, every offset checked.
class TiffReader
{
public:
    TiffReader(QByteArrayView bytes, bool littleEndian) : m_bytes(bytes), m_little(littleEndian) { }

    quint16 u16(qsizetype at) const
    {
        return m_little ? qFromLittleEndian<quint16>(m_bytes.data() + at)
                        : qFromBigEndian<quint16>(m_bytes.data() + at);
    }
    quint32 u32(qsizetype at) const
    {
        return m_little ? qFromLittleEndian<quint32>(m_bytes.data() + at)
                        : qFromBigEndian<quint32>(m_bytes.data() + at);
    }

    // The SHORT or LONG values of the directory entry at entry (TIFF 6.0,
    // section 2: values of up to four bytes sit in the entry itself).
    // Truncated when they lie beyond the end, Damaged for other types.
    Verdict values(qsizetype entry, QList<quint32> &out) const
    {
        const quint16 type = u16(entry + 2);
        const quint32 count = u32(entry + 4);
        const qsizetype width = type == 3 ? 2 : type == 4 ? 4 : 0;
        if (width == 0 || count == 0 || count > quint32(m_bytes.size()))
            return Verdict::Damaged;
        const qsizetype total = qsizetype(count) * width;
        const qsizetype at = total <= 4 ? entry + 8 : qsizetype(u32(entry + 8));
        if (at > m_bytes.size() - total)
            return Verdict::Truncated;
        out.clear();
        out.reserve(count);
        for (qsizetype i = 0; i < qsizetype(count); ++i)
            out.append(width == 2 ? u16(at + 2 * i) : u32(at + 4 * i));
        return Verdict::Recognised;
    }

private:
    QByteArrayView m_bytes;
    bool m_little;
};

// The first image file directory (TIFF 6.0, section 2): a size, and strips
// or tiles that all lie inside the file.
SniffResult sniffTiff(QByteArrayView bytes, bool littleEndian)
{
    constexpr DocumentFormat tiff = DocumentFormat::Tiff;
    if (bytes.size() < 8)
        return {Verdict::Truncated, tiff};
    const TiffReader read(bytes, littleEndian);
    const quint32 directory = read.u32(4);
    if (directory < 8)
        return {Verdict::Damaged, tiff};
    if (qint64(directory) + 2 > bytes.size())
        return {Verdict::Truncated, tiff};
    const quint16 entries = read.u16(directory);
    if (entries == 0)
        return {Verdict::Damaged, tiff};
    if (qint64(directory) + 2 + 12 * qint64(entries) + 4 > bytes.size())
        return {Verdict::Truncated, tiff};

    QList<quint32> width, height, offsets, counts;
    for (qsizetype i = 0; i < entries; ++i) {
        const qsizetype entry = qsizetype(directory) + 2 + 12 * i;
        QList<quint32> *target = nullptr;
        switch (read.u16(entry)) {
        case 256: target = &width; break;
        case 257: target = &height; break;
        case 273: // StripOffsets
        case 324: target = &offsets; break; // TileOffsets
        case 279: // StripByteCounts
        case 325: target = &counts; break; // TileByteCounts
        default: continue;
        }
        if (const Verdict verdict = read.values(entry, *target); verdict != Verdict::Recognised)
            return {verdict, tiff};
    }
    if (width.isEmpty() || height.isEmpty() || width.first() == 0 || height.first() == 0 || offsets.isEmpty()
        || offsets.size() != counts.size())
        return {Verdict::Damaged, tiff};
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        if (qint64(offsets[i]) + qint64(counts[i]) > bytes.size())
            return {Verdict::Truncated, tiff};
    }
    return {Verdict::Recognised, tiff};
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The header "%PDF-M.m" (ISO 32000-2, 7.5.2) and the trailer's startxref and
// %%EOF (7.5.5); readers tolerate a few bytes after %%EOF, so the last KiB
// is searched. Objects are left to the decoder in the UI.
SniffResult sniffPdf(QByteArrayView bytes)
{
    constexpr DocumentFormat pdf = DocumentFormat::Pdf;
    if (bytes.size() < 8)
        return {Verdict::Truncated, pdf};
    if (!isDigit(bytes[5]) || bytes[6] != '.' || !isDigit(bytes[7]))
        return {Verdict::Damaged, pdf};
    const QByteArrayView tail = bytes.last(std::min<qsizetype>(bytes.size() - 8, 1024));
    if (tail.indexOf(QByteArrayView("%%EOF")) < 0)
        return {Verdict::Truncated, pdf};
    if (tail.indexOf(QByteArrayView("startxref")) < 0)
        return {Verdict::Damaged, pdf};
    return {Verdict::Recognised, pdf};
}

struct Signature {
    QByteArrayView magic;
    DocumentFormat format;
};

// Sized explicitly: the TIFF signatures hold zero bytes.
const std::array<Signature, 5> signatures{{
    {QByteArrayView("\x89PNG\r\n\x1a\n", 8), DocumentFormat::Png},
    {QByteArrayView("\xff\xd8\xff", 3), DocumentFormat::Jpeg},
    {QByteArrayView("II*\0", 4), DocumentFormat::Tiff},
    {QByteArrayView("MM\0*", 4), DocumentFormat::Tiff},
    {QByteArrayView("%PDF-", 5), DocumentFormat::Pdf},
}};

} // namespace

SniffResult sniffDocument(QByteArrayView bytes)
{
    for (const Signature &signature : signatures) {
        if (bytes.startsWith(signature.magic)) {
            switch (signature.format) {
            case DocumentFormat::Png: return sniffPng(bytes);
            case DocumentFormat::Jpeg: return sniffJpeg(bytes);
            case DocumentFormat::Tiff: return sniffTiff(bytes, bytes.front() == 'I');
            case DocumentFormat::Pdf: return sniffPdf(bytes);
            }
        }
        // Shorter than the signature but equal to its start: the rest is missing.
        if (!bytes.isEmpty() && bytes.size() < signature.magic.size() && signature.magic.startsWith(bytes))
            return {Verdict::Truncated, signature.format};
    }
    return {};
}

} // namespace casedesk
