#pragma once

#include "SecureBytes.h"
#include "common/Expected.h"

#include <QByteArray>

// The only place that speaks OpenSSL. Callers see SecureBytes and QByteArray,
// never an OpenSSL type.
namespace casedesk::crypto {

inline constexpr int aesGcmNonceSize = 12;
inline constexpr int aesGcmTagSize = 16;

// Bytes from OpenSSL's CSPRNG.
Expected<SecureBytes> randomBytes(std::size_t size);
QByteArray randomSalt(int size);

// PBKDF2-HMAC-SHA256.
Expected<SecureBytes> pbkdf2Sha256(const SecureBytes &password, const QByteArray &salt, int iterations,
                                   std::size_t keySize);

// AES-256-GCM. seal() returns ciphertext followed by the 16-byte tag.
Expected<QByteArray> aes256GcmSeal(const SecureBytes &key, const QByteArray &nonce, const QByteArray &aad,
                                   const SecureBytes &plaintext);
// Fails with ErrorCode::Crypto when the tag does not verify.
Expected<SecureBytes> aes256GcmOpen(const SecureBytes &key, const QByteArray &nonce, const QByteArray &aad,
                                    const QByteArray &ciphertextAndTag);

QByteArray hmacSha256(const SecureBytes &key, const QByteArray &message);

} // namespace casedesk::crypto
