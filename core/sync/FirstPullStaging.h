#pragma once

#include "Protocol.h"
#include "common/Expected.h"
#include "storage/StorageError.h"

#include <QSet>
#include <QSqlDatabase>

namespace casedesk {

// A new workstation's first pull, staged apart from the case list.
//
// Written page by page into the case list, a hall's backlog costs a dozen
// index entries per case at random places, each on a page SQLCipher encrypts
// again at every page's commit: most of the pull's time. Staged, the pages
// go into pull_staging, which has no index but its key; the last page moves
// them into cases and rebuilds the case list's indexes in one pass, in the
// same transaction, so readers see the list before or after, never without
// its indexes. Each page still commits with its cursor: a pull broken off
// goes on staging where it stopped.
//
// Works inside the caller's transaction (SyncStore::applyChanges).
class FirstPullStaging
{
public:
    FirstPullStaging(QSqlDatabase database, const SqlErrorMapper &mapError);

    // Whether this page goes to staging: a staged pull is under way, or the
    // vault has never pulled (cursor 0) and the platform has more than a page.
    Expected<bool> takes(const protocol::ChangesPage &page, qint64 cursorBefore);
    // Stages the page's cases (but those with ops still to push, which keep
    // their local version) and ratings; at the last page, moves everything
    // into the vault. Returns the number of cases written.
    Expected<int> stage(const protocol::ChangesPage &page, const QSet<QString> &pendingCases);

private:
    Expected<bool> underWay() const;
    Expected<void> settle();
    Expected<void> settleCasesAlreadyHere(const QString &action);
    Expected<void> moveIn(const QString &action);
    Expected<void> recordRatings(const QString &action);

    QSqlDatabase m_database;
    const SqlErrorMapper &m_mapError;
};

} // namespace casedesk
