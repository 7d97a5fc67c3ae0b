#pragma once

#include "KeyStore.h"

#include <chrono>

namespace casedesk {

// The vault key in the OS secret service (GNOME Keyring, KWallet) through
// QtKeychain. QtKeychain's insecure plain-text fallback is never enabled.
class KeychainKeyStore final : public KeyStore
{
public:
    // profileId names the entry, so a moved profile directory keeps its key.
    explicit KeychainKeyStore(QString profileId, std::chrono::milliseconds timeout = std::chrono::seconds(20));

    Kind kind() const override { return Kind::Keychain; }
    QString description() const override;
    Expected<SecureBytes> load(KeySlot slot) override;
    Expected<void> store(const SecureBytes &key, KeySlot slot) override;
    Expected<void> forget(KeySlot slot) override;

    // True when a secret service answers on the session bus (a read of a
    // missing entry comes back as "not found" rather than "no backend").
    static bool isAvailable(std::chrono::milliseconds timeout = std::chrono::seconds(5));

    static QString serviceName();

private:
    QString entryName(KeySlot slot) const;

    QString m_profileId;
    std::chrono::milliseconds m_timeout;
};

} // namespace casedesk
