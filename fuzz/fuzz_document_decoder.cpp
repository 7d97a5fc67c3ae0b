// The UI half of importing a material (ui/documents/DocumentDecoder): what
// passed the core import is decoded the way the viewer will show it, with
// Qt's image readers and Poppler. Those libraries are not instrumented, so
// libFuzzer steers by our code only; a crash or a hang inside them still
// shows. The same path as an import at the counter: DocumentImport::check(),
// then DocumentDecoder::check().
#include "FuzzTarget.h"
#include "documents/DocumentDecoder.h"
#include "documents/DocumentImport.h"

using namespace casedesk;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto imported = DocumentImport().check(fuzz::input(data, size), u"fuzz.bin"_s);
    if (!imported)
        return 0;
    const Expected<void> decoded = DocumentDecoder::check(imported->bytes, imported->mediaType, imported->fileName);
    if (!decoded)
        CASEDESK_FUZZ_EXPECT(decoded.error().message.contains(u"fuzz.bin"_s));
    return 0;
}
