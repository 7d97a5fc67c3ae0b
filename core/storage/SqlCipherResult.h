#pragma once

#include "SqlCipherDriver.h"

#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace casedesk {

// One prepared statement of a SqlCipherDriver connection. Rows are decoded
// as they are stepped; a scrollable (not forward-only) query keeps the rows
// it has seen so it can move back.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;
    void virtual_hook(int id, void *data) override;

private:
    friend class SqlCipherDriver;

    SqlCipherDriver::Private *driverPrivate() const;
    sqlite3 *connection() const;
    void finalize();
    bool bindAll();
    int bindText(int index, QString text);
    // Steps once; true with m_row filled, false at the end or on error.
    bool stepRow();
    QVariant columnValue(int column) const;
    void readRecord();

    sqlite3_stmt *m_statement = nullptr;
    QSqlRecord m_record;
    QList<QMetaType> m_columnTypes;
    QVariantList m_row;
    QList<QVariantList> m_cache;
    // The first row is stepped by exec(); fetchNext() must not step again.
    bool m_firstRowPending = false;
    bool m_atEnd = false;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
    // Keeps bound text and blobs alive while SQLite reads them (SQLITE_STATIC).
    QVariantList m_boundKeepAlive;
};

} // namespace casedesk
