#pragma once

#include "DatabaseLocation.h"
#include "PlatformRecords.h"
#include "common/Expected.h"
#include "security/AuditLog.h"
#include "storage/Migrations.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace casedesk {

// A page of changes as JSON, and the cursor after it.
struct EncodedChangesPage {
    QByteArray body;
    qint64 next = 0;
    bool hasMore = false;
};

// Everything the platform keeps, behind one connection: SQLite (through
// core's QSQLCIPHER driver, without a key: SQLite 3.15.2) or PostgreSQL
// (Qt's QPSQL). One owner thread, like every Qt SQL connection.
//
// The ops of a batch are applied in one transaction, each in a savepoint of
// its own, under a per-hall lock (PostgreSQL: SELECT … FOR UPDATE on the
// hall's row; SQLite: BEGIN IMMEDIATE, one writer at a time). Under that lock
// the op's row goes into applied_ops, whose
// primary key is the op id, and its change row gets the next seq; so an op
// has effect once however many instances receive it, and within a hall seq
// order is commit order, which a puller relies on to never skip a change.
//
// SQL failures come back as Errors: ErrorCode::Busy for "try again" (a busy
// or unreachable database), ErrorCode::Sql otherwise.
class PlatformStore
{
public:
    static Expected<std::unique_ptr<PlatformStore>> open(const DatabaseLocation &location);
    ~PlatformStore();
    PlatformStore(const PlatformStore &) = delete;
    PlatformStore &operator=(const PlatformStore &) = delete;

    DatabaseLocation::Kind kind() const { return m_location.kind; }

    // Brings the schema up to date, one step per transaction; safe when
    // several instances start at once on one PostgreSQL. Returns the steps applied.
    Expected<int> migrate();
    // The database answers (health).
    Expected<void> ping();
    // PostgreSQL: opens the connection again after it broke (a restarted server).
    Expected<void> reconnectIfBroken();

    // Writes a whole hall in one transaction. false when the hall exists
    // already or, with onlyIntoEmptyDatabase, when any hall does.
    Expected<bool> seedHall(const HallSeed &seed, bool onlyIntoEmptyDatabase);

    Expected<std::optional<UserCredentials>> credentials(const QString &userId);
    // Gives the user a (new) one-time-code secret; codes of an older one
    // stop working. false when there is no such user.
    Expected<bool> enrolSecondFactor(const QString &userId, const SecureBytes &secret);
    // Takes time step `step` of the user's one-time codes: true once per
    // step, and only for a step after the last one taken. The database
    // decides, in one statement, so that of two instances given one code
    // (a replay) only one accepts it.
    Expected<bool> acceptOneTimeStep(const QString &userId, qint64 step);
    // A wrong password or one-time code for the user, counted in the
    // database; a sign-in that passes clears the count.
    Expected<void> recordSignInFailure(const QString &userId, const QDateTime &nowUtc);
    Expected<void> clearSignInFailures(const QString &userId);
    Expected<void> createSession(const NewSession &session);
    // The session of a token hash, expired or not (the caller decides).
    Expected<std::optional<PlatformSession>> session(const QString &tokenHash);
    // Trades a refresh token for a new session: the old refresh token stops
    // working, the old bearer token runs out in its time. nullopt when the
    // refresh token is unknown, used or expired.
    Expected<std::optional<UserRecord>> rotateRefreshToken(const QString &refreshHash, const NewSession &next);
    // false when there was no such token.
    Expected<bool> endSession(const QString &tokenHash);
    Expected<void> pruneSessions(const QDateTime &now);

    // Applies the ops of a batch sent to a hall, in order, in one transaction
    // (CaseOpEvaluator decides what each does): one result per op, Duplicate
    // with the stored revision when its id was applied before. An op not
    // applied leaves nothing behind (its savepoint is rolled back); an error
    // rolls the whole batch back, so that its retry applies every op once.
    Expected<QList<protocol::OpResult>> applyOps(const QString &hallId, const QList<protocol::Op> &ops,
                                                 const OpOrigin &origin);
    // A batch of one.
    Expected<protocol::OpResult> applyOp(const QString &hallId, const protocol::Op &op, const OpOrigin &origin);
    Expected<std::optional<protocol::CaseSnapshot>> caseSnapshot(const QString &caseId);
    // The last audit record held from a workstation (nullopt: none yet).
    Expected<std::optional<AuditRecord>> lastAuditRecord(const QString &workstationId);
    // A page of the hall's changes after the cursor, as the changes endpoint
    // sends it (docs/platform-api.md), with the cursor after it.
    Expected<EncodedChangesPage> encodedChanges(const QString &hallId, qint64 after, int limit);
    // The same page read back, for those who look into it.
    Expected<protocol::ChangesPage> changes(const QString &hallId, qint64 after, int limit);

    // nullopt when the hall's numbers are used up.
    Expected<std::optional<protocol::ReceiptBlock>> reserveReceiptBlock(const ReceiptReservation &reservation);

    Expected<AnnounceOutcome> announceDocument(const QString &sha256,
                                               const protocol::DocumentAnnouncement &announcement);
    Expected<ChunkOutcome> appendDocumentChunk(const QString &sha256, qint64 offset, const QByteArray &bytes);
    Expected<std::optional<PlatformDocument>> document(const QString &sha256);

    // The ratings of a hall's cases, oldest first.
    Expected<QList<PlatformRating>> ratings(const QString &hallId);

    // Rows in one of the platform's tables (tests, tools).
    Expected<qint64> countRows(const QString &table);

private:
    explicit PlatformStore(DatabaseLocation location);

    Expected<void> openConnection();
    Error sqlError(const QSqlError &error, const QString &action);
    bool isUniqueViolation(const QSqlError &error) const;
    bool isPostgresql() const { return m_location.kind == DatabaseLocation::Kind::Postgresql; }
    // true when the step ran, false when another instance had run it.
    Expected<bool> applyMigrationStep(const Migration &migration, int latest);
    // Inside a transaction: waits for the hall (PostgreSQL; SQLite's
    // BEGIN IMMEDIATE has serialised us already). false: no such hall.
    Expected<bool> lockHall(const QString &hallId, const QString &action);
    // Inside a transaction: one instance at a time migrates or seeds.
    Expected<void> lockSchema(const QString &action);
    Expected<std::optional<protocol::CaseSnapshot>> loadCase(const QString &caseId, const QString &action);
    Expected<void> writeCase(const protocol::CaseSnapshot &snapshot, std::optional<qint64> previousRevision,
                             const QString &action);
    // Appends to the pull feed: the case as it now is and, when a rating of
    // it is what changed, that rating.
    // snapshot: its JSON as the pull feed carries it (snapshotJson()).
    Expected<void> appendChange(const Case &c, const QString &snapshot, const protocol::RatingRecord *rating,
                                const QString &action);
    // The rating that case.rating op ratingId stored for this case and hall.
    Expected<std::optional<protocol::RatingRecord>> loadRating(const QString &ratingId, const QString &caseId,
                                                               const QString &hallId, const QString &action);
    Expected<std::optional<qint64>> storedRevision(const QString &opId, const QString &action);
    // One op inside applyOps' transaction and savepoint. keep: release the
    // savepoint (the op was applied); otherwise it is rolled back. race: the
    // op id's unique key was taken by another instance meanwhile.
    struct OpStep {
        protocol::OpResult result;
        bool keep = false;
        QSqlError race;
    };
    Expected<OpStep> applyCaseOpInBatch(const QString &hallId, const protocol::Op &op, const OpOrigin &origin,
                                        const QString &action);
    // An "audit.append" op: stored only when the record is sound and
    // continues its workstation's chain, rejected with the reason otherwise.
    Expected<OpStep> applyAuditOpInBatch(const QString &hallId, const protocol::Op &op, const OpOrigin &origin,
                                         const QString &action);
    // Runs a statement of the op path, prepared once per connection (a batch
    // runs each of them hundreds of times). query is set even when it fails.
    bool runPrepared(std::shared_ptr<QSqlQuery> &query, const QString &sql, const QVariantList &values);

    DatabaseLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_database;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    bool m_broken = false;
};

} // namespace casedesk
