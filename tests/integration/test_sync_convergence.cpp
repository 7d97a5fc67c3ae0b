// Three workstations make more than a thousand changes, online and offline,
// through a proxy that drops connections, delays, and answers 500 and 503;
// once the faults stop and sync settles, every cache equals the platform case
// by case, and every change made took effect exactly once (or waits, with
// both versions, in a needs-attention list).
#include "SyncHarness.h"

#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestSyncConvergence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCacheConvergesWithThePlatform()
    {
        SyncHarness harness;
        auto started = harness.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        for (const QString &staff : {u"staff.li"_s, u"staff.wang"_s, u"staff.zhang"_s}) {
            auto workstation = harness.addWorkstation(staff);
            QVERIFY2(workstation, qPrintable(workstation ? QString() : workstation.error().message));
        }
        // Everyone starts from the hall as the platform has it.
        QVERIFY(harness.settle());
        auto baseline = harness.platformCases();
        QVERIFY(baseline);
        QVERIFY(baseline->size() >= 500);
        QHash<QString, qint64> made;
        for (Workstation *workstation : harness.workstations())
            made[workstation->name] = localChangeCount(*workstation->vault);

        FaultProxy::Faults faults;
        faults.error500 = 0.05;
        faults.error503 = 0.05;
        faults.dropMidRequest = 0.05;
        faults.dropMidResponse = 0.05;
        faults.delay = 0.05;
        faults.maxDelayMs = 50;
        harness.proxy().setFaults(faults);
        harness.proxy().setSeed(20261128);

        QRandomGenerator random(42);
        const QList<Workstation *> workstations = harness.workstations();
        QHash<Workstation *, bool> online;
        int changes = 0;
        int rounds = 0;
        while (changes < 1200) {
            Workstation *workstation = workstations.at(qsizetype(random.bounded(quint32(workstations.size()))));
            // Now and then a workstation drops off the network for a while.
            if (random.bounded(40u) == 0)
                online[workstation] = !online.value(workstation, true);
            if (random.bounded(6u) == 0) {
                if (online.value(workstation, true)) {
                    harness.syncRound(*workstation, 20000);
                    ++rounds;
                }
                continue;
            }
            if (makeRandomChange(*workstation, random, harness.hallId()))
                ++changes;
        }
        qInfo("%d changes, %d rounds under faults: %s", changes, rounds,
              qPrintable(harness.proxy().counters().summary()));
        QVERIFY2(harness.proxy().counters().faults() > 20, "the faults did not happen");

        harness.proxy().setEnabled(false);
        QVERIFY2(harness.settle(), "sync did not settle once the faults stopped");

        auto platform = harness.platformCases();
        QVERIFY(platform);
        // Exactly once: every change made either moved the platform's
        // revision of its case by one, or waits in a needs-attention list.
        qint64 changesMade = 0;
        qint64 attention = 0;
        for (Workstation *workstation : workstations) {
            changesMade += localChangeCount(*workstation->vault) - made.value(workstation->name);
            attention += workstation->vault->syncStore().openAttentionCount().value();
            QCOMPARE(workstation->vault->syncStore().pendingOpCount().value(), 0);
        }
        qint64 applied = 0;
        for (auto it = platform->cbegin(); it != platform->cend(); ++it)
            applied += it->caseRecord.revision
                - (baseline->contains(it.key()) ? baseline->value(it.key()).caseRecord.revision : 0);
        QCOMPARE(changesMade, qint64(changes));
        QCOMPARE(applied + attention, changesMade);
        qInfo("%lld changes applied once each, %lld in needs-attention lists", applied, attention);

        // Case by case, every cache equals the platform.
        for (Workstation *workstation : workstations) {
            const QHash<QString, Case> local = localCases(*workstation->vault);
            QCOMPARE(local.size(), platform->size());
            for (auto it = platform->cbegin(); it != platform->cend(); ++it) {
                const Case &remote = it->caseRecord;
                const Case mine = local.value(it.key());
                const QString where = u"%1, case %2"_s.arg(workstation->name, it.key());
                QVERIFY2(!mine.id.isEmpty(), qPrintable(where + u": missing"_s));
                QVERIFY2(mine.state == remote.state, qPrintable(where + u": state"_s));
                QVERIFY2(mine.revision == remote.revision, qPrintable(where + u": revision"_s));
                QVERIFY2(mine.receiptNumber == remote.receiptNumber, qPrintable(where + u": receipt"_s));
                QVERIFY2(mine.itemCode == remote.itemCode, qPrintable(where + u": item"_s));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "test_sync_convergence.moc"
