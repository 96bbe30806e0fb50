#pragma once

#include "models/timesource.h"

#include <QList>
#include <QPointer>

// A clock for tests: time moves only when advance() is called, which fires the timers due.
class ManualTimeSource : public TimeSource
{
public:
    explicit ManualTimeSource(const QDateTime &start = QDateTime::currentDateTimeUtc())
        : m_now(start)
    {}

    QDateTime now() const override { return m_now; }
    void singleShot(qint64 milliseconds, QObject *context, std::function<void()> callback) override
    {
        m_timers.append({m_now.addMSecs(milliseconds), context, std::move(callback)});
    }
    double jitter() override { return 1.0; }

    // The delay of the earliest pending timer, or -1.
    qint64 nextTimerIn() const
    {
        qint64 best = -1;
        for (const Timer &timer : m_timers) {
            const qint64 delay = m_now.msecsTo(timer.due);
            if (best < 0 || delay < best)
                best = delay;
        }
        return best;
    }
    int pendingTimers() const { return int(m_timers.size()); }

    void advance(qint64 milliseconds)
    {
        m_now = m_now.addMSecs(milliseconds);
        QList<Timer> due;
        for (qsizetype i = 0; i < m_timers.size();) {
            if (m_timers.at(i).due <= m_now)
                due.append(m_timers.takeAt(i));
            else
                ++i;
        }
        for (const Timer &timer : due) {
            if (timer.context)
                timer.callback();
        }
    }

private:
    struct Timer
    {
        QDateTime due;
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    QDateTime m_now;
    QList<Timer> m_timers;
};
