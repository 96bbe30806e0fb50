#include "ratelimitinfo.h"

#include <QJsonObject>
#include <QNetworkReply>

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray header(const Headers &headers, const char *name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

int headerNumber(const Headers &headers, const char *name, bool *present)
{
    bool ok = false;
    const int number = header(headers, name).trimmed().toInt(&ok);
    if (!ok)
        *present = false;
    return ok ? number : -1;
}
} // namespace

std::optional<RateLimitInfo> RateLimitInfo::fromReply(const QNetworkReply *reply)
{
    if (!reply)
        return std::nullopt;
    return fromHeaders(reply->rawHeaderPairs());
}

std::optional<RateLimitInfo> RateLimitInfo::fromHeaders(const Headers &headers)
{
    if (header(headers, "x-ratelimit-limit").isNull())
        return std::nullopt;
    bool present = true;
    RateLimitInfo info;
    info.limit = headerNumber(headers, "x-ratelimit-limit", &present);
    info.remaining = headerNumber(headers, "x-ratelimit-remaining", &present);
    bool usedPresent = true;
    info.used = headerNumber(headers, "x-ratelimit-used", &usedPresent);
    bool ok = false;
    const qint64 reset = header(headers, "x-ratelimit-reset").trimmed().toLongLong(&ok);
    // A reset past year 9999 (or before 1970) is no time at all.
    if (ok && reset >= 0 && reset < 253402300800LL)
        info.reset = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    info.resource = QString::fromLatin1(header(headers, "x-ratelimit-resource"));
    if (info.resource.isEmpty())
        info.resource = QStringLiteral("core");
    if (!present)
        return std::nullopt;
    return info;
}

std::optional<qint64> RateLimitInfo::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    // RFC 9110 also allows an HTTP-date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!at.isValid() || !now.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.secsTo(at));
}

/*
  "core": {"limit": 5000, "used": 1, "remaining": 4999, "reset": 1691591363}
*/
std::optional<RateLimitInfo> RateLimitInfo::fromJson(const QJsonValue &value,
                                                     const QString &resource)
{
    const QJsonObject object = value.toObject();
    const QJsonValue limit = object.value(QLatin1String("limit"));
    const QJsonValue remaining = object.value(QLatin1String("remaining"));
    if (!limit.isDouble() || !remaining.isDouble())
        return std::nullopt;
    RateLimitInfo info;
    info.limit = limit.toInt();
    info.remaining = remaining.toInt();
    info.used = object.value(QLatin1String("used")).toInt(-1);
    const QJsonValue reset = object.value(QLatin1String("reset"));
    if (reset.isDouble())
        info.reset = QDateTime::fromSecsSinceEpoch(qint64(reset.toDouble()), Qt::UTC);
    info.resource = resource;
    return info;
}
