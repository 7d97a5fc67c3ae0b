#pragma once

#include "AuditLog.h"
#include "SignInStore.h"
#include "SignedInUser.h"
#include "keys/SecureBytes.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace casedesk {

class Clock;
class PlatformClient;
struct PlatformFailure;

// Why someone signs in: to start a session, to unlock one, or (a
// supervisor at a clerk's counter) to allow an override. Recorded.
enum class SignInPurpose { Session, Unlock, Override };
QString signInPurposeName(SignInPurpose purpose);

// How a sign-in ended.
struct SignInOutcome {
    enum class Kind {
        SignedIn,
        WrongPassword, // the platform or the offline verifier said no, to the password or the one-time code
        SecondFactorRequired, // the account needs its one-time code as well: ask for it and the password again
        LockedOut, // too many failures in a row: `wait` until the next attempt
        NoVerifier, // the platform cannot be reached and the user never signed in online here, or (second
                    // factor) not within offlineSecondFactorGrace
        Refused, // the platform refused for another reason (message says which)
        Failed, // the vault could not be read or written
    };
    Kind kind = Kind::Failed;
    SignedInUser user; // SignedIn
    bool online = false; // SignedIn: checked by the platform, not the offline verifier
    QString token; // online: the platform session
    QString refreshToken;
    std::chrono::seconds wait{0}; // LockedOut, and WrongPassword when this failure earned a wait
    QString message; // translated; empty for SignedIn

    bool signedIn() const { return kind == Kind::SignedIn; }
};

// Checks a user's password, and the one-time code of an account with a
// second factor: online against the platform when one is given and answers,
// offline against the verifier cached at the user's last online sign-in here
// when it cannot be reached. Offline, nothing can check a one-time code: a
// user whose account has one signs in with the password alone only within
// offlineSecondFactorGrace of an online sign-in here with the code. After five failures in a row a
// user waits before the next attempt is even checked (SignInThrottle.h);
// the count survives a restart. Every sign-in and every failure is recorded
// in the audit log. The password is wiped when the check is done.
class SignInService final : public QObject
{
    Q_OBJECT
public:
    // platform: none for offline only.
    SignInService(SignInStore store, AuditLog auditLog, const Clock &clock, PlatformClient *platform,
                  QString workstationId, QObject *parent = nullptr);

    // A working day: a counter that loses the link goes on until evening,
    // not for days on passwords alone.
    static constexpr std::chrono::hours offlineSecondFactorGrace{12};

    // oneTimeCode: what the user's token shows, empty when none was typed.
    // done runs once, later (never inside this call when the platform is asked).
    void signIn(const QString &userId, SecureBytes password, const QString &oneTimeCode, SignInPurpose purpose,
                std::function<void(SignInOutcome)> done);
    // At sign-out: asks the platform to end the session of token, so a copy
    // of it left anywhere is worth nothing. Best effort: done(false) when the
    // platform cannot be told (the token then runs out at its expiry).
    void endPlatformSession(const QString &token, std::function<void(bool)> done = {});

private:
    struct Attempt;
    void online(std::shared_ptr<Attempt> attempt);
    void offline(std::shared_ptr<Attempt> attempt, const QString &unreachable);
    SignInOutcome accepted(const Attempt &attempt, SignedInUser user, bool online, bool secondFactor);
    // The platform said no (401): to the password, or to the one-time code.
    SignInOutcome unauthorized(const Attempt &attempt, const QString &problemCode);
    SignInOutcome wrongPassword(const Attempt &attempt);
    // The platform's 429 sign-in-throttled: the wait it gives, counted there.
    SignInOutcome throttledByPlatform(const Attempt &attempt, const PlatformFailure &failure);
    // A failure that counts towards the wait (SignInThrottle.h).
    SignInOutcome failed(const Attempt &attempt, SignInOutcome::Kind kind, const QString &reason,
                         const QString &message);
    SignInOutcome refused(const Attempt &attempt, SignInOutcome::Kind kind, const QString &reason,
                          const QString &message);
    void audit(const Attempt &attempt, QLatin1StringView action, AuditResult result, QJsonObject details);

    SignInStore m_store;
    AuditLog m_auditLog;
    const Clock &m_clock;
    QPointer<PlatformClient> m_platform;
    QString m_workstationId;
};

} // namespace casedesk
