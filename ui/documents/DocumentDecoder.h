#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

// The UI's half of the import check. DocumentImport (core) reads a file and
// checks its structure without QtGui; this decodes it the way the viewer
// will, before anything is stored, so that no material is attached that the
// counter cannot show. Whoever imports: DocumentImport::readFile(), then
// check(), then DocumentStore::attachNew().
class DocumentDecoder
{
public:
    // Decodes every frame of an image and opens a PDF and draws its first
    // page. The message names the document (name, usually the file name).
    static Expected<void> check(const QByteArray &bytes, const QString &mediaType, const QString &name);
};

} // namespace casedesk
