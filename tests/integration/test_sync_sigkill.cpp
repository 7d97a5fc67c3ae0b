// A workstation killed with SIGKILL in the middle of sync, twenty times over:
// after each kill its vault is sound, and once it syncs in peace nothing it
// did is lost and nothing took effect twice. The same for a new workstation
// killed during its first pull.
#include "SyncHarness.h"

#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

// Runs the worker on the profile, kills it at a random moment, and checks
// that the vault opens sound after each kill.
void killWorkerRepeatedly(const SyncHarness &harness, const QString &profile, int kills, int maximumDelayMs,
                          quint32 seed)
{
    QRandomGenerator random(seed);
    for (int round = 0; round < kills; ++round) {
        QProcess worker;
        worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Straight to the platform: the proxy lives in this (blocked) thread.
        worker.start(
            builtProgram("SYNC_WORKER"),
            {harness.platformUrl().toString(), profile, u"staff.wang"_s, QString::number(seed + quint32(round) + 1)});
        QVERIFY(worker.waitForStarted());
        QVERIFY2(worker.waitForReadyRead(60000), "the worker never signed in");
        QTest::qSleep(int(random.bounded(50, maximumDelayMs)));
        QVERIFY2(worker.state() == QProcess::Running, "the worker stopped before it was killed");
        worker.kill();
        QVERIFY(worker.waitForFinished());

        PassphraseKeyStore keys(Profile(profile).keyFilePath(), secret("sync harness"));
        auto vault = Vault::open(Profile(profile), keys);
        QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
        QVERIFY2((*vault)->checkIntegrity()->isEmpty(), "the vault is damaged after a kill");
    }
}

// Reopens the vault the worker was killed over, with its engine, and syncs
// until quiet.
void syncInPeace(SyncHarness &harness, Workstation &workstation, const QString &profile)
{
    PassphraseKeyStore keys(Profile(profile).keyFilePath(), secret("sync harness"));
    auto vault = Vault::open(Profile(profile), keys);
    QVERIFY(vault);
    workstation.vault = std::move(vault).value();
    SyncSettings settings{harness.hallId(), workstation.workstationId};
    workstation.engine =
        std::make_unique<SyncEngine>(workstation.vault->syncStore(), workstation.client.get(), settings);
    // The client kept its session through the kills.
    workstation.engine->setSession(workstation.client->token(), QString());
    QVERIFY(harness.settle());
}

// Every case of the platform, as the workstation has it.
void compareWithPlatform(SyncHarness &harness, const Vault &vault)
{
    auto platform = harness.platformCases();
    QVERIFY(platform);
    const QHash<QString, Case> local = localCases(vault);
    QCOMPARE(local.size(), platform->size());
    for (auto it = platform->cbegin(); it != platform->cend(); ++it) {
        QCOMPARE(local.value(it.key()).state, it->caseRecord.state);
        QCOMPARE(local.value(it.key()).revision, it->caseRecord.revision);
    }
}

} // namespace

class TestSyncSigkill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A platform with the training hall, and a new workstation whose worker
    // process (sync_worker) will sign in as staff.wang.
    void init()
    {
        m_harness = std::make_unique<SyncHarness>();
        auto started = m_harness->start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        auto added = m_harness->addWorkstation(u"staff.wang"_s);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        m_workstation = *added;
        QVERIFY(m_workstation->vault->syncStore().setSetting(u"workstation.id"_s, m_workstation->workstationId));
    }

    void cleanup()
    {
        m_workstation = nullptr;
        m_harness.reset();
    }

    void killedMidSyncLosesNothingAndDoublesNothing()
    {
        SyncHarness &harness = *m_harness;
        Workstation *workstation = m_workstation;
        QVERIFY(harness.settle());
        auto baseline = harness.platformCases();
        QVERIFY(baseline);
        const qint64 changesBefore = localChangeCount(*workstation->vault);
        const QString profile = workstation->vault->profile().directory();
        // The child opens the vault itself: let go of ours meanwhile.
        workstation->engine.reset();
        workstation->vault.reset();

        constexpr int kills = 20;
        killWorkerRepeatedly(harness, profile, kills, 1500, 7);
        if (QTest::currentTestFailed())
            return;
        syncInPeace(harness, *workstation, profile);
        if (QTest::currentTestFailed())
            return;

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
        compareWithPlatform(harness, *workstation->vault);
    }

    // A new workstation's first pull of the training hall (4,500 cases) is
    // staged (FirstPullStaging): killed while it stages, and while it moves
    // the staged cases into the case list, it goes on where it stopped, and
    // ends with the hall's cases, nothing left in staging.
    void killedDuringItsFirstPullEndsWithTheWholeHall()
    {
        SyncHarness &harness = *m_harness;
        Workstation *workstation = m_workstation;
        const QString profile = workstation->vault->profile().directory();
        workstation->engine.reset();
        workstation->vault.reset();

        // The first kill while it stages, watched from here through a
        // connection of our own (WAL: reading does not hold up the worker).
        {
            PassphraseKeyStore keys(Profile(profile).keyFilePath(), secret("sync harness"));
            auto watched = Vault::open(Profile(profile), keys);
            QVERIFY(watched);
            QProcess worker;
            worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            worker.start(builtProgram("SYNC_WORKER"),
                         {harness.platformUrl().toString(), profile, u"staff.wang"_s, u"10"_s});
            QVERIFY(worker.waitForStarted());
            QVERIFY2(worker.waitForReadyRead(60000), "the worker never signed in");
            QTRY_VERIFY_WITH_TIMEOUT(rowCount((*watched)->database(), u"pull_staging"_s) >= 1000, 60000);
            worker.kill();
            QVERIFY(worker.waitForFinished());
            QVERIFY((*watched)->checkIntegrity()->isEmpty());
            QVERIFY(rowCount((*watched)->database(), u"pull_staging"_s) >= 1000);
            QVERIFY(localCases(**watched).size() < 1000); // none of it in the case list yet
        }
        // Then at random moments.
        killWorkerRepeatedly(harness, profile, 6, 600, 11);
        if (QTest::currentTestFailed())
            return;
        syncInPeace(harness, *workstation, profile);
        if (QTest::currentTestFailed())
            return;

        QVERIFY(!tableExists(workstation->vault->database(), u"pull_staging"_s));
        QVERIFY(!tableExists(workstation->vault->database(), u"pull_staging_applicants"_s));
        QSqlQuery query(workstation->vault->database());
        QVERIFY(query.exec(u"SELECT (SELECT count(*) FROM pull_staging_ratings) "
                           "+ (SELECT count(*) FROM sync_state WHERE key = 'pull.staging')"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 0);
        compareWithPlatform(harness, *workstation->vault);
    }

private:
    std::unique_ptr<SyncHarness> m_harness;
    Workstation *m_workstation = nullptr;
};

QTEST_GUILESS_MAIN(TestSyncSigkill)
#include "test_sync_sigkill.moc"
