// The counter's main window over a real encrypted vault: the case list,
// search as the clerk types, deadline words, sync status, About, language.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "common/Localization.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "models/CaseListModel.h"
#include "storage/Vault.h"
#include "widgets/SyncStatusWidget.h"
#include "windows/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
        QVERIFY(m_vault->caseStore().insertNew(batch, u"test"_s));
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
    // sort indicator says so; a sort chosen from the header stays chosen.
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

        // Chosen: newest change first, as the clerk asked, receipt search or not.
        window.findChild<QTableView *>(u"caseTable"_s)->sortByColumn(CaseListModel::Receipt, Qt::AscendingOrder);
        window.findChild<QTableView *>(u"caseTable"_s)->sortByColumn(CaseListModel::Updated, Qt::DescendingOrder);
        QCOMPARE(model->filter().sort, CaseFilter::Sort::Updated);
        search->insert(m_known.caseRecord.receiptNumber.left(16));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(header->sortIndicatorSection(), int(CaseListModel::Updated));
        QCOMPARE(model->sortColumn(), int(CaseListModel::Updated));
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

    void statusBarTellsSyncState()
    {
        MainWindow window(*m_services, {});
        SyncStatus status;
        status.state = SyncStatus::State::Offline;
        status.pendingOps = 12;
        status.needsAttention = 2;
        window.showSyncStatus(status);
        auto *widget = window.findChild<SyncStatusWidget *>();
        QVERIFY(widget->findChild<QLabel *>(u"syncConnection"_s)->text().contains(u"Offline"_s));
        QVERIFY(widget->findChild<QLabel *>(u"syncPending"_s)->text().contains(u"12"_s));
        auto *attention = widget->findChild<QToolButton *>(u"syncAttention"_s);
        QVERIFY(!attention->isHidden());
        QSignalSpy requested(&window, &MainWindow::attentionRequested);
        attention->click();
        QCOMPARE(requested.size(), 1);
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
    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<WorkstationServices> m_services;
    NewCase m_known;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
