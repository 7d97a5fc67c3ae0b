#pragma once

#include "catalogue/Catalogue.h"
#include "supervision/HallBoard.h"

#include <QAbstractTableModel>

namespace casedesk {

// Open correction notices and rejections, newest first, with whether a
// supervisor has second-checked them (HallBoard::secondCheckCandidates()).
class SecondCheckModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Checked, Receipt, State, Counter, Staff, Updated, Item, Applicant, ColumnCount };
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit SecondCheckModel(const Catalogue *catalogue, QObject *parent = nullptr);

    void setCases(QList<SecondCheckCase> cases);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalogue *m_catalogue;
    QList<SecondCheckCase> m_cases;
};

} // namespace casedesk
