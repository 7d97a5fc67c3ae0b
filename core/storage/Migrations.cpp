#include "Migrations.h"

using namespace Qt::StringLiterals;

namespace casedesk {

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations{
        {1,
         u"cases, applicants, documents, case events and the outbox"_s,
         {
             u"PRAGMA application_id = %1"_s.arg(vaultApplicationId),
             // kind: person (citizen ID) or company (unified social credit code).
             // id_tail: last four characters, for the counter's "last digits" search.
             uR"(CREATE TABLE applicants (
                 id TEXT PRIMARY KEY,
                 kind TEXT NOT NULL CHECK (kind IN ('person', 'company')),
                 name TEXT NOT NULL,
                 id_number TEXT NOT NULL,
                 id_tail TEXT NOT NULL,
                 mobile TEXT,
                 address TEXT,
                 created_at DATETIME NOT NULL,
                 updated_at DATETIME NOT NULL))"_s,
             u"CREATE INDEX applicants_id_number ON applicants (id_number)"_s,
             u"CREATE INDEX applicants_id_tail ON applicants (id_tail)"_s,
             u"CREATE INDEX applicants_name ON applicants (name)"_s,
             // revision counts local changes; platform_revision is the last
             // revision the platform confirmed (the outbox's base_rev).
             uR"(CREATE TABLE cases (
                 id TEXT PRIMARY KEY,
                 receipt_number TEXT UNIQUE,
                 applicant_id TEXT NOT NULL REFERENCES applicants (id),
                 item_code TEXT NOT NULL,
                 state TEXT NOT NULL,
                 hall_id TEXT NOT NULL,
                 counter_id TEXT,
                 staff_id TEXT,
                 form_json TEXT NOT NULL DEFAULT '{}',
                 created_at DATETIME NOT NULL,
                 updated_at DATETIME NOT NULL,
                 accepted_at DATETIME,
                 due_date DATE,
                 revision INTEGER NOT NULL DEFAULT 1,
                 platform_revision INTEGER))"_s,
             u"CREATE INDEX cases_state_due ON cases (state, due_date)"_s,
             u"CREATE INDEX cases_applicant ON cases (applicant_id)"_s,
             u"CREATE INDEX cases_staff_updated ON cases (staff_id, updated_at)"_s,
             u"CREATE INDEX cases_created ON cases (created_at)"_s,
             // Content-addressed: the same scan attached twice is stored once.
             uR"(CREATE TABLE documents (
                 sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
                 media_type TEXT NOT NULL,
                 size INTEGER NOT NULL,
                 content BLOB NOT NULL,
                 created_at DATETIME NOT NULL))"_s,
             uR"(CREATE TABLE case_materials (
                 case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                 material_code TEXT NOT NULL,
                 state TEXT NOT NULL CHECK (state IN ('missing', 'received', 'e_licence', 'waived')),
                 document_sha256 TEXT REFERENCES documents (sha256),
                 note TEXT,
                 updated_at DATETIME NOT NULL,
                 PRIMARY KEY (case_id, material_code)))"_s,
             uR"(CREATE TABLE case_events (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                 kind TEXT NOT NULL,
                 from_state TEXT,
                 to_state TEXT,
                 actor TEXT NOT NULL,
                 at DATETIME NOT NULL,
                 reason TEXT,
                 payload TEXT))"_s,
             u"CREATE INDEX case_events_case ON case_events (case_id, id)"_s,
             // The transactional outbox: written in the same transaction as
             // the change it carries; op_id makes delivery idempotent.
             uR"(CREATE TABLE outbox (
                 seq INTEGER PRIMARY KEY AUTOINCREMENT,
                 op_id TEXT NOT NULL UNIQUE,
                 case_id TEXT,
                 kind TEXT NOT NULL,
                 payload TEXT NOT NULL,
                 base_rev INTEGER NOT NULL DEFAULT 0,
                 created_at DATETIME NOT NULL,
                 attempts INTEGER NOT NULL DEFAULT 0,
                 last_error TEXT))"_s,
         }},
        {2,
         u"sync: cursor and settings, receipt number blocks, the needs-attention list, document uploads"_s,
         {
             // Small key/value facts of the sync engine: the pull cursor, the
             // workstation id, the hall.
             u"CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
             // Receipt numbers reserved from the platform, spent offline.
             uR"(CREATE TABLE receipt_blocks (
                 block_id TEXT PRIMARY KEY,
                 prefix TEXT NOT NULL,
                 next_number INTEGER NOT NULL,
                 last_number INTEGER NOT NULL,
                 reserved_at DATETIME NOT NULL))"_s,
             // Ops the platform would not apply as they were: a conflict (with
             // the platform's version) or a rejection. Nothing is dropped.
             uR"(CREATE TABLE needs_attention (
                 id INTEGER PRIMARY KEY AUTOINCREMENT,
                 op_id TEXT NOT NULL UNIQUE,
                 case_id TEXT,
                 kind TEXT NOT NULL,
                 base_rev INTEGER NOT NULL,
                 local_payload TEXT NOT NULL,
                 platform_version TEXT,
                 status TEXT NOT NULL CHECK (status IN ('conflict', 'rejected')),
                 reason TEXT,
                 detected_at DATETIME NOT NULL,
                 resolved_at DATETIME,
                 resolution TEXT))"_s,
             u"CREATE INDEX needs_attention_open ON needs_attention (resolved_at, id)"_s,
             u"ALTER TABLE documents ADD COLUMN uploaded_bytes INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE documents ADD COLUMN upload_complete INTEGER NOT NULL DEFAULT 0"_s,
         }},
        {3,
         u"the case list: indexes for newest-first paging per counter and hall; drafts of intakes"_s,
         {
             u"CREATE INDEX cases_updated ON cases (updated_at, id)"_s,
             u"CREATE INDEX cases_counter_updated ON cases (counter_id, updated_at)"_s,
             // An intake in progress, saved as it is typed so that a closed
             // window or a crash loses nothing.
             uR"(CREATE TABLE drafts (
                 id TEXT PRIMARY KEY,
                 staff_id TEXT NOT NULL,
                 form_code TEXT,
                 content TEXT NOT NULL,
                 updated_at DATETIME NOT NULL))"_s,
         }},
        {4,
         u"the case list at a million cases: the applicant's name and ID tail on the case, covering list indexes"_s,
         {
             // SQLCipher decrypts a 1 KiB page for every row it visits, so a
             // list page is found in covering indexes alone (CaseQuery.cpp)
             // and the cases table is read for the 200 rows shown, never
             // applicants: the applicant's name and ID tail are copied onto
             // the case, kept current by the triggers below whoever writes
             // (CaseStore writes them itself, which spares the insert trigger).
             u"ALTER TABLE cases ADD COLUMN applicant_name TEXT"_s,
             u"ALTER TABLE cases ADD COLUMN applicant_id_tail TEXT"_s,
             uR"(UPDATE cases SET
                 applicant_name = (SELECT name FROM applicants a WHERE a.id = cases.applicant_id),
                 applicant_id_tail = (SELECT id_tail FROM applicants a WHERE a.id = cases.applicant_id))"_s,
             uR"(CREATE TRIGGER cases_copy_applicant_on_insert AFTER INSERT ON cases
                 WHEN NEW.applicant_name IS NULL OR NEW.applicant_id_tail IS NULL
                 BEGIN
                     UPDATE cases SET
                         applicant_name = (SELECT name FROM applicants a WHERE a.id = NEW.applicant_id),
                         applicant_id_tail = (SELECT id_tail FROM applicants a WHERE a.id = NEW.applicant_id)
                     WHERE rowid = NEW.rowid;
                 END)"_s,
             uR"(CREATE TRIGGER cases_copy_applicant_on_change AFTER UPDATE OF applicant_id ON cases
                 WHEN OLD.applicant_id IS NOT NEW.applicant_id
                 BEGIN
                     UPDATE cases SET
                         applicant_name = (SELECT name FROM applicants a WHERE a.id = NEW.applicant_id),
                         applicant_id_tail = (SELECT id_tail FROM applicants a WHERE a.id = NEW.applicant_id)
                     WHERE rowid = NEW.rowid;
                 END)"_s,
             uR"(CREATE TRIGGER applicants_copy_to_cases AFTER UPDATE OF name, id_tail ON applicants
                 WHEN OLD.name IS NOT NEW.name OR OLD.id_tail IS NOT NEW.id_tail
                 BEGIN
                     UPDATE cases SET applicant_name = NEW.name, applicant_id_tail = NEW.id_tail
                     WHERE applicant_id = NEW.id;
                 END)"_s,
             // Replaced by the covering indexes below.
             u"DROP INDEX cases_updated"_s,
             u"DROP INDEX cases_staff_updated"_s,
             u"DROP INDEX cases_counter_updated"_s,
             u"DROP INDEX cases_state_due"_s,
             // The list in order of last change, for every scope, with every
             // column a filter or a search may test.
             uR"(CREATE INDEX cases_list ON cases (updated_at, staff_id, counter_id, state, due_date, item_code,
                 receipt_number, applicant_name))"_s,
             // One state, one service item, or one ID tail, in order of last change.
             u"CREATE INDEX cases_state_list ON cases (state, updated_at, staff_id, counter_id, due_date, item_code)"_s,
             u"CREATE INDEX cases_item_list ON cases (item_code, updated_at, staff_id, counter_id, state, due_date)"_s,
             uR"(CREATE INDEX cases_tail_list ON cases (applicant_id_tail, updated_at, staff_id, counter_id, state,
                 due_date, item_code))"_s,
             // Open cases by deadline. The WHERE term is the one CaseQuery
             // writes, word for word, so that SQLite may use the index.
             uR"(CREATE INDEX cases_open_due ON cases (due_date, updated_at, state, staff_id, counter_id, item_code)
                 WHERE state IN ('accepted', 'in_progress'))"_s,
             // The search box: receipt number and applicant name prefixes.
             uR"(CREATE INDEX cases_receipt_list ON cases (receipt_number, updated_at, staff_id, counter_id, state,
                 due_date, item_code) WHERE receipt_number IS NOT NULL)"_s,
             uR"(CREATE INDEX cases_name_list ON cases (applicant_name, updated_at, staff_id, counter_id, state,
                 due_date, item_code))"_s,
         }},
        {5,
         u"the hash-chained, append-only audit log"_s,
         {
             // core/security/AuditLog; the chain and its canonical form are
             // docs/security.md, "Audit log". AUTOINCREMENT keeps the highest
             // sequence ever issued in sqlite_sequence, so records removed
             // from the end are missed and their numbers never reused.
             uR"(CREATE TABLE audit_log (
                 sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                 recorded_at TEXT NOT NULL,
                 user_id TEXT NOT NULL,
                 action TEXT NOT NULL,
                 object TEXT NOT NULL DEFAULT '',
                 result TEXT NOT NULL,
                 details TEXT NOT NULL DEFAULT '',
                 previous_hash TEXT NOT NULL CHECK (length(previous_hash) = 64),
                 hash TEXT NOT NULL CHECK (length(hash) = 64)))"_s,
             // Append-only, whoever writes: no record changes or goes, and a
             // new one continues the chain at its end.
             uR"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                 BEGIN
                     SELECT RAISE(ABORT, 'the audit log is append-only: records cannot be changed');
                 END)"_s,
             uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                 BEGIN
                     SELECT RAISE(ABORT, 'the audit log is append-only: records cannot be deleted');
                 END)"_s,
             uR"(CREATE TRIGGER audit_log_append_at_end BEFORE INSERT ON audit_log
                 WHEN NEW.sequence IS NOT
                          coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0) + 1
                      OR NEW.previous_hash IS NOT
                          coalesce((SELECT hash FROM audit_log ORDER BY sequence DESC LIMIT 1),
                                   '0000000000000000000000000000000000000000000000000000000000000000')
                 BEGIN
                     SELECT RAISE(ABORT, 'the audit log is append-only: a record must continue the chain');
                 END)"_s,
         }},
        {6,
         u"sign-in: offline verifiers and failed attempts"_s,
         {
             // core/security/SignInStore: per user, the PBKDF2 verifier of
             // the password from the last online sign-in (never the
             // password) and who the platform said the user is.
             uR"(CREATE TABLE sign_in_verifiers (
                 user_id TEXT PRIMARY KEY,
                 salt BLOB NOT NULL,
                 iterations INTEGER NOT NULL,
                 hash BLOB NOT NULL,
                 profile TEXT NOT NULL,
                 updated_at TEXT NOT NULL))"_s,
             // Failed sign-ins in a row, so that a restart keeps the delay.
             uR"(CREATE TABLE sign_in_failures (
                 user_id TEXT PRIMARY KEY,
                 consecutive INTEGER NOT NULL,
                 last_failure_at TEXT NOT NULL))"_s,
         }},
        {7,
         u"citizens' ratings (好差评) and the follow-ups of bad ratings (差评整改)"_s,
         {
             // core/feedback/RatingStore: one rating per case; its id is the
             // id of the "case.rating" op that carries it to the platform.
             uR"(CREATE TABLE ratings (
                 id TEXT PRIMARY KEY,
                 case_id TEXT NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
                 level TEXT NOT NULL CHECK (level IN ('very-satisfied', 'satisfied', 'basically-satisfied',
                                                      'dissatisfied', 'very-dissatisfied')),
                 reason TEXT,
                 counter_id TEXT,
                 staff_id TEXT,
                 rated_at TEXT NOT NULL))"_s,
             // core/feedback/FollowUps: open while closed_at is NULL. Times
             // are ISO 8601 UTC text, dates ISO 8601, so they sort as text.
             uR"(CREATE TABLE follow_ups (
                 id TEXT PRIMARY KEY,
                 rating_id TEXT NOT NULL UNIQUE REFERENCES ratings (id) ON DELETE CASCADE,
                 case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
                 opened_at TEXT NOT NULL,
                 due_date TEXT NOT NULL,
                 closed_at TEXT,
                 closed_by TEXT,
                 closing_note TEXT,
                 CHECK ((closed_at IS NULL) = (closed_by IS NULL)
                        AND (closed_at IS NULL) = (closing_note IS NULL))))"_s,
             u"CREATE INDEX follow_ups_open ON follow_ups (closed_at, due_date, opened_at)"_s,
         }},
        {8,
         u"the supervisor's board: intake, acceptances and correction notices by day, second checks, from indexes"_s,
         {
             // core/supervision/HallBoard: a period's intake, by day, with
             // whether each case was accepted and where it stands, from one
             // narrow index (its prefix is cases_created's, which it replaces).
             u"CREATE INDEX cases_intake ON cases (created_at, accepted_at, state)"_s,
             u"DROP INDEX cases_created"_s,
             // The correction notices recorded here since a day; whether a
             // case had a second check.
             u"CREATE INDEX case_events_kind_at ON case_events (kind, at, case_id)"_s,
             u"CREATE INDEX case_events_kind_case ON case_events (kind, case_id)"_s,
         }},
        {9,
         u"faster writes: the case list's applicant copies written by their writers, unused applicant indexes dropped"_s,
         {
             // A trigger on INSERT makes SQLite keep a statement journal for
             // every insert into cases inside a transaction, and SQLCipher
             // encrypts each page that journal holds: a third of the cost of
             // taking in or pulling a case (docs/performance.md, "Ingest").
             // Every writer of cases writes applicant_name and
             // applicant_id_tail itself (CaseStore, SyncStore); the triggers
             // on UPDATE still follow a changed applicant.
             u"DROP TRIGGER cases_copy_applicant_on_insert"_s,
             // Searches by name and ID tail read the copies on cases
             // (cases_name_list, cases_tail_list) since migration 4; these
             // two were only written, at a random place for every applicant.
             u"DROP INDEX applicants_name"_s,
             u"DROP INDEX applicants_id_tail"_s,
         }},
        {10,
         u"the case list tells companies from persons: the applicant's kind copied onto the case"_s,
         {
             // A company's name is not personal data and is shown whole; a
             // person's is masked (CaseListModel, the supervisor's boards).
             // Read with a page's rows from the table, never tested by a
             // list query, so no index holds it and the list indexes stay
             // covering. Written by every writer of cases (CaseStore,
             // SyncStore); a writer that leaves it out gets 'person', masked.
             uR"(ALTER TABLE cases ADD COLUMN applicant_kind TEXT NOT NULL DEFAULT 'person'
                 CHECK (applicant_kind IN ('person', 'company')))"_s,
             uR"(UPDATE cases SET applicant_kind = 'company'
                 WHERE applicant_id IN (SELECT id FROM applicants WHERE kind = 'company'))"_s,
             // Migration 4's copies follow the applicant, now with its kind.
             u"DROP TRIGGER cases_copy_applicant_on_change"_s,
             u"DROP TRIGGER applicants_copy_to_cases"_s,
             uR"(CREATE TRIGGER cases_copy_applicant_on_change AFTER UPDATE OF applicant_id ON cases
                 WHEN OLD.applicant_id IS NOT NEW.applicant_id
                 BEGIN
                     UPDATE cases SET
                         applicant_name = (SELECT name FROM applicants a WHERE a.id = NEW.applicant_id),
                         applicant_id_tail = (SELECT id_tail FROM applicants a WHERE a.id = NEW.applicant_id),
                         applicant_kind = coalesce((SELECT kind FROM applicants a WHERE a.id = NEW.applicant_id),
                                                   'person')
                     WHERE rowid = NEW.rowid;
                 END)"_s,
             uR"(CREATE TRIGGER applicants_copy_to_cases AFTER UPDATE OF kind, name, id_tail ON applicants
                 WHEN OLD.kind IS NOT NEW.kind OR OLD.name IS NOT NEW.name OR OLD.id_tail IS NOT NEW.id_tail
                 BEGIN
                     UPDATE cases SET applicant_kind = NEW.kind, applicant_name = NEW.name,
                                      applicant_id_tail = NEW.id_tail
                     WHERE applicant_id = NEW.id;
                 END)"_s,
         }},
        {11,
         u"the correction-notice rate counts every case given a notice, pulled ones too: whether a case was "
         "given one, on the case"_s,
         {
             // Migration 8 counted the notices this workstation recorded as
             // events: a case given one at another counter and pulled was
             // missed once it moved on. The platform's case now carries the
             // fact (protocol: correctionNoticeGiven); CaseStore and
             // SyncStore write it, and the board reads it from cases_intake.
             uR"(ALTER TABLE cases ADD COLUMN correction_notice_given INTEGER NOT NULL DEFAULT 0
                 CHECK (correction_notice_given IN (0, 1)))"_s,
             uR"(UPDATE cases SET correction_notice_given = 1
                 WHERE state IN ('correction_issued', 'resubmitted')
                    OR id IN (SELECT case_id FROM case_events WHERE kind = 'issue_correction'))"_s,
             // Without the state, which the board no longer reads from it:
             // a narrower index is fewer pages to read after a reboot.
             u"DROP INDEX cases_intake"_s,
             u"CREATE INDEX cases_intake ON cases (created_at, accepted_at, correction_notice_given)"_s,
             // Read by the board's notice count alone, which no longer needs it.
             u"DROP INDEX case_events_kind_at"_s,
         }},
        {12,
         u"sign-in with a second factor: whether a user's last online sign-in here needed a one-time code"_s,
         {
             // core/security/SignInService: offline, a user whose account has a
             // second factor signs in with the password alone only for a while
             // after an online sign-in with the code.
             uR"(ALTER TABLE sign_in_verifiers ADD COLUMN second_factor INTEGER NOT NULL DEFAULT 0
                 CHECK (second_factor IN (0, 1)))"_s,
         }},
        {13,
         u"the first pull staged apart from the case list, moved in once it is complete"_s,
         {
             // core/sync/FirstPullStaging: a new workstation's first pull
             // writes the hall's cases here, without the case list's indexes,
             // and moves them into cases at its last page, the indexes
             // rebuilt in the same transaction. Same columns as cases.
             uR"(CREATE TABLE pull_staging (
                 id TEXT PRIMARY KEY,
                 receipt_number TEXT,
                 applicant_id TEXT NOT NULL,
                 item_code TEXT NOT NULL,
                 state TEXT NOT NULL,
                 hall_id TEXT NOT NULL,
                 counter_id TEXT,
                 staff_id TEXT,
                 form_json TEXT NOT NULL,
                 created_at DATETIME NOT NULL,
                 updated_at DATETIME NOT NULL,
                 accepted_at DATETIME,
                 due_date DATE,
                 revision INTEGER NOT NULL,
                 platform_revision INTEGER,
                 applicant_name TEXT,
                 applicant_id_tail TEXT,
                 applicant_kind TEXT NOT NULL,
                 correction_notice_given INTEGER NOT NULL DEFAULT 0))"_s,
             // Ratings refer to their case, so they wait for it: in the order
             // the platform sent them.
             uR"(CREATE TABLE pull_staging_ratings (
                 seq INTEGER PRIMARY KEY,
                 case_id TEXT NOT NULL,
                 rating_json TEXT NOT NULL))"_s,
         }},
        {14,
         u"the first pull staged in copies of the case and applicant tables"_s,
         {
             // core/sync/FirstPullStaging: the staged cases and applicants
             // now go into tables made at the pull's start from the vault's
             // own definitions, which take the vault's tables' places when
             // the vault had none of either. A pull staged under version 13
             // starts again from the beginning.
             uR"(UPDATE sync_state SET value = '0' WHERE key = 'pull.cursor'
                 AND EXISTS (SELECT 1 FROM sync_state WHERE key = 'pull.staging'))"_s,
             u"DELETE FROM sync_state WHERE key = 'pull.staging'"_s,
             u"DELETE FROM pull_staging_ratings"_s,
             u"DROP TABLE pull_staging"_s,
         }},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().last().version;
}

} // namespace casedesk
