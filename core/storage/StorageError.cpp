#include "StorageError.h"

#include <QCoreApplication>

#include <cerrno>

namespace casedesk {

namespace {

// SQLite's primary result codes we distinguish (sqlite3.h).
enum SqlitePrimary {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

} // namespace

Error storageError(const QSqlError &error, int systemErrno, const QString &action)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    const bool outOfSpace = systemErrno == ENOSPC || systemErrno == EFBIG || systemErrno == EDQUOT;
    const bool readOnlyFs = systemErrno == EROFS || systemErrno == EACCES || systemErrno == EPERM;

    if (primary == Full || (primary == IoError && outOfSpace))
        return Error::make(
            ErrorCode::DiskFull,
            QCoreApplication::translate("StorageError",
                                        "The disk is full: %1 failed. Everything saved before is intact; free some "
                                        "space and try again. (%2)")
                .arg(action, detail));
    if (primary == ReadOnly || ((primary == CantOpen || primary == IoError) && readOnlyFs))
        return Error::make(
            ErrorCode::ReadOnly,
            QCoreApplication::translate("StorageError",
                                        "The profile is read-only: %1 failed. CaseDesk needs write access to its "
                                        "profile directory. (%2)")
                .arg(action, detail));
    if (primary == NotADatabase)
        return Error::make(
            ErrorCode::NotACaseDeskDatabase,
            QCoreApplication::translate("StorageError", "%1 failed: the file is not a CaseDesk database. (%2)")
                .arg(action, detail));
    if (primary == Corrupt)
        return Error::make(
            ErrorCode::Corrupt,
            QCoreApplication::translate("StorageError",
                                        "%1 failed: the database is damaged. Restore the profile from a backup. (%2)")
                .arg(action, detail));
    if (primary == Busy || primary == Locked)
        return Error::make(
            ErrorCode::Busy,
            QCoreApplication::translate("StorageError", "%1 failed: the database is in use by another program. (%2)")
                .arg(action, detail));
    if (primary == IoError || primary == CantOpen)
        return Error::make(
            ErrorCode::Io,
            QCoreApplication::translate("StorageError", "%1 failed: the disk could not be read or written. (%2)")
                .arg(action, detail));
    return Error::make(ErrorCode::Sql,
                       QCoreApplication::translate("StorageError", "%1 failed: %2").arg(action, detail));
}

} // namespace casedesk
