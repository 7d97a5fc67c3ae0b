#include "MainWindow.h"
#include "speech/ReadAloud.h"
#include "theme/CounterDisplay.h"
#include "theme/Tone.h"
#include "widgets/ShortcutText.h"

#include "common/Localization.h"
#include "models/CaseListModel.h"
#include "models/CaseStateText.h"
#include "widgets/SyncStatusWidget.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// Shortcuts are shown in tooltips too, so keyboard users learn them.
void setToolTipWithShortcut(QAction *action, const QString &text)
{
    action->setToolTip(withShortcut(text, action->shortcut()));
}

} // namespace

MainWindow::MainWindow(WorkstationServices &services, EngineVersions versions, Localization *localization,
                       QWidget *parent)
    : QMainWindow(parent),
      m_services(services),
      m_versions(std::move(versions)),
      m_localization(localization),
      m_model(new CaseListModel(services.caseQuery, &services.catalogue, &services.calendar, this)),
      m_banner(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_scope(new QComboBox(this)),
      m_state(new QComboBox(this)),
      m_item(new QComboBox(this)),
      m_deadline(new QComboBox(this)),
      m_created(new QComboBox(this)),
      m_createdDates(new QWidget(this)),
      m_createdFrom(new QDateEdit(m_createdDates)),
      m_createdUntil(new QLabel(m_createdDates)),
      m_createdTo(new QDateEdit(m_createdDates)),
      m_table(new QTableView(this)),
      m_syncStatus(new SyncStatusWidget(this)),
      m_userLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    m_banner->setObjectName(u"trainingBanner"_s);
    m_search->setObjectName(u"caseSearch"_s);
    m_scope->setObjectName(u"caseScope"_s);
    m_state->setObjectName(u"caseStateFilter"_s);
    m_item->setObjectName(u"caseItemFilter"_s);
    m_deadline->setObjectName(u"caseDeadlineFilter"_s);
    m_created->setObjectName(u"caseCreatedFilter"_s);
    m_createdDates->setObjectName(u"caseCreatedDates"_s);
    m_createdFrom->setObjectName(u"caseCreatedFrom"_s);
    m_createdTo->setObjectName(u"caseCreatedTo"_s);
    m_table->setObjectName(u"caseTable"_s);
    m_userLabel->setObjectName(u"userLabel"_s);

    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    setTone(m_banner, Tone::Banner);
    m_banner->setVisible(services.training);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // The indicator first: switching sorting on repeats it to the model,
    // which takes the order it already shows for no choice (so that a
    // receipt-number search may still list newest receipt first).
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    connect(m_model, &CaseListModel::sortShown, this, [this](int column, Qt::SortOrder order) {
        // Shown, not chosen: the header passes nothing back to the model.
        const QSignalBlocker quiet(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(column, order);
    });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The item's name takes what is left; the others fit what they hold.
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::Item, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableView::activated, this, [this] { openCurrentCase(); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    auto *filterBar = new QWidget(central);
    buildFilterBar(filterBar);
    layout->addWidget(filterBar);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusWidget::attentionRequested, this, &MainWindow::attentionRequested);
    connect(m_model, &CaseListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    buildActions();
    m_syncStatus->setAttentionKeys(m_attentionAction->shortcut());
    setTabOrder(m_search, m_scope);
    setTabOrder(m_scope, m_state);
    setTabOrder(m_state, m_item);
    setTabOrder(m_item, m_deadline);
    setTabOrder(m_deadline, m_created);
    setTabOrder(m_created, m_createdFrom);
    setTabOrder(m_createdFrom, m_createdTo);
    setTabOrder(m_createdTo, m_table);
    retranslate();
    sizeColumns();
    // The counter PC's screen may be small (1366×768 is common): never larger.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(available - QSize(16, 48)));
    applyFilter();
}

void MainWindow::setCounterDisplay(CounterDisplay *display)
{
    m_display = display;
    const auto showMode = [this](DisplayMode mode) {
        m_largeTextAction->setChecked(mode.largeText);
        m_highContrastAction->setChecked(mode.highContrast);
    };
    showMode(display->mode());
    connect(display, &CounterDisplay::modeChanged, this, showMode);
}

void MainWindow::setToday(QDate today)
{
    m_model->setToday(today);
    applyFilter();
}

void MainWindow::sizeColumns()
{
    const QFontMetrics metrics(m_table->font());
    const auto fit = [&](int column, const QString &sample) {
        m_table->horizontalHeader()->resizeSection(column,
                                                   metrics.horizontalAdvance(sample) + metrics.averageCharWidth() * 3);
    };
    // Samples as long as the longest real values, in either language.
    fit(CaseListModel::Receipt, u"TH-2026-W01-000000"_s);
    fit(CaseListModel::Applicant,
        QCoreApplication::translate("casedesk::CaseListModel", "%1 (ID …%2)").arg(u"欧阳**"_s, u"0000"_s));
    fit(CaseListModel::State, u"Correction issued"_s);
    fit(CaseListModel::Deadline, u"2026/12/31 ⚠"_s);
    fit(CaseListModel::Counter, u"W000"_s);
    fit(CaseListModel::Staff, u"staff.xxxxx"_s);
    fit(CaseListModel::Updated, u"2026/12/31 23:59"_s);
    // In large text the counter and the clerk give way (the scope filter
    // says whose cases these are), so that the list never scrolls sideways.
    const bool large = CounterDisplay::isLargeText(m_table->font());
    m_table->setColumnHidden(CaseListModel::Counter, large);
    m_table->setColumnHidden(CaseListModel::Staff, large);
}

void MainWindow::buildFilterBar(QWidget *host)
{
    m_filterLayout = new QGridLayout(host);
    m_filterLayout->setContentsMargins(0, 0, 0, 0);
    auto *dates = new QHBoxLayout(m_createdDates);
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_createdFrom);
    dates->addWidget(m_createdUntil);
    dates->addWidget(m_createdTo);
    for (QDateEdit *edit : {m_createdFrom, m_createdTo}) {
        edit->setCalendarPopup(true);
        // Unambiguous in either language, and the year whole.
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_createdDates->hide();
    arrangeFilterBar();
    // The item's names are long: the list shows them whole, the box as much
    // as its share of the bar holds.
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_item->setMinimumContentsLength(12);
    m_search->setClearButtonEnabled(true);

    // Typing searches at once, but not before the clerk pauses a moment:
    // each keystroke restarts a short timer.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this, typing] {
        typing->stop();
        applyFilter();
        m_table->setFocus();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    for (QComboBox *box : {m_scope, m_state, m_item, m_deadline})
        connect(box, &QComboBox::activated, this, &MainWindow::applyFilter);
    connect(m_created, &QComboBox::activated, this, &MainWindow::chooseCreatedRange);
    // Typing a date changes it digit by digit: the list follows once the
    // clerk pauses, as with the search.
    for (QDateEdit *edit : {m_createdFrom, m_createdTo})
        connect(edit, &QDateEdit::dateChanged, typing, qOverload<>(&QTimer::start));
}

void MainWindow::chooseCreatedRange()
{
    const bool chosen = CreatedRange(m_created->currentData().toInt()) == CreatedRange::Chosen;
    if (chosen && m_createdDates->isHidden()) {
        // Starting from the days shown so far, or today.
        const CaseFilter &shown = m_model->filter();
        const QDate today = m_model->today();
        const QSignalBlocker quietFrom(m_createdFrom);
        const QSignalBlocker quietTo(m_createdTo);
        m_createdFrom->setDate(shown.createdFrom.isValid() ? shown.createdFrom : today);
        m_createdTo->setDate(shown.createdTo.isValid() ? shown.createdTo : today);
    }
    m_createdDates->setVisible(chosen);
    applyFilter();
    if (chosen)
        m_createdFrom->setFocus(Qt::TabFocusReason);
}

void MainWindow::arrangeFilterBar()
{
    // One line; in large text three, so that a 1366 px screen holds them
    // all: the search, then whose cases and which, then their deadline and
    // the days taken in, with the dates chosen beside them.
    const bool large = CounterDisplay::isLargeText(font());
    for (int column = 0; column < 7; ++column)
        m_filterLayout->setColumnStretch(column, 0);
    if (large) {
        m_filterLayout->addWidget(m_search, 0, 0, 1, 3);
        m_filterLayout->addWidget(m_scope, 1, 0);
        m_filterLayout->addWidget(m_state, 1, 1);
        m_filterLayout->addWidget(m_item, 1, 2);
        m_filterLayout->addWidget(m_deadline, 2, 0);
        m_filterLayout->addWidget(m_created, 2, 1);
        m_filterLayout->addWidget(m_createdDates, 2, 2, Qt::AlignLeft);
        // The item takes the room left.
        m_filterLayout->setColumnStretch(2, 1);
    } else {
        const QList<QWidget *> line{m_search, m_scope, m_state, m_item, m_deadline, m_created, m_createdDates};
        for (int i = 0; i < line.size(); ++i)
            m_filterLayout->addWidget(line[i], 0, i);
        // The search and the item take the room left.
        m_filterLayout->setColumnStretch(0, 2);
        m_filterLayout->setColumnStretch(3, 1);
    }
}

void MainWindow::buildActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_viewMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());

    m_newIntakeAction = new QAction(this);
    m_newIntakeAction->setObjectName(u"newIntakeAction"_s);
    m_newIntakeAction->setShortcut(QKeySequence::New);
    connect(m_newIntakeAction, &QAction::triggered, this, &MainWindow::newIntakeRequested);

    m_draftsAction = new QAction(this);
    m_draftsAction->setObjectName(u"draftsAction"_s);
    m_draftsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_draftsAction, &QAction::triggered, this, &MainWindow::draftsRequested);

    m_openCaseAction = new QAction(this);
    m_openCaseAction->setObjectName(u"openCaseAction"_s);
    m_openCaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openCaseAction, &QAction::triggered, this, &MainWindow::openCurrentCase);

    m_syncAction = new QAction(this);
    m_syncAction->setObjectName(u"syncAction"_s);
    m_syncAction->setShortcut(QKeySequence::Refresh);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncRequested);

    m_attentionAction = new QAction(this);
    m_attentionAction->setObjectName(u"attentionAction"_s);
    // Not Ctrl+Shift+A: GNOME and KDE bind it to Deselect, which a line edit takes.
    m_attentionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_attentionAction, &QAction::triggered, this, &MainWindow::attentionRequested);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    // Leaving the counter for a moment: from any window of the program.
    m_lockAction = new QAction(this);
    m_lockAction->setObjectName(u"lockAction"_s);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);

    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_fileMenu->addAction(m_newIntakeAction);
    m_fileMenu->addAction(m_draftsAction);
    m_fileMenu->addAction(m_openCaseAction);
    m_fileMenu->addAction(m_findAction);
    m_fileMenu->addAction(m_syncAction);
    m_fileMenu->addAction(m_attentionAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addAction(m_signOutAction);
    // The hall's board and its actions: for supervisors only (core checks
    // each action again).
    if (m_services.user.roles.contains(roleName(Role::Supervisor))) {
        m_supervisorDeskAction = new QAction(this);
        m_supervisorDeskAction->setObjectName(u"supervisorDeskAction"_s);
        m_supervisorDeskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        connect(m_supervisorDeskAction, &QAction::triggered, this, &MainWindow::supervisorDeskRequested);
        m_fileMenu->addSeparator();
        m_fileMenu->addAction(m_supervisorDeskAction);
    }
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    auto *languages = new QActionGroup(this);
    m_chineseAction = new QAction(u"中文"_s, languages);
    m_englishAction = new QAction(u"English"_s, languages);
    m_chineseAction->setObjectName(u"chineseAction"_s);
    m_englishAction->setObjectName(u"englishAction"_s);
    for (QAction *action : {m_chineseAction, m_englishAction})
        action->setCheckable(true);
    const bool chinese = m_localization && m_localization->current().language() == QLocale::Chinese;
    (chinese ? m_chineseAction : m_englishAction)->setChecked(true);
    connect(m_chineseAction, &QAction::triggered, this, [this] {
        if (m_localization)
            m_localization->choose(QLocale(QLocale::Chinese, QLocale::China));
    });
    connect(m_englishAction, &QAction::triggered, this, [this] {
        if (m_localization)
            m_localization->choose(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    m_viewMenu->addActions(languages->actions());

    // Elderly-assist counters: switched at once, from any window.
    m_largeTextAction = new QAction(this);
    m_largeTextAction->setObjectName(u"largeTextAction"_s);
    m_largeTextAction->setCheckable(true);
    m_largeTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_largeTextAction->setShortcutContext(Qt::ApplicationShortcut);
    m_highContrastAction = new QAction(this);
    m_highContrastAction->setObjectName(u"highContrastAction"_s);
    m_highContrastAction->setCheckable(true);
    m_highContrastAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_highContrastAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_largeTextAction, &QAction::toggled, this, [this](bool on) {
        if (m_display && m_display->mode().largeText != on)
            m_display->choose({on, m_display->mode().highContrast});
    });
    connect(m_highContrastAction, &QAction::toggled, this, [this](bool on) {
        if (m_display && m_display->mode().highContrast != on)
            m_display->choose({m_display->mode().largeText, on});
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_largeTextAction);
    m_viewMenu->addAction(m_highContrastAction);
    m_citizenScreenAction = new QAction(this);
    m_citizenScreenAction->setObjectName(u"citizenScreenAction"_s);
    m_citizenScreenAction->setCheckable(true);
    m_citizenScreenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_citizenScreenAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_citizenScreenAction, &QAction::toggled, this, &MainWindow::citizenScreenToggled);
    m_readAloudAction = new QAction(this);
    m_readAloudAction->setObjectName(u"readAloudAction"_s);
    m_readAloudAction->setCheckable(true);
    m_readAloudAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_readAloudAction->setShortcutContext(Qt::ApplicationShortcut);
    m_simplifiedIntakeAction = new QAction(this);
    m_simplifiedIntakeAction->setObjectName(u"simplifiedIntakeAction"_s);
    m_simplifiedIntakeAction->setCheckable(true);
    m_simplifiedIntakeAction->setChecked(QSettings().value(u"intake/simplified"_s, false).toBool());
    connect(m_simplifiedIntakeAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(u"intake/simplified"_s, on); });
    m_viewMenu->addAction(m_citizenScreenAction);
    m_viewMenu->addAction(m_readAloudAction);
    m_viewMenu->addAction(m_simplifiedIntakeAction);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        sizeColumns();
    if (event->type() == QEvent::FontChange)
        arrangeFilterBar();
    QMainWindow::changeEvent(event);
}

void MainWindow::setReadAloud(ReadAloud *voice)
{
    connect(m_readAloudAction, &QAction::toggled, voice, &ReadAloud::setEnabled);
    connect(voice, &ReadAloud::unavailable, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
}

void MainWindow::retranslate()
{
    setWindowTitle(m_services.training ? tr("CaseDesk — TRAINING") : tr("CaseDesk"));
    m_banner->setText(tr("TRAINING MODE — synthetic hall, nothing here is real — 培训模式"));
    m_fileMenu->setTitle(tr("&Cases"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_largeTextAction->setText(tr("&Large text"));
    setToolTipWithShortcut(m_largeTextAction,
                           tr("Text at least 18 pt and large controls, for the elderly-assist counter"));
    m_highContrastAction->setText(tr("&High contrast"));
    setToolTipWithShortcut(m_highContrastAction, tr("Black on white with a strong focus ring"));
    m_citizenScreenAction->setText(tr("&Citizen screen"));
    setToolTipWithShortcut(m_citizenScreenAction,
                           tr("Show the applicant the intake in large type and take their rating, on a second "
                              "monitor when there is one"));
    m_readAloudAction->setText(tr("&Read aloud"));
    setToolTipWithShortcut(m_readAloudAction,
                           tr("Read out the current step, the selected finding and the promised date"));
    m_simplifiedIntakeAction->setText(tr("&Simplified intake"));
    m_simplifiedIntakeAction->setToolTip(
        tr("New intakes ask one question per screen, with large Next and Back buttons (kept for this counter)"));
    m_newIntakeAction->setText(tr("&New intake…"));
    setToolTipWithShortcut(m_newIntakeAction, tr("Take in a new application"));
    m_draftsAction->setText(tr("&Unfinished intakes…"));
    setToolTipWithShortcut(m_draftsAction, tr("Resume or discard an intake saved as a draft"));
    m_openCaseAction->setText(tr("&Open case"));
    setToolTipWithShortcut(m_openCaseAction, tr("Open the selected case"));
    m_findAction->setText(tr("&Find…"));
    setToolTipWithShortcut(m_findAction, tr("Search by receipt number, applicant name or last ID digits"));
    m_syncAction->setText(tr("&Sync now"));
    setToolTipWithShortcut(m_syncAction, tr("Send and fetch changes now"));
    m_attentionAction->setText(tr("Needs &attention…"));
    setToolTipWithShortcut(m_attentionAction,
                           tr("Changes the platform did not take as they were, with both versions, to settle"));
    m_lockAction->setText(tr("&Lock the screen"));
    setToolTipWithShortcut(m_lockAction, tr("Hide every window until you sign in again"));
    m_signOutAction->setText(tr("Sign &out"));
    m_signOutAction->setToolTip(tr("End your session; the next user signs in"));
    m_quitAction->setText(tr("&Quit"));
    if (m_supervisorDeskAction) {
        m_supervisorDeskAction->setText(tr("Supervisor &desk…"));
        setToolTipWithShortcut(m_supervisorDeskAction,
                               tr("The hall's queue, deadlines, workload and figures, and the supervisor's actions"));
    }
    m_aboutAction->setText(tr("&About CaseDesk"));
    m_viewMenu->setToolTip(tr("Language"));

    m_search->setPlaceholderText(tr("Search: receipt number, applicant name, last 4 ID digits (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search cases"));
    describe(m_search, tr("Finds cases as you type; Enter goes to the first one in the list"),
             m_findAction->shortcut());

    const int scope = std::max(0, m_scope->currentIndex());
    m_scope->clear();
    m_scope->addItem(tr("My cases"), int(CaseFilter::Scope::Mine));
    m_scope->addItem(tr("My counter's queue"), int(CaseFilter::Scope::Counter));
    m_scope->addItem(tr("Whole hall"), int(CaseFilter::Scope::Hall));
    m_scope->setCurrentIndex(scope);
    m_scope->setAccessibleName(tr("Which cases"));
    describe(m_scope, tr("Your own cases, your counter's queue or the whole hall"));

    const int state = std::max(0, m_state->currentIndex());
    m_state->clear();
    m_state->addItem(tr("All states"), -1);
    for (CaseState value :
         {CaseState::Draft, CaseState::PreReviewed, CaseState::CorrectionIssued, CaseState::Resubmitted,
          CaseState::Accepted, CaseState::InProgress, CaseState::Completed, CaseState::Rejected, CaseState::Withdrawn})
        m_state->addItem(CaseStateText::of(value), int(value));
    m_state->setCurrentIndex(state);
    m_state->setAccessibleName(tr("State"));
    describe(m_state, tr("Shows only the cases in this state"));

    const QString item = m_item->currentData().toString();
    m_item->clear();
    m_item->addItem(tr("All service items"), QString());
    for (const Bundle &bundle : m_services.catalogue.bundles())
        m_item->addItem(bundle.name.in(QLocale()), bundle.code);
    for (const ServiceItem &serviceItem : m_services.catalogue.items())
        m_item->addItem(serviceItem.name.in(QLocale()), serviceItem.code);
    m_item->setCurrentIndex(std::max(0, m_item->findData(item)));
    m_item->setAccessibleName(tr("Service item"));
    describe(m_item, tr("Shows only the cases of this service item"));

    const int deadline = std::max(0, m_deadline->currentIndex());
    m_deadline->clear();
    m_deadline->addItem(tr("Any deadline"), int(DueFilter::Any));
    m_deadline->addItem(tr("Due soon or overdue"), int(DueFilter::AtRiskOrOverdue));
    m_deadline->addItem(tr("Overdue"), int(DueFilter::Overdue));
    m_deadline->setCurrentIndex(deadline);
    m_deadline->setAccessibleName(tr("Deadline"));
    describe(m_deadline, tr("Shows only the open cases due today or on the next working day, or overdue"));

    const int created = std::max(0, m_created->currentIndex());
    m_created->clear();
    m_created->addItem(tr("Taken in: any time"), int(CreatedRange::AnyTime));
    m_created->addItem(tr("Taken in today"), int(CreatedRange::Today));
    m_created->addItem(tr("Taken in the last 7 days"), int(CreatedRange::LastSevenDays));
    m_created->addItem(tr("Taken in this month"), int(CreatedRange::ThisMonth));
    m_created->addItem(tr("Taken in: choose dates…"), int(CreatedRange::Chosen));
    m_created->setCurrentIndex(created);
    m_created->setAccessibleName(tr("Taken in"));
    describe(m_created, tr("Shows only the cases taken in on these days (Beijing time), newest taken in first"));
    m_createdFrom->setAccessibleName(tr("Taken in from"));
    describe(m_createdFrom, tr("The first day the cases were taken in"));
    m_createdUntil->setText(tr("to"));
    m_createdTo->setAccessibleName(tr("Taken in until"));
    describe(m_createdTo, tr("The last day the cases were taken in"));

    m_table->setAccessibleName(tr("Cases"));
    m_table->setAccessibleDescription(withShortcut(tr("Enter opens the selected case"), m_openCaseAction->shortcut()));
    m_userLabel->setText(tr("%1 at counter %2").arg(m_services.user.name, m_services.user.counterId));
}

void MainWindow::applyFilter()
{
    CaseFilter filter = m_model->filter();
    filter.scope = CaseFilter::Scope(m_scope->currentData().toInt());
    filter.staffId = m_services.user.id;
    filter.counterId = m_services.user.counterId;
    filter.states.clear();
    if (const int state = m_state->currentData().toInt(); state >= 0)
        filter.states << CaseState(state);
    filter.itemCode = m_item->currentData().toString();
    const QDate today = m_model->today();
    // "Due soon" is what the Deadline column says and colours at risk:
    // due today or on the next working day (Deadline::Status::AtRisk).
    switch (DueFilter(m_deadline->currentData().toInt())) {
    case DueFilter::Any: filter.dueBy = QDate(); break;
    case DueFilter::AtRiskOrOverdue: filter.dueBy = m_model->atRiskUntil(); break;
    case DueFilter::Overdue: filter.dueBy = today.addDays(-1); break;
    }
    filter.createdFrom = filter.createdTo = QDate();
    switch (CreatedRange(m_created->currentData().toInt())) {
    case CreatedRange::AnyTime: break;
    case CreatedRange::Today: filter.createdFrom = filter.createdTo = today; break;
    case CreatedRange::LastSevenDays:
        filter.createdFrom = today.addDays(-6);
        filter.createdTo = today;
        break;
    case CreatedRange::ThisMonth:
        filter.createdFrom = QDate(today.year(), today.month(), 1);
        filter.createdTo = today;
        break;
    case CreatedRange::Chosen:
        // Either way round: the days between them.
        filter.createdFrom = std::min(m_createdFrom->date(), m_createdTo->date());
        filter.createdTo = std::max(m_createdFrom->date(), m_createdTo->date());
        break;
    }
    filter.search = m_search->text();
    m_model->setFilter(filter);
}

void MainWindow::refreshCases()
{
    // The filter again, not only the rows: "today" and "the last 7 days"
    // move on with the day.
    applyFilter();
}

void MainWindow::openCurrentCase()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        Q_EMIT caseOpened(current.data(CaseListModel::CaseIdRole).toString());
}

void MainWindow::showSyncStatus(const SyncStatus &status)
{
    const bool changed = status.lastSuccessUtc != m_syncStatus->status().lastSuccessUtc;
    m_syncStatus->showStatus(status);
    if (changed)
        refreshCases();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_versions, this);
    dialog.exec();
}

} // namespace casedesk
