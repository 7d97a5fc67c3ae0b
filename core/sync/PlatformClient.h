#pragma once

#include "PlatformTrust.h"
#include "Protocol.h"
#include "PublishedCalendars.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

namespace casedesk {

// Why a call to the platform did not succeed, sorted by what the caller
// should do about it.
struct PlatformFailure {
    enum class Kind {
        Network, // no answer: offline, refused, dropped, timed out
        Server, // 5xx: try again later
        Unavailable, // 503 / 429: try again after Retry-After
        Unauthorized, // 401: sign in again
        TokenExpired, // 401 token-expired: refresh, else sign in again
        Refused, // other 4xx: this request will never succeed as it is
        Malformed, // the answer is not what the contract says (refused whole)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code;
    QString message;
    std::chrono::milliseconds retryAfter{0};

    bool isTransient() const;
};

QString platformFailureKindName(PlatformFailure::Kind kind);

template<typename T>
using PlatformResult = std::variant<T, PlatformFailure>;

// The workstation's side of docs/platform-api.md, asynchronous over a
// QNetworkAccessManager supplied by the caller (tests plug in their own).
// Every answer goes through protocol:: decoders, so a corrupt, truncated,
// oversized or hostile answer becomes a Malformed failure, never data.
class PlatformClient final : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QUrl baseUrl;
        // Plain HTTP to anything but loopback is refused unless this is set.
        bool allowInsecureHttp = false;
        std::chrono::milliseconds timeout = std::chrono::seconds(30);
        // Extra CAs and an optional pin for HTTPS (the system CAs always count).
        PlatformTrust trust = {};
    };

    PlatformClient(Options options, QNetworkAccessManager *network, QObject *parent = nullptr);

    // Plain HTTP only to loopback (or when explicitly allowed); HTTPS with
    // TLS 1.2 or later. Checked before anything is sent: a refused address
    // causes no network traffic at all.
    static Expected<void> checkTransport(const QUrl &url, bool allowInsecureHttp);
    // The TLS settings every request uses: TLS 1.2 or later, the peer
    // verified against the system CAs and trust.extraCaCertificates.
    static QSslConfiguration tlsConfiguration(const PlatformTrust &trust);

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    void health(std::function<void(PlatformResult<QJsonObject>)> done);
    // A year's working-day calendar as the platform publishes it, checked
    // whole (CalendarYearLoader); std::nullopt when the platform has none for
    // the year yet (404).
    void fetchCalendar(int year, std::function<void(PlatformResult<std::optional<PublishedCalendar>>)> done);
    // oneTimeCode: the second factor, empty when none was typed.
    void login(const QString &user, const QString &password, const QString &workstationId, const QString &oneTimeCode,
               std::function<void(PlatformResult<protocol::LoginResult>)> done);
    // For an account without a second factor.
    void login(const QString &user, const QString &password, const QString &workstationId,
               std::function<void(PlatformResult<protocol::LoginResult>)> done)
    {
        login(user, password, workstationId, QString(), std::move(done));
    }
    void refresh(const QString &refreshToken, std::function<void(PlatformResult<protocol::LoginResult>)> done);
    // Ends the platform session of token (and its refresh token), whatever
    // token this client holds.
    void logout(const QString &token, std::function<void(PlatformResult<bool>)> done);
    void pushOps(const QString &hallId, const protocol::OpBatch &batch,
                 std::function<void(PlatformResult<QList<protocol::OpResult>>)> done);
    // The page after `after`, decoded on a pool thread. When the platform
    // names the next page's cursor in a header, nextAnnounced has it as
    // the answer arrives, before the page is decoded; the page then must
    // say the same, or it is refused as malformed.
    void pullChanges(const QString &hallId, qint64 after, int limit, std::function<void(qint64 next)> nextAnnounced,
                     std::function<void(PlatformResult<protocol::ChangesPage>)> done);
    void pullChanges(const QString &hallId, qint64 after, int limit,
                     std::function<void(PlatformResult<protocol::ChangesPage>)> done)
    {
        pullChanges(hallId, after, limit, {}, std::move(done));
    }
    void reserveReceiptBlock(const QString &hallId, const QString &workstationId, int size,
                             std::function<void(PlatformResult<protocol::ReceiptBlock>)> done);
    // Documents: announce, then send the bytes from `received` on.
    struct DocumentProgress {
        qint64 size = 0;
        qint64 received = 0;
        bool complete = false;
    };
    void announceDocument(const QString &sha256, qint64 size, const QString &mediaType,
                          std::function<void(PlatformResult<DocumentProgress>)> done);
    void uploadDocumentChunk(const QString &sha256, qint64 offset, const QByteArray &bytes,
                             std::function<void(PlatformResult<DocumentProgress>)> done);

private:
    struct Response {
        int status = 0;
        QByteArray body;
        std::optional<PlatformFailure> failure;
        // protocol::nextCursorHeader, as sent; empty when absent.
        QByteArray nextCursor;
    };
    // What happened to one request besides its answer: TLS errors, a
    // certificate that is not the pinned one, a body over the limit.
    struct ReplyOutcome {
        QList<QSslError> errors;
        bool pinMismatch = false;
        bool oversized = false;
    };
    // The reply in flight (none when the address is refused before sending).
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QByteArray &contentType, std::function<void(Response)> done);
    Response responseOf(QNetworkReply *reply, const ReplyOutcome &outcome) const;

    Options m_options;
    QSslConfiguration m_tls;
    QNetworkAccessManager *m_network;
    QString m_token;
};

} // namespace casedesk
