// The QSQLITE leg of bench_ingest, in its own process. It must not link
// libsqlcipher: in a process that does, Qt's QSQLITE plugin binds to
// SQLCipher's sqlite3_* symbols and silently runs SQLite 3.15.2 instead of
// the system's 3.40. It prints one JSON line with its result.
#include "IngestRun.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace casedesk::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int cases = arguments.value(1, u"100000"_s).toInt();
    const int batch = arguments.value(2, u"1000"_s).toInt();
    const QList<casedesk::NewCase> workload = syntheticWorkload(cases);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plain.db"_s);
    IngestResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("QSQLITE: %s", qPrintable(db.lastError().text()));
        result = ingest(db, u"QSQLITE"_s, path, workload, batch, arguments.mid(3));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plain"_s);
    std::printf("%s\n", QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact).constData());
    return 0;
}
