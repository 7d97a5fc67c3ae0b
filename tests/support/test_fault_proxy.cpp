#include "FaultProxy.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

using Faults = FaultProxy::Faults;

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 7 + i / 251) & 0xff);
    return bytes;
}

QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(random.bounded(256));
    return bytes;
}

struct ServerRequest {
    QByteArray method;
    QByteArray path;
    QByteArray body;
    bool close = false;
};

// Takes one complete request off the front of buffer; nothing while it is
// incomplete. Enough HTTP/1.1 for the requests these tests send.
std::optional<ServerRequest> takeRequest(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.first(headEnd).split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    ServerRequest request{start.value(0), start.value(1), {}, false};
    qint64 length = 0;
    bool chunked = false;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.first(std::max<qsizetype>(colon, 0)).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed().toLower();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding")
            chunked = value == "chunked";
        else if (name == "connection")
            request.close = value == "close";
    }
    qsizetype pos = headEnd + 4;
    if (chunked) {
        for (;;) {
            const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return std::nullopt;
            const qint64 size = buffer.sliced(pos, lineEnd - pos).split(';').value(0).toLongLong(nullptr, 16);
            pos = lineEnd + 2;
            if (size == 0) {
                if (buffer.size() < pos + 2)
                    return std::nullopt;
                pos += 2; // no trailers
                break;
            }
            if (buffer.size() < pos + size + 2)
                return std::nullopt;
            request.body += buffer.sliced(pos, size);
            pos += size + 2;
        }
    } else {
        if (buffer.size() < pos + length)
            return std::nullopt;
        request.body = buffer.sliced(pos, length);
        pos += length;
    }
    buffer.remove(0, pos);
    return request;
}

QByteArray head(int status, qsizetype length)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK\r\n" : " Not Found\r\n");
    text += "Content-Type: application/octet-stream\r\n";
    if (length >= 0)
        text += "Content-Length: " + QByteArray::number(length) + "\r\n";
    return text + "\r\n";
}

// The server the proxy stands in front of:
//   GET|POST /echo    200, the request's body back
//   GET /bytes/<n>    200, n bytes of pattern()
//   GET /chunked      200, pattern(100000) in chunks
//   GET /close        200, pattern(5000) with no length, ended by closing
// HEAD answers the same heads without bodies.
class HttpTestServer : public QObject
{
public:
    HttpTestServer() { connect(&m_server, &QTcpServer::newConnection, this, &HttpTestServer::accept); }
    // The sockets outlive m_buffers (m_server deletes them); they must not
    // reach back into it.
    ~HttpTestServer() override
    {
        for (auto it = m_buffers.cbegin(); it != m_buffers.cend(); ++it)
            QObject::disconnect(it.key(), nullptr, this, nullptr);
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    int requests() const { return m_requests; }
    int connections() const { return m_connections; }
    int openConnections() const { return static_cast<int>(m_buffers.size()); }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void serve(QTcpSocket *socket)
    {
        m_buffers[socket] += socket->readAll();
        // Looked up each time: answering may close the socket and forget it.
        while (m_buffers.contains(socket)) {
            const std::optional<ServerRequest> request = takeRequest(m_buffers[socket]);
            if (!request)
                return;
            ++m_requests;
            answer(socket, *request);
            if (request->close || socket->state() != QAbstractSocket::ConnectedState) {
                socket->disconnectFromHost();
                return;
            }
        }
    }

    static void answer(QTcpSocket *socket, const ServerRequest &request)
    {
        const bool withBody = request.method != "HEAD";
        QByteArray body;
        if (request.path == "/echo") {
            body = request.body;
        } else if (request.path.startsWith("/bytes/")) {
            body = pattern(request.path.sliced(7).toLongLong());
        } else if (request.path == "/chunked") {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray all = pattern(100000);
            if (withBody) {
                for (qsizetype pos = 0; pos < all.size(); pos += 30000) {
                    const QByteArray chunk = all.mid(pos, 30000);
                    socket->write(QByteArray::number(chunk.size(), 16) + ";ext=1\r\n" + chunk + "\r\n");
                }
                socket->write("0\r\n\r\n");
            }
            return;
        } else if (request.path == "/close") {
            socket->write(head(200, -1) + (withBody ? pattern(5000) : QByteArray()));
            socket->disconnectFromHost();
            return;
        } else {
            socket->write(head(404, 0));
            return;
        }
        socket->write(head(200, body.size()) + (withBody ? body : QByteArray()));
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
    int m_connections = 0;
};

struct Outcome {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    qint64 contentLength = -1;

    // Whether the answer did not arrive whole. QNetworkAccessManager (Qt 6.4)
    // reports a cut answer as RemoteHostClosedError, except when the cut falls
    // in the body and the close comes a moment after the last bytes: then it
    // reports success with a short body, and only Content-Length tells.
    bool cutShort() const
    {
        return error == QNetworkReply::RemoteHostClosedError
            || (error == QNetworkReply::NoError && contentLength >= 0 && body.size() < contentLength);
    }

    // What the proxy decided, as far as the client can tell.
    QString decision() const
    {
        if (cutShort())
            return u"cut"_s;
        return u"%1 %2"_s.arg(status).arg(QString::fromLatin1(retryAfter));
    }
};

QNetworkRequest requestTo(const QUrl &base, const QString &path)
{
    QNetworkRequest request(base.resolved(QUrl(path)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    // A proxy bug must fail the test, not hang it.
    request.setTransferTimeout(20000);
    return request;
}

QNetworkReply *start(QNetworkAccessManager &network, const QUrl &base, const QString &path,
                     const QByteArray &method = "GET", const QByteArray &body = {})
{
    const QNetworkRequest request = requestTo(base, path);
    if (method == "GET")
        return network.get(request);
    return network.sendCustomRequest(request, method, body);
}

Outcome outcomeOf(QNetworkReply *reply)
{
    Outcome outcome;
    outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.error = reply->error();
    outcome.body = reply->readAll();
    outcome.retryAfter = reply->rawHeader("Retry-After");
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    outcome.contentLength = length.isValid() ? length.toLongLong() : -1;
    return outcome;
}

Outcome fetch(QNetworkAccessManager &network, const QUrl &base, const QString &path, const QByteArray &method = "GET",
              const QByteArray &body = {})
{
    std::unique_ptr<QNetworkReply> reply(start(network, base, path, method, body));
    if (!reply->isFinished()) {
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(60000))
            return {};
    }
    return outcomeOf(reply.get());
}

// A QNetworkAccessManager that never goes through a proxy from the
// environment (http_proxy would send loopback requests elsewhere).
std::unique_ptr<QNetworkAccessManager> directNetwork()
{
    auto network = std::make_unique<QNetworkAccessManager>();
    network->setProxy(QNetworkProxy::NoProxy);
    return network;
}

// Writes bytes on a raw connection and reads until the other side closes,
// in the event loop: the servers run in this thread.
QByteArray exchangeRaw(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(bytes);
    if (!closed.wait(30000))
        return {};
    return socket.readAll();
}

struct ServerResponse {
    int status = 0;
    QByteArray body;
};

// Splits a stream of responses with Content-Length; stops at the first one
// that is incomplete, which *truncated then says.
QList<ServerResponse> splitResponses(QByteArray stream, bool *truncated)
{
    QList<ServerResponse> responses;
    *truncated = false;
    while (!stream.isEmpty()) {
        const qsizetype headEnd = stream.indexOf("\r\n\r\n");
        const QByteArray lengthName = "Content-Length: ";
        const qsizetype lengthAt = stream.indexOf(lengthName);
        if (headEnd < 0 || lengthAt < 0 || lengthAt > headEnd) {
            *truncated = true;
            break;
        }
        const qsizetype lengthEnd = stream.indexOf("\r\n", lengthAt);
        const qsizetype length =
            stream.sliced(lengthAt + lengthName.size(), lengthEnd - lengthAt - lengthName.size()).toLongLong();
        if (stream.size() < headEnd + 4 + length) {
            *truncated = true;
            break;
        }
        responses.append({stream.sliced(9, 3).toInt(), stream.sliced(headEnd + 4, length)});
        stream.remove(0, headEnd + 4 + length);
    }
    return responses;
}

quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void forwardsGetAndPostByteExact();
    void reusesKeepAliveConnections();
    void forwardsPipelinedAndChunkedUnchanged();
    void pipelinedFaultsKeepEarlierAnswersWhole();
    void forwardsCloseDelimitedResponses();
    void handlesManyConcurrentConnections();
    void zeroProbabilitiesAreTransparentOver200Requests();
    void disabledProxyForwardsEverything();
    void delaysKeepBytesInOrder();
    void dropMidRequestIsANetworkError();
    void dropMidResponseIsANetworkError();
    void injects500WithProblem();
    void injects503WithRetryAfter();
    void decidesPerRequestOnAKeepAliveConnection();
    void sameSeedMakesSameDecisions();
    void mixedFaultsUnderLoadNeverCorruptAnAnswer();
    void clientLeavingMidRequestClosesTheTarget();
    void targetDownClosesTheClient();
    void dropAllConnectionsCutsAndRecovers();

private:
    QList<QString> runWithSeed(quint64 seed, FaultProxy::Counters *counters);

    std::unique_ptr<HttpTestServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestFaultProxy::init()
{
    m_server = std::make_unique<HttpTestServer>();
    QVERIFY(m_server->listen());
    m_proxy = std::make_unique<FaultProxy>(m_server->port());
    const casedesk::Expected<quint16> port = m_proxy->listen();
    QVERIFY2(port.hasValue(), qPrintable(port ? QString() : port.error().message));
    QCOMPARE(*port, m_proxy->port());
    m_network = directNetwork();
}

// Every test ends with no connection left open on either side.
void TestFaultProxy::cleanup()
{
    m_network.reset();
    if (m_proxy) {
        QTRY_COMPARE(m_proxy->openConnections(), 0);
        qDebug().noquote() << m_proxy->counters().summary();
    }
    if (m_server)
        QTRY_COMPARE(m_server->openConnections(), 0);
    m_proxy.reset();
    m_server.reset();
}

void TestFaultProxy::forwardsGetAndPostByteExact()
{
    const Outcome small = fetch(*m_network, m_proxy->url(), u"/echo"_s, "POST", "hello");
    QCOMPARE(small.error, QNetworkReply::NoError);
    QCOMPARE(small.status, 200);
    QCOMPARE(small.body, QByteArray("hello"));

    QRandomGenerator random(5);
    const QByteArray upload = randomBytes(random, 5 * 1024 * 1024);
    const Outcome echoed = fetch(*m_network, m_proxy->url(), u"/echo"_s, "POST", upload);
    QCOMPARE(echoed.status, 200);
    QVERIFY(echoed.body == upload);

    const Outcome download = fetch(*m_network, m_proxy->url(), u"/bytes/5242880"_s);
    QCOMPARE(download.status, 200);
    QVERIFY(download.body == pattern(5 * 1024 * 1024));

    const Outcome missing = fetch(*m_network, m_proxy->url(), u"/nothing"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.error, QNetworkReply::ContentNotFoundError);

    QCOMPARE(m_proxy->counters().faults(), 0);
    QCOMPARE(m_proxy->counters().requests, 4);
    QVERIFY(m_proxy->counters().bytesToTarget > upload.size());
    QVERIFY(m_proxy->counters().bytesToClients > 2 * upload.size());
}

void TestFaultProxy::reusesKeepAliveConnections()
{
    for (int i = 0; i < 5; ++i) {
        const Outcome outcome = fetch(*m_network, m_proxy->url(), u"/bytes/100"_s);
        QCOMPARE(outcome.status, 200);
    }
    QCOMPARE(m_proxy->counters().connections, 1);
    QCOMPARE(m_server->connections(), 1);
    QCOMPARE(m_server->requests(), 5);
    QCOMPARE(m_proxy->openConnections(), 1);
}

void TestFaultProxy::forwardsPipelinedAndChunkedUnchanged()
{
    // All at once: the proxy must frame each, including a chunked request body
    // and a HEAD whose answer announces a body it does not carry.
    const QByteArray requests = "GET /bytes/10 HTTP/1.1\r\nHost: x\r\n\r\n"
                                "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n"
                                "HEAD /bytes/100 HTTP/1.1\r\nHost: x\r\n\r\n"
                                "GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n"
                                "\r\n" // a stray line break between requests
                                "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                                "GET /bytes/20 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const QByteArray direct = exchangeRaw(m_server->port(), requests);
    QVERIFY(direct.contains("hello, world"));
    QCOMPARE(m_server->requests(), 6);

    m_proxy->setFaults({.delay = 0.5, .maxDelayMs = 5});
    const QByteArray proxied = exchangeRaw(m_proxy->port(), requests);
    QCOMPARE(m_server->requests(), 12);
    QCOMPARE(proxied.size(), direct.size());
    QVERIFY(proxied == direct);
    QCOMPARE(m_proxy->counters().requests, 6);
    QCOMPARE(m_proxy->counters().bytesToTarget, requests.size());
    QCOMPARE(m_proxy->counters().bytesToClients, direct.size());

    const Outcome chunked = fetch(*m_network, m_proxy->url(), u"/chunked"_s);
    QCOMPARE(chunked.status, 200);
    QVERIFY(chunked.body == pattern(100000));
}

// Three requests written at once, the first with a large answer. Whatever is
// decided for a later request, the answers before it arrive whole and first;
// an injected answer or a cut comes after them, then the connection closes.
void TestFaultProxy::pipelinedFaultsKeepEarlierAnswersWhole()
{
    const QByteArray requests = "GET /bytes/2000000 HTTP/1.1\r\n\r\n"
                                "GET /bytes/10 HTTP/1.1\r\n\r\n"
                                "GET /bytes/20 HTTP/1.1\r\nConnection: close\r\n\r\n";
    const QList<qsizetype> sizes{2000000, 10, 20};
    m_proxy->setFaults({.error503 = 0.3, .dropMidResponse = 0.3});
    bool sawAnswerAfterOthers = false;
    bool sawCutAfterOthers = false;
    for (quint64 seed = 1; seed <= 12; ++seed) {
        m_proxy->setSeed(seed);
        const FaultProxy::Counters before = m_proxy->counters();
        bool truncated = false;
        const QByteArray stream = exchangeRaw(m_proxy->port(), requests);
        const QList<ServerResponse> responses = splitResponses(stream, &truncated);
        const FaultProxy::Counters after = m_proxy->counters();
        const bool answered = after.injected503 > before.injected503;
        const bool cut = after.dropsMidResponse > before.dropsMidResponse;
        QVERIFY(!(answered && cut));
        const qsizetype whole = responses.size() - (answered ? 1 : 0);
        for (qsizetype i = 0; i < whole; ++i) {
            QCOMPARE(responses.at(i).status, 200);
            QVERIFY2(responses.at(i).body == pattern(sizes.at(i)),
                     qPrintable(u"seed %1 answer %2: %3 bytes"_s.arg(seed).arg(i).arg(responses.at(i).body.size())));
        }
        if (answered) {
            QCOMPARE(responses.constLast().status, 503);
            QVERIFY(!truncated);
            sawAnswerAfterOthers = sawAnswerAfterOthers || whole > 0;
        }
        QCOMPARE(truncated, cut);
        if (cut)
            sawCutAfterOthers = sawCutAfterOthers || whole > 0;
        if (!answered && !cut)
            QCOMPARE(responses.size(), 3);
    }
    // The seeds above reach both cases; a change in how decisions are drawn may
    // need other seeds.
    QVERIFY(sawAnswerAfterOthers);
    QVERIFY(sawCutAfterOthers);
}

void TestFaultProxy::forwardsCloseDelimitedResponses()
{
    const Outcome outcome = fetch(*m_network, m_proxy->url(), u"/close"_s);
    QCOMPARE(outcome.error, QNetworkReply::NoError);
    QVERIFY(outcome.body == pattern(5000));
    // The target closed; the proxy closed the client in turn.
    QTRY_COMPARE(m_proxy->openConnections(), 0);

    const Outcome after = fetch(*m_network, m_proxy->url(), u"/bytes/3"_s);
    QCOMPARE(after.status, 200);
}

void TestFaultProxy::handlesManyConcurrentConnections()
{
    constexpr int clients = 64;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->connectToHost(QHostAddress::LocalHost, m_proxy->port());
        socket->write("GET /bytes/" + QByteArray::number(1000 + i) + " HTTP/1.1\r\nConnection: close\r\n\r\n");
        sockets.push_back(std::move(socket));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(sockets.begin(), sockets.end(),
                    [](const auto &socket) { return socket->state() == QAbstractSocket::UnconnectedState; }),
        30000);
    for (int i = 0; i < clients; ++i) {
        const QByteArray expected = head(200, 1000 + i) + pattern(1000 + i);
        QVERIFY2(sockets[static_cast<size_t>(i)]->readAll() == expected, qPrintable(u"client %1"_s.arg(i)));
    }
    QCOMPARE(m_proxy->counters().connections, clients);
    QCOMPARE(m_server->requests(), clients);
}

void TestFaultProxy::zeroProbabilitiesAreTransparentOver200Requests()
{
    m_proxy->setFaults({});
    QRandomGenerator random(200);
    struct Sent {
        QPointer<QNetworkReply> reply;
        QByteArray expected;
    };
    std::vector<Sent> sent;
    for (int i = 0; i < 200; ++i) {
        if (i % 2 == 0) {
            const QByteArray body = randomBytes(random, random.bounded(0, 300000));
            sent.push_back({start(*m_network, m_proxy->url(), u"/echo"_s, "POST", body), body});
        } else {
            const int size = random.bounded(0, 300000);
            sent.push_back({start(*m_network, m_proxy->url(), u"/bytes/%1"_s.arg(size)), pattern(size)});
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(sent.begin(), sent.end(), [](const Sent &s) { return s.reply->isFinished(); }),
                             120000);
    for (const Sent &s : sent) {
        const Outcome outcome = outcomeOf(s.reply);
        QCOMPARE(outcome.error, QNetworkReply::NoError);
        QCOMPARE(outcome.status, 200);
        QVERIFY(outcome.body == s.expected);
        delete s.reply;
    }
    QCOMPARE(m_server->requests(), 200);
    QCOMPARE(m_proxy->counters().requests, 200);
    QCOMPARE(m_proxy->counters().faults(), 0);
    QCOMPARE(m_proxy->counters().delays, 0);
}

void TestFaultProxy::disabledProxyForwardsEverything()
{
    m_proxy->setFaults({.error500 = 1, .error503 = 1, .dropMidRequest = 1, .dropMidResponse = 1, .delay = 1});
    m_proxy->setEnabled(false);
    QVERIFY(!m_proxy->isEnabled());
    for (int i = 0; i < 10; ++i) {
        const Outcome outcome = fetch(*m_network, m_proxy->url(), u"/echo"_s, "POST", "ping");
        QCOMPARE(outcome.status, 200);
        QCOMPARE(outcome.body, QByteArray("ping"));
    }
    QCOMPARE(m_proxy->counters().faults(), 0);
    QCOMPARE(m_proxy->counters().delays, 0);

    m_proxy->setEnabled(true);
    QCOMPARE(fetch(*m_network, m_proxy->url(), u"/echo"_s).status, 500);
}

void TestFaultProxy::delaysKeepBytesInOrder()
{
    m_proxy->setFaults({.delay = 1, .maxDelayMs = 3});
    QRandomGenerator random(3);
    const QByteArray upload = randomBytes(random, 1024 * 1024);
    const Outcome outcome = fetch(*m_network, m_proxy->url(), u"/echo"_s, "POST", upload);
    QCOMPARE(outcome.status, 200);
    QVERIFY(outcome.body == upload);
    QVERIFY(m_proxy->counters().delays > 1);
    QCOMPARE(m_proxy->counters().faults(), 0);
}

void TestFaultProxy::dropMidRequestIsANetworkError()
{
    m_proxy->setFaults({.dropMidRequest = 1});
    const Outcome outcome = fetch(*m_network, m_proxy->url(), u"/echo"_s, "POST", pattern(100000));
    QCOMPARE(outcome.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(outcome.status, 0);
    // QNetworkAccessManager resends a request whose connection closed before
    // any answer, so the proxy may have dropped it more than once.
    QVERIFY(m_proxy->counters().dropsMidRequest >= 1);
    QCOMPARE(m_proxy->counters().dropsMidRequest, m_proxy->counters().requests);
    QTRY_COMPARE(m_server->openConnections(), 0);
    // Never a whole request: the server answered nothing.
    QCOMPARE(m_server->requests(), 0);
}

void TestFaultProxy::dropMidResponseIsANetworkError()
{
    m_proxy->setFaults({.dropMidResponse = 1});
    const Outcome outcome = fetch(*m_network, m_proxy->url(), u"/bytes/100000"_s);
    QVERIFY2(outcome.cutShort(), qPrintable(outcome.decision()));
    QVERIFY(outcome.body.size() < 100000);
    QVERIFY(pattern(100000).startsWith(outcome.body));
    if (outcome.error == QNetworkReply::NoError)
        qWarning("QNetworkAccessManager reported the cut answer as a success; only its length shows the cut");
    QVERIFY(m_proxy->counters().dropsMidResponse >= 1);
    QCOMPARE(m_proxy->counters().dropsMidResponse, m_proxy->counters().requests);
    // The server did the work each time; the client never saw it complete.
    QCOMPARE(m_server->requests(), m_proxy->counters().requests);
    QVERIFY(m_proxy->counters().bytesToClients < m_proxy->counters().requests * 100000);
}

void TestFaultProxy::injects500WithProblem()
{
    m_proxy->setFaults({.error500 = 1});
    const Outcome outcome = fetch(*m_network, m_proxy->url(), u"/echo"_s, "POST", pattern(200000));
    QCOMPARE(outcome.status, 500);
    QCOMPARE(outcome.error, QNetworkReply::InternalServerError);
    const QJsonObject problem = QJsonDocument::fromJson(outcome.body).object();
    QCOMPARE(problem.value(u"code"_s).toString(), u"internal"_s);
    QCOMPARE(problem.value(u"status"_s).toInt(), 500);
    QVERIFY(outcome.retryAfter.isEmpty());
    QCOMPARE(m_proxy->counters().injected500, 1);
    QCOMPARE(m_server->requests(), 0);
    QCOMPARE(m_server->connections(), 0);
}

void TestFaultProxy::injects503WithRetryAfter()
{
    m_proxy->setFaults({.error503 = 1});
    QSet<QByteArray> retryAfters;
    for (int i = 0; i < 12; ++i) {
        const Outcome outcome = fetch(*m_network, m_proxy->url(), u"/bytes/10"_s);
        QCOMPARE(outcome.status, 503);
        QCOMPARE(outcome.error, QNetworkReply::ServiceUnavailableError);
        QCOMPARE(QJsonDocument::fromJson(outcome.body).object().value(u"code"_s).toString(), u"unavailable"_s);
        const int seconds = outcome.retryAfter.toInt();
        QVERIFY2(seconds >= 1 && seconds <= 3, outcome.retryAfter.constData());
        retryAfters.insert(outcome.retryAfter);
    }
    QVERIFY(retryAfters.size() > 1);
    QCOMPARE(m_proxy->counters().injected503, 12);
    // Connection: close on every answer, so every request came on its own connection.
    QCOMPARE(m_proxy->counters().connections, 12);
    QCOMPARE(m_server->requests(), 0);
}

void TestFaultProxy::decidesPerRequestOnAKeepAliveConnection()
{
    QCOMPARE(fetch(*m_network, m_proxy->url(), u"/bytes/10"_s).status, 200);
    m_proxy->setFaults({.error503 = 1});
    QCOMPARE(fetch(*m_network, m_proxy->url(), u"/bytes/10"_s).status, 503);
    // The same connection carried both; only the first reached the server.
    QCOMPARE(m_proxy->counters().connections, 1);
    QCOMPARE(m_server->requests(), 1);

    m_proxy->setFaults({.dropMidResponse = 1});
    QVERIFY(fetch(*m_network, m_proxy->url(), u"/bytes/10"_s).cutShort());
    m_proxy->setFaults({});
    QCOMPARE(fetch(*m_network, m_proxy->url(), u"/bytes/10"_s).status, 200);
}

QList<QString> TestFaultProxy::runWithSeed(quint64 seed, FaultProxy::Counters *counters)
{
    HttpTestServer server;
    if (!server.listen())
        return {};
    FaultProxy proxy(server.port());
    proxy.setSeed(seed);
    proxy.setFaults({.error500 = 0.1, .error503 = 0.1, .dropMidRequest = 0.1, .dropMidResponse = 0.1});
    if (!proxy.listen())
        return {};
    const auto network = directNetwork();
    QList<QString> outcomes;
    for (int i = 0; i < 40; ++i) {
        const Outcome outcome = i % 2 ? fetch(*network, proxy.url(), u"/bytes/%1"_s.arg(i * 1000))
                                      : fetch(*network, proxy.url(), u"/echo"_s, "POST", pattern(i * 1000));
        outcomes << outcome.decision();
    }
    *counters = proxy.counters();
    return outcomes;
}

void TestFaultProxy::sameSeedMakesSameDecisions()
{
    FaultProxy::Counters first;
    FaultProxy::Counters second;
    FaultProxy::Counters other;
    const QList<QString> firstRun = runWithSeed(7, &first);
    const QList<QString> secondRun = runWithSeed(7, &second);
    const QList<QString> otherRun = runWithSeed(8, &other);
    QCOMPARE(firstRun.size(), 40);
    QCOMPARE(secondRun, firstRun);
    QCOMPARE(second.summary(), first.summary());
    QVERIFY(first.faults() > 0);
    QVERIFY(first.faults() < first.requests);
    QVERIFY(otherRun != firstRun);
}

// What the sync tests will do: several workstations, each with its own
// QNetworkAccessManager and one request at a time, through every fault at
// once. Every request ends, and nothing the client could take for a whole
// answer differs from what the server sent.
//
// One request at a time per manager: when a connection fails for good,
// QNetworkAccessManager fails every request queued for that host with it.
void TestFaultProxy::mixedFaultsUnderLoadNeverCorruptAnAnswer()
{
    m_proxy->setSeed(11);
    m_proxy->setFaults({.error500 = 0.1,
                        .error503 = 0.1,
                        .dropMidRequest = 0.1,
                        .dropMidResponse = 0.1,
                        .delay = 0.3,
                        .maxDelayMs = 10});
    constexpr int workstations = 6;
    constexpr int requestsEach = 25;
    QRandomGenerator random(11);
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    for (int i = 0; i < workstations; ++i)
        networks.push_back(directNetwork());
    QHash<QString, int> seen;
    QStringList problems;
    int finished = 0;
    std::function<void(QNetworkAccessManager *, int)> send = [&](QNetworkAccessManager *network, int left) {
        if (left == 0)
            return;
        const QByteArray body = randomBytes(random, random.bounded(0, 200000));
        QNetworkReply *reply = start(*network, m_proxy->url(), u"/echo"_s, "POST", body);
        connect(reply, &QNetworkReply::finished, this, [&, reply, body, network, left] {
            const Outcome outcome = outcomeOf(reply);
            reply->deleteLater();
            ++finished;
            if (outcome.cutShort()) {
                ++seen[outcome.error == QNetworkReply::NoError ? u"cut, reported as success"_s : u"cut"_s];
                if (!body.startsWith(outcome.body))
                    problems << u"a cut answer that is not a prefix of the request's body"_s;
            } else if (outcome.status == 500 || outcome.status == 503) {
                ++seen[QString::number(outcome.status)];
                const QJsonObject problem = QJsonDocument::fromJson(outcome.body).object();
                if (problem.value(u"status"_s).toInt() != outcome.status)
                    problems << u"an injected %1 without its problem"_s.arg(outcome.status);
            } else if (outcome.error == QNetworkReply::NoError && outcome.status == 200) {
                ++seen[u"200"_s];
                if (outcome.body != body)
                    problems << u"%1 bytes answered for %2 sent"_s.arg(outcome.body.size()).arg(body.size());
            } else {
                problems << u"unexpected: status %1, error %2"_s.arg(outcome.status).arg(outcome.error);
            }
            send(network, left - 1);
        });
    };
    for (const auto &network : networks)
        send(network.get(), requestsEach);
    QTRY_COMPARE_WITH_TIMEOUT(finished, workstations * requestsEach, 120000);
    qDebug() << seen;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QVERIFY(seen.value(u"200"_s) > 0);
    QVERIFY(seen.value(u"cut"_s) + seen.value(u"cut, reported as success"_s) > 0);
    const FaultProxy::Counters counters = m_proxy->counters();
    QCOMPARE(seen.value(u"500"_s), counters.injected500);
    QCOMPARE(seen.value(u"503"_s), counters.injected503);
    QVERIFY(counters.injected500 > 0);
    QVERIFY(counters.injected503 > 0);
    QVERIFY(counters.dropsMidRequest > 0);
    QVERIFY(counters.dropsMidResponse > 0);
    QVERIFY(counters.delays > 0);
}

void TestFaultProxy::clientLeavingMidRequestClosesTheTarget()
{
    QTcpSocket client;
    client.setProxy(QNetworkProxy::NoProxy);
    client.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(client.waitForConnected(10000));
    client.write("POST /echo HTTP/1.1\r\nContent-Length: 1000\r\n\r\nonly a part");
    QVERIFY(client.waitForBytesWritten(10000));
    QTRY_COMPARE(m_server->openConnections(), 1);
    client.disconnectFromHost();
    QTRY_COMPARE(m_server->openConnections(), 0);
    QTRY_COMPARE(m_proxy->openConnections(), 0);
    QCOMPARE(m_server->requests(), 0);

    // And in the middle of a large answer, with bytes still queued toward it.
    QTcpSocket reader;
    reader.setProxy(QNetworkProxy::NoProxy);
    reader.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    reader.write("GET /bytes/20000000 HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(reader.bytesAvailable() > 100000);
    reader.abort();
    QTRY_COMPARE(m_server->openConnections(), 0);
    QTRY_COMPARE(m_proxy->openConnections(), 0);
    QCOMPARE(m_server->requests(), 1);
}

void TestFaultProxy::targetDownClosesTheClient()
{
    const quint16 port = unusedPort();
    QVERIFY(port != 0);
    FaultProxy proxy(port);
    QVERIFY(proxy.listen().hasValue());
    const Outcome outcome = fetch(*m_network, proxy.url(), u"/bytes/10"_s);
    QCOMPARE(outcome.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(proxy.counters().targetUnreachable >= 1);
    QTRY_COMPARE(proxy.openConnections(), 0);

    // The target comes up on that port: the same proxy reaches it.
    HttpTestServer late;
    QVERIFY(late.listen(port));
    QCOMPARE(fetch(*m_network, proxy.url(), u"/bytes/10"_s).status, 200);
    m_network.reset();
    QTRY_COMPARE(proxy.openConnections(), 0);
}

void TestFaultProxy::dropAllConnectionsCutsAndRecovers()
{
    QCOMPARE(fetch(*m_network, m_proxy->url(), u"/bytes/10"_s).status, 200);
    QCOMPARE(m_proxy->openConnections(), 1);
    m_proxy->dropAllConnections();
    QCOMPARE(m_proxy->openConnections(), 0);
    QTRY_COMPARE(m_server->openConnections(), 0);
    QCOMPARE(fetch(*m_network, m_proxy->url(), u"/bytes/10"_s).status, 200);
    QCOMPARE(m_proxy->counters().connections, 2);
}

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "test_fault_proxy.moc"
