#include "ExitCode.h"

namespace casedesk::ctl {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return Success;
    case ErrorCode::InvalidArgument: return Usage;
    case ErrorCode::WrongKey:
    case ErrorCode::WrongPassphrase:
    case ErrorCode::KeyNotFound: return WrongKey;
    case ErrorCode::NotACaseDeskDatabase: return NotADatabase;
    case ErrorCode::NewerSchema: return NewerSchema;
    case ErrorCode::ReadOnly: return ReadOnly;
    case ErrorCode::DiskFull:
    case ErrorCode::Io: return DiskFull;
    case ErrorCode::KeyStoreUnavailable: return NoKeyStore;
    case ErrorCode::ProfileMissing:
    case ErrorCode::ProfileExists: return ProfileState;
    case ErrorCode::Corrupt: return Damaged;
    case ErrorCode::Crypto:
    case ErrorCode::Busy: return InUse;
    case ErrorCode::Sql:
    case ErrorCode::PermissionDenied: return Failure;
    }
    return Failure;
}

} // namespace casedesk::ctl
