#pragma once

#include "common/Expected.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace casedesk {

// Which platform certificates the workstation trusts (docs/operations.md,
// "Trusting the platform"): the system's CAs always, extra CAs from a PEM
// bundle (a provincial CA the system store lacks, a test CA), and optionally
// a pin: the platform's certificate, or its public key, must then be the
// pinned one as well, or no request is sent.
struct PlatformTrust {
    QList<QSslCertificate> extraCaCertificates;
    // SHA-256 digests of a certificate (DER) or of a public key
    // (SubjectPublicKeyInfo, DER); the platform's must match one of them.
    QList<QByteArray> pins;

    // caCertificatesFile: a PEM file of one or more CA certificates, or empty.
    // pin: empty; a PEM certificate file; or a SHA-256 fingerprint of the
    // certificate or its public key, as 64 hex digits (colons allowed),
    // optionally prefixed "sha256:", or as "sha256//BASE64" (HPKP style).
    // A file that cannot be read or holds no certificate, or a fingerprint
    // that is not one, is refused with a message that says which.
    static Expected<PlatformTrust> load(const QString &caCertificatesFile, const QString &pin);

    bool isPinned() const { return !pins.isEmpty(); }
    // True when not pinned, or when the certificate or its key matches a pin.
    bool matchesPin(const QSslCertificate &certificate) const;
};

// The SHA-256 of the certificate's DER form and of its public key's
// SubjectPublicKeyInfo, the two things a pin may name.
QByteArray certificateSha256(const QSslCertificate &certificate);
QByteArray publicKeySha256(const QSslCertificate &certificate);

// A translated sentence for IT staff saying why the platform's certificate
// was refused (wrong host name, expired, not from a trusted CA, ...).
QString describeTlsErrors(const QList<QSslError> &errors, const QString &host);

} // namespace casedesk
