#include "emulator/emulatorsecondarylimit.h"

#include <algorithm>

namespace {
const QString secondaryLimitDocs =
    QStringLiteral("https://docs.github.com/rest/overview/"
                   "rate-limits-for-the-rest-api#about-secondary-rate-limits");
}

void EmulatorSecondaryLimit::configure(const Settings &settings)
{
    m_settings = settings;
    reset();
}

void EmulatorSecondaryLimit::reset()
{
    m_writes.clear();
    m_refusals = 0;
    m_counted = 0;
}

bool EmulatorSecondaryLimit::isWrite(const QByteArray &method)
{
    return method == "POST" || method == "PATCH" || method == "PUT" || method == "DELETE";
}

std::optional<EmulatorResponse> EmulatorSecondaryLimit::admit(const QString &who,
                                                              const QDateTime &now)
{
    if (!m_settings.enabled)
        return std::nullopt;
    const qint64 t = now.toMSecsSinceEpoch();
    std::deque<qint64> &writes = m_writes[who];
    while (!writes.empty() && writes.front() <= t - 3600 * 1000)
        writes.pop_front();
    qint64 waitMs = 0;
    const auto check = [&](qint64 windowMs, int limit) {
        if (limit <= 0)
            return;
        const auto first = std::upper_bound(writes.cbegin(), writes.cend(), t - windowMs);
        const qint64 inside = writes.cend() - first;
        if (inside >= limit) {
            // Room again when the oldest write that makes it full leaves the window.
            const qint64 leaves = *(first + (inside - limit)) + windowMs;
            waitMs = std::max(waitMs, leaves - t);
        }
    };
    check(60 * 1000, m_settings.perMinute);
    check(3600 * 1000, m_settings.perHour);
    if (waitMs <= 0) {
        writes.push_back(writes.empty() ? t : std::max(t, writes.back()));
        ++m_counted;
        return std::nullopt;
    }
    ++m_refusals;
    EmulatorResponse r = EmulatorApi::error(
        m_settings.status == 429 ? 429 : 403,
        QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes "
                       "before you try again. If you reach out to GitHub Support for help, please "
                       "include the request ID 0000:0000:0000000:0000000:00000000."),
        secondaryLimitDocs);
    r.setHeader("retry-after", QByteArray::number((waitMs + 999) / 1000));
    return r;
}
