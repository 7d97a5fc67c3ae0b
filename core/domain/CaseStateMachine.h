#pragma once

#include "Case.h"
#include "CaseState.h"
#include "common/Expected.h"

#include <QList>

namespace casedesk {

// What can happen to a case at the counter and after.
enum class CaseEvent {
    PreReview, // draft → pre-reviewed
    IssueCorrection, // pre-reviewed → correction notice issued (一次性告知)
    Resubmit, // correction issued → resubmitted
    Accept, // pre-reviewed or resubmitted → accepted (受理), receipt number given
    StartProcessing, // accepted → in progress
    Complete, // in progress → completed, result handed over
    Reject, // in progress → rejected (不予许可), with a reason
    Withdraw, // any open state → withdrawn by the applicant
};

QString caseEventName(CaseEvent event);
std::optional<CaseEvent> caseEventFromName(QStringView name);

// The case life cycle: draft → pre-reviewed → accepted, or correction notice
// issued → resubmitted → accepted; accepted → in progress → completed or
// rejected; withdrawn from any state that is not final. Anything else is
// refused with an error that names the state and the event.
class CaseStateMachine
{
public:
    static Expected<CaseState> next(CaseState from, CaseEvent event);
    static QList<CaseEvent> allowedEvents(CaseState from);
    static bool isFinal(CaseState state);
    // Events that must say why (a rejection, a withdrawal, a correction).
    static bool needsReason(CaseEvent event);

    // What an allowed transition to `to` does to the case itself, the same
    // wherever it is applied (CaseStore at the counter, the platform's op
    // evaluator, the training hall): the state, the time of the change and
    // the revision; accepting gives the receipt number, its time and the
    // promised date; a correction notice marks the case for good.
    static void record(Case &c, CaseEvent event, CaseState to, const QDateTime &at, const QString &receiptNumber = {},
                       const QDate &dueDate = {});
};

} // namespace casedesk
