#include "Session.h"

using namespace Qt::StringLiterals;

namespace casedesk {

Session::Session(const SignInOutcome &signedIn, AuditLog auditLog, QString workstationId)
    : m_user(signedIn.user),
      m_online(signedIn.online),
      m_token(signedIn.token),
      m_refreshToken(signedIn.refreshToken),
      m_auditLog(std::move(auditLog)),
      m_workstationId(std::move(workstationId))
{ }

Session::~Session()
{
    forget();
}

Expected<void> Session::lock(const QString &why)
{
    if (m_locked || m_ended)
        return {};
    m_locked = true;
    return record(auditaction::lock, {{u"reason"_s, why}});
}

Expected<Session::Resumption> Session::resume(const SignInOutcome &signedIn)
{
    if (!signedIn.signedIn() || signedIn.user.id != m_user.id)
        return Resumption::OtherUser;
    if (signedIn.online) {
        wipeString(m_token);
        wipeString(m_refreshToken);
        m_token = signedIn.token;
        m_refreshToken = signedIn.refreshToken;
        m_online = true;
    }
    const bool wasLocked = m_locked;
    m_locked = false;
    if (wasLocked) {
        if (auto recorded = record(auditaction::unlock, {{u"mode"_s, signedIn.online ? u"online"_s : u"offline"_s}});
            !recorded)
            return recorded.error();
    }
    return Resumption::Resumed;
}

Expected<void> Session::end(const QString &why)
{
    if (m_ended)
        return {};
    auto recorded = record(auditaction::signOut, {{u"reason"_s, why}});
    forget();
    m_ended = true;
    return recorded;
}

Expected<void> Session::record(QLatin1StringView action, const QJsonObject &details)
{
    auto recorded = m_auditLog.append(
        AuditEntry{m_user.id, action, u"workstation:"_s + m_workstationId, AuditResult::Succeeded, details, {}});
    if (!recorded)
        return recorded.error();
    return {};
}

void Session::forget()
{
    wipeString(m_token);
    wipeString(m_refreshToken);
    m_token.clear();
    m_refreshToken.clear();
    m_user = SignedInUser{};
    m_online = false;
}

} // namespace casedesk
