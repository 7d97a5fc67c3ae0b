#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkReply;

namespace casedesk::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One answer of the platform, as a test looks at it.
struct ApiReply {
    int status = 0;
    QByteArray body;
    HeaderList headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    // The problem's "code", or empty when the body is no problem document.
    QString problemCode() const;
};

// A synchronous client of the platform API over a real QNetworkAccessManager,
// for tests. start() and collect() let a test keep many requests in flight.
class ApiClient
{
public:
    explicit ApiClient(QUrl baseUrl);

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setSslConfiguration(const QSslConfiguration &configuration);
    QUrl baseUrl() const { return m_baseUrl; }

    ApiReply get(const QString &path, const HeaderList &headers = {});
    ApiReply post(const QString &path, const QByteArray &body, const QByteArray &contentType = "application/json");
    ApiReply put(const QString &path, const QByteArray &body, const QByteArray &contentType = "application/json");
    ApiReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QByteArray &contentType = {}, const HeaderList &headers = {});

    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const QByteArray &contentType = {}, const HeaderList &headers = {});
    // Waits for the reply (at most timeoutMs), reads it and deletes it.
    static ApiReply collect(QNetworkReply *reply, int timeoutMs = 120000);

    // Signs in and keeps the token; the whole answer is returned. An empty
    // oneTimeCode is left out of the request.
    ApiReply login(const QString &user, const QString &password,
                   const QString &workstationId = QStringLiteral("ws-test"), const QString &oneTimeCode = {});

private:
    QUrl m_baseUrl;
    QString m_token;
    QNetworkAccessManager m_network;
    std::optional<QSslConfiguration> m_ssl;
};

} // namespace casedesk::test
