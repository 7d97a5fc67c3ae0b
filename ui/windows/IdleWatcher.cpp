#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace casedesk {

IdleWatcher::IdleWatcher(const Clock &clock, std::chrono::seconds timeout, QObject *parent)
    : QObject(parent), m_idle(clock, timeout), m_timer(new QTimer(this))
{
    // Once a second is plenty for a lock measured in minutes, and costs nothing.
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_timer->start();
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        m_idle.noteActivity();
}

void IdleWatcher::check()
{
    if (!m_paused && m_idle.isDue()) {
        m_paused = true;
        Q_EMIT idle();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_paused)
            m_idle.noteActivity();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace casedesk
