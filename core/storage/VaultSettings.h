#pragma once

#include <QStringList>

namespace casedesk {

// The PRAGMAs every vault connection runs when it opens, in order (Vault.cpp).
// Header-only: bench_ingest runs the same settings on plain SQLite in a
// process that must not link SQLCipher.
inline QStringList vaultConnectionSettings()
{
    using namespace Qt::StringLiterals;
    return {u"PRAGMA journal_mode = WAL"_s,
            // FULL: a commit survives a power cut, not only a crash.
            u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s,
            // 64 MiB of decrypted pages (SQLite's default is 2 MiB): the index
            // pages the case list walks stay decrypted between keystrokes, and
            // the index pages a batch of new cases writes into are not read and
            // decrypted again for the next batch (docs/performance.md, "Case
            // list" and "Ingest"). Taken only as the vault is read.
            u"PRAGMA cache_size = -65536"_s};
}

} // namespace casedesk
