#pragma once

#include <QString>

#include <optional>

namespace casedesk {

// The life of a case at the counter (the transitions are the state machine's
// business; this is only the vocabulary, stored by name).
enum class CaseState {
    Draft,
    PreReviewed,
    CorrectionIssued,
    Resubmitted,
    Accepted,
    InProgress,
    Completed,
    Rejected,
    Withdrawn,
};

QString caseStateName(CaseState state);
std::optional<CaseState> caseStateFromName(QStringView name);
// Accepted and beyond carry a receipt number.
bool hasReceiptNumber(CaseState state);

} // namespace casedesk
