// The service catalogue (core/catalogue/CatalogueLoader): compiled in, and
// replaced by whatever newer one the platform sends. A catalogue is refused
// or accepted whole; an accepted one hands out a form for each of its items
// and bundles, and its worked examples run through pre-review as
// `casedeskctl catalogue check` runs them, so a hostile catalogue's rules
// (patterns, references, comparisons) meet the engine here too.
#include "FuzzTarget.h"
#include "catalogue/CatalogueLoader.h"
#include "review/CatalogueExampleCheck.h"

using namespace casedesk;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto catalogue = CatalogueLoader::fromJson(fuzz::input(data, size), u"fuzz.json"_s);
    if (!catalogue) {
        CASEDESK_FUZZ_EXPECT(!catalogue.error().message.isEmpty());
        return 0;
    }
    CASEDESK_FUZZ_EXPECT(!catalogue->items().isEmpty());
    for (const ServiceItem &item : catalogue->items())
        CASEDESK_FUZZ_EXPECT(catalogue->form(item.code));
    for (const Bundle &bundle : catalogue->bundles())
        CASEDESK_FUZZ_EXPECT(catalogue->form(bundle.code));
    (void)checkCatalogueExamples(*catalogue);
    return 0;
}
