#pragma once

#include "Protocol.h"
#include "common/Expected.h"
#include "storage/StorageError.h"

#include <QSet>
#include <QSqlDatabase>

namespace casedesk {

// An op the platform would not apply as it was, kept with both versions.
struct AttentionItem {
    qint64 id = 0;
    QString opId;
    QString caseId;
    QString kind;
    qint64 baseRev = 0;
    QJsonObject localPayload;
    QJsonObject platformVersion; // empty for a rejection
    QString status; // conflict | rejected
    QString reason;
    QDateTime detectedUtc;
};

// How the counter settles an item on the needs-attention list.
enum class AttentionResolution {
    KeepPlatform, // the platform's version stands (the case already shows it)
    Resubmit, // the local state change again, on top of the platform's version
};

struct PendingDocument {
    QString sha256;
    QString mediaType;
    qint64 size = 0;
    qint64 uploaded = 0;
};

struct ResultsOutcome {
    int applied = 0;
    int duplicates = 0;
    int conflicts = 0;
    int rejected = 0;
};

// The sync engine's view of the vault: the outbox to push, where the pull
// stands, the receipt numbers in hand, the needs-attention list. Every method
// is one transaction, so a process killed at any instant leaves the vault
// consistent and the next round picks up where this one stopped.
class SyncStore
{
public:
    SyncStore(QSqlDatabase database, SqlErrorMapper mapError);

    Expected<QString> setting(const QString &key) const;
    Expected<void> setSetting(const QString &key, const QString &value);

    Expected<qint64> cursor() const;
    Expected<qint64> pendingOpCount() const;
    Expected<qint64> openAttentionCount() const;
    // The oldest ops to push, in order. With ops already in flight: the
    // oldest of the others that do not wait on them, none of whose case (or,
    // for ops without one, the audit chain) is in flight.
    Expected<QList<protocol::Op>> pendingOps(int limit, const QList<protocol::Op> &inFlight = {}) const;

    // Outbox rows leave only here, with their results: applied and duplicate
    // ops are done; conflicts and rejections go to the needs-attention list
    // (a conflict also takes the platform's version of the case).
    Expected<ResultsOutcome> applyResults(const QList<protocol::Op> &ops, const QList<protocol::OpResult> &results);
    // A page of changes and the cursor after it, together. A case with ops
    // still to push keeps its local version until they are answered. A new
    // vault's first pull is staged and reaches the case list at its last
    // page (FirstPullStaging).
    Expected<int> applyChanges(const protocol::ChangesPage &page);

    Expected<QList<AttentionItem>> openAttention() const;
    // Settles an open item, in one transaction, and records who did it in
    // the case's history. KeepPlatform closes it. Resubmit applies the local
    // state change again to the case as it now stands, through the state
    // machine, with a new op (based on the platform's revision) to push;
    // refused, changing nothing, for anything but a conflicting state change
    // (a rejected op would only be refused again) or when the case's current
    // state does not allow the change.
    Expected<void> resolveAttention(qint64 itemId, AttentionResolution resolution, const QString &actor,
                                    const QDateTime &at = {});

    Expected<qint64> receiptNumbersLeft() const;
    Expected<void> addReceiptBlock(const protocol::ReceiptBlock &block);
    // The next number of the oldest block; an error when none is left.
    Expected<QString> takeReceiptNumber();

    Expected<QList<PendingDocument>> pendingDocuments(int limit) const;
    Expected<QByteArray> documentBytes(const QString &sha256, qint64 offset, qint64 length) const;
    Expected<void> setDocumentProgress(const QString &sha256, qint64 uploaded, bool complete);

private:
    Expected<void> setForeignKeys(bool on, const QString &action);
    // A page into the case list, inside applyChanges' transaction.
    Expected<int> writeChanges(const protocol::ChangesPage &page, const QSet<QString> &pendingCases);

    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
};

} // namespace casedesk
