#include "DraftStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

DraftStore::DraftStore(QSqlDatabase database, SqlErrorMapper mapError)
    : m_database(std::move(database)), m_mapError(std::move(mapError))
{ }

Expected<void> DraftStore::save(const Draft &draft)
{
    QSqlQuery query(m_database);
    // REPLACE is fine here: a draft has no dependent rows.
    query.prepare(u"INSERT OR REPLACE INTO drafts (id, staff_id, form_code, content, updated_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(draft.id);
    query.addBindValue(draft.staffId);
    query.addBindValue(draft.formCode);
    query.addBindValue(QString::fromUtf8(QJsonDocument(draft.content).toJson(QJsonDocument::Compact)));
    query.addBindValue(draft.updatedUtc.isValid() ? draft.updatedUtc : QDateTime::currentDateTimeUtc());
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("DraftStore", "Saving the draft"));
    return {};
}

Expected<QList<Draft>> DraftStore::openDrafts(const QString &staffId) const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT id, staff_id, form_code, content, updated_at FROM drafts WHERE staff_id = ? "
                  "ORDER BY updated_at DESC"_s);
    query.addBindValue(staffId);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("DraftStore", "Reading drafts"));
    QList<Draft> drafts;
    while (query.next())
        drafts.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object(),
                       query.value(4).toDateTime()});
    return drafts;
}

Expected<void> DraftStore::discard(const QString &id)
{
    QSqlQuery query(m_database);
    query.prepare(u"DELETE FROM drafts WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("DraftStore", "Discarding the draft"));
    return {};
}

} // namespace casedesk
