#include "PasswordHash.h"

#include "keys/Crypto.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr int saltSize = 16;
constexpr std::size_t hashSize = 32;
// Above this a stored hash is treated as hostile rather than run for minutes.
constexpr int maximumIterations = 10000000;

SecureBytes passwordBytes(const QString &password)
{
    QByteArray utf8 = password.toUtf8();
    return SecureBytes::takeFrom(utf8);
}

} // namespace

Expected<QString> PasswordHash::make(const QString &password, int iterations)
{
    const QByteArray salt = crypto::randomSalt(saltSize);
    auto derived = crypto::pbkdf2Sha256(passwordBytes(password), salt, iterations, hashSize);
    if (!derived)
        return derived.error();
    const QByteArray hash(derived->constChar(), qsizetype(derived->size()));
    return u"pbkdf2-sha256$%1$%2$%3"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool PasswordHash::verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256")
        return false;
    bool numeric = false;
    const int iterations = parts.at(1).toInt(&numeric);
    if (!numeric || iterations < 1 || iterations > maximumIterations)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    QByteArray expectedBytes = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expectedBytes.size() != qsizetype(hashSize))
        return false;
    auto derived = crypto::pbkdf2Sha256(passwordBytes(password), salt, iterations, hashSize);
    if (!derived)
        return false;
    return derived->equals(SecureBytes::takeFrom(expectedBytes));
}

void PasswordHash::verifyNothing(const QString &password)
{
    const QByteArray salt(saltSize, '\0');
    auto ignored = crypto::pbkdf2Sha256(passwordBytes(password), salt, defaultIterations, hashSize);
    Q_UNUSED(ignored);
}

} // namespace casedesk
