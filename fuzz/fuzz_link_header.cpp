// The `Link` header GitHub paginates with.
#include "fuzzinput.h"
#include "models/linkheader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const LinkHeader header = LinkHeader::parse(fuzzBytes(data, size));
    (void)header.next();
    (void)header.url(u"last");
    for (const LinkHeader::Link &link : header.links())
        (void)link.url.isValid();
    return 0;
}
