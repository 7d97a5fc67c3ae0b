#pragma once

#include "keys/PassphraseKeyStore.h"
#include "storage/Profile.h"
#include "storage/Vault.h"

#include <QStringList>

#include <memory>

namespace casedesk::bench {

// The vault key, unsealed once: the passphrase's key derivation (PBKDF2,
// 600,000 rounds) is a deliberate cost paid when the clerk signs in, not
// part of opening the case list, so the timed opens take the key from here.
class UnsealedKeyStore final : public KeyStore
{
public:
    UnsealedKeyStore(PassphraseKeyStore &sealed, SecureBytes key);

    Kind kind() const override { return Kind::Passphrase; }
    QString description() const override { return m_sealed.description(); }
    Expected<SecureBytes> load(KeySlot slot) override;
    Expected<void> store(const SecureBytes &key, KeySlot slot) override;
    Expected<void> forget(KeySlot slot) override;

private:
    PassphraseKeyStore &m_sealed;
    SecureBytes m_key;
};

// A benchmark vault of synthetic cases in a profile directory that outlives
// the run: generated once (resumable: an interrupted fill is topped up), then
// reused, since a million cases take minutes to write.
class BenchVault
{
public:
    explicit BenchVault(const QString &directory);

    const Profile &profile() const { return m_profile; }
    // Creates the profile or tops it up to `cases`; prints progress to stderr.
    // Returns the number of cases in the vault.
    qint64 ensureCases(qint64 cases, quint32 seed);
    // Seconds the passphrase's key derivation took.
    double unsealSeconds() const { return m_unsealSeconds; }
    UnsealedKeyStore &keys() { return *m_unsealed; }
    // Vault::open with the unsealed key; with a page cache other than the
    // vault's own when one is set (to measure what the cache is worth).
    std::unique_ptr<Vault> open();
    void setCacheKiB(int kib) { m_cacheKiB = kib; }

    // Drops the database file from the OS page cache, as after a reboot.
    void evictFromPageCache() const;
    qint64 databaseBytes() const;

private:
    void unseal();

    Profile m_profile;
    std::unique_ptr<PassphraseKeyStore> m_sealed;
    std::unique_ptr<UnsealedKeyStore> m_unsealed;
    double m_unsealSeconds = 0;
    int m_cacheKiB = 0;
};

// What the counter types into the search box, drawn from the vault's own
// rows (random rows by rowid) so that every query names a real case.
struct SearchSamples {
    QStringList receiptNumbers;
    QStringList applicantNames;
    QStringList idTails;
};
SearchSamples sampleSearches(const Vault &vault, int count, quint32 seed);

} // namespace casedesk::bench
