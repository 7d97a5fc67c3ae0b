#pragma once

#include "catalogue/Catalogue.h"
#include "feedback/FollowUps.h"

#include <QAbstractTableModel>
#include <QDate>

namespace casedesk {

// Open follow-ups of bad ratings, the soonest due first; those past their
// due date say so in words.
class FollowUpModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Due, Rating, Reason, Receipt, Item, Counter, Staff, ColumnCount };
    static constexpr int FollowUpIdRole = Qt::UserRole + 1;

    explicit FollowUpModel(const Catalogue *catalogue, QObject *parent = nullptr);

    void setFollowUps(QList<FollowUp> followUps, QDate today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalogue *m_catalogue;
    QList<FollowUp> m_followUps;
    QDate m_today;
};

} // namespace casedesk
