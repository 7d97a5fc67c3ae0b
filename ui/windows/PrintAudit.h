#pragma once

#include "security/Permissions.h"

#include <QString>

#include <functional>

namespace casedesk {

class PrintOutcomeDialog;

// Every print and every saved PDF of a case's paper leaves a trace in the
// audit log under the signed-in user (DESIGN.md, Security): which case, which
// paper ("receipt", "correction-notice") and whether it went to a printer or
// to a file, never the file's name, which may name a citizen. The paper is
// out either way; when its trace cannot be written, failed gets the message
// to show the clerk.
void auditPrints(PrintOutcomeDialog &dialog, PermissionGuard guard, const QString &caseId, const QString &document,
                 std::function<void(const QString &message)> failed);

} // namespace casedesk
