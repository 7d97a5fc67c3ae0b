#pragma once

#include <QString>

namespace casedesk {

// A UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then
// random bits. Ids made later sort later, so new cases, applicants and ops
// land at the right edge of their B-tree indexes instead of at random pages,
// which keeps both the cache and the write volume small. Qt 6.4 has no v7.
QString newTimeOrderedId();

} // namespace casedesk
