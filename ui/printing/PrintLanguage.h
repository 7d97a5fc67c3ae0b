#pragma once

namespace casedesk {

// The language(s) of a printed document. Chinese is the applicant's
// language; bilingual adds the English beneath each text in smaller type,
// for foreign applicants and staff who read English.
enum class PrintLanguage { Chinese, English, Bilingual };

} // namespace casedesk
