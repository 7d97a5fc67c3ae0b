// Two casedesk-platform processes on one PostgreSQL database (a cluster the
// test starts on loopback), started at the same moment, fed one stream of
// 2000 ops: every batch goes to both at once, some a third time. Each op must
// take effect exactly once, revisions must count right, and the change feed
// must have no gap and no duplicate — also for a puller that reads it while
// the ops are still coming in, which would skip a change committed late with
// a lower seq.

#include "ApiClient.h"
#include "PlatformProcess.h"
#include "PostgresCluster.h"
#include "TestOps.h"
#include "TestSupport.h"

#include "DatabaseLocation.h"
#include "PlatformStore.h"
#include "TrainingHall.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::test;

namespace {

constexpr int laneCount = 4;
constexpr int casesPerLane = 50;
constexpr int stepsPerCase = 10; // 5 of them non-commuting
constexpr int batchSize = 25;
const QString opsPath = u"/api/v1/halls/TRAINING-HALL/ops"_s;

// The ten ops of one case, in the order a counter would make them.
protocol::Op step(const protocol::CaseSnapshot &snapshot, int index, int serial)
{
    const QString id = snapshot.caseRecord.id;
    switch (index) {
    case 0: return createOp(snapshot);
    case 1: return materialOp(id, 1, u"id-card"_s);
    case 2: return transitionOp(id, 1, CaseEvent::PreReview, CaseState::Draft, CaseState::PreReviewed);
    case 3: return noteOp(id, 2, u"预审通过"_s);
    case 4:
        return transitionOp(id, 2, CaseEvent::Accept, CaseState::PreReviewed, CaseState::Accepted,
                            u"TH-2026-W09-%1"_s.arg(serial, 6, 10, QChar(u'0')));
    case 5: return materialOp(id, 3, u"application-form"_s);
    case 6: return transitionOp(id, 3, CaseEvent::StartProcessing, CaseState::Accepted, CaseState::InProgress);
    case 7: return noteOp(id, 4, u"已转审批科室"_s);
    case 8: return transitionOp(id, 4, CaseEvent::Complete, CaseState::InProgress, CaseState::Completed);
    default: return noteOp(id, 5, u"结果已领取"_s);
    }
}

struct Lane {
    QList<QList<protocol::Op>> batches;
    int next = 0;
    int outstanding = 0;
    bool done = false;
};

} // namespace

class TestPlatformConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoInstancesApplyEachOpOnce();
    void waitsOutADatabaseRestart();

private:
    PostgresCluster m_cluster;
};

void TestPlatformConcurrency::initTestCase()
{
    QVERIFY(QFileInfo(builtProgram("CASEDESK_PLATFORM")).isExecutable());
    const QString started = m_cluster.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString created = m_cluster.createDatabase(u"shared"_s);
    QVERIFY2(created.isEmpty(), qPrintable(created));
}

void TestPlatformConcurrency::cleanupTestCase()
{
    m_cluster.stop();
}

void TestPlatformConcurrency::twoInstancesApplyEachOpOnce()
{
    // Both start on the empty database at once: the migrations and the
    // training hall's seeding race, and must happen once.
    const QStringList arguments{u"--db"_s, m_cluster.url(u"shared"_s), u"--seed-training-hall"_s, u"--log-format"_s,
                                u"json"_s};
    PlatformProcess first;
    PlatformProcess second;
    first.launch(arguments);
    second.launch(arguments);
    QString failed = first.waitUntilListening();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    failed = second.waitUntilListening();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(first.baseUrl() != second.baseUrl());

    ApiClient a(first.baseUrl());
    ApiClient b(second.baseUrl());
    QCOMPARE(a.login(u"staff.li"_s, u"training"_s, u"ws-a"_s).status, 200);
    QCOMPARE(b.login(u"staff.wang"_s, u"training"_s, u"ws-b"_s).status, 200);
    // One platform behind two doors: a token of one instance works at the other.
    ApiClient puller(second.baseUrl());
    puller.setToken(a.token());
    QCOMPARE(puller.get(u"/api/v1/catalogue"_s).status, 200);

    // The stream: lanes of cases worked side by side, each lane in order.
    QList<Lane> lanes(laneCount);
    QStringList caseIds;
    int serial = 0;
    for (int l = 0; l < laneCount; ++l) {
        QList<protocol::CaseSnapshot> cases;
        for (int c = 0; c < casesPerLane; ++c) {
            cases.append(newCase(u"TRAINING-HALL"_s, quint32(1000 + l * casesPerLane + c)));
            caseIds.append(cases.last().caseRecord.id);
        }
        QList<protocol::Op> ops;
        for (int s = 0; s < stepsPerCase; ++s) {
            for (const protocol::CaseSnapshot &snapshot : std::as_const(cases))
                ops.append(step(snapshot, s, ++serial));
        }
        for (qsizetype i = 0; i < ops.size(); i += batchSize)
            lanes[l].batches.append(ops.mid(i, batchSize));
    }
    const int totalOps = laneCount * casesPerLane * stepsPerCase;
    QCOMPARE(totalOps, 2000);

    QHash<QString, int> appliedCount;
    QHash<QString, int> seenCount;
    QStringList problems;
    int sent = 0;
    QEventLoop loop;
    std::function<void(int)> sendNext = [&](int laneIndex) {
        Lane &lane = lanes[laneIndex];
        if (lane.next == lane.batches.size()) {
            lane.done = true;
            if (std::all_of(lanes.begin(), lanes.end(), [](const Lane &l) { return l.done; }))
                loop.quit();
            return;
        }
        const QList<protocol::Op> &batch = lane.batches.at(lane.next);
        const QByteArray body = batchBody(batch);
        QList<QNetworkReply *> replies{a.start("POST", opsPath, body, "application/json"),
                                       b.start("POST", opsPath, body, "application/json")};
        // Every third batch is retried at once, as after a lost answer.
        if (lane.next % 3 == 0)
            replies.append((lane.next % 2 ? a : b).start("POST", opsPath, body, "application/json"));
        lane.outstanding = int(replies.size());
        sent += lane.outstanding;
        for (QNetworkReply *reply : std::as_const(replies)) {
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, batch, laneIndex] {
                const ApiReply answer = ApiClient::collect(reply);
                if (answer.status != 200) {
                    problems.append(u"HTTP %1: %2"_s.arg(answer.status).arg(QString::fromUtf8(answer.body)));
                } else {
                    auto results = protocol::decodeOpResults(answer.body, batch);
                    if (!results) {
                        problems.append(results.error().message);
                    } else {
                        for (const protocol::OpResult &result : std::as_const(*results)) {
                            ++seenCount[result.opId];
                            if (result.status == protocol::OpStatus::Applied)
                                ++appliedCount[result.opId];
                            else if (result.status != protocol::OpStatus::Duplicate)
                                problems.append(u"op %1: %2 %3"_s.arg(
                                    result.opId, protocol::opStatusName(result.status), result.reasonMessage));
                        }
                    }
                }
                Lane &current = lanes[laneIndex];
                if (--current.outstanding == 0) {
                    ++current.next;
                    sendNext(laneIndex);
                }
            });
        }
    };

    // A workstation pulling all along, alternating between the instances.
    QList<qint64> pulledWhileRunning;
    qint64 cursor = 0;
    bool pulling = false;
    QTimer pullTimer;
    pullTimer.setInterval(20);
    QObject::connect(&pullTimer, &QTimer::timeout, &pullTimer, [&] {
        if (pulling)
            return;
        pulling = true;
        ApiClient &from = pulledWhileRunning.size() % 2 ? a : b;
        QNetworkReply *reply =
            from.start("GET", u"/api/v1/halls/TRAINING-HALL/changes?after=%1&limit=50"_s.arg(cursor));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            const ApiReply answer = ApiClient::collect(reply);
            auto page = protocol::decodeChangesPage(answer.body, cursor);
            if (answer.status != 200 || !page) {
                problems.append(u"pull: %1 %2"_s.arg(answer.status).arg(QString::fromUtf8(answer.body.left(300))));
            } else {
                for (const protocol::Change &change : std::as_const(page->changes))
                    pulledWhileRunning.append(change.seq);
                cursor = page->next;
            }
            pulling = false;
        });
    });

    QElapsedTimer clock;
    clock.start();
    pullTimer.start();
    for (int l = 0; l < laneCount; ++l)
        sendNext(l);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    pullTimer.stop();
    while (pulling)
        QTest::qWait(10);
    qInfo("%d ops in %d requests to two instances in %lld ms", totalOps, sent, clock.elapsed());
    QVERIFY2(std::all_of(lanes.begin(), lanes.end(), [](const Lane &l) { return l.done; }), "the stream timed out");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));

    // Each op answered applied exactly once, duplicate every other time.
    QCOMPARE(appliedCount.size(), totalOps);
    for (auto it = appliedCount.cbegin(); it != appliedCount.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(u"op %1 applied %2 times"_s.arg(it.key()).arg(it.value())));
    QCOMPARE(seenCount.size(), totalOps);

    // And in the database, counted.
    auto location = DatabaseLocation::parse(m_cluster.url(u"shared"_s));
    QVERIFY(location);
    auto store = PlatformStore::open(*location);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    const int seeded = TrainingHall::defaultCaseCount;
    const int nonCommuting = laneCount * casesPerLane * 5;
    QCOMPARE(*(*store)->countRows(u"halls"_s), 1);
    QCOMPARE(*(*store)->countRows(u"users"_s), qint64(TrainingHall::staff().size()));
    QCOMPARE(*(*store)->countRows(u"applied_ops"_s), qint64(totalOps));
    QCOMPARE(*(*store)->countRows(u"case_materials"_s), qint64(laneCount * casesPerLane * 2));
    QCOMPARE(*(*store)->countRows(u"case_notes"_s), qint64(laneCount * casesPerLane * 3));
    QCOMPARE(*(*store)->countRows(u"cases"_s), qint64(seeded + laneCount * casesPerLane));
    QCOMPARE(*(*store)->countRows(u"changes"_s), qint64(seeded + nonCommuting));

    // The whole feed, from the start: strictly increasing seqs, each case's
    // revisions 1 to 5 once each, in order.
    QList<qint64> feed;
    QHash<QString, QList<qint64>> revisions;
    QHash<QString, protocol::CaseSnapshot> last;
    auto whole = pullFeed(a, u"TRAINING-HALL"_s);
    QVERIFY2(whole, whole ? "" : qPrintable(whole.error().message));
    for (const protocol::Change &change : std::as_const(whole->changes)) {
        feed.append(change.seq);
        revisions[change.snapshot.caseRecord.id].append(change.snapshot.caseRecord.revision);
        last.insert(change.snapshot.caseRecord.id, change.snapshot);
    }
    QCOMPARE(feed.size(), seeded + nonCommuting);
    for (const QString &id : std::as_const(caseIds)) {
        QCOMPARE(revisions.value(id), (QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(last.value(id).caseRecord.state, CaseState::Completed);
        QVERIFY(!last.value(id).caseRecord.receiptNumber.isEmpty());
    }

    // The puller that read during the stream, and then up to the end, saw
    // exactly the same feed: nothing skipped, nothing twice.
    auto rest = pullFeed(b, u"TRAINING-HALL"_s, cursor);
    QVERIFY2(rest, rest ? "" : qPrintable(rest.error().message));
    for (const protocol::Change &change : std::as_const(rest->changes))
        pulledWhileRunning.append(change.seq);
    QCOMPARE(pulledWhileRunning, feed);

    first.stop();
    second.stop();
    QVERIFY(first.exitedCleanly());
    QVERIFY(second.exitedCleanly());
}

void TestPlatformConcurrency::waitsOutADatabaseRestart()
{
    PlatformProcess platform;
    const QString failed = platform.start({u"--db"_s, m_cluster.socketUrl(u"shared"_s)});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    ApiClient client(platform.baseUrl());
    QCOMPARE(client.login(u"staff.zhang"_s, u"training"_s).status, 200);
    const QString changes = u"/api/v1/halls/TRAINING-HALL/changes?after=0&limit=1"_s;
    QCOMPARE(client.get(changes).status, 200);

    QString paused = m_cluster.pause();
    QVERIFY2(paused.isEmpty(), qPrintable(paused));
    // Down: "try again later", twice (the broken connection, then the failed reconnect).
    for (int attempt = 0; attempt < 2; ++attempt) {
        const ApiReply down = client.get(changes);
        QCOMPARE(down.status, 503);
        QCOMPARE(down.problemCode(), u"unavailable"_s);
        QVERIFY(!down.header("Retry-After").isEmpty());
    }
    QCOMPARE(client.get(u"/api/v1/health"_s).status, 503);

    const QString resumed = m_cluster.resume();
    QVERIFY2(resumed.isEmpty(), qPrintable(resumed));
    QCOMPARE(client.get(changes).status, 200);
    QCOMPARE(client.get(u"/api/v1/health"_s).status, 200);
    platform.stop();
}

QTEST_GUILESS_MAIN(TestPlatformConcurrency)
#include "test_platform_concurrency.moc"
