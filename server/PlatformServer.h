#pragma once

#include "PlatformOptions.h"
#include "common/Expected.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace casedesk {

class PlatformApi;
class PlatformHttpServer;
class PlatformStore;
class ReferenceData;

// The reference central platform (docs/platform-api.md), whole: storage,
// the API, HTTP(S). casedesk-platform runs one in its main thread; training
// mode runs one in-process on loopback (PlatformThread).
//
// Create, start(), stop() and destroy it in one thread, and keep an event
// loop running there while it serves: its database connection and sockets
// belong to that thread.
class PlatformServer final : public QObject
{
    Q_OBJECT
public:
    explicit PlatformServer(PlatformOptions options, QObject *parent = nullptr);
    ~PlatformServer() override;

    // Opens and migrates the database, seeds the training hall when asked and
    // the database has no hall, loads the catalogue and calendars, and
    // listens. Returns the port (the one chosen when options.port is 0).
    Expected<quint16> start();
    // Stops listening, drops open connections and closes the database.
    void stop();

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // http(s)://address:port, e.g. http://127.0.0.1:40123
    QUrl baseUrl() const;
    const PlatformOptions &options() const { return m_options; }

private:
    Expected<void> setUpTls();

    PlatformOptions m_options;
    std::unique_ptr<PlatformStore> m_store;
    std::unique_ptr<ReferenceData> m_reference;
    std::unique_ptr<PlatformApi> m_api;
    std::unique_ptr<PlatformHttpServer> m_http;
    quint16 m_port = 0;
};

} // namespace casedesk
