#pragma once

#include <QDateTime>

#include <chrono>

namespace casedesk {

class Clock;

// When the counter has been left alone long enough to lock: time since the
// last key press or click, read from a Clock. The UI tells it of activity
// and asks isDue(); it changes nothing itself.
class IdleLock
{
public:
    static constexpr std::chrono::minutes defaultTimeout{5};
    static constexpr std::chrono::minutes longestTimeout{60};
    // The setting "security/idleLockMinutes" (docs/operations.md,
    // "Configuration"): 1 to 60 minutes, 5 when unset or not a number in range.
    static std::chrono::seconds configuredTimeout();

    IdleLock(const Clock &clock, std::chrono::seconds timeout);

    std::chrono::seconds timeout() const { return m_timeout; }
    void noteActivity();
    bool isDue() const;
    // How long until isDue(), zero when it is.
    std::chrono::milliseconds untilDue() const;

private:
    const Clock &m_clock;
    std::chrono::seconds m_timeout;
    QDateTime m_lastActivityUtc;
};

} // namespace casedesk
