// The case list query over a real encrypted vault: every filter, search and
// sort lists exactly the cases a plain reading of the filter selects, in
// order, page after page — whether a term drives the query from its own
// index or is tested while walking the list (CaseQuery::driveLimit). A
// search only receipt numbers answer lists newest receipt first unless the
// user chose another sort. Also the applicant's name, ID tail and kind copied
// onto the case (migrations 4 and 10).
#include "TestSupport.h"
#include "domain/SyntheticCases.h"
#include "keys/Crypto.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlCipherDriver.h"
#include "storage/Vault.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

bool isOpen(CaseState state)
{
    return state == CaseState::Accepted || state == CaseState::InProgress;
}

bool isIdTail(const QString &text)
{
    return !text.isEmpty() && text.size() <= 4
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() || c == u'X'; });
}

// The order of CaseFilter::Sort::Automatic read plainly: by receipt number
// when some receipt number starts with the search and no applicant's name
// does (and it is not the last digits of an ID number).
CaseFilter::Sort sortOf(const CaseFilter &filter, const QList<NewCase> &cases)
{
    const CaseFilter::Sort chosen =
        filter.sort == CaseFilter::Sort::Automatic ? CaseFilter::Sort::Updated : filter.sort;
    if (chosen == CaseFilter::Sort::Receipt || chosen == CaseFilter::Sort::Created)
        return chosen;
    const CaseFilter::Sort otherwise =
        filter.createdFrom.isValid() || filter.createdTo.isValid() ? CaseFilter::Sort::Created : chosen;
    const QString search = filter.search.trimmed();
    if (search.isEmpty() || isIdTail(search.toUpper()))
        return otherwise;
    const bool receipts = std::any_of(cases.cbegin(), cases.cend(), [&](const NewCase &entry) {
        return !entry.caseRecord.receiptNumber.isEmpty() && entry.caseRecord.receiptNumber.startsWith(search.toUpper());
    });
    const bool names = std::any_of(cases.cbegin(), cases.cend(),
                                   [&](const NewCase &entry) { return entry.applicant.name.startsWith(search); });
    return receipts && !names ? CaseFilter::Sort::Receipt : otherwise;
}

// The day a moment falls on in Beijing (UTC+8, no daylight saving): the
// hall's day.
QDate hallDate(const QDateTime &moment)
{
    return moment.toUTC().addSecs(8 * 3600).date();
}

// The filter read plainly, case by case (its sort decided).
bool selects(const CaseFilter &filter, const NewCase &entry)
{
    const Case &c = entry.caseRecord;
    if (filter.createdFrom.isValid() && hallDate(c.createdUtc) < filter.createdFrom)
        return false;
    if (filter.createdTo.isValid() && hallDate(c.createdUtc) > filter.createdTo)
        return false;
    if (filter.scope == CaseFilter::Scope::Mine && c.staffId != filter.staffId)
        return false;
    if (filter.scope == CaseFilter::Scope::Counter && c.counterId != filter.counterId)
        return false;
    if (!filter.states.isEmpty() && !filter.states.contains(c.state))
        return false;
    if (!filter.itemCode.isEmpty() && c.itemCode != filter.itemCode)
        return false;
    if (filter.dueBy.isValid() && !(isOpen(c.state) && c.dueDate.isValid() && c.dueDate <= filter.dueBy))
        return false;
    if (filter.sort == CaseFilter::Sort::Due && !(isOpen(c.state) && c.dueDate.isValid()))
        return false;
    if (filter.sort == CaseFilter::Sort::Receipt && c.receiptNumber.isEmpty())
        return false;
    const QString search = filter.search.trimmed();
    if (search.isEmpty())
        return true;
    const QString upper = search.toUpper();
    return (!c.receiptNumber.isEmpty() && c.receiptNumber.startsWith(upper)) || entry.applicant.name.startsWith(search)
        || (isIdTail(upper) && entry.applicant.idNumber.right(4) == upper.rightJustified(4, u'0').right(4));
}

QVariant sortKey(CaseFilter::Sort sort, const Case &c)
{
    switch (sort) {
    case CaseFilter::Sort::Automatic: // decided by sortOf() before
    case CaseFilter::Sort::Updated: return c.updatedUtc.toMSecsSinceEpoch();
    case CaseFilter::Sort::Created: return c.createdUtc.toMSecsSinceEpoch();
    case CaseFilter::Sort::Due: return c.dueDate.toJulianDay();
    case CaseFilter::Sort::Receipt: return c.receiptNumber;
    }
    return {};
}

struct NamedFilter {
    const char *name;
    CaseFilter filter;
};

} // namespace

class TestCaseQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_vault = makeVault(m_dir);
        QVERIFY(m_vault);
        SyntheticCases synthetic(5);
        for (int i = 0; i < 420; ++i) {
            NewCase entry = synthetic.next();
            entry.caseRecord.staffId = i % 3 == 0 ? u"staff.li"_s : u"staff.wang"_s;
            entry.caseRecord.counterId = i % 2 == 0 ? u"W01"_s : u"W02"_s;
            // Ties on the sort key, so that pages break inside a tie.
            if (i % 4 != 0)
                entry.caseRecord.updatedUtc = m_cases.last().caseRecord.updatedUtc;
            m_cases.append(entry);
        }
        // A company whose name starts like this hall's receipt numbers, with
        // a receipt number of another hall: typing that start is no search
        // for receipt numbers alone, and in receipt order its case lies
        // outside the stretch those receipt numbers walk.
        auto withReceipt = [](const NewCase &entry) {
            return !entry.caseRecord.receiptNumber.isEmpty();
        };
        const auto first = std::find_if(m_cases.cbegin(), m_cases.cend(), withReceipt);
        QVERIFY(first != m_cases.cend());
        m_sharedPrefix = first->caseRecord.receiptNumber.left(18);
        const auto company = std::find_if(m_cases.begin() + 10, m_cases.end(), withReceipt);
        QVERIFY(company != m_cases.end());
        company->applicant.kind = Applicant::Kind::Company;
        company->applicant.name = m_sharedPrefix + u" 样例科技有限公司"_s;
        company->caseRecord.receiptNumber = u"AA-"_s + company->caseRecord.receiptNumber;
        // Four cases taken in around the start and the end of a day in
        // Beijing, long before the others: the first two on that day, though
        // the first is the day before in UTC and the fourth that day in UTC.
        const QDateTime dayStartUtc(m_boundaryDay.addDays(-1), QTime(16, 0), Qt::UTC);
        m_cases[boundaryCase + 0].caseRecord.createdUtc = dayStartUtc;
        m_cases[boundaryCase + 1].caseRecord.createdUtc = dayStartUtc.addDays(1).addMSecs(-1);
        m_cases[boundaryCase + 2].caseRecord.createdUtc = dayStartUtc.addMSecs(-1);
        m_cases[boundaryCase + 3].caseRecord.createdUtc = dayStartUtc.addDays(1);
        QVERIFY(m_vault->caseStore().insertNew(m_cases, u"test"_s));
    }

    void cleanupTestCase() { m_vault.reset(); }

    void listsWhatTheFilterSelectsPageByPage_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<int>("driveLimit");
        QTest::addColumn<int>("walkBudget");
        const QList<NamedFilter> all = filters();
        for (int i = 0; i < all.size(); ++i) {
            // Drive limit 0: every prefix and deadline is walked; a million:
            // every one drives. Walk budget 0: page() reads whole pages; 5:
            // read() stops every few entries and goes on from where it stopped.
            for (int limit : {0, CaseQuery::defaultDriveLimit, 1000000}) {
                for (int budget : {0, 5})
                    QTest::addRow("%s, drive limit %d, walk budget %d", all.at(i).name, limit, budget)
                        << i << limit << budget;
            }
        }
    }

    void listsWhatTheFilterSelectsPageByPage()
    {
        QFETCH(int, filter);
        QFETCH(int, driveLimit);
        QFETCH(int, walkBudget);
        const CaseFilter f = filters().at(filter).filter;
        CaseQuery query = m_vault->caseQuery();
        query.setDriveLimit(driveLimit);
        const QStringList expected = expectedIds(f);
        QStringList listed;
        if (walkBudget == 0) {
            std::optional<CaseRow> last;
            for (int pages = 0; pages < 200; ++pages) {
                auto page = query.page(f, 7, last);
                QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
                for (const CaseRow &row : std::as_const(*page))
                    listed << row.id;
                if (page->size() < 7)
                    break;
                last = page->last();
            }
        } else {
            std::optional<CaseCursor> next;
            int reads = 0;
            do {
                auto page = query.read(f, 7, next, walkBudget);
                QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
                QVERIFY(page->rows.size() <= 7);
                for (const CaseRow &row : std::as_const(page->rows))
                    listed << row.id;
                next = page->next;
                QVERIFY(++reads < 1000);
            } while (next);
        }
        QCOMPARE(listed, expected);
    }

    // A filter whose matches lie far down the list: a read looks at no more
    // entries than its budget, returns what it found, and says where to go on.
    void aReadStopsWithinItsWalkBudget()
    {
        CaseFilter filter;
        filter.scope = CaseFilter::Scope::Mine;
        filter.staffId = u"staff.nobody"_s;
        const CaseQuery query = m_vault->caseQuery();
        auto first = query.read(filter, 7, std::nullopt, 10);
        QVERIFY(first);
        QVERIFY(first->rows.isEmpty());
        QVERIFY(first->next);
        auto unbudgeted = query.read(filter, 7, std::nullopt, 0);
        QVERIFY(unbudgeted);
        QVERIFY(unbudgeted->rows.isEmpty());
        QVERIFY(!unbudgeted->next);
    }

    // A day taken in is the hall's day in Beijing time, whatever the PC's
    // time zone: from 00:00 to 24:00 there, 16:00 to 16:00 UTC. Whether the
    // days drive the query from the creation time's index or are tested
    // while walking the list.
    void aDayTakenInIsTheHallsDayInBeijingTime_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QList<int>>("taken");
        QTest::addRow("the day") << 0 << 0 << QList<int>{0, 1};
        QTest::addRow("the day before") << -1 << -1 << QList<int>{2};
        QTest::addRow("the day after") << 1 << 1 << QList<int>{3};
        QTest::addRow("the three days") << -1 << 1 << QList<int>{0, 1, 2, 3};
        QTest::addRow("from the day on, before the others") << 0 << 30 << QList<int>{0, 1, 3};
    }

    void aDayTakenInIsTheHallsDayInBeijingTime()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QList<int>, taken);
        QSet<QString> expected;
        for (int i : std::as_const(taken))
            expected.insert(m_cases.at(boundaryCase + i).caseRecord.id);
        CaseFilter filter;
        filter.createdFrom = m_boundaryDay.addDays(from);
        filter.createdTo = m_boundaryDay.addDays(to);
        for (int driveLimit : {0, CaseQuery::defaultDriveLimit}) {
            CaseQuery query = m_vault->caseQuery();
            query.setDriveLimit(driveLimit);
            auto page = query.page(filter, 10);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
            QSet<QString> listed;
            for (const CaseRow &row : std::as_const(*page))
                listed.insert(row.id);
            QCOMPARE(listed, expected);
        }
    }

    // Days taken in are read from the creation time's index, as a range of
    // it, however many cases they hold (a few are driven and sorted, many
    // walked, newest taken in first): never by walking the whole list.
    void daysTakenInAreARangeOfTheirIndex()
    {
        CaseFilter filter;
        filter.createdFrom = filter.createdTo = m_boundaryDay;
        CaseQuery query = m_vault->caseQuery();
        for (int driveLimit : {CaseQuery::defaultDriveLimit, 0}) {
            query.setDriveLimit(driveLimit);
            auto plan = query.plan(filter, 200);
            QVERIFY(plan);
            const QString steps = plan->join(u"\n"_s);
            QVERIFY2(steps.contains(u"cases_intake (created_at>? AND created_at<?)"_s), qPrintable(steps));
            QVERIFY2(!steps.contains(u"cases_list"_s), qPrintable(steps));
        }
        auto sort = query.sortOf(filter);
        QVERIFY(sort);
        QCOMPARE(*sort, CaseFilter::Sort::Created);
    }

    void rowsCarryTheApplicantShownInTheList()
    {
        const NewCase &known = *std::find_if(m_cases.cbegin(), m_cases.cend(), [](const NewCase &entry) {
            return !entry.caseRecord.receiptNumber.isEmpty();
        });
        CaseFilter filter;
        filter.search = known.caseRecord.receiptNumber;
        auto page = m_vault->caseQuery().page(filter, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 1);
        const CaseRow &row = page->first();
        QCOMPARE(row.id, known.caseRecord.id);
        QCOMPARE(row.applicantName, known.applicant.name);
        QCOMPARE(row.applicantIdTail, known.applicant.idNumber.right(4));
        QCOMPARE(row.itemCode, known.caseRecord.itemCode);
        QCOMPARE(row.state, known.caseRecord.state);
        QCOMPARE(row.updatedUtc, known.caseRecord.updatedUtc);
        QCOMPARE(row.dueDate, known.caseRecord.dueDate);
    }

    // What keeps a page cheap at a million cases: the candidates come from
    // covering indexes (no table read per entry) and applicants are not read.
    void pagesAreFoundInCoveringIndexes_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QString>("index");
        QTest::addRow("my cases") << 1 << u"cases_list"_s;
        QTest::addRow("one state") << 3 << u"cases_state_list"_s;
        QTest::addRow("one item") << 5 << u"cases_item_list"_s;
        QTest::addRow("by deadline") << 7 << u"cases_open_due"_s;
        QTest::addRow("by receipt number") << 9 << u"cases_receipt_list"_s;
    }

    void pagesAreFoundInCoveringIndexes()
    {
        QFETCH(int, filter);
        QFETCH(QString, index);
        auto plan = m_vault->caseQuery().plan(filters().at(filter).filter, 200);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        const QString steps = plan->join(u"\n"_s);
        QVERIFY2(steps.contains(u"USING COVERING INDEX "_s + index), qPrintable(steps));
        QVERIFY2(!steps.contains(u"applicants"_s), qPrintable(steps));
    }

    void aSearchDrivesFromItsIndexOrWalksTheList()
    {
        CaseFilter filter;
        filter.search = m_cases.at(2).applicant.name;
        CaseQuery query = m_vault->caseQuery();
        auto driven = query.plan(filter, 200);
        QVERIFY(driven);
        QVERIFY2(driven->join(u"\n"_s).contains(u"USING COVERING INDEX cases_name_list"_s),
                 qPrintable(driven->join(u"\n"_s)));
        query.setDriveLimit(0);
        auto walked = query.plan(filter, 200);
        QVERIFY(walked);
        QVERIFY2(walked->join(u"\n"_s).contains(u"USING COVERING INDEX cases_list"_s),
                 qPrintable(walked->join(u"\n"_s)));
        QVERIFY2(!walked->join(u"\n"_s).contains(u"cases_name_list"_s), qPrintable(walked->join(u"\n"_s)));
    }

    // Receipt numbers carry the date and a sequence: a search only receipt
    // numbers answer lists newest receipt first, walking the receipt index
    // backwards from the prefix's end, unless the user chose another sort.
    void aReceiptNumberSearchListsNewestReceiptFirst_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("chosen");
        QTest::addColumn<int>("listedBy");
        const QString receipt = firstWithReceipt().caseRecord.receiptNumber;
        const int automatic = int(CaseFilter::Sort::Automatic), updated = int(CaseFilter::Sort::Updated),
                  byReceipt = int(CaseFilter::Sort::Receipt);
        QTest::addRow("a month") << receipt.left(20) << automatic << byReceipt;
        QTest::addRow("hall, lower case") << receipt.left(14).toLower() << automatic << byReceipt;
        QTest::addRow("a day") << receipt.left(22) << automatic << byReceipt;
        QTest::addRow("whole receipt number") << receipt << automatic << byReceipt;
        // An order chosen from the header gives way to receipt order too.
        QTest::addRow("newest change first chosen") << receipt.left(22) << updated << byReceipt;
        QTest::addRow("by deadline chosen") << receipt.left(22) << int(CaseFilter::Sort::Due) << byReceipt;
        QTest::addRow("by deadline chosen, a name")
            << m_cases.at(2).applicant.name << int(CaseFilter::Sort::Due) << int(CaseFilter::Sort::Due);
        QTest::addRow("a name starts with it too") << m_sharedPrefix << automatic << updated;
        QTest::addRow("applicant name") << m_cases.at(2).applicant.name << automatic << updated;
        QTest::addRow("last four ID digits") << m_cases.at(4).applicant.idNumber.right(4) << automatic << updated;
        QTest::addRow("nothing matches") << u"no such case"_s << automatic << updated;
        QTest::addRow("no search") << QString() << automatic << updated;
    }

    void aReceiptNumberSearchListsNewestReceiptFirst()
    {
        QFETCH(QString, search);
        QFETCH(int, chosen);
        QFETCH(int, listedBy);
        CaseFilter filter;
        filter.search = search;
        filter.sort = CaseFilter::Sort(chosen);
        const CaseQuery query = m_vault->caseQuery();
        auto sort = query.sortOf(filter);
        QVERIFY(sort);
        QCOMPARE(int(*sort), listedBy);
        auto page = query.read(filter, 10, std::nullopt, CaseQuery::defaultWalkBudget);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QCOMPARE(int(page->sort), listedBy);
        QStringList listed;
        for (const CaseRow &row : std::as_const(page->rows))
            listed << row.id;
        QCOMPARE(listed, expectedIds(filter).mid(0, 10));
        if (listedBy == int(CaseFilter::Sort::Receipt)) {
            for (qsizetype i = 1; i < page->rows.size(); ++i)
                QVERIFY(page->rows.at(i - 1).receiptNumber > page->rows.at(i).receiptNumber);
        }
    }

    // The first screen of a receipt prefix is the first entries of the
    // receipt index below the prefix's end: no sort, no other index.
    void aReceiptNumberSearchWalksTheReceiptIndexBackwards()
    {
        CaseFilter filter;
        filter.search = firstWithReceipt().caseRecord.receiptNumber.left(16).toLower();
        for (int driveLimit : {0, CaseQuery::defaultDriveLimit}) {
            CaseQuery query = m_vault->caseQuery();
            query.setDriveLimit(driveLimit);
            auto plan = query.plan(filter, 50);
            QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
            QCOMPARE(plan->size(), 2); // one way in, then the page's rows
            QVERIFY2(plan->first().contains(u"USING COVERING INDEX cases_receipt_list"_s), qPrintable(plan->first()));
            QVERIFY2(!plan->first().contains(u"TEMP B-TREE"_s), qPrintable(plan->first()));
        }
    }

    // In receipt order a union of ways goes on from the last row listed,
    // wherever it lies: inside the receipt prefix's stretch, or beyond it
    // (a company found by its name, with another hall's receipt number).
    void receiptOrderGoesOnFromAnyRow_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("walkBudget");
        for (const char *name : {"receipt prefix, by receipt number chosen", "receipt prefix of a day",
                                 "receipt prefix a name starts with too, by receipt number",
                                 "receipt prefix a name starts with too, by receipt number, oldest first"}) {
            for (int pageSize : {1, 2, 3}) {
                for (int budget : {0, 3})
                    QTest::addRow("%s, pages of %d, walk budget %d", name, pageSize, budget)
                        << QString::fromLatin1(name) << pageSize << budget;
            }
        }
    }

    void receiptOrderGoesOnFromAnyRow()
    {
        QFETCH(QString, filter);
        QFETCH(int, pageSize);
        QFETCH(int, walkBudget);
        const QList<NamedFilter> all = filters();
        const auto named = std::find_if(all.cbegin(), all.cend(),
                                        [&](const NamedFilter &f) { return QString::fromLatin1(f.name) == filter; });
        QVERIFY(named != all.cend());
        CaseFilter f = named->filter;
        const CaseQuery query = m_vault->caseQuery();
        QStringList listed;
        std::optional<CaseCursor> next;
        int reads = 0;
        do {
            auto page = query.read(f, pageSize, next, walkBudget);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
            for (const CaseRow &row : std::as_const(page->rows))
                listed << row.id;
            next = page->next;
            // Read on in the order the first page took, as the list model does.
            f.sort = page->sort;
            QVERIFY(++reads < 5000);
        } while (next);
        QCOMPARE(listed, expectedIds(named->filter));
    }

    // What the list shows of the applicant: a company's name whole, a
    // person's masked (CaseListModel), so each row says which it is.
    void rowsCarryTheApplicantsKind()
    {
        auto page = m_vault->caseQuery().page(CaseFilter{}, int(m_cases.size()));
        QVERIFY(page);
        QCOMPARE(page->size(), m_cases.size());
        QHash<QString, Applicant::Kind> kinds;
        for (const NewCase &entry : std::as_const(m_cases))
            kinds.insert(entry.caseRecord.id, entry.applicant.kind);
        int companies = 0;
        for (const CaseRow &row : std::as_const(*page)) {
            QCOMPARE(row.applicantKind, kinds.value(row.id));
            companies += row.applicantKind == Applicant::Kind::Company;
        }
        QVERIFY(companies > 0);
        QVERIFY(companies < page->size());
    }

    // Sync renames applicants and moves cases with its own SQL: the copies on
    // the case follow, so the list and its search see the new name.
    void theCopiedApplicantFollowsEveryWriter()
    {
        QTemporaryDir dir;
        std::unique_ptr<Vault> vault = makeVault(dir);
        QVERIFY(vault);
        SyntheticCases synthetic(9);
        NewCase first = synthetic.next(), second = synthetic.next();
        first.applicant.name = u"甲样例"_s;
        second.applicant.name = u"乙样例"_s;
        QVERIFY(vault->caseStore().insertNew({first, second}, u"test"_s));
        CaseQuery query = vault->caseQuery();
        auto found = [&](const QString &search) {
            CaseFilter filter;
            filter.search = search;
            auto page = query.page(filter, 10);
            if (!page)
                return QStringList{page.error().message};
            QStringList ids;
            for (const CaseRow &row : std::as_const(*page))
                ids << row.id + u":"_s + row.applicantName + u":"_s + row.applicantIdTail;
            return ids;
        };
        const QString firstTail = first.applicant.idNumber.right(4);
        QCOMPARE(found(u"甲"_s), QStringList{first.caseRecord.id + u":甲样例:"_s + firstTail});

        QSqlQuery sql(vault->database());
        QVERIFY(sql.prepare(u"UPDATE applicants SET name = '丙样例', id_tail = '0042' WHERE id = ?"_s));
        sql.addBindValue(first.applicant.id);
        QVERIFY(sql.exec());
        QCOMPARE(found(u"甲"_s), QStringList());
        QCOMPARE(found(u"丙"_s), QStringList{first.caseRecord.id + u":丙样例:0042"_s});
        QCOMPARE(found(u"42"_s), QStringList{first.caseRecord.id + u":丙样例:0042"_s});

        // Another case of the same applicant, written with the copies as
        // every writer of cases does (migration 9 dropped the insert trigger).
        QVERIFY(
            sql.prepare(u"INSERT INTO cases (id, applicant_id, item_code, state, hall_id, created_at, "
                        "updated_at, applicant_name, applicant_id_tail) VALUES ('synced', ?, 'gjj.withdrawal', "
                        "'draft', 'H', '2026-11-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z', '丙样例', '0042')"_s));
        sql.addBindValue(first.applicant.id);
        QVERIFY(sql.exec());
        QCOMPARE(found(u"丙"_s).size(), 2);
        QVERIFY(found(u"丙"_s).contains(u"synced:丙样例:0042"_s));

        QVERIFY(sql.prepare(u"UPDATE cases SET applicant_id = ? WHERE id = ?"_s));
        sql.addBindValue(second.applicant.id);
        sql.addBindValue(first.caseRecord.id);
        QVERIFY(sql.exec());
        QCOMPARE(found(u"丙"_s), QStringList{u"synced:丙样例:0042"_s});
        QCOMPARE(found(u"乙"_s).size(), 2);
    }

    // A vault written before migration 4 gets the copies filled in.
    void upgradingCopiesTheApplicantOntoExistingCases()
    {
        QTemporaryDir dir;
        auto *driver = new SqlCipherDriver;
        driver->setRawKey(std::move(crypto::randomBytes(32)).value());
        const QString name = u"upgrade"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
            db.setDatabaseName(dir.filePath(u"upgrade.db"_s));
            QVERIFY(db.open());
            const SqlErrorMapper mapError = [](const QSqlError &error, const QString &action) {
                return storageError(error, 0, action);
            };
            QVERIFY(SchemaMigrator(db, mapError, schemaMigrations().mid(0, 3)).migrate());
            QSqlQuery sql(db);
            QVERIFY(sql.exec(u"INSERT INTO applicants (id, kind, name, id_number, id_tail, created_at, updated_at) "
                             "VALUES ('a1', 'person', '丁样例', '110101199001019005', '9005', "
                             "'2026-11-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z')"_s));
            QVERIFY(sql.exec(u"INSERT INTO cases (id, applicant_id, item_code, state, hall_id, created_at, "
                             "updated_at) VALUES ('c1', 'a1', 'gjj.withdrawal', 'draft', 'H', "
                             "'2026-11-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z')"_s));
            QVERIFY(SchemaMigrator(db, mapError).migrate());
            CaseFilter filter;
            filter.search = u"丁"_s;
            auto page = CaseQuery(db, mapError).page(filter, 10);
            QVERIFY(page);
            QCOMPARE(page->size(), 1);
            QCOMPARE(page->first().applicantName, u"丁样例"_s);
            QCOMPARE(page->first().applicantIdTail, u"9005"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    static std::unique_ptr<Vault> makeVault(const QTemporaryDir &dir)
    {
        const Profile profile(dir.path());
        PassphraseKeyStore keys(profile.keyFilePath(), secret("case query tests"));
        auto vault = Vault::create(profile, keys, Profile::newProfileId());
        return vault ? std::move(vault).value() : nullptr;
    }

    const NewCase &firstWithReceipt() const
    {
        return *std::find_if(m_cases.cbegin(), m_cases.cend(),
                             [](const NewCase &entry) { return !entry.caseRecord.receiptNumber.isEmpty(); });
    }

    QList<NamedFilter> filters() const
    {
        const NewCase &withReceipt = firstWithReceipt();
        QList<QDate> dueDates;
        for (const NewCase &entry : m_cases) {
            if (isOpen(entry.caseRecord.state) && entry.caseRecord.dueDate.isValid())
                dueDates << entry.caseRecord.dueDate;
        }
        std::sort(dueDates.begin(), dueDates.end());
        const QDate middleDue = dueDates.at(dueDates.size() / 2);
        QList<QDate> takenIn;
        for (const NewCase &entry : m_cases)
            takenIn << hallDate(entry.caseRecord.createdUtc);
        std::sort(takenIn.begin(), takenIn.end());
        const QDate middleTakenIn = takenIn.at(takenIn.size() / 2);

        auto make = [](auto &&change) {
            CaseFilter filter;
            change(filter);
            return filter;
        };
        return {
            {"the hall", CaseFilter{}},
            {"my cases", make([](CaseFilter &f) {
                 f.scope = CaseFilter::Scope::Mine;
                 f.staffId = u"staff.li"_s;
             })},
            {"my counter, oldest first", make([](CaseFilter &f) {
                 f.scope = CaseFilter::Scope::Counter;
                 f.counterId = u"W02"_s;
                 f.descending = false;
             })},
            {"one state", make([](CaseFilter &f) { f.states = {CaseState::Accepted}; })},
            {"two states, my cases", make([](CaseFilter &f) {
                 f.states = {CaseState::Draft, CaseState::Accepted};
                 f.scope = CaseFilter::Scope::Mine;
                 f.staffId = u"staff.wang"_s;
             })},
            {"one item", make([this](CaseFilter &f) { f.itemCode = m_cases.first().caseRecord.itemCode; })},
            {"due by, my counter", make([middleDue](CaseFilter &f) {
                 f.dueBy = middleDue;
                 f.scope = CaseFilter::Scope::Counter;
                 f.counterId = u"W01"_s;
             })},
            {"by deadline", make([](CaseFilter &f) {
                 f.sort = CaseFilter::Sort::Due;
                 f.descending = false;
             })},
            {"by deadline, latest first, due by", make([middleDue](CaseFilter &f) {
                 f.sort = CaseFilter::Sort::Due;
                 f.dueBy = middleDue;
             })},
            {"by receipt number", make([](CaseFilter &f) {
                 f.sort = CaseFilter::Sort::Receipt;
                 f.descending = false;
             })},
            {"by creation", make([](CaseFilter &f) { f.sort = CaseFilter::Sort::Created; })},
            {"taken in over a fortnight", make([middleTakenIn](CaseFilter &f) {
                 f.createdFrom = middleTakenIn.addDays(-7);
                 f.createdTo = middleTakenIn.addDays(7);
             })},
            {"taken in on a day at its edges", make([this](CaseFilter &f) {
                 f.createdFrom = m_boundaryDay;
                 f.createdTo = m_boundaryDay;
             })},
            {"taken in since a day, my counter, by deadline", make([middleTakenIn](CaseFilter &f) {
                 f.createdFrom = middleTakenIn;
                 f.scope = CaseFilter::Scope::Counter;
                 f.counterId = u"W01"_s;
                 f.sort = CaseFilter::Sort::Due;
             })},
            {"taken in until a day, one state, one item", make([this, middleTakenIn](CaseFilter &f) {
                 f.createdTo = middleTakenIn;
                 f.states = {CaseState::Accepted};
                 f.itemCode = m_cases.first().caseRecord.itemCode;
             })},
            {"taken in over a fortnight, surname", make([this, middleTakenIn](CaseFilter &f) {
                 f.createdFrom = middleTakenIn.addDays(-7);
                 f.createdTo = middleTakenIn.addDays(7);
                 f.search = m_cases.at(3).applicant.name.left(1);
             })},
            {"taken in over a fortnight, by receipt number", make([middleTakenIn](CaseFilter &f) {
                 f.createdFrom = middleTakenIn.addDays(-7);
                 f.createdTo = middleTakenIn.addDays(7);
                 f.sort = CaseFilter::Sort::Receipt;
                 f.descending = false;
             })},
            {"receipt prefix, lower case", make([&withReceipt](CaseFilter &f) {
                 f.search = withReceipt.caseRecord.receiptNumber.left(14).toLower();
             })},
            {"whole receipt number",
             make([&withReceipt](CaseFilter &f) { f.search = u"  "_s + withReceipt.caseRecord.receiptNumber; })},
            {"whole name", make([this](CaseFilter &f) { f.search = m_cases.at(2).applicant.name; })},
            {"surname", make([this](CaseFilter &f) { f.search = m_cases.at(3).applicant.name.left(1); })},
            {"last four ID digits",
             make([this](CaseFilter &f) { f.search = m_cases.at(4).applicant.idNumber.right(4); })},
            {"last two ID digits",
             make([this](CaseFilter &f) { f.search = m_cases.at(5).applicant.idNumber.right(2); })},
            {"surname, my cases, two states", make([this](CaseFilter &f) {
                 f.search = m_cases.at(6).applicant.name.left(1);
                 f.scope = CaseFilter::Scope::Mine;
                 f.staffId = u"staff.li"_s;
                 f.states = {CaseState::Draft, CaseState::Completed};
             })},
            {"surname, one item", make([this](CaseFilter &f) {
                 f.search = m_cases.at(7).applicant.name.left(1);
                 f.itemCode = m_cases.at(7).caseRecord.itemCode;
             })},
            {"receipt prefix, by deadline", make([&withReceipt](CaseFilter &f) {
                 f.search = withReceipt.caseRecord.receiptNumber.left(14);
                 f.sort = CaseFilter::Sort::Due;
             })},
            {"surname, by receipt number", make([this](CaseFilter &f) {
                 f.search = m_cases.at(8).applicant.name.left(1);
                 f.sort = CaseFilter::Sort::Receipt;
             })},
            {"nothing matches", make([](CaseFilter &f) { f.search = u"no such case"_s; })},
            // Receipt numbers as typed: newest receipt first, unless the
            // user chose another sort or a name starts with the text too.
            {"receipt prefix, newest change first chosen", make([&withReceipt](CaseFilter &f) {
                 f.search = withReceipt.caseRecord.receiptNumber.left(14);
                 f.sort = CaseFilter::Sort::Updated;
             })},
            {"receipt prefix, oldest receipt first, my counter", make([&withReceipt](CaseFilter &f) {
                 f.search = withReceipt.caseRecord.receiptNumber.left(16).toLower();
                 f.descending = false;
                 f.scope = CaseFilter::Scope::Counter;
                 f.counterId = u"W02"_s;
             })},
            {"receipt prefix, one state, my cases", make([&withReceipt](CaseFilter &f) {
                 f.search = withReceipt.caseRecord.receiptNumber.left(14).toLower();
                 f.states = {CaseState::Accepted};
                 f.scope = CaseFilter::Scope::Mine;
                 f.staffId = u"staff.li"_s;
             })},
            {"receipt prefix of a day",
             make([&withReceipt](CaseFilter &f) { f.search = withReceipt.caseRecord.receiptNumber.left(22); })},
            {"receipt prefix, by receipt number chosen", make([&withReceipt](CaseFilter &f) {
                 f.search = withReceipt.caseRecord.receiptNumber.left(14);
                 f.sort = CaseFilter::Sort::Receipt;
                 f.descending = false;
             })},
            {"receipt prefix a name starts with too", make([this](CaseFilter &f) { f.search = m_sharedPrefix; })},
            {"receipt prefix a name starts with too, by receipt number", make([this](CaseFilter &f) {
                 f.search = m_sharedPrefix;
                 f.sort = CaseFilter::Sort::Receipt;
             })},
            {"receipt prefix a name starts with too, by receipt number, oldest first", make([this](CaseFilter &f) {
                 f.search = m_sharedPrefix;
                 f.sort = CaseFilter::Sort::Receipt;
                 f.descending = false;
             })},
        };
    }

    QStringList expectedIds(CaseFilter filter) const
    {
        filter.sort = sortOf(filter, m_cases);
        QList<int> rows;
        for (int i = 0; i < m_cases.size(); ++i) {
            if (selects(filter, m_cases.at(i)))
                rows << i;
        }
        // Ties in the sort key go by insertion (the rowid), in the same direction.
        auto ascending = [&](int a, int b) {
            const auto order = QVariant::compare(sortKey(filter.sort, m_cases.at(a).caseRecord),
                                                 sortKey(filter.sort, m_cases.at(b).caseRecord));
            return order == QPartialOrdering::Equivalent ? a < b : order == QPartialOrdering::Less;
        };
        std::sort(rows.begin(), rows.end(),
                  [&](int a, int b) { return filter.descending ? ascending(b, a) : ascending(a, b); });
        QStringList ids;
        for (int row : std::as_const(rows))
            ids << m_cases.at(row).caseRecord.id;
        return ids;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    QList<NewCase> m_cases;
    // The start of receipt numbers (hall and year) that a company's name
    // starts with too.
    QString m_sharedPrefix;
    // The day in Beijing the four cases from boundaryCase on were taken in
    // around (aDayTakenInIsTheHallsDayInBeijingTime).
    const QDate m_boundaryDay{2020, 1, 8};
    static constexpr int boundaryCase = 20;
};

QTEST_GUILESS_MAIN(TestCaseQuery)
#include "test_case_query.moc"
