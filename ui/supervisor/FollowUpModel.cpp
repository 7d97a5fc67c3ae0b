#include "FollowUpModel.h"

#include "BoardText.h"

#include <QLocale>

namespace casedesk {

FollowUpModel::FollowUpModel(const Catalogue *catalogue, QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(catalogue)
{ }

void FollowUpModel::setFollowUps(QList<FollowUp> followUps, QDate today)
{
    beginResetModel();
    m_followUps = std::move(followUps);
    m_today = today;
    endResetModel();
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_followUps.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUp &followUp = m_followUps.at(index.row());
    const bool late = followUp.dueDate < m_today;
    const DeadlineStatus status = late ? DeadlineStatus::Overdue
        : followUp.dueDate == m_today  ? DeadlineStatus::AtRisk
                                       : DeadlineStatus::OnTrack;
    switch (role) {
    case FollowUpIdRole: return followUp.id;
    case Qt::BackgroundRole: return index.column() == Due ? boardtext::background(status) : QVariant();
    case Qt::ForegroundRole: return index.column() == Due ? boardtext::foreground(status) : QVariant();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Due: {
            const QString date = QLocale().toString(followUp.dueDate, QLocale::ShortFormat);
            return late ? tr("✕ Overdue since %1").arg(date) : tr("Due %1").arg(date);
        }
        case Rating: return ratingLevelTitle(followUp.level);
        case Reason: return followUp.reason.isEmpty() ? tr("(no reason given)") : followUp.reason;
        case Receipt: return followUp.receiptNumber.isEmpty() ? tr("(not yet accepted)") : followUp.receiptNumber;
        case Item: return boardtext::itemName(m_catalogue, followUp.itemCode);
        case Counter: return followUp.counterId;
        case Staff: return followUp.staffId;
        }
    }
    return {};
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due: return tr("Follow up by");
    case Rating: return tr("Rating");
    case Reason: return tr("Citizen's reason");
    case Receipt: return tr("Receipt number");
    case Item: return tr("Service item");
    case Counter: return tr("Counter");
    case Staff: return tr("Staff");
    }
    return {};
}

} // namespace casedesk
