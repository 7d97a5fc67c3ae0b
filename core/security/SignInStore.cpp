#include "SignInStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtcText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

SignInStore::SignInStore(QSqlDatabase database, SqlErrorMapper mapError)
    : m_database(std::move(database)), m_mapError(std::move(mapError))
{ }

Expected<std::optional<CachedSignIn>> SignInStore::cached(const QString &userId) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT salt, iterations, hash, profile, updated_at, second_factor FROM sign_in_verifiers "
                  "WHERE user_id = ?"_s);
    query.addBindValue(userId);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SignInStore", "Reading the sign-in cache"));
    if (!query.next())
        return std::optional<CachedSignIn>();
    CachedSignIn signIn;
    signIn.verifier.salt = query.value(0).toByteArray();
    signIn.verifier.iterations = query.value(1).toInt();
    signIn.verifier.hash = query.value(2).toByteArray();
    signIn.user = SignedInUser::fromJson(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object());
    signIn.updatedUtc = fromUtcText(query.value(4).toString());
    signIn.secondFactor = query.value(5).toBool();
    if (signIn.user.id != userId) // a profile that does not name its row's user is no cache
        return std::optional<CachedSignIn>();
    return std::optional<CachedSignIn>(std::move(signIn));
}

Expected<void> SignInStore::cache(const CachedSignIn &signIn)
{
    QSqlQuery query(m_database);
    // SQLite 3.15 has no UPSERT; a verifier row has no dependants.
    query.prepare(u"INSERT OR REPLACE INTO sign_in_verifiers (user_id, salt, iterations, hash, profile, updated_at, "
                  "second_factor) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(signIn.user.id);
    query.addBindValue(signIn.verifier.salt);
    query.addBindValue(signIn.verifier.iterations);
    query.addBindValue(signIn.verifier.hash);
    query.addBindValue(QString::fromUtf8(QJsonDocument(signIn.user.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(utcText(signIn.updatedUtc.isValid() ? signIn.updatedUtc : QDateTime::currentDateTimeUtc()));
    query.addBindValue(signIn.secondFactor ? 1 : 0);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SignInStore", "Saving the sign-in cache"));
    return {};
}

Expected<SignInFailures> SignInStore::failures(const QString &userId) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT consecutive, last_failure_at FROM sign_in_failures WHERE user_id = ?"_s);
    query.addBindValue(userId);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SignInStore", "Reading the failed sign-ins"));
    if (!query.next())
        return SignInFailures{};
    return SignInFailures{query.value(0).toInt(), fromUtcText(query.value(1).toString())};
}

Expected<void> SignInStore::saveFailures(const QString &userId, const SignInFailures &failures)
{
    QSqlQuery query(m_database);
    query.prepare(
        u"INSERT OR REPLACE INTO sign_in_failures (user_id, consecutive, last_failure_at) VALUES (?, ?, ?)"_s);
    query.addBindValue(userId);
    query.addBindValue(failures.consecutive);
    query.addBindValue(utcText(failures.lastFailureUtc));
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SignInStore", "Recording a failed sign-in"));
    return {};
}

Expected<void> SignInStore::clearFailures(const QString &userId)
{
    QSqlQuery query(m_database);
    query.prepare(u"DELETE FROM sign_in_failures WHERE user_id = ?"_s);
    query.addBindValue(userId);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SignInStore", "Recording a failed sign-in"));
    return {};
}

} // namespace casedesk
