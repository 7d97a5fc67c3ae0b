#include "CaseState.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

constexpr std::array<std::pair<CaseState, QStringView>, 9> stateNames{{
    {CaseState::Draft, u"draft"},
    {CaseState::PreReviewed, u"pre_reviewed"},
    {CaseState::CorrectionIssued, u"correction_issued"},
    {CaseState::Resubmitted, u"resubmitted"},
    {CaseState::Accepted, u"accepted"},
    {CaseState::InProgress, u"in_progress"},
    {CaseState::Completed, u"completed"},
    {CaseState::Rejected, u"rejected"},
    {CaseState::Withdrawn, u"withdrawn"},
}};

} // namespace

QString caseStateName(CaseState state)
{
    for (const auto &[candidate, name] : stateNames) {
        if (candidate == state)
            return name.toString();
    }
    return QString();
}

std::optional<CaseState> caseStateFromName(QStringView name)
{
    for (const auto &[state, candidate] : stateNames) {
        if (candidate == name)
            return state;
    }
    return std::nullopt;
}

bool hasReceiptNumber(CaseState state)
{
    switch (state) {
    case CaseState::Accepted:
    case CaseState::InProgress:
    case CaseState::Completed:
    case CaseState::Rejected: return true;
    default: return false;
    }
}

} // namespace casedesk
