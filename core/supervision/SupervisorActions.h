#pragma once

#include "common/Expected.h"
#include "domain/Case.h"
#include "security/Permissions.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// The longest reason a supervisor may give, in characters.
inline constexpr int maximumSupervisorReasonLength = 1000;

// Hand an open case to another staff member, another counter, or both.
struct Reassignment {
    QString caseId;
    QString staffId; // empty: the case keeps its staff member
    QString counterId; // empty: the case keeps its counter
    QString reason;
    QDateTime atUtc; // now, when not valid
};

// A supervisor's second check (复核) of a correction notice or a rejection.
enum class SecondCheckDecision { Confirm, Overturn };
QString secondCheckDecisionName(SecondCheckDecision decision); // "confirm", "overturn"

struct SecondCheck {
    QString caseId;
    SecondCheckDecision decision = SecondCheckDecision::Confirm;
    QString reason;
    QDateTime atUtc; // now, when not valid
};

// What a supervisor does from the desk, for the signed-in user of the guard:
// each action is checked (docs/security.md: reassign, second-check), a
// refusal recorded in the audit log; a permitted one is written with its
// case event, its outbox op and its audit record in one transaction.
//
// - reassign(): the case's staff member and/or counter change, its revision
//   goes up; case event "reassign", op "case.reassign" (base revision: the
//   one it changed). Only open cases; a reason is required.
// - secondCheck(): a case whose correction notice is still open or that
//   was rejected; case event "second_check" with the decision, and a
//   "case.note" op saying it, so the platform keeps it with the case. The
//   case's state is not changed: overturning is the starting point for the
//   counter to act (accept, or take the case up again), not an act itself.
class SupervisorActions
{
public:
    SupervisorActions(QSqlDatabase database, SqlErrorMapper mapError, PermissionGuard guard);

    const PermissionGuard &guard() const { return m_guard; }

    Expected<Case> reassign(const Reassignment &reassignment);
    Expected<void> secondCheck(const SecondCheck &check);

private:
    Expected<Case> load(const QString &caseId, const QString &action) const;
    Expected<void> validReason(const QString &reason, const QString &action) const;

    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
    PermissionGuard m_guard;
};

} // namespace casedesk
