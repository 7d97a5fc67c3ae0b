#include "SupervisorActions.h"

#include "common/TimeOrderedId.h"
#include "domain/CaseStateMachine.h"
#include "storage/CaseStore.h"
#include "storage/SqlValues.h"
#include "sync/Protocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// Runs statements in one transaction; the first failure rolls all back.
class Transaction
{
public:
    Transaction(QSqlDatabase database, SqlErrorMapper mapError, QString action)
        : m_database(std::move(database)), m_mapError(std::move(mapError)), m_action(std::move(action))
    { }
    ~Transaction()
    {
        if (m_open)
            m_database.rollback();
    }

    Expected<void> begin()
    {
        if (!m_database.transaction())
            return m_mapError(m_database.lastError(), m_action);
        m_open = true;
        return {};
    }
    // The number of rows changed.
    Expected<int> exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_database);
        if (!query.prepare(sql))
            return m_mapError(query.lastError(), m_action);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return m_mapError(query.lastError(), m_action);
        return query.numRowsAffected();
    }
    Expected<void> commit()
    {
        if (!m_database.commit())
            return m_mapError(m_database.lastError(), m_action);
        m_open = false;
        return {};
    }

private:
    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
    QString m_action;
    bool m_open = false;
};

} // namespace

QString secondCheckDecisionName(SecondCheckDecision decision)
{
    return decision == SecondCheckDecision::Confirm ? u"confirm"_s : u"overturn"_s;
}

SupervisorActions::SupervisorActions(QSqlDatabase database, SqlErrorMapper mapError, PermissionGuard guard)
    : m_database(std::move(database)), m_mapError(std::move(mapError)), m_guard(std::move(guard))
{ }

Expected<Case> SupervisorActions::load(const QString &caseId, const QString &action) const
{
    auto loaded = CaseStore(m_database, m_mapError).load(caseId);
    if (!loaded)
        return Error::make(loaded.error().code, u"%1: %2"_s.arg(action, loaded.error().message));
    return loaded;
}

Expected<void> SupervisorActions::validReason(const QString &reason, const QString &action) const
{
    if (reason.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("SupervisorActions", "%1: a reason is required.").arg(action));
    if (reason.size() > maximumSupervisorReasonLength)
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("SupervisorActions",
                                        "%1: the reason is %2 characters long; at most %3 are kept. Shorten it.")
                .arg(action)
                .arg(reason.size())
                .arg(maximumSupervisorReasonLength));
    return {};
}

Expected<Case> SupervisorActions::reassign(const Reassignment &reassignment)
{
    const QString action =
        QCoreApplication::translate("SupervisorActions", "Reassigning case %1").arg(reassignment.caseId);
    const QString object = u"case:"_s + reassignment.caseId;
    // Before the transaction: a refusal is recorded in one of its own.
    if (auto allowed = m_guard.require(Permission::Reassign, object); !allowed)
        return allowed.error();
    if (auto valid = validReason(reassignment.reason, action); !valid)
        return valid.error();
    if (reassignment.staffId.isEmpty() && reassignment.counterId.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("SupervisorActions",
                                                       "%1: choose the staff member or the counter to hand it to.")
                               .arg(action));
    auto current = load(reassignment.caseId, action);
    if (!current)
        return current.error();
    if (CaseStateMachine::isFinal(current->state))
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("SupervisorActions", "%1: the case is closed; only open cases are reassigned.")
                .arg(action));
    Case updated = *current;
    if (!reassignment.staffId.isEmpty())
        updated.staffId = reassignment.staffId;
    if (!reassignment.counterId.isEmpty())
        updated.counterId = reassignment.counterId;
    if (updated.staffId == current->staffId && updated.counterId == current->counterId)
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("SupervisorActions", "%1: the case is already with %2 at counter %3.")
                .arg(action, current->staffId, current->counterId));
    const QDateTime at = reassignment.atUtc.isValid() ? reassignment.atUtc.toUTC() : QDateTime::currentDateTimeUtc();
    updated.updatedUtc = at;
    updated.revision = current->revision + 1;
    const QString actor = m_guard.actor().userId;
    const QString reason = reassignment.reason.trimmed();

    Transaction transaction(m_database, m_mapError, action);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    // Only the revision it was read at: a change in between is not overwritten.
    auto changed = transaction.exec(u"UPDATE cases SET staff_id = ?, counter_id = ?, updated_at = ?, revision = ? "
                                    "WHERE id = ? AND revision = ?"_s,
                                    {textOrNull(updated.staffId), textOrNull(updated.counterId), at, updated.revision,
                                     updated.id, current->revision});
    if (!changed)
        return changed.error();
    if (*changed != 1)
        return Error::make(
            ErrorCode::Busy,
            QCoreApplication::translate("SupervisorActions", "%1: the case changed meanwhile; look at it again.")
                .arg(action));
    const QJsonObject details{{u"fromStaff"_s, current->staffId},
                              {u"toStaff"_s, updated.staffId},
                              {u"fromCounter"_s, current->counterId},
                              {u"toCounter"_s, updated.counterId}};
    const QString state = caseStateName(current->state);
    if (auto event =
            transaction.exec(u"INSERT INTO case_events (case_id, kind, from_state, to_state, actor, at, reason, "
                             "payload) VALUES (?, 'reassign', ?, ?, ?, ?, ?, ?)"_s,
                             {updated.id, state, state, actor, at, reason, compactJson(details)});
        !event)
        return event.error();
    const protocol::ReassignPayload payload{updated.staffId, updated.counterId, actor, reason, at};
    if (auto op =
            transaction.exec(u"INSERT INTO outbox (op_id, case_id, kind, payload, base_rev, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"_s,
                             {newTimeOrderedId(), updated.id, protocol::opKindName(protocol::OpKind::CaseReassign),
                              compactJson(protocol::toJson(payload)), current->revision, at});
        !op)
        return op.error();
    AuditLog log = m_guard.auditLog();
    if (auto audited = log.appendInTransaction(
            AuditEntry{actor, auditaction::reassign, object, AuditResult::Succeeded, details, {}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return updated;
}

Expected<void> SupervisorActions::secondCheck(const SecondCheck &check)
{
    const QString action =
        QCoreApplication::translate("SupervisorActions", "Second-checking case %1").arg(check.caseId);
    const QString object = u"case:"_s + check.caseId;
    if (auto allowed = m_guard.require(Permission::SecondCheck, object); !allowed)
        return allowed.error();
    if (auto valid = validReason(check.reason, action); !valid)
        return valid.error();
    auto current = load(check.caseId, action);
    if (!current)
        return current.error();
    QString checked;
    if (current->state == CaseState::CorrectionIssued)
        checked = caseEventName(CaseEvent::IssueCorrection);
    else if (current->state == CaseState::Rejected)
        checked = caseEventName(CaseEvent::Reject);
    else
        return Error::make(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("SupervisorActions",
                                        "%1: only an open correction notice or a rejection is second-checked.")
                .arg(action));

    const QDateTime at = check.atUtc.isValid() ? check.atUtc.toUTC() : QDateTime::currentDateTimeUtc();
    const QString actor = m_guard.actor().userId;
    const QString reason = check.reason.trimmed();
    const QString decision = secondCheckDecisionName(check.decision);
    const QJsonObject details{{u"decision"_s, decision}, {u"checked"_s, checked}};

    Transaction transaction(m_database, m_mapError, action);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    const QString state = caseStateName(current->state);
    if (auto event =
            transaction.exec(u"INSERT INTO case_events (case_id, kind, from_state, to_state, actor, at, reason, "
                             "payload) VALUES (?, 'second_check', ?, ?, ?, ?, ?, ?)"_s,
                             {current->id, state, state, actor, at, reason, compactJson(details)});
        !event)
        return event.error();
    // A note commutes: the platform keeps it whatever the case's revision.
    const QString text = u"second-check %1 of %2: %3"_s.arg(decision, checked, reason);
    const QJsonObject note{{u"text"_s, text}, {u"actor"_s, actor}, {u"at"_s, at.toString(Qt::ISODateWithMs)}};
    if (auto op = transaction.exec(u"INSERT INTO outbox (op_id, case_id, kind, payload, base_rev, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"_s,
                                   {newTimeOrderedId(), current->id, protocol::opKindName(protocol::OpKind::CaseNote),
                                    compactJson(note), current->revision, at});
        !op)
        return op.error();
    AuditLog log = m_guard.auditLog();
    if (auto audited = log.appendInTransaction(
            AuditEntry{actor, auditaction::secondCheck, object, AuditResult::Succeeded, details, {}});
        !audited)
        return audited.error();
    return transaction.commit();
}

} // namespace casedesk
