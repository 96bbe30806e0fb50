#include "environment.h"

#include "jsonitems.h"

/*
  {"id": 161088068, "node_id": "MDExOkVudmlyb25tZW50MTYxMDg4MDY4", "name": "staging",
   "url": "https://api.github.com/repos/github/hello-world/environments/staging",
   "html_url":
  "https://github.com/github/hello-world/deployments/activity_log?environments_filter=staging",
   "created_at": "2020-11-23T22:00:40Z", "updated_at": "2020-11-23T22:00:40Z",
   "protection_rules": [...], "deployment_branch_policy": {...}}
*/
std::optional<Environment> Environment::fromJson(const QJsonValue &value, QString *error)
{
    const QString context = QStringLiteral("environment");
    const std::optional<QJsonObject> object = JsonItems::object(value, context, error);
    if (!object)
        return std::nullopt;
    JsonReader reader(*object, context);
    Environment e;
    e.id = reader.requiredId(QLatin1String("id"));
    e.name = reader.requiredString(QLatin1String("name"));
    e.url = reader.optionalUrl(QLatin1String("url"));
    e.htmlUrl = reader.optionalUrl(QLatin1String("html_url"));
    e.createdAt = reader.optionalTime(QLatin1String("created_at"));
    e.updatedAt = reader.optionalTime(QLatin1String("updated_at"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return e;
}

QList<Environment> Environment::listFromJson(const QJsonValue &value, QStringList *warnings)
{
    return JsonItems::list<Environment>(
        value.toObject().value(QLatin1String("environments")).toArray(), warnings);
}
