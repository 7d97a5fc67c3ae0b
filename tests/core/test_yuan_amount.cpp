#include "review/validators/YuanAmount.h"

#include "ValidationChecks.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestYuanAmount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fen");
        QTest::addRow("whole yuan") << u"100"_s << u"10000"_s;
        QTest::addRow("zero") << u"0"_s << u"0"_s;
        QTest::addRow("one fen") << u"0.01"_s << u"1"_s;
        QTest::addRow("one decimal") << u"1234.5"_s << u"123450"_s;
        QTest::addRow("two decimals") << u"1234.56"_s << u"123456"_s;
        QTest::addRow("thousands separators") << u"1,234,567.89"_s << u"123456789"_s;
        QTest::addRow("yuan sign") << u"¥1,234.56"_s << u"123456"_s;
        QTest::addRow("full-width yuan sign") << u"￥ 100"_s << u"10000"_s;
        QTest::addRow("元 behind") << u"1234.5元"_s << u"123450"_s;
        QTest::addRow("元整 behind") << u"3000元整"_s << u"300000"_s;
        QTest::addRow("full-width digits and comma") << u"１，２３４．５６"_s << u"123456"_s;
        QTest::addRow("leading zeros") << u"007.50"_s << u"750"_s;
        QTest::addRow("10^12 yuan") << u"1000000000000"_s << u"100000000000000"_s;
        QTest::addRow("10^12 yuan with separators") << u"1,000,000,000,000.00"_s << u"100000000000000"_s;
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, fen);
        const Validation result = validateYuanAmount(input);
        QCOMPARE(verdictName(result.verdict), u"valid"_s);
        QCOMPARE(result.normalized, fen);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QString() << u"amount.empty"_s;
        QTest::addRow("negative") << u"-5"_s << u"amount.negative"_s;
        QTest::addRow("negative with sign") << u"¥-5.00"_s << u"amount.negative"_s;
        QTest::addRow("minus before sign") << u"-¥5"_s << u"amount.negative"_s;
        QTest::addRow("minus sign character") << u"\u22125"_s << u"amount.negative"_s;
        QTest::addRow("three decimals") << u"1.234"_s << u"amount.decimals"_s;
        QTest::addRow("garbage") << u"abc"_s << u"amount.format"_s;
        QTest::addRow("misplaced separator") << u"12,34.00"_s << u"amount.format"_s;
        QTest::addRow("separator after four digits") << u"1234,567"_s << u"amount.format"_s;
        QTest::addRow("no digits before the point") << u".5"_s << u"amount.format"_s;
        QTest::addRow("point without decimals") << u"5."_s << u"amount.format"_s;
        QTest::addRow("two points") << u"1.2.3"_s << u"amount.format"_s;
        QTest::addRow("sign alone") << u"¥"_s << u"amount.format"_s;
        QTest::addRow("one fen too much") << u"1000000000000.01"_s << u"amount.too-large"_s;
        QTest::addRow("far too large") << u"99999999999999999999999"_s << u"amount.too-large"_s;
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const Validation result = validateYuanAmount(input);
        QCOMPARE(verdictName(result.verdict), u"invalid"_s);
        QCOMPARE(result.reason, reason);
        QVERIFY(result.normalized.isEmpty());
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestYuanAmount)
#include "test_yuan_amount.moc"
