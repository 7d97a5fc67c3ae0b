#pragma once

#include <QDateTime>

namespace casedesk {

// Where "now" comes from for whatever waits on time: the idle lock, the
// sign-in delay after failures. Tests pass a clock they set by hand
// (tests/support/ManualClock.h), so that nothing waits on the real one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The computer's clock.
    static const Clock &system();
};

} // namespace casedesk
