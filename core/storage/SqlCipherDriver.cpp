#include "SqlCipherDriver.h"

#include "SqlCipherDriverPrivate.h"
#include "SqlCipherResult.h"
#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr int defaultBusyTimeoutMs = 5000;

// "x'<64 hex>'" selects SQLCipher's raw-key mode (no key derivation).
bool isRawKeySpec(const QString &password)
{
    static const QRegularExpression rawKey(u"^x'[0-9A-Fa-f]{64}'$"_s);
    return rawKey.match(password).hasMatch();
}

// SQLCipher's raw-key literal, x'<hex>', built in wiped memory.
SecureBytes rawKeySpec(const SecureBytes &key)
{
    const SecureBytes hex = key.toHex();
    SecureBytes spec(hex.size() + 3);
    spec.data()[0] = 'x';
    spec.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), spec.data() + 2);
    spec.data()[spec.size() - 1] = '\'';
    return spec;
}

struct ConnectOptions {
    int busyTimeoutMs = defaultBusyTimeoutMs;
    bool readOnly = false;
    bool create = true;
    int cipherPageSize = 0; // 0: SQLCipher's default (1024 in 3.x)
};

ConnectOptions parseConnectOptions(const QString &text)
{
    ConnectOptions options;
    const auto parts = QStringView(text).split(u';', Qt::SkipEmptyParts);
    for (QStringView part : parts) {
        part = part.trimmed();
        if (part.startsWith(u"QSQLITE_BUSY_TIMEOUT=")) {
            bool ok = false;
            const int value = part.mid(21).toInt(&ok);
            if (ok && value >= 0)
                options.busyTimeoutMs = value;
        } else if (part == u"QSQLITE_OPEN_READONLY") {
            options.readOnly = true;
        } else if (part == u"QSQLCIPHER_NO_CREATE") {
            options.create = false;
        } else if (part.startsWith(u"QSQLCIPHER_PAGE_SIZE=")) {
            options.cipherPageSize = part.mid(21).toInt();
        } else {
            qCWarning(lcStorage) << "QSQLCIPHER: ignoring unknown connect option" << part;
        }
    }
    return options;
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent), d(std::make_unique<Private>())
{ }

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::registerDriver()
{
    const QString name = QString::fromLatin1(driverName);
    if (!QSqlDatabase::isDriverAvailable(name))
        QSqlDatabase::registerSqlDriver(name, new QSqlDriverCreator<SqlCipherDriver>);
}

QString SqlCipherDriver::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

void SqlCipherDriver::setRawKey(SecureBytes key)
{
    d->rawKey = std::move(key);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(d->db));
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case SimpleLocking:
    case FinishQuery:
    case CancelQuery: return true;
    // Qt rewrites ":name" into "?" before prepare(), keeping the mapping.
    case NamedPlaceholders:
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets: return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &password, const QString &, int,
                           const QString &connectOptions)
{
    if (isOpen())
        close();
    const ConnectOptions options = parseConnectOptions(connectOptions);
    d->readOnly = options.readOnly;
    int flags = options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;

    const QByteArray path = db.toUtf8();
    int rc = sqlite3_open_v2(path.constData(), &d->db, flags, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(QCoreApplication::translate("SqlCipherDriver", "Error opening the database"), rc);

    // The key goes first: SQLCipher reads page 1 on the first statement, and
    // nothing may touch the file before it can be decrypted.
    if (!d->rawKey.isEmpty()) {
        const SecureBytes spec = rawKeySpec(d->rawKey);
        rc = sqlite3_key_v2(d->db, "main", spec.data(), int(spec.size()));
        d->rawKey.wipe();
    } else if (!password.isEmpty()) {
        const QByteArray secret = password.toUtf8();
        rc = sqlite3_key_v2(d->db, "main", secret.constData(), int(secret.size()));
        if (!isRawKeySpec(password))
            qCDebug(lcStorage) << "QSQLCIPHER: keyed with a passphrase (SQLCipher's own KDF)";
    }
    if (rc != SQLITE_OK)
        return failOpen(QCoreApplication::translate("SqlCipherDriver", "Unable to apply the key"), rc);

    if (options.cipherPageSize > 0) {
        // Must follow the key and precede the first read of page 1.
        const QByteArray pragma = "PRAGMA cipher_page_size = " + QByteArray::number(options.cipherPageSize) + ';';
        rc = sqlite3_exec(d->db, pragma.constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return failOpen(QCoreApplication::translate("SqlCipherDriver", "Unable to apply the key"), rc);
    }
    sqlite3_busy_timeout(d->db, options.busyTimeoutMs);
    sqlite3_extended_result_codes(d->db, 1);

    // Reading the schema is the first access to page 1: a wrong key or a file
    // that is not a database fails here with SQLITE_NOTADB.
    rc = sqlite3_exec(d->db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return failOpen(QCoreApplication::translate("SqlCipherDriver",
                                                    "Unable to read the database (wrong key, or not a database)"),
                        rc);

    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::failOpen(const QString &what, int resultCode)
{
    const QSqlError error = d->error(what, QSqlError::ConnectionError, resultCode);
    close();
    setLastError(error);
    setOpenError(true);
    return false;
}

void SqlCipherDriver::close()
{
    if (!d->db)
        return;
    for (SqlCipherResult *result : std::as_const(d->results))
        result->finalize();
    d->results.clear();
    const int rc = sqlite3_close_v2(d->db);
    if (rc != SQLITE_OK)
        setLastError(d->error(QCoreApplication::translate("SqlCipherDriver", "Error closing the database"),
                              QSqlError::ConnectionError, rc));
    d->db = nullptr;
    d->rawKey.wipe();
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::runSimple(const char *sql, QSqlError::ErrorType type, const QString &what)
{
    if (!isOpen() || isOpenError())
        return false;
    const int rc = sqlite3_exec(d->db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(d->error(what, type, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front: two connections that both
    // read then write would otherwise deadlock into SQLITE_BUSY.
    return runSimple(d->readOnly ? "BEGIN" : "BEGIN IMMEDIATE", QSqlError::TransactionError,
                     QCoreApplication::translate("SqlCipherDriver", "Unable to begin a transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return runSimple("COMMIT", QSqlError::TransactionError,
                     QCoreApplication::translate("SqlCipherDriver", "Unable to commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runSimple("ROLLBACK", QSqlError::TransactionError,
                     QCoreApplication::translate("SqlCipherDriver", "Unable to roll back the transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << u"'table'"_s;
    if (type & QSql::Views)
        kinds << u"'view'"_s;
    if (!kinds.isEmpty()) {
        QSqlQuery query(createResult());
        query.setForwardOnly(true);
        query.exec(u"SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT LIKE 'sqlite\\_%%' ESCAPE '\\' "
                   "ORDER BY name"_s.arg(kinds.join(u',')));
        while (query.next())
            names << query.value(0).toString();
    }
    if (type & QSql::SystemTables)
        names << u"sqlite_master"_s;
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord result;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA table_info(%1)"_s.arg(escapeIdentifier(tableName, TableName))))
        return result;
    // columns: cid, name, type, notnull, dflt_value, pk
    while (query.next()) {
        const QString declared = query.value(2).toString();
        const QMetaType type = sqlite::typeFromDeclaration(declared);
        QSqlField field(query.value(1).toString(), type, tableName);
        field.setRequiredStatus(query.value(3).toInt() != 0 ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(query.value(4));
        field.setAutoValue(query.value(5).toInt() == 1 && declared.compare(u"INTEGER"_s, Qt::CaseInsensitive) == 0);
        result.append(field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA table_info(%1)"_s.arg(escapeIdentifier(tableName, TableName))))
        return index;
    QList<std::pair<int, QString>> keyColumns;
    while (query.next()) {
        if (const int position = query.value(5).toInt(); position > 0)
            keyColumns.append({position, query.value(1).toString()});
    }
    std::sort(keyColumns.begin(), keyColumns.end());
    const QSqlRecord columns = record(tableName);
    for (const auto &[position, name] : std::as_const(keyColumns))
        index.append(columns.field(name));
    if (!keyColumns.isEmpty())
        index.setName(tableName);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.size() > 2 && identifier.startsWith(u'"') && identifier.endsWith(u'"'))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

int SqlCipherDriver::lastSystemErrno() const
{
    return d->lastSystemErrno;
}

QString SqlCipherDriver::cipherVersion() const
{
    QSqlQuery query(createResult());
    if (query.exec(u"PRAGMA cipher_version"_s) && query.next())
        return query.value(0).toString();
    return QString();
}

Expected<void> SqlCipherDriver::backUpTo(SqlCipherDriver &destination)
{
    if (!isOpen() || !destination.isOpen())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("SqlCipherDriver", "The database is not open."));
    sqlite3_backup *backup = sqlite3_backup_init(destination.d->db, "main", d->db, "main");
    if (!backup) {
        const QSqlError error =
            destination.d->error(QCoreApplication::translate("SqlCipherDriver", "Unable to start the backup"),
                                 QSqlError::UnknownError, sqlite3_errcode(destination.d->db));
        return Error::make(ErrorCode::Sql, error.text());
    }
    // All pages in one step: the source stays readable by others meanwhile
    // (WAL), and one step means one consistent snapshot.
    const int stepRc = sqlite3_backup_step(backup, -1);
    const int finishRc = sqlite3_backup_finish(backup);
    if (stepRc != SQLITE_DONE || finishRc != SQLITE_OK) {
        const int rc = stepRc != SQLITE_DONE ? stepRc : finishRc;
        const QSqlError error = destination.d->error(
            QCoreApplication::translate("SqlCipherDriver", "Unable to copy the database"), QSqlError::UnknownError, rc);
        return Error::make((rc & 0xff) == SQLITE_FULL ? ErrorCode::DiskFull : ErrorCode::Sql, error.databaseText());
    }
    return {};
}

Expected<void> SqlCipherDriver::rekey(const SecureBytes &newRawKey)
{
    if (!isOpen())
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("SqlCipherDriver", "The database is not open."));
    auto fail = [this](int rc, const QString &what) {
        const QSqlError error = d->error(what, QSqlError::StatementError, rc);
        setLastError(error);
        return Error::make((rc & 0xff) == SQLITE_FULL ? ErrorCode::DiskFull : ErrorCode::Sql,
                           what + u": "_s + error.databaseText());
    };
    // SQLCipher cannot re-encrypt in WAL mode: fold the WAL back into the
    // database, rekey with a rollback journal, then return to WAL.
    QSqlQuery mode(createResult());
    mode.exec(u"PRAGMA journal_mode"_s);
    const bool wasWal = mode.next() && mode.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) == 0;
    mode.finish();
    if (wasWal) {
        int rc = sqlite3_exec(d->db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;", nullptr, nullptr,
                              nullptr);
        if (rc != SQLITE_OK)
            return fail(rc, QCoreApplication::translate("SqlCipherDriver", "Unable to leave WAL mode for rekeying"));
    }
    const SecureBytes spec = rawKeySpec(newRawKey);
    const int rc = sqlite3_rekey_v2(d->db, "main", spec.data(), int(spec.size()));
    if (rc != SQLITE_OK)
        return fail(rc, QCoreApplication::translate("SqlCipherDriver", "Unable to re-encrypt the database"));
    if (wasWal) {
        const int walRc = sqlite3_exec(d->db, "PRAGMA journal_mode=WAL;", nullptr, nullptr, nullptr);
        if (walRc != SQLITE_OK)
            return fail(walRc,
                        QCoreApplication::translate("SqlCipherDriver", "Unable to return to WAL mode after rekeying"));
    }
    return {};
}

} // namespace casedesk
