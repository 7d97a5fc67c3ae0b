#include "Profile.h"

#include "keys/Crypto.h"
#include "keys/KeychainKeyStore.h"
#include "keys/PassphraseKeyStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr qint64 maximumMetadataSize = 64 * 1024;

Error damaged(const QString &path, const QString &why)
{
    return Error::make(ErrorCode::Corrupt,
                       QCoreApplication::translate("Profile", "The profile file %1 is damaged: %2").arg(path, why));
}

} // namespace

Profile::Profile(QString directory) : m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
{ }

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/casedesk/default"_s;
}

QString Profile::databasePath() const
{
    return m_directory + u"/casedesk.db"_s;
}

QString Profile::metadataPath() const
{
    return m_directory + u"/profile.json"_s;
}

QString Profile::keyFilePath() const
{
    return m_directory + u"/vault.key"_s;
}

bool Profile::exists() const
{
    return QFileInfo::exists(metadataPath());
}

Expected<ProfileMetadata> Profile::readMetadata() const
{
    QFile file(metadataPath());
    if (!file.exists())
        return Error::make(ErrorCode::ProfileMissing,
                           QCoreApplication::translate(
                               "Profile", "There is no CaseDesk profile in %1. Create one with `casedeskctl init`.")
                               .arg(m_directory));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::Io,
            QCoreApplication::translate("Profile", "Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > maximumMetadataSize)
        return damaged(file.fileName(), QCoreApplication::translate("Profile", "the file is too large"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(file.fileName(), parseError.errorString());
    const QJsonObject json = document.object();

    ProfileMetadata metadata;
    metadata.format = json.value(u"format"_s).toInt(-1);
    if (metadata.format != ProfileMetadata::currentFormat)
        return damaged(file.fileName(),
                       QCoreApplication::translate("Profile", "unsupported format %1").arg(metadata.format));
    metadata.profileId = json.value(u"profileId"_s).toString();
    const QString store = json.value(u"keyStore"_s).toString();
    if (store == keyStoreKindName(KeyStore::Kind::Keychain))
        metadata.keyStore = KeyStore::Kind::Keychain;
    else if (store == keyStoreKindName(KeyStore::Kind::Passphrase))
        metadata.keyStore = KeyStore::Kind::Passphrase;
    else
        return damaged(file.fileName(), QCoreApplication::translate("Profile", "unknown key store \"%1\"").arg(store));
    metadata.keyCheck = QByteArray::fromBase64(json.value(u"keyCheck"_s).toString().toLatin1());
    metadata.createdUtc = QDateTime::fromString(json.value(u"created"_s).toString(), Qt::ISODate);
    if (metadata.profileId.isEmpty() || metadata.keyCheck.size() != 16)
        return damaged(file.fileName(),
                       QCoreApplication::translate("Profile", "the profile id or key check is missing"));
    return metadata;
}

Expected<void> Profile::writeMetadata(const ProfileMetadata &metadata) const
{
    const QJsonObject json{
        {u"format"_s, metadata.format},
        {u"profileId"_s, metadata.profileId},
        {u"keyStore"_s, keyStoreKindName(metadata.keyStore)},
        {u"keyCheck"_s, QString::fromLatin1(metadata.keyCheck.toBase64())},
        {u"created"_s, metadata.createdUtc.toUTC().toString(Qt::ISODate)},
    };
    QSaveFile file(metadataPath());
    const QByteArray bytes = QJsonDocument(json).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(
            file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
            QCoreApplication::translate("Profile", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

QByteArray Profile::keyCheckFor(const SecureBytes &key)
{
    return crypto::hmacSha256(key, QByteArrayLiteral("CaseDesk vault key check v1")).left(16);
}

QString Profile::newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::unique_ptr<KeyStore> Profile::keyStore(const ProfileMetadata &metadata, SecureBytes passphrase) const
{
    if (metadata.keyStore == KeyStore::Kind::Passphrase)
        return std::make_unique<PassphraseKeyStore>(keyFilePath(), std::move(passphrase));
    return std::make_unique<KeychainKeyStore>(metadata.profileId);
}

} // namespace casedesk
