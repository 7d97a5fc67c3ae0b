#pragma once

#include "DocumentFormat.h"

#include <QByteArrayView>

#include <optional>

namespace casedesk {

// What a document's bytes say it is. Decided by the magic bytes and the
// structure behind them, never by a file name: a text file renamed .png is
// Unknown, a PNG cut off in the middle is Truncated.
struct SniffResult {
    enum class Verdict {
        Recognised,
        Unknown, // none of the accepted formats
        Truncated, // starts like format, but ends before its structure does
        Damaged, // starts like format, but its structure is broken
    };
    Verdict verdict = Verdict::Unknown;
    std::optional<DocumentFormat> format; // unless Unknown
};

// Walks the container structure (PNG chunks and their CRCs, JPEG segments up
// to the image data and its end marker, the first TIFF directory and its
// strips, the PDF header and trailer) without decoding any pixels, so it is
// cheap enough for every import and safe on hostile input: every offset is
// checked against the size before it is read.
SniffResult sniffDocument(QByteArrayView bytes);

} // namespace casedesk
