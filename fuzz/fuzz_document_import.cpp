// The core half of importing a material (core/documents): DocumentImport
// checks the bytes of a scan, photo or PDF and DocumentSniffer walks their
// container structure, every offset from the file itself. A file is refused
// unless it is a whole PNG, JPEG, TIFF or PDF, and what is accepted carries
// the format its bytes start with.
#include "FuzzTarget.h"
#include "documents/DocumentImport.h"
#include "documents/DocumentSniffer.h"

using namespace casedesk;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::input(data, size);
    const SniffResult sniffed = sniffDocument(bytes);
    CASEDESK_FUZZ_EXPECT(sniffed.format.has_value() == (sniffed.verdict != SniffResult::Verdict::Unknown));

    // A limit below the input's size as well, so that the size check runs too.
    for (const qint64 maximum : {DocumentImport::defaultMaximumSize, qint64(size / 2)}) {
        auto imported = DocumentImport(maximum).check(bytes, u"fuzz.bin"_s);
        const bool accepted = bool(imported);
        CASEDESK_FUZZ_EXPECT(accepted
                             == (sniffed.verdict == SniffResult::Verdict::Recognised && qint64(size) <= maximum));
        if (!accepted) {
            CASEDESK_FUZZ_EXPECT(imported.error().message.contains(u"fuzz.bin"_s));
            continue;
        }
        CASEDESK_FUZZ_EXPECT(imported->format == *sniffed.format && imported->bytes == bytes);
        CASEDESK_FUZZ_EXPECT(formatFromMediaType(imported->mediaType) == imported->format);
    }
    return 0;
}
