#include "VaultUnlock.h"

#include "dialogs/PassphraseDialog.h"
#include "keys/KeychainKeyStore.h"
#include "keys/PassphraseKeyStore.h"

#include <QApplication>
#include <QMessageBox>

namespace casedesk {

VaultUnlock::VaultUnlock(Profile profile) : m_profile(std::move(profile))
{ }

Expected<std::unique_ptr<Vault>> VaultUnlock::run()
{
    if (!m_profile.exists())
        return createProfile();
    auto metadata = m_profile.readMetadata();
    if (!metadata)
        return metadata.error();
    if (metadata->keyStore == KeyStore::Kind::Passphrase)
        return openWithPassphrase(*metadata);
    m_keyStore = m_profile.keyStore(*metadata, SecureBytes());
    return Vault::open(m_profile, *m_keyStore);
}

Expected<std::unique_ptr<Vault>> VaultUnlock::createProfile()
{
    const QString profileId = Profile::newProfileId();
    if (KeychainKeyStore::isAvailable()) {
        m_keyStore = std::make_unique<KeychainKeyStore>(profileId);
        return Vault::create(m_profile, *m_keyStore, profileId);
    }
    PassphraseDialog dialog(PassphraseDialog::Mode::Create);
    if (dialog.exec() != QDialog::Accepted)
        return std::unique_ptr<Vault>();
    m_keyStore = std::make_unique<PassphraseKeyStore>(m_profile.keyFilePath(), dialog.takePassphrase());
    return Vault::create(m_profile, *m_keyStore, profileId);
}

Expected<std::unique_ptr<Vault>> VaultUnlock::openWithPassphrase(const ProfileMetadata &metadata)
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return std::unique_ptr<Vault>();
        m_keyStore = m_profile.keyStore(metadata, dialog.takePassphrase());
        QApplication::setOverrideCursor(Qt::WaitCursor); // PBKDF2 takes a moment, on purpose
        auto vault = Vault::open(m_profile, *m_keyStore);
        QApplication::restoreOverrideCursor();
        if (vault || vault.error().code != ErrorCode::WrongPassphrase)
            return vault;
        dialog.setProblem(vault.error().message);
    }
}

} // namespace casedesk
