#include "ratelimitinfo.h"

#include <QJsonObject>
#include <QNetworkReply>

namespace {
int headerNumber(const QNetworkReply *reply, const char *name, bool *present)
{
    const QByteArray value = reply->rawHeader(name);
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok)
        *present = false;
    return ok ? number : -1;
}
} // namespace

std::optional<RateLimitInfo> RateLimitInfo::fromReply(const QNetworkReply *reply)
{
    if (!reply || !reply->hasRawHeader("x-ratelimit-limit"))
        return std::nullopt;
    bool present = true;
    RateLimitInfo info;
    info.limit = headerNumber(reply, "x-ratelimit-limit", &present);
    info.remaining = headerNumber(reply, "x-ratelimit-remaining", &present);
    bool usedPresent = true;
    info.used = headerNumber(reply, "x-ratelimit-used", &usedPresent);
    bool ok = false;
    const qint64 reset = reply->rawHeader("x-ratelimit-reset").trimmed().toLongLong(&ok);
    if (ok)
        info.reset = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    info.resource = QString::fromLatin1(reply->rawHeader("x-ratelimit-resource"));
    if (info.resource.isEmpty())
        info.resource = QStringLiteral("core");
    if (!present)
        return std::nullopt;
    return info;
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
