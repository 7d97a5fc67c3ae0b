#include "SignIn.h"

#include "common/TimeOrderedId.h"
#include "sync/SyncStore.h"

using namespace Qt::StringLiterals;

namespace casedesk {

Expected<QString> SignIn::workstationId(SyncStore settings)
{
    const QString key = u"workstation.id"_s;
    auto workstation = settings.setting(key);
    if (!workstation)
        return workstation.error();
    if (!workstation->isEmpty())
        return *workstation;
    const QString id = newTimeOrderedId();
    if (auto saved = settings.setSetting(key, id); !saved)
        return saved.error();
    return id;
}

LocalizedText SignIn::hallName(const QString &hallId, bool training)
{
    if (training)
        return {u"培训大厅（虚构）"_s, u"Training hall (fictitious)"_s};
    return {hallId, hallId};
}

} // namespace casedesk
