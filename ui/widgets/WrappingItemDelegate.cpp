#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QEvent>
#include <QScrollBar>
#include <QTreeView>

namespace casedesk {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view), m_view(view), m_viewport(view->viewport())
{
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    m_viewport->installEventFilter(this);
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    int depth = m_view->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    // The text's margins on either side, as the style draws them.
    const int margins = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, &item, m_view) + 1) + 4;
    // Room for a scroll bar that may appear once the rows are taller.
    const int scrollBar =
        m_view->verticalScrollBar()->isVisible() ? 0 : style->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const int width = std::max(40, m_view->viewport()->width() - scrollBar - m_view->indentation() * depth - margins);
    const QRect text = item.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, item.text);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(base.width(), std::max(base.height(), text.height() + 6));
}

bool WrappingItemDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // Another width, other line breaks: measure the rows again.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        m_view->doItemsLayout();
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace casedesk
