#pragma once

#include "DatabaseLocation.h"
#include "storage/Migrations.h"

namespace casedesk {

// The platform's tables, one numbered step each (PlatformStore::migrate runs
// every step in a transaction of its own). The same SQL serves SQLite and
// PostgreSQL but for the key and blob types. The SQLite here is SQLCipher's
// 3.15.2 (the server links casedesk_core): no UPSERT, no RETURNING, no
// window functions. Steps are never edited once released.
QList<Migration> platformMigrations(DatabaseLocation::Kind kind);

} // namespace casedesk
