#include "OneTimeCode.h"

#include "keys/Crypto.h"

#include <QUrl>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

using namespace Qt::StringLiterals;

namespace casedesk::onetimecode {

qint64 stepAt(const QDateTime &utc)
{
    return utc.toSecsSinceEpoch() / stepSeconds;
}

QString codeAt(const SecureBytes &secret, qint64 step, int codeDigits)
{
    std::array<unsigned char, 8> counter{};
    for (int i = 7; i >= 0; --i) {
        counter[std::size_t(i)] = static_cast<unsigned char>(step & 0xff);
        step >>= 8;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    HMAC(EVP_sha1(), secret.data(), int(secret.size()), counter.data(), counter.size(), mac.data(), &macLength);
    // RFC 4226, 5.3: dynamic truncation.
    const unsigned offset = mac[macLength - 1] & 0x0f;
    const quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16)
        | (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    OPENSSL_cleanse(mac.data(), mac.size());
    quint32 modulus = 1;
    for (int i = 0; i < codeDigits; ++i)
        modulus *= 10;
    return u"%1"_s.arg(binary % modulus, codeDigits, 10, QChar(u'0'));
}

bool isWellFormed(QStringView code)
{
    if (code.size() != digits)
        return false;
    for (QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::optional<qint64> matchingStep(const SecureBytes &secret, QStringView code, const QDateTime &nowUtc)
{
    if (!isWellFormed(code) || secret.size() == 0)
        return std::nullopt;
    const QByteArray typed = code.toLatin1();
    const qint64 now = stepAt(nowUtc);
    std::optional<qint64> found;
    for (qint64 step = now - toleratedSteps; step <= now + toleratedSteps; ++step) {
        const QByteArray expected = codeAt(secret, step).toLatin1();
        if (CRYPTO_memcmp(expected.constData(), typed.constData(), std::size_t(digits)) == 0 && !found)
            found = step;
    }
    return found;
}

SecureBytes newSecret()
{
    return crypto::randomBytes(20).value();
}

QString base32(const SecureBytes &bytes)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString text;
    quint32 buffer = 0;
    int bits = 0;
    const unsigned char *data = bytes.data();
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            text += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        text += QLatin1Char(alphabet[(buffer << (5 - bits)) & 0x1f]);
    return text;
}

QString provisioningUri(const SecureBytes &secret, const QString &account, const QString &issuer)
{
    // Concatenated, not through arg(): the percent-encoded label holds "%3A".
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer + u':' + account, "@"));
    return u"otpauth://totp/"_s + label + u"?secret="_s + base32(secret) + u"&issuer="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(issuer)) + u"&algorithm=SHA1&digits="_s + QString::number(digits)
        + u"&period="_s + QString::number(stepSeconds);
}

} // namespace casedesk::onetimecode
