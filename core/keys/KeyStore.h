#pragma once

#include "SecureBytes.h"
#include "common/Expected.h"

#include <QString>

namespace casedesk {

// Where the vault key lives. During a rotation the new key is first kept in
// the Pending slot, so a crash between re-encrypting the database and saving
// the key can never leave a database whose key is lost.
enum class KeySlot { Current, Pending };

class KeyStore
{
public:
    enum class Kind { Keychain, Passphrase };

    virtual ~KeyStore() = default;

    virtual Kind kind() const = 0;
    // Short, translated: shown by `casedeskctl status` and the About box.
    virtual QString description() const = 0;

    virtual Expected<SecureBytes> load(KeySlot slot) = 0;
    virtual Expected<void> store(const SecureBytes &key, KeySlot slot) = 0;
    // Removing a key that is not there is not an error.
    virtual Expected<void> forget(KeySlot slot) = 0;
};

QString keyStoreKindName(KeyStore::Kind kind);

} // namespace casedesk
