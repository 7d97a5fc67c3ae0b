#pragma once

#include "sync/Protocol.h"

#include <optional>

namespace casedesk {

// What one op would do to a case, decided without touching storage.
struct OpOutcome {
    // What the workstation is told: Applied, Conflict or Rejected (Duplicate
    // is the store's business: it knows which op ids were applied before).
    protocol::OpResult result;
    // The case after an applied op that changes it (create, transition).
    std::optional<protocol::CaseSnapshot> updated;
    // The record an applied commuting op adds.
    std::optional<protocol::MaterialPayload> material;
    std::optional<protocol::NotePayload> note;
    std::optional<protocol::RatingPayload> rating;
    // case.follow-up: the closing as evaluate() read it, then, once
    // settleFollowUp found it applies, the rating with its follow-up closed.
    std::optional<protocol::FollowUpPayload> followUp;
    std::optional<protocol::RatingRecord> closedRating;
};

// The platform's rules for ops (docs/platform-api.md, "Pushing changes"):
// case.material, case.note and case.rating commute and always apply; case.transition
// applies only on the revision it was made on, and only along the case state
// machine; case.reassign (a supervisor's) applies only on the revision it was
// made on, and only to an open case; a second case.create of a case is a conflict. Revisions count the
// non-commuting ops applied (create = 1). case.follow-up closes a bad rating's
// follow-up: it needs the rating (settleFollowUp), and a second closing is a
// conflict.
class CaseOpEvaluator
{
public:
    // current: the platform's case, if it has one. hallId: the hall the op
    // was sent to, which the case must belong to. A case.follow-up that
    // passes is Applied with its followUp read and no closedRating yet:
    // settleFollowUp decides.
    static OpOutcome evaluate(const QString &hallId, const std::optional<protocol::CaseSnapshot> &current,
                              const protocol::Op &op);
    // Rejected ("forbidden") when the pushing user's roles do not grant the
    // op (core/security/Permissions.h, the workstation's own matrix): a
    // reassignment or a follow-up closed needs a supervisor, any other case op
    // someone who works cases (an IT administrator sees none). nullopt: allowed.
    static std::optional<OpOutcome> refusedFor(const QString &userId, const QStringList &roles, const protocol::Op &op);
    // A case.follow-up that evaluate() passed, against the rating it names
    // as the platform holds it (none: an unknown rating, or another case's).
    static OpOutcome settleFollowUp(const protocol::CaseSnapshot &current, const protocol::Op &op,
                                    const protocol::FollowUpPayload &followUp,
                                    const std::optional<protocol::RatingRecord> &rating);
};

} // namespace casedesk
