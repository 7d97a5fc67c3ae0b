// The case list model over a real encrypted vault: Qt's model contract page
// after page, and a filter whose matches lie beyond a read's walk budget
// filling in by itself while the event loop (the keyboard) keeps running.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "models/CaseListModel.h"
#include "storage/Vault.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestCaseListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Profile profile(m_dir.path());
        PassphraseKeyStore keys(profile.keyFilePath(), secret("case list model tests"));
        auto vault = Vault::create(profile, keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        // 300 cases; staff.li's 12 are the oldest, so a walk of the list in
        // order of last change meets them last.
        SyntheticCases synthetic(3);
        QList<NewCase> batch;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 300; ++i) {
            NewCase entry = synthetic.next();
            entry.caseRecord.staffId = i < 12 ? u"staff.li"_s : u"staff.wang"_s;
            entry.caseRecord.updatedUtc = now.addSecs(-(i < 12 ? 100000 : 0) - i);
            batch.append(entry);
        }
        QVERIFY(m_vault->caseStore().insertNew(batch, u"test"_s));
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(calendar);
        m_calendar = std::make_unique<WorkingDayCalendar>(*calendar);
    }

    void cleanupTestCase() { m_vault.reset(); }

    void keepsQtsContractPageAfterPage()
    {
        CaseListModel model(m_vault->caseQuery(), nullptr, m_calendar.get());
        model.setWalkBudget(7);
        model.setFilter(CaseFilter{});
        // Attached after the first reset (see test_main_window.cpp).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(CaseListModel::CaseIdRole).toString());
        QCOMPARE(ids.size(), 300);
    }

    void matchesBeyondTheWalkBudgetFillInByThemselves()
    {
        CaseListModel model(m_vault->caseQuery(), nullptr, m_calendar.get());
        model.setWalkBudget(20);
        QTableView view;
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        CaseFilter mine;
        mine.scope = CaseFilter::Scope::Mine;
        mine.staffId = u"staff.li"_s;
        model.setFilter(mine);
        // The first read walked 20 of the 288 newer cases and found none.
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        QTRY_COMPARE(model.rowCount(), 12);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, CaseListModel::Staff).data().toString(), u"staff.li"_s);
        QVERIFY(!model.canFetchMore({}));
    }

    void aNewFilterDropsTheOldOnesContinuation()
    {
        CaseListModel model(m_vault->caseQuery(), nullptr, m_calendar.get());
        model.setWalkBudget(20);
        CaseFilter mine;
        mine.scope = CaseFilter::Scope::Mine;
        mine.staffId = u"staff.li"_s;
        model.setFilter(mine);
        QCOMPARE(model.rowCount(), 0);
        CaseFilter other = mine;
        other.staffId = u"staff.wang"_s;
        model.setFilter(other);
        const int shown = model.rowCount();
        QVERIFY(shown > 0);
        QTest::qWait(50); // the first filter's continuation fires, and must do nothing
        QCOMPARE(model.rowCount(), shown);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, CaseListModel::Staff).data().toString(), u"staff.wang"_s);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<WorkingDayCalendar> m_calendar;
};

QTEST_MAIN(TestCaseListModel)
#include "test_case_list_model.moc"
