#include "sync/Backoff.h"

#include <QTest>

using namespace casedesk;
using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void growsExponentiallyUpToTheCap()
    {
        Backoff backoff(1s, 60s, 7);
        QCOMPARE(backoff.ceiling(), 1000ms);
        for (int failure = 1; failure <= 12; ++failure) {
            const auto delay = backoff.nextDelay();
            const auto expectedCeiling = std::min<std::chrono::milliseconds>(60s, 1000ms * (1 << failure) / 2);
            QVERIFY2(delay <= expectedCeiling, qPrintable(QString::number(delay.count())));
            QVERIFY(delay >= 0ms);
        }
        QCOMPARE(backoff.ceiling(), 60000ms);
        QCOMPARE(backoff.failures(), 12);
    }

    void jitterSpreadsTheWholeRange()
    {
        // Full jitter: over many draws at the cap, waits fall in every
        // fifth of [0, cap], so counters coming back do not move in step.
        Backoff backoff(1s, 10s, 42);
        for (int i = 0; i < 5; ++i)
            backoff.nextDelay();
        int buckets[5] = {};
        for (int i = 0; i < 2000; ++i) {
            const auto delay = backoff.nextDelay();
            QVERIFY(delay <= 10s);
            ++buckets[std::min<qint64>(delay.count() / 2000, 4)];
        }
        for (int bucket : buckets)
            QVERIFY2(bucket > 250, qPrintable(QString::number(bucket)));
    }

    void neverShorterThanRetryAfter()
    {
        Backoff backoff(100ms, 1s, 3);
        for (int i = 0; i < 50; ++i)
            QVERIFY(backoff.nextDelay(3s) >= 3s);
    }

    void resetStartsOver()
    {
        Backoff backoff(1s, 60s, 9);
        for (int i = 0; i < 8; ++i)
            backoff.nextDelay();
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QVERIFY(backoff.nextDelay() <= 2s);
    }

    void sameSeedSameWaits()
    {
        Backoff first(1s, 60s, 99);
        Backoff second(1s, 60s, 99);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(first.nextDelay(), second.nextDelay());
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "test_backoff.moc"
