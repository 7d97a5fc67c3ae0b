#include "SignInService.h"

#include "common/Clock.h"
#include "common/LogCategories.h"
#include "sync/PlatformClient.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace casedesk {

QString signInPurposeName(SignInPurpose purpose)
{
    switch (purpose) {
    case SignInPurpose::Session: return u"session"_s;
    case SignInPurpose::Unlock: return u"unlock"_s;
    case SignInPurpose::Override: return u"override"_s;
    }
    return QString();
}

struct SignInService::Attempt {
    QString userId;
    SecureBytes password;
    QString oneTimeCode;
    SignInPurpose purpose = SignInPurpose::Session;
    std::function<void(SignInOutcome)> done;
};

SignInService::SignInService(SignInStore store, AuditLog auditLog, const Clock &clock, PlatformClient *platform,
                             QString workstationId, QObject *parent)
    : QObject(parent),
      m_store(std::move(store)),
      m_auditLog(std::move(auditLog)),
      m_clock(clock),
      m_platform(platform),
      m_workstationId(std::move(workstationId))
{ }

void SignInService::signIn(const QString &userId, SecureBytes password, const QString &oneTimeCode,
                           SignInPurpose purpose, std::function<void(SignInOutcome)> done)
{
    auto attempt = std::make_shared<Attempt>(
        Attempt{userId.trimmed(), std::move(password), oneTimeCode.trimmed(), purpose, std::move(done)});
    const auto finish = [this, attempt](SignInOutcome outcome) {
        attempt->password.wipe();
        // Always later, as the platform's answer would be.
        QTimer::singleShot(0, this, [attempt, outcome = std::move(outcome)] { attempt->done(outcome); });
    };
    if (attempt->userId.isEmpty()) {
        SignInOutcome outcome;
        outcome.kind = SignInOutcome::Kind::Refused;
        outcome.message = QCoreApplication::translate("SignInService", "Enter your user id.");
        return finish(std::move(outcome));
    }
    auto failures = m_store.failures(attempt->userId);
    if (!failures) {
        SignInOutcome outcome;
        outcome.message = failures.error().message;
        return finish(std::move(outcome));
    }
    const std::chrono::seconds wait = signinthrottle::remainingWait(*failures, m_clock.nowUtc());
    if (wait.count() > 0) {
        SignInOutcome outcome = refused(
            *attempt, SignInOutcome::Kind::LockedOut, u"locked-out"_s,
            QCoreApplication::translate("SignInService", "Too many failed sign-ins for %1. Try again in %n second(s).",
                                        nullptr, int(wait.count()))
                .arg(attempt->userId));
        outcome.wait = wait;
        return finish(std::move(outcome));
    }
    if (m_platform)
        return online(attempt);
    offline(attempt, QCoreApplication::translate("SignInService", "no platform is configured"));
}

void SignInService::online(std::shared_ptr<Attempt> attempt)
{
    QString password = QString::fromUtf8(attempt->password.view());
    QPointer<SignInService> self(this);
    m_platform->login(
        attempt->userId, password, m_workstationId, attempt->oneTimeCode,
        [self, attempt](PlatformResult<protocol::LoginResult> answer) {
            if (!self) {
                attempt->password.wipe();
                return;
            }
            SignInOutcome outcome;
            if (auto *login = std::get_if<protocol::LoginResult>(&answer)) {
                SignedInUser user{login->userId, login->userName, login->roles, login->hallId, {}, login->counterId};
                outcome = self->accepted(*attempt, std::move(user), true, login->secondFactor);
                if (outcome.signedIn()) {
                    outcome.token = login->token;
                    outcome.refreshToken = login->refreshToken;
                }
                wipeString(login->token);
                wipeString(login->refreshToken);
            } else {
                const PlatformFailure &failure = std::get<PlatformFailure>(answer);
                if (failure.code == protocol::signInThrottled) {
                    // The platform holds the account back: signing in offline
                    // instead would get round the wait.
                    outcome = self->throttledByPlatform(*attempt, failure);
                    attempt->password.wipe();
                    attempt->done(outcome);
                    return;
                }
                if (failure.isTransient()) {
                    self->offline(attempt, failure.message);
                    return;
                }
                if (failure.kind == PlatformFailure::Kind::Unauthorized)
                    outcome = self->unauthorized(*attempt, failure.code);
                else
                    outcome = self->refused(
                        *attempt, SignInOutcome::Kind::Refused, u"platform-refused"_s,
                        QCoreApplication::translate("SignInService", "The platform refused the sign-in: %1")
                            .arg(failure.message));
            }
            attempt->password.wipe();
            attempt->done(outcome);
        });
    wipeString(password);
}

void SignInService::offline(std::shared_ptr<Attempt> attempt, const QString &unreachable)
{
    SignInOutcome outcome;
    auto cached = m_store.cached(attempt->userId);
    if (!cached) {
        outcome.message = cached.error().message;
    } else if (!cached->has_value()) {
        outcome = refused(*attempt, SignInOutcome::Kind::NoVerifier, u"no-verifier"_s,
                          QCoreApplication::translate("SignInService",
                                                      "The platform cannot be reached (%1), and %2 has not signed "
                                                      "in online on this workstation before, so the password cannot "
                                                      "be checked here. Sign in when the platform is back, or ask "
                                                      "a colleague who has signed in here.")
                              .arg(unreachable, attempt->userId));
    } else if (auto matches = (*cached)->verifier.matches(attempt->password); !matches) {
        outcome.message = matches.error().message;
    } else if (!*matches) {
        outcome = wrongPassword(*attempt);
    } else if ((*cached)->secondFactor
               && (*cached)->updatedUtc.secsTo(m_clock.nowUtc())
                   > std::chrono::duration_cast<std::chrono::seconds>(offlineSecondFactorGrace).count()) {
        const int hours = int(offlineSecondFactorGrace.count());
        outcome = refused(*attempt, SignInOutcome::Kind::NoVerifier, u"second-factor-offline"_s,
                          QCoreApplication::translate("SignInService",
                                                      "The platform cannot be reached (%1). %2 signs in with a "
                                                      "one-time code, which only the platform can check, and the "
                                                      "last sign-in here with the code was more than %n hour(s) "
                                                      "ago. Sign in when the platform is back.",
                                                      nullptr, hours)
                              .arg(unreachable, attempt->userId));
    } else {
        outcome = accepted(*attempt, (*cached)->user, false, (*cached)->secondFactor);
    }
    attempt->password.wipe();
    QTimer::singleShot(0, this, [attempt, outcome = std::move(outcome)] { attempt->done(outcome); });
}

SignInOutcome SignInService::accepted(const Attempt &attempt, SignedInUser user, bool online, bool secondFactor)
{
    SignInOutcome outcome;
    if (online) {
        // The verifier for the next offline sign-in.
        auto verifier = SignInVerifier::derive(attempt.password);
        if (!verifier) {
            outcome.message = verifier.error().message;
            return outcome;
        }
        if (auto cached = m_store.cache(CachedSignIn{*verifier, user, m_clock.nowUtc(), secondFactor}); !cached) {
            outcome.message = cached.error().message;
            return outcome;
        }
    }
    for (const QString &id : {attempt.userId, user.id}) {
        if (auto cleared = m_store.clearFailures(id); !cleared) {
            outcome.message = cleared.error().message;
            return outcome;
        }
    }
    Attempt recordedAs{user.id, {}, {}, attempt.purpose, {}};
    // Offline, the one-time code was not checked: the record says so.
    QJsonObject details{{u"mode"_s, online ? u"online"_s : u"offline"_s}};
    if (secondFactor)
        details.insert(u"secondFactor"_s, online ? u"checked"_s : u"within-grace"_s);
    audit(recordedAs, auditaction::signIn, AuditResult::Succeeded, details);
    outcome.kind = SignInOutcome::Kind::SignedIn;
    outcome.user = std::move(user);
    outcome.online = online;
    return outcome;
}

SignInOutcome SignInService::unauthorized(const Attempt &attempt, const QString &problemCode)
{
    // Both count as failures: the answer to a password without its code
    // says the password was right.
    if (problemCode == protocol::secondFactorRequired)
        return failed(attempt, SignInOutcome::Kind::SecondFactorRequired, u"second-factor-required"_s,
                      QCoreApplication::translate("SignInService",
                                                  "%1 signs in with a one-time code as well. Type the code your "
                                                  "token shows now, and the password again.")
                          .arg(attempt.userId));
    if (problemCode == protocol::secondFactorWrong)
        return failed(attempt, SignInOutcome::Kind::WrongPassword, u"wrong-one-time-code"_s,
                      QCoreApplication::translate("SignInService",
                                                  "The one-time code is wrong, or was used already. Type the code "
                                                  "your token shows now."));
    return wrongPassword(attempt);
}

SignInOutcome SignInService::throttledByPlatform(const Attempt &attempt, const PlatformFailure &failure)
{
    const auto wait = std::max(std::chrono::seconds(1), std::chrono::ceil<std::chrono::seconds>(failure.retryAfter));
    SignInOutcome outcome = refused(
        attempt, SignInOutcome::Kind::LockedOut, u"platform-throttled"_s,
        QCoreApplication::translate("SignInService",
                                    "The platform holds back sign-ins for %1 after too many failed attempts. Try "
                                    "again in %n second(s).",
                                    nullptr, int(wait.count()))
            .arg(attempt.userId));
    outcome.wait = wait;
    return outcome;
}

SignInOutcome SignInService::wrongPassword(const Attempt &attempt)
{
    return failed(attempt, SignInOutcome::Kind::WrongPassword, u"wrong-password"_s,
                  QCoreApplication::translate("SignInService", "The user id or the password is wrong."));
}

SignInOutcome SignInService::failed(const Attempt &attempt, SignInOutcome::Kind kind, const QString &reason,
                                    const QString &message)
{
    auto failures = m_store.failures(attempt.userId);
    if (!failures) {
        SignInOutcome outcome;
        outcome.message = failures.error().message;
        return outcome;
    }
    failures->consecutive += 1;
    failures->lastFailureUtc = m_clock.nowUtc();
    if (auto saved = m_store.saveFailures(attempt.userId, *failures); !saved) {
        SignInOutcome outcome;
        outcome.message = saved.error().message;
        return outcome;
    }
    const std::chrono::seconds wait = signinthrottle::delayAfter(failures->consecutive);
    QString shown = message;
    if (wait.count() > 0)
        shown += u' '
            + QCoreApplication::translate("SignInService",
                                          "After %1 failed attempts in a row, the next one is taken in %n second(s).",
                                          nullptr, int(wait.count()))
                  .arg(failures->consecutive);
    SignInOutcome outcome = refused(attempt, kind, reason, shown);
    outcome.wait = wait;
    return outcome;
}

SignInOutcome SignInService::refused(const Attempt &attempt, SignInOutcome::Kind kind, const QString &reason,
                                     const QString &message)
{
    audit(attempt, auditaction::signInFailed, AuditResult::Failed, {{u"reason"_s, reason}});
    SignInOutcome outcome;
    outcome.kind = kind;
    outcome.message = message;
    return outcome;
}

void SignInService::audit(const Attempt &attempt, QLatin1StringView action, AuditResult result, QJsonObject details)
{
    details.insert(u"purpose"_s, signInPurposeName(attempt.purpose));
    auto recorded =
        m_auditLog.append(AuditEntry{attempt.userId, action, u"workstation:"_s + m_workstationId, result, details, {}});
    if (!recorded) // the sign-in's outcome stands; IT staff see the log's failure
        qCWarning(lcVault) << "could not record" << action << "in the audit log:" << recorded.error().message;
}

void SignInService::endPlatformSession(const QString &token, std::function<void(bool)> done)
{
    if (!m_platform || token.isEmpty()) {
        if (done)
            done(false);
        return;
    }
    m_platform->logout(token, [done = std::move(done)](PlatformResult<bool> answer) {
        const bool ended = std::holds_alternative<bool>(answer);
        if (!ended)
            qCWarning(lcSync) << "the platform session could not be ended at sign-out:"
                              << std::get<PlatformFailure>(answer).message;
        if (done)
            done(ended);
    });
}

} // namespace casedesk
