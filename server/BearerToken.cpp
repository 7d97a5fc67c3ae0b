#include "BearerToken.h"

#include "keys/Crypto.h"

#include <QCryptographicHash>

namespace casedesk {

Expected<QString> BearerToken::generate()
{
    auto bytes = crypto::randomBytes(32);
    if (!bytes)
        return bytes.error();
    const QByteArray raw(bytes->constChar(), qsizetype(bytes->size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString BearerToken::hash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace casedesk
