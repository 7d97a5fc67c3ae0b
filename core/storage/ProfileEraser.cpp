#include "ProfileEraser.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr qint64 chunkSize = 1024 * 1024;

Error ioError(const QString &path, const QString &why)
{
    return Error::make(
        ErrorCode::Io,
        QCoreApplication::translate("ProfileEraser", "Cannot erase %1: %2. Nothing after it was removed.")
            .arg(path, why));
}

} // namespace

ProfileEraser::ProfileEraser(Profile profile) : m_profile(std::move(profile))
{ }

Expected<qint64> ProfileEraser::overwrite(const QString &path) const
{
    QFile file(path);
    // Not Truncate: the zeros must land on the blocks that held the data.
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return ioError(path, file.errorString());
    const qint64 size = file.size();
    const QByteArray zeros(int(std::min(size, chunkSize)), '\0');
    for (qint64 written = 0; written < size;) {
        const qint64 chunk = std::min(size - written, chunkSize);
        if (file.write(zeros.constData(), chunk) != chunk)
            return ioError(path, file.errorString());
        written += chunk;
    }
    if (!file.flush() || ::fsync(file.handle()) != 0)
        return ioError(path, file.errorString());
    return size;
}

Expected<ProfileErasure> ProfileEraser::erase(KeyStore &keys)
{
    const QString directory = m_profile.directory();
    if (!m_profile.exists())
        return Error::make(
            ErrorCode::ProfileMissing,
            QCoreApplication::translate("ProfileEraser", "There is no CaseDesk profile in %1.").arg(directory));
    ProfileErasure erasure;
    // The sealed key first: with it gone, the vault is noise to anyone who
    // reads the disk afterwards, passphrase or not.
    if (keys.kind() == KeyStore::Kind::Passphrase && QFile::exists(m_profile.keyFilePath())) {
        auto overwritten = overwrite(m_profile.keyFilePath());
        if (!overwritten)
            return overwritten.error();
        erasure.bytesOverwritten += *overwritten;
    }
    for (KeySlot slot : {KeySlot::Pending, KeySlot::Current}) {
        if (auto forgotten = keys.forget(slot); !forgotten)
            return forgotten.error();
    }
    qCInfo(lcVault) << "profile" << directory << ": key forgotten, erasing its files";

    // Symbolic links are removed, never followed: what they point to is not the profile's.
    QDirIterator files(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!QFileInfo(path).isSymLink()) {
            auto overwritten = overwrite(path);
            if (!overwritten)
                return overwritten.error();
            erasure.bytesOverwritten += *overwritten;
        }
        if (!QFile::remove(path))
            return ioError(path, QCoreApplication::translate("ProfileEraser", "it cannot be deleted"));
        ++erasure.files;
    }
    if (!QDir(directory).removeRecursively())
        return ioError(directory, QCoreApplication::translate("ProfileEraser", "the folder cannot be deleted"));
    qCInfo(lcVault) << "profile" << directory << "erased:" << erasure.files << "files";
    return erasure;
}

} // namespace casedesk
