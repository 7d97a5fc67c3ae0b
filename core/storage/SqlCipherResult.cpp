#include "SqlCipherResult.h"

#include "SqlCipherDriver.h"
#include "SqlCipherDriverPrivate.h"
#include "SqliteSupport.h"
#include "common/IsoTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlField>

#include <limits>

using namespace Qt::StringLiterals;

namespace casedesk {

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver)
{
    driver->d->results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const auto *owner = static_cast<const SqlCipherDriver *>(driver()))
        owner->d->results.removeOne(this);
    finalize();
}

SqlCipherDriver::Private *SqlCipherResult::driverPrivate() const
{
    return static_cast<const SqlCipherDriver *>(driver())->d.get();
}

sqlite3 *SqlCipherResult::connection() const
{
    return driverPrivate()->db;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_statement));
}

void SqlCipherResult::finalize()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_record.clear();
    m_columnTypes.clear();
    m_row.clear();
    m_cache.clear();
    m_boundKeepAlive.clear();
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    if (!driver() || !driver()->isOpen() || driver()->isOpenError())
        return false;
    finalize();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);

    const void *tail = nullptr;
    const int rc = sqlite3_prepare16_v2(connection(), query.constData(), int((query.size() + 1) * sizeof(QChar)),
                                        &m_statement, &tail);
    if (rc != SQLITE_OK) {
        setLastError(
            driverPrivate()->error(QCoreApplication::translate("SqlCipherResult", "Unable to prepare the statement"),
                                   QSqlError::StatementError, rc));
        finalize();
        return false;
    }
    if (!m_statement) {
        setLastError(QSqlError(QCoreApplication::translate("SqlCipherResult", "The statement is empty"), QString(),
                               QSqlError::StatementError));
        return false;
    }
    if (tail) {
        const qsizetype consumed = static_cast<const QChar *>(tail) - query.constData();
        if (!QStringView(query).mid(consumed).trimmed().isEmpty()) {
            setLastError(QSqlError(
                QCoreApplication::translate("SqlCipherResult", "Unable to execute several statements at a time"),
                QString(), QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            finalize();
            return false;
        }
    }
    readRecord();
    return true;
}

void SqlCipherResult::readRecord()
{
    const int columns = sqlite3_column_count(m_statement);
    for (int column = 0; column < columns; ++column) {
        const QString name = sqlite::toQString(sqlite3_column_name16(m_statement, column));
        const QString declared = sqlite::toQString(sqlite3_column_decltype16(m_statement, column));
        const QMetaType type = sqlite::typeFromDeclaration(declared);
        QSqlField field(name, type);
        m_record.append(field);
        m_columnTypes.append(type);
    }
}

bool SqlCipherResult::bindAll()
{
    const QList<QVariant> &values = boundValues();
    const int parameters = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != parameters) {
        setLastError(QSqlError(QCoreApplication::translate(
                                   "SqlCipherResult", "Parameter count mismatch: the statement takes %1, %2 were bound")
                                   .arg(parameters)
                                   .arg(values.size()),
                               QString(), QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    m_boundKeepAlive.clear();
    m_boundKeepAlive.reserve(parameters);
    for (int i = 0; i < parameters; ++i) {
        const QVariant &value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_statement, index);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar: rc = sqlite3_bind_int64(m_statement, index, value.toLongLong()); break;
            case QMetaType::ULong:
            case QMetaType::ULongLong:
                if (value.toULongLong() > quint64(std::numeric_limits<qint64>::max())) {
                    setLastError(
                        QSqlError(QCoreApplication::translate("SqlCipherResult", "Integer %1 is too large for SQLite")
                                      .arg(value.toULongLong()),
                                  QString(), QSqlError::StatementError, QString::number(SQLITE_RANGE)));
                    return false;
                }
                rc = sqlite3_bind_int64(m_statement, index, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float: rc = sqlite3_bind_double(m_statement, index, value.toDouble()); break;
            case QMetaType::QByteArray: {
                m_boundKeepAlive.append(value);
                const QByteArray &blob = *static_cast<const QByteArray *>(m_boundKeepAlive.last().constData());
                rc = sqlite3_bind_blob64(m_statement, index, blob.constData(), sqlite3_uint64(blob.size()),
                                         SQLITE_STATIC);
                break;
            }
            case QMetaType::QDateTime: {
                const QDateTime when = value.toDateTime();
                rc = when.isValid() ? bindText(index, isoUtcText(when)) : sqlite3_bind_null(m_statement, index);
                break;
            }
            case QMetaType::QDate: rc = bindText(index, value.toDate().toString(Qt::ISODate)); break;
            case QMetaType::QTime: rc = bindText(index, value.toTime().toString(u"HH:mm:ss.zzz"_s)); break;
            default:
                if (!value.canConvert<QString>()) {
                    setLastError(
                        QSqlError(QCoreApplication::translate("SqlCipherResult", "Cannot bind a value of type %1")
                                      .arg(QString::fromLatin1(value.typeName())),
                                  QString(), QSqlError::StatementError, QString::number(SQLITE_MISMATCH)));
                    return false;
                }
                rc = bindText(index, value.toString());
                break;
            }
        }
        if (rc != SQLITE_OK) {
            setLastError(
                driverPrivate()->error(QCoreApplication::translate("SqlCipherResult", "Unable to bind a parameter"),
                                       QSqlError::StatementError, rc));
            return false;
        }
    }
    return true;
}

int SqlCipherResult::bindText(int index, QString text)
{
    m_boundKeepAlive.append(std::move(text));
    const QString &kept = *static_cast<const QString *>(m_boundKeepAlive.last().constData());
    return sqlite3_bind_text16(m_statement, index, kept.constData(), int(kept.size() * sizeof(QChar)), SQLITE_STATIC);
}

bool SqlCipherResult::exec()
{
    if (!m_statement)
        return false;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_row.clear();
    m_cache.clear();
    m_firstRowPending = false;
    m_atEnd = false;
    m_rowsAffected = -1;
    m_lastInsertId.clear();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    setLastError(QSqlError());

    if (!bindAll())
        return false;

    sqlite3 *db = connection();
    const int totalBefore = sqlite3_total_changes(db);
    const bool hasRow = stepRow();
    if (!hasRow && lastError().isValid())
        return false;
    const bool changed = sqlite3_total_changes(db) != totalBefore;
    m_rowsAffected = changed ? sqlite3_changes(db) : 0;
    if (changed) {
        if (const sqlite3_int64 rowId = sqlite3_last_insert_rowid(db); rowId != 0)
            m_lastInsertId = qint64(rowId);
    }
    m_firstRowPending = hasRow;
    setSelect(sqlite3_column_count(m_statement) > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::stepRow()
{
    if (m_atEnd)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        const int columns = sqlite3_data_count(m_statement);
        m_row.resize(columns);
        for (int column = 0; column < columns; ++column)
            m_row[column] = columnValue(column);
        if (!isForwardOnly())
            m_cache.append(m_row);
        return true;
    }
    m_atEnd = true;
    if (rc != SQLITE_DONE) {
        // sqlite3_reset returns the statement's real error with the v2 API.
        setLastError(driverPrivate()->error(QCoreApplication::translate("SqlCipherResult", "Unable to fetch a row"),
                                            QSqlError::StatementError, rc));
    }
    return false;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    const QMetaType declared = m_columnTypes.value(column, QMetaType(QMetaType::QString));
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return QVariant(int(sqlite3_column_int64(m_statement, column)));
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL: return QVariant(declared);
    case SQLITE_TEXT:
    default: {
        const auto *text = static_cast<const QChar *>(sqlite3_column_text16(m_statement, column));
        const QString value(text, sqlite3_column_bytes16(m_statement, column) / int(sizeof(QChar)));
        if (declared.id() == QMetaType::QDateTime) {
            QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (when.isValid()) {
                // Text without a zone (as SQLite's datetime() writes it) is
                // UTC by our convention, not the workstation's local time.
                if (when.timeSpec() == Qt::LocalTime)
                    when = QDateTime(when.date(), when.time(), Qt::UTC);
                return QVariant(when.toUTC());
            }
        }
        return QVariant(value);
    }
    }
}

QVariant SqlCipherResult::data(int field)
{
    if (field < 0 || field >= m_row.size())
        return QVariant();
    return m_row.at(field);
}

bool SqlCipherResult::isNull(int field)
{
    return field < 0 || field >= m_row.size() || m_row.at(field).isNull();
}

bool SqlCipherResult::fetchNext()
{
    if (!isForwardOnly())
        return fetch(at() + 1);
    if (m_firstRowPending) {
        m_firstRowPending = false;
        setAt(at() + 1);
        return true;
    }
    if (!stepRow())
        return false;
    setAt(at() + 1);
    return true;
}

bool SqlCipherResult::fetch(int row)
{
    if (row < 0)
        return false;
    if (isForwardOnly())
        return row == at() + 1 && fetchNext();
    while (m_cache.size() <= row && stepRow()) { }
    if (row >= m_cache.size())
        return false;
    m_row = m_cache.at(row);
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (isForwardOnly())
        return at() == QSql::BeforeFirstRow && fetchNext();
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (isForwardOnly()) {
        bool any = false;
        while (fetchNext())
            any = true;
        return any;
    }
    while (stepRow()) { }
    return !m_cache.isEmpty() && fetch(int(m_cache.size()) - 1);
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot know without stepping every row
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const
{
    return m_record;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

void SqlCipherResult::virtual_hook(int id, void *data)
{
    QSqlResult::virtual_hook(id, data);
}

} // namespace casedesk
