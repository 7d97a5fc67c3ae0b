#include "ApiClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace casedesk::test {

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString ApiReply::problemCode() const
{
    return json().value(u"code"_s).toString();
}

ApiClient::ApiClient(QUrl baseUrl) : m_baseUrl(std::move(baseUrl))
{
    // Every test request goes straight to loopback.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void ApiClient::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
}

QNetworkReply *ApiClient::start(const QByteArray &method, const QString &path, const QByteArray &body,
                                const QByteArray &contentType, const HeaderList &headers)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // HTTP/2 would only be negotiated away again; keep every test on HTTP/1.1.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return method == "GET" && body.isEmpty() ? m_network.get(request)
                                             : m_network.sendCustomRequest(request, method, body);
}

ApiReply ApiClient::collect(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    ApiReply answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.networkError = u"timed out"_s;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && answer.status == 0)
        answer.networkError = reply->errorString();
    reply->deleteLater();
    return answer;
}

ApiReply ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QByteArray &contentType, const HeaderList &headers)
{
    return collect(start(method, path, body, contentType, headers));
}

ApiReply ApiClient::get(const QString &path, const HeaderList &headers)
{
    return send("GET", path, {}, {}, headers);
}

ApiReply ApiClient::post(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    return send("POST", path, body, contentType);
}

ApiReply ApiClient::put(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    return send("PUT", path, body, contentType);
}

ApiReply ApiClient::login(const QString &user, const QString &password, const QString &workstationId,
                          const QString &oneTimeCode)
{
    QJsonObject request{{u"username"_s, user}, {u"password"_s, password}, {u"workstationId"_s, workstationId}};
    if (!oneTimeCode.isEmpty())
        request.insert(u"oneTimeCode"_s, oneTimeCode);
    const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const QString previous = m_token;
    m_token.clear();
    ApiReply reply = post(u"/api/v1/auth/login"_s, body);
    m_token = reply.status == 200 ? reply.json().value(u"token"_s).toString() : previous;
    return reply;
}

} // namespace casedesk::test
