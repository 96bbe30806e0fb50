#pragma once

#include <QDateTime>
#include <QList>

#include <deque>

// Paces content-creating requests (POST, PUT, PATCH, DELETE) under GitHub's secondary rate
// limits: at most 80 a minute and 500 an hour, and at least a second between two (GitHub's
// "Best practices for using the REST API"). A plain value: the caller records the writes it
// sends and asks when the next ones may go; time is passed in, so tests need no clock.
class WritePacer
{
public:
    struct Window
    {
        qint64 seconds = 0;
        int limit = 0;
    };

    static QList<Window> gitHubWindows() { return {{60, 80}, {3600, 500}}; }

    explicit WritePacer(const QList<Window> &windows = gitHubWindows(),
                        qint64 minimumIntervalMs = 1000);

    // The earliest time, not before `now`, at which `count` more writes may be sent together
    // without exceeding a window. (`count` larger than a window's limit: as if it were the limit.)
    QDateTime nextSlot(const QDateTime &now, int count = 1) const;
    // `count` writes sent at `at` (in time order: not before the last one recorded).
    void record(const QDateTime &at, int count = 1);
    int recorded() const { return int(m_times.size()); } // within the largest window

    // When `writes` more writes would be done if each went at its earliest slot, from `now`.
    QDateTime estimateEnd(const QDateTime &now, int writes) const;

    QList<Window> windows() const { return m_windows; }

private:
    void forget(qint64 nowMs);

    QList<Window> m_windows;
    qint64 m_minimumIntervalMs = 0;
    qint64 m_largestWindowMs = 0;
    std::deque<qint64> m_times; // msecs since the epoch, ascending
};
