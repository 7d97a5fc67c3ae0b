// Our QSQLCIPHER driver and Debian's sqlcipher command-line tool must read
// each other's files: IT staff rely on the CLI to inspect or rescue a vault,
// and a raw key that only our code understood would lock them out.
#include "TestSupport.h"
#include "storage/SqlCipherDriver.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <memory>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray plainSqliteHeader("SQLite format 3\0", 16);

// The rows every case writes and expects back, as the CLI prints them in
// list mode ("id|applicant|note").
struct Row {
    int id;
    QString applicant;
    QString note;
};

const QList<Row> &sampleRows()
{
    static const QList<Row> rows = {
        {1, u"张三"_s, u"政务服务大厅 3号窗口"_s},
        {2, u"李四"_s, u"一件事一次办"_s},
        {3, u"Wang Wu"_s, u"𠀀 outside the BMP"_s},
    };
    return rows;
}

QStringList expectedLines()
{
    QStringList lines;
    for (const Row &row : sampleRows())
        lines << u"%1|%2|%3"_s.arg(row.id).arg(row.applicant, row.note);
    return lines;
}

SecureBytes randomKey()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    SecureBytes key(reinterpret_cast<const char *>(words), sizeof(words));
    std::memset(words, 0, sizeof(words));
    return key;
}

QByteArray hexOf(const SecureBytes &key)
{
    const SecureBytes hex = key.toHex();
    return QByteArray(hex.constChar(), qsizetype(hex.size()));
}

QByteArray cliKeyPragma(const SecureBytes &key)
{
    return "PRAGMA key = \"x'" + hexOf(key) + "'\";\n";
}

struct CliResult {
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QStringList lines; // stdout, one entry per line, without the empty tail
    QString err;
};

QString describe(const CliResult &result)
{
    return u"started=%1 finished=%2 exit=%3\nstdout:\n%4\nstderr:\n%5"_s.arg(int(result.started))
        .arg(int(result.finished))
        .arg(result.exitCode)
        .arg(result.lines.join(u'\n'), result.err);
}

QString describe(const QSqlError &error)
{
    return u"[%1] %2 | %3"_s.arg(error.nativeErrorCode(), error.driverText(), error.databaseText());
}

QByteArray firstBytes(const QString &path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(count);
}

} // namespace

class TestSqlCipherInterop : public QObject
{
    Q_OBJECT

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    SecureBytes m_key;

    QString path() const { return m_dir->filePath(u"interop.db"_s); }

    // The script, key pragma first, goes in on stdin: a key never appears in
    // a process list.
    CliResult runCli(const QString &database, const QByteArray &script) const
    {
        QProcess process;
        process.setProgram(m_cli);
        process.setArguments({u"-batch"_s, u"-init"_s, u"/dev/null"_s, u"-list"_s, u"-noheader"_s, database});
        CliResult result;
        process.start();
        result.started = process.waitForStarted(10000);
        if (!result.started)
            return result;
        process.write(script);
        process.closeWriteChannel();
        result.finished = process.waitForFinished(60000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        QString out = QString::fromUtf8(process.readAllStandardOutput());
        out.remove(u'\r');
        result.lines = out.split(u'\n');
        while (!result.lines.isEmpty() && result.lines.last().isEmpty())
            result.lines.removeLast();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // Writes sampleRows() through the driver, with the raw key, then closes
    // the connection completely.
    void writeWithDriver(const QString &journalMode)
    {
        const QString name = u"driver-writer"_s;
        {
            auto *driver = new SqlCipherDriver;
            driver->setRawKey(m_key.clone());
            QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
            db.setDatabaseName(path());
            QVERIFY2(db.open(), qPrintable(describe(db.lastError())));
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"PRAGMA journal_mode=%1"_s.arg(journalMode)), qPrintable(describe(query.lastError())));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), journalMode);
            QVERIFY2(query.exec(u"CREATE TABLE cases (id INTEGER PRIMARY KEY, applicant TEXT NOT NULL, note TEXT)"_s),
                     qPrintable(describe(query.lastError())));
            QVERIFY(db.transaction());
            QVERIFY(query.prepare(u"INSERT INTO cases (id, applicant, note) VALUES (:id, :applicant, :note)"_s));
            for (const Row &row : sampleRows()) {
                query.bindValue(u":id"_s, row.id);
                query.bindValue(u":applicant"_s, row.applicant);
                query.bindValue(u":note"_s, row.note);
                QVERIFY2(query.exec(), qPrintable(describe(query.lastError())));
            }
            QVERIFY2(db.commit(), qPrintable(describe(db.lastError())));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        // Closing the last connection checkpoints the WAL into the database
        // file and removes it: the file alone now holds every row.
        QVERIFY(!QFile::exists(path() + u"-wal"_s));
        QVERIFY(!QFile::exists(path() + u"-journal"_s));
        const QByteArray header = firstBytes(path(), 16);
        QCOMPARE(header.size(), 16);
        QVERIFY(header != plainSqliteHeader);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("SQLCIPHER_CLI");
        if (m_cli.isEmpty() || m_cli.endsWith(u"-NOTFOUND"_s))
            QFAIL("SQLCIPHER_CLI is not set to the sqlcipher command-line tool: install Debian's 'sqlcipher' "
                  "package, re-run CMake, and run this test through CTest");
        if (!QFile::exists(m_cli))
            QFAIL(qPrintable(u"SQLCIPHER_CLI=%1 does not exist"_s.arg(m_cli)));
        SqlCipherDriver::registerDriver();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_key = randomKey();
    }

    void cleanup()
    {
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &name : names)
            QSqlDatabase::removeDatabase(name);
        m_dir.reset();
    }

    void driverDatabaseOpensInCli_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("rollback journal") << u"delete"_s;
        QTest::newRow("wal, closed first") << u"wal"_s;
    }

    void driverDatabaseOpensInCli()
    {
        QFETCH(QString, journalMode);
        writeWithDriver(journalMode);
        if (QTest::currentTestFailed())
            return;

        const CliResult result = runCli(path(),
                                        cliKeyPragma(m_key)
                                            + "PRAGMA journal_mode;\n"
                                              "SELECT count(*) FROM cases;\n"
                                              "SELECT id, applicant, note FROM cases ORDER BY id;\n");
        QVERIFY2(result.started && result.finished, qPrintable(describe(result)));
        QVERIFY2(result.exitCode == 0 && result.err.isEmpty(), qPrintable(describe(result)));
        QStringList expected = {journalMode, QString::number(sampleRows().size())};
        expected << expectedLines();
        QCOMPARE(result.lines, expected);
    }

    void cliDatabaseOpensInDriver_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::addColumn<bool>("keyAsPassword");
        QTest::newRow("rollback journal, setRawKey") << u"delete"_s << false;
        QTest::newRow("wal, setRawKey") << u"wal"_s << false;
        QTest::newRow("wal, x'hex' password") << u"wal"_s << true;
    }

    void cliDatabaseOpensInDriver()
    {
        QFETCH(QString, journalMode);
        QFETCH(bool, keyAsPassword);
        QByteArray script = cliKeyPragma(m_key);
        script += "PRAGMA journal_mode=" + journalMode.toLatin1() + ";\n";
        script += "CREATE TABLE cases (id INTEGER PRIMARY KEY, applicant TEXT NOT NULL, note TEXT, "
                  "accepted_at DATETIME);\n";
        script += "BEGIN;\n";
        for (const Row &row : sampleRows()) {
            script += u"INSERT INTO cases (id, applicant, note, accepted_at) VALUES (%1, '%2', '%3', "
                      "'2024-02-09T15:30:45.123Z');\n"_s.arg(row.id)
                          .arg(row.applicant, row.note)
                          .toUtf8();
        }
        script += "COMMIT;\n";
        const CliResult created = runCli(path(), script);
        QVERIFY2(created.finished && created.exitCode == 0 && created.err.isEmpty(), qPrintable(describe(created)));
        QCOMPARE(created.lines, QStringList{journalMode});
        QVERIFY(!QFile::exists(path() + u"-wal"_s)); // the CLI closed, its WAL folded in
        QVERIFY(firstBytes(path(), 16) != plainSqliteHeader);

        const QString name = u"driver-reader"_s;
        {
            QSqlDatabase db;
            if (keyAsPassword) {
                db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, name);
                db.setPassword(u"x'"_s + QString::fromLatin1(hexOf(m_key)) + u"'"_s);
            } else {
                auto *driver = new SqlCipherDriver;
                driver->setRawKey(m_key.clone());
                db = QSqlDatabase::addDatabase(driver, name);
            }
            db.setDatabaseName(path());
            QVERIFY2(db.open(), qPrintable(describe(db.lastError())));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
            QCOMPARE(query.value(0).toString(), journalMode);
            QVERIFY2(query.exec(u"SELECT id, applicant, note, accepted_at FROM cases ORDER BY id"_s),
                     qPrintable(describe(query.lastError())));
            for (const Row &row : sampleRows()) {
                QVERIFY(query.next());
                QCOMPARE(query.value(0).toInt(), row.id);
                QCOMPARE(query.value(1).toString(), row.applicant);
                QCOMPARE(query.value(2).toString(), row.note);
                QCOMPARE(query.value(3).toDateTime(), QDateTime(QDate(2024, 2, 9), QTime(15, 30, 45, 123), Qt::UTC));
            }
            QVERIFY(!query.next());
            // And the driver can write to it.
            QVERIFY2(query.exec(u"INSERT INTO cases (id, applicant) VALUES (4, '赵六')"_s),
                     qPrintable(describe(query.lastError())));
        }
        QSqlDatabase::removeDatabase(name);

        const CliResult reread = runCli(path(), cliKeyPragma(m_key) + "SELECT applicant FROM cases WHERE id = 4;\n");
        QVERIFY2(reread.exitCode == 0 && reread.err.isEmpty(), qPrintable(describe(reread)));
        QCOMPARE(reread.lines, QStringList{u"赵六"_s});
    }

    void cliCannotReadWithoutTheKey_data()
    {
        QTest::addColumn<QByteArray>("keyScript");
        QTest::newRow("another raw key") << cliKeyPragma(randomKey());
        QTest::newRow("no key") << QByteArray();
        // The same hex digits as a passphrase go through the KDF: another key.
        QTest::newRow("hex as passphrase") << QByteArray("raw-as-passphrase");
    }

    void cliCannotReadWithoutTheKey()
    {
        QFETCH(QByteArray, keyScript);
        writeWithDriver(u"wal"_s);
        if (QTest::currentTestFailed())
            return;
        if (keyScript == "raw-as-passphrase")
            keyScript = "PRAGMA key = '" + hexOf(m_key) + "';\n";
        const QByteArray hashBefore = fileSha256(path());

        const CliResult result = runCli(path(), keyScript + "SELECT applicant FROM cases ORDER BY id;\n");
        QVERIFY2(result.started && result.finished, qPrintable(describe(result)));
        QVERIFY2(result.exitCode != 0, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(u"file is encrypted or is not a database"_s), qPrintable(describe(result)));
        for (const Row &row : sampleRows())
            QVERIFY2(!result.lines.contains(row.applicant), qPrintable(describe(result)));
        QCOMPARE(fileSha256(path()), hashBefore);

        // The right key still reads it afterwards: nothing was damaged.
        const CliResult right =
            runCli(path(), cliKeyPragma(m_key) + "SELECT id, applicant, note FROM cases ORDER BY id;\n");
        QVERIFY2(right.exitCode == 0 && right.err.isEmpty(), qPrintable(describe(right)));
        QCOMPARE(right.lines, expectedLines());
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherInterop)
#include "test_sqlcipher_interop.moc"
