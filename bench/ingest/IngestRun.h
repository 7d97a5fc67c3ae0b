#pragma once

#include "domain/NewCase.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

namespace casedesk::bench {

struct IngestResult {
    QString engine;
    QString sqliteVersion;
    int cases = 0;
    double seconds = 0;
    qint64 databaseBytes = 0;
    // CPU time of the process while ingesting (user and system): steadier
    // than seconds when other work shares the machine.
    double cpuSeconds = 0;

    double casesPerSecond() const { return seconds > 0 ? cases / seconds : 0; }
    QJsonObject toJson() const;
    static IngestResult fromJson(const QJsonObject &json);
};

// The cases every engine ingests: generated once, before any clock starts.
QList<NewCase> syntheticWorkload(int cases);

// Applies the vault's settings and schema to an open connection, then
// writes the workload through CaseStore in transactions of batchSize cases —
// the same code the workstation runs, whatever the driver underneath.
// extraSql runs after the schema, before the clock starts (experiments).
IngestResult ingest(QSqlDatabase database, const QString &engine, const QString &path, const QList<NewCase> &workload,
                    int batchSize, const QStringList &extraSql = {});

} // namespace casedesk::bench
