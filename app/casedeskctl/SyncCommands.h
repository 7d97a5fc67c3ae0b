#pragma once

#include "ExitCode.h"
#include "VaultCommands.h"
#include "sync/PlatformTrust.h"

#include <QTextStream>
#include <QUrl>

namespace casedesk::ctl {

// casedeskctl sync and conflicts: one full round with the platform, and the
// list of changes it would not take as they were.
class SyncCommands
{
public:
    SyncCommands(VaultOptions options, QTextStream &out, QTextStream &err);

    // Signs in as user (password from stdin), then pushes, uploads and pulls
    // until done. Prints a JSON summary; exit 0 when the round completed.
    ExitCode sync(const QUrl &platform, const QString &user, const QString &password, bool allowInsecureHttp,
                  const PlatformTrust &trust);
    ExitCode conflicts();

private:
    ExitCode fail(const Error &error);

    VaultOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace casedesk::ctl
