// What a supervisor does from the desk, over a real encrypted vault: a
// reassignment and a second check are each written with their case event,
// their outbox op and their audit record in one transaction; window staff
// are refused, and the refusal is in the audit log; a bad request (no
// reason, a closed case, nothing to change) changes nothing. The platform's
// evaluator applies the reassignment op.
#include "CaseOpEvaluator.h"
#include "HallSeed.h"
#include "TestSupport.h"
#include "keys/PassphraseKeyStore.h"
#include "supervision/HallBoard.h"
#include "supervision/SupervisorActions.h"
#include "sync/Protocol.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;
using namespace casedesk::test;
using namespace Qt::StringLiterals;

namespace {

const Actor supervisor = Actor::fromRoleNames(u"staff.zhao"_s, {u"supervisor"_s}, u"TRAINING-HALL"_s);
const Actor windowStaff = Actor::fromRoleNames(u"staff.li"_s, {u"window-staff"_s}, u"TRAINING-HALL"_s, u"W01"_s);

struct Written {
    qint64 events = 0;
    qint64 ops = 0;
    qint64 audit = 0;
};

} // namespace

class TestSupervisorActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const Profile profile(m_dir->path());
        m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret("supervisor action tests"));
        auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        m_hall = seedHall(*m_vault);
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void aSupervisorReassignsACase()
    {
        const QString caseId = m_hall.id('A');
        const Case before = *m_vault->caseStore().load(caseId);
        const Written start = written();
        auto reassigned =
            actions(supervisor)
                .reassign({caseId, u"staff.zhang"_s, u"W03"_s, u"W01 is overloaded today"_s, utc(11, 27, 2)});
        QVERIFY2(reassigned, qPrintable(reassigned ? QString() : reassigned.error().message));
        QCOMPARE(reassigned->staffId, u"staff.zhang"_s);

        const Case after = *m_vault->caseStore().load(caseId);
        QCOMPARE(after.staffId, u"staff.zhang"_s);
        QCOMPARE(after.counterId, u"W03"_s);
        QCOMPARE(after.state, before.state);
        QCOMPARE(after.revision, before.revision + 1);
        QCOMPARE(after.updatedUtc, utc(11, 27, 2));

        const Written end = written();
        QCOMPARE(end.events, start.events + 1);
        QCOMPARE(end.ops, start.ops + 1);
        QCOMPARE(end.audit, start.audit + 1);

        auto file = m_vault->caseStore().loadFile(caseId);
        QVERIFY(file);
        const CaseEventRecord &event = file->events.last();
        QCOMPARE(event.kind, u"reassign"_s);
        QCOMPARE(event.actor, u"staff.zhao"_s);
        QCOMPARE(event.reason, u"W01 is overloaded today"_s);
        QCOMPARE(event.payload.value(u"fromStaff"_s).toString(), u"staff.li"_s);
        QCOMPARE(event.payload.value(u"toCounter"_s).toString(), u"W03"_s);

        // The op the platform receives, with the revision it changed.
        QSqlQuery op(m_vault->database());
        QVERIFY(op.exec(
            u"SELECT kind, payload, base_rev, case_id FROM outbox WHERE kind != 'audit.append' ORDER BY seq DESC LIMIT 1"_s));
        QVERIFY(op.next());
        QCOMPARE(op.value(0).toString(), u"case.reassign"_s);
        QCOMPARE(op.value(2).toLongLong(), before.revision);
        QCOMPARE(op.value(3).toString(), caseId);
        auto payload =
            protocol::reassignPayloadFromJson(QJsonDocument::fromJson(op.value(1).toString().toUtf8()).object());
        QVERIFY(payload);
        QCOMPARE(payload->staffId, u"staff.zhang"_s);
        QCOMPARE(payload->counterId, u"W03"_s);
        QCOMPARE(payload->actor, u"staff.zhao"_s);

        auto records = m_vault->auditLog().records(end.audit, 1);
        QVERIFY(records && records->size() == 1);
        QCOMPARE(records->first().action, QString(auditaction::reassign));
        QCOMPARE(records->first().result, AuditResult::Succeeded);
        QCOMPARE(records->first().object, u"case:"_s + caseId);
        auto verified = m_vault->auditLog().verify();
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QVERIFY(verified->intact());

        // The board sees it at once.
        auto calendar = WorkingDayCalendar::bundled();
        QVERIFY(calendar);
        auto queue = HallBoard(m_vault->database(), mapper(), *calendar).queue(hallToday);
        QVERIFY2(queue, qPrintable(queue ? QString() : queue.error().message));
        for (const BoardCount &count : queue->byStaff) {
            if (count.key == u"staff.zhang")
                QCOMPARE(count.open, 2);
        }
    }

    void windowStaffAreRefusedAndTheRefusalIsAudited()
    {
        const QString caseId = m_hall.id('A');
        const Case before = *m_vault->caseStore().load(caseId);
        const Written start = written();
        auto refused = actions(windowStaff).reassign({caseId, u"staff.li"_s, u"W02"_s, u"mine now"_s, {}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        auto checked = actions(windowStaff)
                           .secondCheck({m_hall.id('G'), SecondCheckDecision::Overturn, u"the notice was wrong"_s, {}});
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::PermissionDenied);

        QCOMPARE(m_vault->caseStore().load(caseId)->counterId, before.counterId);
        const Written end = written();
        QCOMPARE(end.events, start.events);
        QCOMPARE(end.ops, start.ops);
        QCOMPARE(end.audit, start.audit + 2);
        auto records = m_vault->auditLog().records(start.audit + 1, 2);
        QVERIFY(records && records->size() == 2);
        QCOMPARE(records->at(0).action, QString(auditaction::reassign));
        QCOMPARE(records->at(0).result, AuditResult::Refused);
        QCOMPARE(records->at(0).userId, u"staff.li"_s);
        QCOMPARE(records->at(1).action, QString(auditaction::secondCheck));
        QCOMPARE(records->at(1).result, AuditResult::Refused);
    }

    void aBadReassignmentChangesNothing_data()
    {
        QTest::addColumn<char>("letter");
        QTest::addColumn<QString>("staff");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::addRow("no reason") << 'A' << u"staff.zhang"_s << QString() << u"  "_s << u"reason is required"_s;
        QTest::addRow("too long") << 'A' << u"staff.zhang"_s << QString() << QString(1001, u'x') << u"Shorten it"_s;
        QTest::addRow("nobody") << 'A' << QString() << QString() << u"why"_s << u"choose the staff member"_s;
        QTest::addRow("closed") << 'H' << u"staff.zhang"_s << QString() << u"why"_s << u"closed"_s;
        QTest::addRow("unchanged") << 'A' << u"staff.li"_s << u"W01"_s << u"why"_s << u"already with staff.li"_s;
        QTest::addRow("unknown case") << 'Z' << u"staff.li"_s << QString() << u"why"_s << u"no case"_s;
    }

    void aBadReassignmentChangesNothing()
    {
        QFETCH(char, letter);
        QFETCH(QString, staff);
        QFETCH(QString, counter);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        const QString caseId = letter == 'Z' ? u"no-such-case"_s : m_hall.id(letter);
        const Written start = written();
        auto refused = actions(supervisor).reassign({caseId, staff, counter, reason, {}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
        const Written end = written();
        QCOMPARE(end.events, start.events);
        QCOMPARE(end.ops, start.ops);
        QCOMPARE(end.audit, start.audit);
    }

    void aSupervisorSecondChecksACorrectionNotice()
    {
        const QString caseId = m_hall.id('G');
        const Case before = *m_vault->caseStore().load(caseId);
        const Written start = written();
        auto checked = actions(supervisor)
                           .secondCheck({caseId, SecondCheckDecision::Overturn, u"the lease was on file after all"_s,
                                         utc(11, 27, 3)});
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));

        // The state is for the counter to move on; the decision is recorded.
        const Case after = *m_vault->caseStore().load(caseId);
        QCOMPARE(after.state, CaseState::CorrectionIssued);
        QCOMPARE(after.revision, before.revision);
        const Written end = written();
        QCOMPARE(end.events, start.events + 1);
        QCOMPARE(end.ops, start.ops + 1);
        QCOMPARE(end.audit, start.audit + 1);

        const CaseEventRecord event = m_vault->caseStore().loadFile(caseId)->events.last();
        QCOMPARE(event.kind, u"second_check"_s);
        QCOMPARE(event.reason, u"the lease was on file after all"_s);
        QCOMPARE(event.payload.value(u"decision"_s).toString(), u"overturn"_s);
        QCOMPARE(event.payload.value(u"checked"_s).toString(), u"issue_correction"_s);

        QSqlQuery op(m_vault->database());
        QVERIFY(op.exec(u"SELECT kind, payload FROM outbox WHERE kind != 'audit.append' ORDER BY seq DESC LIMIT 1"_s));
        QVERIFY(op.next());
        QCOMPARE(op.value(0).toString(), u"case.note"_s);
        auto note = protocol::notePayloadFromJson(QJsonDocument::fromJson(op.value(1).toString().toUtf8()).object());
        QVERIFY(note);
        QVERIFY(note->text.contains(u"overturn"_s));

        auto records = m_vault->auditLog().records(end.audit, 1);
        QVERIFY(records && records->size() == 1);
        QCOMPARE(records->first().action, QString(auditaction::secondCheck));
        QCOMPARE(records->first().result, AuditResult::Succeeded);

        // The board shows it as checked.
        auto calendar = WorkingDayCalendar::bundled();
        auto candidates = HallBoard(m_vault->database(), mapper(), *calendar).secondCheckCandidates(10);
        QVERIFY(candidates);
        for (const SecondCheckCase &candidate : *candidates)
            QCOMPARE(candidate.checked, candidate.row.id == caseId);
    }

    void aRejectionCanBeConfirmedButAnAcceptedCaseIsNotSecondChecked()
    {
        QVERIFY(actions(supervisor).secondCheck({m_hall.id('J'), SecondCheckDecision::Confirm, u"correct"_s, {}}));
        const Written start = written();
        auto refused =
            actions(supervisor).secondCheck({m_hall.id('C'), SecondCheckDecision::Confirm, u"looks fine"_s, {}});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"only an open correction notice or a rejection"_s));
        auto noReason = actions(supervisor).secondCheck({m_hall.id('J'), SecondCheckDecision::Confirm, u""_s, {}});
        QVERIFY(!noReason);
        const Written end = written();
        QCOMPARE(end.events, start.events);
        QCOMPARE(end.ops, start.ops);
    }

    void thePlatformAppliesTheReassignment()
    {
        const Case c = *m_vault->caseStore().load(m_hall.id('B'));
        protocol::CaseSnapshot snapshot{c, {}};
        const protocol::ReassignPayload payload{u"staff.li"_s, u"W01"_s, u"staff.zhao"_s, u"cover"_s, utc(11, 27, 4)};
        protocol::Op op{u"0193a5c1-7e2f-7abc-8def-0000000000b1"_s,
                        c.id,
                        protocol::OpKind::CaseReassign,
                        c.revision,
                        utc(11, 27, 4),
                        protocol::toJson(payload)};
        const OpOutcome applied = CaseOpEvaluator::evaluate(u"TRAINING-HALL"_s, snapshot, op);
        QCOMPARE(applied.result.status, protocol::OpStatus::Applied);
        QVERIFY(applied.updated);
        QCOMPARE(applied.updated->caseRecord.staffId, u"staff.li"_s);
        QCOMPARE(applied.updated->caseRecord.counterId, u"W01"_s);
        QCOMPARE(applied.updated->caseRecord.revision, c.revision + 1);

        // On a revision that moved on: a conflict, for a person to settle.
        op.baseRev = c.revision - 1;
        QCOMPARE(CaseOpEvaluator::evaluate(u"TRAINING-HALL"_s, snapshot, op).result.status,
                 protocol::OpStatus::Conflict);
        // A closed case is not reassigned.
        snapshot.caseRecord.state = CaseState::Completed;
        op.baseRev = c.revision;
        QCOMPARE(CaseOpEvaluator::evaluate(u"TRAINING-HALL"_s, snapshot, op).result.status,
                 protocol::OpStatus::Rejected);
    }

private:
    SqlErrorMapper mapper() const
    {
        const Vault *vault = m_vault.get();
        return [vault](const QSqlError &error, const QString &action) {
            return vault->errorFrom(error, action);
        };
    }
    SupervisorActions actions(const Actor &actor) const
    {
        return SupervisorActions(m_vault->database(), mapper(), m_vault->permissionGuard(actor));
    }
    Written written() const
    {
        QSqlQuery query(m_vault->database());
        query.exec(u"SELECT (SELECT count(*) FROM case_events), (SELECT count(*) FROM outbox WHERE kind != "
                   "'audit.append'), (SELECT count(*) FROM audit_log)"_s);
        query.next();
        return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PassphraseKeyStore> m_keys;
    std::unique_ptr<Vault> m_vault;
    SeededHall m_hall;
};

QTEST_GUILESS_MAIN(TestSupervisorActions)
#include "test_supervisor_actions.moc"
