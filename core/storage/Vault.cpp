#include "Vault.h"

#include "SchemaMigrator.h"
#include "SqlCipherDriver.h"
#include "StorageError.h"
#include "VaultSettings.h"
#include "common/LogCategories.h"
#include "keys/Crypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr std::size_t vaultKeySize = 32;
// SQLCipher 3 writes whole 1024-byte pages; anything shorter is not ours.
constexpr qint64 cipherPageSize = 1024;

Error notOurs(const QString &path, const QString &why)
{
    return Error::make(
        ErrorCode::NotACaseDeskDatabase,
        QCoreApplication::translate("Vault", "%1 is not a CaseDesk database (%2). It was not changed.").arg(path, why));
}

// Checks what can be checked without SQLite: presence, write access and the
// first bytes. An empty file must be refused here, or SQLite would happily
// turn it into a new database.
Expected<void> checkDatabaseFile(const Profile &profile)
{
    const QString path = profile.databasePath();
    QFileInfo info(path);
    if (!info.exists())
        return Error::make(ErrorCode::ProfileMissing,
                           QCoreApplication::translate("Vault", "The profile in %1 has no database file (%2).")
                               .arg(profile.directory(), path));
    if (!QFileInfo(profile.directory()).isWritable() || !info.isWritable())
        return Error::make(
            ErrorCode::ReadOnly,
            QCoreApplication::translate("Vault",
                                        "The profile in %1 is read-only. CaseDesk needs to write to its profile "
                                        "directory; check the permissions or the disk.")
                .arg(profile.directory()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("Vault", "Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(16);
    if (head == QByteArrayView("SQLite format 3\0", 16))
        return notOurs(path, QCoreApplication::translate("Vault", "it is an unencrypted SQLite database"));
    if (file.size() < cipherPageSize || file.size() % cipherPageSize != 0)
        return notOurs(path, QCoreApplication::translate("Vault", "its size does not fit an encrypted database"));
    return {};
}

QString newConnectionName()
{
    return u"casedesk-vault-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Opens the file with a raw key; the driver wipes its copy after keying.
// Returns the connection name.
Expected<QString> connect(const QString &path, const SecureBytes &key, bool create)
{
    SqlCipherDriver::registerDriver();
    auto *driver = new SqlCipherDriver;
    driver->setRawKey(key.clone());
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        if (!create)
            db.setConnectOptions(u"QSQLCIPHER_NO_CREATE"_s);
        if (db.open())
            return name;
    }
    const Error error = storageError(driver->lastError(), driver->lastSystemErrno(),
                                     QCoreApplication::translate("Vault", "Opening the vault"));
    dropConnection(name);
    return error;
}

// Connection settings for every vault connection. journal_mode=WAL is a no-op
// on a vault that is already in WAL mode, so refusing a newer schema after
// this still leaves the file untouched.
Expected<void> configure(QSqlDatabase db, const std::function<Error(const QSqlError &, const QString &)> &mapError)
{
    QSqlQuery query(db);
    for (const QString &pragma : vaultConnectionSettings()) {
        if (!query.exec(pragma))
            return mapError(query.lastError(), QCoreApplication::translate("Vault", "Configuring the vault"));
    }
    return {};
}

} // namespace

Vault::Vault(Profile profile, ProfileMetadata metadata, QString connectionName)
    : m_profile(std::move(profile)), m_metadata(std::move(metadata)), m_connectionName(std::move(connectionName))
{ }

Expected<QString> Vault::openConnection() const
{
    auto name = connect(m_profile.databasePath(), m_key, false);
    if (!name)
        return name.error();
    const auto mapError = [](const QSqlError &error, const QString &action) {
        return storageError(error, 0, action);
    };
    if (auto configured = configure(QSqlDatabase::database(*name, false), mapError); !configured) {
        dropConnection(*name);
        return configured.error();
    }
    return name;
}

void Vault::closeConnection(const QString &name)
{
    dropConnection(name);
}

Vault::~Vault()
{
    dropConnection(m_connectionName);
}

QSqlDatabase Vault::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

SqlCipherDriver *Vault::driver() const
{
    return static_cast<SqlCipherDriver *>(database().driver());
}

CaseStore Vault::caseStore() const
{
    return CaseStore(database(),
                     [this](const QSqlError &error, const QString &action) { return errorFrom(error, action); });
}

CaseQuery Vault::caseQuery() const
{
    return CaseQuery(database(),
                     [this](const QSqlError &error, const QString &action) { return errorFrom(error, action); });
}

DocumentStore Vault::documentStore() const
{
    return DocumentStore(database(),
                         [this](const QSqlError &error, const QString &action) { return errorFrom(error, action); });
}

DraftStore Vault::draftStore() const
{
    return DraftStore(database(),
                      [this](const QSqlError &error, const QString &action) { return errorFrom(error, action); });
}

SyncStore Vault::syncStore() const
{
    return SyncStore(database(),
                     [this](const QSqlError &error, const QString &action) { return errorFrom(error, action); });
}

AuditLog Vault::auditLog() const
{
    return AuditLog(database(),
                    [this](const QSqlError &error, const QString &action) { return errorFrom(error, action); });
}

SignInStore Vault::signInStore() const
{
    return SignInStore(database(),
                       [this](const QSqlError &error, const QString &action) { return errorFrom(error, action); });
}

PermissionGuard Vault::permissionGuard(const Actor &actor) const
{
    return PermissionGuard(actor, auditLog());
}

RatingStore Vault::ratingStore() const
{
    return RatingStore(database(),
                       [this](const QSqlError &error, const QString &action) { return errorFrom(error, action); });
}

FollowUpStore Vault::followUpStore(const Actor &actor) const
{
    return FollowUpStore(
        database(), [this](const QSqlError &error, const QString &action) { return errorFrom(error, action); },
        permissionGuard(actor));
}

Error Vault::errorFrom(const QSqlError &error, const QString &action) const
{
    return storageError(error, driver()->lastSystemErrno(), action);
}

Expected<std::unique_ptr<Vault>> Vault::create(const Profile &profile, KeyStore &keyStore, const QString &profileId)
{
    if (profile.exists() || QFileInfo::exists(profile.databasePath()))
        return Error::make(
            ErrorCode::ProfileExists,
            QCoreApplication::translate("Vault", "A CaseDesk profile already exists in %1; it was left as it is.")
                .arg(profile.directory()));
    QDir directory(profile.directory());
    if (!directory.mkpath(u"."_s)
        || !QFile::setPermissions(profile.directory(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error::make(
            ErrorCode::ReadOnly,
            QCoreApplication::translate("Vault", "Cannot create the profile directory %1.").arg(profile.directory()));

    auto key = crypto::randomBytes(vaultKeySize);
    if (!key)
        return key.error();
    if (auto stored = keyStore.store(*key, KeySlot::Current); !stored)
        return stored.error();

    ProfileMetadata metadata;
    metadata.profileId = profileId;
    metadata.keyStore = keyStore.kind();
    metadata.keyCheck = Profile::keyCheckFor(*key);
    metadata.createdUtc = QDateTime::currentDateTimeUtc();

    auto undo = [&](const Error &error) {
        // Nothing of value is in a vault that failed to initialise: remove it
        // so that a second `init` starts clean.
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(profile.databasePath() + suffix);
        (void)keyStore.forget(KeySlot::Current);
        return error;
    };

    auto name = connect(profile.databasePath(), *key, true);
    if (!name)
        return undo(name.error());
    std::unique_ptr<Vault> vault(new Vault(profile, metadata, *name));
    vault->m_key = key->clone();
    const QFile::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile::setPermissions(profile.databasePath(), ownerOnly);
    const auto mapError = [&vault](const QSqlError &error, const QString &action) {
        return vault->errorFrom(error, action);
    };
    if (auto configured = configure(vault->database(), mapError); !configured) {
        vault.reset();
        return undo(configured.error());
    }
    if (auto migrated = SchemaMigrator(vault->database(), mapError).migrate(); !migrated) {
        vault.reset();
        return undo(migrated.error());
    }
    if (auto written = profile.writeMetadata(metadata); !written) {
        vault.reset();
        return undo(written.error());
    }
    qCInfo(lcVault) << "created vault in" << profile.directory();
    return vault;
}

Expected<std::unique_ptr<Vault>> Vault::open(const Profile &profile, KeyStore &keyStore)
{
    auto metadata = profile.readMetadata();
    if (!metadata)
        return metadata.error();
    if (metadata->keyStore != keyStore.kind())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("Vault", "This profile keeps its key in the %1, not in the %2.")
                               .arg(metadata->keyStore == KeyStore::Kind::Keychain
                                        ? QCoreApplication::translate("Vault", "system keychain")
                                        : QCoreApplication::translate("Vault", "passphrase-protected key file"),
                                    keyStore.description()));
    if (auto file = checkDatabaseFile(profile); !file)
        return file.error();

    auto current = keyStore.load(KeySlot::Current);
    if (!current && current.error().code != ErrorCode::KeyNotFound)
        return current.error();
    const bool currentMatches = current && Profile::keyCheckFor(*current) == metadata->keyCheck;

    // A key rotation that was interrupted leaves the new key in the Pending
    // slot; the database is under the old key or the new one (rekey is one
    // transaction), and profile.json names one of them.
    Expected<QString> name = Error{};
    SecureBytes openedWith;
    if (currentMatches) {
        name = connect(profile.databasePath(), *current, false);
        if (!name && name.error().code != ErrorCode::NotACaseDeskDatabase)
            return name.error();
        if (name) {
            openedWith = current->clone();
            (void)keyStore.forget(KeySlot::Pending); // rotation died before the rekey
        }
    }
    if (!name) {
        auto pending = keyStore.load(KeySlot::Pending);
        if (pending) {
            name = connect(profile.databasePath(), *pending, false);
            if (name) {
                qCWarning(lcVault) << "completing an interrupted key rotation";
                metadata->keyCheck = Profile::keyCheckFor(*pending);
                if (auto written = profile.writeMetadata(*metadata); !written) {
                    dropConnection(*name);
                    return written.error();
                }
                if (auto stored = keyStore.store(*pending, KeySlot::Current); !stored) {
                    dropConnection(*name);
                    return stored.error();
                }
                (void)keyStore.forget(KeySlot::Pending);
                openedWith = pending->clone();
            }
        }
    }
    if (!name) {
        if (!current)
            return current.error();
        if (!currentMatches)
            return Error::make(ErrorCode::WrongKey,
                               QCoreApplication::translate(
                                   "Vault",
                                   "The key in the %1 does not belong to this profile's database. The database "
                                   "was not changed.")
                                   .arg(keyStore.description()));
        return notOurs(profile.databasePath(),
                       QCoreApplication::translate("Vault", "it does not open with this profile's key"));
    }

    std::unique_ptr<Vault> vault(new Vault(profile, *metadata, *name));
    vault->m_key = std::move(openedWith);
    const auto mapError = [&vault](const QSqlError &error, const QString &action) {
        return vault->errorFrom(error, action);
    };
    {
        QSqlQuery query(vault->database());
        if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
            return vault->errorFrom(query.lastError(), QCoreApplication::translate("Vault", "Opening the vault"));
        if (query.value(0).toInt() != vaultApplicationId)
            return notOurs(profile.databasePath(),
                           QCoreApplication::translate("Vault", "it belongs to another program"));
    }
    SchemaMigrator migrator(vault->database(), mapError);
    if (auto newer = migrator.checkNotNewer(); !newer)
        return newer.error();
    if (auto configured = configure(vault->database(), mapError); !configured)
        return configured.error();
    if (auto migrated = migrator.migrate(); !migrated)
        return migrated.error();
    qCInfo(lcVault) << "opened vault in" << profile.directory();
    return vault;
}

int Vault::schemaVersion() const
{
    auto version = SchemaMigrator(database(), [this](const QSqlError &e, const QString &a) {
                       return errorFrom(e, a);
                   }).currentVersion();
    return version ? *version : -1;
}

QString Vault::cipherVersion() const
{
    return driver()->cipherVersion();
}

Expected<void> Vault::rekey(KeyStore &keyStore)
{
    auto newKey = crypto::randomBytes(vaultKeySize);
    if (!newKey)
        return newKey.error();
    // Order matters: the new key is safe in the Pending slot before the
    // database depends on it.
    if (auto stored = keyStore.store(*newKey, KeySlot::Pending); !stored)
        return stored.error();
    if (auto rekeyed = driver()->rekey(*newKey); !rekeyed) {
        (void)keyStore.forget(KeySlot::Pending);
        return rekeyed.error();
    }
    ProfileMetadata updated = m_metadata;
    updated.keyCheck = Profile::keyCheckFor(*newKey);
    if (auto written = m_profile.writeMetadata(updated); !written)
        return written.error(); // open() completes the rotation from the Pending slot
    m_metadata = updated;
    m_key = newKey->clone();
    if (auto stored = keyStore.store(*newKey, KeySlot::Current); !stored)
        return stored.error();
    (void)keyStore.forget(KeySlot::Pending);
    qCInfo(lcVault) << "vault key rotated";
    return {};
}

Expected<void> Vault::backUpTo(KeyStore &ownKeys, const Profile &target, KeyStore &targetKeys,
                               const QString &targetProfileId) const
{
    if (target.exists() || QFileInfo::exists(target.databasePath()))
        return Error::make(ErrorCode::ProfileExists,
                           QCoreApplication::translate("Vault",
                                                       "A CaseDesk profile already exists in %1; it was left as "
                                                       "it is.")
                               .arg(target.directory()));
    auto key = ownKeys.load(KeySlot::Current);
    if (!key)
        return key.error();
    if (Profile::keyCheckFor(*key) != m_metadata.keyCheck)
        return Error::make(ErrorCode::WrongKey,
                           QCoreApplication::translate("Vault",
                                                       "The key in the %1 does not belong to this profile's "
                                                       "database. The database was not changed.")
                               .arg(ownKeys.description()));
    if (!QDir().mkpath(target.directory())
        || !QFile::setPermissions(target.directory(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error::make(ErrorCode::ReadOnly,
                           QCoreApplication::translate("Vault",
                                                       "Cannot create the profile "
                                                       "directory %1.")
                               .arg(target.directory()));
    auto undo = [&](const Error &error) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(target.databasePath() + suffix);
        (void)targetKeys.forget(KeySlot::Current);
        return error;
    };
    if (auto stored = targetKeys.store(*key, KeySlot::Current); !stored)
        return undo(stored.error());
    auto name = connect(target.databasePath(), *key, true);
    if (!name)
        return undo(name.error());
    auto copied = driver()->backUpTo(*static_cast<SqlCipherDriver *>(QSqlDatabase::database(*name, false).driver()));
    dropConnection(*name);
    if (!copied)
        return undo(copied.error());
    QFile::setPermissions(target.databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    ProfileMetadata metadata = m_metadata;
    metadata.profileId = targetProfileId;
    metadata.keyStore = targetKeys.kind();
    metadata.createdUtc = QDateTime::currentDateTimeUtc();
    if (auto written = target.writeMetadata(metadata); !written)
        return undo(written.error());
    qCInfo(lcVault) << "copied vault to" << target.directory();
    return {};
}

Expected<QStringList> Vault::checkIntegrity() const
{
    QStringList problems;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return errorFrom(query.lastError(), QCoreApplication::translate("Vault", "Checking the database"));
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (row != u"ok"_s)
            problems << row;
    }
    // A first pull under way (core/sync/FirstPullStaging) stages cases whose
    // applicants wait in staging too: those are checked against both.
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s))
        return errorFrom(query.lastError(), QCoreApplication::translate("Vault", "Checking the database"));
    QStringList checks;
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (table == u"pull_staging"_s)
            checks << u"SELECT 'pull_staging', s.rowid, 'applicants' FROM pull_staging s "
                      "WHERE NOT EXISTS (SELECT 1 FROM applicants a WHERE a.id = s.applicant_id) "
                      "AND NOT EXISTS (SELECT 1 FROM pull_staging_applicants p WHERE p.id = s.applicant_id)"_s;
        else
            checks << u"PRAGMA foreign_key_check(\"%1\")"_s.arg(table);
    }
    for (const QString &statement : std::as_const(checks)) {
        if (!query.exec(statement))
            return errorFrom(query.lastError(), QCoreApplication::translate("Vault", "Checking the database"));
        while (query.next())
            problems << QCoreApplication::translate("Vault", "Row %1 of table %2 points at a missing row of %3")
                            .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
    }
    return problems;
}

} // namespace casedesk
