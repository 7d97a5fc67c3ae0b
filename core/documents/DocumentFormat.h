#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace casedesk {

// The formats a counter accepts for materials: what scanners and phones
// produce (PNG, JPEG, TIFF) and what other offices issue (PDF).
enum class DocumentFormat { Png, Jpeg, Tiff, Pdf };

// The IANA media type stored with the document and sent to the platform.
QString mediaTypeName(DocumentFormat format);
std::optional<DocumentFormat> formatFromMediaType(QStringView mediaType);
// The short name clerks know the format by ("PNG", "PDF").
QString formatDisplayName(DocumentFormat format);

} // namespace casedesk
