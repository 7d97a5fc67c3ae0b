#include "CaseQuery.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() || c == u'X'; });
}

// A prefix match that can use an index: [prefix, prefix + U+FFFF).
void addPrefix(QStringList &conditions, QVariantList &values, const QString &column, const QString &prefix)
{
    conditions << u"(%1 >= ? AND %1 < ?)"_s.arg(column);
    values << prefix << prefix + QChar(0xFFFF);
}

} // namespace

CaseQuery::CaseQuery(QSqlDatabase database, SqlErrorMapper mapError)
    : m_database(std::move(database)), m_mapError(std::move(mapError))
{ }

Expected<QList<CaseRow>> CaseQuery::page(const CaseFilter &filter, int limit, const std::optional<CaseRow> &after) const
{
    QStringList conditions;
    QVariantList values;
    switch (filter.scope) {
    case CaseFilter::Scope::Mine:
        conditions << u"c.staff_id = ?"_s;
        values << filter.staffId;
        break;
    case CaseFilter::Scope::Counter:
        conditions << u"c.counter_id = ?"_s;
        values << filter.counterId;
        break;
    case CaseFilter::Scope::Hall: break;
    }
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (CaseState state : filter.states) {
            marks << u"?"_s;
            values << caseStateName(state);
        }
        conditions << u"c.state IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (!filter.itemCode.isEmpty()) {
        conditions << u"c.item_code = ?"_s;
        values << filter.itemCode;
    }
    if (filter.createdFrom.isValid()) {
        conditions << u"c.created_at >= ?"_s;
        values << filter.createdFrom.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    }
    if (filter.createdTo.isValid()) {
        conditions << u"c.created_at < ?"_s;
        values << filter.createdTo.addDays(1).startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    }
    if (filter.dueBy.isValid()) {
        conditions << u"c.due_date <= ? AND c.state IN ('accepted', 'in_progress')"_s;
        values << filter.dueBy.toString(Qt::ISODate);
    }
    const QString search = filter.search.trimmed().toUpper();
    if (!search.isEmpty()) {
        // Each alternative is answered by its own index (receipt number,
        // applicant name, ID tail), joined by OR on the case.
        QStringList alternatives;
        QVariantList searchValues;
        QStringList receipt;
        addPrefix(receipt, searchValues, u"c.receipt_number"_s, search);
        alternatives << receipt;
        QStringList names;
        QVariantList nameValues;
        addPrefix(names, nameValues, u"name"_s, filter.search.trimmed());
        alternatives << u"c.applicant_id IN (SELECT id FROM applicants WHERE %1)"_s.arg(names.first());
        searchValues << nameValues;
        if (isDigits(search) && search.size() <= 4) {
            alternatives << u"c.applicant_id IN (SELECT id FROM applicants WHERE id_tail = ?)"_s;
            searchValues << search.rightJustified(4, u'0').right(4);
        }
        conditions << u"(%1)"_s.arg(alternatives.join(u" OR "_s));
        values << searchValues;
    }
    // Keyset paging on (sort column, id): the next page starts after the
    // last row seen, whatever was inserted meanwhile.
    QString column;
    switch (filter.sort) {
    case CaseFilter::Sort::Updated: column = u"c.updated_at"_s; break;
    case CaseFilter::Sort::Created: column = u"c.created_at"_s; break;
    case CaseFilter::Sort::Due:
        column = u"c.due_date"_s;
        conditions << u"c.due_date IS NOT NULL AND c.state IN ('accepted', 'in_progress')"_s;
        break;
    case CaseFilter::Sort::Receipt:
        column = u"c.receipt_number"_s;
        conditions << u"c.receipt_number IS NOT NULL"_s;
        break;
    }
    const QString direction = filter.descending ? u"DESC"_s : u"ASC"_s;
    if (after) {
        QVariant key;
        switch (filter.sort) {
        case CaseFilter::Sort::Updated: key = after->updatedUtc.toUTC().toString(Qt::ISODateWithMs); break;
        case CaseFilter::Sort::Created: key = after->createdUtc.toUTC().toString(Qt::ISODateWithMs); break;
        case CaseFilter::Sort::Due: key = after->dueDate.toString(Qt::ISODate); break;
        case CaseFilter::Sort::Receipt: key = after->receiptNumber; break;
        }
        const QString beyond = filter.descending ? u"<"_s : u">"_s;
        conditions << u"(%1 %2 ? OR (%1 = ? AND c.id %2 ?))"_s.arg(column, beyond);
        values << key << key << after->id;
    }
    const QString sql =
        u"SELECT c.id, c.receipt_number, a.name, a.id_tail, c.item_code, c.state, c.counter_id, "
        "c.staff_id, c.created_at, c.updated_at, c.due_date "
        "FROM cases c JOIN applicants a ON a.id = c.applicant_id %1 "
        "ORDER BY %2 %3, c.id %3 LIMIT ?"_s.arg(
            conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s), column, direction);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseQuery", "Listing cases"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseQuery", "Listing cases"));
    QList<CaseRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        rows.append(CaseRow{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toString(),
                            caseStateFromName(query.value(5).toString()).value_or(CaseState::Draft),
                            query.value(6).toString(), query.value(7).toString(), query.value(8).toDateTime(),
                            query.value(9).toDateTime(), QDate::fromString(query.value(10).toString(), Qt::ISODate)});
    }
    return rows;
}

} // namespace casedesk
