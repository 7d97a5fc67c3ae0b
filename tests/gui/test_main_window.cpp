// The counter's main window over a real encrypted vault: the case list,
// search as the clerk types, the filters (scope, state, item, deadline, the
// days taken in), sorting only by what the vault can sort, deadline words
// and colours, sync status and the changes that need attention, About,
// language.
#include "LargeTextCheck.h"
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "common/Localization.h"
#include "domain/SyntheticCases.h"
#include "domain/calendar/Deadline.h"
#include "keys/PassphraseKeyStore.h"
#include "models/CaseListModel.h"
#include "storage/Vault.h"
#include "theme/CounterDisplay.h"
#include "widgets/SyncStatusWidget.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

// The day a moment falls on in Beijing (UTC+8): the hall's day.
QDate hallDate(const QDateTime &moment)
{
    return moment.toUTC().addSecs(8 * 3600).date();
}

bool isOpen(CaseState state)
{
    return state == CaseState::Accepted || state == CaseState::InProgress;
}

// A Monday in an ordinary week (no holiday near), and open cases due around it.
const QDate monday(2026, 11, 23);
const QList<QDate> pinnedDueDates{monday.addDays(-3), monday, monday.addDays(1), monday.addDays(2)};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Profile profile(m_dir.path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("main window tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        SyntheticCases synthetic(11);
        QList<NewCase> batch;
        for (int i = 0; i < 450; ++i) {
            NewCase entry = synthetic.next();
            entry.caseRecord.staffId = i % 3 == 0 ? u"staff.li"_s : u"staff.wang"_s;
            entry.caseRecord.counterId = i % 2 == 0 ? u"W01"_s : u"W02"_s;
            batch.append(entry);
        }
        m_known = *std::find_if(batch.cbegin(), batch.cend(),
                                [](const NewCase &entry) { return !entry.caseRecord.receiptNumber.isEmpty(); });
        // Open cases due on the Friday before a Monday, on the Monday, the
        // Tuesday (the next working day) and the Wednesday (two working
        // days ahead, though within three calendar days).
        for (int i = int(batch.size()) - 1, pinned = 0; i >= 0 && pinned < pinnedDueDates.size(); --i) {
            if (isOpen(batch[i].caseRecord.state) && batch[i].caseRecord.dueDate.isValid()) {
                batch[i].caseRecord.dueDate = pinnedDueDates.at(pinned++);
                m_pinned << batch[i].caseRecord.id;
            }
        }
        QCOMPARE(m_pinned.size(), pinnedDueDates.size());
        QVERIFY(m_vault->caseStore().insertNew(batch, u"test"_s));
        m_cases = batch;
        auto catalogue = CatalogueLoader::bundled();
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(catalogue && calendar);
        m_services = std::make_unique<WorkstationServices>(WorkstationServices{
            *catalogue, *calendar, m_vault->caseQuery(), m_vault->caseStore(), m_vault->syncStore(),
            SignedInUser{u"staff.li"_s, u"李样例"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, {}, u"W01"_s}, true});
    }

    void theModelKeepsQtsContract()
    {
        CaseListModel model(m_vault->caseQuery(), &m_services->catalogue, &m_services->calendar);
        model.setFilter(CaseFilter{});
        // Qt 6.4's tester runs its checks (fetchMore included) from its
        // modelReset slot before it records the reset as finished, so it is
        // attached after the first reset; every page fetched is checked.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
    }

    void theListPagesThroughTheHall()
    {
        MainWindow window(*m_services, {});
        CaseListModel *model = window.caseModel();
        auto *scope = window.findChild<QComboBox *>(u"caseScope"_s);
        scope->setCurrentIndex(scope->findData(int(CaseFilter::Scope::Hall)));
        scope->activated(scope->currentIndex());
        QVERIFY(model->rowCount() >= CaseListModel::pageSize);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 450);
        // Newest change first, each once.
        QSet<QString> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.insert(model->index(row, 0).data(CaseListModel::CaseIdRole).toString());
        QCOMPARE(ids.size(), 450);
    }

    void scopeAndStateFilter()
    {
        MainWindow window(*m_services, {});
        CaseListModel *model = window.caseModel();
        auto *scope = window.findChild<QComboBox *>(u"caseScope"_s);
        scope->setCurrentIndex(scope->findData(int(CaseFilter::Scope::Mine)));
        scope->activated(scope->currentIndex());
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 150);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, CaseListModel::Staff).data().toString(), u"staff.li"_s);
        auto *state = window.findChild<QComboBox *>(u"caseStateFilter"_s);
        state->setCurrentIndex(state->findData(int(CaseState::Accepted)));
        state->activated(state->currentIndex());
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, CaseListModel::State).data().toString(), u"Accepted"_s);
    }

    void searchFindsByReceiptNameAndIdDigits_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addRow("receipt prefix") << m_known.caseRecord.receiptNumber.left(22);
        QTest::addRow("last four ID digits") << m_known.applicant.idNumber.right(4);
        QTest::addRow("applicant name") << m_known.applicant.name;
    }

    void searchFindsByReceiptNameAndIdDigits()
    {
        QFETCH(QString, typed);
        MainWindow window(*m_services, {});
        window.show();
        auto *scope = window.findChild<QComboBox *>(u"caseScope"_s);
        scope->setCurrentIndex(scope->findData(int(CaseFilter::Scope::Hall)));
        scope->activated(scope->currentIndex());
        auto *search = window.findChild<QLineEdit *>(u"caseSearch"_s);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        search->insert(typed); // as an input method commits Chinese text
        QTest::keyClick(search, Qt::Key_Return);
        CaseListModel *model = window.caseModel();
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row)
            found = found || model->index(row, 0).data(CaseListModel::CaseIdRole).toString() == m_known.caseRecord.id;
        QVERIFY2(found, qPrintable(typed));
        QVERIFY(model->rowCount() < 450);
        // Names are masked in the list.
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(
                !model->index(row, CaseListModel::Applicant).data().toString().contains(m_known.applicant.idNumber));
    }

    // A receipt-number search lists newest receipt first, and the header's
    // sort indicator says so, whatever order was chosen from the header; the
    // chosen order comes back when the search is cleared.
    void theSortIndicatorFollowsAReceiptNumberSearch()
    {
        MainWindow window(*m_services, {});
        window.show();
        CaseListModel *model = window.caseModel();
        QHeaderView *header = window.findChild<QTableView *>(u"caseTable"_s)->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::Updated));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(model->filter().sort, CaseFilter::Sort::Automatic);
        auto *scope = window.findChild<QComboBox *>(u"caseScope"_s);
        scope->setCurrentIndex(scope->findData(int(CaseFilter::Scope::Hall)));
        scope->activated(scope->currentIndex());

        auto *search = window.findChild<QLineEdit *>(u"caseSearch"_s);
        search->insert(m_known.caseRecord.receiptNumber.left(16));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::Receipt));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(model->rowCount() > 1);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, CaseListModel::Receipt).data().toString()
                    > model->index(row, CaseListModel::Receipt).data().toString());

        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::Updated));
        QCOMPARE(model->filter().sort, CaseFilter::Sort::Automatic);

        // Chosen: soonest due first. The receipt search still lists by
        // receipt number, and clearing it brings the chosen order back.
        auto *table = window.findChild<QTableView *>(u"caseTable"_s);
        table->sortByColumn(CaseListModel::Deadline, Qt::AscendingOrder);
        QCOMPARE(model->filter().sort, CaseFilter::Sort::Due);
        search->insert(m_known.caseRecord.receiptNumber.left(16));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::Receipt));
        QCOMPARE(model->sortColumn(), int(CaseListModel::Receipt));
        QVERIFY(model->rowCount() > 1);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, CaseListModel::Receipt).data().toString()
                    < model->index(row, CaseListModel::Receipt).data().toString());
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::Deadline));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(model->filter().sort, CaseFilter::Sort::Due);
    }

    void theItemFilterShowsOneServiceItem()
    {
        MainWindow window(*m_services, {});
        window.show();
        showWholeHall(window);
        // The item most cases are of.
        QHash<QString, int> counts;
        for (const NewCase &entry : std::as_const(m_cases))
            ++counts[entry.caseRecord.itemCode];
        const QString item = std::max_element(counts.cbegin(), counts.cend()).key();
        auto *box = window.findChild<QComboBox *>(u"caseItemFilter"_s);
        QVERIFY(box->findData(item) > 0);
        box->setCurrentIndex(box->findData(item));
        box->activated(box->currentIndex());
        QCOMPARE(listed(window), expectedIds([&](const NewCase &entry) { return entry.caseRecord.itemCode == item; }));
        QVERIFY(listed(window).size() < 450);

        box->setCurrentIndex(0);
        box->activated(0);
        QCOMPARE(listed(window).size(), 450);
    }

    // "Due soon" is what the list says and colours at risk, on working days:
    // due today or on the next working day. The filter lists exactly the
    // open cases coloured at risk or overdue, chosen by keyboard.
    void theDeadlineFilterListsWhatIsColouredAtRiskOrOverdue()
    {
        MainWindow window(*m_services, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.setToday(monday);
        showWholeHall(window);
        auto *box = window.findChild<QComboBox *>(u"caseDeadlineFilter"_s);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down); // due soon or overdue
        const QSet<QString> soon = listed(window);
        QCOMPARE(soon, expectedIds([&](const NewCase &entry) {
                     const auto status = statusOn(entry, monday);
                     return status == DeadlineStatus::AtRisk || status == DeadlineStatus::Overdue;
                 }));
        QVERIFY(soon.contains(m_pinned.at(0))); // overdue since Friday
        QVERIFY(soon.contains(m_pinned.at(1))); // due today
        QVERIFY(soon.contains(m_pinned.at(2))); // due on the next working day
        QVERIFY(!soon.contains(m_pinned.at(3))); // two working days left
        CaseListModel *model = window.caseModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto status = CaseListModel::DeadlineStatus(
                model->index(row, CaseListModel::Deadline).data(CaseListModel::DeadlineStatusRole).toInt());
            QVERIFY(status == CaseListModel::DeadlineStatus::AtRisk
                    || status == CaseListModel::DeadlineStatus::Overdue);
        }

        QTest::keyClick(box, Qt::Key_Down); // overdue
        const QSet<QString> overdue = listed(window);
        QCOMPARE(overdue,
                 expectedIds([&](const NewCase &entry) { return statusOn(entry, monday) == DeadlineStatus::Overdue; }));
        QVERIFY(overdue.contains(m_pinned.at(0)));
        QVERIFY(!overdue.contains(m_pinned.at(1)));
        QVERIFY(!overdue.isEmpty() && overdue.size() < soon.size());
    }

    // The Deadline column in words and colours: at risk (due today or on
    // the next working day), overdue, on track.
    void atRiskAndOverdueAreColouredAndSaid()
    {
        CaseListModel model(m_vault->caseQuery(), &m_services->catalogue, &m_services->calendar);
        model.setToday(monday);
        model.setFilter(CaseFilter{});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QHash<QString, QModelIndex> byId;
        for (int row = 0; row < model.rowCount(); ++row)
            byId.insert(model.index(row, 0).data(CaseListModel::CaseIdRole).toString(),
                        model.index(row, CaseListModel::Deadline));
        const QLocale locale;
        const auto shows = [&](int pinned, CaseListModel::DeadlineStatus status, const QString &words,
                               const QVariant &background) {
            const QModelIndex cell = byId.value(m_pinned.at(pinned));
            QVERIFY(cell.isValid());
            QCOMPARE(CaseListModel::DeadlineStatus(cell.data(CaseListModel::DeadlineStatusRole).toInt()), status);
            QVERIFY2(cell.data().toString().startsWith(words), qPrintable(cell.data().toString()));
            QCOMPARE(cell.data(Qt::BackgroundRole), background);
        };
        const auto date = [&](int pinned) {
            return locale.toString(pinnedDueDates.at(pinned), QLocale::ShortFormat);
        };
        const QVariant pink = QBrush(QColor(0xf8, 0xd7, 0xda));
        const QVariant amber = QBrush(QColor(0xff, 0xf3, 0xcd));
        shows(0, CaseListModel::DeadlineStatus::Overdue, u"Overdue since %1"_s.arg(date(0)), pink);
        shows(1, CaseListModel::DeadlineStatus::AtRisk, u"Due soon (%1)"_s.arg(date(1)), amber);
        shows(2, CaseListModel::DeadlineStatus::AtRisk, u"Due soon (%1)"_s.arg(date(2)), amber);
        shows(3, CaseListModel::DeadlineStatus::OnTrack, u"2 working day"_s, QVariant());
        QVERIFY(byId.value(m_pinned.at(1)).data(Qt::ForegroundRole).isValid());
        // Due soon until the last day at risk, the next working day.
        QCOMPARE(model.atRiskUntil(), monday.addDays(1));
        model.setToday(QDate(2026, 11, 27)); // a Friday: Saturday and Sunday are no working days
        QCOMPARE(model.atRiskUntil(), QDate(2026, 11, 30));
    }

    // The days taken in, by keyboard: a period up to today, or two dates
    // chosen (either way round); days in Beijing time.
    void theTakenInFilterShowsTheCasesOfItsDays()
    {
        MainWindow window(*m_services, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QDate today = hallDate(QDateTime::currentDateTimeUtc());
        window.setToday(today);
        showWholeHall(window);
        auto *box = window.findChild<QComboBox *>(u"caseCreatedFilter"_s);
        QVERIFY(!box->accessibleName().isEmpty());
        auto *dates = window.findChild<QWidget *>(u"caseCreatedDates"_s);
        auto *from = window.findChild<QDateEdit *>(u"caseCreatedFrom"_s);
        auto *to = window.findChild<QDateEdit *>(u"caseCreatedTo"_s);
        QVERIFY(!from->accessibleName().isEmpty() && !to->accessibleName().isEmpty());
        QVERIFY(dates->isHidden());
        const auto takenIn = [&](QDate first, QDate last) {
            return expectedIds([&](const NewCase &entry) {
                const QDate day = hallDate(entry.caseRecord.createdUtc);
                return day >= first && day <= last;
            });
        };
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down); // today
        QCOMPARE(listed(window), takenIn(today, today));
        QTest::keyClick(box, Qt::Key_Down); // the last 7 days
        const QSet<QString> week = listed(window);
        QCOMPARE(week, takenIn(today.addDays(-6), today));
        QVERIFY(!week.isEmpty() && week.size() < 450);
        QTest::keyClick(box, Qt::Key_Down); // this month
        QCOMPARE(listed(window), takenIn(QDate(today.year(), today.month(), 1), today));

        // Choosing dates starts from the days shown and takes the focus there.
        QTest::keyClick(box, Qt::Key_End);
        QVERIFY(!dates->isHidden());
        QTRY_VERIFY(from->hasFocus());
        QCOMPARE(from->date(), QDate(today.year(), today.month(), 1));
        QCOMPARE(to->date(), today);
        from->setDate(today.addDays(-40));
        to->setDate(today.addDays(-30));
        const QSet<QString> chosen = takenIn(today.addDays(-40), today.addDays(-30));
        QVERIFY(!chosen.isEmpty());
        QTRY_COMPARE(listed(window), chosen);
        QVERIFY(!chosen.intersects(week));
        // Either way round.
        from->setDate(today.addDays(-30));
        to->setDate(today.addDays(-40));
        QTRY_COMPARE(window.caseModel()->filter().createdFrom, today.addDays(-40));
        QCOMPARE(listed(window), takenIn(today.addDays(-40), today.addDays(-30)));

        QTest::keyClick(box, Qt::Key_Home); // any time
        QVERIFY(dates->isHidden());
        QCOMPARE(listed(window).size(), 450);
    }

    // With the dates chosen, every filter fits a 1366×768 screen, in the
    // standard display and in large text with high contrast (the widest).
    void theChosenDatesFitA1366By768Screen()
    {
        const auto choosingDates = [this](MainWindow &window) {
            window.setGeometry(0, 0, 1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *box = window.findChild<QComboBox *>(u"caseCreatedFilter"_s);
            box->setCurrentIndex(box->count() - 1);
            box->activated(box->currentIndex());
            settle(window);
            QVERIFY(window.findChild<QWidget *>(u"caseCreatedDates"_s)->isVisible());
        };
        {
            MainWindow standard(*m_services, {});
            choosingDates(standard);
            QVERIFY2(standard.minimumSizeHint().width() <= 1366,
                     qPrintable(QString::number(standard.minimumSizeHint().width())));
        }
        CounterDisplay display;
        display.apply({true, true});
        QStringList problems;
        {
            MainWindow large(*m_services, {});
            choosingDates(large);
            problems = largeTextProblems(&large);
        }
        display.apply({});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(u'\n')));
    }

    // Sorting happens in the vault, by last change, deadline or receipt
    // number: a click on another column's header changes neither the rows
    // nor the arrow, which stays where the rows' order is.
    void aColumnTheVaultCannotSortByIsRefused()
    {
        MainWindow window(*m_services, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        showWholeHall(window);
        auto *table = window.findChild<QTableView *>(u"caseTable"_s);
        QHeaderView *header = table->horizontalHeader();
        CaseListModel *model = window.caseModel();
        const QStringList before = idsInOrder(*model);

        table->sortByColumn(CaseListModel::Applicant, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::Updated));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(idsInOrder(*model), before);

        const auto click = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
        };
        click(CaseListModel::State);
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::Updated));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(idsInOrder(*model), before);
        QCOMPARE(model->filter().sort, CaseFilter::Sort::Automatic);

        // A column the vault sorts by takes the click, and then keeps the
        // arrow when another is refused.
        click(CaseListModel::Deadline);
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::Deadline));
        QCOMPARE(model->sortColumn(), int(CaseListModel::Deadline));
        const QStringList byDeadline = idsInOrder(*model);
        QVERIFY(byDeadline != before);
        const Qt::SortOrder order = header->sortIndicatorOrder();
        click(CaseListModel::Item);
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::Deadline));
        QCOMPARE(header->sortIndicatorOrder(), order);
        QCOMPARE(idsInOrder(*model), byDeadline);
    }

    void deadlinesAreSaidInWords()
    {
        CaseListModel model(m_vault->caseQuery(), &m_services->catalogue, &m_services->calendar);
        CaseFilter filter;
        filter.states = {CaseState::Accepted, CaseState::InProgress};
        model.setFilter(filter);
        // Synthetic due dates are 20 days after creation (up to 90 days ago):
        // far in the future for most, long past for some.
        model.setToday(QDate(2026, 11, 28));
        QVERIFY(model.rowCount() > 0);
        int overdue = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, CaseListModel::Deadline);
            const auto status = CaseListModel::DeadlineStatus(index.data(CaseListModel::DeadlineStatusRole).toInt());
            if (status == CaseListModel::DeadlineStatus::Overdue) {
                ++overdue;
                QVERIFY(index.data().toString().startsWith(u"Overdue"_s)); // not colour alone
                QVERIFY(index.data(Qt::BackgroundRole).isValid());
            }
        }
        QVERIFY(overdue > 0);
    }

    void statusBarTellsSyncState_data()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime thisMorning(QDate::currentDate(), QTime(8, 5));
        const QDateTime daysAgo = now.toLocalTime().addDays(-3);
        QTest::addColumn<int>("state");
        QTest::addColumn<QDateTime>("lastSync");
        QTest::addColumn<int>("pending");
        QTest::addColumn<int>("attention");
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("lastSyncText");
        QTest::addColumn<QString>("attentionText");
        QTest::addRow("offline, never synced") << int(SyncStatus::State::Offline) << QDateTime() << 12 << 2
                                               << u"Offline"_s << QString() << u"Needs attention: 2"_s;
        QTest::addRow("online, synced this morning")
            << int(SyncStatus::State::Idle) << thisMorning.toUTC() << 0 << 0 << u"Online"_s
            << u"Last sync %1"_s.arg(QLocale().toString(QTime(8, 5), QLocale::ShortFormat)) << QString();
        QTest::addRow("offline, synced days ago")
            << int(SyncStatus::State::Offline) << daysAgo.toUTC() << 3 << 1 << u"Offline"_s
            << u"Last sync %1"_s.arg(QLocale().toString(daysAgo, QLocale::ShortFormat)) << u"Needs attention: 1"_s;
        QTest::addRow("sign in again") << int(SyncStatus::State::LoginRequired) << now << 5 << 7 << u"Sign in again"_s
                                       << u"Last sync %1"_s.arg(
                                              QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat))
                                       << u"Needs attention: 7"_s;
    }

    void statusBarTellsSyncState()
    {
        QFETCH(int, state);
        QFETCH(QDateTime, lastSync);
        QFETCH(int, pending);
        QFETCH(int, attention);
        QFETCH(QString, connection);
        QFETCH(QString, lastSyncText);
        QFETCH(QString, attentionText);
        MainWindow window(*m_services, {});
        SyncStatus status;
        status.state = SyncStatus::State(state);
        status.lastSuccessUtc = lastSync;
        status.pendingOps = pending;
        status.needsAttention = attention;
        window.showSyncStatus(status);
        auto *widget = window.findChild<SyncStatusWidget *>();
        QVERIFY(widget->findChild<QLabel *>(u"syncConnection"_s)->text().contains(connection));
        QVERIFY(widget->findChild<QLabel *>(u"syncPending"_s)->text().startsWith(QString::number(pending)));
        QCOMPARE(widget->findChild<QLabel *>(u"syncLast"_s)->text(), lastSyncText);
        auto *button = widget->findChild<QToolButton *>(u"syncAttention"_s);
        QCOMPARE(button->isHidden(), attention == 0);
        if (attention == 0)
            return;
        QCOMPARE(button->text(), attentionText);
        // The button names the keys that open the same list.
        QVERIFY(button->toolTip().contains(window.attentionAction()->shortcut().toString(QKeySequence::NativeText)));
        QSignalSpy requested(&window, &MainWindow::attentionRequested);
        button->click();
        QCOMPARE(requested.size(), 1);
    }

    // The changes that need attention open from the Cases menu and by their
    // keys too, wherever the focus is, as from the status bar's count.
    void needsAttentionIsInTheMenuAndOnTheKeyboard()
    {
        MainWindow window(*m_services, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction *action = window.attentionAction();
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(action));
        QVERIFY(action->text().contains(u"attention"_s));
        QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));

        QSignalSpy requested(&window, &MainWindow::attentionRequested);
        auto *search = window.findChild<QLineEdit *>(u"caseSearch"_s);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(requested.size(), 1);
        auto *table = window.findChild<QTableView *>(u"caseTable"_s);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(requested.size(), 2);
        QVERIFY(search->text().isEmpty()); // the keys typed nothing
    }

    void trainingBannerAndAbout()
    {
        MainWindow window(*m_services, {u"0.1.0"_s, QString::fromLatin1(qVersion()), u"3.4.1"_s, u"3.15.2"_s});
        window.show();
        QVERIFY(window.findChild<QLabel *>(u"trainingBanner"_s)->isVisible());
        QVERIFY(window.windowTitle().contains(u"TRAINING"_s));
        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shown = dialog->findChild<QLabel *>(u"aboutText"_s)->text();
            dialog->reject();
        });
        window.aboutAction()->trigger();
        QVERIFY(shown.contains(u"CaseDesk 0.1.0"_s));
        QVERIFY(shown.contains(u"SQLCipher</td><td>3.4.1"_s));
        QVERIFY(!window.newIntakeAction()->toolTip().isEmpty());
        QVERIFY(window.newIntakeAction()->toolTip().contains(u"Ctrl+N"_s));
    }

    void switchesToChineseWithoutARestart()
    {
        Localization localization;
        MainWindow window(*m_services, {}, &localization);
        QVERIFY(localization.install(QLocale(QLocale::Chinese, QLocale::China)));
        QTRY_VERIFY(window.aboutAction()->text().contains(u"关于"_s)); // LanguageChange is posted
        QTRY_VERIFY(window.caseModel()->headerData(0, Qt::Horizontal).toString().contains(u"受理"_s));
        QVERIFY(localization.install(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTRY_COMPARE(window.aboutAction()->text(), u"&About CaseDesk"_s);
    }

    void theLanguageChosenInTheMenuIsKeptForTheNextStart()
    {
        // Settings in the test's own folder, not the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        Localization localization;
        localization.install(QLocale(QLocale::English, QLocale::UnitedStates));
        MainWindow window(*m_services, {}, &localization);
        window.findChild<QAction *>(u"chineseAction"_s)->trigger();
        QCOMPARE(localization.current().language(), QLocale::Chinese);
        QCOMPARE(QLocale().language(), QLocale::Chinese); // item names and dates follow
        QCOMPARE(Localization::preferredLocale().language(), QLocale::Chinese);
        window.findChild<QAction *>(u"englishAction"_s)->trigger();
        QCOMPARE(Localization::preferredLocale().language(), QLocale::English);
        QCOMPARE(QLocale().language(), QLocale::English);
    }

private:
    // Lets the layouts take in a new font, as they would between two keystrokes.
    static void settle(QWidget &window)
    {
        for (int round = 0; round < 5; ++round) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            window.layout()->activate();
        }
    }

    static void showWholeHall(MainWindow &window)
    {
        auto *scope = window.findChild<QComboBox *>(u"caseScope"_s);
        scope->setCurrentIndex(scope->findData(int(CaseFilter::Scope::Hall)));
        scope->activated(scope->currentIndex());
    }

    // Every case the window lists, every page read.
    static QSet<QString> listed(MainWindow &window)
    {
        const QStringList ids = idsInOrder(*window.caseModel());
        return QSet<QString>(ids.cbegin(), ids.cend());
    }

    static QStringList idsInOrder(CaseListModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(CaseListModel::CaseIdRole).toString();
        return ids;
    }

    template<typename Selects>
    QSet<QString> expectedIds(Selects selects) const
    {
        QSet<QString> ids;
        for (const NewCase &entry : std::as_const(m_cases)) {
            if (selects(entry))
                ids.insert(entry.caseRecord.id);
        }
        return ids;
    }

    // An open case's deadline status on a day, as core counts it; none for
    // the others.
    std::optional<DeadlineStatus> statusOn(const NewCase &entry, QDate today) const
    {
        if (!isOpen(entry.caseRecord.state) || !entry.caseRecord.dueDate.isValid())
            return std::nullopt;
        auto status = Deadline{QDate(), 0, entry.caseRecord.dueDate}.status(m_services->calendar, today);
        return status ? std::optional(*status) : std::nullopt;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<WorkstationServices> m_services;
    NewCase m_known;
    QList<NewCase> m_cases;
    // Open cases due on pinnedDueDates, in that order.
    QStringList m_pinned;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
