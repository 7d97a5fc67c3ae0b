#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace casedesk::test {

// casedesk-platform as a program (CASEDESK_PLATFORM in the environment),
// started with --listen 127.0.0.1:0 unless the arguments say otherwise;
// baseUrl() is what it printed on its first line.
class PlatformProcess
{
public:
    PlatformProcess() = default;
    ~PlatformProcess();
    PlatformProcess(const PlatformProcess &) = delete;
    PlatformProcess &operator=(const PlatformProcess &) = delete;

    // Starts without waiting; waitUntilListening() then reads the first line.
    void launch(const QStringList &arguments);
    // Empty on success, else why not (with what the program wrote).
    QString waitUntilListening(int timeoutMs = 120000);
    QString start(const QStringList &arguments, int timeoutMs = 120000);
    // SIGTERM, then SIGKILL if need be.
    void stop();
    // After stop(): it shut down on SIGTERM with exit code 0 (under the
    // sanitizers: and without a leak report).
    bool exitedCleanly() const { return m_exitedCleanly; }

    QUrl baseUrl() const { return m_baseUrl; }
    // Everything written to stderr so far (the logs).
    QByteArray standardError();

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_stderr;
    bool m_exitedCleanly = false;
};

} // namespace casedesk::test
