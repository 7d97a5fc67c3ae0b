// The vault side of sync: results and pages applied in one transaction,
// conflicts kept with both versions, receipt numbers spent in order.
#include "TestSupport.h"
#include "domain/SyntheticCases.h"
#include "keys/PassphraseKeyStore.h"
#include "security/AuditLog.h"
#include "storage/CaseQuery.h"
#include "storage/Vault.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
        for (const QString &table :
             {u"outbox"_s, u"needs_attention"_s, u"case_events"_s, u"follow_ups"_s, u"ratings"_s, u"cases"_s,
              u"pull_staging_ratings"_s, u"applicants"_s, u"receipt_blocks"_s, u"sync_state"_s})
            QVERIFY(query.exec(u"DELETE FROM "_s + table));
        for (const QString &staging : {u"pull_staging"_s, u"pull_staging_applicants"_s})
            QVERIFY(query.exec(u"DROP TABLE IF EXISTS "_s + staging));
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

    // With a batch in flight, the next one holds none of its cases: an op's
    // base revision is the one its predecessor makes, so an op waits for its
    // case's ops in flight and for those of its case it had to pass over.
    // Audit records (no case) are one chain.
    void opsInFlightHoldBackTheirCases()
    {
        QSqlQuery insert(m_vault->database());
        QVERIFY(insert.prepare(u"INSERT INTO outbox (op_id, case_id, kind, payload, base_rev, created_at) "
                               "VALUES (?, ?, 'case.note', '{}', 1, '2026-11-29T10:00:00.000Z')"_s));
        const QList<std::pair<QString, QString>> rows{{u"a1"_s, u"case-a"_s}, {u"b1"_s, u"case-b"_s},
                                                      {u"a2"_s, u"case-a"_s}, {u"audit1"_s, QString()},
                                                      {u"c1"_s, u"case-c"_s}, {u"audit2"_s, QString()}};
        for (const auto &[opId, caseId] : rows) {
            insert.addBindValue(opId);
            insert.addBindValue(caseId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(caseId));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        SyncStore sync = m_vault->syncStore();
        const auto ids = [&sync](int limit, const QStringList &inFlightIds) {
            auto all = sync.pendingOps(100);
            QList<protocol::Op> inFlight;
            for (const protocol::Op &op : std::as_const(*all)) {
                if (inFlightIds.contains(op.opId))
                    inFlight.append(op);
            }
            QStringList found;
            const auto next = sync.pendingOps(limit, inFlight);
            for (const protocol::Op &op : std::as_const(*next))
                found << op.opId;
            return found;
        };
        QCOMPARE(ids(10, {}), QStringList({u"a1"_s, u"b1"_s, u"a2"_s, u"audit1"_s, u"c1"_s, u"audit2"_s}));
        QCOMPARE(ids(3, {}), QStringList({u"a1"_s, u"b1"_s, u"a2"_s}));
        QCOMPARE(ids(10, {u"a1"_s}), QStringList({u"b1"_s, u"audit1"_s, u"c1"_s, u"audit2"_s}));
        QCOMPARE(ids(10, {u"a1"_s, u"audit1"_s}), QStringList({u"b1"_s, u"c1"_s}));
        QCOMPARE(ids(2, {u"b1"_s}), QStringList({u"a1"_s, u"a2"_s}));
    }

    // A new vault's first pull is staged: the case list shows none of it
    // until its last page, which moves it all in (the list's indexes dropped
    // and built again in that transaction), each page committed with its
    // cursor all the same.
    void aFirstPullReachesTheCaseListAtItsLastPage()
    {
        CaseStore cases = m_vault->caseStore();
        SyntheticCases synthetic(6);
        // Taken in here before the first pull: one still to push, one pushed.
        const NewCase waiting = synthetic.next();
        const NewCase pushed = synthetic.next();
        QVERIFY(cases.insertNew({waiting, pushed}, u"staff.li"_s));
        {
            SyncStore sync = m_vault->syncStore();
            auto ops = sync.pendingOps(10);
            QVERIFY(ops);
            QList<protocol::Op> pushedOps;
            for (const protocol::Op &op : std::as_const(*ops)) {
                if (op.caseId == pushed.caseRecord.id)
                    pushedOps.append(op);
            }
            QCOMPARE(pushedOps.size(), 1);
            QVERIFY(sync.applyResults(
                pushedOps, {{pushedOps.first().opId, protocol::OpStatus::Applied, 1, std::nullopt, {}, {}}}));
        }
        const QStringList indexesBefore = caseIndexes();
        QVERIFY(indexesBefore.contains(u"cases_list"_s));

        Case waitingThere = waiting.caseRecord;
        waitingThere.state = CaseState::Withdrawn;
        Case pushedThere = pushed.caseRecord;
        pushedThere.state = CaseState::InProgress;
        pushedThere.revision = 2;
        const NewCase first = synthetic.next();
        const NewCase rated = synthetic.next();
        const protocol::RatingRecord rating{u"0193a5c1-7e2f-7abc-8def-0000000000b1"_s,
                                            {u"very-dissatisfied"_s, u"排队太久"_s, u"W02"_s, u"staff.wu"_s,
                                             QDateTime::currentDateTimeUtc(), QDate::currentDate().addDays(7)},
                                            std::nullopt};
        protocol::ChangesPage page1;
        page1.changes = {{1, {first.caseRecord, first.applicant}},
                         {2, {rated.caseRecord, rated.applicant}},
                         {3, {rated.caseRecord, rated.applicant}, rating},
                         {4, {waitingThere, waiting.applicant}},
                         {5, {pushedThere, pushed.applicant}}};
        page1.next = 5;
        page1.hasMore = true;
        auto written = m_vault->syncStore().applyChanges(page1);
        QVERIFY(written);
        QCOMPARE(*written, 4); // the case with an op to push is not
        QCOMPARE(*m_vault->syncStore().cursor(), 5);
        QCOMPARE(cases.counts()->cases, 2); // only the two taken in here
        QCOMPARE(cases.load(pushed.caseRecord.id)->state, pushed.caseRecord.state);
        QCOMPARE(rowCount(m_vault->database(), u"ratings"_s), 0);
        QCOMPARE(caseIndexes(), indexesBefore);

        // The last page, through another connection's store, as after a restart.
        const NewCase last = synthetic.next();
        protocol::ChangesPage page2;
        page2.changes = {{9, {last.caseRecord, last.applicant}}};
        page2.next = 9;
        QVERIFY(m_vault->syncStore().applyChanges(page2));
        QCOMPARE(*m_vault->syncStore().cursor(), 9);
        QCOMPARE(cases.counts()->cases, 5);
        QCOMPARE(cases.load(waiting.caseRecord.id)->state, waiting.caseRecord.state); // its op is still to push
        QCOMPARE(cases.load(pushed.caseRecord.id)->state, CaseState::InProgress);
        QCOMPARE(cases.load(pushed.caseRecord.id)->revision, 2);
        for (const NewCase &entry : {first, rated, last}) {
            auto loaded = cases.load(entry.caseRecord.id);
            QVERIFY2(loaded, qPrintable(entry.caseRecord.id));
            QCOMPARE(loaded->state, entry.caseRecord.state);
            QCOMPARE(loaded->receiptNumber, entry.caseRecord.receiptNumber);
        }
        QCOMPARE(rowCount(m_vault->database(), u"ratings"_s), 1);
        QCOMPARE(rowCount(m_vault->database(), u"follow_ups"_s), 1);
        QCOMPARE(caseIndexes(), indexesBefore);
        QVERIFY(!tableExists(m_vault->database(), u"pull_staging"_s));
        QVERIFY(!tableExists(m_vault->database(), u"pull_staging_applicants"_s));
        QCOMPARE(rowCount(m_vault->database(), u"pull_staging_ratings"_s), 0);
        // The case list finds what came in through its rebuilt indexes.
        CaseQuery query = m_vault->caseQuery();
        CaseFilter filter;
        filter.search = last.caseRecord.receiptNumber;
        filter.sort = CaseFilter::Sort::Receipt;
        auto found = query.page(filter, 10);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, last.caseRecord.id);

        // After the first pull, pages go straight into the case list.
        const NewCase later = synthetic.next();
        QVERIFY(m_vault->syncStore().applyChanges({{{10, {later.caseRecord, later.applicant}}}, 10, true}));
        QVERIFY(cases.load(later.caseRecord.id));
    }

    // A vault's first pull that fits on one page is written as any page.
    void aFirstPullOfOnePageIsNotStaged()
    {
        const NewCase only = SyntheticCases(7).next();
        QVERIFY(m_vault->syncStore().applyChanges({{{1, {only.caseRecord, only.applicant}}}, 1, false}));
        QVERIFY(m_vault->caseStore().load(only.caseRecord.id));
        QVERIFY(!tableExists(m_vault->database(), u"pull_staging"_s));
        QVERIFY(!tableExists(m_vault->database(), u"pull_staging_applicants"_s));
    }

    // Into a vault with no case and no applicant, the staged tables take
    // the vault's tables' places at the last page: the same columns,
    // constraints, indexes and triggers as before, foreign keys enforced
    // again afterwards.
    void aFirstPullIntoAnEmptyVaultBecomesItsCaseList()
    {
        const QStringList schemaBefore = schemaOf(u"cases"_s) + schemaOf(u"applicants"_s);
        QVERIFY(schemaBefore.contains(u"index cases_list"_s));
        QVERIFY(schemaBefore.contains(u"index applicants_id_number"_s));
        QVERIFY(schemaBefore.contains(u"trigger applicants_copy_to_cases"_s));
        SyntheticCases synthetic(8);
        QList<NewCase> pulled;
        for (int i = 0; i < 5; ++i)
            pulled << synthetic.next();
        protocol::ChangesPage page1;
        for (int i = 0; i < 4; ++i)
            page1.changes.append({i + 1, {pulled[i].caseRecord, pulled[i].applicant}});
        page1.next = 4;
        page1.hasMore = true;
        QVERIFY(m_vault->syncStore().applyChanges(page1));
        QCOMPARE(rowCount(m_vault->database(), u"pull_staging"_s), 4);
        QCOMPARE(rowCount(m_vault->database(), u"pull_staging_applicants"_s), 4);
        QCOMPARE(rowCount(m_vault->database(), u"cases"_s), 0);
        QCOMPARE(rowCount(m_vault->database(), u"applicants"_s), 0);
        // A staged case's applicant waits in staging: not a broken
        // reference, but one missing from both is.
        QVERIFY(m_vault->checkIntegrity()->isEmpty());
        {
            QSqlQuery query(m_vault->database());
            QVERIFY(query.exec(u"SAVEPOINT broken"_s));
            query.prepare(u"DELETE FROM pull_staging_applicants WHERE id = ?"_s);
            query.addBindValue(pulled[0].applicant.id);
            QVERIFY(query.exec());
            QCOMPARE(m_vault->checkIntegrity()->size(), 1);
            QVERIFY(query.exec(u"ROLLBACK TO broken"_s));
            QVERIFY(query.exec(u"RELEASE broken"_s));
        }

        QVERIFY(m_vault->syncStore().applyChanges({{{5, {pulled[4].caseRecord, pulled[4].applicant}}}, 5, false}));
        QCOMPARE(schemaOf(u"cases"_s) + schemaOf(u"applicants"_s), schemaBefore);
        QVERIFY(!tableExists(m_vault->database(), u"pull_staging"_s));
        QVERIFY(!tableExists(m_vault->database(), u"pull_staging_applicants"_s));
        CaseStore cases = m_vault->caseStore();
        for (const NewCase &entry : std::as_const(pulled)) {
            auto loaded = cases.load(entry.caseRecord.id);
            QVERIFY2(loaded, qPrintable(entry.caseRecord.id));
            QCOMPARE(loaded->receiptNumber, entry.caseRecord.receiptNumber);
        }
        // The case list finds a pulled case through its indexes.
        const auto accepted = std::find_if(pulled.cbegin(), pulled.cend(), [](const NewCase &entry) {
            return !entry.caseRecord.receiptNumber.isEmpty();
        });
        QVERIFY(accepted != pulled.cend());
        CaseFilter filter;
        filter.search = accepted->caseRecord.receiptNumber;
        filter.sort = CaseFilter::Sort::Receipt;
        auto found = m_vault->caseQuery().page(filter, 10);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, accepted->caseRecord.id);
        // An applicant's name in the case list follows the applicant
        // (a trigger made again after the swap).
        QSqlQuery query(m_vault->database());
        query.prepare(u"UPDATE applicants SET name = '王改名' WHERE id = ?"_s);
        query.addBindValue(pulled[0].applicant.id);
        QVERIFY(query.exec());
        query.prepare(u"SELECT applicant_name FROM cases WHERE id = ?"_s);
        query.addBindValue(pulled[0].caseRecord.id);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), u"王改名"_s);
        // Foreign keys are on again, and the case table still refers to
        // applicants; a receipt number is still unique.
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        query.prepare(u"INSERT INTO cases (id, applicant_id, item_code, state, hall_id, created_at, updated_at) "
                      "VALUES ('no-applicant', 'nobody', 'X', 'draft', 'H', '2026-11-30', '2026-11-30')"_s);
        QVERIFY(!query.exec());
        query.prepare(u"UPDATE cases SET receipt_number = 'TH-W01-000001' WHERE id = ?"_s);
        query.addBindValue(pulled[0].caseRecord.id);
        QVERIFY(query.exec());
        query.addBindValue(pulled[1].caseRecord.id);
        QVERIFY(!query.exec());
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
    // A table as SQLite describes it: its columns, foreign keys, indexes
    // (with their definitions) and the triggers on it or naming it.
    QStringList schemaOf(const QString &table) const
    {
        QSqlQuery query(m_vault->database());
        QStringList schema;
        const auto read = [&](const QString &sql, const QString &prefix) {
            if (!query.exec(sql.arg(table)))
                schema << u"unreadable: "_s + sql;
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields << query.value(i).toString();
                schema << prefix + fields.join(u' ');
            }
        };
        read(u"PRAGMA table_info(%1)"_s, u"column "_s);
        read(u"PRAGMA foreign_key_list(%1)"_s, u"foreign key "_s);
        read(u"SELECT type || ' ' || name FROM sqlite_master WHERE tbl_name = '%1' AND type <> 'table' "
             "ORDER BY name"_s,
             {});
        read(u"SELECT sql FROM sqlite_master WHERE tbl_name = '%1' AND type <> 'table' ORDER BY name"_s, {});
        read(u"SELECT 'trigger', name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%%1%' ORDER BY name"_s,
             {});
        return schema;
    }

    QStringList caseIndexes() const
    {
        QSqlQuery query(m_vault->database());
        QStringList names;
        if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' ORDER BY name"_s))
            return {u"unreadable"_s};
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

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
