#pragma once

#include "common/Expected.h"
#include "keys/KeyStore.h"
#include "storage/Vault.h"

#include <memory>

class QWidget;

namespace casedesk {

// Opens the workstation's vault at start-up, asking only what it must: the
// system keychain first; the passphrase dialog when the profile's key is
// sealed with one (or, for a new profile, when no keychain answers); a clear
// dialog when neither can work.
class VaultUnlock
{
public:
    explicit VaultUnlock(Profile profile);

    // Null vault (with no error) means the user chose to quit.
    Expected<std::unique_ptr<Vault>> run();

    KeyStore *keyStore() const { return m_keyStore.get(); }

private:
    Expected<std::unique_ptr<Vault>> createProfile();
    Expected<std::unique_ptr<Vault>> openWithPassphrase(const ProfileMetadata &metadata);

    Profile m_profile;
    std::unique_ptr<KeyStore> m_keyStore;
};

} // namespace casedesk
