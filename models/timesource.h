#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

// The client's clock and timer, so rate-limit pauses and retry backoff can be tested without
// waiting real minutes: a test subclass returns its own now() and fires timers when it likes.
class TimeSource
{
public:
    virtual ~TimeSource();

    virtual QDateTime now() const; // UTC
    // Calls `callback` after `milliseconds`, unless `context` is destroyed first.
    virtual void singleShot(qint64 milliseconds, QObject *context, std::function<void()> callback);
    // A random factor in [0.5, 1.5) for backoff jitter; tests may make it 1.
    virtual double jitter();
};
