#include "CaseStateText.h"

namespace casedesk {

QString CaseStateText::of(CaseState state)
{
    switch (state) {
    case CaseState::Draft: return tr("Draft");
    case CaseState::PreReviewed: return tr("Pre-reviewed");
    case CaseState::CorrectionIssued: return tr("Correction notice issued");
    case CaseState::Resubmitted: return tr("Resubmitted");
    case CaseState::Accepted: return tr("Accepted");
    case CaseState::InProgress: return tr("In progress");
    case CaseState::Completed: return tr("Completed");
    case CaseState::Rejected: return tr("Rejected");
    case CaseState::Withdrawn: return tr("Withdrawn");
    }
    return QString();
}

} // namespace casedesk
