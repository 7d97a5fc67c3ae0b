// The vault side of sync: results and pages applied in one transaction,
// conflicts kept with both versions, receipt numbers spent in order.
#include "TestSupport.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "security/AuditLog.h"
#include "storage/Vault.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

class TestSyncStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Profile profile(m_dir.path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("sync store tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
    }

    void cleanup()
    {
        QSqlQuery query(m_vault->database());
        for (const QString &table : {u"outbox"_s, u"needs_attention"_s, u"case_events"_s, u"cases"_s, u"applicants"_s,
                                     u"receipt_blocks"_s, u"sync_state"_s})
            QVERIFY(query.exec(u"DELETE FROM "_s + table));
    }

    void appliedAndDuplicateOpsLeaveTheOutbox()
    {
        CaseStore cases = m_vault->caseStore();
        SyncStore sync = m_vault->syncStore();
        SyntheticCases synthetic(1);
        QVERIFY(cases.insertNew({synthetic.next(), synthetic.next()}, u"staff.li"_s));
        auto ops = sync.pendingOps(10);
        QVERIFY(ops);
        QCOMPARE(ops->size(), 2);
        QCOMPARE(ops->first().kind, protocol::OpKind::CaseCreate);
        // The create payload is the API's JSON of the case.
        QVERIFY(protocol::caseFromJson(ops->first().payload[u"case"_s].toObject()));
        auto outcome = sync.applyResults(*ops,
                                         {{ops->at(0).opId, protocol::OpStatus::Applied, 1, std::nullopt, {}, {}},
                                          {ops->at(1).opId, protocol::OpStatus::Duplicate, 1, std::nullopt, {}, {}}});
        QVERIFY(outcome);
        QCOMPARE(outcome->applied, 1);
        QCOMPARE(outcome->duplicates, 1);
        QCOMPARE(*sync.pendingOpCount(), 0);
        QCOMPARE(*sync.openAttentionCount(), 0);
    }

    void aConflictKeepsBothVersionsAndTakesThePlatforms()
    {
        CaseStore cases = m_vault->caseStore();
        SyncStore sync = m_vault->syncStore();
        SyntheticCases synthetic(2);
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::PreReviewed;
        entry.caseRecord.receiptNumber.clear();
        QVERIFY(cases.insertNew({entry}, u"staff.li"_s));
        auto ops = sync.pendingOps(10);
        QVERIFY(sync.applyResults(*ops, {{ops->at(0).opId, protocol::OpStatus::Applied, 1, std::nullopt, {}, {}}}));
        QVERIFY(cases.apply(
            {entry.caseRecord.id, CaseEvent::Withdraw, u"staff.li"_s, u"the applicant left"_s, {}, {}, {}, {}}));
        ops = sync.pendingOps(10);
        QCOMPARE(ops->size(), 1);

        // Meanwhile another counter accepted it on the platform.
        Case platformCase = entry.caseRecord;
        platformCase.state = CaseState::Accepted;
        platformCase.receiptNumber = u"TH-2026-W02-000042"_s;
        platformCase.revision = 2;
        const protocol::OpResult conflict{ops->at(0).opId,
                                          protocol::OpStatus::Conflict,
                                          2,
                                          protocol::CaseSnapshot{platformCase, entry.applicant},
                                          {},
                                          {}};
        AuditLog audit = m_vault->auditLog();
        const qint64 recordsBefore = *audit.count();
        auto outcome = sync.applyResults(*ops, {conflict});
        QVERIFY(outcome);
        QCOMPARE(outcome->conflicts, 1);
        // The clash is in the audit log, and that record goes to the platform.
        auto records = audit.records(recordsBefore + 1, 10);
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().action, u"sync.conflict"_s);
        QCOMPARE(records->first().object, u"case:"_s + entry.caseRecord.id);
        QCOMPARE(records->first().result, AuditResult::Failed);
        QVERIFY(records->first().details.contains(ops->at(0).opId));
        auto pending = sync.pendingOps(10);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().kind, protocol::OpKind::AuditAppend);
        QVERIFY(sync.applyResults(*pending,
                                  {{pending->first().opId, protocol::OpStatus::Applied, 1, std::nullopt, {}, {}}}));
        QCOMPARE(*sync.pendingOpCount(), 0);
        auto attention = sync.openAttention();
        QVERIFY(attention);
        QCOMPARE(attention->size(), 1);
        QCOMPARE(attention->first().status, u"conflict"_s);
        QCOMPARE(attention->first().localPayload[u"to"_s].toString(), u"withdrawn"_s);
        QCOMPARE(attention->first().platformVersion[u"case"_s][u"state"_s].toString(), u"accepted"_s);
        auto local = cases.load(entry.caseRecord.id);
        QCOMPARE(local->state, CaseState::Accepted);
        QCOMPARE(local->receiptNumber, u"TH-2026-W02-000042"_s);
        // The case's history is kept.
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM case_events"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }

    void keepingThePlatformsVersionSettlesTheConflict()
    {
        const QString caseId = makeConflict(11, CaseState::Accepted);
        SyncStore sync = m_vault->syncStore();
        const AttentionItem item = sync.openAttention()->first();
        auto settled = sync.resolveAttention(item.id, AttentionResolution::KeepPlatform, u"staff.li"_s);
        QVERIFY2(settled, qPrintable(settled ? QString() : settled.error().message));
        QCOMPARE(*sync.openAttentionCount(), 0);
        QVERIFY(sync.openAttention()->isEmpty());
        // The platform's version stays; nothing is sent.
        QCOMPARE(m_vault->caseStore().load(caseId)->state, CaseState::Accepted);
        QCOMPARE(*sync.pendingOpCount(), 0);
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"SELECT resolution, resolved_at IS NOT NULL FROM needs_attention"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"kept_platform"_s);
        QVERIFY(query.value(1).toBool());
        // Who set the local change aside is in the case's history.
        auto file = m_vault->caseStore().loadFile(caseId);
        QCOMPARE(file->events.last().kind, u"attention_settled"_s);
        QCOMPARE(file->events.last().actor, u"staff.li"_s);
        // Settled once only.
        QVERIFY(!sync.resolveAttention(item.id, AttentionResolution::KeepPlatform, u"staff.li"_s));
    }

    void resubmittingAppliesTheLocalChangeOnThePlatformsVersion()
    {
        // Withdrawn here, accepted on the platform: withdrawing an accepted
        // case is allowed, so it goes again, based on the platform's revision.
        const QString caseId = makeConflict(12, CaseState::Accepted);
        SyncStore sync = m_vault->syncStore();
        const AttentionItem item = sync.openAttention()->first();
        auto settled = sync.resolveAttention(item.id, AttentionResolution::Resubmit, u"staff.zhao"_s);
        QVERIFY2(settled, qPrintable(settled ? QString() : settled.error().message));
        QCOMPARE(*sync.openAttentionCount(), 0);
        const Case now = *m_vault->caseStore().load(caseId);
        QCOMPARE(now.state, CaseState::Withdrawn);
        QCOMPARE(now.revision, 3);
        auto ops = sync.pendingOps(10);
        QCOMPARE(ops->size(), 1);
        QCOMPARE(ops->first().kind, protocol::OpKind::CaseTransition);
        QCOMPARE(ops->first().baseRev, 2);
        QVERIFY(ops->first().opId != item.opId);
        QCOMPARE(ops->first().payload[u"from"_s].toString(), u"accepted"_s);
        QCOMPARE(ops->first().payload[u"to"_s].toString(), u"withdrawn"_s);
        QCOMPARE(ops->first().payload[u"reason"_s].toString(), u"the applicant left"_s);
        QCOMPARE(ops->first().payload[u"details"_s][u"resubmits"_s].toString(), item.opId);
        QCOMPARE(ops->first().payload[u"actor"_s].toString(), u"staff.zhao"_s);
        QSqlQuery query(m_vault->database());
        QVERIFY(query.exec(u"SELECT resolution FROM needs_attention"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"resubmitted"_s);
    }

    void aResubmissionTheStateMachineRefusesChangesNothing()
    {
        // Withdrawn here, completed on the platform: a completed case cannot
        // be withdrawn.
        const QString caseId = makeConflict(13, CaseState::Completed);
        SyncStore sync = m_vault->syncStore();
        const AttentionItem item = sync.openAttention()->first();
        const VaultCounts before = *m_vault->caseStore().counts();
        auto settled = sync.resolveAttention(item.id, AttentionResolution::Resubmit, u"staff.li"_s);
        QVERIFY(!settled);
        QCOMPARE(settled.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(*sync.openAttentionCount(), 1);
        QCOMPARE(m_vault->caseStore().load(caseId)->state, CaseState::Completed);
        const VaultCounts after = *m_vault->caseStore().counts();
        QCOMPARE(after.caseEvents, before.caseEvents);
        QCOMPARE(after.pendingOps, before.pendingOps);
        // It can still be set aside.
        QVERIFY(sync.resolveAttention(item.id, AttentionResolution::KeepPlatform, u"staff.li"_s));
        QCOMPARE(*sync.openAttentionCount(), 0);
    }

    void aRejectedOpCannotBeResubmitted()
    {
        CaseStore cases = m_vault->caseStore();
        SyncStore sync = m_vault->syncStore();
        SyntheticCases synthetic(14);
        NewCase entry = synthetic.next();
        QVERIFY(cases.insertNew({entry}, u"staff.li"_s));
        auto ops = sync.pendingOps(10);
        QVERIFY(sync.applyResults(*ops,
                                  {{ops->at(0).opId, protocol::OpStatus::Rejected, 0, std::nullopt, u"wrong-hall"_s,
                                    u"a case of another hall"_s}}));
        QVERIFY(sendAuditRecords(sync));
        const AttentionItem item = sync.openAttention()->first();
        QCOMPARE(item.status, u"rejected"_s);
        QVERIFY(!sync.resolveAttention(item.id, AttentionResolution::Resubmit, u"staff.li"_s));
        QCOMPARE(*sync.pendingOpCount(), 0);
        QCOMPARE(*sync.openAttentionCount(), 1);
        QVERIFY(!sync.resolveAttention(item.id, AttentionResolution::KeepPlatform, QString()));
        QVERIFY(sync.resolveAttention(item.id, AttentionResolution::KeepPlatform, u"staff.li"_s));
        QCOMPARE(*sync.openAttentionCount(), 0);
    }

    void aPageAndItsCursorCommitTogether()
    {
        SyncStore sync = m_vault->syncStore();
        SyntheticCases synthetic(3);
        protocol::ChangesPage page;
        for (int i = 1; i <= 3; ++i) {
            const NewCase entry = synthetic.next();
            page.changes.append({i, {entry.caseRecord, entry.applicant}});
        }
        page.next = 3;
        auto written = sync.applyChanges(page);
        QVERIFY(written);
        QCOMPARE(*written, 3);
        QCOMPARE(*sync.cursor(), 3);
        QCOMPARE(m_vault->caseStore().counts()->cases, 3);

        // A page that fails half-way changes nothing, cursor included.
        protocol::ChangesPage broken;
        const NewCase good = synthetic.next();
        NewCase bad = synthetic.next();
        bad.caseRecord.applicantId = u"0193a5c1-7e2f-7abc-8def-000000000000"_s; // no such applicant
        bad.applicant.id = u"0193a5c1-7e2f-7abc-8def-000000000001"_s;
        broken.changes = {{4, {good.caseRecord, good.applicant}}, {5, {bad.caseRecord, bad.applicant}}};
        broken.next = 5;
        QVERIFY(!sync.applyChanges(broken));
        QCOMPARE(*sync.cursor(), 3);
        QCOMPARE(m_vault->caseStore().counts()->cases, 3);
    }

    // The case list reads the applicant's name, ID tail and kind from the
    // case (migrations 4 and 10); the sync store writes them for a new case,
    // for a changed applicant and for a case moved to another applicant.
    void pulledCasesCarryTheirApplicantForTheCaseList()
    {
        SyncStore sync = m_vault->syncStore();
        SyntheticCases synthetic(5);
        NewCase first = synthetic.next();
        NewCase second = synthetic.next();
        first.applicant.kind = Applicant::Kind::Person;
        second.applicant.kind = Applicant::Kind::Company;
        auto copies = [this](const QString &caseId) {
            QSqlQuery query(m_vault->database());
            query.prepare(u"SELECT applicant_name, applicant_id_tail, applicant_kind FROM cases WHERE id = ?"_s);
            query.addBindValue(caseId);
            if (!query.exec() || !query.next())
                return QString();
            return query.value(0).toString() + u':' + query.value(1).toString() + u':' + query.value(2).toString();
        };
        QVERIFY(sync.applyChanges(
            {{{1, {first.caseRecord, first.applicant}}, {2, {second.caseRecord, second.applicant}}}, 2, false}));
        QCOMPARE(copies(first.caseRecord.id),
                 first.applicant.name + u':' + first.applicant.idNumber.right(4) + u":person"_s);
        QCOMPARE(copies(second.caseRecord.id),
                 second.applicant.name + u':' + second.applicant.idNumber.right(4) + u":company"_s);

        // The platform corrected the applicant's name.
        Applicant renamed = first.applicant;
        renamed.name = u"改名样例"_s;
        Case changed = first.caseRecord;
        changed.revision += 1;
        QVERIFY(sync.applyChanges({{{3, {changed, renamed}}}, 3, false}));
        QCOMPARE(copies(first.caseRecord.id), u"改名样例:"_s + first.applicant.idNumber.right(4) + u":person"_s);

        // The case now belongs to the second applicant.
        Case moved = changed;
        moved.revision += 1;
        moved.applicantId = second.applicant.id;
        QVERIFY(sync.applyChanges({{{4, {moved, second.applicant}}}, 4, false}));
        QCOMPARE(copies(first.caseRecord.id),
                 second.applicant.name + u':' + second.applicant.idNumber.right(4) + u":company"_s);
    }

    void aCaseWithPendingOpsKeepsItsLocalVersion()
    {
        CaseStore cases = m_vault->caseStore();
        SyncStore sync = m_vault->syncStore();
        SyntheticCases synthetic(4);
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::Draft;
        entry.caseRecord.receiptNumber.clear();
        QVERIFY(cases.insertNew({entry}, u"staff.li"_s));
        Case remote = entry.caseRecord;
        remote.state = CaseState::Withdrawn;
        QVERIFY(sync.applyChanges({{{7, {remote, entry.applicant}}}, 7, false}));
        QCOMPARE(cases.load(entry.caseRecord.id)->state, CaseState::Draft);
        QCOMPARE(*sync.cursor(), 7);
    }

    void receiptNumbersAreSpentInOrder()
    {
        SyncStore sync = m_vault->syncStore();
        QCOMPARE(*sync.receiptNumbersLeft(), 0);
        QVERIFY(!sync.takeReceiptNumber());
        QVERIFY(sync.addReceiptBlock({u"0193a5c1-7e2f-7abc-8def-00000000000a"_s, u"TH-W01-"_s, 101, 102}));
        QVERIFY(sync.addReceiptBlock({u"0193a5c1-7e2f-7abc-8def-00000000000b"_s, u"TH-W01-"_s, 201, 201}));
        QCOMPARE(*sync.receiptNumbersLeft(), 3);
        QStringList taken;
        for (int i = 0; i < 3; ++i)
            taken << *sync.takeReceiptNumber();
        QCOMPARE(taken, (QStringList{u"TH-W01-000101"_s, u"TH-W01-000102"_s, u"TH-W01-000201"_s}));
        QVERIFY(!sync.takeReceiptNumber());
        QCOMPARE(*sync.receiptNumbersLeft(), 0);
    }

private:
    // A case pre-reviewed and withdrawn here (the withdrawal not yet sent)
    // while the platform moved it to platformState: the withdrawal comes
    // back as a conflict and the platform's version (revision 2) is taken.
    QString makeConflict(quint32 seed, CaseState platformState)
    {
        CaseStore cases = m_vault->caseStore();
        SyncStore sync = m_vault->syncStore();
        SyntheticCases synthetic(seed);
        NewCase entry = synthetic.next();
        entry.caseRecord.state = CaseState::PreReviewed;
        entry.caseRecord.receiptNumber.clear();
        if (!cases.insertNew({entry}, u"staff.li"_s))
            return {};
        auto ops = sync.pendingOps(10);
        if (!sync.applyResults(*ops, {{ops->at(0).opId, protocol::OpStatus::Applied, 1, std::nullopt, {}, {}}}))
            return {};
        if (!cases.apply(
                {entry.caseRecord.id, CaseEvent::Withdraw, u"staff.li"_s, u"the applicant left"_s, {}, {}, {}, {}}))
            return {};
        ops = sync.pendingOps(10);
        Case platformCase = entry.caseRecord;
        platformCase.state = platformState;
        platformCase.receiptNumber = u"TH-2026-W02-0000"_s + QString::number(seed);
        platformCase.revision = 2;
        if (!sync.applyResults(*ops,
                               {{ops->at(0).opId,
                                 protocol::OpStatus::Conflict,
                                 2,
                                 protocol::CaseSnapshot{platformCase, entry.applicant},
                                 {},
                                 {}}}))
            return {};
        if (!sendAuditRecords(sync))
            return {};
        return entry.caseRecord.id;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "test_sync_store.moc"
