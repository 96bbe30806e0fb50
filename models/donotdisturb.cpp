#include "donotdisturb.h"

#include <QSettings>

namespace {
const char untilKey[] = "notifications/doNotDisturbUntil";
}

DoNotDisturb::DoNotDisturb(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_end.setSingleShot(true);
    connect(&m_end, &QTimer::timeout, this, [this] {
        if (m_until.isValid() && !isActive()) {
            m_until = {};
            QSettings().remove(QLatin1String(untilKey));
            Q_EMIT changed();
        } else {
            schedule();
        }
    });
    const QDateTime stored = QSettings().value(QLatin1String(untilKey)).toDateTime();
    if (stored.isValid() && stored > now())
        m_until = stored;
    schedule();
}

void DoNotDisturb::setClock(Clock clock)
{
    m_clock = std::move(clock);
    schedule();
}

bool DoNotDisturb::isActive() const
{
    return m_until.isValid() && now() < m_until;
}

void DoNotDisturb::setUntil(const QDateTime &until)
{
    const QDateTime value = until.isValid() && until > now() ? until.toUTC() : QDateTime();
    if (value == m_until)
        return;
    m_until = value;
    if (m_until.isValid())
        QSettings().setValue(QLatin1String(untilKey), m_until);
    else
        QSettings().remove(QLatin1String(untilKey));
    schedule();
    Q_EMIT changed();
}

void DoNotDisturb::untilTomorrow()
{
    const QDateTime local = now().toLocalTime();
    setUntil(QDateTime(local.date().addDays(1), QTime(8, 0), Qt::LocalTime));
}

void DoNotDisturb::schedule()
{
    m_end.stop();
    if (!m_until.isValid())
        return;
    // Checked again at least hourly: a suspended machine's timer may come back late.
    const qint64 left = qBound(qint64(0), now().msecsTo(m_until) + 1000, qint64(3600 * 1000));
    m_end.start(int(left));
}
