#include "common/IsoTime.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;
using namespace Qt::StringLiterals;

// isoUtcText must give exactly what Qt gives: the vault compares and sorts
// times as this text, written by both.
class TestIsoTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void givesWhatQtGives_data()
    {
        QTest::addColumn<QDateTime>("when");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("the epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        QTest::newRow("a millisecond before the epoch") << QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC);
        QTest::newRow("a leap day") << utc(2024, 2, 29, 23, 59, 59, 999);
        QTest::newRow("the day after a leap day") << utc(2024, 3, 1, 0, 0, 0, 0);
        QTest::newRow("2100 has no leap day") << utc(2100, 3, 1, 0, 0, 0, 1);
        QTest::newRow("2000 has one") << utc(2000, 2, 29, 12, 0, 0, 0);
        QTest::newRow("new year's eve") << utc(2026, 12, 31, 23, 59, 59, 999);
        QTest::newRow("the first year it formats") << utc(1000, 1, 1, 0, 0, 0, 0);
        QTest::newRow("the last") << utc(9999, 12, 31, 23, 59, 59, 999);
        QTest::newRow("before 1000, through Qt") << utc(999, 12, 31, 23, 59, 59, 999);
        QTest::newRow("local time in Shanghai")
            << QDateTime(QDate(2026, 11, 30), QTime(8, 30, 0, 5), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
        QTest::newRow("a fixed offset") << QDateTime(QDate(2026, 1, 1), QTime(0, 15), QTimeZone(-5 * 3600));
        QRandomGenerator random(20261130);
        for (int i = 0; i < 2000; ++i) {
            const qint64 from = utc(1000, 1, 1, 0, 0, 0, 0).toMSecsSinceEpoch();
            const qint64 to = utc(9999, 12, 31, 23, 59, 59, 999).toMSecsSinceEpoch();
            const qint64 msecs = from + qint64(random.bounded(quint64(to - from)));
            QTest::addRow("random %d", i) << QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        }
    }

    void givesWhatQtGives()
    {
        QFETCH(QDateTime, when);
        QCOMPARE(isoUtcText(when), when.toUTC().toString(Qt::ISODateWithMs));
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "test_iso_time.moc"
