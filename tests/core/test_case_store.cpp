#include "TestSupport.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "storage/CaseStore.h"
#include "storage/Vault.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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

    void aTransitionCommitsWithItsEventAndOp()
    {
        CaseStore store = m_vault->caseStore();
        SyntheticCases synthetic(4);
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::PreReviewed;
        entry.caseRecord.receiptNumber.clear();
        entry.caseRecord.dueDate = QDate();
        QVERIFY(store.insertNew({entry}, u"staff.li"_s));

        CaseTransition accept{entry.caseRecord.id,
                              CaseEvent::Accept,
                              u"staff.li"_s,
                              {},
                              QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC),
                              u"HALL-1-000123"_s,
                              QDate(2026, 12, 4),
                              {}};
        auto accepted = store.apply(accept);
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
        QCOMPARE(accepted->state, CaseState::Accepted);
        QCOMPARE(accepted->revision, entry.caseRecord.revision + 1);
        auto reloaded = store.load(entry.caseRecord.id);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->state, CaseState::Accepted);
        QCOMPARE(reloaded->receiptNumber, u"HALL-1-000123"_s);
        QCOMPARE(reloaded->dueDate, QDate(2026, 12, 4));

        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"SELECT kind, from_state, to_state, actor FROM case_events ORDER BY id DESC LIMIT 1"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"accept"_s);
        QCOMPARE(query.value(1).toString(), u"pre_reviewed"_s);
        QCOMPARE(query.value(2).toString(), u"accepted"_s);
        QCOMPARE(query.value(3).toString(), u"staff.li"_s);
        QVERIFY(query.exec(u"SELECT kind, base_rev FROM outbox ORDER BY seq DESC LIMIT 1"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"case.transition"_s);
        QCOMPARE(query.value(1).toLongLong(), entry.caseRecord.revision);
    }

    void anIllegalTransitionChangesNothing()
    {
        CaseStore store = m_vault->caseStore();
        SyntheticCases synthetic(5);
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::Draft;
        entry.caseRecord.receiptNumber.clear();
        QVERIFY(store.insertNew({entry}, u"staff.li"_s));
        const VaultCounts before = store.counts().value();
        auto result = store.apply({entry.caseRecord.id, CaseEvent::Complete, u"staff.li"_s, {}, {}, {}, {}, {}});
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(u"complete"_s));
        const VaultCounts after = store.counts().value();
        QCOMPARE(after.caseEvents, before.caseEvents);
        QCOMPARE(after.pendingOps, before.pendingOps);
        QCOMPARE(store.load(entry.caseRecord.id)->state, CaseState::Draft);
    }

    void rejectingNeedsAReason()
    {
        CaseStore store = m_vault->caseStore();
        SyntheticCases synthetic(6);
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::InProgress;
        QVERIFY(store.insertNew({entry}, u"staff.li"_s));
        auto withoutReason = store.apply({entry.caseRecord.id, CaseEvent::Reject, u"staff.li"_s, {}, {}, {}, {}, {}});
        QVERIFY(!withoutReason);
        QCOMPARE(withoutReason.error().code, ErrorCode::InvalidArgument);
        auto withReason =
            store.apply({entry.caseRecord.id, CaseEvent::Reject, u"staff.li"_s, u"不符合补贴条件"_s, {}, {}, {}, {}});
        QVERIFY(withReason);
        QCOMPARE(withReason->state, CaseState::Rejected);
    }

    void aCaseFileHasItsApplicantAndHistoryInOrder()
    {
        CaseStore store = m_vault->caseStore();
        SyntheticCases synthetic(7);
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::Accepted;
        QVERIFY(store.insertNew({entry}, u"staff.li"_s));
        QVERIFY(store.apply({entry.caseRecord.id, CaseEvent::StartProcessing, u"staff.wang"_s, {}, {}, {}, {}, {}}));
        const QJsonObject details{{u"delivery"_s, u"counter"_s}};
        QVERIFY(store.apply({entry.caseRecord.id, CaseEvent::Complete, u"staff.li"_s, {}, {}, {}, {}, details}));

        auto file = store.loadFile(entry.caseRecord.id);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
        QCOMPARE(file->caseRecord.state, CaseState::Completed);
        QCOMPARE(file->applicant.id, entry.applicant.id);
        QCOMPARE(file->applicant.name, entry.applicant.name);
        QCOMPARE(file->applicant.idNumber, entry.applicant.idNumber);
        QCOMPARE(file->events.size(), 3);
        QCOMPARE(file->events.at(0).kind, u"created"_s);
        QVERIFY(!file->events.at(0).from.has_value());
        QCOMPARE(file->events.at(0).to, std::optional(CaseState::Accepted));
        QCOMPARE(file->events.at(1).kind, u"start_processing"_s);
        QCOMPARE(file->events.at(1).actor, u"staff.wang"_s);
        QCOMPARE(file->events.at(2).kind, u"complete"_s);
        QCOMPARE(file->events.at(2).from, std::optional(CaseState::InProgress));
        QCOMPARE(file->events.at(2).to, std::optional(CaseState::Completed));
        QCOMPARE(file->events.at(2).payload[u"details"_s][u"delivery"_s].toString(), u"counter"_s);
        QVERIFY(file->events.at(1).atUtc <= file->events.at(2).atUtc);

        QVERIFY(!store.loadFile(u"0193a5c1-7e2f-7abc-8def-00000000dead"_s));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeyStore> m_keyStore;
    std::unique_ptr<Vault> m_vault;
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "test_case_store.moc"
