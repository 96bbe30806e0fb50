#include "jsonitems.h"

namespace JsonItems {

std::optional<QJsonObject> object(const QJsonValue &value, const QString &context, QString *error)
{
    if (value.isObject())
        return value.toObject();
    if (error)
        *error = context + QLatin1String(": not an object");
    return std::nullopt;
}

std::optional<GitHubUser> creator(const JsonReader &reader, const QJsonObject &object,
                                  const QString &context, QString *error)
{
    QString userError;
    std::optional<GitHubUser> user =
        GitHubUser::fromJson(object.value(QLatin1String("creator")), &userError);
    if (reader.ok() && user)
        return user;
    if (error)
        *error = reader.ok() ? context + QLatin1String(": creator: ") + userError : reader.error();
    return std::nullopt;
}

} // namespace JsonItems
