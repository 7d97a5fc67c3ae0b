#include "DocumentImport.h"

#include "DocumentSniffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace casedesk {

DocumentImport::DocumentImport(qint64 maximumSize) : m_maximumSize(maximumSize)
{ }

Error DocumentImport::tooLarge(const QString &name, qint64 size) const
{
    const QLocale locale;
    return Error::make(ErrorCode::InvalidArgument,
                       QCoreApplication::translate("DocumentImport",
                                                   "\"%1\" is %2; documents of up to %3 can be imported. Scan it "
                                                   "at a lower resolution or split it into several documents.")
                           .arg(name, locale.formattedDataSize(size), locale.formattedDataSize(m_maximumSize)));
}

Expected<ImportedDocument> DocumentImport::readFile(const QString &path) const
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.exists() && !info.isFile())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("DocumentImport", "\"%1\" is not a file.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::Io,
            QCoreApplication::translate("DocumentImport", "\"%1\" cannot be read: %2").arg(name, file.errorString()));
    // Checked before reading, so that an enormous file is never loaded; the
    // read stops one byte past the limit in case the file grows meanwhile.
    if (file.size() > m_maximumSize)
        return tooLarge(name, file.size());
    QByteArray bytes = file.read(m_maximumSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::make(
            ErrorCode::Io,
            QCoreApplication::translate("DocumentImport", "\"%1\" cannot be read: %2").arg(name, file.errorString()));
    return check(std::move(bytes), name);
}

Expected<ImportedDocument> DocumentImport::check(QByteArray bytes, const QString &name) const
{
    if (bytes.isEmpty())
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("DocumentImport", "\"%1\" is empty: there is nothing to import.").arg(name));
    if (bytes.size() > m_maximumSize)
        return tooLarge(name, bytes.size());

    const SniffResult sniffed = sniffDocument(bytes);
    switch (sniffed.verdict) {
    case SniffResult::Verdict::Recognised: break;
    case SniffResult::Verdict::Unknown:
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("DocumentImport",
                                                       "\"%1\" is not a PNG, JPEG, TIFF or PDF document, whatever "
                                                       "its name says. Scan or save it in one of these formats.")
                               .arg(name));
    case SniffResult::Verdict::Truncated:
        return Error::make(ErrorCode::Corrupt,
                           QCoreApplication::translate("DocumentImport",
                                                       "\"%1\" is cut off: it starts like a %2 document but ends too "
                                                       "early. Copy or scan it again.")
                               .arg(name, formatDisplayName(*sniffed.format)));
    case SniffResult::Verdict::Damaged:
        return Error::make(ErrorCode::Corrupt,
                           QCoreApplication::translate("DocumentImport",
                                                       "\"%1\" is damaged: it starts like a %2 document but its "
                                                       "structure is broken. Copy or scan it again.")
                               .arg(name, formatDisplayName(*sniffed.format)));
    }
    return ImportedDocument{name, *sniffed.format, mediaTypeName(*sniffed.format), std::move(bytes)};
}

} // namespace casedesk
