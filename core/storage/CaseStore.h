#pragma once

#include "StorageError.h"
#include "common/Expected.h"
#include "domain/CaseStateMachine.h"
#include "domain/NewCase.h"

#include <QList>
#include <QSqlDatabase>

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
};

// Cases in the vault. Every change is written with its case event and its
// outbox op in one transaction, so the platform hears of every change exactly
// as the counter saw it.
class CaseStore
{
public:
    // Any connection with the vault schema; Vault::caseStore() gives the vault's.
    CaseStore(QSqlDatabase database, SqlErrorMapper mapError);

    // All of the batch, or none of it.
    Expected<void> insertNew(const QList<NewCase> &batch, const QString &actor);
    Expected<bool> containsCase(const QString &caseId) const;
    Expected<Case> load(const QString &caseId) const;
    // Moves a case along the state machine: the new state, its case event and
    // a "case.transition" op (base revision = the revision it changed) in one
    // transaction. An illegal transition changes nothing.
    Expected<Case> apply(const CaseTransition &transition);
    Expected<VaultCounts> counts() const;

private:
    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
};

} // namespace casedesk
