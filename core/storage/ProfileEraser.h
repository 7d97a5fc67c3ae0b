#pragma once

#include "Profile.h"
#include "common/Expected.h"
#include "keys/KeyStore.h"

namespace casedesk {

struct ProfileErasure {
    int files = 0;
    qint64 bytesOverwritten = 0;
};

// Removes a profile for good: a counter PC handed on, a shared PC's profile
// retired. The key goes first: the sealed key file is overwritten, the
// keychain entry deleted, so the vault's pages stay unreadable even where
// the disk keeps old blocks (journaling file systems and SSDs do, whatever
// is overwritten). Then every file of the profile is overwritten with zeros,
// synced and deleted, and the directory with them.
//
// The vault must be closed. Deciding whether unsent changes may be lost is
// the caller's (casedeskctl remove): this class removes what it is given.
class ProfileEraser
{
public:
    explicit ProfileEraser(Profile profile);

    // A key that cannot be forgotten (no secret service answers) stops it
    // before any file of the vault is touched.
    Expected<ProfileErasure> erase(KeyStore &keys);

private:
    Expected<qint64> overwrite(const QString &path) const;

    Profile m_profile;
};

} // namespace casedesk
