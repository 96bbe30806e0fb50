#include "environment.h"

#include "jsonreader.h"

#include <QJsonArray>

/*
  {"id": 161088068, "node_id": "MDExOkVudmlyb25tZW50MTYxMDg4MDY4", "name": "staging",
   "url": "https://api.github.com/repos/github/hello-world/environments/staging",
   "html_url": "https://github.com/github/hello-world/deployments/activity_log?environments_filter=staging",
   "created_at": "2020-11-23T22:00:40Z", "updated_at": "2020-11-23T22:00:40Z",
   "protection_rules": [...], "deployment_branch_policy": {...}}
*/
std::optional<Environment> Environment::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = QStringLiteral("environment: not an object");
        return std::nullopt;
    }
    JsonReader reader(value.toObject(), QStringLiteral("environment"));
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
    QList<Environment> result;
    const QJsonArray array = value.toObject().value(QLatin1String("environments")).toArray();
    for (const QJsonValue &item : array) {
        QString error;
        if (std::optional<Environment> e = fromJson(item, &error))
            result.append(std::move(*e));
        else if (warnings)
            warnings->append(error);
    }
    return result;
}
