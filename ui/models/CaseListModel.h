#pragma once

#include "catalogue/Catalogue.h"
#include "domain/calendar/WorkingDayCalendar.h"
#include "storage/CaseQuery.h"

#include <QAbstractTableModel>

namespace casedesk {

// The counter's case list over the vault: a page at a time as the view
// scrolls (fetchMore), newest change first, deadline status computed on the
// official working-day calendar. Names are masked (surname only).
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
    void setToday(QDate today);
    // Reloads from the first page (after sync or a local change).
    void refresh();
    // The last query's error, empty when fine.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Sorting happens in the vault (the list is paged): by last change,
    // deadline, receipt number; other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int pageSize = 200;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    QList<CaseRow> readPage();
    void loadPage();
    DeadlineStatus deadlineOf(const CaseRow &row, int *daysLeft) const;
    QString itemName(const QString &code) const;

    CaseQuery m_query;
    const Catalogue *m_catalogue;
    const WorkingDayCalendar *m_calendar;
    CaseFilter m_filter;
    QDate m_today = QDate::currentDate();
    QList<CaseRow> m_rows;
    bool m_exhausted = false;
    QString m_lastError;
};

} // namespace casedesk
