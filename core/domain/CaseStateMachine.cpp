#include "CaseStateMachine.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

struct Transition {
    CaseState from;
    CaseEvent event;
    CaseState to;
};

constexpr std::array<Transition, 16> transitions{{
    {CaseState::Draft, CaseEvent::PreReview, CaseState::PreReviewed},
    {CaseState::PreReviewed, CaseEvent::PreReview, CaseState::PreReviewed},
    {CaseState::PreReviewed, CaseEvent::IssueCorrection, CaseState::CorrectionIssued},
    {CaseState::PreReviewed, CaseEvent::Accept, CaseState::Accepted},
    {CaseState::CorrectionIssued, CaseEvent::Resubmit, CaseState::Resubmitted},
    {CaseState::Resubmitted, CaseEvent::IssueCorrection, CaseState::CorrectionIssued},
    {CaseState::Resubmitted, CaseEvent::Accept, CaseState::Accepted},
    {CaseState::Accepted, CaseEvent::StartProcessing, CaseState::InProgress},
    {CaseState::InProgress, CaseEvent::Complete, CaseState::Completed},
    {CaseState::InProgress, CaseEvent::Reject, CaseState::Rejected},
    {CaseState::Draft, CaseEvent::Withdraw, CaseState::Withdrawn},
    {CaseState::PreReviewed, CaseEvent::Withdraw, CaseState::Withdrawn},
    {CaseState::CorrectionIssued, CaseEvent::Withdraw, CaseState::Withdrawn},
    {CaseState::Resubmitted, CaseEvent::Withdraw, CaseState::Withdrawn},
    // After acceptance the applicant may still withdraw (申请撤回); the
    // office then ends the case.
    {CaseState::Accepted, CaseEvent::Withdraw, CaseState::Withdrawn},
    {CaseState::InProgress, CaseEvent::Withdraw, CaseState::Withdrawn},
}};

constexpr std::array<std::pair<CaseEvent, QStringView>, 8> eventNames{{
    {CaseEvent::PreReview, u"pre_review"},
    {CaseEvent::IssueCorrection, u"issue_correction"},
    {CaseEvent::Resubmit, u"resubmit"},
    {CaseEvent::Accept, u"accept"},
    {CaseEvent::StartProcessing, u"start_processing"},
    {CaseEvent::Complete, u"complete"},
    {CaseEvent::Reject, u"reject"},
    {CaseEvent::Withdraw, u"withdraw"},
}};

} // namespace

QString caseEventName(CaseEvent event)
{
    for (const auto &[candidate, name] : eventNames) {
        if (candidate == event)
            return name.toString();
    }
    return QString();
}

std::optional<CaseEvent> caseEventFromName(QStringView name)
{
    for (const auto &[event, candidate] : eventNames) {
        if (candidate == name)
            return event;
    }
    return std::nullopt;
}

Expected<CaseState> CaseStateMachine::next(CaseState from, CaseEvent event)
{
    for (const Transition &transition : transitions) {
        if (transition.from == from && transition.event == event)
            return transition.to;
    }
    return Error::make(ErrorCode::InvalidArgument,
                       QCoreApplication::translate("CaseStateMachine", "A case in state \"%1\" cannot \"%2\".")
                           .arg(caseStateName(from), caseEventName(event)));
}

QList<CaseEvent> CaseStateMachine::allowedEvents(CaseState from)
{
    QList<CaseEvent> events;
    for (const Transition &transition : transitions) {
        if (transition.from == from && !events.contains(transition.event))
            events.append(transition.event);
    }
    return events;
}

bool CaseStateMachine::isFinal(CaseState state)
{
    return state == CaseState::Completed || state == CaseState::Rejected || state == CaseState::Withdrawn;
}

bool CaseStateMachine::needsReason(CaseEvent event)
{
    return event == CaseEvent::Reject || event == CaseEvent::Withdraw || event == CaseEvent::IssueCorrection;
}

void CaseStateMachine::record(Case &c, CaseEvent event, CaseState to, const QDateTime &at, const QString &receiptNumber,
                              const QDate &dueDate)
{
    c.state = to;
    c.updatedUtc = at;
    c.revision += 1;
    if (event == CaseEvent::Accept) {
        c.receiptNumber = receiptNumber;
        c.acceptedUtc = at;
        c.dueDate = dueDate;
    }
    if (event == CaseEvent::IssueCorrection)
        c.correctionNoticeGiven = true;
}

} // namespace casedesk
