#include "IngestRun.h"

#include "domain/SyntheticCases.h"
#include "storage/CaseStore.h"
#include "storage/SchemaMigrator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk::bench {

QJsonObject IngestResult::toJson() const
{
    return QJsonObject{{u"engine"_s, engine},
                       {u"sqliteVersion"_s, sqliteVersion},
                       {u"cases"_s, cases},
                       {u"seconds"_s, seconds},
                       {u"databaseBytes"_s, double(databaseBytes)}};
}

IngestResult IngestResult::fromJson(const QJsonObject &json)
{
    return IngestResult{json[u"engine"_s].toString(), json[u"sqliteVersion"_s].toString(), json[u"cases"_s].toInt(),
                        json[u"seconds"_s].toDouble(), qint64(json[u"databaseBytes"_s].toDouble())};
}

QList<NewCase> syntheticWorkload(int cases)
{
    SyntheticCases synthetic(20261128);
    QList<NewCase> workload;
    workload.reserve(cases);
    for (int i = 0; i < cases; ++i)
        workload.append(synthetic.next());
    return workload;
}

IngestResult ingest(QSqlDatabase database, const QString &engine, const QString &path, const QList<NewCase> &workload,
                    int batchSize)
{
    const SqlErrorMapper mapError = [](const QSqlError &error, const QString &action) {
        return storageError(error, 0, action);
    };
    QSqlQuery query(database);
    // The vault's own settings (Vault.cpp): WAL, a commit survives a power cut.
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA cache_size = -65536"_s})
        query.exec(pragma);
    if (auto migrated = SchemaMigrator(database, mapError).migrate(); !migrated)
        qFatal("migration failed: %s", qPrintable(migrated.error().message));
    query.exec(u"SELECT sqlite_version()"_s);
    query.next();
    IngestResult result{engine, query.value(0).toString(), int(workload.size()), 0, 0};
    query.finish();

    CaseStore store(database, mapError);
    QElapsedTimer timer;
    timer.start();
    for (qsizetype start = 0; start < workload.size(); start += batchSize) {
        if (auto inserted = store.insertNew(workload.mid(start, batchSize), u"bench"_s); !inserted)
            qFatal("ingest failed: %s", qPrintable(inserted.error().message));
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    result.databaseBytes = QFileInfo(path).size();
    return result;
}

} // namespace casedesk::bench
