// --db: SQLite files and PostgreSQL URLs.

#include "DatabaseLocation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casedesk;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void sqlite();
    void postgresql();
    void socketDirectory();
    void refused_data();
    void refused();
};

void TestDatabaseLocation::sqlite()
{
    auto location = DatabaseLocation::parse(u"sqlite:/var/lib/casedesk/platform.db"_s);
    QVERIFY(location);
    QCOMPARE(location->kind, DatabaseLocation::Kind::Sqlite);
    QCOMPARE(location->path, u"/var/lib/casedesk/platform.db"_s);
    QCOMPARE(DatabaseLocation::parse(u"sqlite:relative.db"_s)->path, u"relative.db"_s);
}

void TestDatabaseLocation::postgresql()
{
    auto location = DatabaseLocation::parse(u"postgresql://platform:s%40cret@db.example.org:6543/casedesk"_s);
    QVERIFY(location);
    QCOMPARE(location->kind, DatabaseLocation::Kind::Postgresql);
    QCOMPARE(location->user, u"platform"_s);
    QCOMPARE(location->password, u"s@cret"_s);
    QCOMPARE(location->host, u"db.example.org"_s);
    QCOMPARE(location->port, 6543);
    QCOMPARE(location->databaseName, u"casedesk"_s);
    QVERIFY(!location->describe().contains(u"cret"_s));

    location = DatabaseLocation::parse(u"postgres://platform@localhost/casedesk"_s);
    QVERIFY(location);
    QCOMPARE(location->port, 5432);
    QVERIFY(location->password.isEmpty());
}

void TestDatabaseLocation::socketDirectory()
{
    auto location =
        DatabaseLocation::parse(u"postgresql://postgres@localhost/casedesk?host=/tmp/pg%20socket&port=5433"_s);
    QVERIFY(location);
    QCOMPARE(location->host, u"/tmp/pg socket"_s);
    QCOMPARE(location->port, 5433);
    location = DatabaseLocation::parse(u"postgresql:///casedesk?host=/run/postgresql"_s);
    QVERIFY(location);
    QCOMPARE(location->host, u"/run/postgresql"_s);
    QCOMPARE(location->databaseName, u"casedesk"_s);
}

void TestDatabaseLocation::refused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("empty") << QString();
    QTest::newRow("sqlite without file") << u"sqlite:"_s;
    QTest::newRow("mysql") << u"mysql://u@h/d"_s;
    QTest::newRow("no database") << u"postgresql://u@h"_s;
    QTest::newRow("nested path") << u"postgresql://u@h/a/b"_s;
    QTest::newRow("unknown parameter") << u"postgresql://u@h/d?sslmode=disable"_s;
    QTest::newRow("bad port") << u"postgresql://u@h/d?port=99999"_s;
}

void TestDatabaseLocation::refused()
{
    QFETCH(QString, spec);
    const auto location = DatabaseLocation::parse(spec);
    QVERIFY(!location);
    QVERIFY(location.error().message.startsWith(u"--db"_s));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "test_database_location.moc"
