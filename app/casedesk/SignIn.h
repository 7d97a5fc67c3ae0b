#pragma once

#include "common/Expected.h"
#include "common/LocalizedText.h"

namespace casedesk {

class SyncStore;

// What signing in at this workstation needs besides the user: its own id
// (made once, kept in the vault), and the hall's name as the counter shows it.
class SignIn
{
public:
    static Expected<QString> workstationId(SyncStore settings);
    static LocalizedText hallName(const QString &hallId, bool training);
    // The training hall's clerk and their published password.
    static QString trainingUser() { return QStringLiteral("staff.li"); }
    static const char *trainingPassword() { return "training"; }
};

} // namespace casedesk
