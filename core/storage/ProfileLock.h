#pragma once

#include "common/Error.h"
#include "storage/Profile.h"

#include <QLockFile>

#include <memory>

namespace casedesk {

// One program at a time writes a profile: the counter workstation, or a
// casedeskctl command that changes the vault (sync, seed, rekey, remove).
// Two sync engines on one vault would push the same outbox and spend the
// same receipt numbers. The lock is a file beside the profile's folder
// (DIR.lock), so that erasing the profile leaves it alone; a holder that
// died (a crash, SIGKILL) leaves a lock QLockFile finds stale and takes over.
class ProfileLock
{
public:
    // Busy, saying which process holds it, when another program does.
    static Expected<std::unique_ptr<ProfileLock>> acquire(const Profile &profile);

    ProfileLock(const ProfileLock &) = delete;
    ProfileLock &operator=(const ProfileLock &) = delete;

    static QString lockFilePath(const Profile &profile);

private:
    explicit ProfileLock(const QString &path);

    QLockFile m_file;
};

} // namespace casedesk
