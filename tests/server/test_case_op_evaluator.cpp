// The platform's rules for ops, without storage: what applies, what
// conflicts, what is refused.

#include "TestOps.h"

#include "CaseOpEvaluator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString hall = u"TRAINING-HALL"_s;

protocol::CaseSnapshot atRevision(protocol::CaseSnapshot snapshot, CaseState state, qint64 revision)
{
    snapshot.caseRecord.state = state;
    snapshot.caseRecord.revision = revision;
    return snapshot;
}

} // namespace

class TestCaseOpEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void createStartsAtRevisionOne();
    void secondCreateConflicts();
    void transitionOnTheCurrentRevision();
    void transitionOnAnOldRevisionConflicts();
    void aCorrectionNoticeStaysOnTheCase();
    void illegalTransitions();
    void acceptNeedsAReceiptNumber();
    void commutingOpsApplyOnAnyRevision();
    void wrongHallAndUnknownCase();
    void malformedPayloads();
};

void TestCaseOpEvaluator::createStartsAtRevisionOne()
{
    protocol::CaseSnapshot snapshot = newCase(hall, 1);
    snapshot.caseRecord.revision = 7; // whatever the workstation said
    snapshot.caseRecord.updatedUtc = QDateTime();
    const OpOutcome outcome = CaseOpEvaluator::evaluate(hall, std::nullopt, createOp(snapshot));
    QCOMPARE(outcome.result.status, protocol::OpStatus::Applied);
    QCOMPARE(outcome.result.revision, 1);
    QVERIFY(outcome.updated);
    QCOMPARE(outcome.updated->caseRecord.revision, 1);
    QCOMPARE(outcome.updated->caseRecord.updatedUtc, snapshot.caseRecord.createdUtc);
    QCOMPARE(outcome.updated->applicant.name, snapshot.applicant.name);
}

void TestCaseOpEvaluator::secondCreateConflicts()
{
    const protocol::CaseSnapshot snapshot = newCase(hall, 2);
    const protocol::CaseSnapshot current = atRevision(snapshot, CaseState::PreReviewed, 2);
    const OpOutcome outcome = CaseOpEvaluator::evaluate(hall, current, createOp(snapshot));
    QCOMPARE(outcome.result.status, protocol::OpStatus::Conflict);
    QCOMPARE(outcome.result.revision, 2);
    QVERIFY(outcome.result.current);
    QCOMPARE(outcome.result.current->caseRecord.state, CaseState::PreReviewed);
    QVERIFY(!outcome.updated);
}

void TestCaseOpEvaluator::transitionOnTheCurrentRevision()
{
    const protocol::CaseSnapshot current = atRevision(newCase(hall, 3), CaseState::PreReviewed, 2);
    const protocol::Op op = transitionOp(current.caseRecord.id, 2, CaseEvent::Accept, CaseState::PreReviewed,
                                         CaseState::Accepted, u"TH-2026-W01-000042"_s);
    const OpOutcome outcome = CaseOpEvaluator::evaluate(hall, current, op);
    QCOMPARE(outcome.result.status, protocol::OpStatus::Applied);
    QCOMPARE(outcome.result.revision, 3);
    QVERIFY(outcome.updated);
    const Case &c = outcome.updated->caseRecord;
    QCOMPARE(c.state, CaseState::Accepted);
    QCOMPARE(c.revision, 3);
    QCOMPARE(c.receiptNumber, u"TH-2026-W01-000042"_s);
    QCOMPARE(c.acceptedUtc, QDateTime::fromString(op.payload.value(u"at"_s).toString(), Qt::ISODateWithMs));
    QCOMPARE(c.updatedUtc, c.acceptedUtc);
    QVERIFY(c.dueDate.isValid());
}

void TestCaseOpEvaluator::transitionOnAnOldRevisionConflicts()
{
    const protocol::CaseSnapshot current = atRevision(newCase(hall, 4), CaseState::Accepted, 3);
    for (qint64 base : {qint64(2), qint64(4)}) {
        const OpOutcome outcome =
            CaseOpEvaluator::evaluate(hall, current,
                                      transitionOp(current.caseRecord.id, base, CaseEvent::StartProcessing,
                                                   CaseState::Accepted, CaseState::InProgress));
        QCOMPARE(outcome.result.status, protocol::OpStatus::Conflict);
        QCOMPARE(outcome.result.current->caseRecord.revision, 3);
    }
}

// The hall's correction-notice rate counts a case given a notice however it
// went on; every workstation learns it from the platform's case.
void TestCaseOpEvaluator::aCorrectionNoticeStaysOnTheCase()
{
    protocol::CaseSnapshot current = atRevision(newCase(hall, 5), CaseState::PreReviewed, 2);
    current.caseRecord.correctionNoticeGiven = false; // pre-reviewed, no notice yet
    const struct {
        CaseEvent event;
        CaseState from, to;
    } steps[] = {{CaseEvent::IssueCorrection, CaseState::PreReviewed, CaseState::CorrectionIssued},
                 {CaseEvent::Resubmit, CaseState::CorrectionIssued, CaseState::Resubmitted},
                 {CaseEvent::Accept, CaseState::Resubmitted, CaseState::Accepted}};
    for (const auto &step : steps) {
        const OpOutcome outcome = CaseOpEvaluator::evaluate(
            hall, current,
            transitionOp(current.caseRecord.id, current.caseRecord.revision, step.event, step.from, step.to,
                         step.event == CaseEvent::Accept ? u"TH-2026-W01-000043"_s : QString()));
        QCOMPARE(outcome.result.status, protocol::OpStatus::Applied);
        current = *outcome.updated;
        QVERIFY(current.caseRecord.correctionNoticeGiven);
    }
    QCOMPARE(current.caseRecord.state, CaseState::Accepted);

    // Accepted at once: never given one.
    protocol::CaseSnapshot direct = atRevision(newCase(hall, 6), CaseState::PreReviewed, 2);
    direct.caseRecord.correctionNoticeGiven = false;
    const OpOutcome accepted =
        CaseOpEvaluator::evaluate(hall, direct,
                                  transitionOp(direct.caseRecord.id, 2, CaseEvent::Accept, CaseState::PreReviewed,
                                               CaseState::Accepted, u"TH-2026-W01-000044"_s));
    QVERIFY(!accepted.updated->caseRecord.correctionNoticeGiven);
}

void TestCaseOpEvaluator::illegalTransitions()
{
    const protocol::CaseSnapshot current = atRevision(newCase(hall, 5), CaseState::Completed, 5);
    const QString id = current.caseRecord.id;
    for (const protocol::Op &op :
         {transitionOp(id, 5, CaseEvent::Withdraw, CaseState::Completed, CaseState::Withdrawn),
          transitionOp(id, 5, CaseEvent::Complete, CaseState::Completed, CaseState::Completed),
          // from is not what the platform has
          transitionOp(id, 5, CaseEvent::Reject, CaseState::InProgress, CaseState::Rejected)}) {
        const OpOutcome outcome = CaseOpEvaluator::evaluate(hall, current, op);
        QCOMPARE(outcome.result.status, protocol::OpStatus::Rejected);
        QCOMPARE(outcome.result.reasonCode, u"illegal-transition"_s);
        QVERIFY(!outcome.updated);
    }
    const protocol::CaseSnapshot draft = atRevision(newCase(hall, 6), CaseState::Draft, 1);
    const OpOutcome lying = CaseOpEvaluator::evaluate(
        hall, draft,
        transitionOp(draft.caseRecord.id, 1, CaseEvent::PreReview, CaseState::Draft, CaseState::Completed));
    QCOMPARE(lying.result.reasonCode, u"illegal-transition"_s);
}

void TestCaseOpEvaluator::acceptNeedsAReceiptNumber()
{
    const protocol::CaseSnapshot current = atRevision(newCase(hall, 7), CaseState::PreReviewed, 2);
    const OpOutcome outcome = CaseOpEvaluator::evaluate(
        hall, current,
        transitionOp(current.caseRecord.id, 2, CaseEvent::Accept, CaseState::PreReviewed, CaseState::Accepted));
    QCOMPARE(outcome.result.status, protocol::OpStatus::Rejected);
    QCOMPARE(outcome.result.reasonCode, u"invalid-payload"_s);
}

void TestCaseOpEvaluator::commutingOpsApplyOnAnyRevision()
{
    const protocol::CaseSnapshot current = atRevision(newCase(hall, 8), CaseState::InProgress, 4);
    const OpOutcome material =
        CaseOpEvaluator::evaluate(hall, current, materialOp(current.caseRecord.id, 1, u"id-card"_s));
    QCOMPARE(material.result.status, protocol::OpStatus::Applied);
    QCOMPARE(material.result.revision, 4);
    QVERIFY(!material.updated);
    QVERIFY(material.material);
    QCOMPARE(material.material->materialCode, u"id-card"_s);
    const OpOutcome note = CaseOpEvaluator::evaluate(hall, current, noteOp(current.caseRecord.id, 9, u"备注"_s));
    QCOMPARE(note.result.status, protocol::OpStatus::Applied);
    QCOMPARE(note.result.revision, 4);
    QCOMPARE(note.note->text, u"备注"_s);
}

void TestCaseOpEvaluator::wrongHallAndUnknownCase()
{
    const protocol::CaseSnapshot elsewhere = newCase(u"OTHER-HALL"_s, 9);
    OpOutcome outcome = CaseOpEvaluator::evaluate(hall, std::nullopt, createOp(elsewhere));
    QCOMPARE(outcome.result.reasonCode, u"wrong-hall"_s);
    // Existing in another hall: refused without showing it.
    outcome = CaseOpEvaluator::evaluate(hall, elsewhere, noteOp(elsewhere.caseRecord.id, 1, u"x"_s));
    QCOMPARE(outcome.result.reasonCode, u"wrong-hall"_s);
    QVERIFY(!outcome.result.current);
    outcome = CaseOpEvaluator::evaluate(hall, elsewhere, createOp(elsewhere));
    QCOMPARE(outcome.result.reasonCode, u"wrong-hall"_s);
    QVERIFY(!outcome.result.current);

    for (const protocol::Op &op :
         {noteOp(elsewhere.caseRecord.id, 1, u"x"_s), materialOp(elsewhere.caseRecord.id, 1, u"x"_s),
          transitionOp(elsewhere.caseRecord.id, 1, CaseEvent::PreReview, CaseState::Draft, CaseState::PreReviewed)}) {
        outcome = CaseOpEvaluator::evaluate(hall, std::nullopt, op);
        QCOMPARE(outcome.result.status, protocol::OpStatus::Rejected);
        QCOMPARE(outcome.result.reasonCode, u"unknown-case"_s);
    }
}

void TestCaseOpEvaluator::malformedPayloads()
{
    const protocol::CaseSnapshot current = atRevision(newCase(hall, 10), CaseState::Draft, 1);
    protocol::Op transition =
        transitionOp(current.caseRecord.id, 1, CaseEvent::PreReview, CaseState::Draft, CaseState::PreReviewed);
    transition.payload.insert(u"event"_s, u"teleport"_s);
    protocol::Op material = materialOp(current.caseRecord.id, 1, u"id-card"_s);
    material.payload.insert(u"documentSha256"_s, u"NOT-HEX"_s);
    protocol::Op note = noteOp(current.caseRecord.id, 1, QString());
    protocol::Op create = createOp(newCase(hall, 11));
    create.caseId = current.caseRecord.id; // the payload is another case
    for (const protocol::Op &op : {transition, material, note, create}) {
        const OpOutcome outcome = CaseOpEvaluator::evaluate(
            hall,
            op.kind == protocol::OpKind::CaseCreate ? std::nullopt : std::optional<protocol::CaseSnapshot>(current),
            op);
        QCOMPARE(outcome.result.status, protocol::OpStatus::Rejected);
        QCOMPARE(outcome.result.reasonCode, u"invalid-payload"_s);
        QVERIFY(!outcome.result.reasonMessage.startsWith(u"The platform's message"_s));
    }
}

QTEST_GUILESS_MAIN(TestCaseOpEvaluator)
#include "test_case_op_evaluator.moc"
