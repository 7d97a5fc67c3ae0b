#pragma once

#include "common/Expected.h"
#include "keys/SecureBytes.h"

#include <QByteArray>

namespace casedesk {

// What the workstation keeps of a password to check it offline: the
// PBKDF2-HMAC-SHA256 of the password under a random salt (never the
// password). Made at each online sign-in the platform accepted.
struct SignInVerifier {
    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256, as for the vault key's passphrase.
    static constexpr int minimumIterations = 600000;
    static constexpr int saltSize = 16;
    static constexpr int hashSize = 32;

    QByteArray salt;
    int iterations = 0;
    QByteArray hash;

    static Expected<SignInVerifier> derive(const SecureBytes &password, int iterations = minimumIterations);
    // Constant-time comparison. A verifier weaker than minimumIterations or
    // malformed matches nothing.
    Expected<bool> matches(const SecureBytes &password) const;
};

} // namespace casedesk
