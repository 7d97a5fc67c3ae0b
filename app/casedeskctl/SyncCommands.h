#pragma once

#include "ExitCode.h"
#include "VaultCommands.h"
#include "sync/PlatformTrust.h"

#include <QTextStream>
#include <QUrl>

namespace casedesk::ctl {

// Who signs in for a round: the password from stdin, the token's code from
// --one-time-code (empty when the account has no second factor).
struct PlatformSignIn {
    QString user;
    QString password;
    QString oneTimeCode;
};

// casedeskctl sync and conflicts: one full round with the platform, and the
// list of changes it would not take as they were.
class SyncCommands
{
public:
    SyncCommands(VaultOptions options, QTextStream &out, QTextStream &err);

    // Signs in, then pushes, uploads and pulls until done. Prints a JSON
    // summary; exit 0 when the round completed.
    ExitCode sync(const QUrl &platform, const PlatformSignIn &signIn, bool allowInsecureHttp,
                  const PlatformTrust &trust);
    ExitCode conflicts();

private:
    ExitCode fail(const Error &error);

    VaultOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace casedesk::ctl
