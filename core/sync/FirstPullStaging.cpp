#include "FirstPullStaging.h"

#include "SnapshotWriter.h"
#include "common/LogCategories.h"
#include "feedback/RatingStore.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

const QString underWayKey = u"pull.staging"_s;

// Each staged table of the vault, and where its rows wait.
const std::pair<QString, QString> stagedTables[] = {{u"applicants"_s, u"pull_staging_applicants"_s},
                                                    {u"cases"_s, u"pull_staging"_s}};

QString stagingOf(const QString &table)
{
    for (const auto &[staged, staging] : stagedTables) {
        if (staged == table)
            return staging;
    }
    Q_UNREACHABLE();
}

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

Expected<bool> FirstPullStaging::takes(const protocol::ChangesPage &page, qint64 cursorBefore) const
{
    auto staging = underWay();
    if (!staging || *staging)
        return staging;
    return cursorBefore == 0 && page.hasMore && !page.changes.isEmpty();
}

// The staging tables are made from the vault's own definitions, so that
// they can take the vault's tables' places (swapIn) with their constraints,
// defaults and the columns later migrations added.
Expected<void> FirstPullStaging::begin()
{
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, '1')"_s);
    query.addBindValue(underWayKey);
    if (!query.exec())
        return m_mapError(query.lastError(), stagingAction());
    for (const auto &[table, staging] : stagedTables) {
        query.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
        query.addBindValue(table);
        if (!query.exec())
            return m_mapError(query.lastError(), stagingAction());
        const QString definition = query.next() ? query.value(0).toString() : QString();
        query.finish();
        const QRegularExpression named(uR"(^CREATE TABLE\s+("%1"|%1)\s*\()"_s.arg(table));
        const QRegularExpressionMatch match = named.match(definition);
        if (!match.hasMatch())
            return Error::make(ErrorCode::Corrupt, u"%1: %2"_s.arg(stagingAction(), definition.left(80)));
        QString stagingDefinition = definition;
        stagingDefinition.replace(match.capturedStart(1), match.capturedLength(1), staging);
        if (!query.exec(u"DROP TABLE IF EXISTS "_s + staging) || !query.exec(stagingDefinition))
            return m_mapError(query.lastError(), stagingAction());
    }
    qCInfo(lcSync) << "first pull: staging the hall's cases until the last page";
    return {};
}

Expected<int> FirstPullStaging::stage(const protocol::ChangesPage &page, const QSet<QString> &pendingCases)
{
    auto staging = underWay();
    if (!staging)
        return staging.error();
    if (!*staging) {
        if (auto begun = begin(); !begun)
            return begun.error();
    }
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
    auto applicantsHere = settleRowsAlreadyHere(u"applicants"_s, &SnapshotWriter::applicantAssignments, action);
    if (!applicantsHere)
        return applicantsHere.error();
    if (auto moved = moveIn(u"applicants"_s, SnapshotWriter::applicantColumns(), *applicantsHere, action); !moved)
        return moved;
    auto casesHere = settleCasesAlreadyHere(action);
    if (!casesHere)
        return casesHere.error();
    if (auto moved = moveIn(u"cases"_s, SnapshotWriter::caseColumns(), *casesHere, action); !moved)
        return moved;
    if (auto recorded = recordRatings(action); !recorded)
        return recorded;
    QSqlQuery query(m_database);
    if (!query.exec(u"DELETE FROM pull_staging_ratings"_s))
        return m_mapError(query.lastError(), action);
    query.prepare(u"DELETE FROM sync_state WHERE key = ?"_s);
    query.addBindValue(underWayKey);
    if (!query.exec())
        return m_mapError(query.lastError(), action);
    return {};
}

// Cases the vault has already (taken in here and pushed before the first
// pull): the platform's version replaces theirs, as a page would, unless they
// have ops to push again by now. Returns whether the vault has any case.
Expected<bool> FirstPullStaging::settleCasesAlreadyHere(const QString &action)
{
    QSqlQuery query(m_database);
    if (!query.exec(u"DELETE FROM pull_staging WHERE id IN (SELECT case_id FROM outbox WHERE case_id IS NOT NULL)"_s))
        return m_mapError(query.lastError(), action);
    return settleRowsAlreadyHere(u"cases"_s, &SnapshotWriter::caseAssignments, action);
}

// Rows the vault's table has already take the platform's version; what stays
// in staging is new to the vault. Returns whether the table has any row.
Expected<bool> FirstPullStaging::settleRowsAlreadyHere(const QString &table, const AssignmentsOf &assignments,
                                                       const QString &action)
{
    auto present = count(table, action);
    if (!present)
        return present.error();
    if (*present == 0)
        return false;
    const QString staging = stagingOf(table);
    QSqlQuery query(m_database);
    const QString statements[] = {
        // SQLite 3.15 has no UPDATE … FROM: a subquery per column, for the
        // few rows this can be.
        u"UPDATE %1 SET %2 WHERE id IN (SELECT id FROM %3)"_s.arg(
            table, assignments([&](const QString &column) {
                return u"(SELECT s.%1 FROM %2 s WHERE s.id = %3.id)"_s.arg(column, staging, table);
            }),
            staging),
        u"DELETE FROM %1 WHERE id IN (SELECT id FROM %2)"_s.arg(staging, table),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return m_mapError(query.lastError(), action);
    }
    return true;
}

Expected<void> FirstPullStaging::moveIn(const QString &table, const QStringList &columns, bool tableHasRows,
                                        const QString &action)
{
    if (!tableHasRows)
        return swapIn(table, action);
    if (auto moved = moveRows(table, columns, action); !moved)
        return moved;
    QSqlQuery query(m_database);
    if (!query.exec(u"DROP TABLE "_s + stagingOf(table)))
        return m_mapError(query.lastError(), action);
    return {};
}

// Into an empty table, the staged table takes its place: the hall's rows
// are written once, not copied, and no staging is left to clear. The
// table's indexes and triggers go with it, so they are made again, the
// indexes in one sorted pass each. Foreign keys are off for the page
// (SyncStore::applyChanges), so dropping the empty table deletes nothing
// that refers to it.
Expected<void> FirstPullStaging::swapIn(const QString &table, const QString &action)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    QStringList definitions; // of the table's indexes and triggers
    // sql is NULL for the indexes of PRIMARY KEY and UNIQUE, which the
    // staged table has of its own.
    query.prepare(u"SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
                  "AND sql IS NOT NULL"_s);
    query.addBindValue(table);
    if (!query.exec())
        return m_mapError(query.lastError(), action);
    while (query.next())
        definitions << query.value(0).toString();
    query.finish();
    if (!query.exec(u"DROP TABLE "_s + table)
        || !query.exec(u"ALTER TABLE %1 RENAME TO %2"_s.arg(stagingOf(table), table)))
        return m_mapError(query.lastError(), action);
    const auto makeDefinitions = [&]() -> Expected<void> {
        for (const QString &definition : std::as_const(definitions)) {
            if (!query.exec(definition))
                return m_mapError(query.lastError(), action);
        }
        return {};
    };
    if (auto made = withTableCached(action, makeDefinitions); !made)
        return made;
    qCInfo(lcSync) << "first pull: the staged" << table << "took the place of the vault's table";
    return {};
}

// Building each index reads the whole table: with the connection's cache
// (64 MiB) smaller than a large hall's case table, every index would read
// and decrypt it all again. For the builds the cache may hold up to 256
// MiB; it fills only as far as the table goes.
Expected<void> FirstPullStaging::withTableCached(const QString &action, const std::function<Expected<void>()> &work)
{
    QSqlQuery query(m_database);
    if (!query.exec(u"PRAGMA cache_size"_s) || !query.next())
        return m_mapError(query.lastError(), action);
    const qint64 configured = query.value(0).toLongLong();
    query.finish();
    constexpr qint64 buildCacheKiB = 256 * 1024;
    if (!query.exec(u"PRAGMA cache_size = -%1"_s.arg(buildCacheKiB)))
        return m_mapError(query.lastError(), action);
    auto done = work();
    if (!query.exec(u"PRAGMA cache_size = %1"_s.arg(configured)) && done)
        return m_mapError(query.lastError(), action);
    return done;
}

// Into an empty or small table the indexes are dropped and built again
// after the insert: one sorted pass each, every page written once. Into a
// larger one (a vault seeded before its first pull) they are kept.
Expected<void> FirstPullStaging::moveRows(const QString &table, const QStringList &columns, const QString &action)
{
    const QString staging = stagingOf(table);
    auto staged = count(staging, action);
    if (!staged)
        return staged.error();
    if (*staged == 0)
        return {};
    auto present = count(table, action);
    if (!present)
        return present.error();
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    QList<std::pair<QString, QString>> indexes; // name, CREATE statement
    if (*staged > *present) {
        // sql is NULL for the indexes of PRIMARY KEY and UNIQUE, which stay.
        query.prepare(
            u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"_s);
        query.addBindValue(table);
        if (!query.exec())
            return m_mapError(query.lastError(), action);
        while (query.next())
            indexes.append({query.value(0).toString(), query.value(1).toString()});
        query.finish();
        for (const auto &[name, sql] : std::as_const(indexes)) {
            if (!query.exec(u"DROP INDEX \"%1\""_s.arg(name)))
                return m_mapError(query.lastError(), action);
        }
    }
    // In key order: the ids are time-ordered, so the primary key grows at its edge.
    if (!query.exec(u"INSERT INTO %1 (%2) SELECT %2 FROM %3 ORDER BY id"_s.arg(table, columns.join(u", "_s), staging)))
        return m_mapError(query.lastError(), action);
    for (const auto &[name, sql] : std::as_const(indexes)) {
        if (!query.exec(sql))
            return m_mapError(query.lastError(), action);
    }
    qCInfo(lcSync) << "first pull: moved" << *staged << "rows into" << table
                   << (indexes.isEmpty() ? "" : "and rebuilt its indexes");
    return {};
}

Expected<qint64> FirstPullStaging::count(const QString &table, const QString &action) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return m_mapError(query.lastError(), action);
    return query.value(0).toLongLong();
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
