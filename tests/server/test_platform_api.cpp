// The contract of docs/platform-api.md, endpoint by endpoint, against the
// real platform on a free loopback port: SQLite by default, PostgreSQL (a
// cluster the test starts itself) when CASEDESK_TEST_DATABASE=postgresql.

#include "ApiClient.h"
#include "PostgresCluster.h"
#include "TestOps.h"

#include "DatabaseLocation.h"
#include "PasswordHash.h"
#include "PlatformStore.h"
#include "PlatformThread.h"
#include "TrainingHall.h"
#include "catalogue/CatalogueLoader.h"
#include "common/TimeOrderedId.h"
#include "security/OneTimeCode.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString trainingHall = u"TRAINING-HALL"_s;
const QString otherHall = u"OTHER-HALL"_s;
// Of the other hall; enrolled with a second factor by the tests that need one.
const QString factorUser = u"other.factor"_s;
const QString factorPassword = u"factor-secret"_s;

QJsonObject resultAt(const ApiReply &reply, int index)
{
    return reply.json().value(u"results"_s).toArray().at(index).toObject();
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// RFC 6238's test secret, and another.
SecureBytes knownSecret(char fill = 0)
{
    QByteArray bytes = "12345678901234567890";
    if (fill)
        bytes.fill(fill);
    return SecureBytes(bytes.constData(), std::size_t(bytes.size()));
}

// The current time step, with a few seconds of it left: a test that sends
// the codes of steps around it is not overtaken by the clock midway.
qint64 stepWithRoom()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 left = onetimecode::stepSeconds - now % onetimecode::stepSeconds;
    if (left < 5)
        QTest::qWait(int(left * 1000 + 100));
    return onetimecode::stepAt(QDateTime::currentDateTimeUtc());
}

bool signedInWithSecondFactor(const ApiReply &reply)
{
    auto login = protocol::decodeLoginResult(reply.body);
    return login && login->secondFactor;
}

} // namespace

class TestPlatformApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void health();
    void login();
    void loginRefusals();
    void secondFactorRequiredAndChecked();
    void oneTimeCodeNeverGoesBack();
    void oneTimeCodeOnceAcrossInstances();
    void oneTimeStepsInTheStore();
    void passwordAloneWithoutSecondFactor();
    void bearerTokenRequired();
    void refreshRotatesTheRefreshToken();
    void logoutEndsTokenAndRefreshToken();
    void expiredToken();
    void catalogueWithEtag();
    void calendars();
    void opsApplyOnce();
    void opsConflictAndCommute();
    void opsRejected();
    void opsBatchLimits();
    void changesPageByPage();
    void changesParameters();
    void hallScoping();
    void receiptBlocksNeverOverlap();
    void documentUploadResumes();
    void documentDigestMismatch();
    void documentRefusals();
    void bodyTooLarge();
    void problemDetails();
    void failedSignInsHoldTheAccountBack();
    void opsNeedTheRolesThatGrantThem();

private:
    std::unique_ptr<ApiClient> signedIn(const QString &user, const QString &password = u"training"_s);

    QTemporaryDir m_directory;
    std::unique_ptr<PostgresCluster> m_cluster;
    QString m_database;
    PlatformThread m_platform;
    std::unique_ptr<PlatformStore> m_store; // the test's own connection, for checks
    QUrl m_url;
};

std::unique_ptr<ApiClient> TestPlatformApi::signedIn(const QString &user, const QString &password)
{
    auto client = std::make_unique<ApiClient>(m_url);
    const ApiReply reply = client->login(user, password);
    if (reply.status != 200)
        qWarning("signing in %s: %d %s", qUtf8Printable(user), reply.status, reply.body.constData());
    return client;
}

void TestPlatformApi::initTestCase()
{
    QVERIFY(m_directory.isValid());
    if (qEnvironmentVariable("CASEDESK_TEST_DATABASE") == u"postgresql") {
        m_cluster = std::make_unique<PostgresCluster>();
        const QString started = m_cluster->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString created = m_cluster->createDatabase(u"contract"_s);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        m_database = m_cluster->socketUrl(u"contract"_s);
    } else {
        m_database = u"sqlite:"_s + m_directory.filePath(u"platform.db"_s);
    }

    PlatformOptions options;
    options.port = 0;
    options.database = m_database;
    options.seedTrainingHall = true;
    const auto port = m_platform.start(options);
    QVERIFY2(port, port ? "" : qPrintable(port.error().message));
    m_url = m_platform.baseUrl();
    QCOMPARE(m_url.host(), u"127.0.0.1"_s);

    // A second hall, written next to the running platform through a
    // connection of the test's own.
    auto location = DatabaseLocation::parse(m_database);
    QVERIFY(location);
    auto store = PlatformStore::open(*location);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(*store);
    HallSeed seed;
    seed.hall = {otherHall, u"另一个大厅"_s, u"OH"_s, {{u"W01"_s, u"1号窗口"_s}}};
    auto hash = PasswordHash::make(u"other-secret"_s, 1000);
    QVERIFY(hash);
    seed.users.append({{u"other.staff"_s, otherHall, u"钱样例"_s, {u"window-staff"_s}, u"W01"_s}, *hash, true});
    auto factorHash = PasswordHash::make(factorPassword, 1000);
    QVERIFY(factorHash);
    seed.users.append({{factorUser, otherHall, u"孙样例"_s, {u"supervisor"_s}, QString()}, *factorHash, true});
    seed.cases.append(newCase(otherHall, 99));
    auto seeded = m_store->seedHall(seed, false);
    QVERIFY2(seeded && *seeded, seeded ? "" : qPrintable(seeded.error().message));
}

void TestPlatformApi::cleanupTestCase()
{
    m_platform.stop();
    m_store.reset();
    m_cluster.reset();
}

void TestPlatformApi::health()
{
    ApiClient client(m_url);
    const ApiReply reply = client.get(u"/api/v1/health"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject answer = reply.json();
    QCOMPARE(answer.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(answer.value(u"api"_s).toInt(), 1);
    QVERIFY(!answer.value(u"version"_s).toString().isEmpty());
    const QString time = answer.value(u"time"_s).toString();
    QVERIFY2(time.endsWith(u'Z') && time.size() == 24, qPrintable(time));
    QVERIFY(QDateTime::fromString(time, Qt::ISODateWithMs).isValid());
    QVERIFY(!reply.header("X-Request-Id").isEmpty());

    // A caller's request id follows the request.
    const ApiReply traced = client.get(u"/api/v1/health"_s, {{"X-Request-Id", "trace-42"}});
    QCOMPARE(traced.header("X-Request-Id"), QByteArray("trace-42"));
}

void TestPlatformApi::login()
{
    ApiClient client(m_url);
    const ApiReply reply = client.login(u"staff.li"_s, u"training"_s, u"ws-1"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    auto login = protocol::decodeLoginResult(reply.body);
    QVERIFY2(login, login ? "" : qPrintable(login.error().message));
    QVERIFY(login->token.size() >= 40);
    QVERIFY(login->refreshToken.size() >= 40);
    QVERIFY(login->token != login->refreshToken);
    QCOMPARE(login->userId, u"staff.li"_s);
    QCOMPARE(login->userName, u"李样例"_s);
    QCOMPARE(login->roles, QStringList{u"window-staff"_s});
    QCOMPARE(login->hallId, trainingHall);
    QCOMPARE(login->counterId, u"W01"_s);
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(login->expiresUtc);
    QVERIFY2(lifetime > 8 * 3600 - 60 && lifetime <= 8 * 3600, qPrintable(QString::number(lifetime)));

    // Every member of the synthetic staff signs in, with the roles of a hall.
    QStringList roles;
    for (const UserRecord &user : TrainingHall::staff()) {
        const ApiReply staff = ApiClient(m_url).login(user.id, TrainingHall::password());
        QCOMPARE(staff.status, 200);
        roles += staff.json().value(u"user"_s).toObject().value(u"roles"_s).toVariant().toStringList();
    }
    QVERIFY(roles.contains(u"supervisor"_s));
    QVERIFY(roles.contains(u"it-admin"_s));
    QVERIFY(roles.count(u"window-staff"_s) >= 3);
}

void TestPlatformApi::loginRefusals()
{
    ApiClient client(m_url);
    ApiReply reply = client.login(u"staff.li"_s, u"wrong"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.problemCode(), u"unauthorized"_s);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));

    reply = client.login(u"nobody"_s, u"training"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.problemCode(), u"unauthorized"_s);

    reply = client.post(u"/api/v1/auth/login"_s, "{}");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.problemCode(), u"invalid-request"_s);
    reply = client.post(u"/api/v1/auth/login"_s, "not json");
    QCOMPARE(reply.status, 400);
    // A password of the wrong type is refused without being repeated.
    reply =
        client.post(u"/api/v1/auth/login"_s, R"({"username":"staff.li","password":987654321,"workstationId":"ws-1"})");
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.body.contains("987654321"));
}

void TestPlatformApi::secondFactorRequiredAndChecked()
{
    const SecureBytes secret = knownSecret();
    auto enrolled = m_store->enrolSecondFactor(factorUser, secret);
    QVERIFY2(enrolled && *enrolled, enrolled ? "" : qPrintable(enrolled.error().message));
    const qint64 step = stepWithRoom();
    const QString code = onetimecode::codeAt(secret, step);
    ApiClient client(m_url);

    // The password alone: right, but not enough.
    ApiReply reply = client.login(factorUser, factorPassword);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.problemCode(), QString(protocol::secondFactorRequired));
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
    QVERIFY(reply.json().value(u"detail"_s).toString().contains(u"oneTimeCode"_s));
    QVERIFY(client.token().isEmpty());
    // A wrong password says nothing of the second factor, and uses up no code.
    reply = client.login(factorUser, u"wrong"_s, u"ws-test"_s, code);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.problemCode(), u"unauthorized"_s);
    QVERIFY(!reply.body.contains(code.toLatin1()));

    const QString wrongCode = code == u"000000" ? u"000001"_s : u"000000"_s;
    for (const QString &refused : {wrongCode, u"12ab56"_s, u"1234567"_s}) {
        reply = client.login(factorUser, factorPassword, u"ws-test"_s, refused);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemCode(), QString(protocol::secondFactorWrong));
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        // What the workstation reads as PlatformFailure::code.
        QCOMPARE(protocol::decodeProblem(reply.status, reply.body).code, QString(protocol::secondFactorWrong));
    }

    reply = client.login(factorUser, factorPassword, u"ws-test"_s, code);
    QCOMPARE(reply.status, 200);
    QVERIFY(signedInWithSecondFactor(reply));
    QCOMPARE(reply.json().value(u"secondFactor"_s), QJsonValue(true));
    QCOMPARE(client.get(u"/api/v1/catalogue"_s).status, 200);

    // The same code again: a replay.
    reply = ApiClient(m_url).login(factorUser, factorPassword, u"ws-test"_s, code);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.problemCode(), QString(protocol::secondFactorWrong));

    // A new secret: the old one's codes stop working, the new one's start.
    const SecureBytes renewed = knownSecret('7');
    enrolled = m_store->enrolSecondFactor(factorUser, renewed);
    QVERIFY(enrolled && *enrolled);
    const qint64 next = stepWithRoom();
    const QString oldCode = onetimecode::codeAt(secret, next);
    const QString newCode = onetimecode::codeAt(renewed, next);
    if (oldCode != newCode) {
        reply = ApiClient(m_url).login(factorUser, factorPassword, u"ws-test"_s, oldCode);
        QCOMPARE(reply.problemCode(), QString(protocol::secondFactorWrong));
    }
    reply = ApiClient(m_url).login(factorUser, factorPassword, u"ws-test"_s, newCode);
    QCOMPARE(reply.status, 200);
    QVERIFY(signedInWithSecondFactor(reply));
}

void TestPlatformApi::oneTimeCodeNeverGoesBack()
{
    // Enrolling forgets the last step taken.
    const SecureBytes secret = knownSecret('c');
    QVERIFY(m_store->enrolSecondFactor(factorUser, secret).value());
    const qint64 now = stepWithRoom();
    auto signIn = [&](qint64 step) {
        return ApiClient(m_url).login(factorUser, factorPassword, u"ws-test"_s, onetimecode::codeAt(secret, step));
    };

    // A token's clock a step behind: the previous step's code is taken…
    ApiReply reply = signIn(now - 1);
    QCOMPARE(reply.status, 200);
    QVERIFY(signedInWithSecondFactor(reply));
    // …and a later one after it…
    reply = signIn(now);
    QCOMPARE(reply.status, 200);
    // …but never again one of a step up to the last taken, in the window as it is.
    reply = signIn(now - 1);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.problemCode(), QString(protocol::secondFactorWrong));
    reply = signIn(now);
    QCOMPARE(reply.problemCode(), QString(protocol::secondFactorWrong));
    // A step beyond the window is wrong, whatever was taken.
    reply = signIn(now + 3);
    QCOMPARE(reply.problemCode(), QString(protocol::secondFactorWrong));
    // A token's clock a step ahead.
    reply = signIn(now + 1);
    QCOMPARE(reply.status, 200);
    QVERIFY(signedInWithSecondFactor(reply));
}

void TestPlatformApi::oneTimeCodeOnceAcrossInstances()
{
    // Two instances on one database, as behind a load balancer: the code
    // one of them took is refused by the other.
    PlatformThread second;
    PlatformOptions options;
    options.port = 0;
    options.database = m_database;
    const auto port = second.start(options);
    QVERIFY2(port, port ? "" : qPrintable(port.error().message));

    const SecureBytes secret = knownSecret('d');
    QVERIFY(m_store->enrolSecondFactor(factorUser, secret).value());
    const QString code = onetimecode::codeAt(secret, stepWithRoom());
    const ApiReply first = ApiClient(m_url).login(factorUser, factorPassword, u"ws-1"_s, code);
    QCOMPARE(first.status, 200);
    const ApiReply replayed = ApiClient(second.baseUrl()).login(factorUser, factorPassword, u"ws-2"_s, code);
    QCOMPARE(replayed.status, 401);
    QCOMPARE(replayed.problemCode(), QString(protocol::secondFactorWrong));

    // Both at once: one of them wins.
    const SecureBytes again = knownSecret('e');
    QVERIFY(m_store->enrolSecondFactor(factorUser, again).value());
    const QByteArray body = json({{u"username"_s, factorUser},
                                  {u"password"_s, factorPassword},
                                  {u"workstationId"_s, u"ws-race"_s},
                                  {u"oneTimeCode"_s, onetimecode::codeAt(again, stepWithRoom())}});
    ApiClient left(m_url);
    ApiClient right(second.baseUrl());
    QList<QNetworkReply *> inFlight;
    // Two each: the losers' wrong codes count as failed sign-ins, and five
    // before the winner would hold the account back (failedSignInsHoldTheAccountBack).
    for (int i = 0; i < 2; ++i) {
        inFlight.append(left.start("POST", u"/api/v1/auth/login"_s, body, "application/json"));
        inFlight.append(right.start("POST", u"/api/v1/auth/login"_s, body, "application/json"));
    }
    int accepted = 0;
    for (QNetworkReply *reply : std::as_const(inFlight)) {
        const ApiReply answer = ApiClient::collect(reply);
        if (answer.status == 200)
            ++accepted;
        else
            QCOMPARE(answer.problemCode(), QString(protocol::secondFactorWrong));
    }
    QCOMPARE(accepted, 1);
    second.stop();
}

void TestPlatformApi::oneTimeStepsInTheStore()
{
    QVERIFY(m_store->enrolSecondFactor(factorUser, knownSecret('f')).value());
    auto credentials = m_store->credentials(factorUser);
    QVERIFY(credentials && *credentials);
    QVERIFY((*credentials)->oneTimeSecret);
    QVERIFY((*credentials)->oneTimeSecret->equals(knownSecret('f')));

    QCOMPARE(m_store->acceptOneTimeStep(factorUser, 1000).value(), true);
    QCOMPARE(m_store->acceptOneTimeStep(factorUser, 1000).value(), false);
    QCOMPARE(m_store->acceptOneTimeStep(factorUser, 999).value(), false);
    QCOMPARE(m_store->acceptOneTimeStep(factorUser, 1001).value(), true);
    // Enrolling again starts over.
    QVERIFY(m_store->enrolSecondFactor(factorUser, knownSecret('f')).value());
    QCOMPARE(m_store->acceptOneTimeStep(factorUser, 999).value(), true);

    QCOMPARE(m_store->enrolSecondFactor(u"nobody"_s, knownSecret()).value(), false);
    QCOMPARE(m_store->acceptOneTimeStep(u"nobody"_s, 5).value(), false);
}

void TestPlatformApi::passwordAloneWithoutSecondFactor()
{
    // The training hall's staff sign in with the published password alone.
    for (const UserRecord &user : TrainingHall::staff()) {
        auto credentials = m_store->credentials(user.id);
        QVERIFY(credentials && *credentials);
        QVERIFY2(!(*credentials)->oneTimeSecret, qPrintable(user.id));
    }
    ApiClient client(m_url);
    ApiReply reply = client.login(u"staff.li"_s, u"training"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"secondFactor"_s), QJsonValue(false));
    QVERIFY(!signedInWithSecondFactor(reply));
    // A code sent anyway is ignored.
    reply = client.login(u"staff.li"_s, u"training"_s, u"ws-test"_s, u"123456"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(!signedInWithSecondFactor(reply));
    reply = client.login(u"other.staff"_s, u"other-secret"_s, u"ws-test"_s, u"not a code"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(!signedInWithSecondFactor(reply));
    // A refresh checks no factor and says so.
    const ApiReply refreshed = ApiClient(m_url).post(
        u"/api/v1/auth/refresh"_s, json({{u"refreshToken"_s, reply.json().value(u"refreshToken"_s).toString()}}));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json().value(u"secondFactor"_s), QJsonValue(false));
}

void TestPlatformApi::bearerTokenRequired()
{
    ApiClient client(m_url);
    ApiReply reply = client.get(u"/api/v1/catalogue"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.problemCode(), u"unauthorized"_s);
    client.setToken(u"not-a-token"_s);
    reply = client.get(u"/api/v1/halls/TRAINING-HALL/changes"_s);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.problemCode(), u"unauthorized"_s);
}

void TestPlatformApi::refreshRotatesTheRefreshToken()
{
    ApiClient client(m_url);
    const ApiReply first = client.login(u"staff.wang"_s, u"training"_s, u"ws-2"_s);
    QCOMPARE(first.status, 200);
    const QString refresh1 = first.json().value(u"refreshToken"_s).toString();
    const QString token1 = client.token();

    ApiClient anonymous(m_url);
    const ApiReply second = anonymous.post(u"/api/v1/auth/refresh"_s, json({{u"refreshToken"_s, refresh1}}));
    QCOMPARE(second.status, 200);
    auto rotated = protocol::decodeLoginResult(second.body);
    QVERIFY(rotated);
    QVERIFY(rotated->token != token1);
    QVERIFY(rotated->refreshToken != refresh1);
    QCOMPARE(rotated->userId, u"staff.wang"_s);
    QCOMPARE(rotated->counterId, u"W02"_s);

    client.setToken(rotated->token);
    QCOMPARE(client.get(u"/api/v1/catalogue"_s).status, 200);
    // The old bearer token runs out in its own time.
    client.setToken(token1);
    QCOMPARE(client.get(u"/api/v1/catalogue"_s).status, 200);

    // The old refresh token stops working; the new one works once.
    ApiReply again = anonymous.post(u"/api/v1/auth/refresh"_s, json({{u"refreshToken"_s, refresh1}}));
    QCOMPARE(again.status, 401);
    QCOMPARE(again.problemCode(), u"unauthorized"_s);
    again = anonymous.post(u"/api/v1/auth/refresh"_s, json({{u"refreshToken"_s, rotated->refreshToken}}));
    QCOMPARE(again.status, 200);
    QCOMPARE(anonymous.post(u"/api/v1/auth/refresh"_s, "{}").status, 400);
}

void TestPlatformApi::logoutEndsTokenAndRefreshToken()
{
    ApiClient client(m_url);
    const ApiReply login = client.login(u"staff.zhang"_s, u"training"_s);
    QCOMPARE(login.status, 200);
    const QString refresh = login.json().value(u"refreshToken"_s).toString();
    const ApiReply out = client.post(u"/api/v1/auth/logout"_s, {});
    QCOMPARE(out.status, 204);
    QVERIFY(out.body.isEmpty());
    ApiReply after = client.get(u"/api/v1/catalogue"_s);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.problemCode(), u"unauthorized"_s);
    after = ApiClient(m_url).post(u"/api/v1/auth/refresh"_s, json({{u"refreshToken"_s, refresh}}));
    QCOMPARE(after.status, 401);
    QCOMPARE(client.post(u"/api/v1/auth/logout"_s, {}).status, 401);
}

void TestPlatformApi::expiredToken()
{
    // A second instance on the same database, with one-second tokens.
    PlatformThread shortLived;
    PlatformOptions options;
    options.port = 0;
    options.database = m_database;
    options.tokenLifetime = std::chrono::seconds(1);
    const auto port = shortLived.start(options);
    QVERIFY2(port, port ? "" : qPrintable(port.error().message));

    ApiClient client(shortLived.baseUrl());
    const ApiReply login = client.login(u"staff.chen"_s, u"training"_s);
    QCOMPARE(login.status, 200);
    QCOMPARE(client.get(u"/api/v1/catalogue"_s).status, 200);
    QTest::qWait(1600);
    ApiReply expired = client.get(u"/api/v1/catalogue"_s);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.problemCode(), u"token-expired"_s);
    QVERIFY(expired.header("WWW-Authenticate").contains("invalid_token"));
    // The other instance agrees: the token lives in the shared database.
    ApiClient elsewhere(m_url);
    elsewhere.setToken(client.token());
    QCOMPARE(elsewhere.get(u"/api/v1/catalogue"_s).problemCode(), u"token-expired"_s);

    const ApiReply refreshed = ApiClient(m_url).post(
        u"/api/v1/auth/refresh"_s, json({{u"refreshToken"_s, login.json().value(u"refreshToken"_s).toString()}}));
    QCOMPARE(refreshed.status, 200);
    elsewhere.setToken(refreshed.json().value(u"token"_s).toString());
    QCOMPARE(elsewhere.get(u"/api/v1/catalogue"_s).status, 200);
    shortLived.stop();
}

void TestPlatformApi::catalogueWithEtag()
{
    auto client = signedIn(u"staff.li"_s);
    auto bundled = CatalogueLoader::bundled();
    QVERIFY(bundled);
    const QByteArray etag = '"' + bundled->version().toUtf8() + '"';

    const ApiReply reply = client->get(u"/api/v1/catalogue"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("ETag"), etag);
    QCOMPARE(reply.json().value(u"version"_s).toString(), bundled->version());
    QVERIFY(CatalogueLoader::fromJson(reply.body, u"served"_s));

    ApiReply cached = client->get(u"/api/v1/catalogue"_s, {{"If-None-Match", etag}});
    QCOMPARE(cached.status, 304);
    QVERIFY(cached.body.isEmpty());
    QCOMPARE(cached.header("ETag"), etag);
    cached = client->get(u"/api/v1/catalogue"_s, {{"If-None-Match", "\"1999.1.1\", W/" + etag}});
    QCOMPARE(cached.status, 304);
    cached = client->get(u"/api/v1/catalogue"_s, {{"If-None-Match", "\"1999.1.1\""}});
    QCOMPARE(cached.status, 200);
}

void TestPlatformApi::calendars()
{
    auto client = signedIn(u"staff.li"_s);
    const ApiReply reply = client->get(u"/api/v1/calendars/2026"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"year"_s).toInt(), 2026);
    const QByteArray etag = reply.header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    QCOMPARE(client->get(u"/api/v1/calendars/2026"_s, {{"If-None-Match", etag}}).status, 304);
    QCOMPARE(client->get(u"/api/v1/calendars/2025"_s).status, 200);
    QVERIFY(client->get(u"/api/v1/calendars/2025"_s).header("ETag") != etag);

    const ApiReply unknown = client->get(u"/api/v1/calendars/1999"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.problemCode(), u"not-found"_s);
    QCOMPARE(client->get(u"/api/v1/calendars/20x6"_s).status, 400);
}

void TestPlatformApi::opsApplyOnce()
{
    auto client = signedIn(u"staff.li"_s);
    const QString ops = u"/api/v1/halls/TRAINING-HALL/ops"_s;
    const auto appliedBefore = m_store->countRows(u"applied_ops"_s);
    const auto changesBefore = m_store->countRows(u"changes"_s);
    QVERIFY(appliedBefore && changesBefore);

    const protocol::CaseSnapshot snapshot = newCase(trainingHall, 7);
    const protocol::Op create = createOp(snapshot);
    ApiReply reply = client->post(ops, batchBody({create}));
    QCOMPARE(reply.status, 200);
    auto results = protocol::decodeOpResults(reply.body, {create});
    QVERIFY2(results, results ? "" : qPrintable(results.error().message));
    QCOMPARE(results->at(0).status, protocol::OpStatus::Applied);
    QCOMPARE(results->at(0).revision, 1);

    // A retry of the same op: its stored result, no second effect.
    reply = client->post(ops, batchBody({create}));
    QCOMPARE(resultAt(reply, 0).value(u"status"_s).toString(), u"duplicate"_s);
    QCOMPARE(resultAt(reply, 0).value(u"revision"_s).toInt(), 1);

    // One batch: results in order, a duplicate inside the batch too.
    const protocol::Op preReview =
        transitionOp(snapshot.caseRecord.id, 1, CaseEvent::PreReview, CaseState::Draft, CaseState::PreReviewed);
    reply = client->post(ops, batchBody({preReview, preReview, create}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(resultAt(reply, 0).value(u"opId"_s).toString(), preReview.opId);
    QCOMPARE(resultAt(reply, 0).value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(resultAt(reply, 0).value(u"revision"_s).toInt(), 2);
    QCOMPARE(resultAt(reply, 1).value(u"status"_s).toString(), u"duplicate"_s);
    QCOMPARE(resultAt(reply, 1).value(u"revision"_s).toInt(), 2);
    QCOMPARE(resultAt(reply, 2).value(u"status"_s).toString(), u"duplicate"_s);
    QCOMPARE(resultAt(reply, 2).value(u"revision"_s).toInt(), 1);

    QCOMPARE(*m_store->countRows(u"applied_ops"_s), *appliedBefore + 2);
    QCOMPARE(*m_store->countRows(u"changes"_s), *changesBefore + 2);
    auto stored = m_store->caseSnapshot(snapshot.caseRecord.id);
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->caseRecord.revision, 2);
    QCOMPARE((*stored)->caseRecord.state, CaseState::PreReviewed);
    QCOMPARE((*stored)->applicant.idNumber, snapshot.applicant.idNumber);
}

void TestPlatformApi::opsConflictAndCommute()
{
    auto client = signedIn(u"staff.li"_s);
    const QString ops = u"/api/v1/halls/TRAINING-HALL/ops"_s;
    const protocol::CaseSnapshot snapshot = newCase(trainingHall, 11);
    const QString id = snapshot.caseRecord.id;
    ApiReply reply =
        client->post(ops,
                     batchBody({createOp(snapshot),
                                transitionOp(id, 1, CaseEvent::PreReview, CaseState::Draft, CaseState::PreReviewed)}));
    QCOMPARE(resultAt(reply, 1).value(u"revision"_s).toInt(), 2);

    // Made offline on revision 1: the case has moved on, the platform's version comes back.
    const protocol::Op stale = transitionOp(id, 1, CaseEvent::Withdraw, CaseState::Draft, CaseState::Withdrawn);
    // Commuting ops apply whatever their base.
    const protocol::Op material = materialOp(id, 1, u"id-card"_s);
    const protocol::Op note = noteOp(id, 0, u"申请人下午补交材料"_s);
    // A second create of the case under a new op id.
    const protocol::Op recreate = createOp(snapshot);
    const QList<protocol::Op> batch{stale, material, note, recreate};
    reply = client->post(ops, batchBody(batch));
    QCOMPARE(reply.status, 200);
    auto results = protocol::decodeOpResults(reply.body, batch);
    QVERIFY2(results, results ? "" : qPrintable(results.error().message));
    QCOMPARE(results->at(0).status, protocol::OpStatus::Conflict);
    QCOMPARE(results->at(0).revision, 2);
    QVERIFY(results->at(0).current);
    QCOMPARE(results->at(0).current->caseRecord.state, CaseState::PreReviewed);
    QCOMPARE(results->at(0).current->caseRecord.revision, 2);
    QCOMPARE(results->at(0).current->applicant.id, snapshot.applicant.id);
    QCOMPARE(results->at(1).status, protocol::OpStatus::Applied);
    QCOMPARE(results->at(1).revision, 2);
    QCOMPARE(results->at(2).status, protocol::OpStatus::Applied);
    QCOMPARE(results->at(2).revision, 2);
    QCOMPARE(results->at(3).status, protocol::OpStatus::Conflict);
    QCOMPARE(results->at(3).current->caseRecord.revision, 2);

    // The conflicting op was not recorded: sent again, it conflicts again.
    reply = client->post(ops, batchBody({stale}));
    QCOMPARE(resultAt(reply, 0).value(u"status"_s).toString(), u"conflict"_s);

    // On the current revision the transition applies, with the receipt number.
    reply = client->post(ops,
                         batchBody({transitionOp(id, 2, CaseEvent::Accept, CaseState::PreReviewed, CaseState::Accepted,
                                                 u"TH-2026-W01-000001"_s)}));
    QCOMPARE(resultAt(reply, 0).value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(resultAt(reply, 0).value(u"revision"_s).toInt(), 3);
    auto stored = m_store->caseSnapshot(id);
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->caseRecord.receiptNumber, u"TH-2026-W01-000001"_s);
    QVERIFY((*stored)->caseRecord.acceptedUtc.isValid());
    QVERIFY((*stored)->caseRecord.dueDate.isValid());
}

void TestPlatformApi::opsRejected()
{
    auto client = signedIn(u"staff.li"_s);
    const QString ops = u"/api/v1/halls/TRAINING-HALL/ops"_s;
    const protocol::CaseSnapshot snapshot = newCase(trainingHall, 13);
    const QString id = snapshot.caseRecord.id;
    QCOMPARE(resultAt(client->post(ops, batchBody({createOp(snapshot)})), 0).value(u"status"_s).toString(),
             u"applied"_s);

    protocol::Op malformed = transitionOp(id, 1, CaseEvent::PreReview, CaseState::Draft, CaseState::PreReviewed);
    malformed.payload = QJsonObject{{u"event"_s, 42}};
    const protocol::Op otherHallCase = createOp(newCase(otherHall, 17));
    const QList<protocol::Op> batch{
        // completing a draft: not along the state machine
        transitionOp(id, 1, CaseEvent::Complete, CaseState::Draft, CaseState::Completed),
        // the op says it ends somewhere else than the state machine goes
        transitionOp(id, 1, CaseEvent::PreReview, CaseState::Draft, CaseState::Accepted),
        // a valid pre-review, which applies between the refusals
        transitionOp(id, 1, CaseEvent::PreReview, CaseState::Draft, CaseState::PreReviewed),
        malformed,
        otherHallCase,
        transitionOp(newTimeOrderedId(), 1, CaseEvent::PreReview, CaseState::Draft, CaseState::PreReviewed),
    };
    const auto appliedBefore = m_store->countRows(u"applied_ops"_s);
    const auto changesBefore = m_store->countRows(u"changes"_s);
    QVERIFY(appliedBefore && changesBefore);
    const ApiReply reply = client->post(ops, batchBody(batch));
    QCOMPARE(reply.status, 200);
    auto results = protocol::decodeOpResults(reply.body, batch);
    QVERIFY2(results, results ? "" : qPrintable(results.error().message));
    QCOMPARE(results->at(0).status, protocol::OpStatus::Rejected);
    QCOMPARE(results->at(0).reasonCode, u"illegal-transition"_s);
    QVERIFY(!results->at(0).reasonMessage.isEmpty());
    QVERIFY(!resultAt(reply, 0).contains(u"revision"_s));
    QCOMPARE(results->at(1).reasonCode, u"illegal-transition"_s);
    // The third op is a valid pre-review and applies between the refusals.
    QCOMPARE(results->at(2).status, protocol::OpStatus::Applied);
    QCOMPARE(results->at(2).revision, 2);
    QCOMPARE(results->at(3).reasonCode, u"invalid-payload"_s);
    QCOMPARE(results->at(4).reasonCode, u"wrong-hall"_s);
    QCOMPARE(results->at(5).reasonCode, u"unknown-case"_s);
    // The batch is one transaction with a savepoint per op: the refusals left
    // nothing behind, the pre-review between them stayed.
    QCOMPARE(*m_store->countRows(u"applied_ops"_s), *appliedBefore + 1);
    QCOMPARE(*m_store->countRows(u"changes"_s), *changesBefore + 1);

    const ApiReply noReceipt = client->post(
        ops, batchBody({transitionOp(id, 2, CaseEvent::Accept, CaseState::PreReviewed, CaseState::Accepted)}));
    QCOMPARE(resultAt(noReceipt, 0).value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(resultAt(noReceipt, 0).value(u"reason"_s).toObject().value(u"code"_s).toString(), u"invalid-payload"_s);

    // A case of another hall, reached through this hall: refused, and nothing about it shown.
    auto otherCases = m_store->changes(otherHall, 0, 10);
    QVERIFY(otherCases && !otherCases->changes.isEmpty());
    const QString foreignId = otherCases->changes.constFirst().snapshot.caseRecord.id;
    const ApiReply foreign = client->post(
        ops, batchBody({transitionOp(foreignId, 1, CaseEvent::PreReview, CaseState::Draft, CaseState::PreReviewed)}));
    QCOMPARE(resultAt(foreign, 0).value(u"reason"_s).toObject().value(u"code"_s).toString(), u"wrong-hall"_s);
    QVERIFY(!resultAt(foreign, 0).contains(u"current"_s));
}

void TestPlatformApi::opsBatchLimits()
{
    auto client = signedIn(u"staff.li"_s);
    const QString ops = u"/api/v1/halls/TRAINING-HALL/ops"_s;
    QList<protocol::Op> tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany.append(noteOp(newTimeOrderedId(), 0, u"x"_s));
    ApiReply reply = client->post(ops, batchBody(tooMany));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.problemCode(), u"invalid-request"_s);
    QVERIFY(reply.json().value(u"detail"_s).toString().contains(u"500"_s));

    reply = client->post(ops, R"({"workstationId":"ws-1","ops":[{"opId":"not-a-uuid"}]})");
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.json().value(u"detail"_s).toString().contains(u"The platform's message"_s));
    QCOMPARE(client->post(ops, "[]").status, 400);
    reply = client->post(ops, batchBody({}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"results"_s).toArray().size(), 0);
}

void TestPlatformApi::changesPageByPage()
{
    auto client = signedIn(u"staff.wang"_s);
    qint64 after = 0;
    QList<protocol::Change> all;
    bool more = true;
    int pages = 0;
    while (more) {
        const ApiReply reply = client->get(u"/api/v1/halls/TRAINING-HALL/changes?after=%1&limit=100"_s.arg(after));
        QCOMPARE(reply.status, 200);
        auto page = protocol::decodeChangesPage(reply.body, after);
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
        QVERIFY(page->changes.size() <= 100);
        QVERIFY(page->next >= after);
        all += page->changes;
        more = page->hasMore;
        if (more)
            QCOMPARE(page->changes.size(), 100);
        // The next page's cursor is announced ahead of the body, on every
        // page but the last.
        QCOMPARE(reply.header(protocol::nextCursorHeader), more ? QByteArray::number(page->next) : QByteArray());
        after = page->next;
        QVERIFY(++pages < 100);
    }
    QVERIFY(all.size() >= TrainingHall::defaultCaseCount);

    // The training hall as a new workstation sees it: every state, revisions
    // as the state machine counts them, receipt numbers from acceptance on.
    QMap<QString, protocol::CaseSnapshot> latest;
    for (const protocol::Change &change : std::as_const(all)) {
        QCOMPARE(change.snapshot.caseRecord.hallId, trainingHall);
        latest.insert(change.snapshot.caseRecord.id, change.snapshot);
    }
    QMap<CaseState, int> states;
    for (const protocol::CaseSnapshot &snapshot : std::as_const(latest)) {
        ++states[snapshot.caseRecord.state];
        QCOMPARE(!snapshot.caseRecord.receiptNumber.isEmpty(), hasReceiptNumber(snapshot.caseRecord.state));
    }
    QCOMPARE(states.size(), 9);
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        QVERIFY2(it.value() >= 500, qPrintable(u"%1: %2 cases"_s.arg(caseStateName(it.key())).arg(it.value())));

    // At the end: an empty page that stays where it is.
    const ApiReply end = client->get(u"/api/v1/halls/TRAINING-HALL/changes?after=%1"_s.arg(after));
    auto last = protocol::decodeChangesPage(end.body, after);
    QVERIFY(last);
    QVERIFY(last->changes.isEmpty());
    QCOMPARE(last->next, after);
    QVERIFY(!last->hasMore);

    // A new change lands after the cursor.
    const protocol::CaseSnapshot snapshot = newCase(trainingHall, 23);
    QCOMPARE(client->post(u"/api/v1/halls/TRAINING-HALL/ops"_s, batchBody({createOp(snapshot)})).status, 200);
    auto fresh = protocol::decodeChangesPage(
        client->get(u"/api/v1/halls/TRAINING-HALL/changes?after=%1"_s.arg(after)).body, after);
    QVERIFY(fresh);
    QCOMPARE(fresh->changes.size(), 1);
    QCOMPARE(fresh->changes.at(0).snapshot.caseRecord.id, snapshot.caseRecord.id);
    QCOMPARE(fresh->changes.at(0).snapshot.applicant.name, snapshot.applicant.name);
    QVERIFY(fresh->next > after);
}

void TestPlatformApi::changesParameters()
{
    auto client = signedIn(u"staff.wang"_s);
    const QString changes = u"/api/v1/halls/TRAINING-HALL/changes"_s;
    // Without parameters: from the start, 500 at most.
    const ApiReply first = client->get(changes);
    QCOMPARE(first.status, 200);
    auto page = protocol::decodeChangesPage(first.body, 0);
    QVERIFY(page);
    QCOMPARE(page->changes.size(), 500);
    QVERIFY(page->hasMore);
    QCOMPARE(client->get(changes + u"?after=0&limit=1000"_s).status, 200);
    for (const QString &query : {u"?limit=0"_s, u"?limit=1001"_s, u"?after=-1"_s, u"?after=abc"_s, u"?limit=1e3"_s}) {
        const ApiReply refused = client->get(changes + query);
        QVERIFY2(refused.status == 400, qPrintable(query));
        QCOMPARE(refused.problemCode(), u"invalid-request"_s);
    }
}

void TestPlatformApi::hallScoping()
{
    auto other = signedIn(u"other.staff"_s, u"other-secret"_s);
    for (const auto &[method, path] :
         QList<QPair<QByteArray, QString>>{{"GET", u"/api/v1/halls/TRAINING-HALL/changes?after=0"_s},
                                           {"POST", u"/api/v1/halls/TRAINING-HALL/ops"_s},
                                           {"POST", u"/api/v1/halls/TRAINING-HALL/receipt-blocks"_s}}) {
        const ApiReply reply = other->send(method, path, method == "POST" ? batchBody({}) : QByteArray(),
                                           method == "POST" ? QByteArray("application/json") : QByteArray());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemCode(), u"forbidden"_s);
    }
    const ApiReply own = other->get(u"/api/v1/halls/OTHER-HALL/changes?after=0"_s);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json().value(u"changes"_s).toArray().size(), 1);

    auto li = signedIn(u"staff.li"_s);
    QCOMPARE(li->get(u"/api/v1/halls/OTHER-HALL/changes"_s).status, 403);
    QCOMPARE(li->get(u"/api/v1/halls/NO-SUCH-HALL/changes"_s).status, 403);
}

void TestPlatformApi::receiptBlocksNeverOverlap()
{
    auto li = signedIn(u"staff.li"_s);
    auto wang = signedIn(u"staff.wang"_s);
    const QString path = u"/api/v1/halls/TRAINING-HALL/receipt-blocks"_s;
    const int year = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().year();
    QList<protocol::ReceiptBlock> blocks;
    const QList<QPair<ApiClient *, int>> requests{{li.get(), 100}, {wang.get(), 1}, {li.get(), 1000}, {wang.get(), 37}};
    for (const auto &[client, size] : requests) {
        const ApiReply reply =
            client->post(path, json({{u"workstationId"_s, u"ws-%1"_s.arg(size)}, {u"size"_s, size}}));
        QCOMPARE(reply.status, 201);
        auto block = protocol::decodeReceiptBlock(reply.body);
        QVERIFY2(block, block ? "" : qPrintable(block.error().message));
        QCOMPARE(block->last - block->first + 1, size);
        const QString counter = client == li.get() ? u"W01"_s : u"W02"_s;
        QCOMPARE(block->prefix, u"TH-%1-%2-"_s.arg(year).arg(counter));
        blocks.append(*block);
    }
    // Above the seeded cases' numbers, one after another, never overlapping.
    QVERIFY(blocks.at(0).first > 1);
    for (qsizetype i = 1; i < blocks.size(); ++i)
        QCOMPARE(blocks.at(i).first, blocks.at(i - 1).last + 1);
    QCOMPARE(blocks.at(0).number(blocks.at(0).first).size(), blocks.at(0).prefix.size() + 6);

    for (const QByteArray &body :
         {QByteArray(R"({"workstationId":"ws-1","size":0})"), QByteArray(R"({"workstationId":"ws-1","size":1001})"),
          QByteArray(R"({"size":10})"), QByteArray(R"({"workstationId":"ws-1","size":"10"})")}) {
        const ApiReply refused = li->post(path, body);
        QVERIFY2(refused.status == 400, body.constData());
    }
    QCOMPARE(*m_store->countRows(u"receipt_blocks"_s), qint64(blocks.size()));
}

void TestPlatformApi::documentUploadResumes()
{
    auto client = signedIn(u"staff.li"_s);
    const QByteArray bytes = randomBytes(2 * 1024 * 1024 + 512 * 1024, 5);
    const QString sha = QString::fromLatin1(sha256Hex(bytes));
    const QString document = u"/api/v1/documents/"_s + sha;
    const QString content = document + u"/content?offset=%1"_s;
    const qint64 mib = 1024 * 1024;

    QCOMPARE(client->get(document).status, 404);
    QCOMPARE(client->put(content.arg(0), bytes.left(10), "application/octet-stream").status, 404);

    ApiReply reply = client->put(document, json({{u"size"_s, double(bytes.size())}, {u"mediaType"_s, u"image/png"_s}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"size"_s).toInteger(), bytes.size());
    QCOMPARE(reply.json().value(u"received"_s).toInteger(), 0);
    QCOMPARE(reply.json().value(u"complete"_s).toBool(), false);

    reply = client->put(content.arg(0), bytes.left(mib), "application/octet-stream");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"received"_s).toInteger(), mib);
    QCOMPARE(reply.json().value(u"complete"_s).toBool(), false);

    // A restarted upload asks where it stands, and goes on from there.
    reply = client->put(document, json({{u"size"_s, double(bytes.size())}, {u"mediaType"_s, u"image/png"_s}}));
    QCOMPARE(reply.json().value(u"received"_s).toInteger(), mib);
    reply = client->put(content.arg(0), bytes.left(mib), "application/octet-stream");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.problemCode(), u"offset-mismatch"_s);
    QCOMPARE(reply.json().value(u"received"_s).toInteger(), mib);
    QVERIFY(reply.json().value(u"detail"_s).toString().contains(QString::number(mib)));

    reply = client->put(content.arg(mib), bytes.mid(mib, mib + 1), "application/octet-stream");
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.problemCode(), u"payload-too-large"_s);
    QCOMPARE(client->get(document).status, 404);

    reply = client->put(content.arg(mib), bytes.mid(mib, mib), "application/octet-stream");
    QCOMPARE(reply.json().value(u"received"_s).toInteger(), 2 * mib);
    reply = client->put(content.arg(2 * mib), bytes.mid(2 * mib), "application/octet-stream");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"received"_s).toInteger(), bytes.size());
    QCOMPARE(reply.json().value(u"complete"_s).toBool(), true);

    reply = client->get(document);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("image/png"));
    QCOMPARE(reply.body.size(), bytes.size());
    QVERIFY(reply.body == bytes);

    // Complete: announcing again says so; more bytes are refused.
    reply = client->put(document, json({{u"size"_s, double(bytes.size())}, {u"mediaType"_s, u"image/png"_s}}));
    QCOMPARE(reply.json().value(u"complete"_s).toBool(), true);
    QCOMPARE(client->put(content.arg(0), bytes.left(10), "application/octet-stream").status, 409);
}

void TestPlatformApi::documentDigestMismatch()
{
    auto client = signedIn(u"staff.li"_s);
    const QByteArray expected = randomBytes(100 * 1024, 8);
    const QByteArray other = randomBytes(100 * 1024, 9);
    const QString document = u"/api/v1/documents/"_s + QString::fromLatin1(sha256Hex(expected));
    QCOMPARE(client->put(document, R"({"size":102400,"mediaType":"application/pdf"})").status, 200);
    ApiReply reply = client->put(document + u"/content?offset=0"_s, other, "application/octet-stream");
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.problemCode(), u"digest-mismatch"_s);
    // Discarded: the upload starts over.
    reply = client->put(document, R"({"size":102400,"mediaType":"application/pdf"})");
    QCOMPARE(reply.json().value(u"received"_s).toInteger(), 0);
    QCOMPARE(client->get(document).status, 404);
    reply = client->put(document + u"/content?offset=0"_s, expected, "application/octet-stream");
    QCOMPARE(reply.json().value(u"complete"_s).toBool(), true);
    QVERIFY(client->get(document).body == expected);
}

void TestPlatformApi::documentRefusals()
{
    auto client = signedIn(u"staff.li"_s);
    const QString document = u"/api/v1/documents/"_s + QString::fromLatin1(sha256Hex("tiny"));
    QCOMPARE(client->put(document, R"({"size":0,"mediaType":"text/plain"})").status, 400);
    QCOMPARE(client->put(document, R"({"size":4})").status, 400);
    ApiReply reply = client->put(document, R"({"size":300000000,"mediaType":"application/pdf"})");
    QCOMPARE(reply.status, 413);
    QCOMPARE(client->put(document, R"({"size":4,"mediaType":"text/plain"})").status, 200);
    reply = client->put(document + u"/content?offset=0"_s, "tiny!", "application/octet-stream");
    QCOMPARE(reply.status, 400);
    QCOMPARE(client->put(document + u"/content"_s, "tiny", "application/octet-stream").status, 400);
    QCOMPARE(client->put(document + u"/content?offset=0"_s, "tiny", "application/octet-stream").status, 200);
    QCOMPARE(client->get(u"/api/v1/documents/NOT-A-DIGEST"_s).status, 404);
    QCOMPARE(client->get(u"/api/v1/documents/"_s + QString::fromLatin1(sha256Hex("tiny")).toUpper()).status, 404);
    QCOMPARE(ApiClient(m_url).get(document).status, 401);
}

void TestPlatformApi::bodyTooLarge()
{
    auto client = signedIn(u"staff.li"_s);
    const QByteArray huge(8 * 1024 * 1024 + 1, ' ');
    const ApiReply reply = client->post(u"/api/v1/halls/TRAINING-HALL/ops"_s, huge);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.problemCode(), u"payload-too-large"_s);
    // The connection and the platform carry on.
    QCOMPARE(client->get(u"/api/v1/catalogue"_s).status, 200);
}

void TestPlatformApi::problemDetails()
{
    ApiClient client(m_url);
    const ApiReply reply = client.get(u"/api/v1/no-such-thing"_s);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    const QJsonObject problem = reply.json();
    QCOMPARE(problem.value(u"type"_s).toString(), u"https://casedesk.example.org/problems/not-found"_s);
    QCOMPARE(problem.value(u"status"_s).toInt(), 404);
    QCOMPARE(problem.value(u"code"_s).toString(), u"not-found"_s);
    QVERIFY(!problem.value(u"title"_s).toString().isEmpty());
    QVERIFY(!problem.value(u"detail"_s).toString().isEmpty());
    const protocol::Problem decoded = protocol::decodeProblem(reply.status, reply.body);
    QCOMPARE(decoded.code, u"not-found"_s);

    QCOMPARE(client.get(u"/elsewhere"_s).status, 404);
    const ApiReply wrongMethod = client.send("DELETE", u"/api/v1/health"_s);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
    QCOMPARE(wrongMethod.problemCode(), u"invalid-request"_s);
}

void TestPlatformApi::failedSignInsHoldTheAccountBack()
{
    const QString user = u"other.staff"_s;
    // What earlier tests left: a race's losing codes, say.
    for (const QString &account : {user, factorUser})
        QVERIFY(m_store->clearSignInFailures(account));
    ApiClient client(m_url);
    // Four wrong, then the right one: signed in, and the count starts over.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.login(user, u"wrong"_s).status, 401);
    QCOMPARE(client.login(user, u"other-secret"_s).status, 200);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.login(user, u"wrong"_s).status, 401);
    ApiReply reply = client.login(user, u"wrong"_s);
    QCOMPARE(reply.status, 401); // the fifth in a row: refused, and the wait begins
    // Now even the right password is not looked at, on any instance.
    ApiClient later(m_url);
    reply = later.login(user, u"other-secret"_s);
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.problemCode(), QString(protocol::signInThrottled));
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
    const int retryAfter = reply.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 30, reply.header("Retry-After").constData());
    QVERIFY(later.token().isEmpty());
    // Others sign in as before, and a name no account has is never held back.
    QCOMPARE(ApiClient(m_url).login(u"staff.li"_s, u"training"_s).status, 200);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(ApiClient(m_url).login(u"nobody"_s, u"wrong"_s).status, 401);

    // Wrong one-time codes count too (a right password, a guessed code).
    const SecureBytes secret = knownSecret('9');
    QVERIFY(m_store->enrolSecondFactor(factorUser, secret).value());
    const QString code = onetimecode::codeAt(secret, stepWithRoom());
    const QString wrongCode = code == u"000000" ? u"000001"_s : u"000000"_s;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(ApiClient(m_url).login(factorUser, factorPassword, u"ws-test"_s, wrongCode).problemCode(),
                 QString(protocol::secondFactorWrong));
    QCOMPARE(ApiClient(m_url).login(factorUser, factorPassword, u"ws-test"_s, code).status, 429);

    // Once the wait is over (the last failure recorded ten minutes ago, a
    // sixth, which earns 60 s), the right password signs in and clears the count.
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-600);
    for (const QString &heldBack : {user, factorUser})
        QVERIFY(m_store->recordSignInFailure(heldBack, past));
    QCOMPARE(ApiClient(m_url).login(user, u"other-secret"_s).status, 200);
    QCOMPARE(ApiClient(m_url).login(factorUser, factorPassword, u"ws-test"_s, code).status, 200);
    auto credentials = m_store->credentials(user);
    QVERIFY(credentials && *credentials);
    QCOMPARE((*credentials)->failures.consecutive, 0);
}

// The platform checks the pushing user's roles as the workstation does
// (core/security/Permissions.h): a token is not a licence for every op.
void TestPlatformApi::opsNeedTheRolesThatGrantThem()
{
    const QString ops = u"/api/v1/halls/TRAINING-HALL/ops"_s;
    const protocol::CaseSnapshot snapshot = newCase(trainingHall, 31);
    const QString id = snapshot.caseRecord.id;
    auto clerk = signedIn(u"staff.li"_s);
    QCOMPARE(resultAt(clerk->post(ops, batchBody({createOp(snapshot)})), 0).value(u"status"_s).toString(),
             u"applied"_s);
    const auto changesBefore = m_store->countRows(u"changes"_s);
    QVERIFY(changesBefore);

    // A clerk may not reassign (a supervisor's decision)…
    const ApiReply reassigned = clerk->post(ops, batchBody({reassignOp(id, 1, u"staff.li"_s, u"W01"_s)}));
    QCOMPARE(reassigned.status, 200);
    QCOMPARE(resultAt(reassigned, 0).value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(resultAt(reassigned, 0).value(u"reason"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
    // …and IT staff work no case at all, not even a new one.
    auto admin = signedIn(u"staff.sun"_s);
    const ApiReply created = admin->post(ops, batchBody({createOp(newCase(trainingHall, 32))}));
    QCOMPARE(resultAt(created, 0).value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(resultAt(created, 0).value(u"reason"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
    QCOMPARE(*m_store->countRows(u"changes"_s), *changesBefore);

    // The supervisor reassigns it.
    auto supervisor = signedIn(u"staff.zhao"_s);
    const ApiReply byTheSupervisor = supervisor->post(ops, batchBody({reassignOp(id, 1, u"staff.wang"_s, u"W02"_s)}));
    QCOMPARE(resultAt(byTheSupervisor, 0).value(u"status"_s).toString(), u"applied"_s);
    auto stored = m_store->caseSnapshot(id);
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->caseRecord.staffId, u"staff.wang"_s);
}

QTEST_GUILESS_MAIN(TestPlatformApi)
#include "test_platform_api.moc"
