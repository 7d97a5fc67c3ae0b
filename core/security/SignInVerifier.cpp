#include "SignInVerifier.h"

#include "keys/Crypto.h"

namespace casedesk {

Expected<SignInVerifier> SignInVerifier::derive(const SecureBytes &password, int iterations)
{
    SignInVerifier verifier;
    verifier.salt = crypto::randomSalt(saltSize);
    verifier.iterations = std::max(iterations, minimumIterations);
    auto hash = crypto::pbkdf2Sha256(password, verifier.salt, verifier.iterations, hashSize);
    if (!hash)
        return hash.error();
    verifier.hash = QByteArray(hash->constChar(), qsizetype(hash->size()));
    return verifier;
}

Expected<bool> SignInVerifier::matches(const SecureBytes &password) const
{
    if (iterations < minimumIterations || salt.size() < saltSize || hash.size() != hashSize)
        return false;
    auto derived = crypto::pbkdf2Sha256(password, salt, iterations, hashSize);
    if (!derived)
        return derived.error();
    const SecureBytes stored(hash.constData(), std::size_t(hash.size()));
    return derived->equals(stored);
}

} // namespace casedesk
