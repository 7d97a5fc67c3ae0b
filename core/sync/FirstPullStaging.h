#pragma once

#include "Protocol.h"
#include "common/Expected.h"
#include "storage/StorageError.h"

#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace casedesk {

// A new workstation's first pull, staged apart from the case list.
//
// Written page by page into the case list, a hall's backlog costs a dozen
// index entries per case at random places, each on a page SQLCipher encrypts
// again at every page's commit: most of the pull's time. Staged, the pages
// go into pull_staging (a copy of the case table's definition, made at the
// pull's first page) and pull_staging_applicants, which have no index but
// their keys. The last page moves them in, in the same transaction, so
// readers see the case list before or after, never without its indexes:
// into a vault with no case the staged table becomes the case table, its
// indexes built in one pass each; otherwise the rows are copied in. Each
// page still commits with its cursor: a pull broken off goes on staging
// where it stopped.
//
// Works inside the caller's transaction (SyncStore::applyChanges), which for
// a staged page runs with foreign keys off: a staged case refers to an
// applicant who waits in staging too (Vault::checkIntegrity knows).
//
// A migration that changes the case or applicant table must start a staged
// pull again from the beginning, as migration 14 does: the staging tables
// were made from the definitions before it.
class FirstPullStaging
{
public:
    FirstPullStaging(QSqlDatabase database, const SqlErrorMapper &mapError);

    // Whether this page goes to staging: a staged pull is under way, or the
    // vault has never pulled (cursor 0) and the platform has more than a
    // page. Reads only: asked before the page's transaction.
    Expected<bool> takes(const protocol::ChangesPage &page, qint64 cursorBefore) const;
    // Stages the page's cases (but those with ops still to push, which keep
    // their local version) and ratings; at the last page, moves everything
    // into the vault. Returns the number of cases written.
    Expected<int> stage(const protocol::ChangesPage &page, const QSet<QString> &pendingCases);

private:
    Expected<bool> underWay() const;
    Expected<void> begin();
    Expected<void> settle();
    Expected<bool> settleCasesAlreadyHere(const QString &action);
    using AssignmentsOf = std::function<QString(const std::function<QString(const QString &column)> &valueOf)>;
    Expected<bool> settleRowsAlreadyHere(const QString &table, const AssignmentsOf &assignments, const QString &action);
    // table's staged rows into it: copied in when it has rows, else taking its place.
    Expected<void> moveIn(const QString &table, const QStringList &columns, bool tableHasRows, const QString &action);
    Expected<void> swapIn(const QString &table, const QString &action);
    Expected<void> moveRows(const QString &table, const QStringList &columns, const QString &action);
    Expected<void> withTableCached(const QString &action, const std::function<Expected<void>()> &work);
    Expected<void> recordRatings(const QString &action);
    Expected<qint64> count(const QString &table, const QString &action) const;

    QSqlDatabase m_database;
    const SqlErrorMapper &m_mapError;
};

} // namespace casedesk
