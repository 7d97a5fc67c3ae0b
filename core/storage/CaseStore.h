#pragma once

#include "StorageError.h"
#include "common/Expected.h"
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
    Expected<VaultCounts> counts() const;

private:
    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
};

} // namespace casedesk
