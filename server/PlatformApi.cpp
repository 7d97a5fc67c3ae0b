#include "PlatformApi.h"

#include "BearerToken.h"
#include "PasswordHash.h"
#include "PlatformLog.h"
#include "PlatformStore.h"
#include "ProtocolDetail.h"
#include "ReferenceData.h"
#include "common/BuildInfo.h"
#include "keys/SecureBytes.h"
#include "security/OneTimeCode.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

using Method = QHttpServerRequest::Method;

constexpr char bearerChallenge[] = "Bearer realm=\"casedesk-platform\"";

ApiResponse badRequest(const QString &detail)
{
    return ApiResponse::problem(400, u"invalid-request"_s, u"The request is malformed"_s, detail);
}

ApiResponse badRequest(const Error &error)
{
    return badRequest(protocolDetail(error));
}

// A 401 names the scheme that gets in (RFC 9110, 15.5.2), whichever code it carries.
ApiResponse unauthorized(const QString &code, const QString &title, const QString &detail)
{
    return ApiResponse::problem(401, code, title, detail).withHeader("WWW-Authenticate", bearerChallenge);
}

ApiResponse unauthorized(const QString &detail)
{
    return unauthorized(u"unauthorized"_s, u"Sign-in required"_s, detail);
}

// Too many wrong passwords or codes in a row for one account (等保 2.0:
// limit failed sign-ins); the client waits, and never falls back to signing
// in offline on this answer.
ApiResponse signInThrottled(std::chrono::seconds wait)
{
    return ApiResponse::problem(
               429, QString(protocol::signInThrottled), u"Too many failed sign-ins"_s,
               u"This account had too many wrong passwords or one-time codes in a row; try again in %1 s."_s.arg(
                   wait.count()))
        .withHeader("Retry-After", QByteArray::number(qint64(wait.count())));
}

ApiResponse notFound(const QString &detail)
{
    return ApiResponse::problem(404, u"not-found"_s, u"Not found"_s, detail);
}

ApiResponse methodNotAllowed(const QByteArray &allow)
{
    return ApiResponse::problem(405, u"invalid-request"_s, u"Method not allowed"_s,
                                u"This resource answers %1 only."_s.arg(QString::fromLatin1(allow)))
        .withHeader("Allow", allow);
}

ApiResponse tooLarge(const QString &detail)
{
    return ApiResponse::problem(413, u"payload-too-large"_s, u"The request is too large"_s, detail);
}

QString timeText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

// A non-negative decimal within JSON's exact integers; nullopt otherwise.
std::optional<qint64> decimal(const QString &text)
{
    if (text.isEmpty() || text.size() > 16
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    return text.toLongLong();
}

// If-None-Match: a list of entity tags, weak or strong, or "*".
bool matchesTag(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || candidate == etag)
            return true;
    }
    return false;
}

ApiResponse published(const QHttpServerRequest &request, const ReferenceData::Published &data)
{
    if (matchesTag(request.value("If-None-Match"), data.etag))
        return ApiResponse::empty(304).withHeader("ETag", data.etag);
    return ApiResponse::json(200, data.bytes).withHeader("ETag", data.etag);
}

struct IssuedTokens {
    QString token;
    QString refreshToken;
    NewSession session;
};

Expected<IssuedTokens> newTokens(const PlatformOptions &options, const QString &userId, const QString &workstationId)
{
    auto token = BearerToken::generate();
    if (!token)
        return token.error();
    auto refreshToken = BearerToken::generate();
    if (!refreshToken)
        return refreshToken.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Whole seconds: the expiry the workstation is told is the one checked.
    const QDateTime expires = now.addSecs(options.tokenLifetime.count());
    return IssuedTokens{*token,
                        *refreshToken,
                        {BearerToken::hash(*token), BearerToken::hash(*refreshToken), userId, workstationId, expires,
                         now.addSecs(options.refreshTokenLifetime.count())}};
}

ApiResponse tokensAnswer(const IssuedTokens &issued, const UserRecord &user, bool secondFactor = false)
{
    return ApiResponse::json(200,
                             protocol::encode(protocol::LoginResult{issued.token, issued.session.expiresUtc,
                                                                    issued.refreshToken, user.id, user.name, user.roles,
                                                                    user.hallId, user.counterId, secondFactor}))
        .withHeader("Cache-Control", "no-store");
}

} // namespace

PlatformApi::PlatformApi(PlatformStore &store, const ReferenceData &reference, const PlatformOptions &options)
    : m_store(store), m_reference(reference), m_options(options)
{ }

ApiResponse PlatformApi::failure(const Error &error)
{
    if (error.code == ErrorCode::Busy)
        return ApiResponse::problem(503, u"unavailable"_s, u"The platform is unavailable"_s,
                                    u"The database is busy or unreachable; try again later."_s)
            .withHeader("Retry-After", "5");
    return ApiResponse::problem(500, u"internal"_s, u"The platform failed"_s,
                                u"The platform could not complete the request; its log has the details under this "
                                "request's X-Request-Id."_s);
}

ApiResponse PlatformApi::handle(const QHttpServerRequest &request)
{
    const QString path = request.url().path(QUrl::FullyDecoded);
    if (!path.startsWith(u"/api/v1/"))
        return notFound(u"The API lives under /api/v1/."_s);
    const QStringList parts = path.mid(8).split(u'/');
    const bool chunk = parts.size() == 3 && parts.at(0) == u"documents" && parts.at(2) == u"content";
    const qint64 limit = chunk ? protocol::maximumChunkSize : protocol::maximumBodySize;
    if (request.body().size() > limit)
        return tooLarge(
            u"The body has %1 bytes; at most %2 are accepted here."_s.arg(request.body().size()).arg(limit));
    if (auto connected = m_store.reconnectIfBroken(); !connected)
        return failure(connected.error());
    return route(request, parts);
}

ApiResponse PlatformApi::route(const QHttpServerRequest &request, const QStringList &parts)
{
    const Method method = request.method();
    auto only = [method](Method allowed, const QByteArray &allow, auto &&respond) {
        return method == allowed ? respond() : methodNotAllowed(allow);
    };
    auto withSession = [this, &request](auto &&respond) {
        auto session = authenticate(request);
        if (const auto *refused = std::get_if<ApiResponse>(&session))
            return *refused;
        return respond(std::get<PlatformSession>(session));
    };
    // Hall resources belong to the hall's staff only.
    auto withHall = [&withSession](const QString &hallId, auto &&respond) {
        return withSession([&](const PlatformSession &session) {
            if (session.user.hallId != hallId)
                return ApiResponse::problem(403, u"forbidden"_s, u"Not allowed"_s,
                                            u"This token belongs to another hall."_s);
            return respond(session);
        });
    };
    const qsizetype n = parts.size();
    const QString first = parts.at(0);

    if (n == 1 && first == u"health")
        return only(Method::Get, "GET", [this] { return health(); });
    if (n == 2 && first == u"auth") {
        if (parts.at(1) == u"login")
            return only(Method::Post, "POST", [&] { return login(request.body()); });
        if (parts.at(1) == u"refresh")
            return only(Method::Post, "POST", [&] { return refresh(request.body()); });
        if (parts.at(1) == u"logout")
            return only(Method::Post, "POST", [&] { return logout(request); });
    }
    if (n == 1 && first == u"catalogue")
        return only(Method::Get, "GET",
                    [&] { return withSession([&](const PlatformSession &) { return catalogue(request); }); });
    if (n == 2 && first == u"calendars")
        return only(Method::Get, "GET", [&] {
            return withSession([&](const PlatformSession &) { return calendar(request, parts.at(1)); });
        });
    if (n == 3 && first == u"halls") {
        const QString &hallId = parts.at(1);
        if (parts.at(2) == u"ops")
            return only(Method::Post, "POST", [&] {
                return withHall(hallId,
                                [&](const PlatformSession &session) { return ops(session, hallId, request.body()); });
            });
        if (parts.at(2) == u"changes")
            return only(Method::Get, "GET", [&] {
                return withHall(hallId, [&](const PlatformSession &) { return changes(hallId, request); });
            });
        if (parts.at(2) == u"receipt-blocks")
            return only(Method::Post, "POST", [&] {
                return withHall(hallId, [&](const PlatformSession &session) {
                    return receiptBlock(session, hallId, request.body());
                });
            });
    }
    if ((n == 2 || (n == 3 && parts.at(2) == u"content")) && first == u"documents") {
        const QString &sha256 = parts.at(1);
        if (!protocol::isSha256(sha256))
            return notFound(u"Documents are addressed by the SHA-256 of their bytes, in lower-case hexadecimal."_s);
        if (n == 3)
            return only(Method::Put, "PUT", [&] {
                return withSession([&](const PlatformSession &) { return documentChunk(sha256, request); });
            });
        if (method == Method::Put)
            return withSession([&](const PlatformSession &) { return announceDocument(sha256, request.body()); });
        return only(Method::Get, "GET, PUT",
                    [&] { return withSession([&](const PlatformSession &) { return getDocument(sha256); }); });
    }
    return notFound(u"No such resource."_s);
}

std::variant<PlatformSession, ApiResponse> PlatformApi::authenticate(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization").trimmed();
    if (!header.toLower().startsWith("bearer ") || header.mid(7).trimmed().isEmpty())
        return unauthorized(u"This call needs \"Authorization: Bearer <token>\"."_s);
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    auto session = m_store.session(BearerToken::hash(token));
    if (!session)
        return failure(session.error());
    if (!*session)
        return unauthorized(u"The token is not known: signed out, or never issued."_s);
    if ((*session)->expiresUtc <= QDateTime::currentDateTimeUtc())
        return ApiResponse::problem(401, u"token-expired"_s, u"The token has expired"_s,
                                    u"Refresh it with the refresh token, or sign in again."_s)
            .withHeader("WWW-Authenticate", QByteArray(bearerChallenge) + ", error=\"invalid_token\"");
    return **session;
}

ApiResponse PlatformApi::health()
{
    if (auto alive = m_store.ping(); !alive)
        return failure(Error::make(ErrorCode::Busy, alive.error().message));
    const QJsonObject answer{{u"status"_s, u"ok"_s},
                             {u"api"_s, protocol::apiVersion},
                             {u"version"_s, QString::fromLatin1(build::version)},
                             {u"time"_s, timeText(QDateTime::currentDateTimeUtc())}};
    return ApiResponse::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

ApiResponse PlatformApi::login(const QByteArray &body)
{
    auto request = protocol::decodeLoginRequest(body);
    if (!request)
        return badRequest(request.error());
    auto credentials = m_store.credentials(request->username);
    if (!credentials) {
        wipeString(request->password);
        return failure(credentials.error());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (*credentials) {
        // An account held back is not checked at all, right password or not.
        if (const auto wait = signinthrottle::remainingWait((*credentials)->failures, now); wait.count() > 0) {
            wipeString(request->password);
            wipeString(request->oneTimeCode);
            return signInThrottled(wait);
        }
    }
    bool accepted = false;
    if (*credentials && (*credentials)->active)
        accepted = PasswordHash::verify(request->password, (*credentials)->passwordHash);
    else
        PasswordHash::verifyNothing(request->password);
    wipeString(request->password);
    if (!accepted) {
        wipeString(request->oneTimeCode);
        const ApiResponse refused = unauthorized(u"The user name or the password is wrong."_s);
        return *credentials ? failedSignIn((*credentials)->user.id, now, refused) : refused;
    }

    const UserRecord &user = (*credentials)->user;
    // The secret's one copy, wiped when the last owner lets go of it.
    const std::shared_ptr<const SecureBytes> secret = std::move((*credentials)->oneTimeSecret);
    if (secret) {
        const bool codeGiven = !request->oneTimeCode.isEmpty();
        if (auto refused = checkOneTimeCode(user.id, *secret, request->oneTimeCode)) {
            // A code asked for is the first step of signing in; a wrong one is a failure.
            if (codeGiven && refused->status == 401)
                return failedSignIn(user.id, now, *refused);
            return *refused;
        }
    }
    if (auto cleared = m_store.clearSignInFailures(user.id); !cleared)
        return failure(cleared.error());
    // An account without a second factor ignores a code sent anyway.
    wipeString(request->oneTimeCode);

    auto issued = newTokens(m_options, user.id, request->workstationId);
    if (!issued)
        return failure(issued.error());
    if (auto created = m_store.createSession(issued->session); !created)
        return failure(created.error());
    if (auto pruned = m_store.pruneSessions(QDateTime::currentDateTimeUtc()); !pruned)
        qCWarning(lcPlatform) << "could not remove expired sessions";
    return tokensAnswer(*issued, user, secret != nullptr);
}

ApiResponse PlatformApi::failedSignIn(const QString &userId, const QDateTime &nowUtc, ApiResponse answer)
{
    if (auto counted = m_store.recordSignInFailure(userId, nowUtc); !counted)
        return failure(counted.error());
    return answer;
}

std::optional<ApiResponse> PlatformApi::checkOneTimeCode(const QString &userId, const SecureBytes &secret,
                                                         QString &code)
{
    if (code.isEmpty())
        return unauthorized(protocol::secondFactorRequired, u"A one-time code is required"_s,
                            u"This account signs in with a one-time code as well: send oneTimeCode."_s);
    const std::optional<qint64> step = onetimecode::matchingStep(secret, code, QDateTime::currentDateTimeUtc());
    wipeString(code);
    const auto wrong = [] {
        return unauthorized(protocol::secondFactorWrong, u"The one-time code is wrong"_s,
                            u"The one-time code is wrong, or was used already."_s);
    };
    if (!step)
        return wrong();
    // The database takes each step once, and none older than the last taken:
    // a code seen on the wire, or typed twice, opens nothing the second time.
    auto accepted = m_store.acceptOneTimeStep(userId, *step);
    if (!accepted)
        return failure(accepted.error());
    if (!*accepted)
        return wrong();
    return std::nullopt;
}

ApiResponse PlatformApi::refresh(const QByteArray &body)
{
    auto refreshToken = protocol::decodeRefreshRequest(body);
    if (!refreshToken)
        return badRequest(refreshToken.error());
    // The user and workstation come from the stored session.
    auto issued = newTokens(m_options, QString(), QString());
    if (!issued)
        return failure(issued.error());
    auto user = m_store.rotateRefreshToken(BearerToken::hash(*refreshToken), issued->session);
    if (!user)
        return failure(user.error());
    if (!*user)
        return unauthorized(u"The refresh token is not valid: used before, expired, or signed out."_s);
    return tokensAnswer(*issued, **user);
}

ApiResponse PlatformApi::logout(const QHttpServerRequest &request)
{
    // An expired token may still sign out: that is what it is for.
    const QByteArray header = request.value("Authorization").trimmed();
    if (!header.toLower().startsWith("bearer ") || header.mid(7).trimmed().isEmpty())
        return unauthorized(u"This call needs \"Authorization: Bearer <token>\"."_s);
    auto ended = m_store.endSession(BearerToken::hash(QString::fromLatin1(header.mid(7).trimmed())));
    if (!ended)
        return failure(ended.error());
    if (!*ended)
        return unauthorized(u"The token is not known: signed out, or never issued."_s);
    return ApiResponse::empty(204);
}

ApiResponse PlatformApi::catalogue(const QHttpServerRequest &request)
{
    return published(request, m_reference.catalogue());
}

ApiResponse PlatformApi::calendar(const QHttpServerRequest &request, const QString &year)
{
    const std::optional<qint64> number = year.size() == 4 ? decimal(year) : std::nullopt;
    if (!number)
        return badRequest(u"The year is four digits, e.g. /api/v1/calendars/2026."_s);
    const ReferenceData::Published *data = m_reference.calendar(int(*number));
    if (!data)
        return notFound(u"The platform has no working-day calendar for %1 yet."_s.arg(*number));
    return published(request, *data);
}

ApiResponse PlatformApi::ops(const PlatformSession &session, const QString &hallId, const QByteArray &body)
{
    auto batch = protocol::decodeOpBatch(body);
    if (!batch)
        return badRequest(batch.error());
    const OpOrigin origin{batch->workstationId, session.user.id, session.user.roles};
    // One transaction for the batch: a failure leaves none of it applied,
    // and the workstation's retry of the batch applies each op once.
    auto results = m_store.applyOps(hallId, batch->ops, origin);
    if (!results)
        return failure(results.error());
    return ApiResponse::json(200, protocol::encode(*results));
}

ApiResponse PlatformApi::changes(const QString &hallId, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const QString afterText = query.hasQueryItem(u"after"_s) ? query.queryItemValue(u"after"_s) : u"0"_s;
    const QString limitText = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s) : u"500"_s;
    const std::optional<qint64> after = decimal(afterText);
    if (!after)
        return badRequest(u"after: a cursor is the \"next\" of the previous page, \"0\" at first."_s);
    const std::optional<qint64> limit = decimal(limitText);
    if (!limit || *limit < 1 || *limit > protocol::maximumChangesPerPage)
        return badRequest(u"limit: from 1 to %1."_s.arg(protocol::maximumChangesPerPage));
    auto page = m_store.encodedChanges(hallId, *after, int(*limit));
    if (!page)
        return failure(page.error());
    ApiResponse response = ApiResponse::json(200, page->body);
    // The next page's cursor before the body: a client can ask for that
    // page while it still reads this one.
    if (page->hasMore)
        response.withHeader(protocol::nextCursorHeader, QByteArray::number(page->next));
    return response;
}

ApiResponse PlatformApi::receiptBlock(const PlatformSession &session, const QString &hallId, const QByteArray &body)
{
    auto request = protocol::decodeReceiptBlockRequest(body);
    if (!request)
        return badRequest(request.error());
    auto block = m_store.reserveReceiptBlock(
        ReceiptReservation{hallId, session.user.counterId, request->workstationId, session.user.id, request->size});
    if (!block)
        return failure(block.error());
    if (!*block)
        return ApiResponse::problem(409, u"receipt-numbers-exhausted"_s, u"No receipt numbers left"_s,
                                    u"The hall's receipt numbers up to 999999 are all handed out."_s);
    return ApiResponse::json(201, protocol::encode(**block));
}

ApiResponse PlatformApi::announceDocument(const QString &sha256, const QByteArray &body)
{
    auto announcement = protocol::decodeDocumentAnnouncement(body);
    if (!announcement)
        return badRequest(announcement.error());
    if (announcement->size > maximumDocumentSize)
        return tooLarge(u"Documents of up to %1 bytes are accepted."_s.arg(maximumDocumentSize));
    auto outcome = m_store.announceDocument(sha256, *announcement);
    if (!outcome)
        return failure(outcome.error());
    if (outcome->kind == AnnounceOutcome::Kind::SizeMismatch)
        return ApiResponse::problem(
            422, u"digest-mismatch"_s, u"The size does not fit the digest"_s,
            u"The platform has this document complete, with %1 bytes."_s.arg(outcome->progress.size));
    return ApiResponse::json(200, protocol::encode(outcome->progress));
}

ApiResponse PlatformApi::documentChunk(const QString &sha256, const QHttpServerRequest &request)
{
    const std::optional<qint64> offset = decimal(request.query().queryItemValue(u"offset"_s));
    if (!offset)
        return badRequest(u"offset: the number of bytes sent before this chunk."_s);
    auto outcome = m_store.appendDocumentChunk(sha256, *offset, request.body());
    if (!outcome)
        return failure(outcome.error());
    const protocol::DocumentProgress &progress = outcome->progress;
    switch (outcome->kind) {
    case ChunkOutcome::Kind::Stored: break;
    case ChunkOutcome::Kind::UnknownDocument:
        return notFound(u"Announce the document first: PUT /api/v1/documents/%1."_s.arg(sha256));
    case ChunkOutcome::Kind::OffsetMismatch:
        return ApiResponse::problem(
            409, u"offset-mismatch"_s, u"The offset is not where the upload stands"_s,
            u"The platform has received %1 bytes; continue from offset %1."_s.arg(progress.received),
            QJsonObject{{u"received"_s, double(progress.received)},
                        {u"size"_s, double(progress.size)},
                        {u"complete"_s, progress.complete}});
    case ChunkOutcome::Kind::BeyondSize:
        return badRequest(u"The chunk runs past the announced size of %1 bytes."_s.arg(progress.size));
    case ChunkOutcome::Kind::DigestMismatch:
        return ApiResponse::problem(422, u"digest-mismatch"_s, u"The bytes do not have the announced SHA-256"_s,
                                    u"The upload was discarded; send the document again from offset 0."_s,
                                    QJsonObject{{u"received"_s, 0}});
    }
    return ApiResponse::json(200, protocol::encode(progress));
}

ApiResponse PlatformApi::getDocument(const QString &sha256)
{
    auto document = m_store.document(sha256);
    if (!document)
        return failure(document.error());
    if (!*document)
        return notFound(u"The platform has no document %1."_s.arg(sha256));
    const PlatformDocument &stored = **document;
    if (!stored.progress.complete)
        return notFound(u"The upload of this document is not complete: %1 of %2 bytes."_s.arg(stored.progress.received)
                            .arg(stored.progress.size));
    return ApiResponse{200, stored.mediaType.toUtf8(), stored.content, {}}.withHeader("ETag",
                                                                                      '"' + sha256.toLatin1() + '"');
}

} // namespace casedesk
