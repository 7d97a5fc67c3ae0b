#pragma once

#include "keys/SecureBytes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace casedesk::onetimecode {

// Time-based one-time codes (TOTP, RFC 6238): HMAC-SHA1 over the number of
// 30-second steps since the Unix epoch, cut to 6 digits. What authenticator
// apps and hardware tokens (动态口令令牌) show; the platform checks them as a
// second factor of sign-in (docs/security.md, 身份鉴别).
inline constexpr int digits = 6;
inline constexpr qint64 stepSeconds = 30;
// A token's clock may be off by this many steps either way, and a code
// typed as it changes is still taken.
inline constexpr qint64 toleratedSteps = 1;

qint64 stepAt(const QDateTime &utc);
QString codeAt(const SecureBytes &secret, qint64 step, int codeDigits = digits);
// The step whose code is `code`, among the steps around nowUtc; none when
// no step in the window matches. Every candidate is computed and compared,
// whichever matches, so that the time taken says nothing.
std::optional<qint64> matchingStep(const SecureBytes &secret, QStringView code, const QDateTime &nowUtc);
// Whether code looks like one: `digits` decimal digits.
bool isWellFormed(QStringView code);

// A new 20-byte secret (RFC 4226's recommended length).
SecureBytes newSecret();
// RFC 4648 base32, upper case, no padding: how authenticator apps take a secret.
QString base32(const SecureBytes &bytes);
// otpauth://totp/ URI for enrolling a token (a QR code of it for an app).
QString provisioningUri(const SecureBytes &secret, const QString &account, const QString &issuer);

} // namespace casedesk::onetimecode
