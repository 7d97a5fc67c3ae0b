#include "SqliteSupport.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace casedesk::sqlite {

QMetaType typeFromDeclaration(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(u"DATETIME"_s) || type.contains(u"TIMESTAMP"_s))
        return QMetaType(QMetaType::QDateTime);
    if (type.contains(u"INT"_s))
        return QMetaType(QMetaType::LongLong);
    if (type.contains(u"CHAR"_s) || type.contains(u"CLOB"_s) || type.contains(u"TEXT"_s))
        return QMetaType(QMetaType::QString);
    if (type.contains(u"BLOB"_s))
        return QMetaType(QMetaType::QByteArray);
    if (type.contains(u"REAL"_s) || type.contains(u"FLOA"_s) || type.contains(u"DOUB"_s))
        return QMetaType(QMetaType::Double);
    return QMetaType(QMetaType::QString);
}

QSqlError makeError(sqlite3 *db, const QString &driverText, QSqlError::ErrorType type, int resultCode, int *systemErrno)
{
    if (systemErrno)
        *systemErrno = db ? sqlite3_system_errno(db) : 0;
    int extended = resultCode;
    QString text;
    if (db) {
        extended = sqlite3_extended_errcode(db);
        // sqlite3_errcode reflects the last API call; prefer it only when it
        // agrees with the code we were handed.
        if ((extended & 0xff) != (resultCode & 0xff))
            extended = resultCode;
        text = toQString(sqlite3_errmsg16(db));
    } else {
        text = QString::fromUtf8(sqlite3_errstr(resultCode));
    }
    if (db
        && ((extended & 0xff) == SQLITE_IOERR || (extended & 0xff) == SQLITE_FULL
            || (extended & 0xff) == SQLITE_CANTOPEN || (extended & 0xff) == SQLITE_READONLY)) {
        if (const int osError = sqlite3_system_errno(db); osError != 0)
            text += u" (%1)"_s.arg(QString::fromLocal8Bit(std::strerror(osError)));
    }
    return QSqlError(driverText, text, type, QString::number(extended));
}

} // namespace casedesk::sqlite
