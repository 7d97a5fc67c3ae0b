#pragma once

#include "Protocol.h"
#include "common/Expected.h"
#include "storage/StorageError.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace casedesk {

// Writes the platform's version of cases inside the caller's transaction:
// the applicant into applicants and the case into the vault's cases or,
// while a first pull is staged (FirstPullStaging), into
// pull_staging_applicants and pull_staging, which have the same columns. Its statements are prepared once and reused
// for a whole page: preparing and binding cost more than the writes themselves when a page has hundreds of cases.
// INSERT OR IGNORE, then UPDATE for a row already there, stands in for UPSERT, which SQLite 3.15 lacks (REPLACE would
// delete the case's events through ON DELETE CASCADE).
class SnapshotWriter
{
public:
    enum class Target { Cases, PullStaging };

    SnapshotWriter(const QSqlDatabase &database, const SqlErrorMapper &mapError, Target target = Target::Cases);

    Expected<void> write(const protocol::CaseSnapshot &snapshot);

    // The columns of an applicant it writes (pull_staging_applicants has the
    // same), in the order it binds them, id last; and "column = value" for
    // each of them but id and created_at, joined.
    static const QStringList &applicantColumns();
    static QString applicantAssignments(const std::function<QString(const QString &column)> &valueOf);
    // The columns of a case it writes (pull_staging has the same), in the
    // order it binds them, id last.
    static const QStringList &caseColumns();
    // "column = value" for each of them but id, joined: how the platform's
    // version of a case is written over the vault's. valueOf gives each
    // column's new value as SQL.
    static QString caseAssignments(const std::function<QString(const QString &column)> &valueOf);

    // Every case of a page but those with ops still to push (which keep
    // their local version), and each rating through keepRating, whatever
    // its case. Returns the number of cases written.
    using RatingKeeper = std::function<Expected<void>(const protocol::Change &change)>;
    Expected<int> writePage(const protocol::ChangesPage &page, const QSet<QString> &pendingCases,
                            const RatingKeeper &keepRating);

private:
    template<typename Action>
    Expected<void> prepare(const Action &action);
    template<typename Bind, typename Action>
    Expected<void> insertOrUpdate(QSqlQuery &insert, QSqlQuery &update, const Bind &bind, const Action &action);

    const SqlErrorMapper &m_mapError;
    const Target m_target;
    const QDateTime m_now;
    bool m_prepared = false;
    QSqlQuery m_insertCase;
    QSqlQuery m_updateCase;
    QSqlQuery m_insertApplicant;
    QSqlQuery m_updateApplicant;
};

} // namespace casedesk
