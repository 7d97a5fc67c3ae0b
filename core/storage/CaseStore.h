#pragma once

#include "StorageError.h"
#include "common/Expected.h"
#include "domain/CaseFile.h"
#include "domain/CaseStateMachine.h"
#include "domain/NewCase.h"
#include "security/Permissions.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

struct VaultCounts {
    qint64 cases = 0;
    qint64 applicants = 0;
    qint64 documents = 0;
    qint64 caseEvents = 0;
    qint64 pendingOps = 0;
};

// A state change as the counter asks for it.
struct CaseTransition {
    QString caseId;
    CaseEvent event = CaseEvent::PreReview;
    QString actor;
    QString reason;
    QDateTime at;
    QString receiptNumber; // Accept: the number on the receipt
    QDate dueDate; // Accept: the promised completion date
    QJsonObject payload; // e.g. the correction notice, the review report
    // Accept despite blocking findings: the supervisor who allowed it, as
    // signed in (a guarded store checks their permission and records it).
    std::optional<Actor> overriddenBy = std::nullopt;
};

// Cases in the vault. Every change is written with its case event and its
// outbox op in one transaction, so the platform hears of every change exactly
// as the counter saw it.
class CaseStore
{
public:
    // Any connection with the vault schema; Vault::caseStore() gives the vault's.
    CaseStore(QSqlDatabase database, SqlErrorMapper mapError);

    // The same store acting for one signed-in user: apply() checks the
    // user's permission for what it does (accepting, overriding a blocking
    // finding), records a refusal and each accept and override in the audit
    // log. A store without a guard checks nothing: tools, the sync engine.
    CaseStore guardedBy(PermissionGuard guard) const;
    const PermissionGuard *guard() const { return m_guard ? &*m_guard : nullptr; }

    // All of the batch, or none of it.
    Expected<void> insertNew(const QList<NewCase> &batch, const QString &actor);
    Expected<bool> containsCase(const QString &caseId) const;
    Expected<Case> load(const QString &caseId) const;
    // The case with its applicant and its history, for the case detail.
    Expected<CaseFile> loadFile(const QString &caseId) const;
    // The case as a signed-in user opens it. A guarded store refuses (and
    // records the refusal) unless the user may see it — their own case, their
    // counter's, or the hall's for a supervisor — and records each opening;
    // an opening that cannot be recorded is not allowed. Unguarded: loadFile().
    Expected<CaseFile> openFile(const QString &caseId) const;
    // Whether the signed-in user may see the applicant's personal data of a
    // case unmasked; each reveal is recorded (the case and the field, never
    // the value). Refused when nobody is signed in: a reveal needs a name.
    Expected<void> authorizeReveal(const QString &caseId, const QString &field) const;
    // Moves a case along the state machine: the new state, its case event and
    // a "case.transition" op (base revision = the revision it changed) in one
    // transaction. An illegal transition changes nothing.
    Expected<Case> apply(const CaseTransition &transition);
    // apply() inside a transaction the caller holds, commits or rolls back:
    // the sync store re-submits a conflicted change and settles the conflict
    // in one transaction.
    Expected<Case> applyInTransaction(const CaseTransition &transition);
    Expected<VaultCounts> counts() const;

private:
    // A refusal is recorded in the caller's transaction when it holds one.
    Expected<void> checkPermission(const CaseTransition &transition, bool inTransaction) const;
    // An accept (and the override that allowed it), in the caller's transaction.
    Expected<void> recordInAuditLog(const CaseTransition &transition) const;

    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
    std::optional<PermissionGuard> m_guard;
};

} // namespace casedesk
