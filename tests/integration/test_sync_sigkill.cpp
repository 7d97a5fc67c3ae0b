// A workstation killed with SIGKILL in the middle of sync, twenty times over:
// after each kill its vault is sound, and once it syncs in peace nothing it
// did is lost and nothing took effect twice.
#include "SyncHarness.h"

#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestSyncSigkill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidSyncLosesNothingAndDoublesNothing()
    {
        SyncHarness harness;
        auto started = harness.start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        auto added = harness.addWorkstation(u"staff.wang"_s);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        Workstation *workstation = *added;
        QVERIFY(harness.settle());
        QVERIFY(workstation->vault->syncStore().setSetting(u"workstation.id"_s, workstation->workstationId));
        auto baseline = harness.platformCases();
        QVERIFY(baseline);
        const qint64 changesBefore = localChangeCount(*workstation->vault);
        const QString profile = workstation->vault->profile().directory();
        // The child opens the vault itself: let go of ours meanwhile.
        workstation->engine.reset();
        workstation->vault.reset();

        QRandomGenerator random(7);
        constexpr int kills = 20;
        for (int round = 0; round < kills; ++round) {
            QProcess worker;
            worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            // Straight to the platform: the proxy lives in this (blocked) thread.
            worker.start(builtProgram("SYNC_WORKER"),
                         {harness.platformUrl().toString(), profile, u"staff.wang"_s, QString::number(round + 1)});
            QVERIFY(worker.waitForStarted());
            QVERIFY2(worker.waitForReadyRead(60000), "the worker never signed in");
            QTest::qSleep(int(random.bounded(50, 1500)));
            QVERIFY2(worker.state() == QProcess::Running, "the worker stopped before it was killed");
            worker.kill();
            QVERIFY(worker.waitForFinished());

            PassphraseKeyStore keys(Profile(profile).keyFilePath(), secret("sync harness"));
            auto vault = Vault::open(Profile(profile), keys);
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            QVERIFY2((*vault)->checkIntegrity()->isEmpty(), "the vault is damaged after a kill");
        }

        // Back in peace: reopen, sync until quiet, then count.
        PassphraseKeyStore keys(Profile(profile).keyFilePath(), secret("sync harness"));
        auto vault = Vault::open(Profile(profile), keys);
        QVERIFY(vault);
        workstation->vault = std::move(vault).value();
        SyncSettings settings{harness.hallId(), workstation->workstationId};
        workstation->engine =
            std::make_unique<SyncEngine>(workstation->vault->syncStore(), workstation->client.get(), settings);
        // The client kept its session through the kills.
        workstation->engine->setSession(workstation->client->token(), QString());
        QVERIFY(harness.settle());

        auto platform = harness.platformCases();
        QVERIFY(platform);
        const qint64 made = localChangeCount(*workstation->vault) - changesBefore;
        const qint64 attention = workstation->vault->syncStore().openAttentionCount().value();
        qint64 applied = 0;
        for (auto it = platform->cbegin(); it != platform->cend(); ++it)
            applied += it->caseRecord.revision
                - (baseline->contains(it.key()) ? baseline->value(it.key()).caseRecord.revision : 0);
        qInfo("%lld changes made across %d kills: %lld applied once each, %lld need attention", made, kills, applied,
              attention);
        QVERIFY2(made > kills, "the worker made too few changes to prove anything");
        QCOMPARE(applied + attention, made);
        const QHash<QString, Case> local = localCases(*workstation->vault);
        QCOMPARE(local.size(), platform->size());
        for (auto it = platform->cbegin(); it != platform->cend(); ++it) {
            QCOMPARE(local.value(it.key()).state, it->caseRecord.state);
            QCOMPARE(local.value(it.key()).revision, it->caseRecord.revision);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncSigkill)
#include "test_sync_sigkill.moc"
