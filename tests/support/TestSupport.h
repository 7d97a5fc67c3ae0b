#pragma once

#include "keys/SecureBytes.h"
#include "sync/SyncStore.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace casedesk::test {

// The SHA-256 of a file's bytes, to prove a refused file was not touched.
QByteArray fileSha256(const QString &path);

SecureBytes secret(const char *text);

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
    bool crashed = false;
};

// Runs the casedeskctl built with the tests (CASEDESKCTL in the environment).
// prefix runs it under another program (setpriv, prlimit); environment
// replaces the inherited one when given.
ProcessResult runCasedeskctl(const QStringList &arguments, const QByteArray &standardInput = {},
                             const QStringList &prefix = {},
                             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                             int timeoutMs = 300000);

// A run's exit code and output, for a failed check's message.
QString diagnostics(const ProcessResult &result);

// The path of a program the build made, passed in by CTest's environment.
QString builtProgram(const char *environmentVariable);

// The number of rows in a table, or -1 when it cannot be read.
qint64 rowCount(const QSqlDatabase &database, const QString &table);
// Whether the database has a table of that name.
bool tableExists(const QSqlDatabase &database, const QString &table);

// The audit records waiting in the outbox (a sync conflict writes one), as if
// the platform took them: for tests that look at the other ops only.
bool sendAuditRecords(SyncStore &sync);

} // namespace casedesk::test
