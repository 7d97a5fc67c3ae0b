#pragma once

#include "StorageError.h"
#include "common/Expected.h"
#include "domain/CaseState.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// One line of the case list: enough to show and sort, nothing more.
struct CaseRow {
    QString id;
    QString receiptNumber;
    QString applicantName;
    QString applicantIdTail;
    QString itemCode;
    CaseState state = CaseState::Draft;
    QString counterId;
    QString staffId;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QDate dueDate;
};

// What the counter asks of its case list. Empty members do not filter.
struct CaseFilter {
    enum class Scope { Mine, Counter, Hall };
    Scope scope = Scope::Hall;
    QString staffId; // Scope::Mine
    QString counterId; // Scope::Counter
    QList<CaseState> states;
    QString itemCode;
    QDate createdFrom;
    QDate createdTo;
    // Open cases due on or before this day (at risk and overdue).
    QDate dueBy;
    // A receipt number prefix, an applicant name prefix, or the last digits
    // (4) of the applicant's ID number.
    QString search;

    // Newest change first; the soonest due first (open cases with a due
    // date only); newest first; or by receipt number.
    enum class Sort { Updated, Due, Created, Receipt };
    Sort sort = Sort::Updated;
    bool descending = true;
};

// The case list over the vault, a page at a time, newest change first.
// Every query is bounded (LIMIT) and follows an index, so a hall of a
// million cases answers a page or a keystroke in milliseconds; paging is by
// key (the last row seen), not by offset.
class CaseQuery
{
public:
    CaseQuery(QSqlDatabase database, SqlErrorMapper mapError);

    // after: the last row of the previous page, or none for the first page.
    Expected<QList<CaseRow>> page(const CaseFilter &filter, int limit,
                                  const std::optional<CaseRow> &after = std::nullopt) const;

private:
    QSqlDatabase m_database;
    SqlErrorMapper m_mapError;
};

} // namespace casedesk
