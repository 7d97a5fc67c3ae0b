#include "PlatformProcess.h"

#include "TestSupport.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

namespace casedesk::test {

PlatformProcess::~PlatformProcess()
{
    stop();
}

void PlatformProcess::launch(const QStringList &arguments)
{
    QStringList all = arguments;
    if (!all.contains(u"--listen"_s))
        all << u"--listen"_s << u"127.0.0.1:0"_s;
    m_process.start(builtProgram("CASEDESK_PLATFORM"), all);
}

QString PlatformProcess::waitUntilListening(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return u"casedesk-platform did not start listening: %1"_s.arg(QString::fromUtf8(standardError()));
        m_process.waitForReadyRead(100);
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    if (!line.startsWith(u"listening on "))
        return u"unexpected first line \"%1\""_s.arg(line);
    m_baseUrl = QUrl(line.mid(13));
    return m_baseUrl.isValid() ? QString() : u"not a URL: \"%1\""_s.arg(line);
}

QString PlatformProcess::start(const QStringList &arguments, int timeoutMs)
{
    launch(arguments);
    return waitUntilListening(timeoutMs);
}

void PlatformProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    // Generous: under AddressSanitizer the leak check runs at exit.
    if (!m_process.waitForFinished(60000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
    m_exitedCleanly = m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    m_stderr += m_process.readAllStandardError();
}

QByteArray PlatformProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

} // namespace casedesk::test
