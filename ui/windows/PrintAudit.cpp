#include "PrintAudit.h"

#include "ReceiptDialogs.h"
#include "security/AuditLog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace casedesk {

void auditPrints(PrintOutcomeDialog &dialog, PermissionGuard guard, const QString &caseId, const QString &document,
                 std::function<void(const QString &message)> failed)
{
    QObject::connect(
        &dialog, &PrintOutcomeDialog::printed, &dialog,
        [guard = std::move(guard), object = u"case:"_s + caseId, document, failed = std::move(failed)](const QString &,
                                                                                                       bool toFile) {
            const QJsonObject details{{u"document"_s, document}, {u"to"_s, toFile ? u"pdf"_s : u"printer"_s}};
            if (auto recorded = guard.record(auditaction::print, object, details); !recorded && failed)
                failed(recorded.error().message);
        });
}

} // namespace casedesk
