#include "domain/SyntheticCases.h"
#include "review/CitizenIdNumber.h"
#include "review/UnifiedSocialCreditCode.h"

#include <QTest>

using namespace casedesk;
using namespace Qt::StringLiterals;

class TestSyntheticCases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkCharactersMatchPublishedExamples()
    {
        // GB 11643-1999 appendix example: 11010519491231002X.
        QCOMPARE(CitizenIdNumber::checkCharacter(u"11010519491231002"), QChar(u'X'));
        QCOMPARE(CitizenIdNumber::checkCharacter(u"44052418800101001"), QChar(u'4'));
        // Published codes: Shenzhen Tencent Computer Systems, Huawei Technologies.
        QCOMPARE(UnifiedSocialCreditCode::checkCharacter(u"91440300708461136"), QChar(u'T'));
        QCOMPARE(UnifiedSocialCreditCode::checkCharacter(u"91440300192203821"), QChar(u'6'));
        QCOMPARE(UnifiedSocialCreditCode::checkCharacter(u"1234"), QChar());
        QCOMPARE(UnifiedSocialCreditCode::checkCharacter(u"9144030070846113I"), QChar()); // I is not in the alphabet
    }

    void everyIdentifierIsWellFormed()
    {
        SyntheticCases synthetic(42);
        for (int i = 0; i < 2000; ++i) {
            const NewCase entry = synthetic.next();
            const QString number = entry.applicant.idNumber;
            QCOMPARE(number.size(), 18);
            if (entry.applicant.kind == Applicant::Kind::Person) {
                QCOMPARE(CitizenIdNumber::checkCharacter(QStringView(number).left(17)), number.at(17));
                QVERIFY(QDate::fromString(number.mid(6, 8), u"yyyyMMdd"_s).isValid());
            } else {
                QCOMPARE(UnifiedSocialCreditCode::checkCharacter(QStringView(number).left(17)), number.at(17));
                QCOMPARE(UnifiedSocialCreditCode::organisationCheckCharacter(QStringView(number).mid(8, 8)),
                         number.at(16));
            }
        }
    }

    void applicantsAreClearlyFictitious()
    {
        SyntheticCases synthetic(43);
        for (int i = 0; i < 200; ++i) {
            const NewCase entry = synthetic.next();
            QVERIFY(entry.applicant.address.contains(u"虚构"_s));
            QVERIFY(entry.applicant.mobile.startsWith(u"1990000"_s));
        }
    }

    void sameSeedSameApplicants()
    {
        SyntheticCases first(99);
        SyntheticCases second(99);
        for (int i = 0; i < 50; ++i) {
            const NewCase a = first.next();
            const NewCase b = second.next();
            QCOMPARE(a.applicant.idNumber, b.applicant.idNumber);
            QCOMPARE(a.applicant.name, b.applicant.name);
            QCOMPARE(a.caseRecord.state, b.caseRecord.state);
        }
    }

    void acceptedCasesCarryReceiptNumbersAndDueDates()
    {
        SyntheticCases synthetic(44);
        int withReceipts = 0;
        for (int i = 0; i < 500; ++i) {
            const Case c = synthetic.next().caseRecord;
            QCOMPARE(!c.receiptNumber.isEmpty(), hasReceiptNumber(c.state));
            QCOMPARE(c.dueDate.isValid(), hasReceiptNumber(c.state));
            withReceipts += c.receiptNumber.isEmpty() ? 0 : 1;
        }
        QVERIFY(withReceipts > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticCases)
#include "test_synthetic_cases.moc"
