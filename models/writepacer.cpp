#include "writepacer.h"

#include <algorithm>

WritePacer::WritePacer(const QList<Window> &windows, qint64 minimumIntervalMs)
    : m_windows(windows)
    , m_minimumIntervalMs(std::max<qint64>(0, minimumIntervalMs))
{
    for (const Window &w : m_windows)
        m_largestWindowMs = std::max(m_largestWindowMs, w.seconds * 1000);
}

QDateTime WritePacer::nextSlot(const QDateTime &now, int count) const
{
    qint64 slot = now.toMSecsSinceEpoch();
    if (!m_times.empty())
        slot = std::max(slot, m_times.back() + m_minimumIntervalMs);
    for (const Window &w : m_windows) {
        if (w.limit <= 0)
            continue;
        const int n = std::clamp(count, 1, w.limit);
        const qint64 length = w.seconds * 1000;
        // Writes still inside the window at `slot`: those later than slot - length.
        const auto first = std::upper_bound(m_times.cbegin(), m_times.cend(), slot - length);
        const qint64 inside = m_times.cend() - first;
        const qint64 excess = inside - (w.limit - n);
        if (excess > 0) {
            // The excess-th oldest of them must have left the window.
            slot = std::max(slot, *(first + (excess - 1)) + length);
        }
    }
    return QDateTime::fromMSecsSinceEpoch(slot, Qt::UTC);
}

void WritePacer::record(const QDateTime &at, int count)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        m_times.push_back(m_times.empty() ? ms : std::max(ms, m_times.back()));
    forget(ms);
}

void WritePacer::forget(qint64 nowMs)
{
    while (!m_times.empty() && m_times.front() <= nowMs - m_largestWindowMs)
        m_times.pop_front();
}

QDateTime WritePacer::estimateEnd(const QDateTime &now, int writes) const
{
    WritePacer copy = *this;
    QDateTime at = now;
    for (int i = 0; i < writes; ++i) {
        at = copy.nextSlot(at, 1);
        copy.record(at, 1);
    }
    return at;
}
