#pragma once

#include <QDateTime>

#include <chrono>

namespace casedesk {

// A user's failed sign-ins in a row at this workstation, kept in the vault
// so that restarting the program does not forget them.
struct SignInFailures {
    int consecutive = 0;
    QDateTime lastFailureUtc;

    bool operator==(const SignInFailures &) const = default;
};

// The wait a run of failed sign-ins earns (等保 2.0 identity
// authentication: limit failed attempts): the first five are free; from the
// fifth on, the next attempt waits 30 s, then 60 s, 120 s, … up to 15 minutes.
namespace signinthrottle {

inline constexpr int freeFailures = 5;
inline constexpr std::chrono::seconds firstDelay{30};
inline constexpr std::chrono::seconds longestDelay{15 * 60};

// The wait after this many failures in a row (zero below freeFailures).
std::chrono::seconds delayAfter(int consecutiveFailures);
// How long from nowUtc until the next attempt is taken. A clock set back
// before the last failure does not shorten the wait.
std::chrono::seconds remainingWait(const SignInFailures &failures, const QDateTime &nowUtc);

} // namespace signinthrottle

} // namespace casedesk
