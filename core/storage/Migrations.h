#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// One numbered step of the vault schema. Steps are never edited once
// released: a change is a new step.
struct Migration {
    int version;
    QString description;
    QStringList statements;
};

// Written for SQLite 3.15.2 (SQLCipher 3.4.1): no UPSERT, no RETURNING, no
// window functions, no JSON1.
const QList<Migration> &schemaMigrations();
// The schema version this program writes.
int latestSchemaVersion();

// PRAGMA application_id of every CaseDesk vault ("CDK1").
inline constexpr int vaultApplicationId = 0x43444B31;

} // namespace casedesk
