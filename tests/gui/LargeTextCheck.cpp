// The large-text check of the elderly-assist counter's display mode, shared
// by every GUI test that shows a window in it (test_display_modes, the
// citizen screen, the simplified intake).
#include "LargeTextCheck.h"

#include "theme/CounterDisplay.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;

namespace casedesk::test {

namespace {

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return u"%1 %2 \"%3\""_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                 text.left(40));
}

// Whether the widget shows on screen: visible, and inside its window.
bool shown(const QWidget *widget)
{
    return widget->isVisible() && !widget->isWindow() && widget->width() > 0 && widget->height() > 0;
}

// Scroll bars and the scroll areas' own parts are the style's business.
bool styleInternal(const QWidget *widget)
{
    return qobject_cast<const QScrollBar *>(widget) || widget->objectName().startsWith(u"qt_");
}

} // namespace

QStringList largeTextProblems(QWidget *window)
{
    QStringList problems;
    if (window->width() > 1366 || window->height() > 768)
        problems << u"%1 is %2×%3, larger than the screen (it needs at least %4×%5)"_s.arg(describe(window))
                        .arg(window->width())
                        .arg(window->height())
                        .arg(window->minimumSizeHint().width())
                        .arg(window->minimumSizeHint().height());
    const qreal body = CounterDisplay::largeBodyPoints;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!shown(widget) || styleInternal(widget))
            continue;
        const bool readable = qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QGroupBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        if (readable && widget->font().pointSizeF() < body - 0.01)
            problems << u"%1: %2 pt"_s.arg(describe(widget)).arg(widget->font().pointSizeF());
        const bool control = qobject_cast<QPushButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget);
        if (control && widget->height() < CounterDisplay::largeControlHeight)
            problems << u"%1: %2 px high"_s.arg(describe(widget)).arg(widget->height());
        // Nothing elided or cut: each widget has at least the room it asks for.
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
            const bool fits = label->wordWrap()
                ? label->heightForWidth(label->width()) <= label->height() + 1
                : label->sizeHint().width() <= label->width() + 1 && label->sizeHint().height() <= label->height() + 1;
            if (!fits)
                problems << u"%1: cut (%2×%3 for %4×%5)"_s.arg(describe(label))
                                .arg(label->width())
                                .arg(label->height())
                                .arg(label->sizeHint().width())
                                .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                                       : label->sizeHint().height());
        }
        if (control && !qobject_cast<QLineEdit *>(widget)
            && (widget->sizeHint().width() > widget->width() + 1
                || widget->minimumSizeHint().height() > widget->height() + 1))
            problems << u"%1: cut (%2×%3 for %4×%5)"_s.arg(describe(widget))
                            .arg(widget->width())
                            .arg(widget->height())
                            .arg(widget->sizeHint().width())
                            .arg(widget->minimumSizeHint().height());
    }
    // Nothing cut at the side: no form scrolls sideways, and everything
    // lies within its window.
    for (QWidget *widget : widgets) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(widget);
            area && shown(area) && area->horizontalScrollBar()->isVisible()) {
            QString widest;
            int most = 0;
            for (QWidget *inside : area->findChildren<QWidget *>()) {
                if (shown(inside) && !styleInternal(inside) && inside->minimumSizeHint().width() > most
                    && !inside->findChild<QWidget *>()) {
                    most = inside->minimumSizeHint().width();
                    widest = describe(inside);
                }
            }
            problems << u"%1 scrolls sideways: %2 needs %3 px of %4"_s.arg(describe(area), widest)
                            .arg(most)
                            .arg(area->viewport()->width());
        }
        if (!shown(widget) || styleInternal(widget))
            continue;
        const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (inWindow.left() < 0 || inWindow.right() > window->width())
            problems << u"%1: beyond the window's side"_s.arg(describe(widget));
        // A combo box shows its current choice whole.
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            option.currentText = combo->currentText();
            const QRect field =
                combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            if (combo->fontMetrics().horizontalAdvance(combo->currentText()) > field.width())
                problems << u"%1: \"%2\" does not fit in %3 px"_s.arg(describe(combo), combo->currentText())
                                .arg(field.width());
        }
        // A finding's words all show: its row is as high as its text needs.
        if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                const QRect row = tree->visualItemRect(*it);
                if (row.isEmpty())
                    continue;
                const QFontMetrics metrics((*it)->font(0));
                // The delegate's text margins, as QStyledItemDelegate paints.
                const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
                const int needed =
                    metrics
                        .boundingRect(QRect(0, 0, row.width() - 2 * margin, 100000), Qt::TextWordWrap, (*it)->text(0))
                        .height();
                if (needed > row.height())
                    problems << u"finding \"%1\" (%4 of %5 wide): %2 px high for %3"_s.arg((*it)->text(0).left(40))
                                    .arg(row.height())
                                    .arg(needed)
                                    .arg(row.width())
                                    .arg(tree->viewport()->width());
            }
        }
        // A mnemonic '&' shows as itself when the label has no buddy.
        if (auto *label = qobject_cast<QLabel *>(widget);
            label && !label->buddy() && label->textFormat() != Qt::RichText && label->text().contains(u'&'))
            problems << u"%1: shows a stray &"_s.arg(describe(label));
    }
    // Nothing overlapping: siblings laid out side by side never meet.
    for (QWidget *parent : widgets + QList<QWidget *>{window}) {
        QList<QWidget *> siblings;
        for (QObject *child : parent->children()) {
            auto *widget = qobject_cast<QWidget *>(child);
            if (widget && shown(widget) && !styleInternal(widget))
                siblings << widget;
        }
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            for (qsizetype j = i + 1; j < siblings.size(); ++j) {
                if (siblings[i]->geometry().intersects(siblings[j]->geometry()))
                    problems << u"%1 overlaps %2"_s.arg(describe(siblings[i]), describe(siblings[j]));
            }
        }
    }
    return problems;
}

} // namespace casedesk::test
