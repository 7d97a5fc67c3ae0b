#pragma once

#include "common/Expected.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace casedesk {

// How an audited action ended.
enum class AuditResult { Succeeded, Refused, Failed };
QString auditResultName(AuditResult result);
std::optional<AuditResult> auditResultFromName(QStringView name);

// The actions the audit log knows by name (docs/security.md, "Audit log").
// An action is lower-case words joined by '.' and '-'; new ones may be added,
// so the platform accepts any name of that form.
namespace auditaction {
inline constexpr QLatin1StringView signIn{"session.sign-in"};
inline constexpr QLatin1StringView signInFailed{"session.sign-in-failed"};
inline constexpr QLatin1StringView signOut{"session.sign-out"};
inline constexpr QLatin1StringView lock{"session.lock"};
inline constexpr QLatin1StringView unlock{"session.unlock"};
inline constexpr QLatin1StringView caseOpen{"case.open"};
inline constexpr QLatin1StringView caseListView{"case-list.view"};
inline constexpr QLatin1StringView revealPersonalData{"personal-data.reveal"};
inline constexpr QLatin1StringView print{"document.print"};
inline constexpr QLatin1StringView exportData{"data.export"};
inline constexpr QLatin1StringView accept{"case.accept"};
inline constexpr QLatin1StringView overrideFinding{"finding.override"};
inline constexpr QLatin1StringView reassign{"case.reassign"};
inline constexpr QLatin1StringView secondCheck{"case.second-check"};
inline constexpr QLatin1StringView administer{"workstation.administer"};
inline constexpr QLatin1StringView syncConflict{"sync.conflict"};
inline constexpr QLatin1StringView auditChainBroken{"audit-log.chain-broken"};
inline constexpr QLatin1StringView followUpRating{"rating.follow-up"};
} // namespace auditaction

// What a caller asks to record. Never personal data: objects are named by
// their ids ("case:<uuid>", "profile"), never by a citizen's number or name;
// append() refuses an object or details that hold a long run of digits such
// as an ID, mobile or bank card number.
struct AuditEntry {
    QString userId;
    QString action;
    QString object;
    AuditResult result = AuditResult::Succeeded;
    QJsonObject details;
    QDateTime atUtc; // now, when not valid
};

// One record of the chain as stored, pushed to the platform and verified.
struct AuditRecord {
    qint64 sequence = 0; // 1, 2, 3, … without gaps
    QDateTime timeUtc; // millisecond precision
    QString userId;
    QString action;
    QString object;
    AuditResult result = AuditResult::Succeeded;
    QString details; // compact JSON text, hashed as written
    QString previousHash; // lower-case hex SHA-256 of the previous record; genesisHash() for the first
    QString hash; // lower-case hex SHA-256 of canonicalForm()

    // The bytes the hash covers (docs/security.md, "Canonical form").
    QByteArray canonicalForm() const;
    QString computeHash() const;
};

// The record as the platform API carries it (docs/platform-api.md, audit.append).
QJsonObject toJson(const AuditRecord &record);
// Strict: wrong types, missing members, oversized values or a malformed
// hash are refused. Whether the hash is right is verify()'s business.
Expected<AuditRecord> auditRecordFromJson(const QJsonObject &json);

// The first place where the chain does not hold, and what happened there.
struct AuditBreak {
    enum class Kind {
        Edited, // the record was changed after it was written
        Deleted, // one or more records are missing from here
        Inserted, // a record that was never appended is here
        Reordered, // a record written elsewhere in the chain is here
    };
    Kind kind = Kind::Edited;
    qint64 position = 0; // 1-based: the sequence number the record at fault has or should have
    QString explanation; // translated, for IT staff
};
QString auditBreakKindName(AuditBreak::Kind kind);

struct AuditVerification {
    qint64 records = 0;
    qint64 walked = 0; // records hashed: all of them, or those after the checkpoint
    std::optional<AuditBreak> firstBreak;

    bool intact() const { return !firstBreak; }
};

// The hash-chained, append-only audit log in the vault (等保 2.0 security
// audit): each record carries the SHA-256 of the one before, so an edited,
// deleted, inserted or reordered record breaks the chain at its position.
// SQLite triggers refuse UPDATE and DELETE and any INSERT that does not
// continue the chain; this class offers no way to change a record.
//
// Every record is queued in the outbox as an "audit.append" op in the same
// transaction, so the platform receives the chain in order and checks that it
// continues from the last record it holds for the workstation: a local
// rewrite of the whole tail, which no local check can see, is caught there.
class AuditLog
{
public:
    // Any connection with the vault schema; Vault::auditLog() gives the vault's.
    AuditLog(QSqlDatabase database, SqlErrorMapper mapError);

    // 64 zeros: the "previous hash" of the first record.
    static QString genesisHash();

    // Appends in a transaction of its own.
    Expected<AuditRecord> append(const AuditEntry &entry);
    // Appends inside a transaction the caller holds (the change it records
    // commits with it, or neither does).
    Expected<AuditRecord> appendInTransaction(const AuditEntry &entry);

    Expected<qint64> count() const;
    // Records from sequence `from` on, at most `limit`, in chain order.
    Expected<QList<AuditRecord>> records(qint64 from, int limit) const;

    // Walks the whole chain and reports the first break.
    Expected<AuditVerification> verify() const;
    // Walks the chain on from a checkpoint: record `sequence`, whose hash was
    // `hash` when the chain last verified. When that record is no longer
    // there as it was, walks the whole chain instead. Records before an
    // intact checkpoint are taken as verified (verify() walks them all).
    Expected<AuditVerification> verifyFrom(qint64 sequence, const QString &hash) const;

private:
    Expected<AuditBreak> diagnose(const AuditRecord &record, qint64 position, const QString &expectedPrevious,
                                  const std::optional<QString> &beforePrevious,
                                  const std::optional<AuditRecord> &next) const;
    Expected<bool> laterRecordFollows(const QString &previousHash, qint64 afterSequence) const;
    Expected<std::optional<qint64>> writtenAs(const AuditRecord &record, qint64 position) const;
    Expected<qint64> highestIssued() const;

    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
};

} // namespace casedesk
