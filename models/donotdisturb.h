#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

// "Do not disturb" until a time: notifications are suppressed (not postponed) while it is
// active. Kept in QSettings (notifications/doNotDisturbUntil) so it survives a restart, and
// ends by itself (ended()).
class DoNotDisturb : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit DoNotDisturb(QObject *parent = nullptr);

    void setClock(Clock clock); // default: current UTC
    QDateTime now() const { return m_clock(); }

    bool isActive() const;
    QDateTime until() const { return m_until; } // invalid when off
    void setUntil(const QDateTime &until);      // invalid or past: off
    void forOneHour() { setUntil(now().addSecs(3600)); }
    // Until tomorrow at 08:00 local time.
    void untilTomorrow();
    void turnOff() { setUntil({}); }

Q_SIGNALS:
    void changed(); // turned on, moved or turned off (also when it ends by itself)

private:
    void schedule();
    Clock m_clock;
    QDateTime m_until;
    QTimer m_end;
};
