#include "AuditChainCheck.h"

#include "common/LogCategories.h"
#include "sync/SyncStore.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace casedesk {

namespace {

// "<sequence>:<hash>"
std::optional<std::pair<qint64, QString>> parseCheckpoint(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 sequence = text.left(colon).toLongLong(&ok);
    if (!ok || sequence < 1)
        return std::nullopt;
    return std::pair{sequence, text.mid(colon + 1)};
}

QString breakKey(const AuditBreak &found)
{
    return u"%1:%2"_s.arg(auditBreakKindName(found.kind)).arg(found.position);
}

} // namespace

Expected<AuditChainStatus> AuditChainCheck::run(const AuditLog &log, SyncStore &settings)
{
    auto saved = settings.setting(QString(checkpointKey));
    if (!saved)
        return saved.error();
    const auto checkpoint = parseCheckpoint(*saved);
    auto verified = checkpoint ? log.verifyFrom(checkpoint->first, checkpoint->second) : log.verify();
    if (!verified)
        return verified.error();

    AuditChainStatus status;
    status.records = verified->records;
    status.firstBreak = verified->firstBreak;
    status.walked = verified->walked;
    if (status.intact()) {
        if (status.records > 0) {
            auto last = log.records(status.records, 1);
            if (!last)
                return last.error();
            if (!last->isEmpty()) {
                const QString next = u"%1:%2"_s.arg(last->constFirst().sequence).arg(last->constFirst().hash);
                if (next != *saved) {
                    if (auto stored = settings.setSetting(QString(checkpointKey), next); !stored)
                        return stored.error();
                }
            }
        }
        qCDebug(lcVault) << "audit chain intact:" << status.records << "records," << status.walked << "walked";
        return status;
    }
    auto reported = settings.setting(QString(reportedBreakKey));
    if (!reported)
        return reported.error();
    status.newlyBroken = *reported != breakKey(*status.firstBreak);
    // Position and kind only: the explanation is for the screen, and no
    // record's content ever goes to a log.
    qCWarning(lcVault).nospace().noquote() << "audit chain broken at record " << status.firstBreak->position << " ("
                                           << auditBreakKindName(status.firstBreak->kind) << ")";
    return status;
}

Expected<void> AuditChainCheck::recordBreak(AuditLog &log, SyncStore &settings, const AuditChainStatus &status,
                                            const QString &userId)
{
    if (status.intact() || !status.newlyBroken)
        return {};
    const AuditEntry entry{userId,
                           QString(auditaction::auditChainBroken),
                           u"audit-log"_s,
                           AuditResult::Failed,
                           QJsonObject{{u"position"_s, double(status.firstBreak->position)},
                                       {u"kind"_s, auditBreakKindName(status.firstBreak->kind)}},
                           {}};
    if (auto appended = log.append(entry); !appended)
        return appended.error();
    return settings.setSetting(QString(reportedBreakKey), breakKey(*status.firstBreak));
}

QString AuditChainCheck::message(const AuditChainStatus &status)
{
    if (status.intact())
        return QString();
    return QCoreApplication::translate("AuditChainCheck",
                                       "The audit log of this workstation has been tampered with: %1\n\n"
                                       "CaseDesk keeps working and records this. Tell your IT administrator, who "
                                       "can run \"casedeskctl verify\" for details.")
        .arg(status.firstBreak->explanation);
}

} // namespace casedesk
