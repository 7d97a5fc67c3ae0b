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
    };
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().last().version;
}

} // namespace casedesk
