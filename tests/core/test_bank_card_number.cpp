#include "review/validators/BankCardNumber.h"

#include "ValidationChecks.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestBankCardNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        // Published test numbers of payment processors: UnionPay 16 and 19
        // digits, and the classic Visa test card.
        QTest::addRow("UnionPay, 16 digits") << u"6200000000000005"_s << u"6200000000000005"_s;
        QTest::addRow("UnionPay, 19 digits") << u"6205500000000000004"_s << u"6205500000000000004"_s;
        QTest::addRow("Visa test card") << u"4111111111111111"_s << u"4111111111111111"_s;
        QTest::addRow("groups of four") << u"6200 0000 0000 0005"_s << u"6200000000000005"_s;
        QTest::addRow("hyphens") << u"6205-5000-0000-0000-004"_s << u"6205500000000000004"_s;
        QTest::addRow("full width") << u"６２００　００００　００００　０００５"_s << u"6200000000000005"_s;
        // Constructed: 17 digits with the Luhn digit 3 appended.
        QTest::addRow("17 digits") << u"62122612345678903"_s << u"62122612345678903"_s;
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const Validation result = validateBankCardNumber(input);
        QCOMPARE(verdictName(result.verdict), u"valid"_s);
        QCOMPARE(result.normalized, normalized);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << u"  "_s << u"bank-card.empty"_s;
        QTest::addRow("letter") << u"62000000000000O5"_s << u"bank-card.characters"_s;
        QTest::addRow("slash") << u"6200/0000/0000/0005"_s << u"bank-card.characters"_s;
        QTest::addRow("15 digits") << u"620000000000005"_s << u"bank-card.length"_s;
        QTest::addRow("20 digits") << u"62055000000000000040"_s << u"bank-card.length"_s;
        QTest::addRow("last digit wrong") << u"6200000000000006"_s << u"bank-card.check-digit"_s;
        QTest::addRow("one digit mistyped") << u"4111111111121111"_s << u"bank-card.check-digit"_s;
        QTest::addRow("two swapped") << u"6205500000000000040"_s << u"bank-card.check-digit"_s;
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const Validation result = validateBankCardNumber(input);
        QCOMPARE(verdictName(result.verdict), u"invalid"_s);
        QCOMPARE(result.reason, reason);
        QVERIFY(result.normalized.isEmpty());
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestBankCardNumber)
#include "test_bank_card_number.moc"
