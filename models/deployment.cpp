#include "deployment.h"

#include "jsonitems.h"

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
    const QString context = QStringLiteral("deployment");
    const std::optional<QJsonObject> object = JsonItems::object(value, context, error);
    if (!object)
        return std::nullopt;
    JsonReader reader(*object, context);
    Deployment d;
    d.id = reader.requiredId(QLatin1String("id"));
    d.nodeId = reader.optionalString(QLatin1String("node_id"));
    d.sha = reader.requiredString(QLatin1String("sha"));
    d.ref = reader.requiredString(QLatin1String("ref"));
    d.task = reader.optionalString(QLatin1String("task"));
    d.environment = reader.requiredString(QLatin1String("environment"));
    d.originalEnvironment = reader.optionalString(QLatin1String("original_environment"));
    d.description = reader.optionalString(QLatin1String("description"));
    d.payload = object->value(QLatin1String("payload"));
    d.createdAt = reader.requiredTime(QLatin1String("created_at"));
    d.updatedAt = reader.optionalTime(QLatin1String("updated_at"));
    d.url = reader.optionalUrl(QLatin1String("url"));
    d.statusesUrl = reader.optionalUrl(QLatin1String("statuses_url"));
    d.repositoryUrl = reader.optionalUrl(QLatin1String("repository_url"));
    d.transientEnvironment = reader.optionalBool(QLatin1String("transient_environment"), false);
    d.productionEnvironment = reader.optionalBool(QLatin1String("production_environment"), false);
    const std::optional<GitHubUser> creator = JsonItems::creator(reader, *object, context, error);
    if (!creator)
        return std::nullopt;
    d.creator = *creator;
    d.json = *object;
    return d;
}

QList<Deployment> Deployment::listFromJson(const QJsonValue &value, QStringList *warnings)
{
    return JsonItems::list<Deployment>(value.toArray(), warnings);
}
