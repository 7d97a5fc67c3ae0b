#include "SecondCheckModel.h"

#include "BoardText.h"
#include "models/CaseStateText.h"

#include <QLocale>

namespace casedesk {

SecondCheckModel::SecondCheckModel(const Catalogue *catalogue, QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(catalogue)
{ }

void SecondCheckModel::setCases(QList<SecondCheckCase> cases)
{
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

int SecondCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int SecondCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecondCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecondCheckCase &entry = m_cases.at(index.row());
    const CaseRow &row = entry.row;
    if (role == CaseIdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Checked: return entry.checked ? tr("✓ Second-checked") : tr("○ To check");
    case Receipt: return boardtext::receipt(row);
    case Item: return boardtext::itemName(m_catalogue, row.itemCode);
    case State: return CaseStateText::of(row.state);
    case Counter: return row.counterId;
    case Staff: return row.staffId;
    case Updated: return QLocale().toString(row.updatedUtc.toLocalTime(), QLocale::ShortFormat);
    case Applicant: return boardtext::applicant(row);
    }
    return {};
}

QVariant SecondCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Checked: return tr("Second check");
    case Receipt: return tr("Receipt number");
    case Item: return tr("Service item");
    case State: return tr("State");
    case Counter: return tr("Counter");
    case Staff: return tr("Staff");
    case Updated: return tr("Notice or rejection");
    case Applicant: return tr("Applicant");
    }
    return {};
}

} // namespace casedesk
