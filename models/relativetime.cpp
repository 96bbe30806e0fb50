#include "relativetime.h"

#include <QLocale>

RelativeTime::Clock RelativeTime::systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

namespace {
// Without a translation loaded (English), Qt leaves the numerus marker as written: resolve it
// here so English reads "1 minute ago" / "3 minutes ago" even without an English .qm file.
QString resolveEnglishPlural(QString text, qint64 n)
{
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}
} // namespace

QString RelativeTime::format(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    // A clock a little ahead of the server's must not show "in 3 seconds".
    const qint64 seconds = qMax<qint64>(0, time.secsTo(now));
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (seconds < 60)
        return tr("just now");
    if (minutes < 60)
        return resolveEnglishPlural(tr("%Ln minute(s) ago", nullptr, int(minutes)), minutes);
    if (hours < 24)
        return resolveEnglishPlural(tr("%Ln hour(s) ago", nullptr, int(hours)), hours);
    if (days < 31)
        return resolveEnglishPlural(tr("%Ln day(s) ago", nullptr, int(days)), days);
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString RelativeTime::absolute(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
