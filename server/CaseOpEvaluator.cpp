#include "CaseOpEvaluator.h"

#include "security/Permissions.h"

#include "ProtocolDetail.h"
#include "feedback/Rating.h"

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

OpOutcome rejected(const protocol::Op &op, const QString &code, const QString &message)
{
    OpOutcome outcome;
    outcome.result.opId = op.opId;
    outcome.result.status = protocol::OpStatus::Rejected;
    outcome.result.reasonCode = code;
    outcome.result.reasonMessage = message;
    return outcome;
}

OpOutcome invalidPayload(const protocol::Op &op, const Error &error)
{
    return rejected(op, u"invalid-payload"_s, protocolDetail(error));
}

OpOutcome conflict(const protocol::Op &op, const protocol::CaseSnapshot &current)
{
    OpOutcome outcome;
    outcome.result.opId = op.opId;
    outcome.result.status = protocol::OpStatus::Conflict;
    outcome.result.revision = current.caseRecord.revision;
    outcome.result.current = current;
    return outcome;
}

OpOutcome applied(const protocol::Op &op, qint64 revision)
{
    OpOutcome outcome;
    outcome.result.opId = op.opId;
    outcome.result.status = protocol::OpStatus::Applied;
    outcome.result.revision = revision;
    return outcome;
}

OpOutcome unknownCase(const protocol::Op &op)
{
    return rejected(op, u"unknown-case"_s, u"The platform has no case %1; it must be created first."_s.arg(op.caseId));
}

OpOutcome create(const QString &hallId, const std::optional<protocol::CaseSnapshot> &current, const protocol::Op &op)
{
    auto snapshot = protocol::createPayloadFromJson(op.payload);
    if (!snapshot)
        return invalidPayload(op, snapshot.error());
    if (snapshot->caseRecord.id != op.caseId)
        return rejected(op, u"invalid-payload"_s, u"payload.case.id is not the op's caseId."_s);
    if (snapshot->caseRecord.hallId != hallId)
        return rejected(op, u"wrong-hall"_s,
                        u"The case belongs to hall %1, not %2."_s.arg(snapshot->caseRecord.hallId, hallId));
    if (current)
        return conflict(op, *current);
    Case &c = snapshot->caseRecord;
    c.revision = 1;
    if (!c.updatedUtc.isValid())
        c.updatedUtc = c.createdUtc;
    OpOutcome outcome = applied(op, 1);
    outcome.updated = *snapshot;
    return outcome;
}

OpOutcome transition(const std::optional<protocol::CaseSnapshot> &current, const protocol::Op &op)
{
    if (!current)
        return unknownCase(op);
    auto payload = protocol::transitionPayloadFromJson(op.payload);
    if (!payload)
        return invalidPayload(op, payload.error());
    const Case &before = current->caseRecord;
    // The case moved on since the workstation saw it: the platform decides,
    // the workstation keeps its op for a person to look at.
    if (op.baseRev != before.revision)
        return conflict(op, *current);
    auto next = CaseStateMachine::next(before.state, payload->event);
    if (!next)
        return rejected(op, u"illegal-transition"_s, next.error().message);
    if (payload->from != before.state || payload->to != *next)
        return rejected(
            op, u"illegal-transition"_s,
            u"The op moves the case from \"%1\" to \"%2\"; on the platform \"%3\" goes from \"%4\" to \"%5\"."_s.arg(
                caseStateName(payload->from), caseStateName(payload->to), caseEventName(payload->event),
                caseStateName(before.state), caseStateName(*next)));
    if (payload->event == CaseEvent::Accept && payload->receiptNumber.isEmpty())
        return rejected(op, u"invalid-payload"_s, u"payload.receiptNumber: accepting needs a receipt number."_s);

    protocol::CaseSnapshot after = *current;
    Case &c = after.caseRecord;
    const QDateTime at = payload->at.isValid() ? payload->at : op.createdUtc;
    CaseStateMachine::record(c, payload->event, *next, at, payload->receiptNumber, payload->dueDate);
    OpOutcome outcome = applied(op, c.revision);
    outcome.updated = after;
    return outcome;
}

OpOutcome material(const std::optional<protocol::CaseSnapshot> &current, const protocol::Op &op)
{
    if (!current)
        return unknownCase(op);
    auto payload = protocol::materialPayloadFromJson(op.payload);
    if (!payload)
        return invalidPayload(op, payload.error());
    OpOutcome outcome = applied(op, current->caseRecord.revision);
    outcome.material = *payload;
    return outcome;
}

OpOutcome note(const std::optional<protocol::CaseSnapshot> &current, const protocol::Op &op)
{
    if (!current)
        return unknownCase(op);
    auto payload = protocol::notePayloadFromJson(op.payload);
    if (!payload)
        return invalidPayload(op, payload.error());
    OpOutcome outcome = applied(op, current->caseRecord.revision);
    outcome.note = *payload;
    return outcome;
}

OpOutcome rating(const std::optional<protocol::CaseSnapshot> &current, const protocol::Op &op)
{
    if (!current)
        return unknownCase(op);
    auto payload = protocol::ratingPayloadFromJson(op.payload);
    if (!payload)
        return invalidPayload(op, payload.error());
    OpOutcome outcome = applied(op, current->caseRecord.revision);
    outcome.rating = *payload;
    return outcome;
}

OpOutcome followUp(const std::optional<protocol::CaseSnapshot> &current, const protocol::Op &op)
{
    if (!current)
        return unknownCase(op);
    auto payload = protocol::followUpPayloadFromJson(op.payload);
    if (!payload)
        return invalidPayload(op, payload.error());
    OpOutcome outcome = applied(op, current->caseRecord.revision);
    outcome.followUp = *payload;
    return outcome;
}

// A supervisor hands an open case to another staff member or counter.
// Not commuting: a case that moved on since is for a person to look at.
OpOutcome reassign(const std::optional<protocol::CaseSnapshot> &current, const protocol::Op &op)
{
    if (!current)
        return unknownCase(op);
    auto payload = protocol::reassignPayloadFromJson(op.payload);
    if (!payload)
        return invalidPayload(op, payload.error());
    const Case &before = current->caseRecord;
    if (op.baseRev != before.revision)
        return conflict(op, *current);
    if (CaseStateMachine::isFinal(before.state))
        return rejected(op, u"illegal-transition"_s,
                        u"The case is \"%1\": a closed case is not reassigned."_s.arg(caseStateName(before.state)));
    protocol::CaseSnapshot after = *current;
    Case &c = after.caseRecord;
    if (!payload->staffId.isEmpty())
        c.staffId = payload->staffId;
    if (!payload->counterId.isEmpty())
        c.counterId = payload->counterId;
    c.updatedUtc = payload->at.isValid() ? payload->at : op.createdUtc;
    c.revision = before.revision + 1;
    OpOutcome outcome = applied(op, c.revision);
    outcome.updated = after;
    return outcome;
}

} // namespace

OpOutcome CaseOpEvaluator::evaluate(const QString &hallId, const std::optional<protocol::CaseSnapshot> &current,
                                    const protocol::Op &op)
{
    // Before anything else: whether the case exists in another hall is not
    // this hall's business, so no conflict may show it.
    if (current && current->caseRecord.hallId != hallId)
        return rejected(op, u"wrong-hall"_s, u"The case belongs to another hall."_s);
    switch (op.kind) {
    case protocol::OpKind::CaseCreate: return create(hallId, current, op);
    case protocol::OpKind::CaseTransition: return transition(current, op);
    case protocol::OpKind::CaseMaterial: return material(current, op);
    case protocol::OpKind::CaseNote: return note(current, op);
    case protocol::OpKind::CaseReassign: return reassign(current, op);
    case protocol::OpKind::CaseRating: return rating(current, op);
    case protocol::OpKind::CaseFollowUp: return followUp(current, op);
    // PlatformStore checks audit records against the workstation's chain.
    case protocol::OpKind::AuditAppend:
        return rejected(op, u"invalid-payload"_s, u"An audit record is not a case op."_s);
    }
    return rejected(op, u"invalid-payload"_s, u"Unknown op kind."_s);
}

std::optional<OpOutcome> CaseOpEvaluator::refusedFor(const QString &userId, const QStringList &roles,
                                                     const protocol::Op &op)
{
    const Permission needed = op.kind == protocol::OpKind::CaseReassign ? Permission::Reassign
        : op.kind == protocol::OpKind::CaseFollowUp                     ? Permission::FollowUpRating
                                                                        : Permission::Accept;
    if (op.kind == protocol::OpKind::AuditAppend || Actor::fromRoleNames(userId, roles).may(needed))
        return std::nullopt;
    return rejected(op, u"forbidden"_s,
                    u"The signed-in user's roles (%1) do not allow this op (%2)."_s.arg(
                        roles.isEmpty() ? u"none"_s : roles.join(u", "_s), permissionName(needed)));
}

OpOutcome CaseOpEvaluator::settleFollowUp(const protocol::CaseSnapshot &current, const protocol::Op &op,
                                          const protocol::FollowUpPayload &followUp,
                                          const std::optional<protocol::RatingRecord> &rating)
{
    if (!rating)
        return rejected(op, u"unknown-rating"_s,
                        u"The platform has no rating %1 of case %2."_s.arg(followUp.ratingId, op.caseId));
    const auto level = ratingLevelFromName(rating->rating.level);
    if (!level || !isBadRating(*level))
        return rejected(op, u"no-follow-up"_s, u"Rating %1 was not a bad one: it has no follow-up."_s.arg(rating->id));
    // Two supervisors closed it while apart: the first closing stands, and
    // the second waits on its desk's "needs attention" list with its note.
    if (rating->closed)
        return conflict(op, current);
    OpOutcome outcome = applied(op, current.caseRecord.revision);
    outcome.closedRating = *rating;
    outcome.closedRating->closed = followUp;
    return outcome;
}

} // namespace casedesk
