#pragma once

#include "WorkstationServices.h"
#include "common/Expected.h"

#include <QUrl>

#include <optional>

namespace casedesk {

class Vault;

// The outcome of signing in at start: who is at the counter, the session's
// tokens when the platform answered, and this workstation's id.
struct SignInResult {
    std::optional<SignedInUser> user; // none: the user cancelled
    QString token;
    QString refreshToken;
    QString workstationId;
    QString enquiryPhone;
    bool online = false;
};

// Signs in against the platform (training mode: as a training clerk). When
// the platform cannot be reached the last user who signed in on this
// workstation carries on offline; sync waits for the next sign-in.
class SignIn
{
public:
    static Expected<SignInResult> run(const Vault &vault, const QUrl &platform, bool training, const QString &user,
                                      bool allowInsecureHttp);
};

} // namespace casedesk
