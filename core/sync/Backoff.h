#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace casedesk {

// How long to wait before the next attempt after failures: exponential with
// full jitter (a uniformly random wait between zero and base·2^failures,
// capped), so many counters coming back after an outage do not hit the
// platform in step; never shorter than a Retry-After the platform asked for.
class Backoff
{
public:
    using Milliseconds = std::chrono::milliseconds;

    Backoff(Milliseconds base = std::chrono::seconds(1), Milliseconds cap = std::chrono::minutes(5),
            quint32 seed = QRandomGenerator::global()->generate());

    // The wait after one more failure; retryAfter: the platform's, if any.
    Milliseconds nextDelay(Milliseconds retryAfter = Milliseconds::zero());
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    // The upper bound of the wait after the current number of failures:
    // base, then doubling, capped.
    Milliseconds ceiling() const;

private:
    Milliseconds m_base;
    Milliseconds m_cap;
    QRandomGenerator m_random;
    int m_failures = 0;
};

} // namespace casedesk
