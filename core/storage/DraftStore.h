#pragma once

#include "StorageError.h"
#include "common/Expected.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace casedesk {

struct Draft {
    QString id;
    QString staffId;
    QString formCode;
    QJsonObject content;
    QDateTime updatedUtc;
};

// Intakes in progress, saved as they are typed (in the encrypted vault), so
// that a closed window or a crash loses nothing.
class DraftStore
{
public:
    DraftStore(QSqlDatabase database, SqlErrorMapper mapError);

    Expected<void> save(const Draft &draft);
    Expected<QList<Draft>> openDrafts(const QString &staffId) const;
    Expected<void> discard(const QString &id);

private:
    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
};

} // namespace casedesk
