#pragma once

#include "catalogue/Catalogue.h"
#include "supervision/HallBoard.h"

#include <QAbstractTableModel>

namespace casedesk {

// The hall's accepted and in-progress cases by promised date, the most
// overdue first, with their working days left (HallBoard::deadlines()).
class DeadlineBoardModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, DaysLeft, Receipt, Counter, Staff, State, Item, Applicant, ColumnCount };
    static constexpr int CaseIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2; // int(DeadlineStatus)

    explicit DeadlineBoardModel(const Catalogue *catalogue, QObject *parent = nullptr);

    void setCases(QList<DeadlineCase> cases);
    const QList<DeadlineCase> &cases() const { return m_cases; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalogue *m_catalogue;
    QList<DeadlineCase> m_cases;
};

} // namespace casedesk
