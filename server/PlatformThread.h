#pragma once

#include "PlatformOptions.h"
#include "common/Expected.h"

#include <QThread>
#include <QUrl>

namespace casedesk {

class PlatformServer;

// A PlatformServer on a thread of its own, for training mode and tests: the
// caller's thread never waits on a request, and the server's database
// connection never leaves its thread. start() and stop() block until done.
class PlatformThread
{
public:
    PlatformThread();
    ~PlatformThread();
    PlatformThread(const PlatformThread &) = delete;
    PlatformThread &operator=(const PlatformThread &) = delete;

    // Returns the port it listens on (options.port 0: any free one).
    Expected<quint16> start(PlatformOptions options);
    void stop();

    bool isRunning() const { return m_server != nullptr; }
    QUrl baseUrl() const { return m_baseUrl; }

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread, so work can be sent there
    PlatformServer *m_server = nullptr; // lives in m_thread
    QUrl m_baseUrl;
};

} // namespace casedesk
