#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace casedesk {

// Gives each row of a one-column tree the height its wrapped text needs at
// the tree's current width. Qt's own delegate measures wrapped text without
// knowing the width, so long findings were cut short with "…" — in large
// text most of them. Relays the rows out when the tree is resized.
class WrappingItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_view;
    // Kept apart from m_view: the viewport sends events while the view is
    // being destroyed, when calling the view's members is no longer valid.
    QObject *m_viewport;
};

} // namespace casedesk
