#include "PlatformTrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("PlatformTrust", text);
}

Expected<QList<QSslCertificate>> certificatesIn(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("PlatformTrust", "The %1 file %2 cannot be read: %3")
                               .arg(what, path, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()
        || std::any_of(certificates.begin(), certificates.end(), [](const QSslCertificate &c) { return c.isNull(); }))
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("PlatformTrust",
                                                       "The %1 file %2 holds no PEM certificate "
                                                       "(-----BEGIN CERTIFICATE-----).")
                               .arg(what, path));
    return certificates;
}

// "sha256:AB:CD:…", "ab cd …", "sha256//base64=" → the 32 digest bytes.
std::optional<QByteArray> fingerprintFrom(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u"sha256//"_s, Qt::CaseInsensitive)) {
        const auto decoded =
            QByteArray::fromBase64Encoding(text.mid(8).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == 32)
            return decoded.decoded;
        return std::nullopt;
    }
    if (text.startsWith(u"sha256:"_s, Qt::CaseInsensitive))
        text = text.mid(7);
    text.remove(u':').remove(u' ');
    static const QRegularExpression hex(u"^[0-9A-Fa-f]{64}$"_s);
    if (!hex.match(text).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace

Expected<PlatformTrust> PlatformTrust::load(const QString &caCertificatesFile, const QString &pin)
{
    PlatformTrust trust;
    if (!caCertificatesFile.isEmpty()) {
        auto certificates =
            certificatesIn(caCertificatesFile, translated(QT_TRANSLATE_NOOP("PlatformTrust", "CA certificates")));
        if (!certificates)
            return certificates.error();
        trust.extraCaCertificates = *certificates;
    }
    if (pin.trimmed().isEmpty())
        return trust;
    if (auto fingerprint = fingerprintFrom(pin)) {
        trust.pins << *fingerprint;
        return trust;
    }
    if (!QFile::exists(pin))
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("PlatformTrust",
                                                       "The pinned platform certificate \"%1\" is neither a file nor "
                                                       "a SHA-256 fingerprint (64 hexadecimal digits).")
                               .arg(pin));
    auto certificates = certificatesIn(pin, translated(QT_TRANSLATE_NOOP("PlatformTrust", "pinned certificate")));
    if (!certificates)
        return certificates.error();
    // The first certificate in the file is the platform's own.
    trust.pins << certificateSha256(certificates->constFirst());
    return trust;
}

bool PlatformTrust::matchesPin(const QSslCertificate &certificate) const
{
    if (pins.isEmpty())
        return true;
    if (certificate.isNull())
        return false;
    return pins.contains(certificateSha256(certificate)) || pins.contains(publicKeySha256(certificate));
}

QByteArray certificateSha256(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

QByteArray publicKeySha256(const QSslCertificate &certificate)
{
    // The SubjectPublicKeyInfo as OpenSSL encodes it, the same bytes
    // `openssl x509 -pubkey | openssl pkey -pubin -outform der` gives.
    const QByteArray der = certificate.toDer();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    const std::unique_ptr<X509, decltype(&X509_free)> x509(d2i_X509(nullptr, &cursor, long(der.size())), &X509_free);
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509.get()), &spki);
    if (length <= 0)
        return {};
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(spki), qsizetype(length)), QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    return digest;
}

QString describeTlsErrors(const QList<QSslError> &errors, const QString &host)
{
    QStringList reasons;
    for (const QSslError &error : errors) {
        QString reason;
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            reason = QCoreApplication::translate("PlatformTrust", "its certificate is not issued for the host name %1")
                         .arg(host);
            break;
        case QSslError::CertificateExpired:
            reason = QCoreApplication::translate("PlatformTrust", "its certificate expired on %1")
                         .arg(QLocale().toString(error.certificate().expiryDate().toUTC(), QLocale::ShortFormat));
            break;
        case QSslError::CertificateNotYetValid:
            reason = translated(QT_TRANSLATE_NOOP("PlatformTrust", "its certificate is not valid yet"));
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            reason = translated(QT_TRANSLATE_NOOP("PlatformTrust",
                                                  "its certificate is not signed by a trusted certification "
                                                  "authority (add the CA with --ca-certificates)"));
            break;
        case QSslError::CertificateRevoked:
            reason = translated(QT_TRANSLATE_NOOP("PlatformTrust", "its certificate has been revoked"));
            break;
        default: reason = error.errorString(); break;
        }
        if (!reasons.contains(reason))
            reasons << reason;
    }
    return QCoreApplication::translate("PlatformTrust",
                                       "The connection to the platform at %1 was refused: %2. Nothing was sent.")
        .arg(host, reasons.join(u"; "_s));
}

} // namespace casedesk
