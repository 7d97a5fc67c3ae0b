#pragma once

#include "common/Error.h"

namespace casedesk::ctl {

// Documented in `casedeskctl --help` and docs/casedeskctl.md; scripts rely
// on them, so never renumber.
enum ExitCode : int {
    Success = 0,
    Failure = 1, // a check found a fault, or an unexpected error
    Usage = 2, // bad command line
    WrongKey = 3, // wrong passphrase, or a key that does not fit
    NotADatabase = 4, // the file is not a CaseDesk database
    NewerSchema = 5, // written by a newer CaseDesk
    ReadOnly = 6, // the profile cannot be written
    DiskFull = 7, // out of space, or another I/O error
    NoKeyStore = 8, // no secret service answers; use --passphrase-stdin
    ProfileState = 9, // no profile there (or one already exists, for init)
    Damaged = 10, // the database or profile files are damaged
    InUse = 11, // another program has the profile open for changes (ProfileLock), or the database is busy
};

ExitCode exitCodeFor(ErrorCode code);

} // namespace casedesk::ctl
