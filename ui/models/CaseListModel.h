#pragma once

#include "catalogue/Catalogue.h"
#include "domain/calendar/WorkingDayCalendar.h"
#include "storage/CaseQuery.h"

#include <QAbstractTableModel>

namespace casedesk {

// The counter's case list over the vault: a page at a time as the view
// scrolls (fetchMore), newest change first (a receipt-number search: newest
// receipt first, CaseFilter::Sort::Automatic), deadline status computed on
// the official working-day calendar. A person's name is masked (surname
// only), a company's shown whole. A page may come in parts: a read never
// walks more than CaseQuery::defaultWalkBudget entries, so a filter whose
// matches lie far down the list fills in over a few turns of the event loop
// instead of holding up the keyboard.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Receipt, Applicant, Item, State, Deadline, Counter, Staff, Updated, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, DeadlineStatusRole };
    enum class DeadlineStatus { None, OnTrack, AtRisk, Overdue };

    CaseListModel(CaseQuery query, const Catalogue *catalogue, const WorkingDayCalendar *calendar,
                  QObject *parent = nullptr);

    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    // The hall's day (Beijing time) the deadlines are counted from; tests
    // set one, otherwise it follows the clock.
    void setToday(QDate today);
    QDate today() const;
    // The last due date that is at risk today (Deadline::Status::AtRisk: due
    // today or on the next working day, as the supervisor's board counts
    // it): open cases due by then are the ones coloured at risk or overdue.
    QDate atRiskUntil() const;
    // Reloads from the first page (after sync or a local change).
    void refresh();
    // Entries a read may walk (CaseQuery::read); tests make it small.
    void setWalkBudget(int entries) { m_walkBudget = entries; }
    // The last query's error, empty when fine.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Sorting happens in the vault (the list is paged): by last change,
    // deadline, receipt number. Another column is refused: the rows keep
    // their order and sortShown() puts the view's indicator back on it. The
    // order the list already shows is no choice: the view repeats it when
    // sorting is switched on or its indicator follows sortShown().
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The order the rows are in, for the view's sort indicator: the chosen
    // sort, or while none is chosen the one the query took (by receipt
    // number for a receipt-number search). Column -1: by creation, which
    // no column shows.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    void fetchMore(const QModelIndex &parent) override;

    // About two screens of rows: a keystroke reads no more than the view
    // shows soon (every row read is a page SQLCipher decrypts), and
    // scrolling fetches the next page (docs/performance.md).
    static constexpr int pageSize = 50;

Q_SIGNALS:
    void loadFailed(const QString &message);
    // The rows now come in another order (a receipt-number search typed or
    // cleared, another sort chosen), or a sort by another column was
    // refused: what the sort indicator should show.
    void sortShown(int column, Qt::SortOrder order);

private:
    QList<CaseRow> readPage();
    DeadlineStatus deadlineOf(const CaseRow &row, int *daysLeft) const;
    QString itemName(const QString &code) const;

    CaseQuery m_query;
    const Catalogue *m_catalogue;
    const WorkingDayCalendar *m_calendar;
    CaseFilter m_filter;
    // The order of the rows read and of m_next, never Automatic: the query
    // decides it on the first page, and every further page keeps it.
    CaseFilter::Sort m_sort = CaseFilter::Sort::Updated;
    QDate m_today; // none: the hall's day now
    QList<CaseRow> m_rows;
    std::optional<CaseCursor> m_next;
    bool m_exhausted = false;
    bool m_fetching = false;
    int m_generation = 0; // of the filter, so a stale fetch does not land
    int m_walkBudget = CaseQuery::defaultWalkBudget;
    QString m_lastError;
};

} // namespace casedesk
