#include "TestSupport.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/CaseStore.h"
#include "storage/Vault.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestCaseStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const Profile profile(m_dir->path());
        m_keyStore = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("case store tests"));
        auto vault = Vault::create(profile, *m_keyStore, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void aNewCaseCommitsWithItsEventAndOutboxOp()
    {
        CaseStore store = m_vault->caseStore();
        SyntheticCases synthetic(1);
        const NewCase entry = synthetic.next();
        QVERIFY(store.insertNew({entry}, u"staff.li"_s));
        const VaultCounts counts = store.counts().value();
        QCOMPARE(counts.cases, 1);
        QCOMPARE(counts.applicants, 1);
        QCOMPARE(counts.caseEvents, 1);
        QCOMPARE(counts.pendingOps, 1);

        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"SELECT case_id, kind, payload, base_rev FROM outbox"_s) && query.next());
        QCOMPARE(query.value(0).toString(), entry.caseRecord.id);
        QCOMPARE(query.value(1).toString(), u"case.create"_s);
        const QJsonObject payload = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        QCOMPARE(payload[u"case"_s][u"id"_s].toString(), entry.caseRecord.id);
        QCOMPARE(payload[u"applicant"_s][u"idNumber"_s].toString(), entry.applicant.idNumber);
        QCOMPARE(query.value(3).toInt(), 0);

        QVERIFY(query.exec(u"SELECT actor, to_state FROM case_events"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"staff.li"_s);
        QCOMPARE(query.value(1).toString(), caseStateName(entry.caseRecord.state));
    }

    void aFailingBatchWritesNothing()
    {
        CaseStore store = m_vault->caseStore();
        SyntheticCases synthetic(2);
        NewCase first = synthetic.next();
        NewCase duplicate = synthetic.next();
        duplicate.caseRecord.id = first.caseRecord.id; // violates the primary key
        auto result = store.insertNew({first, duplicate}, u"staff.li"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Sql);
        const VaultCounts counts = store.counts().value();
        QCOMPARE(counts.cases, 0);
        QCOMPARE(counts.applicants, 0);
        QCOMPARE(counts.caseEvents, 0);
        QCOMPARE(counts.pendingOps, 0);
    }

    void findsWhatItStored()
    {
        CaseStore store = m_vault->caseStore();
        SyntheticCases synthetic(3);
        const NewCase entry = synthetic.next();
        QCOMPARE(store.containsCase(entry.caseRecord.id).value(), false);
        QVERIFY(store.insertNew({entry}, u"staff.li"_s));
        QCOMPARE(store.containsCase(entry.caseRecord.id).value(), true);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeyStore> m_keyStore;
    std::unique_ptr<Vault> m_vault;
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "test_case_store.moc"
