#pragma once

// Internal to core/storage: the state SqlCipherDriver shares with its results.
#include "SqlCipherDriver.h"
#include "SqliteSupport.h"

#include <QList>

namespace casedesk {

struct SqlCipherDriver::Private {
    sqlite3 *db = nullptr;
    SecureBytes rawKey;
    bool readOnly = false;
    // The OS error behind the last failure (ENOSPC, EFBIG, EROFS, …), or 0.
    int lastSystemErrno = 0;

    QSqlError error(const QString &driverText, QSqlError::ErrorType type, int resultCode)
    {
        return sqlite::makeError(db, driverText, type, resultCode, &lastSystemErrno);
    }
    // Live results, finalized on close() so sqlite3_close never meets an
    // open statement.
    mutable QList<SqlCipherResult *> results;
};

} // namespace casedesk
