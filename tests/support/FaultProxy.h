#pragma once

#include "common/Expected.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QTcpServer;

namespace casedesk::test {

// A TCP proxy on loopback between HTTP/1.1 clients (QNetworkAccessManager) and
// a server, for the sync tests (DESIGN: "a fault proxy between them"). At
// random, but reproducibly from a seed, it drops connections mid-request and
// mid-response, delays bytes, and answers 500 and 503 (with Retry-After) itself.
//
// Faults are drawn per request, when its first byte arrives: the proxy follows
// HTTP/1.1 message framing (RFC 9112, 6.3) so that one keep-alive connection
// can carry a clean request and then a failed one. It never changes a byte it
// forwards; what it cannot frame (an upgrade, a malformed message) it passes on
// untouched and without faults. Event-driven, in the thread that creates it.
class FaultProxy final : public QObject
{
    Q_OBJECT
public:
    // Probabilities from 0 to 1. For each request the proxy tries the request
    // faults in the order below; the first that hits wins.
    struct Faults {
        double error500 = 0; // answer 500 "internal" instead of forwarding the request
        double error503 = 0; // answer 503 "unavailable" with Retry-After: 1 to 3
        double dropMidRequest = 0; // forward part of the request, then close both sides
        // Forward the request and part of its response, then close both sides.
        // QNetworkAccessManager 6.4 reports most such answers as
        // RemoteHostClosedError, but one cut in its body and closed a moment
        // later as a success with a short body: only Content-Length tells.
        double dropMidResponse = 0;
        double delay = 0; // per chunk of bytes, either way: hold it up to maxDelayMs
        int maxDelayMs = 200;
    };

    struct Counters {
        int connections = 0; // accepted from clients
        int requests = 0; // requests whose first byte arrived
        int injected500 = 0;
        int injected503 = 0;
        int dropsMidRequest = 0;
        int dropsMidResponse = 0;
        int delays = 0;
        int targetUnreachable = 0; // the target refused or could not be reached
        qint64 bytesToTarget = 0; // forwarded from clients
        qint64 bytesToClients = 0; // forwarded from the target; the proxy's own answers not counted

        int faults() const { return injected500 + injected503 + dropsMidRequest + dropsMidResponse; }
        QString summary() const;
    };

    // Forwards to 127.0.0.1:targetPort.
    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the port.
    Expected<quint16> listen(quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

    // Takes effect from the next request on, on every connection.
    void setFaults(const Faults &faults) { m_faults = faults; }
    Faults faults() const { return m_faults; }
    // Disabled, the proxy forwards every request untouched.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // Each connection draws from its own generator, seeded from this seed and
    // the connection's number in order of acceptance: what is decided on a
    // connection depends on nothing else but its own traffic, so the same
    // seed and the same traffic replay a run. Setting the seed restarts the
    // numbering; it takes effect for new connections.
    void setSeed(quint64 seed);
    quint64 seed() const { return m_seed; }

    Counters counters() const { return m_counters; }
    void resetCounters() { m_counters = {}; }
    // Client connections not yet closed on both sides; 0 once clients are gone.
    int openConnections() const { return static_cast<int>(m_links.size()); }
    // The network goes away for a moment: every open connection is cut now.
    void dropAllConnections();

private:
    class Link;

    void accept();

    QTcpServer *m_server;
    quint16 m_targetPort;
    Faults m_faults;
    bool m_enabled = true;
    quint64 m_seed = 1;
    quint32 m_nextConnection = 0;
    Counters m_counters;
    QSet<Link *> m_links;
};

} // namespace casedesk::test
