// The x-ratelimit-* headers and Retry-After. The input is header lines ("name: value\n").
#include "fuzzinput.h"
#include "models/ratelimitinfo.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : fuzzBytes(data, size).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1)});
    }
    if (const auto info = RateLimitInfo::fromHeaders(headers))
        (void)info->isExhausted();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    for (const auto &[name, value] : headers) {
        if (const auto seconds = RateLimitInfo::parseRetryAfter(value, now))
            (void)now.addSecs(qMin<qint64>(*seconds, 900));
    }
    return 0;
}
