#include "deployment.h"

#include "jsonreader.h"

#include <QJsonArray>

/*
  {"url": "https://api.github.com/repos/octocat/example/deployments/1", "id": 1,
   "node_id": "MDEwOkRlcGxveW1lbnQx", "sha": "a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d",
   "ref": "topic-branch", "task": "deploy", "payload": {}, "original_environment": "staging",
   "environment": "production", "description": "Deploy request from hubot",
   "creator": {"login": "octocat", ...}, "created_at": "2012-07-20T01:19:13Z",
   "updated_at": "2012-07-20T01:19:13Z",
   "statuses_url": "https://api.github.com/repos/octocat/example/deployments/1/statuses",
   "repository_url": "https://api.github.com/repos/octocat/example",
   "transient_environment": false, "production_environment": true}
*/
std::optional<Deployment> Deployment::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        if (error)
            *error = QStringLiteral("deployment: not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    JsonReader reader(object, QStringLiteral("deployment"));
    Deployment d;
    d.id = reader.requiredId(QLatin1String("id"));
    d.nodeId = reader.optionalString(QLatin1String("node_id"));
    d.sha = reader.requiredString(QLatin1String("sha"));
    d.ref = reader.requiredString(QLatin1String("ref"));
    d.task = reader.optionalString(QLatin1String("task"));
    d.environment = reader.requiredString(QLatin1String("environment"));
    d.originalEnvironment = reader.optionalString(QLatin1String("original_environment"));
    d.description = reader.optionalString(QLatin1String("description"));
    d.payload = object.value(QLatin1String("payload"));
    d.createdAt = reader.requiredTime(QLatin1String("created_at"));
    d.updatedAt = reader.optionalTime(QLatin1String("updated_at"));
    d.url = reader.optionalUrl(QLatin1String("url"));
    d.statusesUrl = reader.optionalUrl(QLatin1String("statuses_url"));
    d.repositoryUrl = reader.optionalUrl(QLatin1String("repository_url"));
    d.transientEnvironment = reader.optionalBool(QLatin1String("transient_environment"), false);
    d.productionEnvironment = reader.optionalBool(QLatin1String("production_environment"), false);
    QString userError;
    const std::optional<GitHubUser> creator =
        GitHubUser::fromJson(object.value(QLatin1String("creator")), &userError);
    if (!reader.ok() || !creator) {
        if (error)
            *error = reader.ok() ? QStringLiteral("deployment: creator: ") + userError
                                 : reader.error();
        return std::nullopt;
    }
    d.creator = *creator;
    d.json = object;
    return d;
}

QList<Deployment> Deployment::listFromJson(const QJsonValue &value, QStringList *warnings)
{
    QList<Deployment> result;
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        QString error;
        if (std::optional<Deployment> d = fromJson(item, &error))
            result.append(std::move(*d));
        else if (warnings)
            warnings->append(error);
    }
    return result;
}
