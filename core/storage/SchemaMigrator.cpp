#include "SchemaMigrator.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

SchemaMigrator::SchemaMigrator(QSqlDatabase database, SqlErrorMapper mapError, QList<Migration> migrations)
    : m_database(std::move(database)), m_mapError(std::move(mapError)), m_migrations(std::move(migrations))
{ }

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Expected<int> SchemaMigrator::currentVersion() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s)
        || !query.next())
        return m_mapError(query.lastError(),
                          QCoreApplication::translate("SchemaMigrator", "Reading the schema version"));
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(u"SELECT coalesce(max(version), 0) FROM schema_version"_s) || !query.next())
        return m_mapError(query.lastError(),
                          QCoreApplication::translate("SchemaMigrator", "Reading the schema version"));
    return query.value(0).toInt();
}

Expected<void> SchemaMigrator::checkNotNewer() const
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error::make(ErrorCode::NewerSchema,
                           QCoreApplication::translate(
                               "SchemaMigrator",
                               "This profile was written by a newer CaseDesk (schema version %1); this "
                               "program knows schema version %2. Update CaseDesk; the profile was not touched.")
                               .arg(*current)
                               .arg(latestVersion()));
    return {};
}

Expected<int> SchemaMigrator::migrate()
{
    if (auto newer = checkNotNewer(); !newer)
        return newer.error();
    auto current = currentVersion();
    if (!current)
        return current.error();
    int applied = 0;
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= *current)
            continue;
        if (auto result = apply(migration); !result)
            return result.error();
        ++applied;
    }
    return applied;
}

Expected<void> SchemaMigrator::apply(const Migration &migration)
{
    const QString action = QCoreApplication::translate("SchemaMigrator", "Schema migration %1 (%2)")
                               .arg(migration.version)
                               .arg(migration.description);
    if (!m_database.transaction())
        return m_mapError(m_database.lastError(), action);

    QSqlQuery query(m_database);
    auto fail = [&](const QSqlError &error) {
        const Error mapped = m_mapError(error, action);
        query.finish();
        m_database.rollback();
        return mapped;
    };
    if (!query.exec(uR"(CREATE TABLE IF NOT EXISTS schema_version (
                          version INTEGER PRIMARY KEY,
                          description TEXT NOT NULL,
                          applied_at DATETIME NOT NULL))"_s))
        return fail(query.lastError());
    for (const QString &statement : migration.statements) {
        if (!query.exec(statement))
            return fail(query.lastError());
    }
    query.prepare(u"INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"_s);
    query.addBindValue(migration.version);
    query.addBindValue(migration.description);
    query.addBindValue(QDateTime::currentDateTimeUtc());
    if (!query.exec())
        return fail(query.lastError());
    query.finish();
    if (!m_database.commit())
        return fail(m_database.lastError());
    qCInfo(lcStorage) << "applied schema migration" << migration.version;
    return {};
}

} // namespace casedesk
