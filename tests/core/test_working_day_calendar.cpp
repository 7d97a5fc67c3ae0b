#include "domain/calendar/CalendarYearLoader.h"
#include "domain/calendar/Deadline.h"
#include "domain/calendar/WorkingDayCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>

using namespace casedesk;
using namespace Qt::StringLiterals;

namespace {

using DayKind = WorkingDayCalendar::DayKind;

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QSet<QDate> range(const char *first, const char *last)
{
    QSet<QDate> days;
    for (QDate d = day(first); d <= day(last); d = d.addDays(1))
        days.insert(d);
    return days;
}

// Written out by hand from the notices, not read from the calendar files, so
// that a typo in a file shows up here.
// 国办发明电〔2024〕12号 (2025) and 国办发明电〔2025〕7号 (2026).
QSet<QDate> noticeHolidays()
{
    return range("2025-01-01", "2025-01-01") + range("2025-01-28", "2025-02-04") + range("2025-04-04", "2025-04-06")
        + range("2025-05-01", "2025-05-05") + range("2025-05-31", "2025-06-02") + range("2025-10-01", "2025-10-08")
        + range("2026-01-01", "2026-01-03") + range("2026-02-15", "2026-02-23") + range("2026-04-04", "2026-04-06")
        + range("2026-05-01", "2026-05-05") + range("2026-06-19", "2026-06-21") + range("2026-09-25", "2026-09-27")
        + range("2026-10-01", "2026-10-07");
}

QSet<QDate> noticeMakeUpDays()
{
    QSet<QDate> days;
    for (const char *iso : {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04",
                            "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
        days.insert(day(iso));
    return days;
}

QByteArray bundledJson(const QString &name)
{
    QFile file(u":/calendars/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject bundled2025()
{
    return QJsonDocument::fromJson(bundledJson(u"cn-2025.json"_s)).object();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

int rank(DeadlineStatus status)
{
    return static_cast<int>(status);
}

} // namespace

class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT

    WorkingDayCalendar m_calendar;

private Q_SLOTS:
    void initTestCase()
    {
        Expected<WorkingDayCalendar> calendar = WorkingDayCalendar::bundled();
        QVERIFY2(calendar.hasValue(), qPrintable(calendar ? QString() : calendar.error().message));
        m_calendar = std::move(*calendar);
    }

    void bundledYearsCiteTheirNotices()
    {
        QCOMPARE(m_calendar.years(), (QList<int>{2025, 2026}));
        const CalendarYear *y2025 = m_calendar.year(2025);
        QVERIFY(y2025);
        QCOMPARE(y2025->source.title, u"国务院办公厅关于2025年部分节假日安排的通知"_s);
        QCOMPARE(y2025->source.documentNumber, u"国办发明电〔2024〕12号"_s);
        QCOMPARE(y2025->source.issued, day("2024-11-12"));
        QVERIFY(y2025->source.url.startsWith(u"https://www.gov.cn/"_s));
        const CalendarYear *y2026 = m_calendar.year(2026);
        QVERIFY(y2026);
        QCOMPARE(y2026->source.title, u"国务院办公厅关于2026年部分节假日安排的通知"_s);
        QCOMPARE(y2026->source.documentNumber, u"国办发明电〔2025〕7号"_s);
        QCOMPARE(y2026->source.issued, day("2025-11-04"));
        QVERIFY(y2026->source.url.startsWith(u"https://www.gov.cn/"_s));
        QVERIFY(!m_calendar.year(2027));
    }

    void everyNoticeHolidayIsADayOff()
    {
        const QSet<QDate> holidays = noticeHolidays();
        QCOMPARE(holidays.size(), 28 + 33); // 2025: 1+8+3+5+3+8; 2026: 3+9+3+5+3+3+7
        for (const QDate &d : holidays) {
            QVERIFY2(!m_calendar.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
            QCOMPARE(m_calendar.dayKind(d), DayKind::Holiday);
            QVERIFY(!m_calendar.holidayName(d).zh.isEmpty());
        }
    }

    void everyNoticeMakeUpDayIsAWorkingWeekendDay()
    {
        for (const QDate &d : noticeMakeUpDays()) {
            QVERIFY2(m_calendar.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
            QCOMPARE(m_calendar.dayKind(d), DayKind::MakeUpWorkday);
            QVERIFY(d.dayOfWeek() == Qt::Saturday || d.dayOfWeek() == Qt::Sunday);
        }
    }

    // Nothing but the notices' days is special: every other covered day
    // follows the week.
    void everyOtherDayFollowsTheWeek()
    {
        const QSet<QDate> holidays = noticeHolidays();
        const QSet<QDate> makeUp = noticeMakeUpDays();
        for (QDate d = day("2025-01-01"); d <= day("2026-12-24"); d = d.addDays(1)) {
            DayKind expected = d.dayOfWeek() >= Qt::Saturday ? DayKind::Weekend : DayKind::Workday;
            if (holidays.contains(d))
                expected = DayKind::Holiday;
            else if (makeUp.contains(d))
                expected = DayKind::MakeUpWorkday;
            QVERIFY2(m_calendar.dayKind(d) == expected, qPrintable(d.toString(Qt::ISODate)));
        }
    }

    void holidayNamesInBothLanguages()
    {
        QCOMPARE(m_calendar.holidayName(day("2025-01-29")), (LocalizedText{u"春节"_s, u"Spring Festival"_s}));
        QCOMPARE(m_calendar.holidayName(day("2025-10-06")),
                 (LocalizedText{u"国庆节、中秋节"_s, u"National Day and Mid-Autumn Festival"_s}));
        QCOMPARE(m_calendar.holidayName(day("2026-02-28")).zh, u"春节"_s); // its make-up day
        QVERIFY(m_calendar.holidayName(day("2025-03-03")).isEmpty());
    }

    void ordinaryWeekdaysAndWeekends()
    {
        QVERIFY(m_calendar.isWorkingDay(day("2025-01-27"))); // Monday, the eve of 除夕
        QCOMPARE(m_calendar.dayKind(day("2025-01-25")), DayKind::Weekend);
        QCOMPARE(m_calendar.dayKind(day("2025-02-09")), DayKind::Weekend);
        QCOMPARE(m_calendar.dayKind(day("2026-10-11")), DayKind::Weekend);
        QCOMPARE(m_calendar.dayKind(day("2026-10-08")), DayKind::Workday);
    }

    // 365 days - 104 weekend days - 18 weekday holidays + 5 make-up days.
    void workingDaysIn2025()
    {
        const Expected<int> days = m_calendar.workingDaysBetween(day("2024-12-31"), day("2025-12-31"));
        QVERIFY(days.hasValue());
        QCOMPARE(*days, 248);
    }

    // 2026 has 248 too (261 weekdays - 19 + 6), but its last week waits for
    // the 2027 notice; Friday 25th to Thursday 31st December hold 5 weekdays.
    void workingDaysIn2026UpToItsLastKnownDay()
    {
        const Expected<int> days = m_calendar.workingDaysBetween(day("2025-12-31"), day("2026-12-24"));
        QVERIFY(days.hasValue());
        QCOMPARE(*days, 248 - 5);
    }

    void dueDates_data()
    {
        QTest::addColumn<QDate>("accepted");
        QTest::addColumn<int>("workingDays");
        QTest::addColumn<QDate>("due");

        // 2025 Spring Festival: 1-28 to 2-04 off, Sunday 1-26 and Saturday 2-08 worked.
        QTest::newRow("eve of 2025 Spring Festival, 5") << day("2025-01-27") << 5 << day("2025-02-10");
        QTest::newRow("Friday 2025-01-24, 1: the make-up Sunday") << day("2025-01-24") << 1 << day("2025-01-26");
        QTest::newRow("Friday 2025-01-24, 2") << day("2025-01-24") << 2 << day("2025-01-27");
        QTest::newRow("Friday 2025-01-24, 5") << day("2025-01-24") << 5 << day("2025-02-07");
        QTest::newRow("accepted on the make-up Sunday, 1") << day("2025-01-26") << 1 << day("2025-01-27");
        // 2025 National Day and Mid-Autumn: 10-01 to 10-08 off, Sunday 9-28 and Saturday 10-11 worked.
        QTest::newRow("2025-09-30 across National Day, 3") << day("2025-09-30") << 3 << day("2025-10-11");
        QTest::newRow("Friday 2025-09-26, 2") << day("2025-09-26") << 2 << day("2025-09-29");
        QTest::newRow("accepted during the holiday, 1") << day("2025-10-03") << 1 << day("2025-10-09");
        // 2026 Spring Festival: 2-15 to 2-23 off, Saturdays 2-14 and 2-28 worked.
        QTest::newRow("Friday 2026-02-13, 5") << day("2026-02-13") << 5 << day("2026-02-27");
        QTest::newRow("Friday 2026-02-13, 6: the make-up Saturday") << day("2026-02-13") << 6 << day("2026-02-28");
        QTest::newRow("accepted on make-up Saturday 2026-02-14, 1") << day("2026-02-14") << 1 << day("2026-02-24");
        // 2026 Mid-Autumn 9-25 to 9-27 and National Day 10-01 to 10-07; Sunday 9-20 and Saturday 10-10 worked.
        QTest::newRow("2026-09-30 across National Day, 3") << day("2026-09-30") << 3 << day("2026-10-10");
        QTest::newRow("Friday 2026-09-18, 5") << day("2026-09-18") << 5 << day("2026-09-24");
        QTest::newRow("Friday 2026-09-18, 6: over Mid-Autumn") << day("2026-09-18") << 6 << day("2026-09-28");
        QTest::newRow("2026-09-30, 20") << day("2026-09-30") << 20 << day("2026-11-03");
        // New Year 2026: 1-01 to 1-03 off, Sunday 1-04 worked.
        QTest::newRow("2025-12-31 into 2026, 1") << day("2025-12-31") << 1 << day("2026-01-04");
        QTest::newRow("即办件, 0") << day("2025-05-01") << 0 << day("2025-05-01");
    }

    void dueDates()
    {
        QFETCH(QDate, accepted);
        QFETCH(int, workingDays);
        QFETCH(QDate, due);
        const Expected<Deadline> deadline = Deadline::promise(m_calendar, accepted, workingDays);
        QVERIFY(deadline.hasValue());
        QCOMPARE(deadline->due, due);
        QCOMPARE(deadline->accepted, accepted);
        QCOMPARE(deadline->workingDays, workingDays);
        const Expected<int> between = m_calendar.workingDaysBetween(accepted, due);
        QVERIFY(between.hasValue());
        QCOMPARE(*between, workingDays);
    }

    void workingDaysBetweenIsAntisymmetric()
    {
        const Expected<int> forward = m_calendar.workingDaysBetween(day("2025-01-24"), day("2025-02-10"));
        const Expected<int> backward = m_calendar.workingDaysBetween(day("2025-02-10"), day("2025-01-24"));
        QVERIFY(forward.hasValue() && backward.hasValue());
        QCOMPARE(*forward, 7); // 1-26, 1-27, 2-05, 2-06, 2-07, 2-08 and 2-10
        QCOMPARE(*backward, -*forward);
        const Expected<int> same = m_calendar.workingDaysBetween(day("2025-03-03"), day("2025-03-03"));
        QVERIFY(same.hasValue());
        QCOMPARE(*same, 0);
    }

    void negativeLimitRefused()
    {
        const Expected<QDate> due = m_calendar.addWorkingDays(day("2025-03-03"), -1);
        QVERIFY(!due.hasValue());
        QCOMPARE(due.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!Deadline::promise(m_calendar, day("2025-03-03"), -5).hasValue());
        QVERIFY(!m_calendar.addWorkingDays(QDate(), 1).hasValue());
    }

    void status_data()
    {
        QTest::addColumn<QDate>("accepted");
        QTest::addColumn<int>("workingDays");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<DeadlineStatus>("status");
        QTest::addColumn<int>("left");

        // Due Wednesday 2025-02-05, the first working day after the Spring Festival.
        const QDate a = day("2025-01-24");
        QTest::newRow("day of acceptance") << a << 3 << day("2025-01-24") << DeadlineStatus::OnTrack << 3;
        QTest::newRow("Saturday") << a << 3 << day("2025-01-25") << DeadlineStatus::OnTrack << 3;
        QTest::newRow("make-up Sunday") << a << 3 << day("2025-01-26") << DeadlineStatus::OnTrack << 2;
        QTest::newRow("eve: only 2-05 left") << a << 3 << day("2025-01-27") << DeadlineStatus::AtRisk << 1;
        QTest::newRow("within the holiday") << a << 3 << day("2025-01-31") << DeadlineStatus::AtRisk << 1;
        QTest::newRow("last day of the holiday") << a << 3 << day("2025-02-04") << DeadlineStatus::AtRisk << 1;
        QTest::newRow("due date") << a << 3 << day("2025-02-05") << DeadlineStatus::AtRisk << 0;
        QTest::newRow("day after") << a << 3 << day("2025-02-06") << DeadlineStatus::Overdue << -1;
        QTest::newRow("make-up Saturday after") << a << 3 << day("2025-02-08") << DeadlineStatus::Overdue << -3;
        QTest::newRow("Sunday after") << a << 3 << day("2025-02-09") << DeadlineStatus::Overdue << -3;

        // Due on the make-up Saturday 2026-10-10.
        const QDate b = day("2026-09-30");
        QTest::newRow("2026 National Day") << b << 3 << day("2026-10-01") << DeadlineStatus::OnTrack << 3;
        QTest::newRow("first day back") << b << 3 << day("2026-10-08") << DeadlineStatus::OnTrack << 2;
        QTest::newRow("Friday before") << b << 3 << day("2026-10-09") << DeadlineStatus::AtRisk << 1;
        QTest::newRow("due on the make-up Saturday") << b << 3 << day("2026-10-10") << DeadlineStatus::AtRisk << 0;
        // Past the due date, though no working day has gone by yet.
        QTest::newRow("Sunday after, overdue") << b << 3 << day("2026-10-11") << DeadlineStatus::Overdue << 0;
        QTest::newRow("Monday after") << b << 3 << day("2026-10-12") << DeadlineStatus::Overdue << -1;

        // Due Monday 2025-03-10: the weekend before it is at risk too.
        const QDate c = day("2025-03-06");
        QTest::newRow("Thursday") << c << 2 << day("2025-03-06") << DeadlineStatus::OnTrack << 2;
        QTest::newRow("Friday") << c << 2 << day("2025-03-07") << DeadlineStatus::AtRisk << 1;
        QTest::newRow("Saturday before Monday") << c << 2 << day("2025-03-08") << DeadlineStatus::AtRisk << 1;
        QTest::newRow("Monday, due") << c << 2 << day("2025-03-10") << DeadlineStatus::AtRisk << 0;

        // A limit of one working day is at risk from the start.
        QTest::newRow("one day, accepted")
            << day("2025-03-03") << 1 << day("2025-03-03") << DeadlineStatus::AtRisk << 1;
    }

    void status()
    {
        QFETCH(QDate, accepted);
        QFETCH(int, workingDays);
        QFETCH(QDate, today);
        QFETCH(DeadlineStatus, status);
        QFETCH(int, left);
        const Expected<Deadline> deadline = Deadline::promise(m_calendar, accepted, workingDays);
        QVERIFY(deadline.hasValue());
        const Expected<DeadlineStatus> actual = deadline->status(m_calendar, today);
        QVERIFY(actual.hasValue());
        QCOMPARE(*actual, status);
        const Expected<int> actualLeft = deadline->workingDaysLeft(m_calendar, today);
        QVERIFY(actualLeft.hasValue());
        QCOMPARE(*actualLeft, left);
    }

    // Day by day a case only moves forward: OnTrack, then AtRisk, then Overdue.
    void statusNeverGoesBack()
    {
        for (const char *accepted : {"2025-01-20", "2025-09-24", "2026-02-09", "2026-09-21", "2026-12-01"}) {
            for (int limit : {1, 2, 3, 5, 10}) {
                const Expected<Deadline> deadline = Deadline::promise(m_calendar, day(accepted), limit);
                QVERIFY(deadline.hasValue());
                int previous = rank(DeadlineStatus::OnTrack);
                for (QDate today = day(accepted); today <= deadline->due.addDays(5); today = today.addDays(1)) {
                    const Expected<DeadlineStatus> status = deadline->status(m_calendar, today);
                    QVERIFY2(status.hasValue(), qPrintable(today.toString(Qt::ISODate)));
                    QVERIFY2(rank(*status) >= previous,
                             qPrintable(u"%1 + %2, %3"_s.arg(QString::fromLatin1(accepted))
                                            .arg(limit)
                                            .arg(today.toString(Qt::ISODate))));
                    previous = rank(*status);
                }
                QCOMPARE(previous, rank(DeadlineStatus::Overdue));
            }
        }
    }

    void datesOutsideTheNoticesAreNotCovered()
    {
        QVERIFY(!m_calendar.covers(day("2024-12-31")));
        QVERIFY(m_calendar.covers(day("2025-01-01")));
        QVERIFY(m_calendar.covers(day("2025-12-31"))); // the 2026 notice is loaded
        QVERIFY(m_calendar.covers(day("2026-12-24")));
        QVERIFY(!m_calendar.covers(day("2026-12-25"))); // the 2027 notice may still claim it
        QVERIFY(!m_calendar.covers(day("2027-03-01")));
        QVERIFY(!m_calendar.covers(QDate()));
        QCOMPARE(m_calendar.dayKind(day("2027-01-04")), DayKind::NotCovered);
        QVERIFY(!m_calendar.isWorkingDay(day("2027-01-04"))); // a Monday, but unknown
        QVERIFY(!m_calendar.isWorkingDay(day("2024-06-03")));

        const Expected<QDate> lateDecember = m_calendar.addWorkingDays(day("2026-12-18"), 5);
        QVERIFY(!lateDecember.hasValue());
        QVERIFY2(lateDecember.error().message.contains(u"2026-12-25"_s), qPrintable(lateDecember.error().message));
        QVERIFY2(lateDecember.error().message.contains(u"arrangements for 2027"_s),
                 qPrintable(lateDecember.error().message));
        QVERIFY(m_calendar.addWorkingDays(day("2026-12-18"), 4).hasValue()); // Thursday 12-24

        const Expected<QDate> before = m_calendar.addWorkingDays(day("2024-12-20"), 1);
        QVERIFY(!before.hasValue());
        QVERIFY(before.error().message.contains(u"arrangements for 2024"_s));

        // The day counted from is never looked at; the first one counted is.
        const Expected<int> fromNewYearsEve = m_calendar.workingDaysBetween(day("2024-12-31"), day("2025-01-10"));
        QVERIFY(fromNewYearsEve.hasValue());
        QCOMPARE(*fromNewYearsEve, 7);
        QVERIFY(!m_calendar.workingDaysBetween(day("2024-12-30"), day("2025-01-10")).hasValue());

        QVERIFY(!Deadline::promise(m_calendar, day("2026-12-18"), 5).hasValue());
        const Deadline stored{day("2026-12-10"), 15, day("2026-12-31")};
        QVERIFY(!stored.status(m_calendar, day("2026-12-20")).hasValue());
        QCOMPARE(*stored.status(m_calendar, day("2027-01-04")), DeadlineStatus::Overdue);
    }

    void emptyCalendarCoversNothing()
    {
        const WorkingDayCalendar empty;
        QVERIFY(!empty.covers(day("2025-03-03")));
        QVERIFY(!empty.isWorkingDay(day("2025-03-03")));
        QVERIFY(!empty.addWorkingDays(day("2025-03-03"), 1).hasValue());
    }

    void nextYearsNoticeCompletesDecember()
    {
        Expected<QList<CalendarYear>> years = CalendarYearLoader::bundled();
        QVERIFY(years.hasValue());
        // A notice opening its New Year's Day in the previous December, as the
        // 2019 and 2023 notices did.
        QJsonObject next = bundled2025();
        next[u"year"_s] = 2027;
        next[u"holidays"_s] =
            QJsonArray{QJsonObject{{u"name"_s, QJsonObject{{u"zh"_s, u"元旦"_s}, {u"en"_s, u"New Year's Day"_s}}},
                                   {u"first"_s, u"2026-12-31"_s},
                                   {u"last"_s, u"2027-01-02"_s}}};
        next[u"workdays"_s] = QJsonArray{QJsonObject{{u"date"_s, u"2026-12-27"_s}, {u"for"_s, u"元旦"_s}}};
        const Expected<CalendarYear> y2027 = CalendarYearLoader::fromJson(toJson(next), u"cn-2027.json"_s);
        QVERIFY2(y2027.hasValue(), qPrintable(y2027 ? QString() : y2027.error().message));
        years->append(*y2027);
        const Expected<WorkingDayCalendar> calendar = WorkingDayCalendar::fromYears(*years);
        QVERIFY(calendar.hasValue());
        QVERIFY(calendar->covers(day("2026-12-25")));
        QCOMPARE(calendar->dayKind(day("2026-12-27")), DayKind::MakeUpWorkday);
        QCOMPARE(calendar->dayKind(day("2026-12-31")), DayKind::Holiday);
        const Expected<QDate> due = calendar->addWorkingDays(day("2026-12-24"), 3);
        QVERIFY(due.hasValue());
        QCOMPARE(*due, day("2026-12-28")); // 12-25, the make-up Sunday 12-27, 12-28
    }

    void malformedFilesRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");

        QTest::newRow("bad JSON") << u"truncated.json"_s << u"is not valid JSON"_s;
        QTest::newRow("unreal date") << u"unreal-date.json"_s
                                     << u"holidays[1].last is not a real date in the form YYYY-MM-DD: \"2025-02-30\""_s;
        QTest::newRow("holiday and workday")
            << u"holiday-and-workday.json"_s
            << u"2025-02-01 is listed both as a holiday (春节) and as a make-up working day"_s;
        QTest::newRow("wrong year") << u"wrong-year.json"_s << u"2026-05-01 (劳动节) lies outside 2025"_s;
        QTest::newRow("newer format") << u"newer-format.json"_s
                                      << u"uses calendar format version 2, but this CaseDesk reads only version 1"_s;
        QTest::newRow("make-up weekday") << u"workday-on-weekday.json"_s
                                         << u"make-up working day 2025-01-27 is a weekday"_s;
        QTest::newRow("no document number")
            << u"missing-document-number.json"_s << u"\"source.documentNumber\" is missing"_s;
        QTest::newRow("no holidays") << u"no-holidays.json"_s << u"\"holidays\" must list the year's holidays"_s;
        QTest::newRow("not a calendar") << u"not-a-calendar.json"_s << u"is not a CaseDesk working-day calendar"_s;
    }

    void malformedFilesRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        const QString path = QFINDTESTDATA(u"../data/calendars/"_s + file);
        QVERIFY2(!path.isEmpty(), qPrintable(file));
        const Expected<CalendarYear> year = CalendarYearLoader::fromFile(path);
        QVERIFY(!year.hasValue());
        QCOMPARE(year.error().code, ErrorCode::Corrupt);
        QVERIFY2(year.error().message.contains(path), qPrintable(year.error().message));
        QVERIFY2(year.error().message.contains(problem), qPrintable(year.error().message));

        // One bad file refuses the whole calendar: never half of one.
        const Expected<WorkingDayCalendar> calendar =
            WorkingDayCalendar::fromFiles({u":/calendars/cn-2026.json"_s, path});
        QVERIFY(!calendar.hasValue());
        QCOMPARE(calendar.error().message, year.error().message);
    }

    void malformedContentRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");

        auto edited = [](const std::function<void(QJsonObject &)> &edit) {
            QJsonObject object = bundled2025();
            edit(object);
            return toJson(object);
        };
        auto holiday = [](QJsonObject &object, int index, const QString &key, const QJsonValue &value) {
            QJsonArray holidays = object[u"holidays"_s].toArray();
            QJsonObject entry = holidays[index].toObject();
            entry[key] = value;
            holidays[index] = entry;
            object[u"holidays"_s] = holidays;
        };
        auto workday = [](QJsonObject &object, const QString &date, const QString &forHoliday) {
            QJsonArray workdays = object[u"workdays"_s].toArray();
            workdays.append(QJsonObject{{u"date"_s, date}, {u"for"_s, forHoliday}});
            object[u"workdays"_s] = workdays;
        };

        QTest::newRow("empty file") << QByteArray() << u"is not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"is not a CaseDesk working-day calendar"_s;
        QTest::newRow("reversed range") << edited([&](QJsonObject &o) { holiday(o, 1, u"last"_s, u"2025-01-20"_s); })
                                        << u"春节 ends on 2025-01-20, before it starts on 2025-01-28"_s;
        QTest::newRow("date with time") << edited([&](QJsonObject &o) {
            holiday(o, 0, u"first"_s, u"2025-01-01T00:00"_s);
        }) << u"holidays[0].first is not a real date"_s;
        QTest::newRow("date as number") << edited([&](QJsonObject &o) { holiday(o, 0, u"first"_s, 20250101); })
                                        << u"holidays[0].first is not a real date"_s;
        QTest::newRow("English name missing") << edited([&](QJsonObject &o) {
            holiday(o, 2, u"name"_s, QJsonObject{{u"zh"_s, u"清明节"_s}});
        }) << u"holidays[2] needs a name in Chinese and in English"_s;
        QTest::newRow("overlapping holidays")
            << edited([&](QJsonObject &o) { holiday(o, 2, u"first"_s, u"2025-02-04"_s); })
            << u"2025-02-04 is listed in two holidays, 春节 and 清明节"_s;
        QTest::newRow("make-up day for nothing")
            << edited([&](QJsonObject &o) { workday(o, u"2025-03-01"_s, u"植树节"_s); })
            << u"is for \"植树节\", which is not one of the holidays"_s;
        QTest::newRow("make-up day twice") << edited([&](QJsonObject &o) { workday(o, u"2025-01-26"_s, u"春节"_s); })
                                           << u"make-up working day 2025-01-26 is listed twice"_s;
        QTest::newRow("reaching back too far")
            << edited([&](QJsonObject &o) { workday(o, u"2024-12-21"_s, u"元旦"_s); })
            << u"2024-12-21 (元旦) lies outside 2025"_s;
        QTest::newRow("year as text") << edited([](QJsonObject &o) { o[u"year"_s] = u"2025"_s; })
                                      << u"\"year\" must be a year"_s;
        QTest::newRow("fractional version") << edited([](QJsonObject &o) { o[u"formatVersion"_s] = 1.5; })
                                            << u"\"formatVersion\" must be a whole number"_s;
        QTest::newRow("issued not a date") << edited([](QJsonObject &o) {
            QJsonObject source = o[u"source"_s].toObject();
            source[u"issued"_s] = u"2024-11-31"_s;
            o[u"source"_s] = source;
        }) << u"source.issued is not a real date"_s;
        QTest::newRow("no workdays list")
            << edited([](QJsonObject &o) { o.remove(u"workdays"_s); }) << u"\"workdays\" must list"_s;
    }

    void malformedContentRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const Expected<CalendarYear> year = CalendarYearLoader::fromJson(json, u"cn-test.json"_s);
        QVERIFY(!year.hasValue());
        QVERIFY2(year.error().message.contains(u"cn-test.json"_s), qPrintable(year.error().message));
        QVERIFY2(year.error().message.contains(problem), qPrintable(year.error().message));
    }

    void previousDecemberMayBeReachedBack()
    {
        QJsonObject object = bundled2025();
        QJsonArray workdays = object[u"workdays"_s].toArray();
        workdays.append(QJsonObject{{u"date"_s, u"2024-12-28"_s}, {u"for"_s, u"元旦"_s}});
        object[u"workdays"_s] = workdays;
        const Expected<CalendarYear> year = CalendarYearLoader::fromJson(toJson(object), u"cn-test.json"_s);
        QVERIFY2(year.hasValue(), qPrintable(year ? QString() : year.error().message));
        QCOMPARE(year->workdays.last().date, day("2024-12-28"));
    }

    void missingFileRefused()
    {
        const QString path = u"/nonexistent/cn-2030.json"_s;
        const Expected<CalendarYear> year = CalendarYearLoader::fromFile(path);
        QVERIFY(!year.hasValue());
        QCOMPARE(year.error().code, ErrorCode::Io);
        QVERIFY(year.error().message.contains(path));
    }

    void tooLargeFileRefused()
    {
        const Expected<CalendarYear> year =
            CalendarYearLoader::fromJson(QByteArray(CalendarYearLoader::maximumSize + 1, ' '), u"cn-big.json"_s);
        QVERIFY(!year.hasValue());
        QVERIFY(year.error().message.contains(u"too large"_s));
    }

    void sameYearTwiceRefused()
    {
        const Expected<CalendarYear> first = CalendarYearLoader::fromJson(bundledJson(u"cn-2025.json"_s), u"a.json"_s);
        const Expected<CalendarYear> second = CalendarYearLoader::fromJson(bundledJson(u"cn-2025.json"_s), u"b.json"_s);
        QVERIFY(first.hasValue() && second.hasValue());
        const Expected<WorkingDayCalendar> calendar = WorkingDayCalendar::fromYears({*first, *second});
        QVERIFY(!calendar.hasValue());
        QVERIFY2(calendar.error().message.contains(u"a.json and b.json both hold the calendar for 2025"_s),
                 qPrintable(calendar.error().message));
    }

    void neighbouringNoticesMustNotDisagree()
    {
        const Expected<CalendarYear> y2025 = CalendarYearLoader::fromJson(bundledJson(u"cn-2025.json"_s), u"a.json"_s);
        QVERIFY(y2025.hasValue());
        // A 2026 notice reaching back to make 2025-12-27 a working day, read
        // after a 2025 notice that (in this test) made it a holiday.
        CalendarYear early = *y2025;
        early.holidays.append(HolidayRange{{u"测试"_s, u"Test"_s}, day("2025-12-27"), day("2025-12-27")});
        CalendarYear later;
        later.year = 2026;
        later.origin = u"b.json"_s;
        later.holidays.append(HolidayRange{{u"元旦"_s, u"New Year's Day"_s}, day("2026-01-01"), day("2026-01-01")});
        later.workdays.append(MakeUpWorkday{day("2025-12-27"), {u"元旦"_s, u"New Year's Day"_s}});
        const Expected<WorkingDayCalendar> calendar = WorkingDayCalendar::fromYears({early, later});
        QVERIFY(!calendar.hasValue());
        QVERIFY2(calendar.error().message.contains(u"a.json and b.json both list 2025-12-27"_s),
                 qPrintable(calendar.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "test_working_day_calendar.moc"
