#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>
#include <QString>

namespace casedesk {

// Puts the characters a document drew back into the text layer of the PDF
// Qt wrote for it.
//
// Qt 6.4 writes each embedded font's ToUnicode map (the text a PDF viewer
// copies, searches and reads aloud) by taking, for every glyph, the lowest
// code point the font maps to it. CJK fonts share glyphs between a character
// and its look-alikes: 人 (U+4EBA) with the Kangxi radical ⼈ (U+2F08), 户
// with ⼾, 日 and 月 likewise, the ideographic space with the em space. The
// PDF would then read 申请⼈ and 2026年12⽉5⽇, and a search for 申请人 would
// find nothing. Knowing the text and the fonts drawn, the maps are corrected
// in place: each entry is four hex digits and stays four, so no offset in the
// file moves.
class PdfToUnicodeRepair
{
public:
    // For the characters of `text` drawn in `fonts`: the code point Qt will
    // have put in the map instead → the character drawn.
    static QHash<char16_t, char16_t> substitutions(const QString &text, const QList<QFont> &fonts);

    // Rewrites the ToUnicode maps of `pdf`; returns how many entries changed.
    static int apply(QByteArray &pdf, const QHash<char16_t, char16_t> &substitutions);
};

} // namespace casedesk
