// Ingest benchmark (issue 2, point 12): 100,000 synthetic cases in batched
// transactions through QSQLCIPHER with a key, through QSQLCIPHER without a
// key (same SQLite 3.15.2 engine, no cipher), and through Qt's QSQLITE on the
// system SQLite (in a separate process, see bench_ingest_plain.cpp).
//
//   bench_ingest [--cases N] [--batch B] [--repeat R] [--cipher-page-size BYTES]
//                [--vault-sql STATEMENT]...
//
// Prints a Markdown table for docs/performance.md. Medians over R runs.
#include "IngestRun.h"

#include "keys/Crypto.h"
#include "storage/SqlCipherDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::bench;

namespace {

IngestResult runCipher(const QList<NewCase> &workload, int batch, bool keyed, int cipherPageSize,
                       const QStringList &extraSql)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cipher.db"_s);
    const QString name = keyed ? u"keyed"_s : u"unkeyed"_s;
    IngestResult result;
    {
        auto *driver = new SqlCipherDriver;
        if (keyed)
            driver->setRawKey(std::move(crypto::randomBytes(32)).value());
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        if (keyed && cipherPageSize > 0)
            db.setConnectOptions(u"QSQLCIPHER_PAGE_SIZE=%1"_s.arg(cipherPageSize));
        if (!db.open())
            qFatal("QSQLCIPHER: %s", qPrintable(db.lastError().text()));
        const QString engine = !keyed ? u"QSQLCIPHER, no key"_s
            : cipherPageSize > 0      ? u"QSQLCIPHER, keyed, %1-byte pages"_s.arg(cipherPageSize)
                                      : u"QSQLCIPHER, keyed"_s;
        result = ingest(db, engine, path, workload, batch, extraSql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

IngestResult runPlain(int cases, int batch, const QStringList &extraSql)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationDirPath() + u"/bench_ingest_plain"_s,
                QStringList{QString::number(cases), QString::number(batch)} + extraSql);
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        qFatal("bench_ingest_plain failed");
    return IngestResult::fromJson(QJsonDocument::fromJson(child.readAllStandardOutput()).object());
}

IngestResult median(QList<IngestResult> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const IngestResult &a, const IngestResult &b) { return a.seconds < b.seconds; });
    return runs.at(runs.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption casesOption(u"cases"_s, u"cases to ingest"_s, u"N"_s, u"100000"_s);
    const QCommandLineOption batchOption(u"batch"_s, u"cases per transaction"_s, u"B"_s, u"1000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"runs per engine (median reported)"_s, u"R"_s, u"3"_s);
    const QCommandLineOption pageOption(u"cipher-page-size"_s,
                                        u"keyed runs with PRAGMA cipher_page_size (default: SQLCipher's 1024)"_s,
                                        u"BYTES"_s, u"0"_s);
    const QCommandLineOption sqlOption(u"vault-sql"_s,
                                       u"SQL to run on every new database after its schema, on each engine "
                                       "(repeatable; for experiments)"_s,
                                       u"STATEMENT"_s);
    parser.addOptions({casesOption, batchOption, repeatOption, pageOption, sqlOption});
    parser.process(app);
    const int cases = parser.value(casesOption).toInt();
    const int batch = parser.value(batchOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int cipherPageSize = parser.value(pageOption).toInt();
    const QStringList extraSql = parser.values(sqlOption);

    const QList<NewCase> workload = syntheticWorkload(cases);
    QList<IngestResult> keyed, unkeyed, plain;
    for (int run = 0; run < repeat; ++run) {
        // Interleaved, so a slow moment of the machine hurts every engine alike.
        keyed.append(runCipher(workload, batch, true, cipherPageSize, extraSql));
        unkeyed.append(runCipher(workload, batch, false, 0, extraSql));
        plain.append(runPlain(cases, batch, extraSql));
        std::fprintf(stderr,
                     "run %d: keyed %.2f s (CPU %.2f s), no key %.2f s (CPU %.2f s), QSQLITE %.2f s (CPU %.2f s)\n",
                     run + 1, keyed.last().seconds, keyed.last().cpuSeconds, unkeyed.last().seconds,
                     unkeyed.last().cpuSeconds, plain.last().seconds, plain.last().cpuSeconds);
    }
    const IngestResult k = median(keyed), u = median(unkeyed), p = median(plain);
    if (p.sqliteVersion == u.sqliteVersion)
        std::fprintf(stderr, "warning: QSQLITE ran on SQLite %s, the same engine as SQLCipher\n",
                     qPrintable(p.sqliteVersion));

    std::printf("Ingest of %d synthetic cases in transactions of %d, median of %d runs (%s, %s):\n\n", cases, batch,
                repeat, qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::currentCpuArchitecture()));
    std::printf("| engine | SQLite | seconds | CPU seconds | cases/s | database size |\n"
                "|---|---|---:|---:|---:|---:|\n");
    for (const IngestResult &r : {k, u, p})
        std::printf("| %s | %s | %.2f | %.2f | %.0f | %.1f MiB |\n", qPrintable(r.engine), qPrintable(r.sqliteVersion),
                    r.seconds, r.cpuSeconds, r.casesPerSecond(), double(r.databaseBytes) / (1024.0 * 1024.0));
    std::printf("\nEncrypted path cost: %.2fx QSQLITE (target <= 1.30x); %.2fx the same engine without a key.\n",
                k.seconds / p.seconds, k.seconds / u.seconds);
    std::printf("In CPU time: %.2fx QSQLITE; %.2fx the same engine without a key.\n", k.cpuSeconds / p.cpuSeconds,
                k.cpuSeconds / u.cpuSeconds);
    return 0;
}
