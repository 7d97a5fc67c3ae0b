#pragma once

#include "RequestLog.h"

#include <QAbstractHttpServer>

namespace casedesk {

class PlatformApi;

// The HTTP side of the platform on Qt HTTP Server 6.4: every request goes to
// PlatformApi (which does its own routing, so wrong methods get a 405 and
// unknown paths a problem document, not Qt's bare 404), is answered, and
// logged in one line. Qt 6.4 calls handlers synchronously, one request at a
// time per server, in the thread the server lives in.
class PlatformHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    PlatformHttpServer(PlatformApi &api, LogFormat logFormat, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    PlatformApi &m_api;
    RequestLog m_log;
};

} // namespace casedesk
