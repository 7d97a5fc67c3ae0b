#pragma once

#include "security/IdleLock.h"

#include <QObject>

class QTimer;

namespace casedesk {

// Tells an IdleLock of every key press, click and wheel turn in the
// program, and says when the counter has been idle long enough to lock.
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    IdleWatcher(const Clock &clock, std::chrono::seconds timeout, QObject *parent = nullptr);

    const IdleLock &idleLock() const { return m_idle; }
    // Paused while the screen is locked; resuming counts from now.
    void setPaused(bool paused);

public Q_SLOTS:
    // Emits idle() when due; a timer calls it, and tests after moving their clock.
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    IdleLock m_idle;
    QTimer *m_timer;
    bool m_paused = false;
};

} // namespace casedesk
