#pragma once

#include "common/Expected.h"

#include <QString>

namespace casedesk {

// Passwords as the platform stores them: PBKDF2-HMAC-SHA256 with a random
// salt, written "pbkdf2-sha256$<iterations>$<salt>$<hash>" (base64), so the
// iteration count can rise later without invalidating stored hashes.
class PasswordHash
{
public:
    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256; DESIGN.md uses the same for keys.
    static constexpr int defaultIterations = 600000;

    static Expected<QString> make(const QString &password, int iterations = defaultIterations);
    // Constant-time in the hash comparison; false for anything malformed.
    static bool verify(const QString &password, const QString &encoded);
    // Spends the time of one verification, so that an unknown user name
    // answers as slowly as a wrong password.
    static void verifyNothing(const QString &password);
};

} // namespace casedesk
