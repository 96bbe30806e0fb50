#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

// "3 minutes ago" for people, in the UI language (QLocale() and tr()), against a clock that
// tests can set.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    using Clock = std::function<QDateTime()>;

    // The real clock (current UTC).
    static Clock systemClock();

    // "just now", "3 minutes ago", "2 hours ago", "5 days ago"; beyond a month the locale's
    // short date. Numbers go through QLocale() (%Ln). Empty for an invalid time.
    static QString format(const QDateTime &time, const QDateTime &now);
    // The locale's short date and time in local time ("5/1/24 2:00 PM", "24. 5. 1. 오후 2:00").
    static QString absolute(const QDateTime &time);
};
