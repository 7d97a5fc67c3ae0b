#pragma once

#include "common/Error.h"

#include <QString>

namespace casedesk {

// protocol:: readers word their errors for the workstation ("The platform's
// message is malformed: batch.ops[0].kind: …"). On the platform's side of
// the wire only the part after that preamble is true; this returns it.
QString protocolDetail(const Error &error);

} // namespace casedesk
