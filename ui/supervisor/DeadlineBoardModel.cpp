#include "DeadlineBoardModel.h"

#include "BoardText.h"
#include "models/CaseStateText.h"

#include <QLocale>

namespace casedesk {

DeadlineBoardModel::DeadlineBoardModel(const Catalogue *catalogue, QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(catalogue)
{ }

void DeadlineBoardModel::setCases(QList<DeadlineCase> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

int DeadlineBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int DeadlineBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeadlineCase &entry = m_cases.at(index.row());
    const CaseRow &row = entry.row;
    switch (role) {
    case CaseIdRole: return row.id;
    case StatusRole: return int(entry.status);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Status: return boardtext::status(entry.status);
        case DaysLeft:
            return tr("%1 (%2)").arg(boardtext::daysLeft(entry.workingDaysLeft),
                                     QLocale().toString(row.dueDate, QLocale::ShortFormat));
        case Receipt: return boardtext::receipt(row);
        case Item: return boardtext::itemName(m_catalogue, row.itemCode);
        case State: return CaseStateText::of(row.state);
        case Counter: return row.counterId;
        case Staff: return row.staffId;
        case Applicant: return boardtext::applicant(row);
        }
        return {};
    case Qt::BackgroundRole: return index.column() <= DaysLeft ? boardtext::background(entry.status) : QVariant();
    case Qt::ForegroundRole: return index.column() <= DaysLeft ? boardtext::foreground(entry.status) : QVariant();
    }
    return {};
}

QVariant DeadlineBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status: return tr("Deadline");
    case DaysLeft: return tr("Working days left (due)");
    case Receipt: return tr("Receipt number");
    case Item: return tr("Service item");
    case State: return tr("State");
    case Counter: return tr("Counter");
    case Staff: return tr("Staff");
    case Applicant: return tr("Applicant");
    }
    return {};
}

} // namespace casedesk
