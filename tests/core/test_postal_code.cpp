#include "review/validators/PostalCode.h"

#include "ValidationChecks.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestPostalCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addRow("Beijing") << u"100010"_s << u"100010"_s;
        QTest::addRow("Shenzhen") << u"518057"_s << u"518057"_s;
        QTest::addRow("Hohhot, leading zero") << u"010010"_s << u"010010"_s;
        QTest::addRow("Lhasa, highest prefix") << u"850000"_s << u"850000"_s;
        QTest::addRow("Nyingchi") << u"860000"_s << u"860000"_s;
        QTest::addRow("spaces around") << u" 200001 "_s << u"200001"_s;
        QTest::addRow("full width") << u"２０００８０"_s << u"200080"_s;
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const Validation result = validatePostalCode(input);
        QCOMPARE(verdictName(result.verdict), u"valid"_s);
        QCOMPARE(result.normalized, normalized);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QString() << u"postal-code.empty"_s;
        QTest::addRow("five digits") << u"10001"_s << u"postal-code.format"_s;
        QTest::addRow("seven digits") << u"1000100"_s << u"postal-code.format"_s;
        QTest::addRow("inner space") << u"100 010"_s << u"postal-code.format"_s;
        QTest::addRow("letter") << u"10001O"_s << u"postal-code.format"_s;
        QTest::addRow("zeros") << u"000000"_s << u"postal-code.zero"_s;
        QTest::addRow("prefix 00") << u"001234"_s << u"postal-code.province"_s;
        QTest::addRow("prefix 87") << u"870000"_s << u"postal-code.province"_s;
        QTest::addRow("prefix 99") << u"999077"_s << u"postal-code.province"_s;
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const Validation result = validatePostalCode(input);
        QCOMPARE(verdictName(result.verdict), u"invalid"_s);
        QCOMPARE(result.reason, reason);
        QVERIFY(result.normalized.isEmpty());
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void unusedPrefixInRangeIsAWarning_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("between Hebei and Beijing") << u"080000"_s;
        QTest::addRow("between Jilin and Heilongjiang") << u"140000"_s;
        QTest::addRow("between Qinghai and Xinjiang") << u"820000"_s;
    }

    void unusedPrefixInRangeIsAWarning()
    {
        QFETCH(QString, input);
        const Validation result = validatePostalCode(input);
        QCOMPARE(verdictName(result.verdict), u"warning"_s);
        QCOMPARE(result.reason, u"postal-code.unknown-province"_s);
        QCOMPARE(result.normalized, input);
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestPostalCode)
#include "test_postal_code.moc"
