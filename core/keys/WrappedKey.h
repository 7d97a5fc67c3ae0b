#pragma once

#include "SecureBytes.h"
#include "common/Expected.h"

#include <QByteArray>

namespace casedesk {

// The vault key sealed under a passphrase: PBKDF2-HMAC-SHA256 derives a
// wrapping key, AES-256-GCM encrypts and authenticates the vault key. The
// header (format, iterations, salt, nonce) is authenticated data, so any
// change to the file is detected.
//
// Layout: "CDKW" | u8 version=1 | u8 kdf=1 | u32be iterations | salt[16] |
//         nonce[12] | ciphertext | tag[16]
class WrappedKey
{
public:
    static constexpr int minimumIterations = 600'000;
    // A corrupt or hostile file must not make us spin for hours.
    static constexpr int maximumIterations = 50'000'000;

    static Expected<QByteArray> wrap(const SecureBytes &key, const SecureBytes &passphrase,
                                     int iterations = minimumIterations);
    // WrongPassphrase when authentication fails, Corrupt when the blob is malformed.
    static Expected<SecureBytes> unwrap(const QByteArray &blob, const SecureBytes &passphrase);
};

} // namespace casedesk
