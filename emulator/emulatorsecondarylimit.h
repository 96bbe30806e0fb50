#pragma once

// GitHub's secondary rate limit on content-creating requests (POST, PATCH, PUT, DELETE): no
// more than 80 a minute and 500 an hour for one user. A write beyond it is refused with 403
// (or 429) "You have exceeded a secondary rate limit...", a `retry-after` header with the
// seconds until the window has room again, and the documentation URL GitHub sends. Refused
// writes are not counted. Off unless enabled (tests that write in bulk opt in).

#include "emulator/emulatorapi.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>
#include <optional>

class EmulatorSecondaryLimit
{
public:
    struct Settings
    {
        bool enabled = false;
        int perMinute = 80;
        int perHour = 500;
        int status = 403; // 403 or 429, both as GitHub sends them
    };

    void configure(const Settings &settings);
    Settings settings() const { return m_settings; }

    static bool isWrite(const QByteArray &method);
    // A write by `who` at `now`: nullopt when it may go (it is counted), else GitHub's refusal.
    std::optional<EmulatorResponse> admit(const QString &who, const QDateTime &now);

    int refusals() const { return m_refusals; }
    int writesCounted() const { return m_counted; }
    void reset();

private:
    Settings m_settings;
    QHash<QString, std::deque<qint64>> m_writes; // per user, msecs, ascending, within the hour
    int m_refusals = 0;
    int m_counted = 0;
};
