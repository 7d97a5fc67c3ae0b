#include "BoardCountModel.h"

#include "BoardText.h"

namespace casedesk {

BoardCountModel::BoardCountModel(std::function<QString()> keyTitle, std::function<QString(const QString &)> keyText,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_keyTitle(std::move(keyTitle)), m_keyText(std::move(keyText))
{ }

void BoardCountModel::setCounts(QList<BoardCount> counts)
{
    beginResetModel();
    m_counts = std::move(counts);
    endResetModel();
}

int BoardCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int BoardCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardCount &count = m_counts.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Key ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == Overdue && count.overdue > 0) {
        if (role == Qt::BackgroundRole)
            return boardtext::background(DeadlineStatus::Overdue);
        if (role == Qt::ForegroundRole)
            return boardtext::foreground(DeadlineStatus::Overdue);
    }
    if (index.column() == AtRisk && count.atRisk > 0) {
        if (role == Qt::BackgroundRole)
            return boardtext::background(DeadlineStatus::AtRisk);
        if (role == Qt::ForegroundRole)
            return boardtext::foreground(DeadlineStatus::AtRisk);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Key: return count.key.isEmpty() ? tr("(none)") : m_keyText(count.key);
    case Open: return count.open;
    case Waiting: return count.waiting;
    case InProcess: return count.inProcess;
    // The sign says it too: never by colour alone.
    case AtRisk: return count.atRisk > 0 ? tr("⚠ %1").arg(count.atRisk) : QString::number(count.atRisk);
    case Overdue: return count.overdue > 0 ? tr("✕ %1").arg(count.overdue) : QString::number(count.overdue);
    }
    return {};
}

QVariant BoardCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key: return m_keyTitle();
    case Open: return tr("Open");
    case Waiting: return tr("Awaiting acceptance");
    case InProcess: return tr("In process");
    case AtRisk: return tr("At risk");
    case Overdue: return tr("Overdue");
    }
    return {};
}

} // namespace casedesk
