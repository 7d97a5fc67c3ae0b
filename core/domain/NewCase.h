#pragma once

#include "Applicant.h"
#include "Case.h"

namespace casedesk {

// A case as it is first written: the case and its applicant, new together.
struct NewCase {
    Applicant applicant;
    Case caseRecord;
};

} // namespace casedesk
