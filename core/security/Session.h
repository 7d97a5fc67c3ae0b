#pragma once

#include "AuditLog.h"
#include "SignInService.h"

namespace casedesk {

// One user's time at the counter, from sign-in to sign-out: who they are,
// the platform's tokens, and whether the screen is locked. Locking,
// unlocking and the end are recorded in the audit log. The end wipes the
// tokens and forgets the user.
class Session
{
public:
    // signedIn: a SignInOutcome that signedIn().
    Session(const SignInOutcome &signedIn, AuditLog auditLog, QString workstationId);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const SignedInUser &user() const { return m_user; }
    Actor actor() const { return m_user.actor(); }
    bool isOnline() const { return m_online; }
    const QString &token() const { return m_token; }
    const QString &refreshToken() const { return m_refreshToken; }
    bool isLocked() const { return m_locked; }
    bool hasEnded() const { return m_ended; }

    // why: "idle" or "manual", recorded.
    Expected<void> lock(const QString &why);

    enum class Resumption { Resumed, OtherUser };
    // After a sign-in while locked: the same user unlocks (new tokens, when
    // the platform gave some); another user does not (the caller ends this
    // session and starts theirs).
    Expected<Resumption> resume(const SignInOutcome &signedIn);

    // why: "sign-out", or "replaced" when another user signed in at the lock.
    Expected<void> end(const QString &why);

private:
    Expected<void> record(QLatin1StringView action, const QJsonObject &details);
    void forget();

    SignedInUser m_user;
    bool m_online = false;
    QString m_token;
    QString m_refreshToken;
    AuditLog m_auditLog;
    QString m_workstationId;
    bool m_locked = false;
    bool m_ended = false;
};

} // namespace casedesk
