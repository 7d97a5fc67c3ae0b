#include "DocumentViewer.h"
#include "theme/Tone.h"

#include "DocumentPages.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QTransform>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr qreal zoomStep = 1.25;
// Room around a page fitted to the width, in device-independent pixels.
constexpr int fitMargin = 8;

} // namespace

DocumentViewer::DocumentViewer(QWidget *parent)
    : QWidget(parent),
      m_zoomIn(new QAction(this)),
      m_zoomOut(new QAction(this)),
      m_fitWidthAction(new QAction(this)),
      m_rotate(new QAction(this)),
      m_previousPage(new QAction(this)),
      m_nextPage(new QAction(this)),
      m_pageLabel(new QLabel(this)),
      m_zoomLabel(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_scrollArea(new QScrollArea(this)),
      m_view(new QLabel)
{
    setObjectName(u"documentViewer"_s);
    m_pageLabel->setObjectName(u"pageLabel"_s);
    m_zoomLabel->setObjectName(u"zoomLabel"_s);
    m_problem->setObjectName(u"documentProblem"_s);
    m_scrollArea->setObjectName(u"documentScrollArea"_s);
    m_view->setObjectName(u"documentView"_s);

    const struct {
        QAction *action;
        const char *name;
        QList<QKeySequence> shortcuts;
        void (DocumentViewer::*slot)();
    } actions[] = {
        // In the order the buttons show, which is also the tab order.
        {m_previousPage, "previousPage", {QKeySequence(Qt::Key_PageUp)}, &DocumentViewer::previousPage},
        {m_nextPage, "nextPage", {QKeySequence(Qt::Key_PageDown)}, &DocumentViewer::nextPage},
        {m_zoomOut, "zoomOut", {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, &DocumentViewer::zoomOut},
        // Ctrl+= as well: on most keyboards "+" needs Shift.
        {m_zoomIn,
         "zoomIn",
         {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
         &DocumentViewer::zoomIn},
        {m_fitWidthAction, "fitWidth", {QKeySequence(Qt::CTRL | Qt::Key_0)}, &DocumentViewer::fitWidth},
        {m_rotate, "rotate", {QKeySequence(Qt::Key_R)}, &DocumentViewer::rotate},
    };
    for (const auto &entry : actions) {
        const QString name = QString::fromLatin1(entry.name);
        entry.action->setObjectName(name + u"Action"_s);
        entry.action->setShortcuts(entry.shortcuts);
        // Only while the viewer (or a button in it) has focus, so that "R"
        // still types an R in the intake form next to it.
        entry.action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(entry.action);
        connect(entry.action, &QAction::triggered, this, entry.slot);
        auto *button = new QToolButton(this);
        button->setObjectName(name + u"Button"_s);
        button->setDefaultAction(entry.action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (!m_buttons.isEmpty())
            setTabOrder(m_buttons.last(), button);
        m_buttons.append(button);
    }
    setTabOrder(m_buttons.last(), m_scrollArea);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_buttons[0]);
    toolbar->addWidget(m_pageLabel);
    toolbar->addWidget(m_buttons[1]);
    toolbar->addStretch();
    toolbar->addWidget(m_buttons[2]);
    toolbar->addWidget(m_zoomLabel);
    for (QToolButton *button : m_buttons.sliced(3))
        toolbar->addWidget(button);

    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Problem);
    m_problem->hide();
    m_view->setAlignment(Qt::AlignCenter);
    m_scrollArea->setWidget(m_view);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setAlignment(Qt::AlignCenter);
    m_scrollArea->setBackgroundRole(QPalette::Dark);
    m_scrollArea->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_problem);
    layout->addWidget(m_scrollArea, 1);

    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_scrollArea);
    retranslate();
    render();
}

DocumentViewer::~DocumentViewer() = default;

Expected<void> DocumentViewer::setDocument(const QByteArray &bytes, const QString &mediaType, const QString &name)
{
    auto pages = DocumentPages::open(bytes, mediaType, name);
    if (!pages) {
        showProblem(pages.error().message);
        return pages.error();
    }
    m_pages = std::move(*pages);
    m_name = name;
    m_page = 0;
    m_rotation = 0;
    m_fitWidth = true;
    m_problem->hide();
    render();
    return {};
}

void DocumentViewer::clear()
{
    m_pages.reset();
    m_name.clear();
    m_page = 0;
    m_rotation = 0;
    m_fitWidth = true;
    m_problem->hide();
    render();
}

int DocumentViewer::pageCount() const
{
    return m_pages ? m_pages->count() : 0;
}

void DocumentViewer::zoomIn()
{
    setZoom(m_scale * zoomStep);
}

void DocumentViewer::zoomOut()
{
    setZoom(m_scale / zoomStep);
}

void DocumentViewer::fitWidth()
{
    if (!m_pages)
        return;
    m_fitWidth = true;
    render();
}

void DocumentViewer::rotate()
{
    if (!m_pages)
        return;
    m_rotation = (m_rotation + 90) % 360;
    render();
}

void DocumentViewer::nextPage()
{
    showPage(m_page + 1);
}

void DocumentViewer::previousPage()
{
    showPage(m_page - 1);
}

void DocumentViewer::showPage(int page)
{
    if (!m_pages || page < 0 || page >= m_pages->count() || page == m_page)
        return;
    m_page = page;
    render();
    m_scrollArea->verticalScrollBar()->setValue(0);
}

void DocumentViewer::setZoom(qreal scale)
{
    if (!m_pages)
        return;
    m_fitWidth = false;
    m_scale = std::clamp(scale, minimumZoom, maximumZoom);
    render();
}

qreal DocumentViewer::fitWidthScale()
{
    const QSizeF page = m_pages->size(m_page);
    const qreal pageWidth = m_rotation % 180 == 0 ? page.width() : page.height();
    // Leave room for a vertical scroll bar whether or not one shows, so that
    // its appearing does not change the width and the fit again.
    const int available = m_scrollArea->width() - 2 * m_scrollArea->frameWidth()
        - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scrollArea) - 2 * fitMargin;
    if (pageWidth <= 0 || available <= 0)
        return 1.0;
    return std::clamp(available / pageWidth, minimumZoom, maximumZoom);
}

void DocumentViewer::render()
{
    if (!m_pages) {
        m_view->clear();
        updateControls();
        Q_EMIT viewChanged();
        return;
    }
    if (m_fitWidth)
        m_scale = fitWidthScale();
    const qreal ratio = devicePixelRatioF();
    // The zoom shown is the one drawn.
    m_scale = DocumentPages::boundedScale(m_pages->size(m_page), m_scale, ratio);

    QImage image = m_pages->render(m_page, m_scale, ratio);
    if (image.isNull()) {
        m_view->clear();
        showProblem(tr("Page %1 of \"%2\" cannot be shown.").arg(m_page + 1).arg(m_name));
    } else {
        if (m_rotation != 0)
            image = image.transformed(QTransform().rotate(m_rotation), Qt::SmoothTransformation);
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(ratio);
        m_view->setPixmap(pixmap);
    }
    updateControls();
    Q_EMIT viewChanged();
}

void DocumentViewer::updateControls()
{
    const bool shown = m_pages != nullptr;
    const int count = pageCount();
    m_zoomIn->setEnabled(shown && m_scale < maximumZoom);
    m_zoomOut->setEnabled(shown && m_scale > minimumZoom);
    m_fitWidthAction->setEnabled(shown);
    m_rotate->setEnabled(shown);
    m_previousPage->setEnabled(shown && m_page > 0);
    m_nextPage->setEnabled(shown && m_page + 1 < count);
    m_pageLabel->setText(shown ? tr("Page %1 of %2").arg(m_page + 1).arg(count) : QString());
    m_zoomLabel->setText(shown ? tr("%1 %").arg(QLocale().toString(qRound(m_scale * 100))) : QString());
    m_view->setAccessibleName(shown ? tr("\"%1\", page %2 of %3").arg(m_name).arg(m_page + 1).arg(count)
                                    : tr("No document"));
}

void DocumentViewer::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void DocumentViewer::retranslate()
{
    // The buttons show symbols, so that the toolbar fits a narrow panel next
    // to the intake form; their names are read out and shown as tooltips.
    const struct {
        QAction *action;
        QString text;
        QString symbol;
    } texts[] = {
        {m_zoomIn, tr("Zoom in"), u"+"_s},
        {m_zoomOut, tr("Zoom out"), u"\u2212"_s}, // minus sign
        {m_fitWidthAction, tr("Fit width"), u"\u2194"_s}, // left right arrow
        {m_rotate, tr("Rotate"), u"\u21bb"_s}, // clockwise open circle arrow
        {m_previousPage, tr("Previous page"), u"\u25c0"_s},
        {m_nextPage, tr("Next page"), u"\u25b6"_s},
    };
    for (const auto &entry : texts) {
        entry.action->setText(entry.text);
        entry.action->setIconText(entry.symbol);
        entry.action->setToolTip(
            tr("%1 (%2)").arg(entry.text, entry.action->shortcut().toString(QKeySequence::NativeText)));
    }
    for (QToolButton *button : std::as_const(m_buttons))
        button->setAccessibleName(button->defaultAction()->text());
    m_scrollArea->setAccessibleName(tr("Document"));
    m_scrollArea->setAccessibleDescription(
        tr("The page shown; the arrow keys scroll it, Page Up and Page Down turn the pages"));
    updateControls();
}

void DocumentViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool DocumentViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scrollArea && event->type() == QEvent::Resize && m_pages && m_fitWidth
        && !qFuzzyCompare(fitWidthScale(), m_scale))
        render();
    return QWidget::eventFilter(watched, event);
}

} // namespace casedesk
