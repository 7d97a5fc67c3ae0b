#include "SupervisorDesk.h"

#include "BoardCountModel.h"
#include "BoardText.h"
#include "DeadlineBoardModel.h"
#include "FollowUpModel.h"
#include "ReasonDialog.h"
#include "SecondCheckModel.h"
#include "models/CaseStateText.h"
#include "printing/DocumentRenderer.h"
#include "theme/CounterDisplay.h"
#include "theme/Tone.h"
#include "widgets/ShortcutText.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <tuple>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr int deadlineRows = 500;
constexpr int secondCheckRows = 200;

const QKeySequence reassignKeys(Qt::CTRL | Qt::Key_R);
const QKeySequence confirmKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
const QKeySequence overturnKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
const QKeySequence followUpKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
// (A standard key is looked up in the platform theme: not before the application exists.)
constexpr QKeySequence::StandardKey refreshKeys = QKeySequence::Refresh;

QString keyText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QTableView *makeTable(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

bool highContrast()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window) == QColor(Qt::white)
        && palette.color(QPalette::WindowText) == QColor(Qt::black);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SupervisorDesk::SupervisorDesk(const WorkstationServices &services, SupervisorDeskServices desk, QWidget *parent)
    : QMainWindow(parent),
      m_services(services),
      m_desk(std::move(desk)),
      m_banner(new QLabel(this)),
      m_heading(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_message(new QLabel(this)),
      m_periodBox(new QComboBox(this)),
      m_periodFigures(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_deadlineModel(new DeadlineBoardModel(&services.catalogue, this)),
      m_secondCheckModel(new SecondCheckModel(&services.catalogue, this)),
      m_staffModel(
          new BoardCountModel([] { return tr("Staff member"); }, [](const QString &key) { return key; }, this)),
      m_counterModel(new BoardCountModel([] { return tr("Counter"); }, [](const QString &key) { return key; }, this)),
      m_stateModel(new BoardCountModel([] { return tr("State"); },
                                       [](const QString &key) {
                                           const auto state = caseStateFromName(key);
                                           return state ? CaseStateText::of(*state) : key;
                                       },
                                       this)),
      m_itemModel(new BoardCountModel(
          [] { return tr("Service item"); },
          [this](const QString &key) { return boardtext::itemName(&m_services.catalogue, key); }, this)),
      m_followUpModel(new FollowUpModel(&services.catalogue, this)),
      m_reassignButton(new QPushButton(this)),
      m_confirmButton(new QPushButton(this)),
      m_overturnButton(new QPushButton(this)),
      m_closeFollowUpButton(new QPushButton(this)),
      m_refreshButton(new QPushButton(this)),
      m_pdfButton(new QPushButton(this)),
      m_csvButton(new QPushButton(this))
{
    setObjectName(u"supervisorDesk"_s);
    m_banner->setObjectName(u"trainingBanner"_s);
    m_banner->setAlignment(Qt::AlignCenter);
    setTone(m_banner, Tone::Banner);
    m_banner->setVisible(services.training);
    m_heading->setObjectName(u"deskHeading"_s);
    setTone(m_heading, Tone::Heading);
    m_summary->setObjectName(u"queueSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_message->setObjectName(u"deskMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_periodBox->setObjectName(u"periodChooser"_s);
    m_periodFigures->setObjectName(u"periodFigures"_s);
    m_periodFigures->setWordWrap(true);
    m_tabs->setObjectName(u"deskTabs"_s);

    m_deadlineTable = makeTable(u"deadlineTable"_s, m_deadlineModel, this);
    m_secondCheckTable = makeTable(u"secondCheckTable"_s, m_secondCheckModel, this);
    m_staffTable = makeTable(u"staffWorkloadTable"_s, m_staffModel, this);
    m_counterTable = makeTable(u"counterWorkloadTable"_s, m_counterModel, this);
    m_stateTable = makeTable(u"stateTable"_s, m_stateModel, this);
    m_itemTable = makeTable(u"itemTable"_s, m_itemModel, this);
    m_followUpTable = makeTable(u"followUpTable"_s, m_followUpModel, this);
    m_followUpEmpty = new QLabel(this);
    m_followUpEmpty->setObjectName(u"followUpEmpty"_s);
    m_followUpEmpty->setWordWrap(true);
    m_followUpEmpty->setAlignment(Qt::AlignCenter);

    m_reassignButton->setObjectName(u"reassignButton"_s);
    m_confirmButton->setObjectName(u"confirmCheckButton"_s);
    m_overturnButton->setObjectName(u"overturnCheckButton"_s);
    m_closeFollowUpButton->setObjectName(u"closeFollowUpButton"_s);
    m_refreshButton->setObjectName(u"refreshBoardButton"_s);
    m_pdfButton->setObjectName(u"exportPdfButton"_s);
    m_csvButton->setObjectName(u"exportCsvButton"_s);

    // Left: the queue, tab by tab, with each tab's actions under it.
    auto *deadlinePage = new QWidget(this);
    auto *deadlineLayout = new QVBoxLayout(deadlinePage);
    deadlineLayout->addWidget(m_deadlineTable, 1);
    auto *deadlineButtons = new QHBoxLayout;
    deadlineButtons->addStretch();
    deadlineButtons->addWidget(m_reassignButton);
    deadlineLayout->addLayout(deadlineButtons);

    auto *checkPage = new QWidget(this);
    auto *checkLayout = new QVBoxLayout(checkPage);
    checkLayout->addWidget(m_secondCheckTable, 1);
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addStretch();
    checkButtons->addWidget(m_confirmButton);
    checkButtons->addWidget(m_overturnButton);
    checkLayout->addLayout(checkButtons);

    auto *workloadPage = new QWidget(this);
    auto *workloadLayout = new QVBoxLayout(workloadPage);
    auto *workloadSplit = new QSplitter(Qt::Vertical, workloadPage);
    for (QTableView *table : {m_counterTable, m_staffTable, m_stateTable, m_itemTable})
        workloadSplit->addWidget(table);
    workloadLayout->addWidget(workloadSplit);

    auto *followUpPage = new QWidget(this);
    auto *followUpLayout = new QVBoxLayout(followUpPage);
    followUpLayout->addWidget(m_followUpEmpty);
    followUpLayout->addWidget(m_followUpTable, 1);
    auto *followUpButtons = new QHBoxLayout;
    followUpButtons->addStretch();
    followUpButtons->addWidget(m_closeFollowUpButton);
    followUpLayout->addLayout(followUpButtons);

    m_tabs->addTab(deadlinePage, QString());
    m_tabs->addTab(checkPage, QString());
    m_tabs->addTab(workloadPage, QString());
    m_tabs->addTab(followUpPage, QString());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"deskSplit"_s);
    split->addWidget(m_tabs);
    split->addWidget(buildFigures());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_refreshButton);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    buildActions();
    retranslate();
    connect(m_periodBox, &QComboBox::activated, this,
            [this] { choosePeriod(Period(m_periodBox->currentData().toInt())); });
    connect(m_deadlineTable, &QTableView::activated, this, &SupervisorDesk::reassignCurrent);

    // The counter PC's screen may be small (1366×768 is common): never larger.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1366, 768);
    resize(QSize(1366, 768).boundedTo(available));
    // The lists take the larger share; the charts stay readable beside them.
    split->setSizes({width() * 3 / 5, width() * 2 / 5});
    refresh();
}

SupervisorDesk::~SupervisorDesk() = default;

QWidget *SupervisorDesk::buildFigures()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(u"figuresPanel"_s);
    auto *layout = new QVBoxLayout(panel);
    auto *chooser = new QHBoxLayout;
    m_periodLabel = new QLabel(panel);
    m_periodLabel->setObjectName(u"periodLabel"_s);
    m_periodLabel->setBuddy(m_periodBox);
    chooser->addWidget(m_periodLabel);
    chooser->addWidget(m_periodBox, 1);
    chooser->addWidget(m_pdfButton);
    chooser->addWidget(m_csvButton);
    layout->addLayout(chooser);
    layout->addWidget(m_periodFigures);

    m_intakeView = new QChartView(new QChart, panel);
    m_intakeView->setObjectName(u"intakeChart"_s);
    m_intakeView->setRenderHint(QPainter::Antialiasing);
    m_rateView = new QChartView(new QChart, panel);
    m_rateView->setObjectName(u"rateChart"_s);
    m_rateView->setRenderHint(QPainter::Antialiasing);
    for (QChartView *view : {m_intakeView, m_rateView}) {
        view->setMinimumHeight(180);
        view->chart()->legend()->setAlignment(Qt::AlignBottom);
        view->chart()->setMargins(QMargins(4, 4, 4, 4));
    }
    // Both charts one above the other; in large text one at a time, in tabs,
    // so that each keeps the height its labels need.
    m_chartColumn = new QWidget(panel);
    m_chartColumn->setObjectName(u"chartColumn"_s);
    auto *column = new QVBoxLayout(m_chartColumn);
    column->setContentsMargins(0, 0, 0, 0);
    m_chartTabs = new QTabWidget(panel);
    m_chartTabs->setObjectName(u"chartTabs"_s);
    layout->addWidget(m_chartColumn, 1);
    layout->addWidget(m_chartTabs, 1);
    arrangeCharts();
    return panel;
}

void SupervisorDesk::arrangeCharts()
{
    const bool large = CounterDisplay::isLargeText(font());
    // In large text the days-left column says it in words ("overdue"), with
    // the same tint: the status column gives way, so the case's number,
    // counter and staff member stay in view.
    m_deadlineTable->setColumnHidden(DeadlineBoardModel::Status, large);
    if (m_chartTabs->isVisibleTo(this) == large && m_chartTabs->count() + m_chartColumn->layout()->count() == 2)
        return;
    for (QChartView *view : {m_intakeView, m_rateView}) {
        if (const int tab = m_chartTabs->indexOf(view); tab >= 0)
            m_chartTabs->removeTab(tab);
        m_chartColumn->layout()->removeWidget(view);
        if (large) {
            m_chartTabs->addTab(view, view->chart()->title());
        } else {
            view->setParent(m_chartColumn);
            m_chartColumn->layout()->addWidget(view);
        }
    }
    m_chartTabs->setVisible(large);
    m_chartColumn->setVisible(!large);
}

void SupervisorDesk::buildActions()
{
    // Keyboard first: every action has a key, shown in its tooltip
    // (retranslate()). The keys are the window's, not the buttons': a
    // button's text replaces its shortcut.
    const auto bind = [this](QPushButton *button, const QKeySequence &keys, const auto &slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        connect(button, &QPushButton::clicked, this, slot);
    };
    bind(m_reassignButton, reassignKeys, &SupervisorDesk::reassignCurrent);
    bind(m_confirmButton, confirmKeys, &SupervisorDesk::secondCheckCurrent);
    bind(m_overturnButton, overturnKeys, [this] { askSecondCheck(SecondCheckDecision::Overturn); });
    bind(m_closeFollowUpButton, followUpKeys, &SupervisorDesk::closeCurrentFollowUp);
    bind(m_refreshButton, refreshKeys, &SupervisorDesk::refresh);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the report as PDF"), u"hall-report.pdf"_s, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto written = exportPdf(path); !written)
            showMessage(written.error().message, true);
        else
            showMessage(tr("✓ The report was saved to %1.").arg(path), false);
    });
    connect(m_csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as CSV"), u"hall-report.csv"_s,
                                                          tr("CSV for Excel (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto written = exportCsv(path); !written)
            showMessage(written.error().message, true);
        else
            showMessage(tr("✓ The report was saved to %1.").arg(path), false);
    });
}

void SupervisorDesk::retranslate()
{
    setWindowTitle(m_services.training ? tr("Supervisor desk — TRAINING") : tr("Supervisor desk"));
    m_banner->setText(tr("TRAINING MODE — synthetic hall, nothing here is real — 培训模式"));
    m_tabs->setTabText(0, tr("&Deadlines"));
    m_tabs->setTabText(1, tr("Second &check"));
    m_tabs->setTabText(2, tr("&Workload"));
    m_tabs->setTabText(3, tr("Bad &ratings"));
    m_tabs->setTabToolTip(0, tr("The hall's open cases, the nearest to or past their promised date first"));
    m_tabs->setTabToolTip(1, tr("Correction notices and rejections to second-check"));
    m_tabs->setTabToolTip(2, tr("Open cases per counter, staff member, state and service item"));
    m_tabs->setTabToolTip(3, tr("Bad ratings whose follow-up is still open"));
    m_reassignButton->setText(tr("Reassign…"));
    m_confirmButton->setText(tr("Confirm…"));
    m_overturnButton->setText(tr("Overturn…"));
    m_closeFollowUpButton->setText(tr("Close follow-up…"));
    m_refreshButton->setText(tr("Refresh"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_csvButton->setText(tr("Export CSV…"));
    const std::tuple<QPushButton *, QString, QKeySequence> tips[] = {
        {m_reassignButton, tr("Hand the selected case to another staff member or counter"), reassignKeys},
        {m_confirmButton, tr("Confirm the selected correction notice or rejection"), confirmKeys},
        {m_overturnButton, tr("Overturn the selected correction notice or rejection"), overturnKeys},
        {m_closeFollowUpButton, tr("Record what was done about the selected bad rating"), followUpKeys},
        {m_refreshButton, tr("Read the board again"), refreshKeys},
        {m_pdfButton, tr("Save the period's report as a PDF file"), {}},
        {m_csvButton, tr("Save the period's report as a CSV file for Excel"), {}},
    };
    for (const auto &[button, text, keys] : tips) {
        describe(button, text, keys);
        button->setAccessibleName(button->text().remove(u"…"_s));
    }
    m_pdfButton->setAccessibleName(tr("Export the report as PDF"));
    m_csvButton->setAccessibleName(tr("Export the report as CSV"));
    m_deadlineTable->setAccessibleName(tr("Cases by deadline, overdue first"));
    m_deadlineTable->setAccessibleDescription(
        withShortcut(tr("With the working days left; Enter reassigns the selected case"), reassignKeys));
    m_secondCheckTable->setAccessibleName(tr("Correction notices and rejections to second-check"));
    m_secondCheckTable->setAccessibleDescription(
        tr("%1 confirms the selected decision, %2 overturns it").arg(keyText(confirmKeys), keyText(overturnKeys)));
    m_staffTable->setAccessibleName(tr("Workload per staff member"));
    m_counterTable->setAccessibleName(tr("Workload per counter"));
    m_stateTable->setAccessibleName(tr("Open cases by state"));
    m_itemTable->setAccessibleName(tr("Open cases by service item"));
    m_followUpTable->setAccessibleName(tr("Bad ratings to follow up"));
    m_followUpTable->setAccessibleDescription(
        withShortcut(tr("The citizen's rating and reason; record what was done about the selected one"), followUpKeys));
    for (QTableView *table : {m_staffTable, m_counterTable, m_stateTable, m_itemTable})
        table->setAccessibleDescription(
            tr("For each, the open cases: awaiting acceptance, in process, at risk and overdue"));
    m_periodLabel->setText(tr("&Period:"));
    m_intakeView->setAccessibleName(tr("Intake per day"));
    m_intakeView->setAccessibleDescription(tr("Intake, acceptances and correction notices per day; the figures are "
                                              "also above the charts and in the exported report"));
    m_rateView->setAccessibleName(tr("Rates per day (%)"));
    m_rateView->setAccessibleDescription(tr("Acceptance rate, correction-notice rate and deadline compliance per day"));
    m_periodFigures->setAccessibleName(tr("The period's figures"));
    m_periodBox->setAccessibleName(tr("Period"));
    describe(m_periodBox, tr("The days the figures, the charts and the report cover"));
    m_periodBox->clear();
    m_periodBox->addItem(tr("Today"), int(Period::Today));
    m_periodBox->addItem(tr("Last 7 days"), int(Period::LastSevenDays));
    m_periodBox->addItem(tr("Last 30 days"), int(Period::LastThirtyDays));
    m_periodBox->addItem(tr("This month"), int(Period::ThisMonth));
    m_periodBox->setCurrentIndex(m_periodBox->findData(int(m_period)));
}

void SupervisorDesk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    if (event->type() == QEvent::FontChange && m_chartTabs) {
        arrangeCharts();
        drawCharts();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::StyleChange)
        styleCharts();
    QMainWindow::changeEvent(event);
}

QString SupervisorDesk::message() const
{
    return m_message->text();
}

void SupervisorDesk::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    setTone(m_message, problem ? Tone::Problem : Tone::Good);
    m_message->setVisible(!text.isEmpty());
}

void SupervisorDesk::choosePeriod(Period period)
{
    m_period = period;
    m_periodBox->setCurrentIndex(m_periodBox->findData(int(period)));
    refreshPeriod(hallDay(m_desk.clock->nowUtc()));
}

void SupervisorDesk::refresh()
{
    const QDate today = hallDay(m_desk.clock->nowUtc());
    refreshQueue(today);
    refreshPeriod(today);
}

void SupervisorDesk::refreshQueue(QDate today)
{
    m_heading->setText(tr("%1 — the hall on %2")
                           .arg(m_services.user.hallName.in(QLocale()).isEmpty()
                                    ? m_services.user.hallId
                                    : m_services.user.hallName.in(QLocale()),
                                QLocale().toString(today, QLocale::LongFormat)));
    auto queue = m_desk.board.queue(today);
    if (!queue) {
        showMessage(queue.error().message, true);
        return;
    }
    m_queue = *queue;
    const BoardCount &total = m_queue.total;
    m_summary->setText(tr("Open: %1 · awaiting acceptance: %2 · in process: %3 · ⚠ at risk: %4 · ✕ overdue: %5")
                           .arg(total.open)
                           .arg(total.waiting)
                           .arg(total.inProcess)
                           .arg(total.atRisk)
                           .arg(total.overdue));
    setTone(m_summary, total.overdue > 0 ? Tone::Problem : total.atRisk > 0 ? Tone::Warning : Tone::Plain);
    m_staffModel->setCounts(m_queue.byStaff);
    m_counterModel->setCounts(m_queue.byCounter);
    m_stateModel->setCounts(m_queue.byState);
    m_itemModel->setCounts(m_queue.byItem);

    auto deadlines = m_desk.board.deadlines(today, deadlineRows);
    if (!deadlines) {
        showMessage(deadlines.error().message, true);
        return;
    }
    m_deadlineModel->setCases(*deadlines);
    auto candidates = m_desk.board.secondCheckCandidates(secondCheckRows);
    if (!candidates) {
        showMessage(candidates.error().message, true);
        return;
    }
    m_secondCheckModel->setCases(*candidates);

    QList<FollowUp> followUps;
    QString empty = tr("No bad ratings to follow up.");
    if (m_desk.followUps) {
        auto open = m_desk.followUps->openFollowUps();
        if (open)
            followUps = *open;
        else
            empty = open.error().message;
    } else {
        empty = tr("No bad ratings to follow up: this workstation keeps no ratings yet.");
    }
    m_followUpModel->setFollowUps(followUps, today);
    m_followUpEmpty->setText(empty);
    m_followUpEmpty->setVisible(followUps.isEmpty());
    m_followUpTable->setVisible(!followUps.isEmpty());
    m_closeFollowUpButton->setEnabled(!followUps.isEmpty() && m_desk.followUps);
    m_tabs->setTabText(3, followUps.isEmpty() ? tr("Bad &ratings") : tr("Bad &ratings (%1)").arg(followUps.size()));
}

void SupervisorDesk::refreshPeriod(QDate today)
{
    QDate from = today;
    switch (m_period) {
    case Period::Today: break;
    case Period::LastSevenDays: from = today.addDays(-6); break;
    case Period::LastThirtyDays: from = today.addDays(-29); break;
    case Period::ThisMonth: from = QDate(today.year(), today.month(), 1); break;
    }
    auto figures = m_desk.board.period(from, today);
    if (!figures) {
        showMessage(figures.error().message, true);
        return;
    }
    m_figures = *figures;
    const DayFigures &total = m_figures.total;
    const qint64 todays = m_figures.days.isEmpty() ? 0 : m_figures.days.last().intake;
    m_periodFigures->setText(
        tr("%1 to %2 — today's intake: %3 · intake: %4 · acceptance rate: %5 · correction-notice rate: %6 · "
           "deadline compliance: %7 (%8 of %9 concluded in time)")
            .arg(QLocale().toString(m_figures.from, QLocale::ShortFormat),
                 QLocale().toString(m_figures.to, QLocale::ShortFormat))
            .arg(todays)
            .arg(total.intake)
            .arg(PeriodReport::percent(m_figures.acceptanceRate()), PeriodReport::percent(m_figures.correctionRate()),
                 PeriodReport::percent(m_figures.deadlineCompliance()))
            .arg(total.concludedInTime)
            .arg(total.concluded));
    drawCharts();
}

void SupervisorDesk::drawCharts()
{
    if (!m_intakeView)
        return;
    // The day of the month alone for a long period or in large text, so that no label is cut.
    const bool many = m_figures.days.size() > 10 || CounterDisplay::isLargeText(font());
    QStringList categories;
    for (const DayFigures &day : std::as_const(m_figures.days))
        categories << (many ? QString::number(day.day.day()) : QLocale().toString(day.day, u"M/d"_s));

    QChart *intake = m_intakeView->chart();
    intake->removeAllSeries();
    // removeAxis() hands the axis back to us; removeAllSeries() deletes the series.
    for (QAbstractAxis *axis : intake->axes()) {
        intake->removeAxis(axis);
        delete axis;
    }
    intake->setTitle(tr("Intake per day"));
    auto *bars = new QBarSeries;
    auto *intakeSet = new QBarSet(tr("Intake"));
    auto *acceptedSet = new QBarSet(tr("Accepted"));
    auto *correctedSet = new QBarSet(tr("Correction notices"));
    qint64 highest = 1;
    for (const DayFigures &day : std::as_const(m_figures.days)) {
        *intakeSet << double(day.intake);
        *acceptedSet << double(day.accepted);
        *correctedSet << double(day.corrected);
        highest = std::max(highest, day.intake);
    }
    bars->append({intakeSet, acceptedSet, correctedSet});
    intake->addSeries(bars);
    auto *dayAxis = new QBarCategoryAxis;
    dayAxis->append(categories);
    intake->addAxis(dayAxis, Qt::AlignBottom);
    bars->attachAxis(dayAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, double(highest));
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->applyNiceNumbers();
    intake->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);

    QChart *rates = m_rateView->chart();
    rates->removeAllSeries();
    // removeAxis() hands the axis back to us; removeAllSeries() deletes the series.
    for (QAbstractAxis *axis : rates->axes()) {
        rates->removeAxis(axis);
        delete axis;
    }
    rates->setTitle(tr("Rates per day (%)"));
    const struct {
        QString name;
        std::function<std::optional<double>(const DayFigures &)> rate;
        Qt::PenStyle pen;
    } lines[] = {
        {tr("Acceptance rate"), [](const DayFigures &d) { return PeriodFigures::rate(d.accepted, d.intake); },
         Qt::SolidLine},
        {tr("Correction-notice rate"), [](const DayFigures &d) { return PeriodFigures::rate(d.corrected, d.intake); },
         Qt::DashLine},
        {tr("Deadline compliance"),
         [](const DayFigures &d) { return PeriodFigures::rate(d.concludedInTime, d.concluded); }, Qt::DotLine},
    };
    auto *rateDays = new QBarCategoryAxis;
    rateDays->append(categories);
    rates->addAxis(rateDays, Qt::AlignBottom);
    auto *percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setLabelFormat(u"%d"_s);
    rates->addAxis(percentAxis, Qt::AlignLeft);
    for (const auto &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->setPointsVisible(true);
        for (qsizetype i = 0; i < m_figures.days.size(); ++i) {
            if (const auto value = line.rate(m_figures.days.at(i)))
                series->append(double(i), *value * 100.0);
        }
        rates->addSeries(series);
        series->attachAxis(rateDays);
        series->attachAxis(percentAxis);
    }
    for (QChartView *view : {m_intakeView, m_rateView}) {
        if (const int tab = m_chartTabs->indexOf(view); tab >= 0) {
            m_chartTabs->setTabText(tab, view->chart()->title());
            m_chartTabs->setTabToolTip(tab, view->accessibleDescription());
        }
    }
    styleCharts();
}

void SupervisorDesk::styleCharts()
{
    if (!m_intakeView)
        return;
    const bool contrast = highContrast();
    const QFont body = font();
    QFont title = body;
    title.setBold(true);
    const Qt::PenStyle pens[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    const Qt::BrushStyle brushes[] = {Qt::SolidPattern, Qt::Dense3Pattern, Qt::BDiagPattern};
    for (QChartView *view : {m_intakeView, m_rateView}) {
        QChart *chart = view->chart();
        chart->setTheme(contrast ? QChart::ChartThemeHighContrast : QChart::ChartThemeLight);
        chart->setTitleFont(title);
        chart->legend()->setFont(body);
        for (QAbstractAxis *axis : chart->axes())
            axis->setLabelsFont(body);
        // Told apart by pattern and line style too, not by colour alone.
        int i = 0;
        for (QAbstractSeries *series : chart->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(series)) {
                QPen pen = line->pen();
                pen.setStyle(pens[i++ % 3]);
                pen.setWidthF(contrast ? 3.0 : 2.0);
                line->setPen(pen);
            } else if (auto *bars = qobject_cast<QBarSeries *>(series)) {
                int set = 0;
                for (QBarSet *barSet : bars->barSets()) {
                    QBrush brush = barSet->brush();
                    brush.setStyle(brushes[set++ % 3]);
                    barSet->setBrush(brush);
                    barSet->setBorderColor(contrast ? QColor(Qt::black) : brush.color().darker());
                }
            }
        }
    }
}

QString SupervisorDesk::currentCaseId() const
{
    if (m_tabs->currentIndex() == 1) {
        const QModelIndex current = m_secondCheckTable->currentIndex();
        return current.isValid() ? current.data(SecondCheckModel::CaseIdRole).toString() : QString();
    }
    const QModelIndex current = m_deadlineTable->currentIndex();
    return current.isValid() ? current.data(DeadlineBoardModel::CaseIdRole).toString() : QString();
}

void SupervisorDesk::reassignCurrent()
{
    const QModelIndex current =
        m_tabs->currentIndex() == 1 ? m_secondCheckTable->currentIndex() : m_deadlineTable->currentIndex();
    const QString caseId = currentCaseId();
    if (caseId.isEmpty()) {
        showMessage(tr("Select a case in the list first."), true);
        return;
    }
    const int receiptColumn =
        m_tabs->currentIndex() == 1 ? int(SecondCheckModel::Receipt) : int(DeadlineBoardModel::Receipt);
    const QString receipt = current.siblingAtColumn(receiptColumn).data().toString();
    QStringList staff, counters;
    for (const BoardCount &count : std::as_const(m_queue.byStaff)) {
        if (!count.key.isEmpty())
            staff << count.key;
    }
    for (const BoardCount &count : std::as_const(m_queue.byCounter)) {
        if (!count.key.isEmpty())
            counters << count.key;
    }
    const QString keep = tr("(keep as it is)");
    auto *dialog = new ReasonDialog(
        tr("Reassign a case"), tr("Hand case %1 to another staff member or counter.").arg(receipt),
        {ReasonDialog::Choice{tr("&Staff member:"), QStringList{keep} + staff, QStringList{QString()} + staff, true,
                              tr("Whom to hand the case to: choose, or type a staff id not in the list")},
         ReasonDialog::Choice{tr("C&ounter:"), QStringList{keep} + counters, QStringList{QString()} + counters, true,
                              tr("Which counter takes the case: choose, or type one not in the list")}},
        this);
    dialog->setObjectName(u"reassignDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ReasonDialog::submitted, this, [this, dialog, caseId] {
        auto reassigned = m_desk.actions.reassign(
            Reassignment{caseId, dialog->choice(0), dialog->choice(1), dialog->reason(), m_desk.clock->nowUtc()});
        if (!reassigned) {
            dialog->showProblem(reassigned.error().message);
            return;
        }
        dialog->done(QDialog::Accepted);
        showMessage(tr("✓ Case %1 is now with %2 at counter %3.")
                        .arg(reassigned->receiptNumber.isEmpty() ? caseId : reassigned->receiptNumber,
                             reassigned->staffId, reassigned->counterId),
                    false);
        refreshQueue(hallDay(m_desk.clock->nowUtc()));
        Q_EMIT caseChanged();
    });
    dialog->open();
}

void SupervisorDesk::secondCheckCurrent()
{
    askSecondCheck(SecondCheckDecision::Confirm);
}

void SupervisorDesk::askSecondCheck(SecondCheckDecision decision)
{
    m_tabs->setCurrentIndex(1);
    const QModelIndex current = m_secondCheckTable->currentIndex();
    if (!current.isValid()) {
        showMessage(tr("Select a correction notice or rejection in the list first."), true);
        return;
    }
    const QString caseId = current.data(SecondCheckModel::CaseIdRole).toString();
    const QString receipt = current.siblingAtColumn(SecondCheckModel::Receipt).data().toString();
    const QString state = current.siblingAtColumn(SecondCheckModel::State).data().toString();
    const bool confirm = decision == SecondCheckDecision::Confirm;
    auto *dialog = new ReasonDialog(confirm ? tr("Confirm after a second check") : tr("Overturn after a second check"),
                                    confirm ? tr("Confirm the decision on case %1 (%2).").arg(receipt, state)
                                            : tr("Overturn the decision on case %1 (%2): the counter takes the case "
                                                 "up again.")
                                                  .arg(receipt, state),
                                    {}, this);
    dialog->setObjectName(u"secondCheckDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ReasonDialog::submitted, this, [this, dialog, caseId, decision, receipt] {
        auto checked =
            m_desk.actions.secondCheck(SecondCheck{caseId, decision, dialog->reason(), m_desk.clock->nowUtc()});
        if (!checked) {
            dialog->showProblem(checked.error().message);
            return;
        }
        dialog->done(QDialog::Accepted);
        showMessage(decision == SecondCheckDecision::Confirm
                        ? tr("✓ The decision on case %1 is confirmed.").arg(receipt)
                        : tr("✓ The decision on case %1 is overturned.").arg(receipt),
                    false);
        refreshQueue(hallDay(m_desk.clock->nowUtc()));
        Q_EMIT caseChanged();
    });
    dialog->open();
}

void SupervisorDesk::closeCurrentFollowUp()
{
    m_tabs->setCurrentIndex(3);
    const QModelIndex current = m_followUpTable->currentIndex();
    if (!m_desk.followUps || !current.isValid()) {
        showMessage(tr("Select a bad rating in the list first."), true);
        return;
    }
    const QString id = current.data(FollowUpModel::FollowUpIdRole).toString();
    const QString receipt = current.siblingAtColumn(FollowUpModel::Receipt).data().toString();
    auto *dialog = new ReasonDialog(tr("Close a follow-up"),
                                    tr("What was done about the bad rating of case %1?").arg(receipt), {}, this);
    dialog->setObjectName(u"followUpDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ReasonDialog::submitted, this, [this, dialog, id, receipt] {
        auto closed = m_desk.followUps->close(id, dialog->reason());
        if (!closed) {
            dialog->showProblem(closed.error().message);
            return;
        }
        dialog->done(QDialog::Accepted);
        showMessage(tr("✓ The follow-up of case %1 is closed.").arg(receipt), false);
        refreshQueue(hallDay(m_desk.clock->nowUtc()));
    });
    dialog->open();
}

PeriodReport SupervisorDesk::report() const
{
    return PeriodReport(m_figures, m_queue);
}

QString SupervisorDesk::reportHtml() const
{
    const PeriodReport report = this->report();
    const PeriodFigures &figures = report.figures();
    const QString hall = m_services.user.hallName.in(QLocale()).isEmpty() ? m_services.user.hallId
                                                                          : m_services.user.hallName.in(QLocale());
    QString html = u"<html><body>"_s;
    html += u"<h2 align=\"center\">%1</h2>"_s.arg(escaped(hall));
    html += u"<h1 align=\"center\">%1</h1>"_s.arg(escaped(tr("Hall report")));
    html += u"<p align=\"center\">%1</p>"_s.arg(escaped(tr("%1 to %2")
                                                            .arg(QLocale().toString(figures.from, QLocale::LongFormat),
                                                                 QLocale().toString(figures.to, QLocale::LongFormat))));
    const auto row = [](const QStringList &cells, bool head = false) {
        QString text = u"<tr>"_s;
        for (const QString &cell : cells)
            text += (head ? u"<th>%1</th>"_s : u"<td>%1</td>"_s).arg(escaped(cell));
        return text + u"</tr>"_s;
    };
    const QString table = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"_s;
    html += u"<h3>%1</h3>"_s.arg(escaped(tr("Figures")));
    html += table;
    html += row({tr("Intake"), QString::number(figures.total.intake)});
    html += row({tr("Acceptance rate"), PeriodReport::percent(figures.acceptanceRate())});
    html += row({tr("Correction-notice rate"), PeriodReport::percent(figures.correctionRate())});
    html += row({tr("Deadline compliance"),
                 tr("%1 (%2 of %3 concluded in time)")
                     .arg(PeriodReport::percent(figures.deadlineCompliance()))
                     .arg(figures.total.concludedInTime)
                     .arg(figures.total.concluded)});
    html += u"</table>"_s;
    html += u"<h3>%1</h3>"_s.arg(escaped(tr("Day by day")));
    html += table;
    html +=
        row({tr("Date"), tr("Intake"), tr("Accepted"), tr("Correction notices"), tr("Concluded"), tr("In time")}, true);
    for (const DayFigures &day : figures.days)
        html += row({QLocale().toString(day.day, QLocale::ShortFormat), QString::number(day.intake),
                     QString::number(day.accepted), QString::number(day.corrected), QString::number(day.concluded),
                     QString::number(day.concludedInTime)});
    html += u"</table>"_s;
    const auto counts = [&](const QString &title, const QString &key, const QList<BoardCount> &list,
                            const std::function<QString(const QString &)> &keyText) {
        QString part = u"<h3>%1</h3>"_s.arg(escaped(title)) + table;
        part += row({key, tr("Open"), tr("Awaiting acceptance"), tr("In process"), tr("At risk"), tr("Overdue")}, true);
        for (const BoardCount &count : list)
            part += row({count.key.isEmpty() ? tr("(none)") : keyText(count.key), QString::number(count.open),
                         QString::number(count.waiting), QString::number(count.inProcess),
                         QString::number(count.atRisk), QString::number(count.overdue)});
        return part + u"</table>"_s;
    };
    const auto same = [](const QString &key) {
        return key;
    };
    html += counts(tr("Open cases on %1").arg(QLocale().toString(report.queue().today, QLocale::ShortFormat)),
                   tr("State"), report.queue().byState, [](const QString &key) {
                       const auto state = caseStateFromName(key);
                       return state ? CaseStateText::of(*state) : key;
                   });
    html += counts(tr("Workload per counter"), tr("Counter"), report.queue().byCounter, same);
    html += counts(tr("Workload per staff member"), tr("Staff member"), report.queue().byStaff, same);
    return html + u"</body></html>"_s;
}

Expected<void> SupervisorDesk::exportPdf(const QString &path)
{
    const PeriodReport report = this->report();
    const PermissionGuard &guard = m_desk.actions.guard();
    if (auto allowed = report.authorize(guard); !allowed)
        return allowed;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString title =
        tr("Hall report %1 to %2")
            .arg(report.figures().from.toString(Qt::ISODate), report.figures().to.toString(Qt::ISODate));
    const PrintedDocument document{title, reportHtml(), title,
                                   chinese ? PrintLanguage::Chinese : PrintLanguage::English};
    if (auto written = DocumentRenderer::writePdf(document, path); !written)
        return written;
    return report.recordExport(guard, u"pdf"_s);
}

Expected<void> SupervisorDesk::exportCsv(const QString &path)
{
    return report().writeCsv(m_desk.actions.guard(), path, [](CaseState state) { return CaseStateText::of(state); });
}

} // namespace casedesk
