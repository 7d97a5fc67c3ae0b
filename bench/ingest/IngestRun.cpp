#include "IngestRun.h"

#include "domain/SyntheticCases.h"
#include "storage/CaseStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/VaultSettings.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

#include <ctime>

using namespace Qt::StringLiterals;

namespace casedesk::bench {

namespace {

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

QJsonObject IngestResult::toJson() const
{
    return QJsonObject{
        {u"engine"_s, engine},   {u"sqliteVersion"_s, sqliteVersion},         {u"cases"_s, cases},
        {u"seconds"_s, seconds}, {u"databaseBytes"_s, double(databaseBytes)}, {u"cpuSeconds"_s, cpuSeconds}};
}

IngestResult IngestResult::fromJson(const QJsonObject &json)
{
    return IngestResult{
        json[u"engine"_s].toString(),  json[u"sqliteVersion"_s].toString(),         json[u"cases"_s].toInt(),
        json[u"seconds"_s].toDouble(), qint64(json[u"databaseBytes"_s].toDouble()), json[u"cpuSeconds"_s].toDouble()};
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
                    int batchSize, const QStringList &extraSql)
{
    const SqlErrorMapper mapError = [](const QSqlError &error, const QString &action) {
        return storageError(error, 0, action);
    };
    QSqlQuery query(database);
    // The vault's own settings (WAL, a commit survives a power cut, its page
    // cache), on every engine alike.
    for (const QString &pragma : vaultConnectionSettings()) {
        if (!query.exec(pragma))
            qFatal("%s: %s", qPrintable(pragma), qPrintable(query.lastError().text()));
    }
    if (auto migrated = SchemaMigrator(database, mapError).migrate(); !migrated)
        qFatal("migration failed: %s", qPrintable(migrated.error().message));
    for (const QString &statement : extraSql) {
        if (!query.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
    }
    query.exec(u"SELECT sqlite_version()"_s);
    query.next();
    IngestResult result{engine, query.value(0).toString(), int(workload.size()), 0, 0};
    query.finish();

    CaseStore store(database, mapError);
    QElapsedTimer timer;
    const double cpuAtStart = processCpuSeconds();
    timer.start();
    for (qsizetype start = 0; start < workload.size(); start += batchSize) {
        if (auto inserted = store.insertNew(workload.mid(start, batchSize), u"bench"_s); !inserted)
            qFatal("ingest failed: %s", qPrintable(inserted.error().message));
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.cpuSeconds = processCpuSeconds() - cpuAtStart;
    query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    result.databaseBytes = QFileInfo(path).size();
    return result;
}

} // namespace casedesk::bench
