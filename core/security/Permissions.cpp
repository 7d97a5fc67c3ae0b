#include "Permissions.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr Role allRoles[] = {Role::WindowStaff, Role::Supervisor, Role::ItAdministrator};

QString rolesThatGrant(Permission permission)
{
    QStringList titles;
    for (Role role : allRoles) {
        if (roleGrants(role, permission))
            titles << roleTitle(role);
    }
    return titles.join(QCoreApplication::translate("Permissions", " or "));
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::WindowStaff: return u"window-staff"_s;
    case Role::Supervisor: return u"supervisor"_s;
    case Role::ItAdministrator: return u"it-admin"_s;
    }
    return QString();
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : allRoles) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::WindowStaff: return QCoreApplication::translate("Permissions", "window staff");
    case Role::Supervisor: return QCoreApplication::translate("Permissions", "supervisor");
    case Role::ItAdministrator: return QCoreApplication::translate("Permissions", "IT administrator");
    }
    return QString();
}

QList<Permission> allPermissions()
{
    return {Permission::ViewOwnCases,       Permission::ViewCounterCases, Permission::ViewHallCases,
            Permission::RevealPersonalData, Permission::Accept,           Permission::OverrideBlockingFinding,
            Permission::Reassign,           Permission::SecondCheck,      Permission::Export,
            Permission::Administer,         Permission::FollowUpRating};
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ViewOwnCases: return u"view-own-cases"_s;
    case Permission::ViewCounterCases: return u"view-counter-cases"_s;
    case Permission::ViewHallCases: return u"view-hall-cases"_s;
    case Permission::RevealPersonalData: return u"reveal-personal-data"_s;
    case Permission::Accept: return u"accept"_s;
    case Permission::OverrideBlockingFinding: return u"override-blocking-finding"_s;
    case Permission::Reassign: return u"reassign"_s;
    case Permission::SecondCheck: return u"second-check"_s;
    case Permission::Export: return u"export"_s;
    case Permission::Administer: return u"administer"_s;
    case Permission::FollowUpRating: return u"follow-up-rating"_s;
    }
    return QString();
}

QString permissionTitle(Permission permission)
{
    switch (permission) {
    case Permission::ViewOwnCases: return QCoreApplication::translate("Permissions", "view their own cases");
    case Permission::ViewCounterCases: return QCoreApplication::translate("Permissions", "view their counter's cases");
    case Permission::ViewHallCases: return QCoreApplication::translate("Permissions", "view the whole hall's cases");
    case Permission::RevealPersonalData: return QCoreApplication::translate("Permissions", "reveal personal data");
    case Permission::Accept: return QCoreApplication::translate("Permissions", "accept cases");
    case Permission::OverrideBlockingFinding:
        return QCoreApplication::translate("Permissions", "override a finding that blocks acceptance");
    case Permission::Reassign: return QCoreApplication::translate("Permissions", "reassign cases");
    case Permission::SecondCheck: return QCoreApplication::translate("Permissions", "second-check cases");
    case Permission::Export: return QCoreApplication::translate("Permissions", "export data");
    case Permission::Administer: return QCoreApplication::translate("Permissions", "administer the workstation");
    case Permission::FollowUpRating: return QCoreApplication::translate("Permissions", "follow up a bad rating");
    }
    return QString();
}

QString permissionAuditAction(Permission permission)
{
    switch (permission) {
    case Permission::ViewOwnCases:
    case Permission::ViewCounterCases:
    case Permission::ViewHallCases: return auditaction::caseListView;
    case Permission::RevealPersonalData: return auditaction::revealPersonalData;
    case Permission::Accept: return auditaction::accept;
    case Permission::OverrideBlockingFinding: return auditaction::overrideFinding;
    case Permission::Reassign: return auditaction::reassign;
    case Permission::SecondCheck: return auditaction::secondCheck;
    case Permission::Export: return auditaction::exportData;
    case Permission::Administer: return auditaction::administer;
    case Permission::FollowUpRating: return auditaction::followUpRating;
    }
    return QString();
}

bool roleGrants(Role role, Permission permission)
{
    switch (role) {
    case Role::WindowStaff:
        // The counter's own work; the hall's cases and the decisions above
        // the counter are the supervisor's.
        return permission == Permission::ViewOwnCases || permission == Permission::ViewCounterCases
            || permission == Permission::RevealPersonalData || permission == Permission::Accept;
    case Role::Supervisor: return permission != Permission::Administer;
    case Role::ItAdministrator:
        // Separation of duties (等保 2.0, 8.1.4.2): whoever keeps the
        // workstation running sees no citizen's case.
        return permission == Permission::Administer;
    }
    return false;
}

Actor Actor::fromRoleNames(const QString &userId, const QStringList &roleNames, const QString &hallId,
                           const QString &counterId)
{
    Actor actor{userId, {}, hallId, counterId};
    for (const QString &name : roleNames) {
        if (const auto role = roleFromName(name); role && !actor.roles.contains(*role))
            actor.roles.append(*role);
    }
    return actor;
}

bool Actor::may(Permission permission) const
{
    return !userId.isEmpty()
        && std::any_of(roles.cbegin(), roles.cend(), [permission](Role role) { return roleGrants(role, permission); });
}

QStringList Actor::roleNames() const
{
    QStringList names;
    for (Role role : roles)
        names << roleName(role);
    return names;
}

PermissionGuard::PermissionGuard(Actor actor, AuditLog auditLog)
    : m_actor(std::move(actor)), m_auditLog(std::move(auditLog))
{ }

Expected<void> PermissionGuard::require(Permission permission, const QString &object, Recording recording) const
{
    if (m_actor.may(permission))
        return {};
    return refuse(m_actor, permission, object, recording);
}

Expected<void> PermissionGuard::requireOf(const Actor &other, Permission permission, const QString &object,
                                          Recording recording) const
{
    if (other.may(permission))
        return {};
    return refuse(other, permission, object, recording);
}

Expected<void> PermissionGuard::record(Permission permission, const QString &object, const QJsonObject &details) const
{
    AuditLog log = m_auditLog;
    auto recorded = log.append(
        AuditEntry{m_actor.userId, permissionAuditAction(permission), object, AuditResult::Succeeded, details, {}});
    if (!recorded)
        return recorded.error();
    return {};
}

Expected<void> PermissionGuard::record(QLatin1StringView action, const QString &object,
                                       const QJsonObject &details) const
{
    AuditLog log = m_auditLog;
    auto recorded = log.append(AuditEntry{m_actor.userId, action, object, AuditResult::Succeeded, details, {}});
    if (!recorded)
        return recorded.error();
    return {};
}

Expected<void> PermissionGuard::refuse(const Actor &who, Permission permission, const QString &object,
                                       Recording recording) const
{
    QJsonObject details{{u"permission"_s, permissionName(permission)},
                        {u"roles"_s, QJsonArray::fromStringList(who.roleNames())}};
    if (who.userId != m_actor.userId)
        details.insert(u"for"_s, who.userId);
    const AuditEntry entry{m_actor.userId.isEmpty() ? u"(nobody)"_s : m_actor.userId,
                           permissionAuditAction(permission),
                           object,
                           AuditResult::Refused,
                           details,
                           {}};
    AuditLog log = m_auditLog;
    auto recorded = recording == Recording::CallersTransaction ? log.appendInTransaction(entry) : log.append(entry);
    if (!recorded) // the refusal stands all the same
        qCWarning(lcVault) << "could not record a refused" << permissionName(permission)
                           << "in the audit log:" << recorded.error().message;

    const QString user =
        who.userId.isEmpty() ? QCoreApplication::translate("Permissions", "Nobody signed in") : who.userId;
    return Error::make(ErrorCode::PermissionDenied,
                       QCoreApplication::translate("Permissions", "%1 may not %2: that needs the role of %3.")
                           .arg(user, permissionTitle(permission), rolesThatGrant(permission)));
}

} // namespace casedesk
