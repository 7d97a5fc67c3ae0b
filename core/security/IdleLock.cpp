#include "IdleLock.h"

#include "common/Clock.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casedesk {

std::chrono::seconds IdleLock::configuredTimeout()
{
    bool ok = false;
    const int minutes = QSettings().value(u"security/idleLockMinutes"_s).toInt(&ok);
    if (!ok || minutes < 1 || minutes > longestTimeout.count())
        return defaultTimeout;
    return std::chrono::minutes(minutes);
}

IdleLock::IdleLock(const Clock &clock, std::chrono::seconds timeout)
    : m_clock(clock), m_timeout(timeout), m_lastActivityUtc(clock.nowUtc())
{ }

void IdleLock::noteActivity()
{
    m_lastActivityUtc = m_clock.nowUtc();
}

bool IdleLock::isDue() const
{
    return untilDue().count() == 0;
}

std::chrono::milliseconds IdleLock::untilDue() const
{
    const qint64 idleMs = std::max<qint64>(0, m_lastActivityUtc.msecsTo(m_clock.nowUtc()));
    return std::chrono::milliseconds(std::max<qint64>(0, qint64(m_timeout.count()) * 1000 - idleMs));
}

} // namespace casedesk
