// The ETag cache's file on disk (the command line keeps one per API root): loaded, then every
// entry read back as a 304 would.
#include "fuzzinput.h"
#include "models/etagcache.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzzBytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ETagCache cache;
    if (!cache.load(&buffer))
        return 0;
    for (const QString &url : cache.urls()) {
        if (const auto entry = cache.find(url))
            (void)entry->body.size();
    }
    return 0;
}
