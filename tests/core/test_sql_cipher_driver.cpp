// Conformance of casedesk::SqlCipherDriver ("QSQLCIPHER") with what Qt SQL
// code expects of a driver: binding, type round-trips, transactions, metadata,
// fetch modes, errors, and that the key protects the file from the first byte.
#include "TestSupport.h"
#include "storage/SqlCipherDriver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstring>
#include <ctime>
#include <limits>
#include <memory>
#include <vector>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray plainSqliteHeader("SQLite format 3\0", 16);

SecureBytes randomKey()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    SecureBytes key(reinterpret_cast<const char *>(words), sizeof(words));
    std::memset(words, 0, sizeof(words));
    return key;
}

QString rawKeyPassword(const SecureBytes &key)
{
    const SecureBytes hex = key.toHex();
    return u"x'"_s + QString::fromLatin1(hex.view()) + u"'"_s;
}

QByteArray randomBytes(qsizetype size)
{
    std::vector<quint32> words(std::size_t(size) / sizeof(quint32) + 1);
    QRandomGenerator::global()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray bytes(size, Qt::Uninitialized);
    std::memcpy(bytes.data(), words.data(), std::size_t(size));
    return bytes;
}

QByteArray firstBytes(const QString &path, qint64 count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(count);
}

QByteArray wholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

QString describe(const QSqlError &error)
{
    return u"[%1] %2 | %3"_s.arg(error.nativeErrorCode(), error.driverText(), error.databaseText());
}

// A key-owning connection made the way the vault makes it: our own driver
// object, keyed with setRawKey() before open().
QSqlDatabase openWithRawKey(const QString &name, const QString &path, const SecureBytes &key)
{
    auto *driver = new SqlCipherDriver;
    driver->setRawKey(key.clone());
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    db.open();
    return db;
}

} // namespace

#define VERIFY_OPEN(db) QVERIFY2((db).isOpen(), qPrintable(describe((db).lastError())))
#define VERIFY_EXEC(query, ok) QVERIFY2((ok), qPrintable(describe((query).lastError())))

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    SecureBytes m_key;

    QString path(const QString &file = u"test.db"_s) const { return m_dir->filePath(file); }

    // A fresh connection on path() with m_key; the caller's QSqlDatabase goes
    // out of scope before cleanup() removes the connection.
    QSqlDatabase openDefault(const QString &name = u"main"_s) { return openWithRawKey(name, path(), m_key); }

private Q_SLOTS:
    void initTestCase()
    {
        // The service hall's zone (UTC+8, no DST), so local time differs from
        // UTC and a timestamp read as local time shows up 8 hours off.
        qputenv("TZ", "CST-8");
        tzset();
        QCOMPARE(QDateTime(QDate(2024, 2, 9), QTime(12, 0)).offsetFromUtc(), 8 * 3600);
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
        // Every QSqlDatabase and QSqlQuery of the test function is gone now.
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &name : names)
            QSqlDatabase::removeDatabase(name);
        m_dir.reset();
    }

    void registersUnderItsName()
    {
        SqlCipherDriver::registerDriver(); // idempotent
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s));
        QCOMPARE(QSqlDatabase::drivers().count(u"QSQLCIPHER"_s), 1);

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"registered"_s);
        QVERIFY(db.isValid());
        QCOMPARE(db.driverName(), u"QSQLCIPHER"_s);
        QVERIFY(qobject_cast<SqlCipherDriver *>(db.driver()));
        db.setDatabaseName(path());
        db.setPassword(rawKeyPassword(m_key));
        QVERIFY2(db.open(), qPrintable(describe(db.lastError())));
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v TEXT)"_s));
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES ('registered')"_s));
    }

    void passwordRawKeyAndSetRawKeyAreTheSameKey()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"by-password"_s);
            db.setDatabaseName(path());
            db.setPassword(rawKeyPassword(m_key));
            QVERIFY2(db.open(), qPrintable(describe(db.lastError())));
            QSqlQuery query(db);
            VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v TEXT)"_s));
            VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES ('written with the password field')"_s));
        }
        QSqlDatabase db = openWithRawKey(u"by-raw-key"_s, path(), m_key);
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"SELECT v FROM t"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"written with the password field"_s);
    }

    void rawKeyIsUsedByOneOpenOnly()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        {
            QSqlQuery query(db);
            VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v INTEGER)"_s));
        }
        db.close();
        // setRawKey() was consumed by the first open: no key remains.
        QVERIFY(!db.open());
        QCOMPARE(primaryCode(db.lastError()), 26);
        static_cast<SqlCipherDriver *>(db.driver())->setRawKey(m_key.clone());
        QVERIFY2(db.open(), qPrintable(describe(db.lastError())));
    }

    void positionalBinding()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (a INTEGER, b TEXT, c REAL)"_s));

        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t (a, b, c) VALUES (?, ?, ?)"_s));
        query.addBindValue(1);
        query.addBindValue(u"one"_s);
        query.addBindValue(1.5);
        VERIFY_EXEC(query, query.exec());
        // The same prepared statement, bound again, in the order given.
        query.addBindValue(2);
        query.addBindValue(u"two"_s);
        query.addBindValue(2.5);
        VERIFY_EXEC(query, query.exec());
        // bindValue(int) by position, set out of order.
        query.bindValue(2, 3.5);
        query.bindValue(0, 3);
        query.bindValue(1, u"three"_s);
        VERIFY_EXEC(query, query.exec());

        VERIFY_EXEC(query, query.prepare(u"SELECT a, b, c FROM t WHERE a >= ? AND b <> ? ORDER BY a"_s));
        query.addBindValue(2);
        query.addBindValue(u"three"_s);
        VERIFY_EXEC(query, query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 2);
        QCOMPARE(query.value(1).toString(), u"two"_s);
        QCOMPARE(query.value(2).toDouble(), 2.5);
        QVERIFY(!query.next());

        QCOMPARE(rowCount(db, u"t"_s), 3);
        VERIFY_EXEC(query, query.exec(u"SELECT a, b, c FROM t WHERE a = 3"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toString(), u"three"_s);
        QCOMPARE(query.value(2).toDouble(), 3.5);
    }

    void namedBinding()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (id INTEGER, name TEXT, note TEXT)"_s));
        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t (id, name, note) VALUES (:id, :name, :note)"_s));
        // Bound in another order than they appear.
        query.bindValue(u":note"_s, u"窗口 7"_s);
        query.bindValue(u":id"_s, 42);
        query.bindValue(u":name"_s, u"张三"_s);
        VERIFY_EXEC(query, query.exec());
        query.bindValue(u":id"_s, 43);
        query.bindValue(u":name"_s, u"李四"_s);
        query.bindValue(u":note"_s, QVariant());
        VERIFY_EXEC(query, query.exec());

        // One name used twice takes one value.
        VERIFY_EXEC(query, query.prepare(u"SELECT id, name, note FROM t WHERE id = :id OR id = :id + 100"_s));
        query.bindValue(u":id"_s, 42);
        VERIFY_EXEC(query, query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 42);
        QCOMPARE(query.value(1).toString(), u"张三"_s);
        QCOMPARE(query.value(2).toString(), u"窗口 7"_s);
        QVERIFY(!query.next());

        VERIFY_EXEC(query, query.prepare(u"SELECT name, note FROM t WHERE id = :id"_s));
        query.bindValue(u":id"_s, 43);
        VERIFY_EXEC(query, query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"李四"_s);
        QVERIFY(query.isNull(1));
    }

    void nullRoundTrip()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (id INTEGER, i INTEGER, s TEXT, b BLOB, d DATETIME)"_s));
        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t VALUES (?, ?, ?, ?, ?)"_s));
        query.addBindValue(1);
        query.addBindValue(QVariant()); // invalid
        query.addBindValue(QVariant(QMetaType::fromType<QString>())); // typed null
        query.addBindValue(QVariant(QMetaType::fromType<QByteArray>())); // typed null
        query.addBindValue(QVariant(QMetaType::fromType<QDateTime>())); // typed null
        VERIFY_EXEC(query, query.exec());

        VERIFY_EXEC(query, query.exec(u"SELECT typeof(i), typeof(s), typeof(b), typeof(d) FROM t"_s));
        QVERIFY(query.next());
        for (int column = 0; column < 4; ++column)
            QCOMPARE(query.value(column).toString(), u"null"_s);

        VERIFY_EXEC(query, query.exec(u"SELECT i, s, b, d FROM t"_s));
        QVERIFY(query.next());
        for (int column = 0; column < 4; ++column) {
            QVERIFY2(query.isNull(column), qPrintable(QString::number(column)));
            QVERIFY(query.value(column).isNull());
        }
    }

    void int64RoundTrip_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("minus one") << qint64(-1);
        QTest::newRow("beyond int32") << qint64(5'000'000'000);
        QTest::newRow("below int32") << qint64(-5'000'000'000);
        QTest::newRow("max") << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << std::numeric_limits<qint64>::min();
    }

    void int64RoundTrip()
    {
        QFETCH(qint64, value);
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v INTEGER)"_s));
        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t VALUES (?)"_s));
        query.addBindValue(value);
        VERIFY_EXEC(query, query.exec());

        VERIFY_EXEC(query, query.exec(u"SELECT v, typeof(v), v = %1 FROM t"_s.arg(value)));
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toString(), u"integer"_s);
        QCOMPARE(query.value(2).toLongLong(), 1); // stored exactly, as SQLite sees it
        QCOMPARE(query.value(0).typeId(), QMetaType::LongLong);
        QCOMPARE(query.value(0).toLongLong(), value);
    }

    void doubleRoundTrip_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("tenth") << 0.1;
        QTest::newRow("pi") << 3.141592653589793;
        QTest::newRow("negative") << -2.5e-300;
        QTest::newRow("large") << 1.7976931348623157e308;
        QTest::newRow("smallest subnormal") << std::numeric_limits<double>::denorm_min();
        QTest::newRow("integral") << 1e15;
    }

    void doubleRoundTrip()
    {
        QFETCH(double, value);
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v REAL)"_s));
        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t VALUES (?)"_s));
        query.addBindValue(value);
        VERIFY_EXEC(query, query.exec());
        VERIFY_EXEC(query, query.exec(u"SELECT v, typeof(v) FROM t"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toString(), u"real"_s);
        QCOMPARE(query.value(0).typeId(), QMetaType::Double);
        const double read = query.value(0).toDouble();
        // Bit for bit, not within a tolerance.
        QVERIFY2(std::memcmp(&read, &value, sizeof(double)) == 0,
                 qPrintable(u"%1 != %2"_s.arg(read, 0, 'g', 17).arg(value, 0, 'g', 17)));
    }

    void stringRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<int>("characters");
        QTest::newRow("ascii") << u"Hello, hall"_s << QByteArray("Hello, hall") << 11;
        QTest::newRow("chinese") << u"中文"_s << QByteArray("\xe4\xb8\xad\xe6\x96\x87") << 2;
        QTest::newRow("outside the BMP") << u"𠀀"_s << QByteArray("\xf0\xa0\x80\x80") << 1;
        QTest::newRow("mixed") << u"政务服务 𠀀 No.7 ü"_s
                               << QByteArray("\xe6\x94\xbf\xe5\x8a\xa1\xe6\x9c\x8d\xe5\x8a\xa1 \xf0\xa0\x80\x80 No.7 "
                                             "\xc3\xbc")
                               << 13;
        QTest::newRow("empty") << u""_s << QByteArray() << 0;
        QTest::newRow("quote and nul-free control")
            << u"it's\t\"quoted\"\n"_s << QByteArray("it's\t\"quoted\"\n") << 14;
    }

    void stringRoundTrip()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, utf8);
        QFETCH(int, characters);
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v TEXT)"_s));
        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t VALUES (?)"_s));
        query.addBindValue(value);
        VERIFY_EXEC(query, query.exec());

        // Stored as proper UTF-8 (not surrogate halves), as other tools read it.
        VERIFY_EXEC(query, query.exec(u"SELECT v, typeof(v), length(v), hex(CAST(v AS BLOB)) FROM t"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toString(), u"text"_s);
        QCOMPARE(query.value(2).toInt(), characters);
        QCOMPARE(query.value(3).toString().toLatin1(), utf8.toHex().toUpper());
        QCOMPARE(query.value(0).typeId(), QMetaType::QString);
        QVERIFY(!query.isNull(0));
        QCOMPARE(query.value(0).toString(), value);

        // And found again when it is the search key.
        VERIFY_EXEC(query, query.prepare(u"SELECT count(*) FROM t WHERE v = ?"_s));
        query.addBindValue(value);
        VERIFY_EXEC(query, query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void largeBlobRoundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("16 MiB") << qsizetype(16) * 1024 * 1024;
        QTest::newRow("16 MiB + 1") << qsizetype(16) * 1024 * 1024 + 1;
        QTest::newRow("40 MiB + 3") << qsizetype(40) * 1024 * 1024 + 3;
    }

    void largeBlobRoundTrip()
    {
        QFETCH(qsizetype, size);
        const QByteArray blob = randomBytes(size);
        {
            QSqlDatabase db = openDefault(u"writer"_s);
            VERIFY_OPEN(db);
            QSqlQuery query(db);
            VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB)"_s));
            VERIFY_EXEC(query, query.prepare(u"INSERT INTO t (id, b) VALUES (1, ?)"_s));
            query.addBindValue(blob);
            VERIFY_EXEC(query, query.exec());
        }
        // Read back through a new connection, so the bytes came from the file.
        QSqlDatabase db = openDefault(u"reader"_s);
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"SELECT length(b), typeof(b), b FROM t WHERE id = 1"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(size));
        QCOMPARE(query.value(1).toString(), u"blob"_s);
        QCOMPARE(query.value(2).typeId(), QMetaType::QByteArray);
        const QByteArray read = query.value(2).toByteArray();
        QCOMPARE(read.size(), blob.size());
        QVERIFY2(read == blob, "the blob's bytes differ");
    }

    void emptyBlobIsNotNull()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (id INTEGER, b BLOB)"_s));
        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t VALUES (?, ?)"_s));
        const QList<QVariant> values = {QVariant(QByteArray("")), QVariant(QByteArray()),
                                        QVariant(QMetaType::fromType<QByteArray>())};
        for (qsizetype i = 0; i < values.size(); ++i) {
            query.bindValue(0, int(i));
            query.bindValue(1, values.at(i));
            VERIFY_EXEC(query, query.exec());
        }
        VERIFY_EXEC(query, query.exec(u"SELECT id, typeof(b), b FROM t ORDER BY id"_s));
        for (const char *expectedType : {"blob", "blob", "null"}) {
            QVERIFY(query.next());
            QCOMPARE(query.value(1).toString(), QString::fromLatin1(expectedType));
            const bool isNull = qstrcmp(expectedType, "null") == 0;
            QCOMPARE(query.isNull(2), isNull);
            QCOMPARE(query.value(2).isNull(), isNull);
            if (!isNull) {
                QCOMPARE(query.value(2).typeId(), QMetaType::QByteArray);
                QCOMPARE(query.value(2).toByteArray().size(), 0);
            }
        }
        QVERIFY(!query.next());
    }

    void dateTimeRoundTripsInUtcWithMilliseconds_data()
    {
        QTest::addColumn<QDateTime>("value");
        QTest::newRow("utc") << QDateTime(QDate(2024, 2, 9), QTime(15, 30, 45, 123), Qt::UTC);
        QTest::newRow("utc, zero ms") << QDateTime(QDate(2023, 12, 31), QTime(23, 59, 59, 0), Qt::UTC);
        QTest::newRow("beijing time") << QDateTime(QDate(2024, 2, 10), QTime(0, 0, 0, 7), QTimeZone(8 * 3600));
        QTest::newRow("999 ms") << QDateTime(QDate(2000, 1, 1), QTime(0, 0, 0, 999), Qt::UTC);
    }

    void dateTimeRoundTripsInUtcWithMilliseconds()
    {
        QFETCH(QDateTime, value);
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (at DATETIME, plain TEXT)"_s));
        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t VALUES (?, ?)"_s));
        query.addBindValue(value);
        query.addBindValue(value);
        VERIFY_EXEC(query, query.exec());

        VERIFY_EXEC(query, query.exec(u"SELECT at, plain FROM t"_s));
        QVERIFY(query.next());
        QCOMPARE(query.record().field(0).metaType().id(), QMetaType::QDateTime);
        const QVariant at = query.value(0);
        QCOMPARE(at.typeId(), QMetaType::QDateTime);
        const QDateTime read = at.toDateTime();
        QVERIFY(read.isValid());
        QCOMPARE(read.timeSpec(), Qt::UTC);
        QCOMPARE(read.toMSecsSinceEpoch(), value.toMSecsSinceEpoch());
        QCOMPARE(read.time().msec(), value.toUTC().time().msec());
        QCOMPARE(read, value);
        // Stored as UTC ISO 8601 text with milliseconds, sortable and readable by other tools.
        const QString stored = query.value(1).toString();
        QCOMPARE(stored, value.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s));
    }

    // SQLite's own date functions (and the sqlcipher CLI, and hand-written
    // SQL) write UTC without a zone designator; our convention says DATETIME
    // text is UTC, so none of it may be read as local time.
    void dateTimeTextWithoutZoneIsUtc_data()
    {
        QTest::addColumn<QString>("sqlValue");
        QTest::newRow("iso, no zone") << u"'2024-02-09T15:30:45.250'"_s;
        QTest::newRow("sqlite strftime") << u"strftime('%Y-%m-%d %H:%M:%f', '2024-02-09T15:30:45.250Z')"_s;
        QTest::newRow("explicit Z") << u"'2024-02-09T15:30:45.250Z'"_s;
        QTest::newRow("explicit +08:00") << u"'2024-02-09T23:30:45.250+08:00'"_s;
    }

    void dateTimeTextWithoutZoneIsUtc()
    {
        QFETCH(QString, sqlValue);
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (at DATETIME)"_s));
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES (%1)"_s.arg(sqlValue)));
        VERIFY_EXEC(query, query.exec(u"SELECT at FROM t"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).typeId(), QMetaType::QDateTime);
        const QDateTime read = query.value(0).toDateTime();
        QCOMPARE(read.timeSpec(), Qt::UTC);
        QCOMPARE(read, QDateTime(QDate(2024, 2, 9), QTime(15, 30, 45, 250), Qt::UTC));
    }

    void sqliteDatetimeNowReadsAsNow()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (at DATETIME)"_s));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES (datetime('now'))"_s));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(2);
        VERIFY_EXEC(query, query.exec(u"SELECT at FROM t"_s));
        QVERIFY(query.next());
        const QDateTime read = query.value(0).toDateTime();
        QVERIFY2(read >= before && read <= after,
                 qPrintable(u"%1 not within [%2, %3]"_s.arg(read.toString(Qt::ISODate), before.toString(Qt::ISODate),
                                                            after.toString(Qt::ISODate))));
    }

    void transactionCommit()
    {
        QSqlDatabase db = openDefault(u"writer"_s);
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v INTEGER)"_s));
        QVERIFY2(db.transaction(), qPrintable(describe(db.lastError())));
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES (1)"_s));
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES (2)"_s));
        {
            QSqlDatabase other = openDefault(u"other"_s);
            VERIFY_OPEN(other);
            QCOMPARE(rowCount(other, u"t"_s), 0); // not visible before commit
            other.close();
        }
        QVERIFY2(db.commit(), qPrintable(describe(db.lastError())));
        QCOMPARE(rowCount(db, u"t"_s), 2);
        query.finish();
        db.close();

        QSqlDatabase reopened = openDefault(u"reopened"_s);
        VERIFY_OPEN(reopened);
        QCOMPARE(rowCount(reopened, u"t"_s), 2);
    }

    void transactionRollback()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v INTEGER)"_s));
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES (1)"_s));
        QVERIFY2(db.transaction(), qPrintable(describe(db.lastError())));
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES (2)"_s));
        VERIFY_EXEC(query, query.exec(u"UPDATE t SET v = 10 WHERE v = 1"_s));
        QCOMPARE(rowCount(db, u"t"_s), 2);
        QVERIFY2(db.rollback(), qPrintable(describe(db.lastError())));
        QCOMPARE(rowCount(db, u"t"_s), 1);
        VERIFY_EXEC(query, query.exec(u"SELECT v FROM t"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // Outside a transaction there is nothing to commit or roll back.
        QVERIFY(!db.commit());
        QVERIFY(!db.rollback());
    }

    void lastInsertId()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)"_s));
        QVERIFY(!query.lastInsertId().isValid()); // DDL inserts nothing

        VERIFY_EXEC(query, query.exec(u"INSERT INTO t (v) VALUES ('a')"_s));
        QCOMPARE(query.lastInsertId().toLongLong(), 1);
        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t (v) VALUES (?)"_s));
        query.addBindValue(u"b"_s);
        VERIFY_EXEC(query, query.exec());
        QCOMPARE(query.lastInsertId().toLongLong(), 2);
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t (id, v) VALUES (5000000000, 'c')"_s));
        QCOMPARE(query.lastInsertId().toLongLong(), 5'000'000'000);
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t (v) VALUES ('d')"_s));
        QCOMPARE(query.lastInsertId().toLongLong(), 5'000'000'001);

        VERIFY_EXEC(query, query.exec(u"SELECT id FROM t WHERE v = 'd'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 5'000'000'001);
        QVERIFY(!query.lastInsertId().isValid()); // a SELECT inserts nothing
    }

    void numRowsAffected()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v INTEGER)"_s));
        QCOMPARE(query.numRowsAffected(), 0);
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES (1), (2), (3), (4), (5)"_s));
        QCOMPARE(query.numRowsAffected(), 5);
        VERIFY_EXEC(query, query.exec(u"UPDATE t SET v = v * 10 WHERE v <= 3"_s));
        QCOMPARE(query.numRowsAffected(), 3);
        VERIFY_EXEC(query, query.exec(u"UPDATE t SET v = 0 WHERE v = 12345"_s));
        QCOMPARE(query.numRowsAffected(), 0);
        VERIFY_EXEC(query, query.exec(u"DELETE FROM t WHERE v >= 20"_s));
        QCOMPARE(query.numRowsAffected(), 2);
        // DDL right after a change: not the previous statement's count.
        VERIFY_EXEC(query, query.exec(u"CREATE INDEX t_v ON t (v)"_s));
        QCOMPARE(query.numRowsAffected(), 0);
        VERIFY_EXEC(query, query.exec(u"ALTER TABLE t ADD COLUMN w TEXT"_s));
        QCOMPARE(query.numRowsAffected(), 0);
        VERIFY_EXEC(query, query.exec(u"DELETE FROM t"_s));
        QCOMPARE(query.numRowsAffected(), 3);
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t (v) VALUES (1)"_s));
        VERIFY_EXEC(query, query.exec(u"DROP TABLE t"_s));
        QCOMPARE(query.numRowsAffected(), 0);
    }

    void tablesListsUserTablesAndViewsOnRequest()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        // AUTOINCREMENT makes sqlite_sequence, ANALYZE makes sqlite_stat1.
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE cases (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)"_s));
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE \"材料\" (id INTEGER)"_s));
        VERIFY_EXEC(query, query.exec(u"CREATE INDEX cases_v ON cases (v)"_s));
        VERIFY_EXEC(query, query.exec(u"CREATE VIEW open_cases AS SELECT id FROM cases"_s));
        VERIFY_EXEC(query, query.exec(u"INSERT INTO cases (v) VALUES ('x')"_s));
        VERIFY_EXEC(query, query.exec(u"ANALYZE"_s));
        VERIFY_EXEC(query, query.exec(u"SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite%'"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() >= 2); // the internal tables do exist

        QStringList tables = db.tables(QSql::Tables);
        tables.sort();
        QCOMPARE(tables, (QStringList{u"cases"_s, u"材料"_s}));
        QCOMPARE(db.tables(), tables);
        QCOMPARE(db.tables(QSql::Views), QStringList{u"open_cases"_s});
        QStringList both = db.tables(QSql::TableType(QSql::Tables | QSql::Views));
        both.sort();
        QCOMPARE(both, (QStringList{u"cases"_s, u"open_cases"_s, u"材料"_s}));
    }

    void recordDescribesColumns()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query,
                    query.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, photo BLOB, "
                               "score REAL NOT NULL DEFAULT 0, created_at DATETIME NOT NULL, note VARCHAR(20))"_s));
        const QSqlRecord record = db.record(u"t"_s);
        QCOMPARE(record.count(), 6);
        const QStringList names = {u"id"_s, u"name"_s, u"photo"_s, u"score"_s, u"created_at"_s, u"note"_s};
        const QList<int> types = {QMetaType::LongLong, QMetaType::QString,   QMetaType::QByteArray,
                                  QMetaType::Double,   QMetaType::QDateTime, QMetaType::QString};
        const QList<QSqlField::RequiredStatus> required = {QSqlField::Optional, QSqlField::Required,
                                                           QSqlField::Optional, QSqlField::Required,
                                                           QSqlField::Required, QSqlField::Optional};
        for (int i = 0; i < record.count(); ++i) {
            const QSqlField field = record.field(i);
            QCOMPARE(field.name(), names.at(i));
            QCOMPARE(field.metaType().id(), types.at(i));
            QCOMPARE(field.requiredStatus(), required.at(i));
            QCOMPARE(field.tableName(), u"t"_s);
        }
        QVERIFY(record.field(u"id"_s).isAutoValue());
        QVERIFY(db.record(u"no_such_table"_s).isEmpty());
    }

    void primaryIndexInKeyOrder()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE single (id INTEGER PRIMARY KEY, v TEXT)"_s));
        // Key order (case_id, seq) differs from column order (seq, note, case_id).
        VERIFY_EXEC(query,
                    query.exec(u"CREATE TABLE composite (seq INTEGER NOT NULL, note TEXT, case_id TEXT NOT NULL, "
                               "PRIMARY KEY (case_id, seq))"_s));
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE keyless (a TEXT, b TEXT)"_s));

        const QSqlIndex single = db.primaryIndex(u"single"_s);
        QCOMPARE(single.count(), 1);
        QCOMPARE(single.fieldName(0), u"id"_s);

        const QSqlIndex composite = db.primaryIndex(u"composite"_s);
        QCOMPARE(composite.count(), 2);
        QCOMPARE(composite.fieldName(0), u"case_id"_s);
        QCOMPARE(composite.fieldName(1), u"seq"_s);
        QCOMPARE(composite.field(0).metaType().id(), QMetaType::QString);
        QCOMPARE(composite.field(1).metaType().id(), QMetaType::LongLong);

        QVERIFY(db.primaryIndex(u"keyless"_s).isEmpty());
    }

    void forwardOnlyAndScrollableFetchAgree()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        {
            QSqlQuery query(db);
            VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (id INTEGER, name TEXT)"_s));
            QVERIFY(db.transaction());
            VERIFY_EXEC(query, query.prepare(u"INSERT INTO t VALUES (?, ?)"_s));
            for (int i = 0; i < 250; ++i) {
                query.bindValue(0, i);
                query.bindValue(1, u"第%1号"_s.arg(i));
                VERIFY_EXEC(query, query.exec());
            }
            QVERIFY(db.commit());
        }
        const QString select = u"SELECT id, name FROM t ORDER BY id"_s;
        auto rowAt = [](const QSqlQuery &q) {
            return std::make_pair(q.value(0).toInt(), q.value(1).toString());
        };

        QList<std::pair<int, QString>> forward;
        {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            VERIFY_EXEC(query, query.exec(select));
            QVERIFY(query.isForwardOnly());
            while (query.next()) {
                QCOMPARE(query.at(), int(forward.size()));
                forward.append(rowAt(query));
            }
            QVERIFY(!query.lastError().isValid());
        }
        QCOMPARE(forward.size(), 250);
        for (int i = 0; i < 250; ++i)
            QCOMPARE(forward.at(i), std::make_pair(i, u"第%1号"_s.arg(i)));

        QSqlQuery query(db);
        query.setForwardOnly(false);
        VERIFY_EXEC(query, query.exec(select));
        QList<std::pair<int, QString>> scrolled;
        while (query.next())
            scrolled.append(rowAt(query));
        QCOMPARE(scrolled, forward);

        // Backwards from past the end.
        QList<std::pair<int, QString>> backwards;
        while (query.previous())
            backwards.prepend(rowAt(query));
        QCOMPARE(backwards, forward);

        QVERIFY(query.last());
        QCOMPARE(query.at(), 249);
        QCOMPARE(rowAt(query), forward.last());
        QVERIFY(query.first());
        QCOMPARE(query.at(), 0);
        QCOMPARE(rowAt(query), forward.first());
        QVERIFY(query.seek(137));
        QCOMPARE(rowAt(query), forward.at(137));
        QVERIFY(query.seek(-10, true));
        QCOMPARE(rowAt(query), forward.at(127));
        QVERIFY(query.previous());
        QCOMPARE(rowAt(query), forward.at(126));
        QVERIFY(query.next());
        QCOMPARE(rowAt(query), forward.at(127));
        QVERIFY(!query.seek(250));
        QVERIFY(!query.seek(-1));
        QVERIFY(query.seek(249));
        QCOMPARE(rowAt(query), forward.last());

        // Scrolling a fresh query by seek alone, before any next().
        QVERIFY(query.exec(select));
        QVERIFY(query.seek(200));
        QCOMPARE(rowAt(query), forward.at(200));
        QVERIFY(query.first());
        QCOMPARE(rowAt(query), forward.first());
    }

    void errorsCarrySqliteCodeAndText_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("primary");
        QTest::addColumn<QString>("textContains");
        QTest::newRow("unique") << u"INSERT INTO t (id, code) VALUES (2, 'A-1')"_s << 19 << u"UNIQUE"_s;
        QTest::newRow("primary key") << u"INSERT INTO t (id, code) VALUES (1, 'B-1')"_s << 19 << u"UNIQUE"_s;
        QTest::newRow("not null") << u"INSERT INTO t (id, code) VALUES (3, NULL)"_s << 19 << u"NOT NULL"_s;
        QTest::newRow("check") << u"INSERT INTO t (id, code, n) VALUES (4, 'C-1', -1)"_s << 19 << u"CHECK"_s;
        QTest::newRow("syntax") << u"INSRT INTO t VALUES (1)"_s << 1 << u"syntax error"_s;
        QTest::newRow("no such table") << u"SELECT * FROM missing"_s << 1 << u"no such table"_s;
    }

    void errorsCarrySqliteCodeAndText()
    {
        QFETCH(QString, sql);
        QFETCH(int, primary);
        QFETCH(QString, textContains);
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query,
                    query.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, "
                               "n INTEGER CHECK (n IS NULL OR n >= 0))"_s));
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t (id, code) VALUES (1, 'A-1')"_s));

        QVERIFY(!query.exec(sql));
        const QSqlError error = query.lastError();
        QVERIFY(error.isValid());
        QCOMPARE(error.type(), QSqlError::StatementError);
        QCOMPARE(primaryCode(error), primary);
        QVERIFY2(!error.databaseText().isEmpty(), qPrintable(describe(error)));
        QVERIFY2(error.databaseText().contains(textContains, Qt::CaseInsensitive), qPrintable(describe(error)));
        QVERIFY(!error.driverText().isEmpty());

        // The same through prepare() + exec().
        QSqlQuery prepared(db);
        const bool preparedOk = prepared.prepare(sql) && prepared.exec();
        QVERIFY(!preparedOk);
        QCOMPARE(primaryCode(prepared.lastError()), primary);
        QCOMPARE(rowCount(db, u"t"_s), 1);
    }

    void severalStatementsAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("two inserts") << u"INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)"_s;
        QTest::newRow("select then drop") << u"SELECT * FROM t; DROP TABLE t"_s;
        QTest::newRow("no space") << u"INSERT INTO t VALUES (3);DELETE FROM t"_s;
    }

    void severalStatementsAreRefused()
    {
        QFETCH(QString, sql);
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v INTEGER)"_s));
        VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES (0)"_s));

        QVERIFY(!query.exec(sql));
        QVERIFY(query.lastError().isValid());
        QCOMPARE(query.lastError().type(), QSqlError::StatementError);
        QVERIFY(!query.prepare(sql));

        // Not even the first statement ran.
        QVERIFY(db.tables().contains(u"t"_s));
        VERIFY_EXEC(query, query.exec(u"SELECT group_concat(v) FROM t"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"0"_s);

        // One statement with a trailing semicolon and blanks is fine.
        VERIFY_EXEC(query, query.exec(u"SELECT count(*) FROM t;  \n"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void parameterCountMismatchIsRefused()
    {
        QSqlDatabase db = openDefault();
        VERIFY_OPEN(db);
        QSqlQuery query(db);
        VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (a INTEGER, b INTEGER)"_s));

        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t VALUES (?, ?)"_s));
        query.addBindValue(1);
        QVERIFY(!query.exec()); // too few
        QVERIFY(query.lastError().isValid());
        QCOMPARE(query.lastError().type(), QSqlError::StatementError);
        QVERIFY(!query.lastError().driverText().isEmpty());

        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t VALUES (?, ?)"_s));
        query.addBindValue(1);
        query.addBindValue(2);
        query.addBindValue(3);
        QVERIFY(!query.exec()); // too many
        QVERIFY(query.lastError().isValid());

        QVERIFY(!query.exec(u"INSERT INTO t VALUES (?, ?)"_s)); // none at all
        QCOMPARE(rowCount(db, u"t"_s), 0);

        // The right count still works on the same query object.
        VERIFY_EXEC(query, query.prepare(u"INSERT INTO t VALUES (?, ?)"_s));
        query.addBindValue(1);
        query.addBindValue(2);
        VERIFY_EXEC(query, query.exec());
        QCOMPARE(rowCount(db, u"t"_s), 1);
    }

    void wrongKeyFailsWithNotADbAndLeavesTheFileUntouched()
    {
        {
            QSqlDatabase db = openDefault(u"create"_s);
            VERIFY_OPEN(db);
            QSqlQuery query(db);
            VERIFY_EXEC(query, query.exec(u"PRAGMA journal_mode=WAL"_s));
            VERIFY_EXEC(query, query.exec(u"CREATE TABLE t (v TEXT)"_s));
            VERIFY_EXEC(query, query.exec(u"INSERT INTO t VALUES ('受理')"_s));
        }
        const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files, QDir::Name);
        const QByteArray hashBefore = fileSha256(path());
        QVERIFY(!hashBefore.isEmpty());

        const SecureBytes wrong = randomKey();
        {
            QSqlDatabase db = openWithRawKey(u"wrong-raw"_s, path(), wrong);
            QVERIFY(!db.isOpen());
            QVERIFY(db.isOpenError());
            const QSqlError error = db.lastError();
            QCOMPARE(error.type(), QSqlError::ConnectionError);
            QVERIFY2(error.nativeErrorCode().toInt() == 26, qPrintable(describe(error))); // SQLITE_NOTADB
            QVERIFY(!error.databaseText().isEmpty());
            QSqlQuery query(db);
            QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: database not open");
            QVERIFY(!query.exec(u"SELECT * FROM t"_s));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"wrong-password"_s);
            db.setDatabaseName(path());
            db.setPassword(rawKeyPassword(wrong));
            QVERIFY(!db.open());
            QCOMPARE(primaryCode(db.lastError()), 26);
        }
        QCOMPARE(fileSha256(path()), hashBefore);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files, QDir::Name), filesBefore);

        // The right key still opens it.
        QSqlDatabase db = openDefault(u"right"_s);
        VERIFY_OPEN(db);
        QCOMPARE(rowCount(db, u"t"_s), 1);
    }

    void keyIsAppliedBeforeAnyStatement()
    {
        {
            QSqlDatabase db = openDefault(u"create"_s);
            VERIFY_OPEN(db);
            QSqlQuery query(db);
            VERIFY_EXEC(query, query.exec(u"PRAGMA journal_mode=WAL"_s));
            VERIFY_EXEC(query, query.exec(u"CREATE TABLE marker_table (v TEXT)"_s));
            VERIFY_EXEC(query, query.exec(u"INSERT INTO marker_table VALUES ('PLAINTEXT-MARKER 明文')"_s));
            // While open, the WAL holds the pages: encrypted too.
            const QByteArray wal = wholeFile(path() + u"-wal"_s);
            QVERIFY(!wal.isEmpty());
            QVERIFY(!wal.contains("PLAINTEXT-MARKER"));
            QVERIFY(!wal.contains("marker_table"));
        }
        const QByteArray header = firstBytes(path(), 16);
        QCOMPARE(header.size(), 16);
        QVERIFY(header != plainSqliteHeader);
        const QByteArray content = wholeFile(path());
        QVERIFY(!content.contains("PLAINTEXT-MARKER"));
        QVERIFY(!content.contains("marker_table"));
        QVERIFY(!content.contains("SQLite format 3"));

        // Without a key: no statement can read it.
        const QByteArray hashBefore = fileSha256(path());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"keyless"_s);
            db.setDatabaseName(path());
            QVERIFY(!db.open());
            QCOMPARE(primaryCode(db.lastError()), 26);
        }
        QCOMPARE(fileSha256(path()), hashBefore);

        // Control: the same driver without a key writes a plain SQLite file,
        // so the header check above can tell the two apart.
        const QString plainPath = path(u"plain.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"plain"_s);
            db.setDatabaseName(plainPath);
            QVERIFY2(db.open(), qPrintable(describe(db.lastError())));
            QSqlQuery query(db);
            VERIFY_EXEC(query, query.exec(u"CREATE TABLE marker_table (v TEXT)"_s));
        }
        QCOMPARE(firstBytes(plainPath, 16), plainSqliteHeader);

        // A brand-new keyed file is encrypted from its very first page.
        const QString freshPath = path(u"fresh.db"_s);
        {
            QSqlDatabase db = openWithRawKey(u"fresh"_s, freshPath, m_key);
            VERIFY_OPEN(db);
            QSqlQuery query(db);
            VERIFY_EXEC(query, query.exec(u"CREATE TABLE x (v INTEGER)"_s));
        }
        const QByteArray freshHeader = firstBytes(freshPath, 16);
        QCOMPARE(freshHeader.size(), 16);
        QVERIFY(freshHeader != plainSqliteHeader);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "test_sql_cipher_driver.moc"
