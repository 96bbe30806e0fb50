#include "timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace TimeFormat {

QString relative(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 seconds = time.secsTo(now.isValid() ? now : QDateTime::currentDateTimeUtc());
    if (seconds < 0) {
        const qint64 ahead = -seconds;
        if (ahead < 60)
            return QCoreApplication::translate("TimeFormat", "just now");
        // Counts go into locals: lupdate 6.4 hangs on an expression in translate()'s n.
        const int minutesAhead = int(ahead / 60);
        const int hoursAhead = int(qMin<qint64>(ahead / 3600, 99999));
        if (ahead < 3600)
            return QCoreApplication::translate("TimeFormat", "in %n minute(s)", nullptr,
                                               minutesAhead);
        return QCoreApplication::translate("TimeFormat", "in %n hour(s)", nullptr, hoursAhead);
    }
    if (seconds < 45)
        return QCoreApplication::translate("TimeFormat", "just now");
    const int minutes = int(qMax<qint64>(1, (seconds + 30) / 60));
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 3600)
        return QCoreApplication::translate("TimeFormat", "%n minute(s) ago", nullptr, minutes);
    if (seconds < 86400)
        return QCoreApplication::translate("TimeFormat", "%n hour(s) ago", nullptr, hours);
    if (seconds < 30 * 86400)
        return QCoreApplication::translate("TimeFormat", "%n day(s) ago", nullptr, days);
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString absolute(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString brief(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
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
