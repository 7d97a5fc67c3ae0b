#pragma once

#include "DocumentFormat.h"
#include "common/Expected.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

// A file that passed the import checks, ready for the UI's decoding check
// and then DocumentStore::add().
struct ImportedDocument {
    QString fileName; // without its folder, for messages and the material list
    DocumentFormat format = DocumentFormat::Png;
    QString mediaType;
    QByteArray bytes;
};

// Reads a material the counter imports (a scan, a photo, a PDF from another
// office) and decides what it is from its bytes, never from its name. Refuses
// an empty or oversized file and anything that is not a whole PNG, JPEG,
// TIFF or PDF, with a message that names the file. It stores nothing: a
// refused file leaves no trace in the vault.
class DocumentImport
{
public:
    // Large enough for a multi-page colour scan at 300 dpi, small enough that
    // the vault and the upload to the platform stay quick.
    static constexpr qint64 defaultMaximumSize = 50 * 1024 * 1024;

    explicit DocumentImport(qint64 maximumSize = defaultMaximumSize);

    qint64 maximumSize() const { return m_maximumSize; }

    Expected<ImportedDocument> readFile(const QString &path) const;
    // Bytes from elsewhere (a scanner, the clipboard), named for messages.
    Expected<ImportedDocument> check(QByteArray bytes, const QString &name) const;

private:
    Error tooLarge(const QString &name, qint64 size) const;

    qint64 m_maximumSize;
};

} // namespace casedesk
