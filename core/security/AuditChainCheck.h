#pragma once

#include "AuditLog.h"
#include "common/Expected.h"

#include <QLatin1StringView>

#include <optional>

namespace casedesk {

class SyncStore;

// What the check at vault open found in the audit chain.
struct AuditChainStatus {
    qint64 records = 0; // in the log
    qint64 walked = 0; // of them, walked this time (from the checkpoint on)
    std::optional<AuditBreak> firstBreak;
    // This break was not reported before: show it to the user and record it
    // (recordBreak()), once.
    bool newlyBroken = false;

    bool intact() const { return !firstBreak; }
};

// The audit chain verified every time a workstation opens its vault
// (DESIGN.md, Security). A broken chain never stops the counter: it is
// logged (position and kind only, never a record's content), shown to the
// user once and recorded in the log itself.
//
// To stay fast on a big log, a check that finds the chain intact leaves a
// checkpoint (the last record's sequence and hash, in the vault's settings)
// and the next one walks on from there; `casedeskctl verify` and the
// platform check the whole chain (docs/performance.md, "Audit chain at open").
class AuditChainCheck
{
public:
    static constexpr QLatin1StringView checkpointKey{"audit.checkpoint"};
    static constexpr QLatin1StringView reportedBreakKey{"audit.reported-break"};

    static Expected<AuditChainStatus> run(const AuditLog &log, SyncStore &settings);

    // Records the break in the audit log as done by `userId` and marks it
    // reported, so that the next open does not show it again.
    static Expected<void> recordBreak(AuditLog &log, SyncStore &settings, const AuditChainStatus &status,
                                      const QString &userId);

    // What to tell the user: translated, without personal data.
    static QString message(const AuditChainStatus &status);
};

} // namespace casedesk
