#include "ProfileLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace casedesk {

ProfileLock::ProfileLock(const QString &path) : m_file(path)
{
    // Only a dead holder makes a lock stale: a counter stays open all day.
    m_file.setStaleLockTime(0);
}

QString ProfileLock::lockFilePath(const Profile &profile)
{
    return QDir::cleanPath(QFileInfo(profile.directory()).absoluteFilePath()) + u".lock"_s;
}

Expected<std::unique_ptr<ProfileLock>> ProfileLock::acquire(const Profile &profile)
{
    const QString path = lockFilePath(profile);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("ProfileLock", "The folder of the profile %1 cannot be made.")
                               .arg(profile.directory()));
    std::unique_ptr<ProfileLock> lock(new ProfileLock(path));
    if (lock->m_file.tryLock(0))
        return lock;
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString program;
        lock->m_file.getLockInfo(&pid, &host, &program);
        return Error::make(ErrorCode::Busy,
                           QCoreApplication::translate("ProfileLock",
                                                       "The profile %1 is in use by another program on this computer "
                                                       "(%2, process %3). Close it first, then try again.")
                               .arg(profile.directory(), program.isEmpty() ? u"?"_s : program)
                               .arg(pid));
    }
    return Error::make(ErrorCode::Io,
                       QCoreApplication::translate("ProfileLock",
                                                   "The profile %1 cannot be locked for this program: "
                                                   "%2 cannot be written.")
                           .arg(profile.directory(), path));
}

} // namespace casedesk
