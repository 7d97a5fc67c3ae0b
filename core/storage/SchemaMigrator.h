#pragma once

#include "Migrations.h"
#include "StorageError.h"
#include "common/Expected.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace casedesk {

// Brings a vault to the latest schema, one numbered step per transaction,
// each recorded in schema_version. Refuses a database newer than the program
// without writing to it.
class SchemaMigrator
{
public:
    SchemaMigrator(QSqlDatabase database, SqlErrorMapper mapError, QList<Migration> migrations = schemaMigrations());

    int latestVersion() const;
    // 0 for a database with no schema_version table yet.
    Expected<int> currentVersion() const;
    // NewerSchema, naming both versions, when the database is ahead of us.
    Expected<void> checkNotNewer() const;
    // Returns how many steps were applied.
    Expected<int> migrate();

private:
    Expected<void> apply(const Migration &migration);

    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
    QList<Migration> m_migrations;
};

} // namespace casedesk
