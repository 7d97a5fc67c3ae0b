// casedesk-platform, the program: its command line, the first line it
// prints, HTTPS, its logs (JSON, and without personal data), and what it
// keeps across a restart.

#include "ApiClient.h"
#include "PlatformProcess.h"
#include "TestOps.h"
#include "TestSupport.h"
#include "TrainingHall.h"

#include "DatabaseLocation.h"
#include "PasswordHash.h"
#include "PlatformStore.h"
#include "security/OneTimeCode.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::test;

namespace {

ProcessResult runPlatform(const QStringList &arguments)
{
    QProcess process;
    process.start(builtProgram("CASEDESK_PLATFORM"), arguments);
    ProcessResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestPlatformProgram : public QObject
{
    Q_OBJECT

private slots:
    void help();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void anyFreePortAndJsonLogs();
    void textLogs();
    void https();
    void keepsItsStateAcrossRestarts();
    void enrolsASecondFactor();
    void enrolRefusesAnUnknownUser();

private:
    QString database(const QString &name) { return u"sqlite:"_s + m_directory.filePath(name); }

    QTemporaryDir m_directory;
};

void TestPlatformProgram::help()
{
    const ProcessResult result = runPlatform({u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    for (const QString &option : {u"--listen"_s, u"--db"_s, u"--tls-cert"_s, u"--tls-key"_s, u"--catalogue"_s,
                                  u"--seed-training-hall"_s, u"--token-lifetime"_s, u"--log-format"_s,
                                  u"--enrol-second-factor"_s, u"postgresql://"_s, u"127.0.0.1:8443"_s})
        QVERIFY2(result.out.contains(option), qPrintable(option));
}

void TestPlatformProgram::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("db kind") << QStringList{u"--db"_s, u"mysql://x/y"_s} << u"--db"_s;
    QTest::newRow("db name") << QStringList{u"--db"_s, u"postgresql://user@localhost"_s} << u"--db"_s;
    QTest::newRow("listen") << QStringList{u"--listen"_s, u"nowhere"_s} << u"--listen"_s;
    QTest::newRow("listen port") << QStringList{u"--listen"_s, u"127.0.0.1:70000"_s} << u"--listen"_s;
    QTest::newRow("log format") << QStringList{u"--log-format"_s, u"xml"_s} << u"--log-format"_s;
    QTest::newRow("token lifetime") << QStringList{u"--token-lifetime"_s, u"0"_s} << u"--token-lifetime"_s;
    QTest::newRow("catalogue") << QStringList{u"--catalogue"_s, u"/nonexistent/catalogue.json"_s}
                               << u"/nonexistent/catalogue.json"_s;
    QTest::newRow("tls key alone") << QStringList{u"--tls-key"_s, u"/nonexistent/key.pem"_s} << u"HTTPS"_s;
    QTest::newRow("argument") << QStringList{u"surplus"_s} << u"surplus"_s;
}

void TestPlatformProgram::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QStringList all = arguments;
    if (!all.contains(u"--listen"_s))
        all << u"--listen"_s << u"127.0.0.1:0"_s;
    if (!all.contains(u"--db"_s))
        all << u"--db"_s << database(u"refused.db"_s);
    const ProcessResult result = runPlatform(all);
    QVERIFY(!result.crashed);
    QVERIFY2(result.exitCode != 0, qPrintable(result.out));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!result.out.startsWith(u"listening"_s));
}

void TestPlatformProgram::anyFreePortAndJsonLogs()
{
    PlatformProcess platform;
    const QString failed =
        platform.start({u"--db"_s, database(u"json.db"_s), u"--seed-training-hall"_s, u"--log-format"_s, u"json"_s});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(platform.baseUrl().scheme(), u"http"_s);
    QCOMPARE(platform.baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(platform.baseUrl().port() > 0 && platform.baseUrl().port() != 8443);

    ApiClient client(platform.baseUrl());
    const ApiReply login = client.login(u"staff.li"_s, u"training"_s);
    QCOMPARE(login.status, 200);
    const QString refreshToken = login.json().value(u"refreshToken"_s).toString();
    const protocol::CaseSnapshot snapshot = newCase(u"TRAINING-HALL"_s, 31);
    QCOMPARE(client.post(u"/api/v1/halls/TRAINING-HALL/ops"_s, batchBody({createOp(snapshot)})).status, 200);
    QCOMPARE(client.get(u"/api/v1/halls/TRAINING-HALL/changes?after=0&limit=3"_s).status, 200);
    QCOMPARE(client.login(u"staff.li"_s, u"a-wrong-password"_s).status, 401);
    QCOMPARE(client.get(u"/api/v1/health"_s, {{"X-Request-Id", "probe-7"}}).status, 200);
    platform.stop();
    QVERIFY2(platform.exitedCleanly(), platform.standardError().right(2000).constData());

    const QByteArray logs = platform.standardError();
    bool sawRequest = false;
    for (const QByteArray &line : logs.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject entry = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QVERIFY(entry.contains(u"time"_s) && entry.contains(u"level"_s) && entry.contains(u"category"_s));
        if (entry.value(u"category"_s) == u"casedesk.platform.request"_s
            && entry.value(u"requestId"_s) == u"probe-7"_s) {
            sawRequest = true;
            QCOMPARE(entry.value(u"method"_s).toString(), u"GET"_s);
            QCOMPARE(entry.value(u"path"_s).toString(), u"/api/v1/health"_s);
            QCOMPARE(entry.value(u"status"_s).toInt(), 200);
            QVERIFY(entry.contains(u"durationMs"_s));
        }
    }
    QVERIFY(sawRequest);
    QVERIFY(logs.contains("/api/v1/halls/TRAINING-HALL/changes?after=0&limit=3"));
    // Nothing personal and nothing secret.
    for (const QString &secret :
         {client.token(), refreshToken, u"a-wrong-password"_s, u"\"training\""_s, snapshot.applicant.name,
          snapshot.applicant.idNumber, snapshot.applicant.mobile, u"李样例"_s, u"Bearer"_s})
        QVERIFY2(!logs.contains(secret.toUtf8()), qPrintable(secret));
}

void TestPlatformProgram::textLogs()
{
    PlatformProcess platform;
    const QString failed = platform.start({u"--db"_s, database(u"text.db"_s)});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    ApiClient client(platform.baseUrl());
    QCOMPARE(client.get(u"/api/v1/health"_s, {{"X-Request-Id", "probe-8"}}).status, 200);
    QCOMPARE(client.get(u"/api/v1/catalogue"_s).status, 401);
    platform.stop();
    QVERIFY(platform.exitedCleanly());
    const QString logs = QString::fromUtf8(platform.standardError());
    QVERIFY2(logs.contains(u"GET /api/v1/health 200 "_s) && logs.contains(u"id=probe-8"_s), qPrintable(logs));
    QVERIFY(logs.contains(u"GET /api/v1/catalogue 401 "_s));
    // An empty database and no --seed-training-hall: no hall, nobody to sign in.
    QVERIFY(!logs.contains(u"seeded"_s));
}

void TestPlatformProgram::https()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QVERIFY2(!openssl.isEmpty(), "the openssl program is missing; scripts/dev installs it");
    const QString certificate = m_directory.filePath(u"cert.pem"_s);
    const QString key = m_directory.filePath(u"key.pem"_s);
    QProcess generate;
    generate.start(openssl,
                   {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s,
                    certificate, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                    u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY(generate.waitForFinished(60000));
    QCOMPARE(generate.exitCode(), 0);

    PlatformProcess platform;
    const QString failed = platform.start({u"--db"_s, database(u"tls.db"_s), u"--seed-training-hall"_s, u"--tls-cert"_s,
                                           certificate, u"--tls-key"_s, key});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(platform.baseUrl().scheme(), u"https"_s);

    ApiClient client(platform.baseUrl());
    QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
    trust.setCaCertificates(QSslCertificate::fromPath(certificate));
    client.setSslConfiguration(trust);
    const ApiReply health = client.get(u"/api/v1/health"_s);
    QVERIFY2(health.status == 200, qPrintable(health.networkError));
    QCOMPARE(client.login(u"staff.li"_s, u"training"_s).status, 200);
    QCOMPARE(client.get(u"/api/v1/catalogue"_s).status, 200);

    // A client that does not trust the certificate gets no answer at all.
    ApiClient stranger(platform.baseUrl());
    const ApiReply refused = stranger.get(u"/api/v1/health"_s);
    QCOMPARE(refused.status, 0);
    QVERIFY(!refused.networkError.isEmpty());
}

void TestPlatformProgram::keepsItsStateAcrossRestarts()
{
    const QString db = database(u"restart.db"_s);
    QString token;
    protocol::CaseSnapshot snapshot = newCase(u"TRAINING-HALL"_s, 41);
    {
        PlatformProcess platform;
        const QString failed = platform.start({u"--db"_s, db, u"--seed-training-hall"_s});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        ApiClient client(platform.baseUrl());
        QCOMPARE(client.login(u"staff.li"_s, u"training"_s).status, 200);
        token = client.token();
        QCOMPARE(client.post(u"/api/v1/halls/TRAINING-HALL/ops"_s, batchBody({createOp(snapshot)})).status, 200);
    }
    PlatformProcess platform;
    const QString failed = platform.start({u"--db"_s, db, u"--seed-training-hall"_s});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    ApiClient client(platform.baseUrl());
    client.setToken(token);
    // The feed after the seeded hall's last change but one: seeded once, not
    // twice, so that change and the case pushed before the restart are all.
    const qint64 after = TrainingHall::defaultCaseCount - 1;
    const ApiReply reply = client.get(u"/api/v1/halls/TRAINING-HALL/changes?after=%1&limit=1000"_s.arg(after));
    QCOMPARE(reply.status, 200);
    auto page = protocol::decodeChangesPage(reply.body, after);
    QVERIFY(page);
    QCOMPARE(page->changes.size(), 2);
    QVERIFY(!page->hasMore);
    QCOMPARE(page->changes.last().snapshot.caseRecord.id, snapshot.caseRecord.id);
}

void TestPlatformProgram::enrolsASecondFactor()
{
    const QString db = database(u"enrol.db"_s);
    const QString user = u"staff.factor"_s;
    {
        auto store = PlatformStore::open(DatabaseLocation::parse(db).value());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QVERIFY((*store)->migrate());
        HallSeed seed;
        seed.hall = {u"FACTOR-HALL"_s, u"双因素大厅"_s, u"FH"_s, {{u"W01"_s, u"1号窗口"_s}}};
        seed.users.append({{user, seed.hall.id, u"周样例"_s, {u"supervisor"_s}, QString()},
                           PasswordHash::make(u"factor-password"_s, 1000).value(),
                           true});
        QCOMPARE((*store)->seedHall(seed, true).value(), true);
    }

    const ProcessResult result = runPlatform({u"--db"_s, db, u"--enrol-second-factor"_s, user});
    QVERIFY(!result.crashed);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"otpauth URI: "_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"base32 secret: "_s), qPrintable(lines.at(1)));
    const QString uri = lines.at(0).mid(13);
    const QString base32 = lines.at(1).mid(15);
    // The label's colon comes percent-encoded, as the otpauth format allows.
    QVERIFY2(QUrl::fromPercentEncoding(uri.toUtf8()).startsWith(u"otpauth://totp/CaseDesk:staff.factor?secret="_s),
             qPrintable(uri));
    QVERIFY(uri.contains(u"?secret="_s + base32 + u'&'));
    QCOMPARE(base32.size(), 32); // 20 bytes
    QVERIFY(!result.out.contains(u"listening"_s));

    // What was printed is what was stored, and signs in.
    std::shared_ptr<const SecureBytes> secret;
    {
        auto store = PlatformStore::open(DatabaseLocation::parse(db).value());
        QVERIFY(store);
        auto credentials = (*store)->credentials(user);
        QVERIFY(credentials && *credentials && (*credentials)->oneTimeSecret);
        secret = (*credentials)->oneTimeSecret;
    }
    QCOMPARE(onetimecode::base32(*secret), base32);
    QCOMPARE(onetimecode::provisioningUri(*secret, user, u"CaseDesk"_s), uri);
    PlatformProcess platform;
    const QString failed = platform.start({u"--db"_s, db});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    ApiClient client(platform.baseUrl());
    QCOMPARE(client.login(user, u"factor-password"_s).problemCode(), QString(protocol::secondFactorRequired));
    const QString code = onetimecode::codeAt(*secret, onetimecode::stepAt(QDateTime::currentDateTimeUtc()));
    const ApiReply reply = client.login(user, u"factor-password"_s, u"ws-test"_s, code);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"secondFactor"_s), QJsonValue(true));
    platform.stop();
    // The secret is not logged.
    QVERIFY(!platform.standardError().contains(base32.toLatin1()));
}

void TestPlatformProgram::enrolRefusesAnUnknownUser()
{
    // On a new database, too: the schema comes first, then no such user.
    const ProcessResult result =
        runPlatform({u"--db"_s, database(u"enrol-unknown.db"_s), u"--enrol-second-factor"_s, u"nobody"_s});
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"nobody"_s), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestPlatformProgram)
#include "test_platform_program.moc"
