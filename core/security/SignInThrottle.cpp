#include "SignInThrottle.h"

#include <algorithm>

namespace casedesk::signinthrottle {

std::chrono::seconds delayAfter(int consecutiveFailures)
{
    if (consecutiveFailures < freeFailures)
        return std::chrono::seconds(0);
    // Doubling stops well before the shift could overflow.
    const int doublings = std::min(consecutiveFailures - freeFailures, 16);
    return std::min<std::chrono::seconds>(firstDelay * (1L << doublings), longestDelay);
}

std::chrono::seconds remainingWait(const SignInFailures &failures, const QDateTime &nowUtc)
{
    const std::chrono::seconds delay = delayAfter(failures.consecutive);
    if (delay.count() == 0 || !failures.lastFailureUtc.isValid())
        return std::chrono::seconds(0);
    const qint64 elapsedMs = failures.lastFailureUtc.msecsTo(nowUtc);
    if (elapsedMs < 0)
        return delay;
    const qint64 remainingMs = qint64(delay.count()) * 1000 - elapsedMs;
    // Rounded up: "wait 1 s" rather than "wait 0 s" with a few ms to go.
    return std::chrono::seconds(remainingMs <= 0 ? 0 : (remainingMs + 999) / 1000);
}

} // namespace casedesk::signinthrottle
