#pragma once

#include "AuditLog.h"
#include "common/Expected.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace casedesk {

// The roles of a service hall. Their names are the platform's
// (docs/platform-api.md, the "roles" of a user).
enum class Role { WindowStaff, Supervisor, ItAdministrator };
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
// "window staff", translated.
QString roleTitle(Role role);

// What a user may do; the matrix is docs/security.md, "Roles and permissions".
enum class Permission {
    ViewOwnCases,
    ViewCounterCases,
    ViewHallCases,
    RevealPersonalData,
    Accept,
    OverrideBlockingFinding,
    Reassign,
    SecondCheck,
    Export,
    Administer,
    FollowUpRating, // close a bad rating's follow-up (差评整改)
};
QList<Permission> allPermissions();
QString permissionName(Permission permission); // "override-blocking-finding"
// "override a blocking finding", translated.
QString permissionTitle(Permission permission);
// The audit action recorded when the permission is exercised or refused.
QString permissionAuditAction(Permission permission);
// The permission matrix.
bool roleGrants(Role role, Permission permission);

// Who acts: a signed-in user with the roles the platform gave them, and
// where they sit. A supervisor's Actor for an override must come from signing
// that supervisor in, never from an id typed at the counter.
struct Actor {
    QString userId;
    QList<Role> roles;
    QString hallId;
    QString counterId;

    // Role names the program does not know grant nothing.
    static Actor fromRoleNames(const QString &userId, const QStringList &roleNames, const QString &hallId = {},
                               const QString &counterId = {});
    bool holds(Role role) const { return roles.contains(role); }
    bool may(Permission permission) const;
    QStringList roleNames() const;
};

// The permission check every core service makes before it acts for a user.
// A refusal is recorded in the audit log (the action, result "refused") and
// comes back as an Error with ErrorCode::PermissionDenied that says what was
// refused and which role would allow it.
class PermissionGuard
{
public:
    PermissionGuard(Actor actor, AuditLog auditLog);

    const Actor &actor() const { return m_actor; }
    AuditLog auditLog() const { return m_auditLog; }

    // Where a refusal is recorded: in a transaction of its own (check
    // before opening one), or in the caller's, committed or rolled back with it.
    enum class Recording { OwnTransaction, CallersTransaction };

    // object: what the action is on ("case:<id>"), never personal data.
    Expected<void> require(Permission permission, const QString &object = {},
                           Recording recording = Recording::OwnTransaction) const;
    // Whether another user, such as the supervisor who overrides a finding,
    // holds the permission; a refusal is recorded under the signed-in user
    // with the other user's id in the details.
    Expected<void> requireOf(const Actor &other, Permission permission, const QString &object = {},
                             Recording recording = Recording::OwnTransaction) const;

    // A permitted action done, recorded under the signed-in user.
    Expected<void> record(Permission permission, const QString &object = {}, const QJsonObject &details = {}) const;
    // An action that needs no permission of its own but leaves a trace
    // (opening a case, printing), recorded under the signed-in user.
    Expected<void> record(QLatin1StringView action, const QString &object = {}, const QJsonObject &details = {}) const;

private:
    Expected<void> refuse(const Actor &who, Permission permission, const QString &object, Recording recording) const;

    Actor m_actor;
    AuditLog m_auditLog;
};

} // namespace casedesk
