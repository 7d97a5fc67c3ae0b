#pragma once

#include "common/Expected.h"
#include "keys/KeyStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace casedesk {

// What profile.json records: nothing secret. keyCheck is an HMAC of a fixed
// label under the vault key; it tells "wrong key" apart from "not a CaseDesk
// database" without revealing anything about the key.
struct ProfileMetadata {
    static constexpr int currentFormat = 1;

    int format = currentFormat;
    QString profileId;
    KeyStore::Kind keyStore = KeyStore::Kind::Keychain;
    QByteArray keyCheck;
    QDateTime createdUtc;
};

// A workstation profile: one directory holding the encrypted database, its
// metadata and (for the passphrase store) the sealed key file.
class Profile
{
public:
    explicit Profile(QString directory);

    // $XDG_DATA_HOME/casedesk/default (usually ~/.local/share/casedesk/default).
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString databasePath() const;
    QString metadataPath() const;
    QString keyFilePath() const;

    bool exists() const;
    Expected<ProfileMetadata> readMetadata() const;
    Expected<void> writeMetadata(const ProfileMetadata &metadata) const;

    static QByteArray keyCheckFor(const SecureBytes &key);
    static QString newProfileId();

    // The key store this profile's metadata names: the system keychain entry
    // for its id, or its passphrase-sealed key file.
    std::unique_ptr<KeyStore> keyStore(const ProfileMetadata &metadata, SecureBytes passphrase) const;

private:
    QString m_directory;
};

} // namespace casedesk
