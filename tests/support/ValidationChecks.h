#pragma once

#include "review/validators/Validation.h"

namespace casedesk::test {

// Empty when a failed validation explains itself in both languages: a
// message and a hint in Chinese and in English, the Chinese really
// translated; otherwise what is wrong, for QVERIFY2.
QString explanationProblem(const Validation &result);

} // namespace casedesk::test
