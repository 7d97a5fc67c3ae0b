// The case list model over a real encrypted vault: Qt's model contract page
// after page, a filter whose matches lie beyond a read's walk budget
// filling in by itself while the event loop (the keyboard) keeps running, a
// receipt-number search listed newest receipt first (and the sort indicator
// told), a sort by a column without an index refused, and applicants' names
// masked for persons only.
#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "models/CaseListModel.h"
#include "security/Masking.h"
#include "storage/Vault.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QSignalSpy>
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
        m_cases = batch;
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

    // Receipt numbers carry the date: a search only they answer lists newest
    // receipt first, every page fetched after the first goes on in that
    // order, and the view's sort indicator is told. A sort the user chose
    // from the header stays chosen.
    void aReceiptNumberSearchListsNewestReceiptFirst()
    {
        CaseListModel model(m_vault->caseQuery(), nullptr, m_calendar.get());
        model.setWalkBudget(7);
        QSignalSpy shown(&model, &CaseListModel::sortShown);
        model.setFilter(CaseFilter{});
        // The view repeats the order it shows when sorting is switched on: no choice.
        model.sort(CaseListModel::Updated, Qt::DescendingOrder);
        QCOMPARE(shown.size(), 0);
        QCOMPARE(model.filter().sort, CaseFilter::Sort::Automatic);

        CaseFilter search;
        search.search = u"training-hall-"_s;
        model.setFilter(search);
        QCOMPARE(model.sortColumn(), int(CaseListModel::Receipt));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.last().at(0).toInt(), int(CaseListModel::Receipt));
        QCOMPARE(shown.last().at(1).value<Qt::SortOrder>(), Qt::DescendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList expected;
        for (const NewCase &entry : std::as_const(m_cases)) {
            if (!entry.caseRecord.receiptNumber.isEmpty())
                expected << entry.caseRecord.receiptNumber;
        }
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(column(model, CaseListModel::Receipt), expected);

        // Cleared: newest change first again.
        search.search.clear();
        model.setFilter(search);
        QCOMPARE(model.sortColumn(), int(CaseListModel::Updated));
        QCOMPARE(shown.size(), 2);

        // Chosen from the header: the receipt search is still by receipt
        // number, and the chosen order is back once it is cleared.
        model.sort(CaseListModel::Updated, Qt::AscendingOrder);
        model.sort(CaseListModel::Updated, Qt::DescendingOrder);
        QCOMPARE(model.filter().sort, CaseFilter::Sort::Updated);
        search = model.filter();
        search.search = u"training-hall-"_s;
        model.setFilter(search);
        QCOMPARE(model.sortColumn(), int(CaseListModel::Receipt));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(column(model, CaseListModel::Receipt), expected);
        search.search.clear();
        model.setFilter(search);
        QCOMPARE(model.sortColumn(), int(CaseListModel::Updated));
        QCOMPARE(model.filter().sort, CaseFilter::Sort::Updated);
    }

    // Only last change, deadline and receipt number have an index to sort a
    // million cases by: another column leaves the rows and their order as
    // they are, and tells the view so, that its arrow stays put.
    void aSortByAColumnWithoutAnIndexIsRefused()
    {
        CaseListModel model(m_vault->caseQuery(), nullptr, m_calendar.get());
        model.setFilter(CaseFilter{});
        model.sort(CaseListModel::Receipt, Qt::AscendingOrder);
        const QStringList before = column(model, CaseListModel::Receipt);
        QSignalSpy shown(&model, &CaseListModel::sortShown);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(CaseListModel::Applicant, Qt::DescendingOrder);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.last().at(0).toInt(), int(CaseListModel::Receipt));
        QCOMPARE(shown.last().at(1).value<Qt::SortOrder>(), Qt::AscendingOrder);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.filter().sort, CaseFilter::Sort::Receipt);
        QVERIFY(!model.filter().descending);
        QCOMPARE(column(model, CaseListModel::Receipt), before);
    }

    // A company's name is not personal data: shown whole. A person's name
    // shows the surname only. Both keep the ID number's last digits.
    // Also in the tooltip, which shows a name the column elides.
    void onlyPersonsNamesAreMasked()
    {
        CaseListModel model(m_vault->caseQuery(), nullptr, m_calendar.get());
        model.setFilter(CaseFilter{});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QHash<QString, Applicant> applicants;
        for (const NewCase &entry : std::as_const(m_cases))
            applicants.insert(entry.caseRecord.id, entry.applicant);
        int companies = 0, persons = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Applicant applicant =
                applicants.value(model.index(row, 0).data(CaseListModel::CaseIdRole).toString());
            const QString shown = model.index(row, CaseListModel::Applicant).data().toString();
            // Shown whole on hover, as masked as in the column.
            QCOMPARE(model.index(row, CaseListModel::Applicant).data(Qt::ToolTipRole).toString(), shown);
            const QString tail = u" (ID …%1)"_s.arg(applicant.idNumber.right(4));
            if (applicant.kind == Applicant::Kind::Company) {
                ++companies;
                QCOMPARE(shown, applicant.name + tail);
            } else {
                ++persons;
                QCOMPARE(shown, masking::personName(applicant.name) + tail);
                QVERIFY(!shown.contains(applicant.name));
            }
        }
        QVERIFY(companies > 0);
        QVERIFY(persons > 0);
    }

private:
    static QStringList column(const CaseListModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    }

    QTemporaryDir m_dir;
    QList<NewCase> m_cases;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<WorkingDayCalendar> m_calendar;
};

QTEST_MAIN(TestCaseListModel)
#include "test_case_list_model.moc"
