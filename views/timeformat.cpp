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
        if (ahead < 3600)
            return QCoreApplication::translate("TimeFormat", "in %n minute(s)", nullptr,
                                               int(ahead / 60));
        return QCoreApplication::translate("TimeFormat", "in %n hour(s)", nullptr,
                                           int(qMin<qint64>(ahead / 3600, 99999)));
    }
    if (seconds < 45)
        return QCoreApplication::translate("TimeFormat", "just now");
    if (seconds < 3600)
        return QCoreApplication::translate("TimeFormat", "%n minute(s) ago", nullptr,
                                           int(qMax<qint64>(1, (seconds + 30) / 60)));
    if (seconds < 86400)
        return QCoreApplication::translate("TimeFormat", "%n hour(s) ago", nullptr,
                                           int(seconds / 3600));
    if (seconds < 30 * 86400)
        return QCoreApplication::translate("TimeFormat", "%n day(s) ago", nullptr,
                                           int(seconds / 86400));
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
    if (seconds < 60)
        return QCoreApplication::translate("TimeFormat", "%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("TimeFormat", "%n minute(s)", nullptr,
                                           int(seconds / 60));
    if (seconds < 2 * 86400)
        return QCoreApplication::translate("TimeFormat", "%n hour(s)", nullptr,
                                           int(seconds / 3600));
    return QCoreApplication::translate("TimeFormat", "%n day(s)", nullptr,
                                       int(qMin<qint64>(seconds / 86400, 1000000)));
}

QString shortSha(const QString &sha)
{
    return sha.left(7);
}

} // namespace TimeFormat
