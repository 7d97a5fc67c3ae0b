#pragma once

#include "catalogue/Catalogue.h"
#include "domain/calendar/WorkingDayCalendar.h"
#include "security/SignedInUser.h"
#include "storage/CaseQuery.h"
#include "storage/CaseStore.h"
#include "sync/SyncStore.h"

#include <QStringList>

namespace casedesk {

// What the windows use of core, handed in by the application (no window
// opens databases or reaches for singletons).
struct WorkstationServices {
    Catalogue catalogue;
    WorkingDayCalendar calendar;
    CaseQuery caseQuery;
    CaseStore caseStore;
    SyncStore syncStore;
    SignedInUser user;
    bool training = false;
};

} // namespace casedesk
