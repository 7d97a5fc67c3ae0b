#include "PlatformThread.h"

#include "PlatformServer.h"

using namespace Qt::StringLiterals;

namespace casedesk {

PlatformThread::PlatformThread()
{
    m_thread.setObjectName(u"casedesk-platform"_s);
}

PlatformThread::~PlatformThread()
{
    stop();
}

Expected<quint16> PlatformThread::start(PlatformOptions options)
{
    if (m_server)
        return Error::make(ErrorCode::InvalidArgument, u"The platform runs already."_s);
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    std::optional<Expected<quint16>> started;
    QMetaObject::invokeMethod(
        m_context,
        [this, &options, &started] {
            auto *server = new PlatformServer(std::move(options));
            started = server->start();
            if (*started) {
                m_server = server;
                m_baseUrl = server->baseUrl();
            } else {
                delete server;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!*started)
        stop();
    return *started;
}

void PlatformThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    // The thread is over: nothing else can touch the context now.
    delete m_context;
    m_context = nullptr;
    m_baseUrl.clear();
}

} // namespace casedesk
