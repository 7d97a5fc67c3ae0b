// Issue 4: "A corrupt or hostile response (bad JSON, wrong types, a huge
// body, a cursor that goes backwards) is refused with a logged error and
// changes nothing." The real SyncEngine and PlatformClient, with a real
// encrypted vault, against a small HTTP server in the test that answers one
// endpoint with a canned bad response. After each round the vault — cases,
// applicants, events, outbox, cursor, receipt numbers, needs-attention list —
// must be exactly what it was, the round must end with an error, and the
// engine must have said why in the casedesk.sync log.
#include "TestSupport.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString hallId = u"TRAINING-HALL"_s;

// One canned answer: status, body, and whether to say how long it is.
struct CannedResponse {
    int status = 200;
    QByteArray body;
    bool contentLength = true;
};

// A minimal HTTP/1.1 server: reads one request per connection, answers it
// from a function of (method, path) and closes the connection.
class HostilePlatform final : public QObject
{
public:
    using Responder = std::function<CannedResponse(const QByteArray &method, const QUrl &url)>;

    explicit HostilePlatform(Responder responder) : m_responder(std::move(responder))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    // A header line ("Name: value") added to every answer.
    void addHeader(const QByteArray &line) { m_headers += line + "\r\n"; }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    // "POST /api/v1/halls/TRAINING-HALL/ops", in the order they came.
    const QStringList &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            qsizetype bodyLength = 0;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    bodyLength = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + bodyLength)
                return;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            const QByteArray method = requestLine.value(0);
            const QUrl url(QString::fromLatin1(requestLine.value(1)));
            m_requests.append(QString::fromLatin1(method) + u' ' + url.path());
            buffer->clear();
            answer(socket, m_responder(method, url));
        });
    }

    void answer(QTcpSocket *socket, const CannedResponse &response) const
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Canned\r\n"
            + "Content-Type: application/json\r\nConnection: close\r\n" + m_headers;
        if (response.contentLength)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        socket->write(head + "\r\n");
        socket->write(response.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Responder m_responder;
    QStringList m_requests;
    QByteArray m_headers;
};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A snapshot of the platform's kind, for the good page the vault starts from.
protocol::CaseSnapshot platformCase(SyntheticCases &synthetic, qint64 revision)
{
    const NewCase generated = synthetic.next();
    protocol::CaseSnapshot snapshot{generated.caseRecord, generated.applicant};
    snapshot.caseRecord.state = CaseState::PreReviewed;
    snapshot.caseRecord.receiptNumber.clear();
    snapshot.caseRecord.acceptedUtc = QDateTime();
    snapshot.caseRecord.dueDate = QDate();
    snapshot.caseRecord.revision = revision;
    return snapshot;
}

// Everything sync could touch in the vault, row by row, as text.
QStringList vaultContents(const Vault &vault)
{
    QStringList rows;
    QSqlQuery query(vault.database());
    for (const QString &table : {u"applicants"_s, u"cases"_s, u"case_events"_s, u"case_materials"_s, u"outbox"_s,
                                 u"sync_state"_s, u"receipt_blocks"_s, u"needs_attention"_s, u"documents"_s}) {
        if (!query.exec(u"SELECT * FROM %1 ORDER BY 1"_s.arg(table)))
            return {u"cannot read "_s + table};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << table + u": "_s + values.join(u" | "_s);
        }
    }
    return rows;
}

struct LoggedMessage {
    QtMsgType type;
    QString category;
    QString text;
};

// Records what the code under test logs (and passes it on to QTest's handler).
QList<LoggedMessage> *logged = nullptr;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (logged)
        logged->append({type, QString::fromLatin1(context.category ? context.category : "default"), message});
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestSyncHostilePlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hostileAnswerChangesNothing_data();
    void hostileAnswerChangesNothing();
    void aHostilePageAfterAGoodOneStopsThere();
    void anAnnouncedCursorTheBodyContradictsChangesNothing_data();
    void anAnnouncedCursorTheBodyContradictsChangesNothing();

private:
    // One round against the platform at url; nullopt when it never ends.
    std::optional<SyncSummary> syncOnce(SyncStore sync, const QUrl &url);

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<PassphraseKeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    QList<protocol::CaseSnapshot> m_pulled;
    QList<LoggedMessage> m_logged;
};

void TestSyncHostilePlatform::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    const Profile profile(m_directory->path());
    m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("hostile platform"));
    auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    m_vault = std::move(vault).value();

    // The vault as after a good round: three cases pulled (cursor 3) and
    // enough receipt numbers in hand that no block is asked for.
    SyncStore sync = m_vault->syncStore();
    SyntheticCases synthetic(7, hallId);
    m_pulled = {platformCase(synthetic, 2), platformCase(synthetic, 2), platformCase(synthetic, 3)};
    protocol::ChangesPage page;
    for (qsizetype i = 0; i < m_pulled.size(); ++i)
        page.changes.append({i + 1, m_pulled.at(i)});
    page.next = 3;
    QVERIFY(sync.applyChanges(page));
    QVERIFY(sync.addReceiptBlock({u"018f0000-0000-7000-8000-000000000001"_s, u"TH-2026-W01-"_s, 1, 100}));

    // Work waiting to be pushed: two new cases and a transition of a pulled one.
    CaseStore cases = m_vault->caseStore();
    NewCase first = synthetic.next();
    NewCase second = synthetic.next();
    for (NewCase *entry : {&first, &second}) {
        entry->caseRecord.state = CaseState::Draft;
        entry->caseRecord.receiptNumber.clear();
        entry->caseRecord.acceptedUtc = QDateTime();
        entry->caseRecord.dueDate = QDate();
    }
    QVERIFY(cases.insertNew({first, second}, u"staff.li"_s));
    QVERIFY(cases.apply({m_pulled.at(0).caseRecord.id,
                         CaseEvent::IssueCorrection,
                         u"staff.li"_s,
                         u"缺少身份证复印件"_s,
                         QDateTime::currentDateTimeUtc(),
                         {},
                         {},
                         {}}));
    QCOMPARE(*sync.pendingOpCount(), 3);

    m_logged.clear();
    logged = &m_logged;
    previousHandler = qInstallMessageHandler(recordMessage);
}

void TestSyncHostilePlatform::cleanup()
{
    qInstallMessageHandler(previousHandler);
    logged = nullptr;
    m_vault.reset();
    m_keys.reset();
    m_directory.reset();
}

std::optional<SyncSummary> TestSyncHostilePlatform::syncOnce(SyncStore sync, const QUrl &url)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    PlatformClient client({url, false, std::chrono::seconds(30)}, &network);
    SyncEngine engine(std::move(sync), &client, SyncSettings{hallId, u"ws-hostile"_s});
    engine.setSession(u"token"_s, u"refresh"_s);
    std::optional<SyncSummary> summary;
    connect(&engine, &SyncEngine::roundFinished, this, [&](const SyncSummary &finished) { summary = finished; });
    engine.syncNow();
    if (!QTest::qWaitFor([&] { return summary.has_value(); }, 60000))
        return std::nullopt;
    return summary;
}

void TestSyncHostilePlatform::hostileAnswerChangesNothing_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("contentLength");
    QTest::addColumn<QString>("why");

    const QString changes = u"changes"_s;
    const QString ops = u"ops"_s;
    // Over the client's limit of 8 MiB, as the start of a JSON document.
    const QByteArray huge =
        "{\"changes\": [" + QByteArray(protocol::maximumBodySize + 1024 * 1024, ' ') + "], \"next\": \"9\"}";
    const QJsonObject goodCase = QJsonObject{
        {u"seq"_s, 4},
        {u"caseId"_s, u"018f0000-0000-7000-8000-0000000000aa"_s},
        {u"revision"_s, 1},
    };

    QTest::newRow("changes: not JSON") << changes << 200 << QByteArray("{\"changes\": [{\"seq\": 4,") << true
                                       << u"not JSON"_s;
    QTest::newRow("changes: an HTML page")
        << changes << 200 << QByteArray("<html><body>Gateway</body></html>") << true << u"not JSON"_s;
    QTest::newRow("changes: an array, not an object")
        << changes << 200 << QByteArray("[1, 2, 3]") << true << u"not a JSON object"_s;
    QTest::newRow("changes: next is a number")
        << changes << 200 << json({{u"changes"_s, QJsonArray()}, {u"next"_s, 5}, {u"hasMore"_s, false}}) << true
        << u"page.next"_s;
    QTest::newRow("changes: changes is a string")
        << changes << 200 << json({{u"changes"_s, u"all of them"_s}, {u"next"_s, u"5"_s}, {u"hasMore"_s, false}})
        << true << u"page.changes"_s;
    QTest::newRow("changes: hasMore is a string")
        << changes << 200 << json({{u"changes"_s, QJsonArray()}, {u"next"_s, u"5"_s}, {u"hasMore"_s, u"no"_s}}) << true
        << u"page.hasMore"_s;
    // A change whose case is a number: the whole page is refused, not the
    // change skipped, so the cursor cannot move past it.
    QJsonObject wrongCase = goodCase;
    wrongCase.insert(u"case"_s, 42);
    wrongCase.insert(u"applicant"_s, QJsonObject());
    QTest::newRow("changes: a case of the wrong type")
        << changes << 200 << json({{u"changes"_s, QJsonArray{wrongCase}}, {u"next"_s, u"4"_s}, {u"hasMore"_s, false}})
        << true << u"snapshot.case"_s;
    QTest::newRow("changes: the cursor goes backwards")
        << changes << 200 << json({{u"changes"_s, QJsonArray()}, {u"next"_s, u"1"_s}, {u"hasMore"_s, false}}) << true
        << u"went backwards"_s;
    QTest::newRow("changes: a change from before the cursor")
        << changes << 200
        << json({{u"changes"_s,
                  QJsonArray{QJsonObject{{u"seq"_s, 2},
                                         {u"caseId"_s, u"018f0000-0000-7000-8000-0000000000aa"_s},
                                         {u"case"_s, QJsonObject()},
                                         {u"applicant"_s, QJsonObject()}}}},
                 {u"next"_s, u"5"_s},
                 {u"hasMore"_s, false}})
        << true << u"out of order"_s;
    QTest::newRow("changes: a huge body with its length") << changes << 200 << huge << true << u"larger than"_s;
    QTest::newRow("changes: a huge body without a length") << changes << 200 << huge << false << u"larger than"_s;

    QTest::newRow("ops: not JSON") << ops << 200 << QByteArray("{\"results\": [") << true << u"not JSON"_s;
    QTest::newRow("ops: results is an object")
        << ops << 200 << json({{u"results"_s, QJsonObject{{u"applied"_s, 3}}}}) << true << u"results.results"_s;
    QTest::newRow("ops: fewer results than ops")
        << ops << 200 << json({{u"results"_s, QJsonArray{QJsonObject{{u"status"_s, u"applied"_s}}}}}) << true
        << u"1 results for 3 ops"_s;
    // Placeholders: the test spoils results that name the ops it really sends.
    QTest::newRow("ops: results for other ops")
        << ops << 200 << QByteArray("OTHER-OPS") << true << u"does not match the op sent"_s;
    QTest::newRow("ops: a revision that is a string")
        << ops << 200 << QByteArray("REVISION-TEXT") << true << u"revision"_s;
    QTest::newRow("ops: an unknown status")
        << ops << 200 << QByteArray("UNKNOWN-STATUS") << true << u"unknown status"_s;
    QTest::newRow("ops: a conflict carrying another case")
        << ops << 200 << QByteArray("CONFLICT-OTHER-CASE") << true << u"is another case"_s;
    QTest::newRow("ops: a huge body") << ops << 200 << huge << true << u"larger than"_s;
}

void TestSyncHostilePlatform::hostileAnswerChangesNothing()
{
    QFETCH(QString, endpoint);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, contentLength);
    QFETCH(QString, why);

    SyncStore sync = m_vault->syncStore();
    auto pending = sync.pendingOps(500);
    QVERIFY(pending);
    // Results that name the ops actually sent, each spoiled in one way.
    auto results = [&](const std::function<void(QJsonObject &, qsizetype)> &spoil) {
        QJsonArray list;
        for (qsizetype i = 0; i < pending->size(); ++i) {
            QJsonObject result{{u"opId"_s, pending->at(i).opId}, {u"status"_s, u"applied"_s}, {u"revision"_s, 2}};
            spoil(result, i);
            list.append(result);
        }
        return json({{u"results"_s, list}});
    };
    if (body == "OTHER-OPS") {
        body = results([&](QJsonObject &result, qsizetype i) {
            result.insert(u"opId"_s, pending->at((i + 1) % pending->size()).opId);
        });
    } else if (body == "REVISION-TEXT") {
        body = results([](QJsonObject &result, qsizetype) { result.insert(u"revision"_s, u"2"_s); });
    } else if (body == "UNKNOWN-STATUS") {
        body = results([](QJsonObject &result, qsizetype) { result.insert(u"status"_s, u"accepted-ish"_s); });
    } else if (body == "CONFLICT-OTHER-CASE") {
        const protocol::CaseSnapshot other = m_pulled.at(2);
        body = results([&](QJsonObject &result, qsizetype) {
            result.insert(u"status"_s, u"conflict"_s);
            result.insert(u"current"_s,
                          QJsonObject{{u"case"_s, protocol::toJson(other.caseRecord)},
                                      {u"applicant"_s, protocol::toJson(other.applicant)}});
        });
    }
    if (endpoint == u"changes") {
        // Nothing to push, so the round goes straight to the pull.
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"DELETE FROM outbox"_s));
    }

    const QStringList before = vaultContents(*m_vault);
    QVERIFY(before.size() > 10);
    const qint64 cursorBefore = *sync.cursor();

    HostilePlatform platform([&](const QByteArray &, const QUrl &url) {
        if (url.path().endsWith(u'/' + endpoint))
            return CannedResponse{status, body, contentLength};
        // Anything else the engine asks for is a contract violation here.
        return CannedResponse{500, json({{u"code"_s, u"unexpected"_s}, {u"title"_s, u"unexpected request"_s}}), true};
    });
    QVERIFY(platform.listen());
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    PlatformClient client({platform.url(), false, std::chrono::seconds(30)}, &network);
    SyncSettings settings{hallId, u"ws-hostile"_s};
    SyncEngine engine(sync, &client, settings);
    engine.setSession(u"token"_s, u"refresh"_s);

    std::optional<SyncSummary> summary;
    connect(&engine, &SyncEngine::roundFinished, this, [&](const SyncSummary &finished) { summary = finished; });
    engine.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 60000);

    // Refused, and said so.
    QVERIFY(!summary->completed);
    QCOMPARE(summary->errors.size(), 1);
    QVERIFY2(summary->errors.first().contains(why), qPrintable(summary->errors.first()));
    QVERIFY2(engine.status().lastError.contains(u"malformed"_s), qPrintable(engine.status().lastError));
    QCOMPARE(engine.status().state, SyncStatus::State::Offline);
    const bool warned = std::any_of(m_logged.cbegin(), m_logged.cend(), [](const LoggedMessage &message) {
        return message.type == QtWarningMsg && message.category == u"casedesk.sync"
            && message.text.startsWith(u"refused "_s);
    });
    QVERIFY2(warned, "no warning in casedesk.sync about the refused answer");

    // The round stopped at the bad answer: one request, to that endpoint.
    QCOMPARE(platform.requests().size(), 1);
    QVERIFY2(platform.requests().first().endsWith(u'/' + endpoint), qPrintable(platform.requests().first()));

    // And nothing changed: not the cursor, not the outbox, not a case.
    QCOMPARE(*sync.cursor(), cursorBefore);
    const QStringList after = vaultContents(*m_vault);
    QCOMPARE(after, before);
}

void TestSyncHostilePlatform::aHostilePageAfterAGoodOneStopsThere()
{
    // A good page, then a bad one in the same round: the good page stays
    // with its cursor, the bad one changes nothing and ends the round.
    SyncStore sync = m_vault->syncStore();
    QSqlQuery query(m_vault->database());
    QVERIFY(query.exec(u"DELETE FROM outbox"_s));
    SyntheticCases synthetic(8, hallId);
    protocol::ChangesPage good;
    good.changes = {{4, platformCase(synthetic, 1)}, {5, platformCase(synthetic, 1)}};
    good.next = 5;
    good.hasMore = true;
    const QByteArray bad = json({{u"changes"_s, QJsonArray()}, {u"next"_s, u"2"_s}, {u"hasMore"_s, false}});

    HostilePlatform platform([&](const QByteArray &, const QUrl &url) {
        const QString after = QUrlQuery(url).queryItemValue(u"after"_s);
        if (url.path().endsWith(u"/changes"_s) && after == u"3")
            return CannedResponse{200, protocol::encode(good), true};
        if (url.path().endsWith(u"/changes"_s) && after == u"5")
            return CannedResponse{200, bad, true};
        return CannedResponse{500, json({{u"code"_s, u"unexpected"_s}}), true};
    });
    QVERIFY(platform.listen());
    const std::optional<SyncSummary> summary = syncOnce(sync, platform.url());
    QVERIFY(summary);

    QVERIFY(!summary->completed);
    QCOMPARE(summary->pulled, 2);
    QVERIFY2(summary->errors.value(0).contains(u"went backwards"_s), qPrintable(summary->errors.value(0)));
    QCOMPARE(platform.requests().size(), 2);
    QCOMPARE(*sync.cursor(), 5);
    CaseStore cases = m_vault->caseStore();
    for (const protocol::Change &change : std::as_const(good.changes))
        QCOMPARE(cases.load(change.snapshot.caseRecord.id)->revision, 1);
    QCOMPARE(cases.counts()->cases, qint64(m_pulled.size() + 2 + 2));
}

void TestSyncHostilePlatform::anAnnouncedCursorTheBodyContradictsChangesNothing_data()
{
    QTest::addColumn<QByteArray>("announced");
    QTest::addColumn<QString>("why");
    // The good page's body says next 5, more to come.
    QTest::newRow("another cursor") << QByteArray("7") << u"was 7, its body says 5"_s;
    QTest::newRow("not a number") << QByteArray("five") << u"is no cursor after 3"_s;
    QTest::newRow("backwards") << QByteArray("2") << u"is no cursor after 3"_s;
}

// The platform announces the next page's cursor in a header, ahead of the
// body; the engine asks for that page at once. A body that says otherwise
// (or a header that is no cursor) is refused whole: nothing is written, and
// what was asked for ahead is dropped.
void TestSyncHostilePlatform::anAnnouncedCursorTheBodyContradictsChangesNothing()
{
    QFETCH(QByteArray, announced);
    QFETCH(QString, why);
    SyncStore sync = m_vault->syncStore();
    QSqlQuery query(m_vault->database());
    QVERIFY(query.exec(u"DELETE FROM outbox"_s));
    const QStringList before = vaultContents(*m_vault);
    SyntheticCases synthetic(9, hallId);
    protocol::ChangesPage good;
    good.changes = {{4, platformCase(synthetic, 1)}, {5, platformCase(synthetic, 1)}};
    good.next = 5;
    good.hasMore = true;
    HostilePlatform platform([&](const QByteArray &, const QUrl &url) {
        if (url.path().endsWith(u"/changes"_s) && QUrlQuery(url).queryItemValue(u"after"_s) == u"3")
            return CannedResponse{200, protocol::encode(good), true};
        // The page asked for ahead, on the header's word: empty, the last.
        if (url.path().endsWith(u"/changes"_s))
            return CannedResponse{200, json({{u"changes"_s, QJsonArray()}, {u"next"_s, u"9"_s}, {u"hasMore"_s, false}}),
                                  true};
        return CannedResponse{500, json({{u"code"_s, u"unexpected"_s}}), true};
    });
    platform.addHeader(QByteArray(protocol::nextCursorHeader) + ": " + announced);
    QVERIFY(platform.listen());
    const std::optional<SyncSummary> summary = syncOnce(sync, platform.url());
    QVERIFY(summary);

    QVERIFY(!summary->completed);
    QCOMPARE(summary->pulled, 0);
    QVERIFY2(summary->errors.value(0).contains(why), qPrintable(summary->errors.value(0)));
    QVERIFY2(summary->errors.value(0).contains(QString::fromLatin1(protocol::nextCursorHeader)),
             qPrintable(summary->errors.value(0)));
    QCOMPARE(*sync.cursor(), 3);
    QCOMPARE(vaultContents(*m_vault), before);
}

QTEST_GUILESS_MAIN(TestSyncHostilePlatform)
#include "test_sync_hostile_platform.moc"
