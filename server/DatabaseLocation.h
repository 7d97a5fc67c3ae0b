#pragma once

#include "common/Expected.h"

#include <QString>

namespace casedesk {

// Where the platform keeps its data: one SQLite file (the default, and what
// training mode uses) or a PostgreSQL database that several instances share.
struct DatabaseLocation {
    enum class Kind { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite: the file
    QString host; // PostgreSQL: a host name, or a socket directory (starting with '/')
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    // "sqlite:PATH", or "postgresql://user[:password]@host[:port]/dbname",
    // optionally with "?host=/socket/dir" (libpq's convention).
    static Expected<DatabaseLocation> parse(const QString &spec);
    // For logs and messages: never the password.
    QString describe() const;
};

} // namespace casedesk
