#include "PdfToUnicodeRepair.h"

#include <QRawFont>
#include <QSet>

#include <optional>

namespace casedesk {

namespace {

// Every code point of the Basic Multilingual Plane but the surrogates: Qt
// maps no glyph beyond it.
const QList<QChar> &basicPlane()
{
    static const QList<QChar> all = [] {
        QList<QChar> chars;
        chars.reserve(0xffff - 0x800);
        for (char32_t c = 1; c <= 0xffff; ++c) {
            if (!QChar::isSurrogate(c))
                chars.append(QChar(char16_t(c)));
        }
        return chars;
    }();
    return all;
}

QList<quint32> glyphs(const QRawFont &font, const QList<QChar> &chars)
{
    QList<quint32> indexes(chars.size());
    int count = int(indexes.size());
    if (!font.glyphIndexesForChars(chars.constData(), int(chars.size()), indexes.data(), &count))
        return {};
    indexes.resize(count);
    return indexes;
}

std::optional<char16_t> hexAt(const QByteArray &data, qsizetype at)
{
    if (at + 6 > data.size() || data.at(at) != '<' || data.at(at + 5) != '>')
        return std::nullopt;
    bool ok = false;
    const uint value = data.mid(at + 1, 4).toUInt(&ok, 16);
    return ok ? std::optional<char16_t>(char16_t(value)) : std::nullopt;
}

// Replaces the <XXXX> at `at` when it is a substituted code point.
bool substitute(QByteArray &data, qsizetype at, const QHash<char16_t, char16_t> &substitutions)
{
    const std::optional<char16_t> code = hexAt(data, at);
    if (!code || !substitutions.contains(*code))
        return false;
    const QByteArray hex = QByteArray::number(substitutions.value(*code), 16).toUpper().rightJustified(4, '0');
    data.replace(at + 1, 4, hex);
    return true;
}

// One line of a bfrange section, as Qt writes them: "<first> <last> <code>"
// or "<first> <last> [<code> <code> …]".
int repairLine(QByteArray &data, qsizetype begin, qsizetype end, const QHash<char16_t, char16_t> &substitutions)
{
    const std::optional<char16_t> first = hexAt(data, begin);
    const std::optional<char16_t> last = hexAt(data, begin + 7);
    if (!first || !last || begin + 14 > end)
        return 0;
    int changed = 0;
    if (data.at(begin + 14) == '[') {
        for (qsizetype at = data.indexOf('<', begin + 14); at >= 0 && at < end; at = data.indexOf('<', at + 6))
            changed += substitute(data, at, substitutions) ? 1 : 0;
    } else if (*first == *last) {
        // A run of consecutive codes ("<first> <last> <code>" with first <
        // last) holds no look-alike in practice: Qt writes runs for ten or
        // more consecutive code points in glyph order. It is left alone.
        changed += substitute(data, begin + 14, substitutions) ? 1 : 0;
    }
    return changed;
}

} // namespace

QHash<char16_t, char16_t> PdfToUnicodeRepair::substitutions(const QString &text, const QList<QFont> &fonts)
{
    QSet<char16_t> drawnSet;
    for (QChar c : text) {
        if (!c.isSurrogate())
            drawnSet.insert(c.unicode());
    }
    QList<QChar> drawn;
    for (char16_t c : std::as_const(drawnSet))
        drawn.append(QChar(c));

    QHash<char16_t, char16_t> result;
    for (const QFont &font : fonts) {
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        const QList<quint32> drawnGlyphs = glyphs(raw, drawn);
        const QList<quint32> planeGlyphs = glyphs(raw, basicPlane());
        if (drawnGlyphs.size() != drawn.size() || planeGlyphs.size() != basicPlane().size())
            continue;
        QHash<quint32, char16_t> drawnByGlyph;
        for (qsizetype i = 0; i < drawn.size(); ++i) {
            if (drawnGlyphs.at(i) != 0)
                drawnByGlyph.insert(drawnGlyphs.at(i), drawn.at(i).unicode());
        }
        // The lowest code point of each glyph is the one Qt writes.
        QSet<quint32> seen;
        for (qsizetype i = 0; i < planeGlyphs.size() && seen.size() < drawnByGlyph.size(); ++i) {
            const quint32 glyph = planeGlyphs.at(i);
            if (!drawnByGlyph.contains(glyph) || seen.contains(glyph))
                continue;
            seen.insert(glyph);
            const char16_t written = basicPlane().at(i).unicode();
            const char16_t intended = drawnByGlyph.value(glyph);
            // A look-alike the text itself uses is ambiguous; it stays.
            if (written != intended && !drawnSet.contains(written))
                result.insert(written, intended);
        }
    }
    return result;
}

int PdfToUnicodeRepair::apply(QByteArray &pdf, const QHash<char16_t, char16_t> &substitutions)
{
    if (substitutions.isEmpty())
        return 0;
    static const QByteArray sectionBegin = QByteArrayLiteral("beginbfrange\n");
    static const QByteArray sectionEnd = QByteArrayLiteral("endbfrange");
    int changed = 0;
    qsizetype from = 0;
    while ((from = pdf.indexOf(sectionBegin, from)) >= 0) {
        const qsizetype end = pdf.indexOf(sectionEnd, from + sectionBegin.size());
        if (end < 0)
            break;
        qsizetype line = from + sectionBegin.size();
        while (line < end) {
            qsizetype lineEnd = pdf.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            changed += repairLine(pdf, line, lineEnd, substitutions);
            line = lineEnd + 1;
        }
        from = end;
    }
    return changed;
}

} // namespace casedesk
