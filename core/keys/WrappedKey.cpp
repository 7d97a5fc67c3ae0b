#include "WrappedKey.h"

#include "Crypto.h"

#include <QCoreApplication>
#include <QtEndian>

namespace casedesk {

namespace {

constexpr char magic[] = "CDKW";
constexpr int magicSize = 4;
constexpr quint8 formatVersion = 1;
constexpr quint8 kdfPbkdf2Sha256 = 1;
constexpr int saltSize = 16;
constexpr int headerSize = magicSize + 1 + 1 + 4 + saltSize + crypto::aesGcmNonceSize;

Error corrupt(const QString &why)
{
    return Error::make(ErrorCode::Corrupt,
                       QCoreApplication::translate("WrappedKey", "The key file is damaged: %1").arg(why));
}

} // namespace

Expected<QByteArray> WrappedKey::wrap(const SecureBytes &key, const SecureBytes &passphrase, int iterations)
{
    if (iterations < minimumIterations || iterations > maximumIterations)
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("WrappedKey", "Unsupported key-derivation cost: %1").arg(iterations));
    if (passphrase.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("WrappedKey", "The passphrase must not be empty."));

    const QByteArray salt = crypto::randomSalt(saltSize);
    const QByteArray nonce = crypto::randomSalt(crypto::aesGcmNonceSize);
    QByteArray header(magic, magicSize);
    header.append(char(formatVersion));
    header.append(char(kdfPbkdf2Sha256));
    char iterationBytes[4];
    qToBigEndian(quint32(iterations), iterationBytes);
    header.append(iterationBytes, 4);
    header.append(salt);
    header.append(nonce);

    auto wrappingKey = crypto::pbkdf2Sha256(passphrase, salt, iterations, 32);
    if (!wrappingKey)
        return wrappingKey.error();
    auto sealed = crypto::aes256GcmSeal(*wrappingKey, nonce, header, key);
    if (!sealed)
        return sealed.error();
    return header + sealed.value();
}

Expected<SecureBytes> WrappedKey::unwrap(const QByteArray &blob, const SecureBytes &passphrase)
{
    if (blob.size() < headerSize + crypto::aesGcmTagSize + 1 || !blob.startsWith(QByteArrayView(magic, magicSize)))
        return corrupt(QCoreApplication::translate("WrappedKey", "not a CaseDesk key file"));
    if (quint8(blob.at(magicSize)) != formatVersion || quint8(blob.at(magicSize + 1)) != kdfPbkdf2Sha256)
        return corrupt(QCoreApplication::translate("WrappedKey", "unknown format version"));
    const quint32 iterations = qFromBigEndian<quint32>(blob.constData() + magicSize + 2);
    if (iterations < quint32(minimumIterations) || iterations > quint32(maximumIterations))
        return corrupt(QCoreApplication::translate("WrappedKey", "implausible key-derivation cost %1").arg(iterations));

    const QByteArray header = blob.left(headerSize);
    const QByteArray salt = blob.mid(magicSize + 6, saltSize);
    const QByteArray nonce = blob.mid(magicSize + 6 + saltSize, crypto::aesGcmNonceSize);
    auto wrappingKey = crypto::pbkdf2Sha256(passphrase, salt, int(iterations), 32);
    if (!wrappingKey)
        return wrappingKey.error();
    auto key = crypto::aes256GcmOpen(*wrappingKey, nonce, header, blob.mid(headerSize));
    if (!key)
        return Error::make(
            ErrorCode::WrongPassphrase,
            QCoreApplication::translate("WrappedKey", "The passphrase is wrong (or the key file was altered)."));
    return std::move(key).value();
}

} // namespace casedesk
