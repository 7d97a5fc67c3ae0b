#include "CaseListModel.h"

#include "CaseStateText.h"
#include "domain/calendar/Deadline.h"
#include "security/Masking.h"
#include "supervision/HallBoard.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace casedesk {

CaseListModel::CaseListModel(CaseQuery query, const Catalogue *catalogue, const WorkingDayCalendar *calendar,
                             QObject *parent)
    : QAbstractTableModel(parent), m_query(std::move(query)), m_catalogue(catalogue), m_calendar(calendar)
{ }

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    refresh();
}

void CaseListModel::setToday(QDate today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Deadline), index(int(m_rows.size()) - 1, Deadline));
}

QDate CaseListModel::today() const
{
    return m_today.isValid() ? m_today : hallDay(QDateTime::currentDateTimeUtc());
}

QDate CaseListModel::atRiskUntil() const
{
    return Deadline::lastAtRiskDay(m_calendar, today());
}

void CaseListModel::refresh()
{
    const int shownColumn = sortColumn();
    const Qt::SortOrder shownOrder = sortOrder();
    // The first page is read inside the reset: views (and model testers) may
    // ask for more as soon as the reset ends, and must find a settled model.
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_next.reset();
    m_sort = m_filter.sort == CaseFilter::Sort::Automatic ? CaseFilter::Sort::Updated : m_filter.sort;
    m_exhausted = false;
    m_lastError.clear();
    m_fetching = true;
    m_rows.append(readPage());
    m_fetching = false;
    endResetModel();
    if (sortColumn() != shownColumn || sortOrder() != shownOrder)
        Q_EMIT sortShown(sortColumn(), sortOrder());
}

int CaseListModel::sortColumn() const
{
    switch (m_sort) {
    case CaseFilter::Sort::Automatic:
    case CaseFilter::Sort::Updated: return Updated;
    case CaseFilter::Sort::Due: return Deadline;
    case CaseFilter::Sort::Receipt: return Receipt;
    case CaseFilter::Sort::Created: return -1;
    }
    return -1;
}

Qt::SortOrder CaseListModel::sortOrder() const
{
    return m_filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column == sortColumn() && order == sortOrder())
        return;
    CaseFilter filter = m_filter;
    switch (column) {
    case Updated: filter.sort = CaseFilter::Sort::Updated; break;
    case Deadline: filter.sort = CaseFilter::Sort::Due; break;
    case Receipt: filter.sort = CaseFilter::Sort::Receipt; break;
    default:
        // No index lists a million cases in this column's order: the rows
        // stay as they are, and so must the indicator that says how.
        Q_EMIT sortShown(sortColumn(), sortOrder());
        return;
    }
    filter.descending = order == Qt::DescendingOrder;
    setFilter(filter);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    // Views and model testers may ask for more from their handlers of the
    // insertion itself, before the rows are in: not twice the same page.
    if (parent.isValid() || m_exhausted || m_fetching)
        return;
    m_fetching = true;
    const qsizetype before = m_rows.size();
    QList<CaseRow> page = readPage();
    if (!page.isEmpty()) {
        beginInsertRows({}, int(before), int(before + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    m_fetching = false;
}

QList<CaseRow> CaseListModel::readPage()
{
    // Pages after the first go on in the order the first was read in.
    CaseFilter filter = m_filter;
    if (m_next)
        filter.sort = m_sort;
    auto page = m_query.read(filter, pageSize, m_next, m_walkBudget);
    if (!page) {
        m_exhausted = true;
        m_lastError = page.error().message;
        Q_EMIT loadFailed(m_lastError);
        return {};
    }
    m_next = page->next;
    m_sort = page->sort;
    m_exhausted = !m_next;
    if (page->rows.isEmpty() && m_next) {
        // The walk ran out of budget before it found a row: no view asks
        // for more of a model that did not grow, so go on by ourselves,
        // after the events (a keystroke) that came meanwhile.
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                fetchMore({});
        });
    }
    return page->rows;
}

QString CaseListModel::itemName(const QString &code) const
{
    if (m_catalogue) {
        if (const ServiceItem *item = m_catalogue->item(code))
            return item->name.in(QLocale());
        if (const Bundle *bundle = m_catalogue->bundle(code))
            return bundle->name.in(QLocale());
    }
    return code;
}

CaseListModel::DeadlineStatus CaseListModel::deadlineOf(const CaseRow &row, int *daysLeft) const
{
    const bool open = row.state == CaseState::Accepted || row.state == CaseState::InProgress;
    if (!open || !row.dueDate.isValid() || !m_calendar)
        return DeadlineStatus::None;
    const casedesk::Deadline deadline{QDate(), 0, row.dueDate};
    const QDate today = this->today();
    auto status = deadline.status(*m_calendar, today);
    auto left = deadline.workingDaysLeft(*m_calendar, today);
    if (!status)
        return DeadlineStatus::None;
    if (daysLeft)
        *daysLeft = left ? *left : 0;
    switch (*status) {
    case casedesk::Deadline::Status::OnTrack: return DeadlineStatus::OnTrack;
    case casedesk::Deadline::Status::AtRisk: return DeadlineStatus::AtRisk;
    case casedesk::Deadline::Status::Overdue: return DeadlineStatus::Overdue;
    }
    return DeadlineStatus::None;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseRow &row = m_rows.at(index.row());
    if (role == CaseIdRole)
        return row.id;
    int daysLeft = 0;
    const DeadlineStatus deadline =
        index.column() == Deadline || role == DeadlineStatusRole ? deadlineOf(row, &daysLeft) : DeadlineStatus::None;
    if (role == DeadlineStatusRole)
        return int(deadline);
    // A long company or item name is elided in its column: the whole of it
    // (masked as shown) on hover.
    if (role == Qt::ToolTipRole && (index.column() == Applicant || index.column() == Item))
        return data(index, Qt::DisplayRole);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Receipt: return row.receiptNumber.isEmpty() ? tr("(not yet accepted)") : row.receiptNumber;
        case Applicant: {
            const QString name = masking::applicantName(row.applicantName, row.applicantKind);
            return row.applicantIdTail.isEmpty() ? name : tr("%1 (ID …%2)").arg(name, row.applicantIdTail);
        }
        case Item: return itemName(row.itemCode);
        case State: return CaseStateText::of(row.state);
        case Deadline:
            // State is never shown by colour alone: the words say it too.
            switch (deadline) {
            case DeadlineStatus::None:
                return row.dueDate.isValid() ? QLocale().toString(row.dueDate, QLocale::ShortFormat) : QString();
            case DeadlineStatus::OnTrack: return tr("%n working day(s) left", nullptr, daysLeft);
            case DeadlineStatus::AtRisk:
                return tr("Due soon (%1)").arg(QLocale().toString(row.dueDate, QLocale::ShortFormat));
            case DeadlineStatus::Overdue:
                return tr("Overdue since %1").arg(QLocale().toString(row.dueDate, QLocale::ShortFormat));
            }
            return QString();
        case Counter: return row.counterId;
        case Staff: return row.staffId;
        case Updated: return QLocale().toString(row.updatedUtc.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Deadline) {
        if (deadline == DeadlineStatus::Overdue)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (deadline == DeadlineStatus::AtRisk)
            return QBrush(QColor(0xff, 0xf3, 0xcd));
    }
    if (role == Qt::ForegroundRole && index.column() == Deadline) {
        if (deadline == DeadlineStatus::Overdue)
            return QBrush(QColor(0x72, 0x1c, 0x24));
        if (deadline == DeadlineStatus::AtRisk)
            return QBrush(QColor(0x66, 0x4d, 0x03));
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Receipt: return tr("Receipt number");
    case Applicant: return tr("Applicant");
    case Item: return tr("Service item");
    case State: return tr("State");
    case Deadline: return tr("Deadline");
    case Counter: return tr("Counter");
    case Staff: return tr("Staff");
    case Updated: return tr("Last change");
    }
    return {};
}

} // namespace casedesk
