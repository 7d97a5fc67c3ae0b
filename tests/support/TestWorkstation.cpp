#include "TestWorkstation.h"

#include "TestSupport.h"
#include "catalogue/CatalogueLoader.h"
#include "keys/PassphraseKeyStore.h"

using namespace Qt::StringLiterals;

namespace casedesk::test {

TestWorkstation::TestWorkstation(const char *passphrase)
{
    const Profile profile(m_dir.filePath(u"profile"_s));
    m_keys = std::make_unique<PassphraseKeyStore>(profile.keyFilePath(), secret(passphrase));
    auto vault = Vault::create(profile, *m_keys, Profile::newProfileId());
    auto catalogue = CatalogueLoader::bundled();
    auto calendar = WorkingDayCalendar::bundled();
    if (!vault || !catalogue || !calendar) {
        m_problem = !vault ? vault.error().message : !catalogue ? catalogue.error().message : calendar.error().message;
        return;
    }
    m_vault = std::move(vault).value();
    m_catalogue = *catalogue;
    m_calendar = *calendar;
}

} // namespace casedesk::test
