#include "timeformat.h"

#include "models/relativetime.h"

#include <QCoreApplication>
#include <QLocale>

namespace TimeFormat {

QString relative(const QDateTime &time, const QDateTime &now)
{
    return RelativeTime::format(time, now.isValid() ? now : QDateTime::currentDateTimeUtc());
}

QString absolute(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString brief(const QDateTime &time)
{
    return RelativeTime::absolute(time);
}

QString duration(qint64 msecs)
{
    const qint64 seconds = qMax<qint64>(0, msecs / 1000);
    // Counts go into locals: lupdate 6.4 hangs on an expression in translate()'s n.
    const int wholeSeconds = int(seconds);
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(qMin<qint64>(seconds / 86400, 1000000));
    if (seconds < 60)
        return QCoreApplication::translate("TimeFormat", "%n second(s)", nullptr, wholeSeconds);
    if (seconds < 3600)
        return QCoreApplication::translate("TimeFormat", "%n minute(s)", nullptr, minutes);
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("TimeFormat", "%n hour(s)", nullptr, hours);
    return QCoreApplication::translate("TimeFormat", "%n day(s)", nullptr, days);
}

QString shortSha(const QString &sha)
{
    return sha.left(7);
}

} // namespace TimeFormat
