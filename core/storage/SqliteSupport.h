#pragma once

// Internal to core/storage: includes SQLCipher's sqlite3.h, which no public
// header may expose.
#include <sqlcipher/sqlite3.h>

#include <QMetaType>
#include <QSqlError>

namespace casedesk::sqlite {

// A QSqlError carrying SQLite's extended result code and message; for I/O
// failures the OS error (ENOSPC, EFBIG, EROFS, …) is appended, because
// "disk I/O error" alone does not tell IT staff what to fix.
// *systemErrno, when given, receives the OS error (or 0).
QSqlError makeError(sqlite3 *db, const QString &driverText, QSqlError::ErrorType type, int resultCode,
                    int *systemErrno = nullptr);

// The Qt type for a declared column type, after SQLite's affinity rules
// (datatype3.html, 3.1) plus our convention: DATETIME/TIMESTAMP columns hold
// UTC timestamps as ISO 8601 text.
QMetaType typeFromDeclaration(const QString &declared);

inline QString toQString(const void *utf16)
{
    return utf16 ? QString(static_cast<const QChar *>(utf16)) : QString();
}

} // namespace casedesk::sqlite
