#include "DocumentDecoder.h"

#include "DocumentPages.h"
#include "documents/DocumentFormat.h"

#include <QCoreApplication>

namespace casedesk {

Expected<void> DocumentDecoder::check(const QByteArray &bytes, const QString &mediaType, const QString &name)
{
    auto pages = DocumentPages::open(bytes, mediaType, name);
    if (!pages)
        return pages.error();
    // A PDF's later pages are drawn as far as Poppler can, so only an image's
    // frames can still fail: each is decoded once here.
    if (formatFromMediaType(mediaType) == DocumentFormat::Pdf)
        return {};
    for (int page = 1; page < (*pages)->count(); ++page) {
        if ((*pages)->size(page).isEmpty())
            return Error::make(ErrorCode::Corrupt,
                               QCoreApplication::translate("DocumentDecoder",
                                                           "\"%1\" cannot be shown: page %2 of %3 is damaged. "
                                                           "Copy or scan it again.")
                                   .arg(name)
                                   .arg(page + 1)
                                   .arg((*pages)->count()));
    }
    return {};
}

} // namespace casedesk
