#pragma once

#include "KeyStore.h"

#include <QString>

namespace casedesk {

// The vault key in a file in the profile, sealed under a passphrase
// (WrappedKey). Used when no secret service answers, or when asked for.
class PassphraseKeyStore final : public KeyStore
{
public:
    PassphraseKeyStore(QString keyFilePath, SecureBytes passphrase);

    Kind kind() const override { return Kind::Passphrase; }
    QString description() const override;
    Expected<SecureBytes> load(KeySlot slot) override;
    Expected<void> store(const SecureBytes &key, KeySlot slot) override;
    Expected<void> forget(KeySlot slot) override;

    // A new passphrase for the same key: the next store() seals with it.
    void setPassphrase(SecureBytes passphrase) { m_passphrase = std::move(passphrase); }

private:
    QString pathFor(KeySlot slot) const;

    QString m_keyFilePath;
    SecureBytes m_passphrase;
};

} // namespace casedesk
