#include "VaultCommands.h"

#include "domain/SyntheticCases.h"
#include "keys/KeychainKeyStore.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/CaseStore.h"
#include "storage/Migrations.h"
#include "storage/ProfileEraser.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace casedesk::ctl {

namespace {

constexpr qint64 seedBatchSize = 1000;

} // namespace

Expected<OpenedVault> openVault(const VaultOptions &options, VaultAccess access)
{
    const Profile profile(options.profileDirectory);
    auto metadata = profile.readMetadata();
    if (!metadata)
        return metadata.error();
    OpenedVault opened;
    if (access == VaultAccess::Change) {
        auto lock = ProfileLock::acquire(profile);
        if (!lock)
            return lock.error();
        opened.lock = std::move(lock).value();
    }
    if (metadata->keyStore == KeyStore::Kind::Passphrase && !options.passphrase)
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate(
                               "casedeskctl",
                               "This profile's key is sealed with a passphrase: pass --passphrase-stdin and write "
                               "the passphrase to standard input."));
    if (metadata->keyStore == KeyStore::Kind::Keychain && options.passphrase)
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "casedeskctl",
                "This profile keeps its key in the system keychain; --passphrase-stdin does not apply."));
    opened.keyStore = profile.keyStore(*metadata, options.passphrase ? options.passphrase->clone() : SecureBytes());
    auto vault = Vault::open(profile, *opened.keyStore);
    if (!vault)
        return vault.error();
    opened.vault = std::move(vault).value();
    return opened;
}

VaultCommands::VaultCommands(VaultOptions options, QTextStream &out, QTextStream &err)
    : m_options(std::move(options)), m_out(out), m_err(err)
{ }

ExitCode VaultCommands::fail(const Error &error)
{
    m_err << QCoreApplication::translate("casedeskctl", "casedeskctl: %1").arg(error.message) << Qt::endl;
    return exitCodeFor(error.code);
}

ExitCode VaultCommands::init()
{
    const Profile profile(m_options.profileDirectory);
    const QString profileId = Profile::newProfileId();
    std::unique_ptr<KeyStore> keyStore;
    if (m_options.passphrase) {
        keyStore = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), m_options.passphrase->clone());
    } else {
        if (!KeychainKeyStore::isAvailable())
            return fail(Error::make(
                ErrorCode::KeyStoreUnavailable,
                QCoreApplication::translate("casedeskctl",
                                            "No secret service (system keychain) answers on this session. Protect the "
                                            "key with a passphrase instead: casedeskctl init --passphrase-stdin")));
        keyStore = std::make_unique<KeychainKeyStore>(profileId);
    }
    auto vault = Vault::create(profile, *keyStore, profileId);
    if (!vault)
        return fail(vault.error());
    m_out << QCoreApplication::translate("casedeskctl", "Created profile %1 (schema version %2, key in the %3).")
                 .arg(profile.directory())
                 .arg((*vault)->schemaVersion())
                 .arg(keyStore->description())
          << Qt::endl;
    return Success;
}

ExitCode VaultCommands::status()
{
    auto opened = openVault(m_options, VaultAccess::Read);
    if (!opened)
        return fail(opened.error());
    const Vault &vault = *opened->vault;
    auto counts = vault.caseStore().counts();
    if (!counts)
        return fail(counts.error());
    const int latest = latestSchemaVersion();
    const auto line = [this](const QString &label, const QString &value) {
        m_out << label.leftJustified(18) << value << Qt::endl;
    };
    line(QCoreApplication::translate("casedeskctl", "profile"), vault.profile().directory());
    line(QCoreApplication::translate("casedeskctl", "profile id"), vault.metadata().profileId);
    line(QCoreApplication::translate("casedeskctl", "schema version"),
         QCoreApplication::translate("casedeskctl", "%1 (this program: %2)").arg(vault.schemaVersion()).arg(latest));
    line(QCoreApplication::translate("casedeskctl", "key store"), opened->keyStore->description());
    line(QCoreApplication::translate("casedeskctl", "encryption"),
         QCoreApplication::translate("casedeskctl", "SQLCipher %1 on SQLite %2")
             .arg(vault.cipherVersion(), SqlCipherDriver::sqliteVersion()));
    line(QCoreApplication::translate("casedeskctl", "cases"), QString::number(counts->cases));
    line(QCoreApplication::translate("casedeskctl", "applicants"), QString::number(counts->applicants));
    line(QCoreApplication::translate("casedeskctl", "documents"), QString::number(counts->documents));
    line(QCoreApplication::translate("casedeskctl", "case events"), QString::number(counts->caseEvents));
    line(QCoreApplication::translate("casedeskctl", "pending ops"), QString::number(counts->pendingOps));
    return Success;
}

ExitCode VaultCommands::verify()
{
    auto opened = openVault(m_options, VaultAccess::Read);
    if (!opened)
        return fail(opened.error());
    auto problems = opened->vault->checkIntegrity();
    if (!problems)
        return fail(problems.error());
    QStringList faults = *problems;
    // The audit chain is walked only in a sound database.
    qint64 auditRecords = 0;
    if (faults.isEmpty()) {
        auto audit = opened->vault->auditLog().verify();
        if (!audit)
            return fail(audit.error());
        auditRecords = audit->records;
        if (const auto &broken = audit->firstBreak)
            faults << QCoreApplication::translate("casedeskctl", "audit log, record %1 %2: %3")
                          .arg(broken->position)
                          .arg(auditBreakKindName(broken->kind), broken->explanation);
    }
    if (!faults.isEmpty()) {
        for (const QString &fault : std::as_const(faults))
            m_out << QCoreApplication::translate("casedeskctl", "fault: %1").arg(fault) << Qt::endl;
        m_err << QCoreApplication::translate("casedeskctl", "casedeskctl: the vault has %n fault(s).", nullptr,
                                             int(faults.size()))
              << Qt::endl;
        return Failure;
    }
    m_out << QCoreApplication::translate("casedeskctl", "ok: database integrity verified") << Qt::endl;
    m_out << QCoreApplication::translate("casedeskctl", "ok: audit chain of %n record(s) verified", nullptr,
                                         int(auditRecords))
          << Qt::endl;
    return Success;
}

ExitCode VaultCommands::rekey()
{
    auto opened = openVault(m_options, VaultAccess::Change);
    if (!opened)
        return fail(opened.error());
    if (auto rekeyed = opened->vault->rekey(*opened->keyStore); !rekeyed)
        return fail(rekeyed.error());
    m_out << QCoreApplication::translate("casedeskctl", "The vault is now encrypted under a new key, kept in the %1.")
                 .arg(opened->keyStore->description())
          << Qt::endl;
    return Success;
}

ExitCode VaultCommands::backup(const QString &destination)
{
    if (!m_options.passphrase)
        return fail(
            Error::make(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("casedeskctl",
                                                    "backup needs --passphrase-stdin: the copy's key is sealed "
                                                    "with that passphrase (for a passphrase profile, its own).")));
    const Profile source(m_options.profileDirectory);
    auto metadata = source.readMetadata();
    if (!metadata)
        return fail(metadata.error());
    VaultOptions sourceOptions{m_options.profileDirectory, std::nullopt};
    if (metadata->keyStore == KeyStore::Kind::Passphrase)
        sourceOptions.passphrase = m_options.passphrase->clone();
    auto opened = openVault(sourceOptions, VaultAccess::Read);
    if (!opened)
        return fail(opened.error());
    const Profile target(destination);
    PassphraseKeyStore targetKeys(target.keyFilePath(), m_options.passphrase->clone());
    if (auto copied = opened->vault->backUpTo(*opened->keyStore, target, targetKeys, Profile::newProfileId()); !copied)
        return fail(copied.error());
    m_out << QCoreApplication::translate("casedeskctl", "Backed up %1 to %2; the copy opens with the passphrase.")
                 .arg(source.directory(), target.directory())
          << Qt::endl;
    return Success;
}

ExitCode VaultCommands::restore(const QString &backupDirectory)
{
    if (!m_options.passphrase)
        return fail(Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("casedeskctl", "restore needs --passphrase-stdin: the backup's passphrase.")));
    // The profile restored into is written: nothing else may have it open.
    auto targetLock = ProfileLock::acquire(Profile(m_options.profileDirectory));
    if (!targetLock)
        return fail(targetLock.error());
    auto opened = openVault(VaultOptions{backupDirectory, m_options.passphrase->clone()}, VaultAccess::Read);
    if (!opened)
        return fail(opened.error());
    if (auto problems = opened->vault->checkIntegrity(); !problems || !problems->isEmpty())
        return fail(problems ? Error::make(ErrorCode::Corrupt, problems->join(u"; "_s)) : problems.error());
    const Profile target(m_options.profileDirectory);
    const QString profileId = Profile::newProfileId();
    std::unique_ptr<KeyStore> targetKeys;
    if (KeychainKeyStore::isAvailable())
        targetKeys = std::make_unique<KeychainKeyStore>(profileId);
    else
        targetKeys = std::make_unique<PassphraseKeyStore>(target.keyFilePath(), m_options.passphrase->clone());
    if (auto copied = opened->vault->backUpTo(*opened->keyStore, target, *targetKeys, profileId); !copied)
        return fail(copied.error());
    m_out << QCoreApplication::translate("casedeskctl", "Restored %1 as %2 (key in the %3).")
                 .arg(Profile(backupDirectory).directory(), target.directory(), targetKeys->description())
          << Qt::endl;
    return Success;
}

ExitCode VaultCommands::remove(bool discardUnsent)
{
    auto opened = openVault(m_options, VaultAccess::Change);
    if (!opened)
        return fail(opened.error());
    auto counts = opened->vault->caseStore().counts();
    if (!counts)
        return fail(counts.error());
    if (counts->pendingOps > 0 && !discardUnsent) {
        m_err << QCoreApplication::translate("casedeskctl",
                                             "casedeskctl: %n change(s) in this profile have not reached the platform "
                                             "and would be lost. Run \"casedeskctl sync\" first, or pass "
                                             "--discard-unsent to remove the profile all the same.",
                                             nullptr, int(counts->pendingOps))
              << Qt::endl;
        return Failure;
    }
    const Profile profile = opened->vault->profile();
    std::unique_ptr<KeyStore> keys = std::move(opened->keyStore);
    opened->vault.reset(); // closed before its files go
    auto erased = ProfileEraser(profile).erase(*keys);
    if (!erased)
        return fail(erased.error());
    m_out << QCoreApplication::translate("casedeskctl",
                                         "Removed profile %1: its key is forgotten and its %n file(s) overwritten "
                                         "and deleted.",
                                         nullptr, erased->files)
                 .arg(profile.directory())
          << Qt::endl;
    return Success;
}

ExitCode VaultCommands::seed(qint64 cases, quint32 randomSeed)
{
    auto opened = openVault(m_options, VaultAccess::Change);
    if (!opened)
        return fail(opened.error());
    CaseStore store = opened->vault->caseStore();
    SyntheticCases synthetic(randomSeed);
    qint64 written = 0;
    while (written < cases) {
        QList<NewCase> batch;
        const qint64 size = std::min(seedBatchSize, cases - written);
        batch.reserve(size);
        for (qint64 i = 0; i < size; ++i)
            batch.append(synthetic.next());
        if (auto inserted = store.insertNew(batch, u"casedeskctl"_s); !inserted) {
            m_out << QCoreApplication::translate("casedeskctl", "Seeded %1 synthetic cases before the failure.")
                         .arg(written)
                  << Qt::endl;
            return fail(inserted.error());
        }
        written += size;
    }
    m_out << QCoreApplication::translate("casedeskctl", "Seeded %1 synthetic cases.").arg(written) << Qt::endl;
    return Success;
}

} // namespace casedesk::ctl
