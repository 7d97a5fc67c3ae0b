#pragma once

#include <QString>

namespace casedesk {

// Stable codes: scripts and exit codes depend on them, so never renumber.
enum class ErrorCode {
    None = 0,
    InvalidArgument,
    ProfileMissing,
    ProfileExists,
    ReadOnly,
    DiskFull,
    Io,
    WrongKey,
    WrongPassphrase,
    NotACaseDeskDatabase,
    Corrupt,
    NewerSchema,
    KeyStoreUnavailable,
    KeyNotFound,
    Crypto,
    Sql,
    Busy,
    PermissionDenied,
};

// An error as a value: a stable code for programs, a translated message for people.
struct Error {
    ErrorCode code = ErrorCode::None;
    QString message;

    static Error make(ErrorCode code, QString message) { return Error{code, std::move(message)}; }
};

QString errorCodeName(ErrorCode code);

} // namespace casedesk
