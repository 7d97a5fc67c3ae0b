#include "PassphraseKeyStore.h"

#include "WrappedKey.h"
#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {
// A key file is well under a kilobyte; refuse to read anything large.
constexpr qint64 maximumKeyFileSize = 4096;
} // namespace

PassphraseKeyStore::PassphraseKeyStore(QString keyFilePath, SecureBytes passphrase)
    : m_keyFilePath(std::move(keyFilePath)), m_passphrase(std::move(passphrase))
{ }

QString PassphraseKeyStore::description() const
{
    return QCoreApplication::translate("PassphraseKeyStore", "passphrase-protected key file");
}

QString PassphraseKeyStore::pathFor(KeySlot slot) const
{
    return slot == KeySlot::Pending ? m_keyFilePath + u".pending"_s : m_keyFilePath;
}

Expected<SecureBytes> PassphraseKeyStore::load(KeySlot slot)
{
    QFile file(pathFor(slot));
    if (!file.exists())
        return Error::make(
            ErrorCode::KeyNotFound,
            QCoreApplication::translate("PassphraseKeyStore", "There is no key file at %1.").arg(file.fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("PassphraseKeyStore", "Cannot read the key file %1: %2")
                               .arg(file.fileName(), file.errorString()));
    if (file.size() > maximumKeyFileSize)
        return Error::make(ErrorCode::Corrupt,
                           QCoreApplication::translate("PassphraseKeyStore", "%1 is too large to be a key file.")
                               .arg(file.fileName()));
    return WrappedKey::unwrap(file.readAll(), m_passphrase);
}

Expected<void> PassphraseKeyStore::store(const SecureBytes &key, KeySlot slot)
{
    auto sealed = WrappedKey::wrap(key, m_passphrase);
    if (!sealed)
        return sealed.error();
    // QSaveFile writes a temporary file, fsyncs it and renames it over the
    // old one: a crash leaves the old key file or the new one, never half.
    QSaveFile file(pathFor(slot));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(sealed.value()) != sealed->size() || !file.commit())
        return Error::make(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                           QCoreApplication::translate("PassphraseKeyStore", "Cannot write the key file %1: %2")
                               .arg(file.fileName(), file.errorString()));
    qCInfo(lcKeys) << "vault key sealed in" << file.fileName();
    return {};
}

Expected<void> PassphraseKeyStore::forget(KeySlot slot)
{
    QFile file(pathFor(slot));
    if (file.exists() && !file.remove())
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("PassphraseKeyStore", "Cannot remove the key file %1: %2")
                               .arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace casedesk
