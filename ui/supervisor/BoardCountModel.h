#pragma once

#include "supervision/HallBoard.h"

#include <QAbstractTableModel>

#include <functional>

namespace casedesk {

// Open cases counted one way — per staff member, per counter, per state or
// per service item — with those waiting, in process, at risk and overdue.
class BoardCountModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, Open, Waiting, InProcess, AtRisk, Overdue, ColumnCount };

    // keyTitle: the first column's heading; keyText: how a key reads.
    BoardCountModel(std::function<QString()> keyTitle, std::function<QString(const QString &)> keyText,
                    QObject *parent = nullptr);

    void setCounts(QList<BoardCount> counts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::function<QString()> m_keyTitle;
    std::function<QString(const QString &)> m_keyText;
    QList<BoardCount> m_counts;
};

} // namespace casedesk
