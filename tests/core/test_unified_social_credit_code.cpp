#include "domain/SyntheticCases.h"
#include "review/UnifiedSocialCreditCode.h"

#include "ValidationChecks.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestUnifiedSocialCreditCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        // Published codes: Shenzhen Tencent Computer Systems, Huawei Technologies.
        QTest::addRow("Tencent") << u"91440300708461136T"_s << u"91440300708461136T"_s;
        QTest::addRow("Huawei") << u"914403001922038216"_s << u"914403001922038216"_s;
        QTest::addRow("lower case") << u"91440300708461136t"_s << u"91440300708461136T"_s;
        QTest::addRow("spaces around") << u" 914403001922038216\n"_s << u"914403001922038216"_s;
        QTest::addRow("full width") << u"９１４４０３００７０８４６１１３６Ｔ"_s << u"91440300708461136T"_s;
        // Constructed: 17 characters whose weighted sum is a multiple of 31,
        // so the check character is 0 (and 10000044-6 a valid organisation code).
        QTest::addRow("check character 0") << u"911101081000004460"_s << u"911101081000004460"_s;
        // Constructed, one per authority with letters: 中央军委 (A), 农业 (N), 其他 (Y).
        QTest::addRow("authority A") << u"A9110000100000550H"_s << u"A9110000100000550H"_s;
        QTest::addRow("authority N") << u"N2440305MA5FT4B5XJ"_s << u"N2440305MA5FT4B5XJ"_s;
        QTest::addRow("authority Y") << u"Y14403001000001121"_s << u"Y14403001000001121"_s;
        // Central offices register under region 100000, no GB/T 2260 division.
        QTest::addRow("central region") << u"12100000400000624D"_s << u"12100000400000624D"_s;
        QTest::addRow("民政, new organisation code") << u"51110000MA001234XT"_s << u"51110000MA001234XT"_s;
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const Validation result = validateUnifiedSocialCreditCode(input);
        QCOMPARE(verdictName(result.verdict), u"valid"_s);
        QVERIFY(result.reason.isEmpty());
        QCOMPARE(result.normalized, normalized);
    }

    void checkCharacterZeroIsComputed()
    {
        QCOMPARE(UnifiedSocialCreditCode::checkCharacter(u"91110108100000446"), QChar(u'0'));
        QCOMPARE(UnifiedSocialCreditCode::organisationCheckCharacter(u"10000044"), QChar(u'6'));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QString() << u"credit-code.empty"_s;
        QTest::addRow("16 characters") << u"9144030070846113"_s << u"credit-code.length"_s;
        QTest::addRow("19 characters") << u"91440300708461136T0"_s << u"credit-code.length"_s;
        QTest::addRow("letter I") << u"91440300708461136I"_s << u"credit-code.characters"_s;
        QTest::addRow("letter O for zero") << u"9144O300708461136T"_s << u"credit-code.characters"_s;
        QTest::addRow("letter S") << u"91440300708461136S"_s << u"credit-code.characters"_s;
        QTest::addRow("hyphen") << u"91440300-708461136"_s << u"credit-code.characters"_s;
        QTest::addRow("authority 0") << u"01440300708461136T"_s << u"credit-code.authority"_s;
        QTest::addRow("authority B") << u"B1440300708461136Q"_s << u"credit-code.authority"_s;
        QTest::addRow("工商 type 4") << u"94440300708461136H"_s << u"credit-code.organisation-type"_s;
        QTest::addRow("其他 type 2") << u"Y2440300100000112X"_s << u"credit-code.organisation-type"_s;
        QTest::addRow("letter type") << u"9A440300708461136T"_s << u"credit-code.organisation-type"_s;
        QTest::addRow("letter in the region") << u"91A403007084611363"_s << u"credit-code.region"_s;
        QTest::addRow("check character wrong") << u"91440300708461136A"_s << u"credit-code.check-character"_s;
        QTest::addRow("two swapped") << u"91440300780461136T"_s << u"credit-code.check-character"_s;
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const Validation result = validateUnifiedSocialCreditCode(input);
        QCOMPARE(verdictName(result.verdict), u"invalid"_s);
        QCOMPARE(result.reason, reason);
        QVERIFY(result.normalized.isEmpty());
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void badOrganisationCodeIsAWarning()
    {
        // 70846113-5 fails GB 11714 (the check is 6), but the full code's own
        // check character was computed over it and matches.
        const Validation result = validateUnifiedSocialCreditCode(u"91440300708461135P");
        QCOMPARE(verdictName(result.verdict), u"warning"_s);
        QVERIFY(result.isValid());
        QCOMPARE(result.reason, u"credit-code.organisation-code"_s);
        QCOMPARE(result.normalized, u"91440300708461135P"_s);
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void messagesNameTheOffendingCharacters()
    {
        QVERIFY(validateUnifiedSocialCreditCode(u"91440300708461136I").message.en.contains(u'I'));
        const Validation type = validateUnifiedSocialCreditCode(u"94440300708461136H");
        QVERIFY(type.message.en.contains(u'4'));
        QVERIFY(type.message.zh.contains(u'9'));
    }

    void syntheticApplicantsPass()
    {
        SyntheticCases synthetic(8);
        int companies = 0;
        for (int i = 0; i < 500; ++i) {
            const NewCase entry = synthetic.next();
            if (entry.applicant.kind != Applicant::Kind::Company)
                continue;
            ++companies;
            const Validation result = validateUnifiedSocialCreditCode(entry.applicant.idNumber);
            QVERIFY2(result.verdict == Validation::Verdict::Valid,
                     qPrintable(entry.applicant.idNumber + u": "_s + result.reason));
        }
        QVERIFY(companies > 0);
    }
};

QTEST_GUILESS_MAIN(TestUnifiedSocialCreditCode)
#include "test_unified_social_credit_code.moc"
