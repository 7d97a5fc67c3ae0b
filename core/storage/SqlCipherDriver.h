#pragma once

#include "common/Expected.h"
#include "keys/SecureBytes.h"

#include <QSqlDriver>
#include <QSqlError>

#include <memory>

namespace casedesk {

class SqlCipherResult;

// A Qt SQL driver over Debian's libsqlcipher (SQLCipher 3.4.1 on SQLite
// 3.15.2): Qt ships none. Registered as "QSQLCIPHER".
//
// The key is applied right after sqlite3_open, before any other statement.
// Prefer setRawKey() (the key stays in wiped memory); the password given to
// QSqlDatabase::open() is also accepted, as "x'<64 hex digits>'" for a raw
// key or as a passphrase, for tools that only speak QSqlDatabase.
//
// Connect options (semicolon-separated): QSQLITE_BUSY_TIMEOUT=<ms>,
// QSQLITE_OPEN_READONLY, QSQLCIPHER_NO_CREATE (fail on a missing file),
// QSQLCIPHER_PAGE_SIZE=<bytes> (PRAGMA cipher_page_size; CaseDesk vaults keep
// SQLCipher 3's default of 1024, which the sqlcipher tool opens with the key alone).
//
// Errors are QSqlErrors whose nativeErrorCode() is SQLite's extended result
// code (primary code = code & 0xff) and whose databaseText() is SQLite's message.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr char driverName[] = "QSQLCIPHER";

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // Makes QSqlDatabase::addDatabase("QSQLCIPHER") work. Idempotent.
    static void registerDriver();
    static QString sqliteVersion();

    // Used, then wiped, by the next open().
    void setRawKey(SecureBytes key);
    // Re-encrypts the open database under a new raw key, in one transaction.
    Expected<void> rekey(const SecureBytes &newRawKey);
    // Copies the open database, page by page and consistently while it stays
    // in use, into another open connection (SQLite's online backup). Both must
    // use the same cipher settings; SQLCipher re-encrypts every page under the
    // destination's key.
    Expected<void> backUpTo(SqlCipherDriver &destination);
    // "PRAGMA cipher_version" of the open connection.
    QString cipherVersion() const;
    // The OS error behind the last failure (ENOSPC, EFBIG, EROFS, …), or 0.
    int lastSystemErrno() const;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

public:
    struct Private;

private:
    friend class SqlCipherResult;
    std::unique_ptr<Private> d;

    bool runSimple(const char *sql, QSqlError::ErrorType type, const QString &what);
    // Records the error, releases the handle and reports the failed open().
    bool failOpen(const QString &what, int resultCode);
};

} // namespace casedesk
