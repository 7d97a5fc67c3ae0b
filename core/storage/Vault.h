#pragma once

#include "CaseQuery.h"
#include "CaseStore.h"
#include "DocumentStore.h"
#include "DraftStore.h"
#include "Profile.h"
#include "common/Expected.h"
#include "feedback/FollowUps.h"
#include "feedback/RatingStore.h"
#include "keys/KeyStore.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "security/SignInStore.h"
#include "sync/SyncStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <memory>

namespace casedesk {

class SqlCipherDriver;

// The encrypted cache of one workstation profile, opened with the key from a
// KeyStore. Owns one QSqlDatabase connection, which belongs to the thread
// that opened the vault.
//
// Opening never writes to a database it refuses: a wrong key, a file that is
// not a CaseDesk database, or a schema newer than the program leave the file
// byte-for-byte unchanged.
class Vault
{
public:
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    // A new profile: a fresh 32-byte random key, saved in keyStore, and an
    // empty database at the latest schema.
    static Expected<std::unique_ptr<Vault>> create(const Profile &profile, KeyStore &keyStore,
                                                   const QString &profileId);
    static Expected<std::unique_ptr<Vault>> open(const Profile &profile, KeyStore &keyStore);

    QSqlDatabase database() const;
    const Profile &profile() const { return m_profile; }
    const ProfileMetadata &metadata() const { return m_metadata; }
    int schemaVersion() const;
    QString cipherVersion() const;

    // Re-encrypts the database under a new random key and stores the key; a
    // crash at any point leaves a vault that opens with one of the two keys.
    Expected<void> rekey(KeyStore &keyStore);

    // A consistent copy of the vault, taken while it stays in use, as a new
    // profile in target whose key (this vault's key, read from ownKeys) is kept
    // by targetKeys. Serves both backup (target keys: a passphrase file) and
    // restore (from a backup, target keys: the system keychain).
    Expected<void> backUpTo(KeyStore &ownKeys, const Profile &target, KeyStore &targetKeys,
                            const QString &targetProfileId) const;

    // PRAGMA integrity_check and foreign_key_check; an empty list means sound.
    Expected<QStringList> checkIntegrity() const;

    // Another connection to the same vault, for another thread (the sync
    // engine): call it from the thread that will use it, and close it there.
    // The vault keeps its key in locked, wiped memory for this while open.
    Expected<QString> openConnection() const;
    static void closeConnection(const QString &name);

    CaseStore caseStore() const;
    CaseQuery caseQuery() const;
    DocumentStore documentStore() const;
    DraftStore draftStore() const;
    SyncStore syncStore() const;
    AuditLog auditLog() const;
    SignInStore signInStore() const;
    // The check core services make for this user, refusals recorded in this
    // vault's audit log; hand it to caseStore().guardedBy() and the like.
    PermissionGuard permissionGuard(const Actor &actor) const;
    RatingStore ratingStore() const;
    // The follow-ups of bad ratings, acting for this user.
    FollowUpStore followUpStore(const Actor &actor) const;

    // An SQL failure on this vault's connection, as an actionable Error.
    Error errorFrom(const QSqlError &error, const QString &action) const;

private:
    Vault(Profile profile, ProfileMetadata metadata, QString connectionName);

    SqlCipherDriver *driver() const;

    Profile m_profile;
    ProfileMetadata m_metadata;
    QString m_connectionName;
    SecureBytes m_key;
};

} // namespace casedesk
