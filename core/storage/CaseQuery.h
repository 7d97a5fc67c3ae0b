#pragma once

#include "StorageError.h"
#include "common/Expected.h"
#include "domain/Applicant.h"
#include "domain/CaseState.h"
#include "security/Permissions.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace casedesk {

// One line of the case list: enough to show and sort, nothing more.
struct CaseRow {
    QString id;
    QString receiptNumber;
    QString applicantName;
    QString applicantIdTail;
    // A company's name is public; a person's is masked wherever it is shown.
    Applicant::Kind applicantKind = Applicant::Kind::Person;
    QString itemCode;
    CaseState state = CaseState::Draft;
    QString counterId;
    QString staffId;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QDate dueDate;
    qint64 rowId = 0; // the row's place among equal sort keys
};

// A place in the list order: an entry's sort key and rowid.
struct CaseCursor {
    QString key;
    qint64 rowId = 0;
};

// What the counter asks of its case list. Empty members do not filter.
struct CaseFilter {
    enum class Scope { Mine, Counter, Hall };
    Scope scope = Scope::Hall;
    QString staffId; // Scope::Mine
    QString counterId; // Scope::Counter
    QList<CaseState> states;
    QString itemCode;
    // Taken in (created) on these days or between them, inclusive; days in
    // Beijing time, the hall's day (hallDay()).
    QDate createdFrom;
    QDate createdTo;
    // Open cases due on or before this day (at risk and overdue).
    QDate dueBy;
    // A receipt number prefix, an applicant name prefix, or the last digits
    // (4) of the applicant's ID number.
    QString search;

    // Automatic, the list's own order: newest change first. The others are
    // chosen by the user: newest change first; the soonest due first (open
    // cases with a due date only); newest first; or by receipt number.
    // Whichever it is, a search that only receipt numbers answer
    // (CaseQuery::sortOf) is listed by receipt number, newest first unless
    // the chosen order is ascending: receipt numbers carry the date and a
    // sequence, and in their own index the first screen of a prefix is found
    // at once, where any other order would pass every newer case before the
    // first match of a prefix weeks old (docs/performance.md, "Case list").
    // Otherwise a range of days taken in (createdFrom, createdTo) is listed
    // newest taken in first (Created), a stretch of cases_intake, unless
    // receipt order was chosen.
    enum class Sort { Automatic, Updated, Due, Created, Receipt };
    Sort sort = Sort::Automatic;
    bool descending = true;
};

// Rows of the list and where the list goes on: next is empty at its end. A
// read within a walk budget may return fewer rows than asked, even none,
// while more remain.
struct CasePage {
    QList<CaseRow> rows;
    std::optional<CaseCursor> next;
    // The order of the rows and of next, never Sort::Automatic: read on in
    // this order (a cursor means nothing in another).
    CaseFilter::Sort sort = CaseFilter::Sort::Updated;
};

// The case list over the vault, a page at a time, newest change first.
// Every query is bounded (LIMIT) and paged by key (the last row seen), not by
// offset. At a million cases a page is found in covering indexes alone
// (migration 4): SQLCipher decrypts a page for every row it visits, so
// only the rows shown are read from the table.
//
// A page is read through one or more ways in, each an index: an index in
// list order is walked, testing each entry (one state, one item, the ID
// tail, or the whole list), while the index of a selective term (a search
// prefix, a deadline, a few days taken in) drives: its few candidates are
// sorted. A term with more than driveLimit() candidates (a capped count) is
// tested while walking the list instead; in receipt order a receipt number
// prefix is a stretch of the list's own index, walked from its edge. Each
// way in yields the keys of its first page; the page is the first of their
// union, and only its rows are read from the table. The one exception: the
// days taken in drive from cases_intake, which holds the creation time
// alone, so their candidates (at most driveLimit()) are read from the table
// too; more are tested, from the table, while walking the list.
class CaseQuery
{
public:
    CaseQuery(QSqlDatabase database, SqlErrorMapper mapError);

    // The same list for one signed-in user: page() refuses a scope the
    // user's role does not allow (own cases, the counter's, the hall's, or
    // another user's or counter's, which takes the hall permission) and
    // records the refusal in the audit log. An empty staff or counter id in
    // the filter means the user's own. Without a guard every scope is open
    // (tools, benchmarks).
    CaseQuery guardedBy(PermissionGuard guard) const;
    const PermissionGuard *guard() const { return m_guard ? &*m_guard : nullptr; }

    // after: the last row of the previous page, or none for the first page.
    Expected<QList<CaseRow>> page(const CaseFilter &filter, int limit,
                                  const std::optional<CaseRow> &after = std::nullopt) const;
    // Up to limit rows after a place in the list, looking at no more than
    // walkBudget index entries per walk (0: no limit), so that a filter
    // whose matches lie far down the list never holds up a keystroke: the
    // rest comes with the next read, from CasePage::next.
    Expected<CasePage> read(const CaseFilter &filter, int limit, const std::optional<CaseCursor> &after,
                            int walkBudget) const;
    // The order read() lists a filter in: by receipt number when some
    // receipt number starts with the search, no applicant's name does and it
    // is not the last digits of an ID number (one index probe each); by the
    // day taken in when the filter has a range of days; otherwise the chosen
    // sort, Automatic being by last change. A chosen receipt or creation
    // order always stands.
    Expected<CaseFilter::Sort> sortOf(const CaseFilter &filter) const;
    // What SQLite does for page(): EXPLAIN QUERY PLAN, one line per step
    // (the benchmark prints it; see docs/performance.md).
    Expected<QStringList> plan(const CaseFilter &filter, int limit) const;

    static constexpr int defaultDriveLimit = 10000;
    // About 20 ms of the widest list index on the reference machine.
    static constexpr int defaultWalkBudget = 10000;
    int driveLimit() const { return m_driveLimit; }
    // Tests lower it to take both ways through the same cases.
    void setDriveLimit(int candidates) { m_driveLimit = candidates; }

private:
    // The filter as the guard allows it, with the user's own ids filled in.
    Expected<CaseFilter> scopedFilter(const CaseFilter &filter) const;
    // The filter with its sort decided (sortOf()).
    Expected<CaseFilter> withSortDecided(const CaseFilter &filter) const;

    struct Way;
    struct Walked;
    Expected<QList<Way>> waysIn(const CaseFilter &filter) const;
    // How many entries of an index a condition matches, counted up to upTo.
    Expected<int> candidates(const QString &index, const QString &condition, const QVariantList &values,
                             int upTo) const;
    Expected<Walked> walk(const Way &way, const CaseFilter &filter, int limit, const std::optional<CaseCursor> &after,
                          int budget) const;
    Expected<std::optional<QString>> frontier(const Way &way, const CaseFilter &filter,
                                              const std::optional<QString> &beyond, int entries) const;
    Expected<QList<CaseCursor>> keys(const QString &sql, const QVariantList &values) const;
    Expected<QList<CaseRow>> rows(const QList<CaseCursor> &page) const;
    Expected<QStringList> explain(const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
    int m_driveLimit = defaultDriveLimit;
    std::optional<PermissionGuard> m_guard;
};

} // namespace casedesk
