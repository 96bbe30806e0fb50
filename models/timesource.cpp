#include "timesource.h"

#include <QRandomGenerator>
#include <QTimer>

TimeSource::~TimeSource() = default;

QDateTime TimeSource::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void TimeSource::singleShot(qint64 milliseconds, QObject *context, std::function<void()> callback)
{
    QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, milliseconds)), context,
                       std::move(callback));
}

double TimeSource::jitter()
{
    return 0.5 + QRandomGenerator::global()->generateDouble();
}
