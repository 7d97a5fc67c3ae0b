#pragma once

#include "SignInThrottle.h"
#include "SignInVerifier.h"
#include "SignedInUser.h"
#include "common/Expected.h"
#include "storage/StorageError.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// A user as the last online sign-in left them on this workstation: the
// verifier of their password and who the platform said they are.
struct CachedSignIn {
    SignInVerifier verifier;
    SignedInUser user;
    QDateTime updatedUtc; // the online sign-in that left it
    bool secondFactor = false; // that sign-in needed a one-time code as well (migration 12)
};

// Offline verifiers and failed-attempt counts, per user id, in the vault
// (schema migration 6).
class SignInStore
{
public:
    // Any connection with the vault schema; Vault::signInStore() gives the vault's.
    SignInStore(QSqlDatabase database, SqlErrorMapper mapError);

    Expected<std::optional<CachedSignIn>> cached(const QString &userId) const;
    Expected<void> cache(const CachedSignIn &signIn);

    Expected<SignInFailures> failures(const QString &userId) const;
    Expected<void> saveFailures(const QString &userId, const SignInFailures &failures);
    Expected<void> clearFailures(const QString &userId);

private:
    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
};

} // namespace casedesk
