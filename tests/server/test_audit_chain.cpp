// The platform keeps each workstation's audit chain and accepts a record only
// when it continues the chain from the last record it holds for that
// workstation: a break is refused with the reason, and the workstation keeps
// the refusal on its needs-attention list. Real vaults make the records; the
// platform runs on loopback on SQLite, or on PostgreSQL with
// CASEDESK_TEST_DATABASE=postgresql.
#include "ApiClient.h"
#include "PostgresCluster.h"
#include "TestOps.h"
#include "TestSupport.h"

#include "DatabaseLocation.h"
#include "PlatformStore.h"
#include "PlatformThread.h"
#include "common/TimeOrderedId.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/Vault.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString opsPath = u"/api/v1/halls/TRAINING-HALL/ops"_s;

// A workstation: its own vault, whose audit log makes real records.
struct Workstation {
    QTemporaryDir directory;
    std::unique_ptr<PassphraseKeyStore> keys;
    std::unique_ptr<Vault> vault;
};

std::unique_ptr<Workstation> newWorkstation()
{
    auto workstation = std::make_unique<Workstation>();
    const Profile profile(workstation->directory.path());
    workstation->keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("audit chain tests"));
    auto vault = Vault::create(profile, *workstation->keys, Profile::newProfileId());
    if (!vault)
        qFatal("creating a vault: %s", qPrintable(vault.error().message));
    workstation->vault = std::move(vault).value();
    return workstation;
}

AuditRecord append(Workstation &workstation, int i)
{
    auto record = workstation.vault->auditLog().append(
        AuditEntry{u"staff.li"_s,
                   u"case.open"_s,
                   u"case:0193a5c1-7e2f-7abc-8def-%1"_s.arg(i, 12, 10, QChar(u'0')),
                   AuditResult::Succeeded,
                   QJsonObject{{u"n"_s, i}},
                   {}});
    if (!record)
        qFatal("appending: %s", qPrintable(record.error().message));
    return *record;
}

// The record as an op, the way the outbox carries it.
protocol::Op auditOp(const AuditRecord &record)
{
    return protocol::Op{
        newTimeOrderedId(), QString(), protocol::OpKind::AuditAppend, 0, QDateTime::currentDateTimeUtc(),
        toJson(record)};
}

QList<protocol::OpResult> resultsOf(const ApiReply &reply, const QList<protocol::Op> &sent)
{
    if (reply.status != 200) {
        qWarning("pushing: %d %s", reply.status, reply.body.constData());
        return {};
    }
    auto results = protocol::decodeOpResults(reply.body, sent);
    if (!results) {
        qWarning("%s", qPrintable(results.error().message));
        return {};
    }
    return *results;
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aChainIsKeptRecordByRecord();
    void aBreakIsRefusedWithTheReason();
    void aNewWorkstationStartsWithRecordOne();
    void theWorkstationKeepsTheRefusal();

private:
    QList<protocol::OpResult> push(const QString &workstationId, const QList<protocol::Op> &ops);

    QTemporaryDir m_directory;
    std::unique_ptr<PostgresCluster> m_cluster;
    PlatformThread m_platform;
    std::unique_ptr<PlatformStore> m_store; // the test's own connection, for checks
    std::unique_ptr<ApiClient> m_client;
};

void TestAuditChain::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QString database = u"sqlite:"_s + m_directory.filePath(u"platform.db"_s);
    if (qEnvironmentVariable("CASEDESK_TEST_DATABASE") == u"postgresql") {
        m_cluster = std::make_unique<PostgresCluster>();
        const QString started = m_cluster->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString created = m_cluster->createDatabase(u"audit"_s);
        QVERIFY2(created.isEmpty(), qPrintable(created));
        database = m_cluster->socketUrl(u"audit"_s);
    }
    PlatformOptions options;
    options.port = 0;
    options.database = database;
    options.seedTrainingHall = true;
    const auto port = m_platform.start(options);
    QVERIFY2(port, port ? "" : qPrintable(port.error().message));
    auto location = DatabaseLocation::parse(database);
    QVERIFY(location);
    auto store = PlatformStore::open(*location);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    m_store = std::move(*store);
    m_client = std::make_unique<ApiClient>(m_platform.baseUrl());
    QCOMPARE(m_client->login(u"staff.li"_s, u"training"_s).status, 200);
}

void TestAuditChain::cleanupTestCase()
{
    m_client.reset();
    m_platform.stop();
    m_store.reset();
    m_cluster.reset();
}

QList<protocol::OpResult> TestAuditChain::push(const QString &workstationId, const QList<protocol::Op> &ops)
{
    return resultsOf(m_client->post(opsPath, batchBody(ops, workstationId)), ops);
}

void TestAuditChain::aChainIsKeptRecordByRecord()
{
    auto workstation = newWorkstation();
    for (int i = 1; i <= 3; ++i)
        append(*workstation, i);
    auto ops = workstation->vault->syncStore().pendingOps(10);
    QVERIFY(ops && ops->size() == 3);
    auto results = push(u"ws-chain"_s, *ops);
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results.at(i).status, protocol::OpStatus::Applied);
        QCOMPARE(results.at(i).revision, i + 1);
    }
    // A retry of the batch: duplicates, the chain unchanged.
    results = push(u"ws-chain"_s, *ops);
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(2).status, protocol::OpStatus::Duplicate);
    QCOMPARE(results.at(2).revision, 3);
    QVERIFY(workstation->vault->syncStore().applyResults(*ops, results));

    // The chain goes on from where the platform stands.
    const AuditRecord fourth = append(*workstation, 4);
    const AuditRecord fifth = append(*workstation, 5);
    ops = workstation->vault->syncStore().pendingOps(10);
    QVERIFY(ops && ops->size() == 2);
    results = push(u"ws-chain"_s, *ops);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).status, protocol::OpStatus::Applied);
    QCOMPARE(results.at(1).status, protocol::OpStatus::Applied);
    auto last = m_store->lastAuditRecord(u"ws-chain"_s);
    QVERIFY(last && *last);
    QCOMPARE((*last)->sequence, 5);
    QCOMPARE((*last)->hash, fifth.hash);
    QCOMPARE((*last)->previousHash, fourth.hash);
}

void TestAuditChain::aBreakIsRefusedWithTheReason()
{
    auto workstation = newWorkstation();
    QList<AuditRecord> records;
    for (int i = 1; i <= 4; ++i)
        records << append(*workstation, i);
    const QList<protocol::Op> firstThree{auditOp(records.at(0)), auditOp(records.at(1)), auditOp(records.at(2))};
    QCOMPARE(push(u"ws-break"_s, firstThree).size(), 3);
    const auto rowsBefore = m_store->countRows(u"audit_records"_s);
    QVERIFY(rowsBefore);

    // Record 4 made to follow record 2 (the chain forked), its own hash right.
    AuditRecord forked = records.at(3);
    forked.previousHash = records.at(1).hash;
    forked.hash = forked.computeHash();
    // Record 5 where 4 is due: one left out.
    AuditRecord skipped = records.at(3);
    skipped.sequence = 5;
    skipped.previousHash = records.at(3).hash;
    skipped.hash = skipped.computeHash();
    // Record 4 changed on the way, its hash not.
    AuditRecord edited = records.at(3);
    edited.object = u"case:0193a5c1-7e2f-7abc-8def-999999999999"_s;
    // Record 2 again, with other content: history rewritten.
    AuditRecord rewritten = records.at(1);
    rewritten.userId = u"staff.wang"_s;
    rewritten.hash = rewritten.computeHash();

    const QList<protocol::Op> breaks{auditOp(forked), auditOp(skipped), auditOp(edited), auditOp(rewritten)};
    const auto results = push(u"ws-break"_s, breaks);
    QCOMPARE(results.size(), 4);
    for (const protocol::OpResult &result : results)
        QCOMPARE(result.status, protocol::OpStatus::Rejected);
    QCOMPARE(results.at(0).reasonCode, u"audit-chain-break"_s);
    QVERIFY2(results.at(0).reasonMessage.contains(u"record 3"_s) && results.at(0).reasonMessage.contains(u"ws-break"_s),
             qPrintable(results.at(0).reasonMessage));
    QCOMPARE(results.at(1).reasonCode, u"audit-chain-break"_s);
    QVERIFY2(results.at(1).reasonMessage.contains(u"Audit record 5"_s), qPrintable(results.at(1).reasonMessage));
    QCOMPARE(results.at(2).reasonCode, u"audit-hash-mismatch"_s);
    QCOMPARE(results.at(3).reasonCode, u"audit-chain-break"_s);
    QCOMPARE(*m_store->countRows(u"audit_records"_s), *rowsBefore); // nothing of it kept

    // The true record 4 still continues the chain.
    const auto fourth = push(u"ws-break"_s, {auditOp(records.at(3))});
    QCOMPARE(fourth.size(), 1);
    QCOMPARE(fourth.at(0).status, protocol::OpStatus::Applied);
    QCOMPARE(fourth.at(0).revision, 4);

    // Not a record at all.
    protocol::Op malformed = auditOp(records.at(3));
    malformed.payload.insert(u"hash"_s, u"not a hash"_s);
    const auto invalid = push(u"ws-break"_s, {malformed});
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.at(0).reasonCode, u"invalid-payload"_s);
}

void TestAuditChain::aNewWorkstationStartsWithRecordOne()
{
    auto workstation = newWorkstation();
    const AuditRecord first = append(*workstation, 1);
    const AuditRecord second = append(*workstation, 2);
    // The platform has nothing from this workstation: record 2 cannot come first.
    auto results = push(u"ws-new"_s, {auditOp(second)});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).reasonCode, u"audit-chain-break"_s);
    QVERIFY2(results.at(0).reasonMessage.contains(u"record 1"_s), qPrintable(results.at(0).reasonMessage));
    results = push(u"ws-new"_s, {auditOp(first), auditOp(second)});
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(1).status, protocol::OpStatus::Applied);

    // Chains are per workstation: the same records from another one start it anew.
    results = push(u"ws-other"_s, {auditOp(first)});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).status, protocol::OpStatus::Applied);
    QCOMPARE((*m_store->lastAuditRecord(u"ws-new"_s))->sequence, 2);
    QCOMPARE((*m_store->lastAuditRecord(u"ws-other"_s))->sequence, 1);
}

void TestAuditChain::theWorkstationKeepsTheRefusal()
{
    // A chain the platform has pushed, and a vault whose log starts over
    // under the same workstation id (a profile restored from an old backup
    // or rebuilt): its records do not continue what the platform holds.
    auto original = newWorkstation();
    for (int i = 1; i <= 2; ++i)
        append(*original, i);
    auto ops = original->vault->syncStore().pendingOps(10);
    QVERIFY(ops);
    QCOMPARE(push(u"ws-restored"_s, *ops).size(), 2);

    auto restored = newWorkstation();
    append(*restored, 1);
    ops = restored->vault->syncStore().pendingOps(10);
    QVERIFY(ops && ops->size() == 1);
    const auto results = push(u"ws-restored"_s, *ops);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).status, protocol::OpStatus::Rejected);
    auto outcome = restored->vault->syncStore().applyResults(*ops, results);
    QVERIFY(outcome);
    QCOMPARE(outcome->rejected, 1);
    auto attention = restored->vault->syncStore().openAttention();
    QVERIFY(attention);
    QCOMPARE(attention->size(), 1);
    QCOMPARE(attention->first().kind, u"audit.append"_s);
    QCOMPARE(attention->first().status, u"rejected"_s);
    QVERIFY2(attention->first().reason.contains(u"audit-chain-break"_s), qPrintable(attention->first().reason));
    QCOMPARE(restored->vault->syncStore().pendingOpCount().value(), 0);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_audit_chain.moc"
