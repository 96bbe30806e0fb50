#pragma once

#include <QDateTime>
#include <QString>

// How the views write times for people: relative ("5 minutes ago") and absolute (locale long
// format, local time). Strings are translated in the "TimeFormat" context.
namespace TimeFormat {

// "just now", "5 minutes ago", "3 hours ago", "2 days ago", or the short date for anything
// older than about a month; the same words as the models' (RelativeTime). Empty if invalid.
QString relative(const QDateTime &time, const QDateTime &now);
// The local time in the locale's long format ("Thursday, March 14, 2024 2:30:05 PM CET").
QString absolute(const QDateTime &time);
// The local time in the locale's short format.
QString brief(const QDateTime &time);
// A duration for people ("45 seconds", "3 minutes", "2 hours", "4 days").
QString duration(qint64 msecs);
// The first 7 characters of a commit SHA.
QString shortSha(const QString &sha);

} // namespace TimeFormat
