#include "FirstPullStaging.h"

#include "SnapshotWriter.h"
#include "common/LogCategories.h"
#include "feedback/RatingStore.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

const QString underWayKey = u"pull.staging"_s;

QString stagingAction()
{
    return QCoreApplication::translate("SyncStore", "Staging the hall's cases for the first pull");
}

} // namespace

FirstPullStaging::FirstPullStaging(QSqlDatabase database, const SqlErrorMapper &mapError)
    : m_database(std::move(database)), m_mapError(mapError)
{ }

Expected<bool> FirstPullStaging::underWay() const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT 1 FROM sync_state WHERE key = ?"_s);
    query.addBindValue(underWayKey);
    if (!query.exec())
        return m_mapError(query.lastError(), stagingAction());
    return query.next();
}

Expected<bool> FirstPullStaging::takes(const protocol::ChangesPage &page, qint64 cursorBefore)
{
    auto staging = underWay();
    if (!staging || *staging)
        return staging;
    if (cursorBefore != 0 || !page.hasMore || page.changes.isEmpty())
        return false;
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, '1')"_s);
    query.addBindValue(underWayKey);
    if (!query.exec())
        return m_mapError(query.lastError(), stagingAction());
    qCInfo(lcSync) << "first pull: staging the hall's cases until the last page";
    return true;
}

Expected<int> FirstPullStaging::stage(const protocol::ChangesPage &page, const QSet<QString> &pendingCases)
{
    QSqlQuery rating(m_database);
    if (!rating.prepare(u"INSERT OR REPLACE INTO pull_staging_ratings (seq, case_id, rating_json) VALUES (?, ?, ?)"_s))
        return m_mapError(rating.lastError(), stagingAction());
    auto written =
        SnapshotWriter(m_database, m_mapError, SnapshotWriter::Target::PullStaging)
            .writePage(page, pendingCases, [this, &rating](const protocol::Change &change) -> Expected<void> {
                rating.addBindValue(change.seq);
                rating.addBindValue(change.snapshot.caseRecord.id);
                rating.addBindValue(compactJson(protocol::toJson(*change.rating)));
                if (!rating.exec())
                    return m_mapError(rating.lastError(), stagingAction());
                return {};
            });
    if (!written)
        return written;
    if (!page.hasMore) {
        if (auto settled = settle(); !settled)
            return settled.error();
    }
    return written;
}

Expected<void> FirstPullStaging::settle()
{
    const QString action =
        QCoreApplication::translate("SyncStore", "Moving the hall's cases from the first pull into the case list");
    if (auto settled = settleCasesAlreadyHere(action); !settled)
        return settled;
    if (auto moved = moveIn(action); !moved)
        return moved;
    if (auto recorded = recordRatings(action); !recorded)
        return recorded;
    QSqlQuery query(m_database);
    for (const QString &statement : {u"DELETE FROM pull_staging"_s, u"DELETE FROM pull_staging_ratings"_s}) {
        if (!query.exec(statement))
            return m_mapError(query.lastError(), action);
    }
    query.prepare(u"DELETE FROM sync_state WHERE key = ?"_s);
    query.addBindValue(underWayKey);
    if (!query.exec())
        return m_mapError(query.lastError(), action);
    return {};
}

// Cases the vault has already (taken in here and pushed before the first
// pull): the platform's version replaces theirs, as a page would, unless they
// have ops to push again by now. What stays in staging is new to the vault.
Expected<void> FirstPullStaging::settleCasesAlreadyHere(const QString &action)
{
    QSqlQuery query(m_database);
    const QString statements[] = {
        u"DELETE FROM pull_staging WHERE id IN (SELECT case_id FROM outbox WHERE case_id IS NOT NULL)"_s,
        // SQLite 3.15 has no UPDATE … FROM: a subquery per column, for the
        // few cases this can be.
        u"UPDATE cases SET %1 WHERE id IN (SELECT id FROM pull_staging)"_s.arg(
            SnapshotWriter::caseAssignments([](const QString &column) {
                return u"(SELECT s.%1 FROM pull_staging s WHERE s.id = cases.id)"_s.arg(column);
            })),
        u"DELETE FROM pull_staging WHERE id IN (SELECT id FROM cases)"_s,
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return m_mapError(query.lastError(), action);
    }
    return {};
}

// Into an empty or small case list the indexes are dropped and built again
// after the insert: one sorted pass each, every page written once. Into a
// larger one (a vault seeded before its first pull) they are kept.
Expected<void> FirstPullStaging::moveIn(const QString &action)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT (SELECT count(*) FROM pull_staging), (SELECT count(*) FROM cases)"_s) || !query.next())
        return m_mapError(query.lastError(), action);
    const qint64 staged = query.value(0).toLongLong();
    const qint64 present = query.value(1).toLongLong();
    query.finish();
    if (staged == 0)
        return {};

    QList<std::pair<QString, QString>> indexes; // name, CREATE statement
    if (staged > present) {
        // sql is NULL for the indexes of PRIMARY KEY and UNIQUE, which stay.
        if (!query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' "
                        "AND sql IS NOT NULL"_s))
            return m_mapError(query.lastError(), action);
        while (query.next())
            indexes.append({query.value(0).toString(), query.value(1).toString()});
        query.finish();
        for (const auto &[name, sql] : std::as_const(indexes)) {
            if (!query.exec(u"DROP INDEX \"%1\""_s.arg(name)))
                return m_mapError(query.lastError(), action);
        }
    }
    const QString columns = SnapshotWriter::caseColumns().join(u", "_s);
    // In key order: the ids are time-ordered, so the primary key grows at its edge.
    if (!query.exec(u"INSERT INTO cases (%1) SELECT %1 FROM pull_staging ORDER BY id"_s.arg(columns)))
        return m_mapError(query.lastError(), action);
    for (const auto &[name, sql] : std::as_const(indexes)) {
        if (!query.exec(sql))
            return m_mapError(query.lastError(), action);
    }
    qCInfo(lcSync) << "first pull: moved" << staged << "cases into the case list"
                   << (indexes.isEmpty() ? "" : "and rebuilt its indexes");
    return {};
}

Expected<void> FirstPullStaging::recordRatings(const QString &action)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT seq, case_id, rating_json FROM pull_staging_ratings ORDER BY seq"_s))
        return m_mapError(query.lastError(), action);
    QList<std::pair<QString, protocol::RatingRecord>> ratings;
    while (query.next()) {
        auto record =
            protocol::ratingRecordFromJson(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
        if (!record)
            return Error::make(ErrorCode::Corrupt, u"%1: %2"_s.arg(action, record.error().message));
        ratings.append({query.value(1).toString(), *record});
    }
    query.finish();
    RatingStore store(m_database, m_mapError);
    for (const auto &[caseId, record] : std::as_const(ratings)) {
        if (auto recorded = store.recordFromPlatform(caseId, record); !recorded)
            return recorded;
    }
    return {};
}

} // namespace casedesk
