#include "domain/SyntheticCases.h"
#include "review/CitizenIdNumber.h"

#include "ValidationChecks.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

// The day the checks run on in these tests.
const QDate today(2024, 6, 1);

} // namespace

class TestCitizenIdNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        // GB 11643-1999 appendix A: 北京市朝阳区, born 1949-12-31, a woman.
        QTest::addRow("standard example") << u"11010519491231002X"_s << u"11010519491231002X"_s;
        QTest::addRow("lower-case x") << u"11010519491231002x"_s << u"11010519491231002X"_s;
        QTest::addRow("surrounding spaces") << u"  11010519491231002X\t"_s << u"11010519491231002X"_s;
        QTest::addRow("full-width input") << u"１１０１０５１９４９１２３１００２ｘ"_s << u"11010519491231002X"_s;
        QTest::addRow("ideographic space") << u"\u300011010519491231002X"_s << u"11010519491231002X"_s;
        QTest::addRow("29 February") << u"440305200002290029"_s << u"440305200002290029"_s;
        QTest::addRow("born today") << u"110105202406010021"_s << u"110105202406010021"_s;
        // 东莞市 has no counties: its people carry the prefecture's code.
        QTest::addRow("prefecture without counties") << u"441900198511050025"_s << u"441900198511050025"_s;
        QTest::addRow("county under the province") << u"419001198001010014"_s << u"419001198001010014"_s;
        QTest::addRow("county created in 2023") << u"659012199001010012"_s << u"659012199001010012"_s;
        // Residence permits of Hong Kong and Taiwan residents.
        QTest::addRow("Hong Kong permit") << u"810000199001010019"_s << u"810000199001010019"_s;
        QTest::addRow("Taiwan permit") << u"830000199001010012"_s << u"830000199001010012"_s;
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const Validation result = validateCitizenId(input, today);
        QCOMPARE(verdictName(result.verdict), u"valid"_s);
        QVERIFY(result.isValid());
        QVERIFY(result.reason.isEmpty());
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.normalized, normalized);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QString() << u"citizen-id.empty"_s;
        QTest::addRow("blank") << u"   "_s << u"citizen-id.empty"_s;
        QTest::addRow("first generation") << u"110105491231002"_s << u"citizen-id.first-generation"_s;
        QTest::addRow("17 characters") << u"11010519491231002"_s << u"citizen-id.length"_s;
        QTest::addRow("19 characters") << u"11010519491231002X0"_s << u"citizen-id.length"_s;
        QTest::addRow("inner space") << u"110105 19491231002X"_s << u"citizen-id.length"_s;
        QTest::addRow("X inside") << u"1101051949123100X2"_s << u"citizen-id.characters"_s;
        QTest::addRow("letter at the end") << u"11010519491231002Y"_s << u"citizen-id.characters"_s;
        QTest::addRow("letter O for zero") << u"11O10519491231002X"_s << u"citizen-id.characters"_s;
        QTest::addRow("province 99") << u"99010519800101001X"_s << u"citizen-id.province"_s;
        QTest::addRow("province 00") << u"000105198001010010"_s << u"citizen-id.province"_s;
        QTest::addRow("29 February 2023") << u"110105202302290014"_s << u"citizen-id.birth-date"_s;
        QTest::addRow("before 1890") << u"110105188912310010"_s << u"citizen-id.birth-date-early"_s;
        QTest::addRow("born tomorrow") << u"110105202406020019"_s << u"citizen-id.birth-date-future"_s;
        QTest::addRow("last digit wrong") << u"110105194912310021"_s << u"citizen-id.check-character"_s;
        QTest::addRow("two digits swapped") << u"11010519491213002X"_s << u"citizen-id.check-character"_s;
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const Validation result = validateCitizenId(input, today);
        QCOMPARE(verdictName(result.verdict), u"invalid"_s);
        QVERIFY(!result.isValid());
        QCOMPARE(result.reason, reason);
        QVERIFY(result.normalized.isEmpty());
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void unknownCountyInKnownProvinceIsAWarning_data()
    {
        QTest::addColumn<QString>("input");
        // 崇文区, merged into 东城区 in 2010: old cards still carry it.
        QTest::addRow("abolished county") << u"110103198001010013"_s;
        QTest::addRow("never used") << u"110199198001010016"_s;
    }

    void unknownCountyInKnownProvinceIsAWarning()
    {
        QFETCH(QString, input);
        const Validation result = validateCitizenId(input, today);
        QCOMPARE(verdictName(result.verdict), u"warning"_s);
        QVERIFY(result.isValid());
        QCOMPARE(result.reason, u"citizen-id.county"_s);
        QCOMPARE(result.normalized, input);
        QVERIFY(result.message.en.contains(input.left(6)));
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void futureBirthDateDependsOnToday()
    {
        const QString number = u"110105202406020019"_s;
        QCOMPARE(validateCitizenId(number, QDate(2024, 6, 1)).reason, u"citizen-id.birth-date-future"_s);
        QVERIFY(validateCitizenId(number, QDate(2024, 6, 2)).isValid());
    }

    void factsOfTheStandardExample()
    {
        const std::optional<CitizenIdFacts> facts = citizenIdFacts(u"11010519491231002X");
        QVERIFY(facts.has_value());
        QCOMPARE(facts->birthDate, QDate(1949, 12, 31));
        QCOMPARE(facts->sex, Sex::Female);
        QCOMPARE(facts->regionCode, u"110105"_s);
        QCOMPARE(facts->regionName, u"北京市朝阳区"_s);
    }

    void sexFollowsTheSeventeenthDigit()
    {
        QCOMPARE(citizenIdFacts(u"440305200002290010")->sex, Sex::Male); // sequence 001
        QCOMPARE(citizenIdFacts(u"440305200002290029")->sex, Sex::Female); // sequence 002
        QCOMPARE(citizenIdFacts(u"44030519900101123X")->sex, Sex::Male); // sequence 123
    }

    void regionNames_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("regionName");
        QTest::addRow("county of a prefecture") << u"440305200002290029"_s << u"广东省深圳市南山区"_s;
        QTest::addRow("prefecture without counties") << u"441900198511050025"_s << u"广东省东莞市"_s;
        QTest::addRow("county under the province") << u"419001198001010014"_s << u"河南省济源市"_s;
        QTest::addRow("unknown county") << u"110199198001010016"_s << u"北京市"_s;
        QTest::addRow("Hong Kong permit") << u"810000199001010019"_s << u"香港特别行政区"_s;
        QTest::addRow("Taiwan permit") << u"830000199001010012"_s << u"台湾"_s;
    }

    void regionNames()
    {
        QFETCH(QString, number);
        QFETCH(QString, regionName);
        const std::optional<CitizenIdFacts> facts = citizenIdFacts(number);
        QVERIFY(facts.has_value());
        QCOMPARE(facts->regionCode, number.left(6));
        QCOMPARE(facts->regionName, regionName);
    }

    void ageCountsFullYears_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("age");
        const QString december31 = u"11010519491231002X"_s;
        QTest::addRow("day before the birthday") << december31 << QDate(2023, 12, 30) << 73;
        QTest::addRow("on the birthday") << december31 << QDate(2023, 12, 31) << 74;
        QTest::addRow("day after the birthday") << december31 << QDate(2024, 1, 1) << 74;
        QTest::addRow("birth day itself") << december31 << QDate(1949, 12, 31) << 0;
        QTest::addRow("before birth") << december31 << QDate(1949, 12, 30) << -1;
        const QString leapDay = u"440305200002290029"_s;
        QTest::addRow("29 Feb: 28 Feb of a common year") << leapDay << QDate(2001, 2, 28) << 0;
        QTest::addRow("29 Feb: 1 Mar of a common year") << leapDay << QDate(2001, 3, 1) << 1;
        QTest::addRow("29 Feb: 28 Feb of a leap year") << leapDay << QDate(2004, 2, 28) << 3;
        QTest::addRow("29 Feb: 29 Feb of a leap year") << leapDay << QDate(2004, 2, 29) << 4;
        QTest::addRow("29 Feb: 28 Feb at 18") << leapDay << QDate(2018, 2, 28) << 17;
        QTest::addRow("29 Feb: 1 Mar at 18") << leapDay << QDate(2018, 3, 1) << 18;
    }

    void ageCountsFullYears()
    {
        QFETCH(QString, number);
        QFETCH(QDate, day);
        QFETCH(int, age);
        const std::optional<CitizenIdFacts> facts = citizenIdFacts(number);
        QVERIFY(facts.has_value());
        QCOMPARE(facts->ageOn(day), age);
    }

    void noFactsFromMalformedNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addRow("empty") << QString();
        QTest::addRow("not normalised") << u"11010519491231002x"_s;
        QTest::addRow("check character wrong") << u"110105194912310021"_s;
        QTest::addRow("letters") << u"11010519491231002Y"_s;
        QTest::addRow("no such date") << u"110105202302290014"_s;
    }

    void noFactsFromMalformedNumbers()
    {
        QFETCH(QString, number);
        QVERIFY(!citizenIdFacts(number).has_value());
    }

    void regionListIsInjectable()
    {
        // Without a list every province is unknown.
        const RegionCodes none;
        QCOMPARE(validateCitizenId(u"11010519491231002X", today, none).reason, u"citizen-id.province"_s);
        const RegionCodes beijing = RegionCodes::fromTsv(u"110000\t北京市\n");
        QCOMPARE(validateCitizenId(u"11010519491231002X", today, beijing).reason, u"citizen-id.county"_s);
    }

    void syntheticApplicantsPass()
    {
        SyntheticCases synthetic(7);
        int people = 0;
        for (int i = 0; i < 500; ++i) {
            const NewCase entry = synthetic.next();
            if (entry.applicant.kind != Applicant::Kind::Person)
                continue;
            ++people;
            const Validation result = validateCitizenId(entry.applicant.idNumber, today);
            QVERIFY2(result.verdict == Validation::Verdict::Valid,
                     qPrintable(entry.applicant.idNumber + u": "_s + result.reason));
        }
        QVERIFY(people > 0);
    }
};

QTEST_GUILESS_MAIN(TestCitizenIdNumber)
#include "test_citizen_id_number.moc"
