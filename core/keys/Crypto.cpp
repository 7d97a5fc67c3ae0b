#include "Crypto.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>

namespace casedesk::crypto {

namespace {

Error cryptoError(const char *what)
{
    return Error::make(
        ErrorCode::Crypto,
        QCoreApplication::translate("Crypto", "Cryptographic operation failed: %1").arg(QString::fromLatin1(what)));
}

struct CipherContextDeleter {
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

Expected<SecureBytes> randomBytes(std::size_t size)
{
    SecureBytes out(size);
    if (RAND_bytes(out.data(), int(size)) != 1)
        return cryptoError("RAND_bytes");
    return out;
}

QByteArray randomSalt(int size)
{
    QByteArray salt(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), size) != 1)
        qFatal("OpenSSL's random generator failed; refusing to continue without entropy");
    return salt;
}

Expected<SecureBytes> pbkdf2Sha256(const SecureBytes &password, const QByteArray &salt, int iterations,
                                   std::size_t keySize)
{
    SecureBytes out(keySize);
    if (PKCS5_PBKDF2_HMAC(password.constChar(), int(password.size()), bytes(salt), int(salt.size()), iterations,
                          EVP_sha256(), int(keySize), out.data())
        != 1)
        return cryptoError("PBKDF2");
    return out;
}

Expected<QByteArray> aes256GcmSeal(const SecureBytes &key, const QByteArray &nonce, const QByteArray &aad,
                                   const SecureBytes &plaintext)
{
    if (key.size() != 32 || nonce.size() != aesGcmNonceSize)
        return cryptoError("AES-256-GCM parameters");
    CipherContext ctx(EVP_CIPHER_CTX_new());
    QByteArray out(qsizetype(plaintext.size()) + aesGcmTagSize, '\0');
    auto *outBytes = reinterpret_cast<unsigned char *>(out.data());
    int length = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), outBytes, &length, plaintext.data(), int(plaintext.size())) != 1)
        return cryptoError("AES-256-GCM encrypt");
    total = length;
    if (EVP_EncryptFinal_ex(ctx.get(), outBytes + total, &length) != 1)
        return cryptoError("AES-256-GCM finish");
    total += length;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, aesGcmTagSize, outBytes + total) != 1)
        return cryptoError("AES-256-GCM tag");
    return out;
}

Expected<SecureBytes> aes256GcmOpen(const SecureBytes &key, const QByteArray &nonce, const QByteArray &aad,
                                    const QByteArray &ciphertextAndTag)
{
    if (key.size() != 32 || nonce.size() != aesGcmNonceSize || ciphertextAndTag.size() < aesGcmTagSize)
        return cryptoError("AES-256-GCM parameters");
    const int cipherLength = int(ciphertextAndTag.size()) - aesGcmTagSize;
    QByteArray tag = ciphertextAndTag.right(aesGcmTagSize);
    CipherContext ctx(EVP_CIPHER_CTX_new());
    SecureBytes out{std::size_t(cipherLength)};
    int length = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), out.data(), &length, bytes(ciphertextAndTag), cipherLength) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, aesGcmTagSize, tag.data()) != 1)
        return cryptoError("AES-256-GCM decrypt");
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + length, &finalLength) != 1)
        return cryptoError("AES-256-GCM authentication");
    return out;
}

QByteArray hmacSha256(const SecureBytes &key, const QByteArray &message)
{
    QByteArray mac(EVP_MAX_MD_SIZE, '\0');
    unsigned int macLength = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()), bytes(message), std::size_t(message.size()),
         reinterpret_cast<unsigned char *>(mac.data()), &macLength);
    mac.truncate(int(macLength));
    return mac;
}

} // namespace casedesk::crypto
