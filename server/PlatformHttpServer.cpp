#include "PlatformHttpServer.h"

#include "PlatformApi.h"
#include "common/TimeOrderedId.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

// A caller's X-Request-Id is kept when it is a plain token (a proxy's or the
// workstation's), so one id follows a request through every log.
QString requestIdOf(const QHttpServerRequest &request)
{
    const QByteArray given = request.value("X-Request-Id");
    const bool plain = !given.isEmpty() && given.size() <= 64 && std::all_of(given.begin(), given.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.';
    });
    return plain ? QString::fromLatin1(given) : newTimeOrderedId();
}

// Only the paging numbers of the query are logged; they say nothing about a person.
QString pagingQueryOf(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    QUrlQuery kept;
    for (const QString &key : {u"after"_s, u"limit"_s, u"offset"_s}) {
        const QString value = query.queryItemValue(key).left(20);
        if (query.hasQueryItem(key)
            && std::all_of(value.begin(), value.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            kept.addQueryItem(key, value);
    }
    return kept.toString();
}

} // namespace

PlatformHttpServer::PlatformHttpServer(PlatformApi &api, LogFormat logFormat, QObject *parent)
    : QAbstractHttpServer(parent), m_api(api), m_log(logFormat)
{ }

bool PlatformHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const QString requestId = requestIdOf(request);
    const ApiResponse answer = m_api.handle(request);

    const auto status = QHttpServerResponse::StatusCode(answer.status);
    QHttpServerResponse response = answer.contentType.isEmpty()
        ? QHttpServerResponse(status)
        : QHttpServerResponse(answer.contentType, answer.body, status);
    for (const auto &[name, value] : answer.headers)
        response.addHeader(name, value);
    response.addHeader("X-Request-Id", requestId.toLatin1());
    response.write(makeResponder(request, socket));

    m_log.write({methodName(request.method()), request.url().path(), pagingQueryOf(request), answer.status,
                 double(timer.nsecsElapsed()) / 1e6, answer.body.size(), requestId});
    return true;
}

void PlatformHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request.
}

} // namespace casedesk
