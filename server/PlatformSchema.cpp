#include "PlatformSchema.h"

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// Times are milliseconds since the epoch (BIGINT) on both engines, so no
// date type's dialect leaks into the queries.
const QStringList version1{
    uR"(CREATE TABLE halls (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        receipt_prefix TEXT NOT NULL,
        next_receipt_number BIGINT NOT NULL DEFAULT 1,
        created_at BIGINT NOT NULL))"_s,
    uR"(CREATE TABLE counters (
        hall_id TEXT NOT NULL REFERENCES halls (id),
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (hall_id, id)))"_s,
    uR"(CREATE TABLE users (
        id TEXT PRIMARY KEY,
        hall_id TEXT NOT NULL REFERENCES halls (id),
        name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        roles TEXT NOT NULL,
        counter_id TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at BIGINT NOT NULL))"_s,
    // Only hashes of tokens. refresh_hash becomes NULL when the refresh token
    // has been used; the row goes on logout.
    uR"(CREATE TABLE tokens (
        token_hash TEXT PRIMARY KEY,
        refresh_hash TEXT UNIQUE,
        user_id TEXT NOT NULL REFERENCES users (id),
        workstation_id TEXT NOT NULL,
        expires_at BIGINT NOT NULL,
        refresh_expires_at BIGINT NOT NULL,
        created_at BIGINT NOT NULL))"_s,
    u"CREATE INDEX tokens_refresh_expiry ON tokens (refresh_expires_at)"_s,
    // The platform's version of each case, as the API carries it.
    uR"(CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        hall_id TEXT NOT NULL REFERENCES halls (id),
        revision BIGINT NOT NULL,
        state TEXT NOT NULL,
        applicant_id TEXT NOT NULL,
        case_json TEXT NOT NULL,
        applicant_json TEXT NOT NULL,
        updated_at BIGINT NOT NULL))"_s,
    u"CREATE INDEX cases_hall ON cases (hall_id, state)"_s,
    // Idempotency lives here: an op id is applied once because its row can
    // exist once, whichever instance or retry comes second.
    uR"(CREATE TABLE applied_ops (
        op_id TEXT PRIMARY KEY,
        hall_id TEXT NOT NULL REFERENCES halls (id),
        case_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        revision BIGINT NOT NULL,
        result TEXT NOT NULL,
        workstation_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        created_at BIGINT,
        applied_at BIGINT NOT NULL))"_s,
    u"CREATE INDEX applied_ops_case ON applied_ops (case_id)"_s,
    // The pull feed. seq is assigned while the hall's lock is held, so within
    // a hall seq order is commit order.
    uR"(CREATE TABLE changes (
        seq %SERIAL%,
        hall_id TEXT NOT NULL REFERENCES halls (id),
        case_id TEXT NOT NULL,
        revision BIGINT NOT NULL,
        snapshot TEXT NOT NULL,
        committed_at BIGINT NOT NULL))"_s,
    u"CREATE INDEX changes_hall_seq ON changes (hall_id, seq)"_s,
    uR"(CREATE TABLE case_materials (
        op_id TEXT PRIMARY KEY REFERENCES applied_ops (op_id),
        case_id TEXT NOT NULL,
        material_code TEXT NOT NULL,
        state TEXT NOT NULL,
        document_sha256 TEXT,
        note TEXT,
        recorded_at BIGINT NOT NULL))"_s,
    u"CREATE INDEX case_materials_case ON case_materials (case_id)"_s,
    uR"(CREATE TABLE case_notes (
        op_id TEXT PRIMARY KEY REFERENCES applied_ops (op_id),
        case_id TEXT NOT NULL,
        text TEXT NOT NULL,
        actor TEXT,
        noted_at BIGINT NOT NULL))"_s,
    u"CREATE INDEX case_notes_case ON case_notes (case_id)"_s,
    uR"(CREATE TABLE receipt_blocks (
        block_id TEXT PRIMARY KEY,
        hall_id TEXT NOT NULL REFERENCES halls (id),
        workstation_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        prefix TEXT NOT NULL,
        first_number BIGINT NOT NULL,
        last_number BIGINT NOT NULL,
        reserved_at BIGINT NOT NULL))"_s,
    uR"(CREATE TABLE documents (
        sha256 TEXT PRIMARY KEY,
        size BIGINT NOT NULL,
        media_type TEXT NOT NULL,
        received BIGINT NOT NULL DEFAULT 0,
        complete INTEGER NOT NULL DEFAULT 0,
        announced_at BIGINT NOT NULL,
        completed_at BIGINT))"_s,
    // One row per chunk: appending to a blob in place is not portable.
    uR"(CREATE TABLE document_chunks (
        sha256 TEXT NOT NULL REFERENCES documents (sha256),
        chunk_offset BIGINT NOT NULL,
        content %BLOB% NOT NULL,
        PRIMARY KEY (sha256, chunk_offset)))"_s,
};

// Each workstation's audit chain as it arrived (core/security/AuditLog):
// a record is stored only when it continues the chain from the last one held
// for its workstation, so the chain here is whole from record 1 on.
const QStringList version2{
    uR"(CREATE TABLE audit_records (
        workstation_id TEXT NOT NULL,
        sequence BIGINT NOT NULL,
        hall_id TEXT NOT NULL REFERENCES halls (id),
        op_id TEXT NOT NULL UNIQUE REFERENCES applied_ops (op_id),
        user_id TEXT NOT NULL,
        action TEXT NOT NULL,
        result TEXT NOT NULL,
        recorded_at BIGINT NOT NULL,
        record TEXT NOT NULL,
        hash TEXT NOT NULL,
        received_at BIGINT NOT NULL,
        PRIMARY KEY (workstation_id, sequence)))"_s,
};

// Citizens' ratings (好差评) of cases, one row per "case.rating" op; a bad
// rating's follow-up is the hall's to act on.
const QStringList version3{
    uR"(CREATE TABLE case_ratings (
        op_id TEXT PRIMARY KEY REFERENCES applied_ops (op_id),
        hall_id TEXT NOT NULL REFERENCES halls (id),
        case_id TEXT NOT NULL,
        level TEXT NOT NULL,
        reason TEXT,
        counter_id TEXT,
        staff_id TEXT,
        rated_at BIGINT NOT NULL,
        received_at BIGINT NOT NULL))"_s,
    u"CREATE INDEX case_ratings_hall ON case_ratings (hall_id, rated_at)"_s,
};

// Ratings reach every counter of the hall through the pull feed (a change
// may carry one), with the due day of a bad rating's follow-up and, once a
// supervisor closed it, the closing.
const QStringList version4{
    u"ALTER TABLE changes ADD COLUMN rating TEXT"_s,
    u"ALTER TABLE case_ratings ADD COLUMN follow_up_due TEXT"_s,
    u"ALTER TABLE case_ratings ADD COLUMN closed_at BIGINT"_s,
    u"ALTER TABLE case_ratings ADD COLUMN closed_by TEXT"_s,
    u"ALTER TABLE case_ratings ADD COLUMN closing_note TEXT"_s,
};

// A second factor of sign-in: the hex of the account's one-time-code secret
// (NULL: the password alone) and the last time step accepted, so that a code
// is taken once, whichever instance sees it (PlatformStore::acceptOneTimeStep).
const QStringList version5{
    u"ALTER TABLE users ADD COLUMN totp_secret TEXT"_s,
    u"ALTER TABLE users ADD COLUMN totp_last_step BIGINT"_s,
};

// Failed sign-ins in a row per account and when the last was, for the wait
// they earn (core/security/SignInThrottle.h): counted by the database, so
// that every instance behind the load balancer holds the same account back.
const QStringList version6{
    u"ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE users ADD COLUMN last_failed_sign_in BIGINT"_s,
};

QString forDialect(QString statement, DatabaseLocation::Kind kind)
{
    const bool postgresql = kind == DatabaseLocation::Kind::Postgresql;
    // SQLite: AUTOINCREMENT so that a seq is never reused, even after the
    // highest row went away; a puller past it would never see the reuse.
    statement.replace(u"%SERIAL%"_s, postgresql ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    statement.replace(u"%BLOB%"_s, postgresql ? u"BYTEA"_s : u"BLOB"_s);
    return statement;
}

} // namespace

QList<Migration> platformMigrations(DatabaseLocation::Kind kind)
{
    const auto inDialect = [kind](const QStringList &version) {
        QStringList statements;
        for (const QString &statement : version)
            statements.append(forDialect(statement, kind));
        return statements;
    };
    return {
        {1, u"halls, users, tokens, cases, applied ops, changes, receipt blocks, documents"_s, inDialect(version1)},
        {2, u"the workstations' audit chains"_s, inDialect(version2)},
        {3, u"citizens' ratings of cases"_s, inDialect(version3)},
        {4, u"ratings in the pull feed, follow-ups closed"_s, inDialect(version4)},
        {5, u"one-time codes as a second factor of sign-in"_s, inDialect(version5)},
        {6, u"failed sign-ins per account"_s, inDialect(version6)},
    };
}

} // namespace casedesk
