#pragma once

#include "common/Expected.h"

#include <QString>

namespace casedesk {

// Bearer and refresh tokens: 256 random bits, base64url. The platform keeps
// only their SHA-256, so a copy of its database signs nobody in.
class BearerToken
{
public:
    static Expected<QString> generate();
    // Lower-case hexadecimal SHA-256 of the token's text.
    static QString hash(const QString &token);
};

} // namespace casedesk
