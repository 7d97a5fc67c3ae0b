#pragma once

#include "common/Error.h"

#include <QSqlError>

#include <functional>

namespace casedesk {

// Turns an SQLite failure into an Error a counter clerk or IT staff can act
// on: a full disk, a read-only profile, a damaged file, a busy database.
// systemErrno is the OS error SQLite saw (ENOSPC, EFBIG, EROFS, …), or 0.
Error storageError(const QSqlError &error, int systemErrno, const QString &action);

// How a store turns an SQL failure into an Error: the vault adds the OS
// error its connection saw; other connections (benchmarks, tools) may not.
using SqlErrorMapper = std::function<Error(const QSqlError &error, const QString &action)>;

} // namespace casedesk
