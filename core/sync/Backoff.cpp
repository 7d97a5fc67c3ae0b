#include "Backoff.h"

#include <algorithm>

namespace casedesk {

Backoff::Backoff(Milliseconds base, Milliseconds cap, quint32 seed) : m_base(base), m_cap(cap), m_random(seed)
{ }

Backoff::Milliseconds Backoff::ceiling() const
{
    // base after the first failure, doubling with each; 2^30 times any sane
    // base is far beyond the cap, so stop doubling there.
    const int exponent = std::clamp(m_failures - 1, 0, 30);
    const double ceiling = double(m_base.count()) * double(qint64(1) << exponent);
    return Milliseconds(qint64(std::min(ceiling, double(m_cap.count()))));
}

Backoff::Milliseconds Backoff::nextDelay(Milliseconds retryAfter)
{
    ++m_failures;
    const qint64 bound = ceiling().count();
    const Milliseconds jittered(bound > 0 ? qint64(m_random.bounded(double(bound) + 1.0)) : 0);
    return std::max(jittered, retryAfter);
}

} // namespace casedesk
