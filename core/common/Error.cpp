#include "Error.h"

using namespace Qt::StringLiterals;

namespace casedesk {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return u"none"_s;
    case ErrorCode::InvalidArgument: return u"invalid-argument"_s;
    case ErrorCode::ProfileMissing: return u"profile-missing"_s;
    case ErrorCode::ProfileExists: return u"profile-exists"_s;
    case ErrorCode::ReadOnly: return u"read-only"_s;
    case ErrorCode::DiskFull: return u"disk-full"_s;
    case ErrorCode::Io: return u"io"_s;
    case ErrorCode::WrongKey: return u"wrong-key"_s;
    case ErrorCode::WrongPassphrase: return u"wrong-passphrase"_s;
    case ErrorCode::NotACaseDeskDatabase: return u"not-a-casedesk-database"_s;
    case ErrorCode::Corrupt: return u"corrupt"_s;
    case ErrorCode::NewerSchema: return u"newer-schema"_s;
    case ErrorCode::KeyStoreUnavailable: return u"key-store-unavailable"_s;
    case ErrorCode::KeyNotFound: return u"key-not-found"_s;
    case ErrorCode::Crypto: return u"crypto"_s;
    case ErrorCode::Sql: return u"sql"_s;
    case ErrorCode::Busy: return u"busy"_s;
    case ErrorCode::PermissionDenied: return u"permission-denied"_s;
    }
    return u"unknown"_s;
}

} // namespace casedesk
