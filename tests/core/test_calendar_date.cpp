#include "review/validators/CalendarDate.h"

#include "ValidationChecks.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestCalendarDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");
        QTest::addRow("ISO") << u"2024-03-05"_s << u"2024-03-05"_s;
        QTest::addRow("slashes") << u"2024/03/05"_s << u"2024-03-05"_s;
        QTest::addRow("dots") << u"2024.03.05"_s << u"2024-03-05"_s;
        QTest::addRow("no leading zeros") << u"2024-3-5"_s << u"2024-03-05"_s;
        QTest::addRow("Chinese") << u"2024年3月5日"_s << u"2024-03-05"_s;
        QTest::addRow("Chinese with zeros") << u"2024年03月05日"_s << u"2024-03-05"_s;
        QTest::addRow("Chinese with spaces") << u"2024 年 3 月 5 日"_s << u"2024-03-05"_s;
        QTest::addRow("full-width digits") << u"２０２４－０３－０５"_s << u"2024-03-05"_s;
        QTest::addRow("leap day") << u"2024-02-29"_s << u"2024-02-29"_s;
        QTest::addRow("leap day of 2000") << u"2000/2/29"_s << u"2000-02-29"_s;
    }

    void accepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const Validation result = validateDate(input);
        QCOMPARE(verdictName(result.verdict), u"valid"_s);
        QCOMPARE(result.normalized, normalized);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QString() << u"date.empty"_s;
        QTest::addRow("two-digit year") << u"24-03-05"_s << u"date.format"_s;
        QTest::addRow("day first") << u"05/03/2024"_s << u"date.format"_s;
        QTest::addRow("mixed separators") << u"2024-03/05"_s << u"date.format"_s;
        QTest::addRow("words") << u"yesterday"_s << u"date.format"_s;
        QTest::addRow("without 日") << u"2024年3月5"_s << u"date.format"_s;
        QTest::addRow("29 February of a common year") << u"2023-02-29"_s << u"date.calendar"_s;
        QTest::addRow("29 February 1900") << u"1900-02-29"_s << u"date.calendar"_s;
        QTest::addRow("month 13") << u"2024-13-01"_s << u"date.calendar"_s;
        QTest::addRow("31 April") << u"2024年4月31日"_s << u"date.calendar"_s;
        QTest::addRow("day 0") << u"2024-03-00"_s << u"date.calendar"_s;
    }

    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const Validation result = validateDate(input);
        QCOMPARE(verdictName(result.verdict), u"invalid"_s);
        QCOMPARE(result.reason, reason);
        QVERIFY(result.normalized.isEmpty());
        const QString problem = explanationProblem(result);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void bounds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("notInFuture");
        QTest::addColumn<bool>("notInPast");
        QTest::addColumn<QString>("reason");
        // Today is 2024-06-01.
        QTest::addRow("tomorrow, future allowed") << u"2024-06-02"_s << false << false << QString();
        QTest::addRow("tomorrow, no future") << u"2024-06-02"_s << true << false << u"date.future"_s;
        QTest::addRow("today, no future") << u"2024-06-01"_s << true << false << QString();
        QTest::addRow("yesterday, no future") << u"2024-05-31"_s << true << false << QString();
        QTest::addRow("yesterday, no past") << u"2024-05-31"_s << false << true << u"date.past"_s;
        QTest::addRow("today, no past") << u"2024年6月1日"_s << false << true << QString();
        QTest::addRow("next year, no past") << u"2025/1/1"_s << false << true << QString();
        QTest::addRow("today, neither") << u"2024-06-01"_s << true << true << QString();
    }

    void bounds()
    {
        QFETCH(QString, input);
        QFETCH(bool, notInFuture);
        QFETCH(bool, notInPast);
        QFETCH(QString, reason);
        const Validation result =
            validateDate(input, {.today = QDate(2024, 6, 1), .notInFuture = notInFuture, .notInPast = notInPast});
        QCOMPARE(result.reason, reason);
        QCOMPARE(result.isValid(), reason.isEmpty());
        if (!reason.isEmpty()) {
            QVERIFY(result.message.en.contains(u"2024-06-01"_s));
            const QString problem = explanationProblem(result);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestCalendarDate)
#include "test_calendar_date.moc"
