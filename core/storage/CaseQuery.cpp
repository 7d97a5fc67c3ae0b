#include "CaseQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// The WHERE term of the cases_open_due index (migration 4), word for word:
// SQLite uses a partial index only for a query that repeats its term.
const QString openStates = u"c.state IN ('accepted', 'in_progress')"_s;

// Conditions joined by AND, with their values in the order they bind.
struct Conditions {
    QStringList terms;
    QVariantList values;

    void add(const QString &term, const QVariantList &termValues = {})
    {
        terms << term;
        values << termValues;
    }
    void add(const Conditions &other)
    {
        terms << other.terms;
        values << other.values;
    }
    QString where() const { return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s); }
};

Conditions operator+(Conditions left, const Conditions &right)
{
    left.add(right);
    return left;
}

// Sort keys from low (inclusive) to high (exclusive).
struct KeySpan {
    QString low;
    QString high;
};

// The keys that start with a prefix: [prefix, prefix + U+FFFF).
KeySpan prefixSpan(const QString &text)
{
    return KeySpan{text, text + QChar(0xFFFF)};
}

// A prefix match that can use an index.
Conditions prefix(const QString &column, const QString &text)
{
    const KeySpan span = prefixSpan(text);
    Conditions match;
    match.add(u"(%1 >= ? AND %1 < ?)"_s.arg(column), {span.low, span.high});
    return match;
}

// One end of a stretch of sort keys.
struct Edge {
    QString key;
    bool inclusive = false;
};

// Of two lower (upper) ends, the one that leaves less: the larger (smaller)
// key, as SQLite's BINARY collation orders them (UTF-8 bytes); at equal keys
// the exclusive one.
std::optional<Edge> narrower(const std::optional<Edge> &a, const std::optional<Edge> &b, bool lower)
{
    if (!a || !b)
        return a ? a : b;
    const QByteArray left = a->key.toUtf8(), right = b->key.toUtf8();
    if (left == right)
        return a->inclusive ? b : a;
    return (left < right) == lower ? b : a;
}

// The entries of a range between `beyond` (exclusive) and `upto` (inclusive)
// in list order, within a span of keys: one bound on the sort key at either
// end. Given two bounds on one side SQLite may start its index range at the
// wider one and test every entry in between.
Conditions window(const Conditions &range, const std::optional<KeySpan> &span, const QString &column, bool descending,
                  const std::optional<QString> &beyond, const std::optional<QString> &upto)
{
    std::optional<Edge> low, high;
    if (span) {
        low = Edge{span->low, true};
        high = Edge{span->high, false};
    }
    const std::optional<Edge> start = beyond ? std::optional(Edge{*beyond, false}) : std::nullopt;
    const std::optional<Edge> end = upto ? std::optional(Edge{*upto, true}) : std::nullopt;
    low = narrower(low, descending ? end : start, true);
    high = narrower(high, descending ? start : end, false);
    Conditions where = range;
    if (low)
        where.add(u"%1 %2 ?"_s.arg(column, low->inclusive ? u">="_s : u">"_s), {low->key});
    if (high)
        where.add(u"%1 %2 ?"_s.arg(column, high->inclusive ? u"<="_s : u"<"_s), {high->key});
    return where;
}

// The last digits (up to 4) of an ID number, as the counter types them.
bool isIdTail(const QString &text)
{
    return !text.isEmpty() && text.size() <= 4
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() || c == u'X'; });
}

// The order of the list, what a row needs to be in it, and the index that
// lists every case in that order (empty: SQLite chooses).
struct Order {
    QString column;
    Conditions needs;
    QString walkIndex;
};

Order orderOf(CaseFilter::Sort sort)
{
    Order order;
    switch (sort) {
    case CaseFilter::Sort::Automatic: // decided by CaseQuery::sortOf() before
    case CaseFilter::Sort::Updated: order = {u"c.updated_at"_s, {}, u"cases_list"_s}; break;
    case CaseFilter::Sort::Created: order = {u"c.created_at"_s, {}, u"cases_intake"_s}; break;
    case CaseFilter::Sort::Due:
        order = {u"c.due_date"_s, {}, u"cases_open_due"_s};
        order.needs.add(openStates);
        order.needs.add(u"c.due_date IS NOT NULL"_s);
        break;
    case CaseFilter::Sort::Receipt:
        order = {u"c.receipt_number"_s, {}, u"cases_receipt_list"_s};
        order.needs.add(u"c.receipt_number IS NOT NULL"_s);
        break;
    }
    return order;
}

// The first instant of a day in Beijing time (UTC+8, no daylight saving), as
// the vault writes times (UTC text): the hall's day, as the board counts it
// (hallDay()), whatever the counter PC's time zone.
QString startOfHallDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC().toString(Qt::ISODateWithMs);
}

// Taken in from createdFrom to createdTo, whole hall days.
Conditions createdBetween(const CaseFilter &filter)
{
    Conditions where;
    if (filter.createdFrom.isValid())
        where.add(u"c.created_at >= ?"_s, {startOfHallDay(filter.createdFrom)});
    if (filter.createdTo.isValid())
        where.add(u"c.created_at < ?"_s, {startOfHallDay(filter.createdTo.addDays(1))});
    return where;
}

// Everything but the search: scope, state, item, dates, deadline.
Conditions filterConditions(const CaseFilter &filter)
{
    Conditions where;
    switch (filter.scope) {
    case CaseFilter::Scope::Mine: where.add(u"c.staff_id = ?"_s, {filter.staffId}); break;
    case CaseFilter::Scope::Counter: where.add(u"c.counter_id = ?"_s, {filter.counterId}); break;
    case CaseFilter::Scope::Hall: break;
    }
    if (!filter.states.isEmpty()) {
        QStringList marks;
        QVariantList names;
        for (CaseState state : filter.states) {
            marks << u"?"_s;
            names << caseStateName(state);
        }
        where.add(u"c.state IN (%1)"_s.arg(marks.join(u", "_s)), names);
    }
    if (!filter.itemCode.isEmpty())
        where.add(u"c.item_code = ?"_s, {filter.itemCode});
    where.add(createdBetween(filter));
    if (filter.dueBy.isValid()) {
        where.add(u"c.due_date <= ?"_s, {filter.dueBy.toString(Qt::ISODate)});
        where.add(openStates);
    }
    return where;
}

// The entries after a place in the list order, on (sort key, rowid): every
// index holds the rowid after its columns, so the tie-break costs no extra
// read; the first term bounds the index range.
Conditions after(const QString &column, bool descending, const CaseCursor &cursor)
{
    const QString beyond = descending ? u"<"_s : u">"_s;
    Conditions where;
    where.add(u"%1 %2= ?"_s.arg(column, beyond), {cursor.key});
    where.add(u"(%1 %2 ? OR c.rowid %2 ?)"_s.arg(column, beyond), {cursor.key, cursor.rowId});
    return where;
}

// Whether a comes before b in the list order.
bool before(const CaseCursor &a, const CaseCursor &b, bool descending)
{
    const int order = a.key < b.key ? -1 : (b.key < a.key ? 1 : (a.rowId > b.rowId) - (a.rowId < b.rowId));
    return descending ? order > 0 : order < 0;
}

} // namespace

// One way into the cases: an index, the part of it read (in list order for a
// walk), and what each entry must pass. A walk stops at the first `limit`
// entries that pass; a drive reads its few candidates and sorts them. A span
// narrows a walk of the list's own index to a stretch of sort keys.
struct CaseQuery::Way {
    QString index;
    Conditions range;
    Conditions tests;
    bool walks = true;
    std::optional<KeySpan> span;
};

// What a walk found, and where it stopped short for want of budget.
struct CaseQuery::Walked {
    QList<CaseCursor> found;
    std::optional<CaseCursor> stoppedAt;
};

CaseQuery::CaseQuery(QSqlDatabase database, SqlErrorMapper mapError)
    : m_database(std::move(database)), m_mapError(std::move(mapError))
{ }

CaseQuery CaseQuery::guardedBy(PermissionGuard guard) const
{
    CaseQuery guarded = *this;
    guarded.m_guard = std::move(guard);
    return guarded;
}

Expected<CaseFilter> CaseQuery::scopedFilter(const CaseFilter &filter) const
{
    if (!m_guard)
        return filter;
    const Actor &actor = m_guard->actor();
    CaseFilter scoped = filter;
    Permission needed = Permission::ViewHallCases;
    QString object = u"case-list:hall"_s;
    switch (filter.scope) {
    case CaseFilter::Scope::Mine:
        if (scoped.staffId.isEmpty())
            scoped.staffId = actor.userId;
        if (scoped.staffId == actor.userId)
            needed = Permission::ViewOwnCases;
        object = u"case-list:staff:"_s + scoped.staffId;
        break;
    case CaseFilter::Scope::Counter:
        if (scoped.counterId.isEmpty())
            scoped.counterId = actor.counterId;
        if (!scoped.counterId.isEmpty() && scoped.counterId == actor.counterId)
            needed = Permission::ViewCounterCases;
        object = u"case-list:counter:"_s + scoped.counterId;
        break;
    case CaseFilter::Scope::Hall: break;
    }
    if (auto allowed = m_guard->require(needed, object); !allowed)
        return allowed.error();
    return scoped;
}

// How many cases a term matches, counted in its index and stopping at upTo.
Expected<int> CaseQuery::candidates(const QString &index, const QString &condition, const QVariantList &values,
                                    int upTo) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(
            u"SELECT count(*) FROM (SELECT 1 FROM cases c INDEXED BY %1 WHERE %2 LIMIT ?)"_s.arg(index, condition)))
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseQuery", "Listing cases"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(upTo);
    if (!query.exec() || !query.next())
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseQuery", "Listing cases"));
    return query.value(0).toInt();
}

Expected<CaseFilter::Sort> CaseQuery::sortOf(const CaseFilter &filter) const
{
    // A receipt-only search, and then a range of days taken in, override an
    // order chosen from the header too: in any other order a walk would pass
    // every newer case before a prefix or a day weeks old, reading the table
    // for each when the days are tested (docs/performance.md).
    const CaseFilter::Sort chosen =
        filter.sort == CaseFilter::Sort::Automatic ? CaseFilter::Sort::Updated : filter.sort;
    if (chosen == CaseFilter::Sort::Receipt || chosen == CaseFilter::Sort::Created)
        return chosen;
    const CaseFilter::Sort otherwise =
        filter.createdFrom.isValid() || filter.createdTo.isValid() ? CaseFilter::Sort::Created : chosen;
    const QString search = filter.search.trimmed();
    if (search.isEmpty() || isIdTail(search.toUpper()))
        return otherwise;
    // Whether any receipt number, and any name, starts with it: one index
    // probe each, in the whole hall (what the text is does not depend on
    // the scope).
    auto anyStartsWith = [&](const QString &index, const QString &column, const QString &text) {
        const Conditions match = prefix(column, text);
        return candidates(index, match.terms.first(), match.values, 1);
    };
    auto receipts = anyStartsWith(u"cases_receipt_list"_s, u"c.receipt_number"_s, search.toUpper());
    if (!receipts)
        return receipts.error();
    if (*receipts == 0)
        return otherwise;
    auto names = anyStartsWith(u"cases_name_list"_s, u"c.applicant_name"_s, search);
    if (!names)
        return names.error();
    return *names == 0 ? CaseFilter::Sort::Receipt : otherwise;
}

Expected<CaseFilter> CaseQuery::withSortDecided(const CaseFilter &filter) const
{
    auto sort = sortOf(filter);
    if (!sort)
        return sort.error();
    CaseFilter decided = filter;
    decided.sort = *sort;
    return decided;
}

Expected<QList<CaseQuery::Way>> CaseQuery::waysIn(const CaseFilter &filter) const
{
    const Order order = orderOf(filter.sort);
    const Conditions common = filterConditions(filter) + order.needs;
    auto only = [](const QString &term, const QVariantList &values = {}) {
        Conditions condition;
        condition.add(term, values);
        return condition;
    };
    // The rows of a walk of the whole list in this order.
    Conditions listRange;
    if (filter.sort == CaseFilter::Sort::Due)
        listRange.add(openStates);
    if (filter.sort == CaseFilter::Sort::Receipt)
        listRange.add(u"c.receipt_number IS NOT NULL"_s);
    if (filter.sort == CaseFilter::Sort::Created)
        listRange.add(createdBetween(filter)); // a stretch of cases_intake

    QList<Way> ways;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // A search is the union of its alternatives: a prefix with few
        // candidates drives from its own index, the others are tested
        // together while walking the list.
        Conditions walked;
        QList<std::pair<QString, Conditions>> prefixes;
        if (filter.sort == CaseFilter::Sort::Receipt) {
            // In receipt order the receipt numbers with this prefix are a
            // stretch of the list itself: walked from its edge, however many.
            ways << Way{order.walkIndex, listRange, common, true, prefixSpan(search.toUpper())};
        } else {
            prefixes.append({u"cases_receipt_list"_s, prefix(u"c.receipt_number"_s, search.toUpper())});
        }
        prefixes.append({u"cases_name_list"_s, prefix(u"c.applicant_name"_s, search)});
        for (const auto &[index, match] : std::as_const(prefixes)) {
            auto count = candidates(index, match.terms.first(), match.values, m_driveLimit + 1);
            if (!count)
                return count.error();
            if (*count > m_driveLimit)
                walked.add(match);
            else if (*count > 0)
                ways << Way{index, match, common, false, std::nullopt};
        }
        if (const QString tail = search.toUpper(); isIdTail(tail))
            ways << Way{u"cases_tail_list"_s,
                        only(u"c.applicant_id_tail = ?"_s, {tail.rightJustified(4, u'0').right(4)}), common,
                        filter.sort == CaseFilter::Sort::Updated, std::nullopt};
        if (!walked.terms.isEmpty())
            ways << Way{order.walkIndex, listRange,
                        only(u"(%1)"_s.arg(walked.terms.join(u" OR "_s)), walked.values) + common, true, std::nullopt};
        return ways;
    }
    if (filter.sort != CaseFilter::Sort::Created && (filter.createdFrom.isValid() || filter.createdTo.isValid())) {
        // The cases taken in on a few days, listed in another order (by
        // receipt number): read them by creation time and sort. The list's
        // indexes hold no creation time, so a walk would read the table for
        // every entry it tests. In creation order the days are walked below,
        // a stretch of cases_intake, without counting them first.
        const Conditions created = createdBetween(filter);
        auto count = candidates(u"cases_intake"_s, created.terms.join(u" AND "_s), created.values, m_driveLimit + 1);
        if (!count)
            return count.error();
        if (*count <= m_driveLimit)
            return QList<Way>{Way{u"cases_intake"_s, created, common, false, std::nullopt}};
    }
    if (filter.sort != CaseFilter::Sort::Updated)
        return QList<Way>{Way{order.walkIndex, listRange, common, true, std::nullopt}};
    if (!filter.itemCode.isEmpty())
        return QList<Way>{
            Way{u"cases_item_list"_s, only(u"c.item_code = ?"_s, {filter.itemCode}), common, true, std::nullopt}};
    if (filter.states.isEmpty() && !filter.dueBy.isValid())
        return QList<Way>{Way{order.walkIndex, listRange, common, true, std::nullopt}};

    if (filter.dueBy.isValid()) {
        // Few open cases due by then: read them by deadline and sort.
        const Conditions due = only(u"c.due_date <= ?"_s, {filter.dueBy.toString(Qt::ISODate)}) + only(openStates);
        auto count = candidates(u"cases_open_due"_s, due.terms.join(u" AND "_s), due.values, m_driveLimit + 1);
        if (!count)
            return count.error();
        if (*count <= m_driveLimit)
            return QList<Way>{Way{u"cases_open_due"_s, due, common, false, std::nullopt}};
    }
    // Each state in order of last change.
    QList<CaseState> states = filter.states;
    if (states.isEmpty())
        states = {CaseState::Accepted, CaseState::InProgress};
    for (CaseState state : std::as_const(states)) {
        if (!filter.dueBy.isValid() || state == CaseState::Accepted || state == CaseState::InProgress)
            ways << Way{u"cases_state_list"_s, only(u"c.state = ?"_s, {caseStateName(state)}), common, true,
                        std::nullopt};
    }
    return ways;
}

namespace {

// A way's keys: in index order (a walk: the index lists entries by sort key,
// so no sorting), or by sort key and rowid (a drive, or a tie group).
enum class KeyOrder { Index, KeyAndRowId };

QString keysSql(const QString &index, const QString &column, const QString &where, bool descending, KeyOrder order,
                const QString &limit)
{
    const QString direction = descending ? u"DESC"_s : u"ASC"_s;
    const QString orderBy =
        order == KeyOrder::Index ? u"%1 %2"_s.arg(column, direction) : u"%1 %2, c.rowid %2"_s.arg(column, direction);
    return u"SELECT %1, c.rowid FROM cases c%2%3 ORDER BY %4 %5"_s.arg(
        column, index.isEmpty() ? QString() : u" INDEXED BY "_s + index, where, orderBy, limit);
}

// The table columns of a CaseRow, for the rowids of a page.
QString rowsSql(int count)
{
    QStringList marks(count, u"?"_s);
    return u"SELECT c.rowid, c.id, c.receipt_number, c.applicant_name, c.applicant_id_tail, c.applicant_kind, "
           "c.item_code, c.state, c.counter_id, c.staff_id, c.created_at, c.updated_at, c.due_date FROM cases c "
           "WHERE c.rowid IN (%1)"_s.arg(marks.join(u", "_s));
}

} // namespace

// The sort keys and rowids a query yields, read from an index alone (the
// columns every condition tests are in it: migration 4). Each way runs as a
// query of its own: SQLite 3.15 returns wrong rows from a LIMIT subquery
// whose ORDER BY is partly sorted (ties) when it runs as a co-routine.
Expected<QList<CaseCursor>> CaseQuery::keys(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseQuery", "Listing cases"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseQuery", "Listing cases"));
    QList<CaseCursor> found;
    while (query.next())
        found.append(CaseCursor{query.value(0).toString(), query.value(1).toLongLong()});
    return found;
}

// The sort key a walk reaches after `entries` more entries beyond `beyond`
// (a sort key), or none if the way ends first.
Expected<std::optional<QString>> CaseQuery::frontier(const Way &way, const CaseFilter &filter,
                                                     const std::optional<QString> &beyond, int entries) const
{
    const QString column = orderOf(filter.sort).column;
    const Conditions range = window(way.range, way.span, column, filter.descending, beyond, std::nullopt);
    auto found =
        keys(keysSql(way.index, column, range.where(), filter.descending, KeyOrder::Index, u"LIMIT 1 OFFSET ?"_s),
             range.values + QVariantList{entries - 1});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first().key);
}

// The first `limit` entries of a way that pass its tests, in list order (a
// few more may come: read() keeps the first).
//
// A drive sorts its candidates. A walk reads its index in order, which
// orders by sort key only; ties go by rowid, so the tie group at either end
// of what it read is read whole (a partial ORDER BY on (key, rowid) would
// sort every group of equal keys as it goes: four times slower). With a
// budget, a walk goes in growing steps, each up to the key it would reach
// (frontier()), and stops short after `budget` entries.
Expected<CaseQuery::Walked> CaseQuery::walk(const Way &way, const CaseFilter &filter, int limit,
                                            const std::optional<CaseCursor> &after, int budget) const
{
    const QString column = orderOf(filter.sort).column;
    const bool descending = filter.descending;
    const QString beyondOp = descending ? u"<"_s : u">"_s;
    auto read = [&](Conditions where, KeyOrder order, const QVariant &count) {
        where.add(way.tests);
        return keys(
            keysSql(way.index, column, where.where(), descending, order, count.isValid() ? u"LIMIT ?"_s : QString()),
            count.isValid() ? where.values + QVariantList{count} : where.values);
    };
    // The way's stretch of the list, between two places in it.
    auto between = [&](const std::optional<QString> &beyond, const std::optional<QString> &upto) {
        return window(way.range, way.span, column, descending, beyond, upto);
    };
    Walked walked;
    if (!way.walks) {
        Conditions where = between(std::nullopt, std::nullopt);
        if (after)
            where.add(casedesk::after(column, descending, *after));
        auto found = read(where, KeyOrder::KeyAndRowId, limit);
        if (!found)
            return found.error();
        walked.found = *found;
        return walked;
    }
    std::optional<QString> beyond;
    if (after) {
        // The rest of the tie group the last page ended in.
        Conditions ties = between(std::nullopt, std::nullopt);
        ties.add(u"%1 = ? AND c.rowid %2 ?"_s.arg(column, beyondOp), {after->key, after->rowId});
        auto found = read(ties, KeyOrder::KeyAndRowId, limit);
        if (!found)
            return found.error();
        walked.found = *found;
        if (walked.found.size() >= limit)
            return walked;
        beyond = after->key;
    }
    int step = std::min(budget, 1000);
    for (int looked = 0;;) {
        std::optional<QString> bound;
        if (budget > 0) {
            auto reached = frontier(way, filter, beyond, step);
            if (!reached)
                return reached.error();
            bound = *reached;
        }
        const Conditions where = between(beyond, bound);
        const int wanted = limit - int(walked.found.size());
        auto found = read(where, KeyOrder::Index, wanted);
        if (!found)
            return found.error();
        walked.found << *found;
        if (found->size() == wanted) {
            // The last key's tie group, whole.
            Conditions group = between(std::nullopt, std::nullopt);
            group.add(u"%1 = ?"_s.arg(column), {found->last().key});
            auto ties = read(group, KeyOrder::KeyAndRowId, QVariant());
            if (!ties)
                return ties.error();
            walked.found << *ties;
            return walked;
        }
        if (!bound)
            return walked;
        looked += step;
        if (looked >= budget) {
            // Past every entry with the bound's key.
            walked.stoppedAt = CaseCursor{*bound, descending ? 0 : std::numeric_limits<qint64>::max()};
            return walked;
        }
        beyond = bound;
        step = std::min(step * 4, budget - looked);
    }
}

Expected<QList<CaseRow>> CaseQuery::rows(const QList<CaseCursor> &page) const
{
    if (page.isEmpty())
        return QList<CaseRow>();
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(rowsSql(int(page.size()))))
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseQuery", "Listing cases"));
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < page.size(); ++i) {
        position.insert(page.at(i).rowId, i);
        query.addBindValue(page.at(i).rowId);
    }
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseQuery", "Listing cases"));
    QList<CaseRow> rows(page.size());
    while (query.next()) {
        const qint64 rowId = query.value(0).toLongLong();
        rows[position.value(rowId)] = CaseRow{query.value(1).toString(),
                                              query.value(2).toString(),
                                              query.value(3).toString(),
                                              query.value(4).toString(),
                                              applicantKindFromName(query.value(5).toString()),
                                              query.value(6).toString(),
                                              caseStateFromName(query.value(7).toString()).value_or(CaseState::Draft),
                                              query.value(8).toString(),
                                              query.value(9).toString(),
                                              query.value(10).toDateTime(),
                                              query.value(11).toDateTime(),
                                              QDate::fromString(query.value(12).toString(), Qt::ISODate),
                                              rowId};
    }
    return rows;
}

Expected<CasePage> CaseQuery::read(const CaseFilter &filter, int limit, const std::optional<CaseCursor> &after,
                                   int walkBudget) const
{
    auto allowed = scopedFilter(filter);
    if (!allowed)
        return allowed.error();
    auto scoped = withSortDecided(*allowed);
    if (!scoped)
        return scoped.error();
    auto ways = waysIn(*scoped);
    if (!ways)
        return ways.error();
    const bool descending = scoped->descending;
    QList<CaseCursor> merged;
    std::optional<CaseCursor> stoppedAt; // the earliest place a walk stopped short
    for (const Way &way : std::as_const(*ways)) {
        auto walked = walk(way, *scoped, limit, after, walkBudget);
        if (!walked)
            return walked.error();
        merged << walked->found;
        if (walked->stoppedAt && (!stoppedAt || before(*walked->stoppedAt, *stoppedAt, descending)))
            stoppedAt = walked->stoppedAt;
    }
    // The first `limit` of the union, in list order, each case once; past
    // where a walk stopped short, it may have missed some.
    std::sort(merged.begin(), merged.end(),
              [descending](const CaseCursor &a, const CaseCursor &b) { return before(a, b, descending); });
    merged.erase(std::unique(merged.begin(), merged.end(),
                             [](const CaseCursor &a, const CaseCursor &b) { return a.rowId == b.rowId; }),
                 merged.end());
    if (stoppedAt) {
        merged.erase(std::find_if(merged.begin(), merged.end(),
                                  [&](const CaseCursor &key) { return before(*stoppedAt, key, descending); }),
                     merged.end());
    }
    CasePage page;
    page.sort = scoped->sort;
    if (merged.size() >= limit) {
        merged.resize(limit);
        page.next = merged.last();
    } else {
        page.next = stoppedAt;
    }
    auto rows = this->rows(merged);
    if (!rows)
        return rows.error();
    page.rows = std::move(*rows);
    return page;
}

Expected<QList<CaseRow>> CaseQuery::page(const CaseFilter &filter, int limit, const std::optional<CaseRow> &after) const
{
    auto ordered = withSortDecided(filter);
    if (!ordered)
        return ordered.error();
    std::optional<CaseCursor> cursor;
    if (after) {
        cursor = CaseCursor{{}, after->rowId};
        switch (ordered->sort) {
        case CaseFilter::Sort::Automatic: // decided above
        case CaseFilter::Sort::Updated: cursor->key = after->updatedUtc.toUTC().toString(Qt::ISODateWithMs); break;
        case CaseFilter::Sort::Created: cursor->key = after->createdUtc.toUTC().toString(Qt::ISODateWithMs); break;
        case CaseFilter::Sort::Due: cursor->key = after->dueDate.toString(Qt::ISODate); break;
        case CaseFilter::Sort::Receipt: cursor->key = after->receiptNumber; break;
        }
    }
    auto read = this->read(*ordered, limit, cursor, 0);
    if (!read)
        return read.error();
    return read->rows;
}

Expected<QStringList> CaseQuery::explain(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseQuery", "Listing cases"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_mapError(query.lastError(), QCoreApplication::translate("CaseQuery", "Listing cases"));
    QStringList steps;
    while (query.next())
        steps << query.value(3).toString();
    return steps;
}

Expected<QStringList> CaseQuery::plan(const CaseFilter &filter, int limit) const
{
    auto ordered = withSortDecided(filter);
    if (!ordered)
        return ordered.error();
    auto ways = waysIn(*ordered);
    if (!ways)
        return ways.error();
    const QString column = orderOf(ordered->sort).column;
    QStringList plan;
    for (const Way &way : std::as_const(*ways)) {
        const Conditions where =
            window(way.range, way.span, column, ordered->descending, std::nullopt, std::nullopt) + way.tests;
        auto steps = explain(keysSql(way.index, column, where.where(), ordered->descending,
                                     way.walks ? KeyOrder::Index : KeyOrder::KeyAndRowId, u"LIMIT ?"_s),
                             where.values + QVariantList{limit});
        if (!steps)
            return steps.error();
        plan << steps->join(u"; "_s);
    }
    auto steps = explain(rowsSql(limit), QVariantList(limit, 0));
    if (!steps)
        return steps.error();
    plan << steps->join(u"; "_s);
    return plan;
}

} // namespace casedesk
