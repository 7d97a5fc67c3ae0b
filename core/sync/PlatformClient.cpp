#include "PlatformClient.h"

#include "common/LogCategories.h"
#include "keys/SecureBytes.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// Retry-After is seconds or an HTTP date (RFC 9110, 10.2.3).
std::chrono::milliseconds retryAfterOf(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return std::chrono::milliseconds::zero();
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return std::chrono::seconds(std::clamp<qint64>(seconds, 0, 3600));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return std::chrono::milliseconds::zero();
    return std::chrono::milliseconds(
        std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, qint64(3600) * 1000));
}

PlatformFailure malformed(const Error &error)
{
    return PlatformFailure{PlatformFailure::Kind::Malformed, 0, u"malformed"_s, error.message, {}};
}

// An answer that is not what the contract says, refused and logged.
PlatformFailure refusedAsMalformed(const Error &error)
{
    qCWarning(lcSync) << "refused a malformed answer from the platform:" << error.message;
    return malformed(error);
}

// Decodes a success; anything else passes the failure through.
template<typename T, typename Decoder>
PlatformResult<T> decoded(const auto &response, Decoder decode)
{
    if (response.failure)
        return *response.failure;
    Expected<T> value = decode(response.body);
    if (!value)
        return refusedAsMalformed(value.error());
    return std::move(value).value();
}

// The next page's cursor as announced ahead of the body
// (protocol::nextCursorHeader): nullopt when there is no header, an error
// when it is no cursor after `after`.
Expected<std::optional<qint64>> announcedCursor(const QByteArray &header, qint64 after)
{
    if (header.isEmpty())
        return std::optional<qint64>();
    bool number = false;
    const qint64 next = header.toLongLong(&number);
    if (!number || next <= after)
        return Error::make(
            ErrorCode::InvalidArgument,
            u"%1 %2 is no cursor after %3"_s
                .arg(QString::fromLatin1(protocol::nextCursorHeader), QString::fromLatin1(header.left(40)))
                .arg(after));
    return std::optional<qint64>(next);
}

// A page whose next cursor was announced must say the same in its body.
PlatformResult<protocol::ChangesPage> agreeingWith(std::optional<qint64> announced,
                                                   PlatformResult<protocol::ChangesPage> page)
{
    const auto *read = std::get_if<protocol::ChangesPage>(&page);
    if (!read || !announced || (read->hasMore && read->next == *announced))
        return page;
    return refusedAsMalformed(
        Error::make(ErrorCode::InvalidArgument,
                    u"the page's %1 was %2, its body says %3"_s.arg(QString::fromLatin1(protocol::nextCursorHeader))
                        .arg(*announced)
                        .arg(read->hasMore ? QString::number(read->next) : u"it is the last"_s)));
}

PlatformResult<PlatformClient::DocumentProgress> documentProgress(const QByteArray &body)
{
    const Expected<protocol::DocumentProgress> progress = protocol::decodeDocumentProgress(body);
    if (!progress)
        return malformed(progress.error());
    return PlatformClient::DocumentProgress{progress->size, progress->received, progress->complete};
}

} // namespace

bool PlatformFailure::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Server || kind == Kind::Unavailable;
}

QString platformFailureKindName(PlatformFailure::Kind kind)
{
    switch (kind) {
    case PlatformFailure::Kind::Network: return u"network"_s;
    case PlatformFailure::Kind::Server: return u"server"_s;
    case PlatformFailure::Kind::Unavailable: return u"unavailable"_s;
    case PlatformFailure::Kind::Unauthorized: return u"unauthorized"_s;
    case PlatformFailure::Kind::TokenExpired: return u"token-expired"_s;
    case PlatformFailure::Kind::Refused: return u"refused"_s;
    case PlatformFailure::Kind::Malformed: return u"malformed"_s;
    }
    return QString();
}

PlatformClient::PlatformClient(Options options, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_tls(tlsConfiguration(m_options.trust)), m_network(network)
{ }

QSslConfiguration PlatformClient::tlsConfiguration(const PlatformTrust &trust)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!trust.extraCaCertificates.isEmpty())
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + trust.extraCaCertificates);
    return tls;
}

Expected<void> PlatformClient::checkTransport(const QUrl &url, bool allowInsecureHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("PlatformClient", "\"%1\" is not a platform address.").arg(url.toString()));
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() != u"http")
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("PlatformClient", "The platform address must use https: %1")
                               .arg(url.toString()));
    const QHostAddress address(url.host());
    const bool loopback = url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
    if (loopback || allowInsecureHttp)
        return {};
    return Error::make(ErrorCode::InvalidArgument,
                       QCoreApplication::translate("PlatformClient",
                                                   "Refusing plain HTTP to %1: personal data must travel encrypted. "
                                                   "Use https, or allow plain HTTP explicitly for a test network.")
                           .arg(url.host()));
}

QNetworkReply *PlatformClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                    const QByteArray &contentType, std::function<void(Response)> done)
{
    if (auto transport = checkTransport(m_options.baseUrl, m_options.allowInsecureHttp); !transport) {
        // Answered later, like every other request: callers wait in an event
        // loop they start after the call.
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done), message = transport.error().message] {
                done(Response{
                    0, {}, PlatformFailure{PlatformFailure::Kind::Refused, 0, u"insecure"_s, message, {}}, {}});
            },
            Qt::QueuedConnection);
        return nullptr;
    }
    QUrl url = m_options.baseUrl;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_options.timeout.count()));
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (url.scheme() == u"https")
        request.setSslConfiguration(m_tls);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    auto outcome = std::make_shared<ReplyOutcome>();
    // A hostile or broken platform must not make us buffer gigabytes.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, outcome](qint64 received, qint64) {
        if (received > protocol::maximumBodySize && !outcome->oversized) {
            outcome->oversized = true;
            reply->abort();
        }
    });
    // Never ignored: Qt then refuses the handshake, before any byte of the
    // request (its bearer token included) is sent.
    connect(reply, &QNetworkReply::sslErrors, reply,
            [outcome](const QList<QSslError> &errors) { outcome->errors << errors; });
    // After the handshake and before the request: Qt delivers encrypted()
    // blocking, so aborting here sends nothing to a platform that presents
    // another certificate than the pinned one.
    if (m_options.trust.isPinned()) {
        connect(reply, &QNetworkReply::encrypted, reply, [this, reply, outcome] {
            if (m_options.trust.matchesPin(reply->sslConfiguration().peerCertificate()))
                return;
            outcome->pinMismatch = true;
            reply->abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, outcome, done = std::move(done)] {
        reply->deleteLater();
        done(responseOf(reply, *outcome));
    });
    return reply;
}

PlatformClient::Response PlatformClient::responseOf(QNetworkReply *reply, const ReplyOutcome &outcome) const
{
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A certificate refused is no outage to wait out: it asks for IT staff.
    if (outcome.pinMismatch) {
        response.failure = PlatformFailure{
            PlatformFailure::Kind::Refused,
            0,
            u"tls-pin-mismatch"_s,
            QCoreApplication::translate("PlatformClient",
                                        "The connection to the platform at %1 was refused: its certificate is not "
                                        "the pinned one. Nothing was sent. If the platform's certificate was "
                                        "renewed, update the pin.")
                .arg(m_options.baseUrl.host()),
            {}};
        qCWarning(lcSync) << "refused the platform: its certificate does not match the pin";
        return response;
    }
    if (!outcome.errors.isEmpty()) {
        response.failure = PlatformFailure{PlatformFailure::Kind::Refused,
                                           0,
                                           u"tls-untrusted"_s,
                                           describeTlsErrors(outcome.errors, m_options.baseUrl.host()),
                                           {}};
        qCWarning(lcSync) << "refused the platform's certificate:" << response.failure->message;
        return response;
    }
    if (outcome.oversized) {
        response.failure = PlatformFailure{PlatformFailure::Kind::Malformed,
                                           response.status,
                                           u"too-large"_s,
                                           u"the answer is larger than %1 bytes"_s.arg(protocol::maximumBodySize),
                                           {}};
        qCWarning(lcSync) << "refused an oversized answer from the platform";
        return response;
    }
    response.body = reply->readAll();
    response.nextCursor = reply->rawHeader(protocol::nextCursorHeader);
    // Qt 6.4 sometimes reports a response cut off mid-body as a success with
    // a short body; that is a dropped connection, to be retried.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (response.status != 0 && length.isValid() && response.body.size() < length.toLongLong()) {
        response.failure = PlatformFailure{
            PlatformFailure::Kind::Network,
            response.status,
            u"truncated"_s,
            u"the answer was cut off after %1 of %2 bytes"_s.arg(response.body.size()).arg(length.toLongLong()),
            {}};
        return response;
    }
    if (response.status == 0) {
        response.failure = PlatformFailure{PlatformFailure::Kind::Network, 0, u"network"_s, reply->errorString(), {}};
        return response;
    }
    if (response.status >= 200 && response.status < 300 && reply->error() == QNetworkReply::NoError)
        return response;
    const protocol::Problem problem = protocol::decodeProblem(response.status, response.body);
    PlatformFailure failure{PlatformFailure::Kind::Refused, response.status, problem.code,
                            problem.title.isEmpty() ? reply->errorString() : problem.title, retryAfterOf(reply)};
    if (response.status == 401)
        failure.kind = problem.code == u"token-expired" ? PlatformFailure::Kind::TokenExpired
                                                        : PlatformFailure::Kind::Unauthorized;
    else if (response.status == 429 || response.status == 503)
        failure.kind = PlatformFailure::Kind::Unavailable;
    else if (response.status >= 500)
        failure.kind = PlatformFailure::Kind::Server;
    else if (response.status >= 200 && response.status < 300)
        failure.kind = PlatformFailure::Kind::Network; // a 2xx whose transfer broke off
    response.failure = failure;
    qCInfo(lcSync) << "platform answered" << response.status << problem.code;
    return response;
}

void PlatformClient::health(std::function<void(PlatformResult<QJsonObject>)> done)
{
    send("GET", u"/api/v1/health"_s, {}, {}, [done = std::move(done)](Response response) {
        done(decoded<QJsonObject>(response, [](const QByteArray &body) -> Expected<QJsonObject> {
            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (!document.isObject() || document.object().value(u"status"_s).toString() != u"ok")
                return Error::make(ErrorCode::InvalidArgument, u"the health answer is not {\"status\": \"ok\"}"_s);
            return document.object();
        }));
    });
}

void PlatformClient::fetchCalendar(int year, std::function<void(PlatformResult<std::optional<PublishedCalendar>>)> done)
{
    send("GET", u"/api/v1/calendars/%1"_s.arg(year), {}, {}, [year, done = std::move(done)](Response response) {
        if (response.failure && response.failure->httpStatus == 404) {
            done(std::optional<PublishedCalendar>());
            return;
        }
        done(decoded<std::optional<PublishedCalendar>>(
            response, [year](const QByteArray &body) -> Expected<std::optional<PublishedCalendar>> {
                auto calendar = PublishedCalendar::fromJson(body, u"calendars/%1"_s.arg(year));
                if (!calendar)
                    return calendar.error();
                if (calendar->year.year != year)
                    return Error::make(
                        ErrorCode::InvalidArgument,
                        u"asked for the calendar of %1, the platform sent %2"_s.arg(year).arg(calendar->year.year));
                return std::optional<PublishedCalendar>(std::move(calendar).value());
            }));
    });
}

void PlatformClient::login(const QString &user, const QString &password, const QString &workstationId,
                           const QString &oneTimeCode, std::function<void(PlatformResult<protocol::LoginResult>)> done)
{
    // The password goes into wiped memory only (not through QJsonObject,
    // which would keep copies nobody can wipe); the request reads it from
    // there (fromRawData: no copy of ours), and it is wiped once the reply
    // is gone. Qt's network thread copies what it sends; that copy is beyond
    // our reach.
    QJsonObject known{{u"username"_s, user}, {u"workstationId"_s, workstationId}};
    if (!oneTimeCode.isEmpty())
        known.insert(u"oneTimeCode"_s, oneTimeCode);
    QByteArray head = QJsonDocument(known).toJson(QJsonDocument::Compact);
    head.chop(1); // the closing brace
    head += ",\"password\":";
    auto body = std::make_shared<SecureBytes>(jsonStringBetween(head, password, "}"));
    QNetworkReply *reply =
        send("POST", u"/api/v1/auth/login"_s, QByteArray::fromRawData(body->constChar(), qsizetype(body->size())),
             "application/json", [body, done = std::move(done)](Response response) {
                 done(decoded<protocol::LoginResult>(response, protocol::decodeLoginResult));
             });
    // The reply reads the bytes until it is gone, even if this client goes first.
    if (reply)
        connect(reply, &QObject::destroyed, reply, [body] {});
}

void PlatformClient::refresh(const QString &refreshToken,
                             std::function<void(PlatformResult<protocol::LoginResult>)> done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"refreshToken"_s, refreshToken}}).toJson(QJsonDocument::Compact);
    send("POST", u"/api/v1/auth/refresh"_s, body, "application/json", [done = std::move(done)](Response response) {
        done(decoded<protocol::LoginResult>(response, protocol::decodeLoginResult));
    });
}

void PlatformClient::logout(const QString &token, std::function<void(PlatformResult<bool>)> done)
{
    // send() builds the request at once: the session's token goes into this
    // one request only.
    const QString own = std::exchange(m_token, token);
    send("POST", u"/api/v1/auth/logout"_s, {}, {}, [done = std::move(done)](Response response) {
        done(decoded<bool>(response, [](const QByteArray &) -> Expected<bool> { return true; }));
    });
    m_token = own;
}

void PlatformClient::pushOps(const QString &hallId, const protocol::OpBatch &batch,
                             std::function<void(PlatformResult<QList<protocol::OpResult>>)> done)
{
    send("POST", u"/api/v1/halls/%1/ops"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(hallId))),
         protocol::encode(batch), "application/json", [ops = batch.ops, done = std::move(done)](Response response) {
             done(decoded<QList<protocol::OpResult>>(
                 response, [&ops](const QByteArray &body) { return protocol::decodeOpResults(body, ops); }));
         });
}

void PlatformClient::pullChanges(const QString &hallId, qint64 after, int limit,
                                 std::function<void(qint64 next)> nextAnnounced,
                                 std::function<void(PlatformResult<protocol::ChangesPage>)> done)
{
    send("GET",
         u"/api/v1/halls/%1/changes?after=%2&limit=%3"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(hallId)))
             .arg(after)
             .arg(limit),
         {}, {}, [this, after, nextAnnounced = std::move(nextAnnounced), done = std::move(done)](Response response) {
             if (response.failure)
                 return done(*response.failure);
             const auto announced = announcedCursor(response.nextCursor, after);
             if (!announced)
                 return done(refusedAsMalformed(announced.error()));
             // A page is hundreds of cases: it is decoded on a pool thread
             // while this thread writes the page before it into the vault.
             // The answer comes back to this thread through a watcher, which
             // goes with the client: a page decoded after that is dropped.
             using Page = PlatformResult<protocol::ChangesPage>;
             auto promise = std::make_shared<QPromise<Page>>();
             auto *watcher = new QFutureWatcher<Page>(this);
             connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
                 watcher->deleteLater();
                 done(watcher->result());
             });
             watcher->setFuture(promise->future());
             promise->start();
             QThreadPool::globalInstance()->start([promise, response = std::move(response), after, next = *announced] {
                 auto page = decoded<protocol::ChangesPage>(
                     response, [after](const QByteArray &body) { return protocol::decodeChangesPage(body, after); });
                 promise->addResult(agreeingWith(next, std::move(page)));
                 promise->finish();
             });
             if (*announced && nextAnnounced)
                 nextAnnounced(**announced);
         });
}

void PlatformClient::reserveReceiptBlock(const QString &hallId, const QString &workstationId, int size,
                                         std::function<void(PlatformResult<protocol::ReceiptBlock>)> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"workstationId"_s, workstationId}, {u"size"_s, size}})
                                .toJson(QJsonDocument::Compact);
    send("POST", u"/api/v1/halls/%1/receipt-blocks"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(hallId))), body,
         "application/json", [done = std::move(done)](Response response) {
             done(decoded<protocol::ReceiptBlock>(response, protocol::decodeReceiptBlock));
         });
}

void PlatformClient::announceDocument(const QString &sha256, qint64 size, const QString &mediaType,
                                      std::function<void(PlatformResult<DocumentProgress>)> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"size"_s, double(size)}, {u"mediaType"_s, mediaType}})
                                .toJson(QJsonDocument::Compact);
    send("PUT", u"/api/v1/documents/%1"_s.arg(sha256), body, "application/json",
         [done = std::move(done)](Response response) {
             if (response.failure)
                 done(*response.failure);
             else
                 done(documentProgress(response.body));
         });
}

void PlatformClient::uploadDocumentChunk(const QString &sha256, qint64 offset, const QByteArray &bytes,
                                         std::function<void(PlatformResult<DocumentProgress>)> done)
{
    send("PUT", u"/api/v1/documents/%1/content?offset=%2"_s.arg(sha256).arg(offset), bytes, "application/octet-stream",
         [done = std::move(done)](Response response) {
             // 409: the platform has another offset; its problem says which.
             if (response.failure && response.status == 409) {
                 auto progress = documentProgress(response.body);
                 if (std::holds_alternative<DocumentProgress>(progress)) {
                     done(progress);
                     return;
                 }
             }
             if (response.failure)
                 done(*response.failure);
             else
                 done(documentProgress(response.body));
         });
}

} // namespace casedesk
