#include "FaultProxy.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QQueue>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <array>
#include <deque>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace casedesk::test {

namespace {

Q_LOGGING_CATEGORY(lcFaultProxy, "casedesk.test.faultproxy")

// Reading stops while this much waits to be written on the other side, so a
// slow reader holds a fast writer back instead of filling memory.
constexpr qint64 kHighWater = 1024 * 1024;
constexpr qint64 kReadBufferSize = 256 * 1024;
constexpr qint64 kChunkSize = 64 * 1024;
// Heads and chunk lines longer than these are not HTTP we need to follow.
constexpr qsizetype kMaxHeadSize = 64 * 1024;
constexpr qsizetype kMaxLineSize = 4096;

// Where each HTTP/1.1 message ends in a byte stream (RFC 9112, 6.3), so that
// faults can be decided per request. It only reads; on anything it cannot
// follow it turns opaque and the rest of the stream is one endless message.
class MessageFramer
{
public:
    enum class Side { Requests, Responses };
    struct Step {
        qsizetype consumed = 0;
        bool headParsed = false; // the message's head was completed in this step
        bool ended = false; // the message ended with the last consumed byte
    };

    explicit MessageFramer(Side side) : m_side(side) { }

    // Line breaks between messages start none (RFC 9112, 2.2).
    bool startsMessage(char c) const { return m_state == State::Idle && c != '\r' && c != '\n'; }
    bool isOpaque() const { return m_state == State::Opaque; }
    // The method of the last request head, for the responses' framer: a
    // response to HEAD has no body whatever its headers say.
    QByteArray method() const { return m_method; }
    void expectResponseTo(const QByteArray &method) { m_methods.enqueue(method); }
    // Whether the message that just ended was an interim (1xx) response.
    bool endedInterim() const { return m_interim; }

    // Consumes bytes of the current message, stopping at its end.
    Step feed(QByteArrayView data);
    // The stream closed; true if that ended a body delimited by the close.
    bool finish();

private:
    enum class State { Idle, Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers, UntilClose, Opaque };

    void parseHead(Step &step);
    void parseRequestHead(Step &step, qint64 contentLength, bool lengthValid, const QByteArray &transferEncoding);
    void parseResponseHead(Step &step, qint64 contentLength, bool lengthValid, const QByteArray &transferEncoding);
    void lineEnded(Step &step);
    void end(Step &step)
    {
        m_state = State::Idle;
        step.ended = true;
    }

    Side m_side;
    State m_state = State::Idle;
    QByteArray m_head;
    QByteArray m_line;
    qint64 m_remaining = 0;
    QByteArray m_method;
    QQueue<QByteArray> m_methods;
    bool m_interim = false;
};

MessageFramer::Step MessageFramer::feed(QByteArrayView data)
{
    Step step;
    qsizetype pos = 0;
    while (pos < data.size() && !step.ended) {
        const QByteArrayView rest = data.sliced(pos);
        switch (m_state) {
        case State::Idle:
            if (!startsMessage(rest.front())) {
                ++pos;
                break;
            }
            // A message starts; the caller sees its first byte before it is consumed.
            if (pos > 0) {
                step.consumed = pos;
                return step;
            }
            m_state = State::Head;
            m_head.clear();
            m_interim = false;
            break;
        case State::Head: {
            const qsizetype before = m_head.size();
            m_head.append(rest);
            const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                pos = data.size();
                if (m_head.size() > kMaxHeadSize)
                    m_state = State::Opaque;
                break;
            }
            m_head.truncate(end + 4);
            pos += m_head.size() - before;
            step.headParsed = true;
            parseHead(step);
            break;
        }
        case State::FixedBody:
        case State::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, rest.size());
            pos += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                if (m_state == State::FixedBody)
                    end(step);
                else
                    m_state = State::ChunkDataEnd;
            }
            break;
        }
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailers: {
            const qsizetype newline = rest.indexOf('\n');
            const qsizetype take = newline < 0 ? rest.size() : newline + 1;
            m_line.append(rest.first(take));
            pos += take;
            if (newline >= 0) {
                lineEnded(step);
                m_line.clear();
            } else if (m_line.size() > kMaxLineSize) {
                m_state = State::Opaque;
            }
            break;
        }
        case State::UntilClose:
        case State::Opaque: pos = data.size(); break;
        }
    }
    step.consumed = pos;
    return step;
}

bool MessageFramer::finish()
{
    if (m_state != State::UntilClose)
        return false;
    m_state = State::Idle;
    return true;
}

void MessageFramer::parseHead(Step &step)
{
    const QList<QByteArray> lines = m_head.split('\n');
    qint64 contentLength = -1;
    bool lengthValid = true;
    QByteArray transferEncoding;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (contentLength >= 0 && length != contentLength))
                lengthValid = false;
            else
                contentLength = length;
        } else if (name == "transfer-encoding") {
            transferEncoding = value.toLower();
        }
    }
    if (m_side == Side::Requests)
        parseRequestHead(step, contentLength, lengthValid, transferEncoding);
    else
        parseResponseHead(step, contentLength, lengthValid, transferEncoding);
}

bool isChunked(const QByteArray &transferEncoding)
{
    return !transferEncoding.isEmpty() && transferEncoding.split(',').constLast().trimmed() == "chunked";
}

void MessageFramer::parseRequestHead(Step &step, qint64 contentLength, bool lengthValid,
                                     const QByteArray &transferEncoding)
{
    m_method = m_head.first(m_head.indexOf("\r\n")).split(' ').value(0);
    // A request body is chunked or has a length, else it is empty (RFC 9112, 6.3).
    if (!lengthValid || (!transferEncoding.isEmpty() && !isChunked(transferEncoding)) || m_method == "CONNECT")
        m_state = State::Opaque;
    else if (isChunked(transferEncoding))
        m_state = State::ChunkSize;
    else if (contentLength > 0) {
        m_state = State::FixedBody;
        m_remaining = contentLength;
    } else {
        end(step);
    }
}

void MessageFramer::parseResponseHead(Step &step, qint64 contentLength, bool lengthValid,
                                      const QByteArray &transferEncoding)
{
    const QList<QByteArray> statusLine = m_head.first(m_head.indexOf("\r\n")).split(' ');
    bool ok = false;
    const int status = statusLine.value(1).toInt(&ok);
    if (!ok || !statusLine.value(0).startsWith("HTTP/1.") || status == 101) {
        // 101: the connection now speaks another protocol.
        m_state = State::Opaque;
        return;
    }
    if (status < 200) {
        m_interim = true;
        end(step);
        return;
    }
    const QByteArray method = m_methods.isEmpty() ? QByteArray() : m_methods.dequeue();
    if (method == "HEAD" || status == 204 || status == 304)
        end(step);
    else if (isChunked(transferEncoding))
        m_state = State::ChunkSize;
    else if (!transferEncoding.isEmpty())
        m_state = State::UntilClose;
    else if (!lengthValid)
        m_state = State::Opaque;
    else if (contentLength > 0) {
        m_state = State::FixedBody;
        m_remaining = contentLength;
    } else if (contentLength == 0) {
        end(step);
    } else {
        m_state = State::UntilClose;
    }
}

void MessageFramer::lineEnded(Step &step)
{
    switch (m_state) {
    case State::ChunkSize: {
        QByteArray size = m_line;
        const qsizetype extension = size.indexOf(';');
        if (extension >= 0)
            size.truncate(extension);
        bool ok = false;
        const qint64 length = size.trimmed().toLongLong(&ok, 16);
        if (!ok || length < 0) {
            m_state = State::Opaque;
            return;
        }
        m_remaining = length;
        m_state = length == 0 ? State::Trailers : State::ChunkData;
        return;
    }
    case State::ChunkDataEnd: m_state = State::ChunkSize; return;
    case State::Trailers:
        if (m_line.trimmed().isEmpty())
            end(step);
        return;
    default: return;
    }
}

QRandomGenerator generatorFor(quint64 seed, quint32 connection, quint32 stream)
{
    const std::array<quint32, 4> words{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32), connection,
                                       stream};
    return QRandomGenerator(words.data(), static_cast<qsizetype>(words.size()));
}

// Somewhere strictly inside a message of `size` bytes, so the peer gets a
// part of it and never all of it.
qsizetype cutPoint(qsizetype size, double fraction)
{
    if (size < 2)
        return 0;
    return 1 + std::min(size - 2, static_cast<qsizetype>(fraction * static_cast<double>(size - 1)));
}

// A problem (RFC 9457) as the platform would send it (docs/platform-api.md).
QByteArray problemResponse(int status, int retryAfterSeconds)
{
    const bool internal = status == 500;
    const QString code = internal ? u"internal"_s : u"unavailable"_s;
    const QJsonObject problem{
        {u"type"_s, u"https://casedesk.example.org/problems/"_s + code},
        {u"title"_s,
         internal ? u"Internal error (injected by the test fault proxy)"_s
                  : u"Service unavailable (injected by the test fault proxy)"_s},
        {u"status"_s, status},
        {u"code"_s, code},
    };
    const QByteArray body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status)
        + (internal ? " Internal Server Error\r\n" : " Service Unavailable\r\n");
    response += "Content-Type: application/problem+json\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!internal)
        response += "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n";
    response += "X-Fault-Proxy: injected\r\n";
    response += "Connection: close\r\n\r\n";
    return response + body;
}

} // namespace

// One client connection and, from its first forwarded request on, the
// connection to the target that carries it.
class FaultProxy::Link final : public QObject
{
public:
    Link(FaultProxy *proxy, QTcpSocket *client, quint32 number);

    void start();
    // Both sides closed now, nothing flushed.
    void cut();

private:
    enum class Fault { None, Error500, Error503, DropMidRequest, DropMidResponse };

    // One direction. Bytes wait in the queue behind a delay, or until the
    // target has connected.
    struct Pipe {
        QTcpSocket *to = nullptr;
        QByteArray queue;
        bool held = false;
        bool closeWhenFlushed = false;
    };

    void connectTarget();
    void pumpFromClient();
    void pumpFromTarget();
    void fromClient(QByteArrayView bytes);
    void fromTarget(QByteArrayView bytes);
    void beginRequest();
    Fault drawFault();
    void responseEnded();
    void clientEnded();
    void targetEnded();
    void targetFailed();
    void answerIfDue();
    void answer();
    void cutRequest();
    void cutResponse();
    void forward(Pipe &pipe, QByteArrayView bytes);
    void send(Pipe &pipe, QByteArrayView bytes);
    void flush(Pipe &pipe);
    qint64 backlog(const Pipe &pipe) const;
    void discard(QTcpSocket *socket);
    void finishIfClosed();
    bool injecting() const { return m_fault == Fault::Error500 || m_fault == Fault::Error503; }
    Counters &counters() { return m_proxy->m_counters; }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_target = nullptr;
    quint32 m_number;
    int m_requestNumber = 0;
    // Decisions and timing draw apart: how TCP happens to chunk the bytes
    // changes the delays drawn, never which request fails.
    QRandomGenerator m_decisions;
    QRandomGenerator m_timing;
    MessageFramer m_requests{MessageFramer::Side::Requests};
    MessageFramer m_responses{MessageFramer::Side::Responses};
    Pipe m_up; // client to target
    Pipe m_down; // target to client

    // The request being read: its fault and what was drawn with it.
    Fault m_fault = Fault::None;
    double m_fraction = 0;
    int m_retryAfter = 1;
    QByteArray m_heldRequest;
    bool m_requestComplete = false;

    // One entry per forwarded request, in order: where to cut its response, if at all.
    std::deque<std::optional<double>> m_responseCuts;
    int m_unanswered = 0;
    bool m_cuttingResponse = false;
    double m_responseFraction = 0;
    QByteArray m_heldResponse;

    bool m_clientClosed = false;
    bool m_clientDrained = false;
    bool m_targetConnected = false;
    bool m_targetClosed = false;
    bool m_targetDrained = false;
    // Forwarding is over (a fault struck or one side went away); what is
    // queued is flushed and the rest dropped.
    bool m_finishing = false;
    bool m_done = false;
};

FaultProxy::Link::Link(FaultProxy *proxy, QTcpSocket *client, quint32 number)
    : QObject(proxy),
      m_proxy(proxy),
      m_client(client),
      m_number(number),
      m_decisions(generatorFor(proxy->m_seed, number, 0)),
      m_timing(generatorFor(proxy->m_seed, number, 1))
{
    m_client->setParent(this);
    m_client->setReadBufferSize(kReadBufferSize);
    m_down.to = m_client;
    connect(m_client, &QTcpSocket::readyRead, this, &Link::pumpFromClient);
    connect(m_client, &QTcpSocket::bytesWritten, this, &Link::pumpFromTarget);
    connect(m_client, &QTcpSocket::disconnected, this, [this] {
        m_clientClosed = true;
        pumpFromClient();
    });
}

void FaultProxy::Link::start()
{
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_client->state() != QAbstractSocket::ConnectedState)
        m_clientClosed = true;
    pumpFromClient();
}

void FaultProxy::Link::cut()
{
    m_finishing = true;
    discard(m_client);
    if (m_target)
        discard(m_target);
    finishIfClosed();
}

void FaultProxy::Link::connectTarget()
{
    m_target = new QTcpSocket(this);
    m_target->setReadBufferSize(kReadBufferSize);
    m_up.to = m_target;
    connect(m_target, &QTcpSocket::connected, this, [this] {
        m_targetConnected = true;
        m_target->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        flush(m_up);
    });
    connect(m_target, &QTcpSocket::readyRead, this, &Link::pumpFromTarget);
    connect(m_target, &QTcpSocket::bytesWritten, this, &Link::pumpFromClient);
    connect(m_target, &QTcpSocket::disconnected, this, [this] {
        m_targetClosed = true;
        pumpFromTarget();
    });
    // A socket that never connected emits no disconnected(), only the error.
    connect(m_target, &QTcpSocket::errorOccurred, this, [this] {
        if (!m_targetConnected && !m_targetClosed)
            targetFailed();
    });
    m_target->connectToHost(QHostAddress(QHostAddress::LocalHost), m_proxy->m_targetPort);
}

void FaultProxy::Link::pumpFromClient()
{
    while (!m_clientDrained && m_client->bytesAvailable() > 0 && backlog(m_up) < kHighWater)
        fromClient(m_client->read(kChunkSize));
    if (m_clientClosed && !m_clientDrained && m_client->bytesAvailable() == 0) {
        m_clientDrained = true;
        clientEnded();
    }
    finishIfClosed();
}

void FaultProxy::Link::pumpFromTarget()
{
    if (m_target) {
        while (!m_targetDrained && m_target->bytesAvailable() > 0 && backlog(m_down) < kHighWater)
            fromTarget(m_target->read(kChunkSize));
        if (m_targetClosed && !m_targetDrained && m_target->bytesAvailable() == 0) {
            m_targetDrained = true;
            targetEnded();
        }
    }
    finishIfClosed();
}

void FaultProxy::Link::fromClient(QByteArrayView bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size() && !m_finishing) {
        // Waiting to answer in place of the target: the connection ends with
        // that answer, so requests pipelined behind it go nowhere.
        if (injecting() && m_requestComplete)
            return;
        if (m_requests.startsMessage(bytes[pos]))
            beginRequest();
        const MessageFramer::Step step = m_requests.feed(bytes.sliced(pos));
        const QByteArrayView part = bytes.sliced(pos, step.consumed);
        pos += step.consumed;
        const bool ended = step.ended || m_requests.isOpaque();
        switch (m_fault) {
        case Fault::None:
        case Fault::DropMidResponse:
            if (step.headParsed)
                m_responses.expectResponseTo(m_requests.method());
            forward(m_up, part);
            break;
        case Fault::DropMidRequest:
            m_heldRequest.append(part);
            if (ended)
                cutRequest();
            break;
        case Fault::Error500:
        case Fault::Error503:
            // Read to its end, as a server would before answering, and dropped:
            // closing on unread bytes would reset the connection under the answer.
            if (ended) {
                m_requestComplete = true;
                answerIfDue();
            }
            break;
        }
    }
}

void FaultProxy::Link::fromTarget(QByteArrayView bytes)
{
    qsizetype pos = 0;
    while (pos < bytes.size() && !m_finishing) {
        if (m_responses.startsMessage(bytes[pos]) && !m_cuttingResponse && !m_responseCuts.empty()
            && m_responseCuts.front()) {
            m_cuttingResponse = true;
            m_responseFraction = *m_responseCuts.front();
            m_heldResponse.clear();
        }
        const MessageFramer::Step step = m_responses.feed(bytes.sliced(pos));
        const QByteArrayView part = bytes.sliced(pos, step.consumed);
        pos += step.consumed;
        if (m_cuttingResponse)
            m_heldResponse.append(part);
        else
            forward(m_down, part);
        if (step.ended && !m_responses.endedInterim())
            responseEnded();
    }
}

void FaultProxy::Link::beginRequest()
{
    ++counters().requests;
    ++m_requestNumber;
    m_fault = drawFault();
    switch (m_fault) {
    case Fault::None:
        m_responseCuts.emplace_back(std::nullopt);
        ++m_unanswered;
        break;
    case Fault::DropMidResponse:
        m_responseCuts.emplace_back(m_fraction);
        ++m_unanswered;
        break;
    case Fault::DropMidRequest: m_heldRequest.clear(); break;
    case Fault::Error500:
    case Fault::Error503: m_requestComplete = false; break;
    }
}

FaultProxy::Link::Fault FaultProxy::Link::drawFault()
{
    if (!m_proxy->m_enabled)
        return Fault::None;
    // Every request draws the same numbers whichever fault hits, so that a
    // seed replays a run request by request.
    std::array<double, 4> rolls{};
    for (double &roll : rolls)
        roll = m_decisions.generateDouble();
    m_fraction = m_decisions.generateDouble();
    m_retryAfter = m_decisions.bounded(1, 4);
    const Faults &faults = m_proxy->m_faults;
    if (rolls[0] < faults.error500)
        return Fault::Error500;
    if (rolls[1] < faults.error503)
        return Fault::Error503;
    if (rolls[2] < faults.dropMidRequest)
        return Fault::DropMidRequest;
    if (rolls[3] < faults.dropMidResponse)
        return Fault::DropMidResponse;
    return Fault::None;
}

void FaultProxy::Link::responseEnded()
{
    if (!m_responseCuts.empty())
        m_responseCuts.pop_front();
    m_unanswered = std::max(0, m_unanswered - 1);
    if (m_cuttingResponse)
        cutResponse();
    else
        answerIfDue();
}

void FaultProxy::Link::clientEnded()
{
    if (m_finishing)
        return;
    if (m_fault == Fault::DropMidRequest) {
        cutRequest(); // the client left in the middle; cut what came
        return;
    }
    // The client is gone: nobody reads what the target says any more. Pass the
    // close on once what the client sent has reached the target.
    m_finishing = true;
    m_up.closeWhenFlushed = true;
    flush(m_up);
}

void FaultProxy::Link::targetEnded()
{
    if (!m_finishing && m_responses.finish())
        responseEnded(); // a body delimited by the close
    if (m_finishing)
        return;
    if (m_cuttingResponse) {
        cutResponse(); // the target closed first; cut what came
        return;
    }
    m_unanswered = 0; // nothing more will come
    if (injecting()) {
        answerIfDue();
        return;
    }
    m_finishing = true;
    m_down.closeWhenFlushed = true;
    flush(m_down);
}

void FaultProxy::Link::targetFailed()
{
    ++counters().targetUnreachable;
    qCDebug(lcFaultProxy) << "connection" << m_number << "cannot reach the target:" << m_target->errorString();
    m_targetClosed = true;
    m_targetDrained = true;
    m_up.queue.clear();
    targetEnded();
    finishIfClosed();
}

void FaultProxy::Link::answerIfDue()
{
    if (!injecting() || m_finishing || !m_requestComplete)
        return;
    // Answers to earlier requests on this connection come first.
    if (m_unanswered > 0 && !m_targetClosed)
        return;
    answer();
}

void FaultProxy::Link::answer()
{
    const int status = m_fault == Fault::Error500 ? 500 : 503;
    ++(status == 500 ? counters().injected500 : counters().injected503);
    qCDebug(lcFaultProxy) << "connection" << m_number << "request" << m_requestNumber << "answered" << status;
    m_finishing = true;
    if (m_target)
        discard(m_target);
    send(m_down, problemResponse(status, m_retryAfter));
    m_down.closeWhenFlushed = true;
    flush(m_down);
}

void FaultProxy::Link::cutRequest()
{
    ++counters().dropsMidRequest;
    const qsizetype keep = cutPoint(m_heldRequest.size(), m_fraction);
    qCDebug(lcFaultProxy) << "connection" << m_number << "request" << m_requestNumber << "dropped after" << keep << "of"
                          << m_heldRequest.size() << "bytes";
    m_finishing = true;
    discard(m_client);
    forward(m_up, QByteArrayView(m_heldRequest).first(keep));
    m_heldRequest.clear();
    m_up.closeWhenFlushed = true;
    flush(m_up);
}

void FaultProxy::Link::cutResponse()
{
    ++counters().dropsMidResponse;
    const qsizetype keep = cutPoint(m_heldResponse.size(), m_responseFraction);
    qCDebug(lcFaultProxy) << "connection" << m_number << "response dropped after" << keep << "of"
                          << m_heldResponse.size() << "bytes";
    m_cuttingResponse = false;
    m_finishing = true;
    if (m_target)
        discard(m_target);
    forward(m_down, QByteArrayView(m_heldResponse).first(keep));
    m_heldResponse.clear();
    m_down.closeWhenFlushed = true;
    flush(m_down);
}

void FaultProxy::Link::forward(Pipe &pipe, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (&pipe == &m_up) {
        if (!m_target)
            connectTarget();
        counters().bytesToTarget += bytes.size();
    } else {
        counters().bytesToClients += bytes.size();
    }
    send(pipe, bytes);
}

void FaultProxy::Link::send(Pipe &pipe, QByteArrayView bytes)
{
    if (bytes.isEmpty() || !pipe.to)
        return;
    const QAbstractSocket::SocketState state = pipe.to->state();
    if (state == QAbstractSocket::UnconnectedState || state == QAbstractSocket::ClosingState)
        return; // nobody reads them any more
    if (pipe.held || state != QAbstractSocket::ConnectedState || !pipe.queue.isEmpty()) {
        pipe.queue.append(bytes);
        return;
    }
    const Faults &faults = m_proxy->m_faults;
    if (m_proxy->m_enabled && faults.delay > 0 && m_timing.generateDouble() < faults.delay) {
        ++counters().delays;
        pipe.held = true;
        pipe.queue.append(bytes);
        QTimer::singleShot(m_timing.bounded(0, std::max(0, faults.maxDelayMs) + 1), this, [this, &pipe] {
            pipe.held = false;
            flush(pipe);
        });
        return;
    }
    pipe.to->write(bytes.data(), bytes.size());
}

void FaultProxy::Link::flush(Pipe &pipe)
{
    if (pipe.held || !pipe.to || pipe.to->state() != QAbstractSocket::ConnectedState) {
        finishIfClosed();
        return;
    }
    if (!pipe.queue.isEmpty())
        pipe.to->write(std::exchange(pipe.queue, {}));
    if (pipe.closeWhenFlushed) {
        pipe.to->disconnectFromHost(); // after what is buffered has been written
        finishIfClosed();
        return;
    }
    // Room again on this side: read more from the other.
    if (&pipe == &m_up)
        pumpFromClient();
    else
        pumpFromTarget();
}

qint64 FaultProxy::Link::backlog(const Pipe &pipe) const
{
    const bool writing = pipe.to && pipe.to->state() == QAbstractSocket::ConnectedState;
    return pipe.queue.size() + (writing ? pipe.to->bytesToWrite() : 0);
}

void FaultProxy::Link::discard(QTcpSocket *socket)
{
    QObject::disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    if (socket == m_client) {
        m_clientClosed = m_clientDrained = true;
        m_down.queue.clear();
    } else {
        m_targetClosed = m_targetDrained = true;
        m_up.queue.clear();
    }
}

void FaultProxy::Link::finishIfClosed()
{
    if (m_done || !m_clientClosed || (m_target && !m_targetClosed))
        return;
    m_done = true;
    m_proxy->m_links.remove(this);
    deleteLater();
}

QString FaultProxy::Counters::summary() const
{
    return u"%1 connections, %2 requests; injected %3 x 500, %4 x 503; dropped %5 mid-request, %6 mid-response; "
           u"%7 delays; target unreachable %8 times; %9 bytes to the target, %10 to clients"_s.arg(connections)
               .arg(requests)
               .arg(injected500)
               .arg(injected503)
               .arg(dropsMidRequest)
               .arg(dropsMidResponse)
               .arg(delays)
               .arg(targetUnreachable)
               .arg(bytesToTarget)
               .arg(bytesToClients);
}

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_targetPort(targetPort)
{
    // Tests open many connections at once; the default backlog of 50 would
    // make the kernel hold some back for a second.
    m_server->setListenBacklogSize(256);
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    qCDebug(lcFaultProxy).noquote() << "closing:" << m_counters.summary();
}

Expected<quint16> FaultProxy::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return Error::make(ErrorCode::Io,
                           u"the fault proxy cannot listen on port %1: %2"_s.arg(port).arg(m_server->errorString()));
    return m_server->serverPort();
}

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

QUrl FaultProxy::url() const
{
    QUrl address;
    address.setScheme(u"http"_s);
    address.setHost(u"127.0.0.1"_s);
    address.setPort(port());
    return address;
}

void FaultProxy::setSeed(quint64 seed)
{
    m_seed = seed;
    m_nextConnection = 0;
}

void FaultProxy::dropAllConnections()
{
    const QSet<Link *> links = m_links;
    for (Link *link : links)
        link->cut();
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_counters.connections;
        auto *link = new Link(this, client, m_nextConnection++);
        m_links.insert(link);
        link->start();
    }
}

} // namespace casedesk::test
