#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

class QNetworkReply;

// GitHub's rate-limit counters for one resource ("core", "search", ...), from the
// `x-ratelimit-*` headers or from GET /rate_limit.
struct RateLimitInfo
{
    int limit = -1; // -1: unknown (GitHub Enterprise Server often sends no headers)
    int remaining = -1;
    int used = -1;
    QDateTime reset;  // UTC
    QString resource; // "core" when the header is missing

    bool isValid() const { return limit >= 0 && remaining >= 0; }
    bool isExhausted() const { return isValid() && remaining == 0; }

    // From a reply's headers; nullopt when the reply carries none.
    static std::optional<RateLimitInfo> fromReply(const QNetworkReply *reply);
    // The same from raw header pairs (names in any case), as QNetworkReply::rawHeaderPairs().
    static std::optional<RateLimitInfo>
    fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    // `Retry-After`: delay-seconds, or an HTTP-date (counted from `now`); nullopt when it is
    // neither or negative. The caller caps it (ClientLimits::maxRetryAfterSeconds).
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // From one entry of /rate_limit's `resources` object: {"limit","remaining","reset","used"}.
    static std::optional<RateLimitInfo> fromJson(const QJsonValue &value, const QString &resource);

    friend bool operator==(const RateLimitInfo &a, const RateLimitInfo &b)
    {
        return a.limit == b.limit && a.remaining == b.remaining && a.used == b.used &&
               a.reset == b.reset && a.resource == b.resource;
    }
    friend bool operator!=(const RateLimitInfo &a, const RateLimitInfo &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(RateLimitInfo)
