#pragma once

#include "ExitCode.h"
#include "keys/SecureBytes.h"
#include "storage/ProfileLock.h"
#include "storage/Vault.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace casedesk::ctl {

struct VaultOptions {
    QString profileDirectory;
    // Set when --passphrase-stdin selected the passphrase store.
    std::optional<SecureBytes> passphrase;
};

struct OpenedVault {
    std::unique_ptr<ProfileLock> lock; // a command that changes the vault holds it (first made, last gone)
    std::unique_ptr<KeyStore> keyStore;
    std::unique_ptr<Vault> vault;
};

// What a command does with the vault: reads it (status, verify, conflicts)
// beside a running workstation, or changes it, holding the profile's lock.
enum class VaultAccess { Read, Change };

// Opens the profile's vault with the key store its metadata names.
Expected<OpenedVault> openVault(const VaultOptions &options, VaultAccess access);

// The vault verbs of casedeskctl. Each writes its report to out, its errors
// to err, and returns the process exit code.
class VaultCommands
{
public:
    VaultCommands(VaultOptions options, QTextStream &out, QTextStream &err);

    ExitCode init();
    ExitCode status();
    ExitCode verify();
    ExitCode rekey();
    ExitCode seed(qint64 cases, quint32 randomSeed);
    // A consistent copy of the profile whose key is sealed with the passphrase.
    ExitCode backup(const QString &destination);
    // A backup made by backup(), as this profile (key in the system keychain
    // when one answers).
    ExitCode restore(const QString &backupDirectory);
    // Erases the profile and forgets its key (core/storage/ProfileEraser).
    // Refused while changes have not reached the platform, unless
    // discardUnsent says they may be lost.
    ExitCode remove(bool discardUnsent);

private:
    ExitCode fail(const Error &error);

    VaultOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace casedesk::ctl
