#include "SyncStore.h"

#include "FirstPullStaging.h"
#include "SnapshotWriter.h"
#include "feedback/RatingStore.h"
#include "security/AuditLog.h"
#include "storage/CaseStore.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// Who the audit log names for what sync found: the engine acts for the
// workstation, not for whoever is signed in.
const QString syncAuditUser = u"system"_s;

const QString cursorKey = u"pull.cursor"_s;

// Runs body inside a transaction; rolls back when it fails.
template<typename T, typename Body>
Expected<T> inTransaction(QSqlDatabase db, const SqlErrorMapper &mapError, const QString &action, Body body)
{
    if (!db.transaction())
        return mapError(db.lastError(), action);
    Expected<T> result = body();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const Error error = mapError(db.lastError(), action);
        db.rollback();
        return error;
    }
    return result;
}

} // namespace

SyncStore::SyncStore(QSqlDatabase database, SqlErrorMapper mapError)
    : m_database(std::move(database)), m_mapError(std::move(mapError))
{ }

Expected<QString> SyncStore::setting(const QString &key) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SyncStore", "Reading the sync state"));
    return query.next() ? query.value(0).toString() : QString();
}

Expected<void> SyncStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(m_database);
    // SQLite 3.15 has no UPSERT; REPLACE is fine for a key/value row.
    query.prepare(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SyncStore", "Saving the sync state"));
    return {};
}

Expected<qint64> SyncStore::cursor() const
{
    auto value = setting(cursorKey);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Expected<qint64> SyncStore::pendingOpCount() const
{
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT count(*) FROM outbox"_s) || !query.next())
        return m_mapError(query.lastError(), QCoreApplication::translate("SyncStore", "Counting pending changes"));
    return query.value(0).toLongLong();
}

Expected<qint64> SyncStore::openAttentionCount() const
{
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT count(*) FROM needs_attention WHERE resolved_at IS NULL"_s) || !query.next())
        return m_mapError(query.lastError(),
                          QCoreApplication::translate("SyncStore", "Counting changes that need attention"));
    return query.value(0).toLongLong();
}

Expected<QList<protocol::Op>> SyncStore::pendingOps(int limit, const QList<protocol::Op> &inFlight) const
{
    // An op waits for its case's ops in flight, and for any op of its case
    // it had to pass over: the platform checks each against the revision its
    // predecessor made. Ops without a case (audit records) are one chain.
    QSet<QString> inFlightOps;
    QSet<QString> busyCases;
    for (const protocol::Op &op : inFlight) {
        inFlightOps.insert(op.opId);
        busyCases.insert(op.caseId);
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // Without a limit when ops are passed over: SQLite reads only as far as
    // the loop asks.
    query.prepare(u"SELECT op_id, case_id, kind, payload, base_rev, created_at FROM outbox ORDER BY seq LIMIT ?"_s);
    query.addBindValue(inFlight.isEmpty() ? limit : -1);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SyncStore", "Reading pending changes"));
    QList<protocol::Op> ops;
    while (ops.size() < limit && query.next()) {
        const QString opId = query.value(0).toString();
        const QString caseId = query.value(1).toString();
        if (inFlightOps.contains(opId) || busyCases.contains(caseId))
            continue;
        protocol::Op op;
        op.opId = opId;
        op.caseId = caseId;
        op.kind = protocol::opKindFromName(query.value(2).toString()).value_or(protocol::OpKind::CaseNote);
        op.payload = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        op.baseRev = query.value(4).toLongLong();
        op.createdUtc = query.value(5).toDateTime();
        ops.append(op);
    }
    return ops;
}

Expected<ResultsOutcome> SyncStore::applyResults(const QList<protocol::Op> &ops,
                                                 const QList<protocol::OpResult> &results)
{
    const QString action = QCoreApplication::translate("SyncStore", "Recording the platform's answers");
    return inTransaction<ResultsOutcome>(m_database, m_mapError, action, [&]() -> Expected<ResultsOutcome> {
        ResultsOutcome outcome;
        QSqlQuery query(m_database);
        SnapshotWriter snapshots(m_database, m_mapError);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The statements every op needs, prepared once for the batch.
        QSqlQuery confirmed(m_database);
        QSqlQuery done(m_database);
        if (!confirmed.prepare(u"UPDATE cases SET platform_revision = ? WHERE id = ? AND "
                               "coalesce(platform_revision, 0) < ?"_s))
            return m_mapError(confirmed.lastError(), action);
        if (!done.prepare(u"DELETE FROM outbox WHERE op_id = ?"_s))
            return m_mapError(done.lastError(), action);
        for (qsizetype i = 0; i < ops.size() && i < results.size(); ++i) {
            const protocol::Op &op = ops.at(i);
            const protocol::OpResult &result = results.at(i);
            switch (result.status) {
            case protocol::OpStatus::Applied:
            case protocol::OpStatus::Duplicate:
                ++(result.status == protocol::OpStatus::Applied ? outcome.applied : outcome.duplicates);
                confirmed.addBindValue(result.revision);
                confirmed.addBindValue(op.caseId);
                confirmed.addBindValue(result.revision);
                if (!confirmed.exec())
                    return m_mapError(confirmed.lastError(), action);
                break;
            case protocol::OpStatus::Conflict:
            case protocol::OpStatus::Rejected: {
                const bool conflict = result.status == protocol::OpStatus::Conflict;
                ++(conflict ? outcome.conflicts : outcome.rejected);
                query.prepare(u"INSERT OR IGNORE INTO needs_attention (op_id, case_id, kind, base_rev, "
                              "local_payload, platform_version, status, reason, detected_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
                query.addBindValue(op.opId);
                query.addBindValue(op.caseId);
                query.addBindValue(protocol::opKindName(op.kind));
                query.addBindValue(op.baseRev);
                query.addBindValue(compactJson(op.payload));
                query.addBindValue(result.current ? QVariant(compactJson(
                                       QJsonObject{{u"case"_s, protocol::toJson(result.current->caseRecord)},
                                                   {u"applicant"_s, protocol::toJson(result.current->applicant)}}))
                                                  : QVariant(QMetaType(QMetaType::QString)));
                query.addBindValue(conflict ? u"conflict"_s : u"rejected"_s);
                query.addBindValue(conflict ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(result.reasonCode + u": "_s + result.reasonMessage));
                query.addBindValue(now);
                if (!query.exec())
                    return m_mapError(query.lastError(), action);
                // Recorded once, when it first needs attention, with the
                // change it clashed on (by ids, never its content). Not for
                // a refused audit record: recording that would be refused
                // in turn, round after round.
                if (query.numRowsAffected() > 0 && op.kind != protocol::OpKind::AuditAppend) {
                    const QJsonObject details{{u"op"_s, op.opId},
                                              {u"kind"_s, protocol::opKindName(op.kind)},
                                              {u"status"_s, conflict ? u"conflict"_s : u"rejected"_s}};
                    auto recorded =
                        AuditLog(m_database, m_mapError)
                            .appendInTransaction(AuditEntry{syncAuditUser,
                                                            auditaction::syncConflict,
                                                            u"case:"_s + op.caseId,
                                                            conflict ? AuditResult::Failed : AuditResult::Refused,
                                                            details,
                                                            {}});
                    if (!recorded)
                        return recorded.error();
                }
                // The platform decides a clash: its version becomes ours.
                if (result.current) {
                    if (auto written = snapshots.write(*result.current); !written)
                        return written.error();
                }
                break;
            }
            }
            done.addBindValue(op.opId);
            if (!done.exec())
                return m_mapError(done.lastError(), action);
        }
        return outcome;
    });
}

Expected<int> SyncStore::applyChanges(const protocol::ChangesPage &page)
{
    const QString action = QCoreApplication::translate("SyncStore", "Saving a page of the platform's changes");
    auto before = cursor();
    if (!before)
        return before.error();
    FirstPullStaging staging(m_database, m_mapError);
    auto staged = staging.takes(page, *before);
    if (!staged)
        return staged.error();
    // A staged page's cases refer to applicants who wait in staging too.
    // The pragma holds for this connection only, and only outside a
    // transaction: set around the page's.
    if (*staged) {
        if (auto off = setForeignKeys(false, action); !off)
            return off.error();
    }
    auto applied = inTransaction<int>(m_database, m_mapError, action, [&]() -> Expected<int> {
        // Cases with ops still to push, read once for the page: a page is
        // hundreds of cases, and outbox.case_id has no index.
        QSet<QString> pendingCases;
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        if (!page.changes.isEmpty()) {
            if (!query.exec(u"SELECT DISTINCT case_id FROM outbox WHERE case_id IS NOT NULL"_s))
                return m_mapError(query.lastError(), action);
            while (query.next())
                pendingCases.insert(query.value(0).toString());
            query.finish();
        }
        auto written = *staged ? staging.stage(page, pendingCases) : writeChanges(page, pendingCases);
        if (!written)
            return written.error();
        query.prepare(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"_s);
        query.addBindValue(cursorKey);
        query.addBindValue(QString::number(page.next));
        if (!query.exec())
            return m_mapError(query.lastError(), action);
        return *written;
    });
    if (*staged) {
        if (auto on = setForeignKeys(true, action); !on)
            return on.error();
    }
    return applied;
}

Expected<void> SyncStore::setForeignKeys(bool on, const QString &action)
{
    QSqlQuery query(m_database);
    if (!query.exec(on ? u"PRAGMA foreign_keys = ON"_s : u"PRAGMA foreign_keys = OFF"_s))
        return m_mapError(query.lastError(), action);
    return {};
}

Expected<int> SyncStore::writeChanges(const protocol::ChangesPage &page, const QSet<QString> &pendingCases)
{
    RatingStore ratings(m_database, m_mapError);
    // A rating commutes: it is saved even while the case has ops of its own
    // to push (the case is in the vault then).
    return SnapshotWriter(m_database, m_mapError)
        .writePage(page, pendingCases, [&ratings](const protocol::Change &change) {
            return ratings.recordFromPlatform(change.snapshot.caseRecord.id, *change.rating);
        });
}

Expected<QList<AttentionItem>> SyncStore::openAttention() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, op_id, case_id, kind, base_rev, local_payload, platform_version, status, reason, "
                    "detected_at FROM needs_attention WHERE resolved_at IS NULL ORDER BY id"_s))
        return m_mapError(query.lastError(),
                          QCoreApplication::translate("SyncStore", "Reading the changes that need attention"));
    QList<AttentionItem> items;
    while (query.next()) {
        items.append(AttentionItem{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString(), query.value(4).toLongLong(),
                                   QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object(),
                                   QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object(),
                                   query.value(7).toString(), query.value(8).toString(), query.value(9).toDateTime()});
    }
    return items;
}

Expected<void> SyncStore::resolveAttention(qint64 itemId, AttentionResolution resolution, const QString &actor,
                                           const QDateTime &at)
{
    const QString action = QCoreApplication::translate("SyncStore", "Settling a change that needs attention");
    if (actor.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("SyncStore", "%1: who did it is not recorded.").arg(action));
    const QDateTime when = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    return inTransaction<void>(m_database, m_mapError, action, [&]() -> Expected<void> {
        QSqlQuery query(m_database);
        query.prepare(u"SELECT op_id, case_id, kind, local_payload, status FROM needs_attention "
                      "WHERE id = ? AND resolved_at IS NULL"_s);
        query.addBindValue(itemId);
        if (!query.exec())
            return m_mapError(query.lastError(), action);
        if (!query.next())
            return Error::make(ErrorCode::InvalidArgument,
                               QCoreApplication::translate("SyncStore", "%1: it was settled already.").arg(action));
        const QString opId = query.value(0).toString();
        const QString caseId = query.value(1).toString();
        const QString kind = query.value(2).toString();
        const QJsonObject local = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        const bool conflict = query.value(4).toString() == u"conflict";
        query.finish();

        QString resolutionName;
        if (resolution == AttentionResolution::Resubmit) {
            if (!conflict || kind != protocol::opKindName(protocol::OpKind::CaseTransition))
                return Error::make(ErrorCode::InvalidArgument,
                                   QCoreApplication::translate("SyncStore",
                                                               "Only a state change that clashed with the platform's "
                                                               "can be sent again; this one can only be set aside."));
            auto transition = protocol::transitionPayloadFromJson(local);
            if (!transition)
                return transition.error();
            QJsonObject details = transition->details;
            details.insert(u"resubmits"_s, opId);
            details.insert(u"firstBy"_s, transition->actor);
            // The state machine decides against the case as it now stands
            // (the platform's version): an illegal change is refused here.
            auto applied =
                CaseStore(m_database, m_mapError)
                    .applyInTransaction(CaseTransition{caseId, transition->event, actor, transition->reason, when,
                                                       transition->receiptNumber, transition->dueDate, details});
            if (!applied)
                return applied.error();
            resolutionName = u"resubmitted"_s;
        } else {
            resolutionName = u"kept_platform"_s;
            // The case's history says who set the local change aside (the
            // re-submitted change is its own event).
            query.prepare(u"INSERT INTO case_events (case_id, kind, actor, at, payload) "
                          "SELECT id, 'attention_settled', ?, ?, ? FROM cases WHERE id = ?"_s);
            query.addBindValue(actor);
            query.addBindValue(when);
            query.addBindValue(compactJson(QJsonObject{{u"opId"_s, opId},
                                                       {u"kind"_s, kind},
                                                       {u"resolution"_s, resolutionName},
                                                       {u"event"_s, local.value(u"event"_s)},
                                                       {u"to"_s, local.value(u"to"_s)}}));
            query.addBindValue(caseId);
            if (!query.exec())
                return m_mapError(query.lastError(), action);
        }
        query.prepare(u"UPDATE needs_attention SET resolved_at = ?, resolution = ? WHERE id = ?"_s);
        query.addBindValue(when);
        query.addBindValue(resolutionName);
        query.addBindValue(itemId);
        if (!query.exec())
            return m_mapError(query.lastError(), action);
        return {};
    });
}

Expected<qint64> SyncStore::receiptNumbersLeft() const
{
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT coalesce(sum(last_number - next_number + 1), 0) FROM receipt_blocks "
                    "WHERE next_number <= last_number"_s)
        || !query.next())
        return m_mapError(query.lastError(), QCoreApplication::translate("SyncStore", "Counting receipt numbers"));
    return query.value(0).toLongLong();
}

Expected<void> SyncStore::addReceiptBlock(const protocol::ReceiptBlock &block)
{
    QSqlQuery query(m_database);
    query.prepare(u"INSERT OR IGNORE INTO receipt_blocks (block_id, prefix, next_number, last_number, reserved_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(block.blockId);
    query.addBindValue(block.prefix);
    query.addBindValue(block.first);
    query.addBindValue(block.last);
    query.addBindValue(QDateTime::currentDateTimeUtc());
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SyncStore", "Saving receipt numbers"));
    return {};
}

Expected<QString> SyncStore::takeReceiptNumber()
{
    const QString action = QCoreApplication::translate("SyncStore", "Taking a receipt number");
    return inTransaction<QString>(m_database, m_mapError, action, [&]() -> Expected<QString> {
        QSqlQuery query(m_database);
        if (!query.exec(u"SELECT block_id, prefix, next_number FROM receipt_blocks WHERE next_number <= last_number "
                        "ORDER BY reserved_at, block_id LIMIT 1"_s))
            return m_mapError(query.lastError(), action);
        if (!query.next())
            return Error::make(ErrorCode::InvalidArgument,
                               QCoreApplication::translate("SyncStore",
                                                           "No receipt numbers are left on this workstation. "
                                                           "Connect to the platform to reserve more."));
        const protocol::ReceiptBlock block{query.value(0).toString(), query.value(1).toString(),
                                           query.value(2).toLongLong(), 0};
        query.finish();
        query.prepare(u"UPDATE receipt_blocks SET next_number = next_number + 1 WHERE block_id = ?"_s);
        query.addBindValue(block.blockId);
        if (!query.exec())
            return m_mapError(query.lastError(), action);
        return block.number(block.first);
    });
}

Expected<QList<PendingDocument>> SyncStore::pendingDocuments(int limit) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT sha256, media_type, size, uploaded_bytes FROM documents WHERE upload_complete = 0 "
                  "ORDER BY created_at LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SyncStore", "Reading documents to send"));
    QList<PendingDocument> documents;
    while (query.next())
        documents.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                          query.value(3).toLongLong()});
    return documents;
}

Expected<QByteArray> SyncStore::documentBytes(const QString &sha256, qint64 offset, qint64 length) const
{
    QSqlQuery query(m_database);
    // substr() on a blob counts bytes, from 1.
    query.prepare(u"SELECT substr(content, ?, ?) FROM documents WHERE sha256 = ?"_s);
    query.addBindValue(offset + 1);
    query.addBindValue(length);
    query.addBindValue(sha256);
    if (!query.exec() || !query.next())
        return m_mapError(query.lastError(), QCoreApplication::translate("SyncStore", "Reading a document"));
    return query.value(0).toByteArray();
}

Expected<void> SyncStore::setDocumentProgress(const QString &sha256, qint64 uploaded, bool complete)
{
    QSqlQuery query(m_database);
    query.prepare(u"UPDATE documents SET uploaded_bytes = ?, upload_complete = ? WHERE sha256 = ?"_s);
    query.addBindValue(uploaded);
    query.addBindValue(complete ? 1 : 0);
    query.addBindValue(sha256);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("SyncStore", "Recording an upload"));
    return {};
}

} // namespace casedesk
