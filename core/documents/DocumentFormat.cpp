#include "DocumentFormat.h"

using namespace Qt::StringLiterals;

namespace casedesk {

QString mediaTypeName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Png: return u"image/png"_s;
    case DocumentFormat::Jpeg: return u"image/jpeg"_s;
    case DocumentFormat::Tiff: return u"image/tiff"_s;
    case DocumentFormat::Pdf: return u"application/pdf"_s;
    }
    return QString();
}

std::optional<DocumentFormat> formatFromMediaType(QStringView mediaType)
{
    for (DocumentFormat format :
         {DocumentFormat::Png, DocumentFormat::Jpeg, DocumentFormat::Tiff, DocumentFormat::Pdf}) {
        if (mediaType.compare(mediaTypeName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString formatDisplayName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Png: return u"PNG"_s;
    case DocumentFormat::Jpeg: return u"JPEG"_s;
    case DocumentFormat::Tiff: return u"TIFF"_s;
    case DocumentFormat::Pdf: return u"PDF"_s;
    }
    return QString();
}

} // namespace casedesk
