// Accessibility at the counter (issue 6, point 7): every control of every
// window a user can reach has an accessible name and a description, as a
// screen reader asks for them (QAccessible), one row per window, each row
// listing all its gaps at once; and the whole intake and the supervisor's
// desk work by keyboard alone: every control is a Tab stop or has keys, Tab
// really reaches every control shown, and the supervisor's actions answer
// their keys. Over a real vault with the bundled catalogue and a small hall
// of known dates (tests/support/HallSeed.h).
//
// What counts as a control: what a person operates or lands on with Tab —
// buttons (push, tool, check, radio), line edits, spin and date boxes,
// combo boxes, item views (lists, tables, trees), text edits, sliders, tab
// bars, group boxes that can be ticked, and any other widget that takes the
// focus by Tab (a scroll area, a chart, the screen lock's cover). Hidden
// ones count too (pages not shown, fields that show for one choice), since
// the next choice shows them. Not checked here: the menus' entries (actions,
// named by their text, their keys in their tooltips) and Qt's own dialogs
// (message boxes, file and print dialogs).
#include "HallSeed.h"
#include "ManualClock.h"
#include "TestSupport.h"
#include "TestWorkstation.h"
#include "citizen/CitizenScreen.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "dialogs/SignInDialog.h"
#include "documents/DocumentDialog.h"
#include "documents/DocumentViewer.h"
#include "feedback/RatingStore.h"
#include "intake/IntakeWindow.h"
#include "intake/SimplifiedIntakeWindow.h"
#include "security/Session.h"
#include "supervisor/ReasonDialog.h"
#include "supervisor/SupervisorDesk.h"
#include "theme/CounterDisplay.h"
#include "windows/CaseDetailDialog.h"
#include "windows/ConflictsDialog.h"
#include "windows/DraftsDialog.h"
#include "windows/MainWindow.h"
#include "windows/ReceiptDialogs.h"
#include "windows/ScreenLock.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString workstationId = u"0193a5c1-7e2f-7abc-8def-0000000000a1"_s;
const Actor supervisorActor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, u"TRAINING-HALL"_s);

// A control by its kind. (A group box is one only when it can be ticked;
// a header is its item view's part, a scroll bar its scroll area's.)
bool isControlKind(const QWidget *widget)
{
    if (auto *box = qobject_cast<const QGroupBox *>(widget))
        return box->isCheckable();
    if (qobject_cast<const QHeaderView *>(widget) || qobject_cast<const QScrollBar *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QTabBar *>(widget);
}

// Qt's own parts of a control, which the control speaks for: the line edit
// inside an editable combo box or a spin box, a tab bar's scroll buttons, a
// line edit's clear button, an item view's headers and corner button, a
// scroll area's scroll bars. What lies in a scroll area's viewport (a form,
// a page, an item view's cell widget) is content, not a part. A ticked
// group box holds ordinary controls, not parts.
bool isQtPart(const QWidget *widget, const QWidget *window)
{
    // Named by Qt: qt_spinbox_lineedit, qt_scrollarea_viewport, the menu
    // bar's and tool bar's extension buttons… A tab widget's tab bar
    // (qt_tabwidget_tabbar) is no part, though: it is what a user operates.
    if (widget->objectName().startsWith(u"qt_") && !qobject_cast<const QTabBar *>(widget))
        return true;
    const QWidget *child = widget;
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
         child = parent, parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(parent))
            return child != area->viewport();
        if (isControlKind(parent) && !qobject_cast<const QGroupBox *>(parent))
            return true;
    }
    return false;
}

bool countsAsControl(const QWidget *widget, const QWidget *window)
{
    // A tab bar without tabs (the large-text chart tabs in the standard
    // mode) has nothing to operate, and Qt names a tab bar by its tab.
    if (auto *tabs = qobject_cast<const QTabBar *>(widget); tabs && tabs->count() == 0)
        return false;
    // Another window's (a dialog's, a popup's) controls are that window's row.
    if (widget->window() != window || isQtPart(widget, window))
        return false;
    // Tab lands on the proxy (a tab widget's tab bar, the document viewer's
    // scroll area), which is checked itself.
    if (widget->focusProxy())
        return false;
    return isControlKind(widget) || (widget->focusPolicy() & Qt::TabFocus);
}

QList<QWidget *> controlsOf(QWidget *window)
{
    QList<QWidget *> controls;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (countsAsControl(widget, window))
            controls << widget;
    }
    return controls;
}

// Where the control is, by the object names on the way down, with its
// class and what it shows, so that a failure names every gap.
QString placeOf(const QWidget *widget, const QWidget *window)
{
    const auto nameOf = [](const QWidget *w) {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    };
    QStringList path{nameOf(widget)};
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_"))
            path.prepend(parent->objectName());
    }
    path.prepend(nameOf(window));
    QString shows;
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        shows = button->text();
    else if (auto *edit = qobject_cast<const QLineEdit *>(widget))
        shows = edit->placeholderText();
    else if (auto *label = qobject_cast<const QLabel *>(widget))
        shows = label->text();
    return u"%1 (%2%3)"_s.arg(path.join(u'/'), QString::fromLatin1(widget->metaObject()->className()),
                              shows.isEmpty() ? QString() : u" \"%1\""_s.arg(shows.left(40)));
}

bool hasBuddyLabel(const QWidget *widget, const QWidget *window)
{
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
                       [widget](const QLabel *label) { return label->buddy() == widget && !label->text().isEmpty(); });
}

// The keys of a button beyond the mnemonic its text underlines, which the
// description should name (keyboard users learn them there).
QKeySequence extraKeys(const QWidget *widget)
{
    auto *button = qobject_cast<const QAbstractButton *>(widget);
    if (!button || button->shortcut().isEmpty() || button->shortcut() == QKeySequence::mnemonic(button->text()))
        return {};
    return button->shortcut();
}

// What a screen reader would miss on one control; empty when nothing.
QStringList gapsOf(QWidget *widget, const QWidget *window)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    if (!face)
        return {u"no accessible interface"_s};
    QStringList gaps;
    const QString name = face->text(QAccessible::Name).trimmed();
    const QString description = face->text(QAccessible::Description).trimmed();
    if (name.isEmpty())
        gaps << u"no name"_s;
    // On Linux Qt gives a combo box's current choice as its name: what it
    // is called must come from a label or an accessible name.
    else if (qobject_cast<QComboBox *>(widget) && widget->accessibleName().isEmpty() && !hasBuddyLabel(widget, window))
        gaps << u"no name (only its current choice)"_s;
    if (qobject_cast<QTabBar *>(widget)) {
        // Qt 6.4 gives a tab bar itself no description at all: each tab
        // has its own (the tab's tooltip), checked here.
        for (int i = 0; i < face->childCount(); ++i) {
            QAccessibleInterface *tab = face->child(i);
            if (tab->role() != QAccessible::PageTab)
                continue;
            if (tab->text(QAccessible::Name).trimmed().isEmpty())
                gaps << u"tab %1 has no name"_s.arg(i);
            if (tab->text(QAccessible::Description).trimmed().isEmpty())
                gaps << u"tab \"%1\" has no description"_s.arg(tab->text(QAccessible::Name));
        }
        return gaps;
    }
    if (description.isEmpty())
        gaps << u"no description"_s;
    else if (description == name)
        gaps << u"the description only repeats the name"_s;
    else if (qobject_cast<QLineEdit *>(widget) && widget->accessibleDescription().isEmpty()
             && widget->toolTip().isEmpty())
        gaps << u"the description is only the placeholder \"%1\""_s.arg(description);
    if (const QKeySequence keys = extraKeys(widget);
        !keys.isEmpty() && !description.contains(keys.toString(QKeySequence::NativeText)))
        gaps << u"the description does not name its keys (%1)"_s.arg(keys.toString(QKeySequence::NativeText));
    return gaps;
}

QStringList accessibilityGaps(QWidget *window)
{
    QStringList gaps;
    const QList<QWidget *> controls = controlsOf(window);
    for (QWidget *control : controls) {
        if (const QStringList missing = gapsOf(control, window); !missing.isEmpty())
            gaps << u"%1: %2"_s.arg(placeOf(control, window), missing.join(u"; "_s));
    }
    return gaps;
}

bool hasKeys(const QWidget *widget)
{
    auto *button = qobject_cast<const QAbstractButton *>(widget);
    return button && !button->shortcut().isEmpty();
}

// Every control, shown or not, is a Tab stop in its window's focus chain,
// or has keys of its own.
QStringList keyboardGaps(QWidget *window)
{
    QSet<const QWidget *> chain;
    for (QWidget *widget = window->nextInFocusChain(); widget && widget != window && chain.size() < 100000;
         widget = widget->nextInFocusChain())
        chain.insert(widget);
    QStringList gaps;
    const QList<QWidget *> controls = controlsOf(window);
    for (const QWidget *control : controls) {
        const bool tabStop = (control->focusPolicy() & Qt::TabFocus) && chain.contains(control);
        if (!tabStop && !hasKeys(control))
            gaps << u"%1: neither a Tab stop nor keys of its own"_s.arg(placeOf(control, window));
    }
    return gaps;
}

// Presses Tab round the window as it shows now, from the focused control
// until the focus comes back to one it has been on.
QSet<const QWidget *> tabRound(QWidget *window)
{
    QSet<const QWidget *> reached;
    for (int presses = 0; presses < 1000; ++presses) {
        // As between real keystrokes: let queued work run.
        QCoreApplication::processEvents();
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != window || reached.contains(focus))
            break;
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return reached;
}

// The controls showing and enabled that a round of Tab does not reach and
// that have no keys of their own.
QStringList unreachedByTab(QWidget *window)
{
    const QSet<const QWidget *> reached = tabRound(window);
    QStringList gaps;
    const QList<QWidget *> controls = controlsOf(window);
    for (const QWidget *control : controls) {
        if (control->isVisible() && control->isEnabled() && !reached.contains(control) && !hasKeys(control))
            gaps << u"%1: not reached by Tab"_s.arg(placeOf(control, window));
    }
    return gaps;
}

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(CASEDESK_TEST_DATA) + u"/documents/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SignInOutcome signedIn(const SignedInUser &user)
{
    SignInOutcome outcome;
    outcome.kind = SignInOutcome::Kind::SignedIn;
    outcome.user = user;
    return outcome;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    using Opener = QWidget *(TestAccessibility::*)();

private Q_SLOTS:
    void initTestCase()
    {
        m_workstation = std::make_unique<TestWorkstation>("accessibility tests");
        QVERIFY2(m_workstation->problem().isEmpty(), qPrintable(m_workstation->problem()));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_workstation->filePath(u"settings"_s));
        m_hall = seedHall(vault());
        // A bad rating, for the desk's follow-ups.
        auto rated =
            vault().ratingStore().submit(NewRating{m_hall.id('C'), RatingLevel::VeryDissatisfied, u"waited too long"_s,
                                                   u"W01"_s, u"staff.li"_s, utc(11, 26, 8)},
                                         calendar());
        QVERIFY2(rated, qPrintable(rated ? QString() : rated.error().message));
        m_clock.set(utc(11, 27, 2)); // 10:00 on Friday 27 November 2026 in Beijing
        m_services = std::make_unique<WorkstationServices>(
            WorkstationServices{catalogue(), calendar(), vault().caseQuery(), vault().caseStore(), vault().syncStore(),
                                supervisor(), true});
        m_signIn =
            std::make_unique<SignInService>(vault().signInStore(), vault().auditLog(), m_clock, nullptr, workstationId);
        m_session = std::make_unique<Session>(signedIn(supervisor()), vault().auditLog(), workstationId);
        m_display = std::make_unique<CounterDisplay>();
    }

    void cleanup()
    {
        // The windows before what they use; the last opened first.
        while (!m_opened.empty())
            m_opened.pop_back();
        m_display->apply({});
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_signIn.reset();
        m_services.reset();
        m_workstation.reset();
    }

    // The checker itself can fail: a bare button, a nameless field, a combo
    // box named by its choice alone and a button off the Tab chain are
    // each reported, by where they are; a described control is not.
    void theCheckerReportsWhatIsMissing()
    {
        QWidget window;
        window.setObjectName(u"window"_s);
        auto *bare = new QPushButton(u"OK"_s, &window);
        bare->setObjectName(u"bare"_s);
        auto *nameless = new QLineEdit(&window);
        nameless->setObjectName(u"nameless"_s);
        nameless->setAccessibleDescription(u"Where the applicant lives"_s);
        auto *choice = new QComboBox(&window);
        choice->setObjectName(u"choice"_s);
        choice->addItem(u"By post"_s);
        choice->setAccessibleDescription(u"How the result is handed over"_s);
        auto *mouseOnly = new QPushButton(u"Print"_s, &window);
        mouseOnly->setObjectName(u"mouseOnly"_s);
        mouseOnly->setFocusPolicy(Qt::NoFocus);
        mouseOnly->setAccessibleDescription(u"Prints the receipt"_s);
        auto *described = new QPushButton(u"Close"_s, &window);
        described->setObjectName(u"described"_s);
        described->setAccessibleDescription(u"Closes the window; the draft is kept (Esc)"_s);

        const QStringList gaps = accessibilityGaps(&window);
        QCOMPARE(gaps.size(), 3);
        QVERIFY2(gaps.contains(u"window/bare (QPushButton \"OK\"): no description"_s), qPrintable(gaps.join(u'\n')));
        QVERIFY2(gaps.contains(u"window/nameless (QLineEdit): no name"_s), qPrintable(gaps.join(u'\n')));
        QVERIFY2(gaps.contains(u"window/choice (QComboBox): no name (only its current choice)"_s),
                 qPrintable(gaps.join(u'\n')));
        QCOMPARE(keyboardGaps(&window),
                 QStringList{u"window/mouseOnly (QPushButton \"Print\"): neither a Tab stop nor keys of its own"_s});
        // Keys of its own make it reachable; a description must name them.
        mouseOnly->setShortcut(QKeySequence::Print);
        QVERIFY(keyboardGaps(&window).isEmpty());
        QVERIFY(accessibilityGaps(&window).contains(
            u"window/mouseOnly (QPushButton \"Print\"): the description does not name its keys (Ctrl+P)"_s));
    }

    // Qt's own parts are left to their control; content in a scroll area
    // and the controls of a ticked group box are not.
    void theCheckerSkipsQtsOwnPartsOnly()
    {
        QWidget window;
        auto *editable = new QComboBox(&window);
        editable->setEditable(true);
        auto *tabs = new QTabWidget(&window);
        tabs->addTab(new QWidget, u"One"_s);
        auto *area = new QScrollArea(&window);
        auto *content = new QWidget;
        auto *inside = new QPushButton(u"Inside"_s, content);
        area->setWidget(content);
        auto *group = new QGroupBox(u"Override"_s, &window);
        group->setCheckable(true);
        auto *inGroup = new QLineEdit(group);
        const QList<QWidget *> controls = controlsOf(&window);
        QVERIFY(controls.contains(editable));
        QVERIFY(!controls.contains(editable->lineEdit()));
        QVERIFY(controls.contains(tabs->tabBar()));
        QVERIFY(!controls.contains(tabs)); // its proxy, the tab bar, is checked
        QVERIFY(controls.contains(area));
        QVERIFY(controls.contains(inside));
        QVERIFY(controls.contains(group));
        QVERIFY(controls.contains(inGroup));
        for (QWidget *control : controls)
            QVERIFY2(!qobject_cast<QScrollBar *>(control) && !qobject_cast<QHeaderView *>(control),
                     qPrintable(placeOf(control, &window)));
    }

    void everyControlHasANameAndADescription_data()
    {
        QTest::addColumn<QString>("window");
        for (const auto &[name, opener] : windows)
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyControlHasANameAndADescription()
    {
        QFETCH(QString, window);
        QWidget *shown = open(window);
        QVERIFY(shown);
        QVERIFY(!controlsOf(shown).isEmpty());
        const QStringList gaps = accessibilityGaps(shown);
        // One line each (a failure message is cut short), so that one run shows them all.
        for (const QString &gap : gaps)
            qWarning("%s", qPrintable(gap));
        QVERIFY2(gaps.isEmpty(), qPrintable(u"%1 gap(s) a screen reader would meet, listed above"_s.arg(gaps.size())));
    }

    void theIntakeAndTheDeskWorkByKeyboardAlone_data()
    {
        QTest::addColumn<QString>("window");
        QTest::newRow("intake") << u"intake"_s;
        QTest::newRow("supervisor desk") << u"supervisor desk"_s;
    }

    void theIntakeAndTheDeskWorkByKeyboardAlone()
    {
        QFETCH(QString, window);
        QWidget *shown = open(window);
        QVERIFY(shown);
        QVERIFY(QTest::qWaitForWindowActive(shown));
        QStringList gaps = keyboardGaps(shown);
        // Tab round each page of the desk's tabs (the intake has one page).
        auto *tabs = shown->findChild<QTabWidget *>(u"deskTabs"_s);
        for (int page = 0; page < (tabs ? tabs->count() : 1); ++page) {
            if (tabs) {
                tabs->setCurrentIndex(page);
                tabs->tabBar()->setFocus();
            }
            QTRY_VERIFY(QApplication::focusWidget());
            for (const QString &gap : unreachedByTab(shown)) {
                if (!gaps.contains(gap))
                    gaps << gap;
            }
        }
        for (const QString &gap : gaps)
            qWarning("%s", qPrintable(gap));
        QVERIFY2(gaps.isEmpty(),
                 qPrintable(u"%1 control(s) out of the keyboard's reach, listed above"_s.arg(gaps.size())));
    }

    void theSupervisorsActionsAnswerTheirKeys_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("dialog");
        QTest::newRow("reassign") << 0 << QKeySequence(Qt::CTRL | Qt::Key_R) << u"reassignDialog"_s;
        QTest::newRow("confirm") << 1 << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) << u"secondCheckDialog"_s;
        QTest::newRow("overturn") << 1 << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) << u"secondCheckDialog"_s;
        QTest::newRow("follow up") << 3 << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F) << u"followUpDialog"_s;
    }

    void theSupervisorsActionsAnswerTheirKeys()
    {
        QFETCH(int, page);
        QFETCH(QKeySequence, keys);
        QFETCH(QString, dialog);
        auto *desk = static_cast<SupervisorDesk *>(openSupervisorDesk());
        QVERIFY(QTest::qWaitForWindowActive(desk));
        selectFirstRow(desk, page);
        QTest::keySequence(desk->windowHandle(), keys);
        QTRY_VERIFY(desk->openDialog());
        QCOMPARE(desk->openDialog()->objectName(), dialog);
        // The reason takes the keys; Esc leaves without a change.
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == desk->openDialog());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!desk->openDialog());
    }

private:
    Vault &vault() const { return m_workstation->vault(); }
    const Catalogue &catalogue() const { return m_workstation->catalogue(); }
    const WorkingDayCalendar &calendar() const { return m_workstation->calendar(); }

    static SignedInUser supervisor()
    {
        return SignedInUser{u"staff.zhao"_s,
                            u"赵样例"_s,
                            {u"supervisor"_s, u"window-staff"_s},
                            u"TRAINING-HALL"_s,
                            LocalizedText{u"培训大厅（样例）"_s, u"Training hall (sample)"_s},
                            u"W01"_s};
    }

    template<typename T>
    T *keep(std::unique_ptr<T> object)
    {
        T *raw = object.get();
        m_opened.push_back(std::move(object));
        return raw;
    }

    // Shown, as the user meets it.
    static QWidget *shown(QWidget *window)
    {
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        QCoreApplication::processEvents();
        return window;
    }

    QWidget *open(const QString &which)
    {
        for (const auto &[name, opener] : windows) {
            if (which == QLatin1StringView(name))
                return (this->*opener)();
        }
        return nullptr;
    }

    std::unique_ptr<IntakeSession> newSession()
    {
        auto session = std::make_unique<IntakeSession>(
            catalogue(), calendar(), vault().caseStore(), vault().syncStore(), vault().draftStore(),
            vault().documentStore(),
            IntakeContext{
                u"staff.li"_s, u"W01"_s, u"TRAINING-HALL"_s, {u"培训大厅"_s, u"Training hall"_s}, u"12345"_s});
        session->setApplicantIdNumber(u"110101198503129011"_s);
        session->setApplicantName(u"王样例"_s);
        session->setApplicantMobile(u"13800138000"_s);
        return session;
    }

    SupervisorDeskServices deskServices() const
    {
        const SqlErrorMapper errors = [this](const QSqlError &error, const QString &action) {
            return vault().errorFrom(error, action);
        };
        const PermissionGuard guard = vault().permissionGuard(supervisorActor);
        return SupervisorDeskServices{HallBoard(vault().database(), errors, calendar()).guardedBy(guard),
                                      SupervisorActions(vault().database(), errors, guard),
                                      std::make_shared<StoredFollowUps>(vault().followUpStore(supervisorActor)),
                                      &m_clock};
    }

    static void selectFirstRow(SupervisorDesk *desk, int page)
    {
        desk->findChild<QTabWidget *>(u"deskTabs"_s)->setCurrentIndex(page);
        const char *tables[] = {"deadlineTable", "secondCheckTable", "staffWorkloadTable", "followUpTable"};
        auto *table = desk->findChild<QTableView *>(QString::fromLatin1(tables[page]));
        table->setFocus();
        table->selectRow(0);
    }

    QWidget *openMainWindow()
    {
        auto *window = keep(std::make_unique<MainWindow>(*m_services, EngineVersions{}));
        window->setCounterDisplay(m_display.get());
        // The status bar's button for changes that need attention shows.
        SyncStatus status;
        status.needsAttention = 2;
        window->showSyncStatus(status);
        return shown(window);
    }

    // A business start-up bundle: six items' fields (text, choices, yes/no,
    // dates) and their materials, with what is read off the documents.
    QWidget *openIntake()
    {
        auto *window = new IntakeWindow(newSession(), catalogue());
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        keep(std::unique_ptr<QWidget>(window));
        window->setToday(QDate(2026, 11, 27));
        window->setSupervisorSignIn(m_signIn.get());
        if (!window->chooseItem(u"bundle.business-startup"_s))
            return nullptr;
        if (!shown(window))
            return nullptr;
        // The review runs a moment after a change and shows the override box
        // for the blocking findings: walked before it has run, a slow build
        // (the sanitizers) met the box appearing behind the focus.
        const auto *review = window->findChild<QTimer *>(u"reviewTimer"_s);
        if (!review || !QTest::qWaitFor([review] { return !review->isActive(); }, 5000))
            return nullptr;
        QCoreApplication::processEvents();
        return window;
    }

    QWidget *openIntakeInLargeText()
    {
        m_display->apply({true, true});
        return openIntake();
    }

    // Walked page by page to the review, so that every question is built.
    QWidget *openSimplifiedIntake()
    {
        auto session = newSession();
        if (!session->chooseForm(u"yb.reimbursement"_s))
            return nullptr;
        auto *window = new SimplifiedIntakeWindow(std::move(session), catalogue());
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        keep(std::unique_ptr<QWidget>(window));
        window->setToday(QDate(2026, 11, 27));
        if (!shown(window))
            return nullptr;
        while (window->currentPage() + 1 < window->pageCount()) {
            if (!window->next())
                return nullptr;
        }
        return window;
    }

    QWidget *openCaseDetail()
    {
        auto *dialog = keep(std::make_unique<CaseDetailDialog>(*m_services, vault().documentStore(), m_hall.id('B')));
        dialog->setToday(hallToday);
        return shown(dialog);
    }

    QWidget *openConflicts() { return shown(keep(std::make_unique<ConflictsDialog>(*m_services))); }

    QWidget *openDrafts()
    {
        // One unfinished intake to resume or discard.
        auto session = newSession();
        if (!session->saveDraft())
            return nullptr;
        return shown(keep(std::make_unique<DraftsDialog>(vault().draftStore(), catalogue(), u"staff.li"_s)));
    }

    QWidget *openSupervisorDesk() { return shown(keep(std::make_unique<SupervisorDesk>(*m_services, deskServices()))); }

    // In large text the two charts sit in tabs of their own.
    QWidget *openSupervisorDeskInLargeText()
    {
        m_display->apply({true, false});
        return openSupervisorDesk();
    }

    ReasonDialog *openReasonDialog(int page, void (SupervisorDesk::*action)())
    {
        auto *desk = static_cast<SupervisorDesk *>(openSupervisorDesk());
        if (!desk)
            return nullptr;
        selectFirstRow(desk, page);
        (desk->*action)();
        return desk->openDialog();
    }

    // Two editable choices (whom to, which counter) and the reason.
    QWidget *openReassignDialog() { return openReasonDialog(0, &SupervisorDesk::reassignCurrent); }
    QWidget *openSecondCheckDialog() { return openReasonDialog(1, &SupervisorDesk::secondCheckCurrent); }
    QWidget *openFollowUpDialog() { return openReasonDialog(3, &SupervisorDesk::closeCurrentFollowUp); }

    QWidget *openCitizenScreen()
    {
        auto *screen = keep(std::make_unique<CitizenScreen>());
        CitizenScreenContent content;
        content.stage = CitizenScreenContent::Stage::Accepted;
        content.itemName = u"Housing provident fund withdrawal"_s;
        content.applicantName = u"王**"_s;
        content.received = {u"ID card"_s};
        content.promisedDate = QDate(2026, 12, 2);
        content.promisedWorkingDays = 3;
        content.receiptNumber = u"TH-2026-W01-000501"_s;
        content.caseId = m_hall.id('C');
        screen->showContent(content);
        screen->askForRating();
        return shown(screen);
    }

    QWidget *openSignIn() { return openSignInAs(SignInDialog::Mode::Start); }
    QWidget *openSupervisorSignIn() { return openSignInAs(SignInDialog::Mode::Supervisor); }

    QWidget *openSignInAs(SignInDialog::Mode mode)
    {
        return shown(keep(std::make_unique<SignInDialog>(*m_signIn, mode)));
    }

    QWidget *openPassphraseToCreate()
    {
        return shown(keep(std::make_unique<PassphraseDialog>(PassphraseDialog::Mode::Create)));
    }

    QWidget *openPassphraseToUnlock()
    {
        return shown(keep(std::make_unique<PassphraseDialog>(PassphraseDialog::Mode::Unlock)));
    }

    // A window covered by the lock: the cover takes the focus.
    QWidget *openLockedWindow()
    {
        auto *window = keep(std::make_unique<QWidget>());
        window->setObjectName(u"lockedWindow"_s);
        if (!shown(window))
            return nullptr;
        keep(std::make_unique<ScreenLock>(*m_session, *m_signIn))->lock(u"manual"_s);
        return window;
    }

    QWidget *openUnlockDialog()
    {
        auto *lock = keep(std::make_unique<ScreenLock>(*m_session, *m_signIn));
        lock->lock(u"manual"_s);
        return lock->unlockDialog();
    }

    QWidget *openDocumentViewer()
    {
        auto *viewer = keep(std::make_unique<DocumentViewer>());
        if (!viewer->setDocument(sample(u"two-pages.pdf"_s), u"application/pdf"_s, u"two-pages.pdf"_s))
            return nullptr;
        return shown(viewer);
    }

    // A material's document in a window of its own (intake, case detail).
    QWidget *openDocumentDialog()
    {
        auto *dialog = keep(std::make_unique<DocumentDialog>());
        if (!dialog->setDocument(sample(u"sample.png"_s), u"image/png"_s, u"sample.png"_s))
            return nullptr;
        return shown(dialog);
    }

    QWidget *openReceiptDialog()
    {
        AcceptanceReceipt receipt;
        receipt.receiptNumber = u"TH-2026-W01-000501"_s;
        receipt.formName = {u"住房公积金提取"_s, u"Housing provident fund withdrawal"_s};
        return shown(keep(receiptDialog(receipt, nullptr)));
    }

    QWidget *openNoticeDialog()
    {
        CorrectionNotice notice;
        notice.noticeNumber = u"TH-2026-W01-N000001"_s;
        notice.applicantName = u"王样例"_s;
        notice.formName = {u"医疗费用报销"_s, u"Medical expense reimbursement"_s};
        return shown(keep(correctionNoticeDialog(notice, nullptr)));
    }

    QWidget *openAbout()
    {
        return shown(
            keep(std::make_unique<AboutDialog>(EngineVersions{u"1.0"_s, u"6.4.2"_s, u"3.4.1"_s, u"3.15.2"_s})));
    }

    // Every window and dialog a user can reach. (There is no settings
    // dialog: the display modes and the language are the View menu's.)
    static constexpr std::pair<const char *, Opener> windows[] = {
        {"main window", &TestAccessibility::openMainWindow},
        {"intake", &TestAccessibility::openIntake},
        {"intake in large text", &TestAccessibility::openIntakeInLargeText},
        {"simplified intake", &TestAccessibility::openSimplifiedIntake},
        {"case detail", &TestAccessibility::openCaseDetail},
        {"conflicts", &TestAccessibility::openConflicts},
        {"drafts", &TestAccessibility::openDrafts},
        {"supervisor desk", &TestAccessibility::openSupervisorDesk},
        {"supervisor desk in large text", &TestAccessibility::openSupervisorDeskInLargeText},
        {"reason: reassign", &TestAccessibility::openReassignDialog},
        {"reason: second check", &TestAccessibility::openSecondCheckDialog},
        {"reason: follow-up", &TestAccessibility::openFollowUpDialog},
        {"citizen screen with the rating pad", &TestAccessibility::openCitizenScreen},
        {"sign in", &TestAccessibility::openSignIn},
        {"supervisor sign-in", &TestAccessibility::openSupervisorSignIn},
        {"passphrase: create", &TestAccessibility::openPassphraseToCreate},
        {"passphrase: unlock", &TestAccessibility::openPassphraseToUnlock},
        {"screen lock: covered window", &TestAccessibility::openLockedWindow},
        {"screen lock: unlock dialog", &TestAccessibility::openUnlockDialog},
        {"document viewer", &TestAccessibility::openDocumentViewer},
        {"document dialog", &TestAccessibility::openDocumentDialog},
        {"receipt", &TestAccessibility::openReceiptDialog},
        {"correction notice", &TestAccessibility::openNoticeDialog},
        {"about", &TestAccessibility::openAbout},
    };

    std::unique_ptr<TestWorkstation> m_workstation;
    SeededHall m_hall;
    ManualClock m_clock;
    std::unique_ptr<WorkstationServices> m_services;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CounterDisplay> m_display;
    std::vector<std::unique_ptr<QObject>> m_opened;
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
