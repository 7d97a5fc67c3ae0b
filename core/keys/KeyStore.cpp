#include "KeyStore.h"

using namespace Qt::StringLiterals;

namespace casedesk {

QString keyStoreKindName(KeyStore::Kind kind)
{
    return kind == KeyStore::Kind::Keychain ? u"keychain"_s : u"passphrase"_s;
}

} // namespace casedesk
