#include "deploymentstatus.h"

#include "jsonitems.h"

qint64 DeploymentStatus::deploymentId() const
{
    const QString path = deploymentUrl.path();
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    bool ok = false;
    const qint64 id = path.mid(slash + 1).toLongLong(&ok);
    return ok ? id : 0;
}

/*
  {"url": "https://api.github.com/repos/octocat/example/deployments/42/statuses/1", "id": 1,
   "node_id": "MDE2OkRlcGxveW1lbnRTdGF0dXMx", "state": "success", "creator": {...},
   "description": "Deployment finished successfully.", "environment": "production",
   "target_url": "https://example.com/deployment/42/output",
   "created_at": "2012-07-20T01:19:13Z", "updated_at": "2012-07-20T01:19:13Z",
   "deployment_url": "https://api.github.com/repos/octocat/example/deployments/42",
   "repository_url": "https://api.github.com/repos/octocat/example",
   "environment_url": "https://test-branch.lab.acme.com",
   "log_url": "https://example.com/deployment/42/output"}
*/
std::optional<DeploymentStatus> DeploymentStatus::fromJson(const QJsonValue &value, QString *error)
{
    const QString context = QStringLiteral("deployment status");
    const std::optional<QJsonObject> object = JsonItems::object(value, context, error);
    if (!object)
        return std::nullopt;
    JsonReader reader(*object, context);
    DeploymentStatus s;
    s.id = reader.requiredId(QLatin1String("id"));
    s.nodeId = reader.optionalString(QLatin1String("node_id"));
    s.rawState = reader.requiredString(QLatin1String("state"));
    s.state = StatusStates::fromApi(s.rawState);
    s.description = reader.optionalString(QLatin1String("description"));
    s.environment = reader.optionalString(QLatin1String("environment"));
    s.logUrl = reader.optionalUrl(QLatin1String("log_url"));
    s.targetUrl = reader.optionalUrl(QLatin1String("target_url"));
    if (s.logUrl.isEmpty())
        s.logUrl = s.targetUrl; // older statuses only carry the legacy field
    s.environmentUrl = reader.optionalUrl(QLatin1String("environment_url"));
    s.createdAt = reader.requiredTime(QLatin1String("created_at"));
    s.updatedAt = reader.optionalTime(QLatin1String("updated_at"));
    s.url = reader.optionalUrl(QLatin1String("url"));
    s.deploymentUrl = reader.optionalUrl(QLatin1String("deployment_url"));
    s.repositoryUrl = reader.optionalUrl(QLatin1String("repository_url"));
    const std::optional<GitHubUser> creator = JsonItems::creator(reader, *object, context, error);
    if (!creator)
        return std::nullopt;
    s.creator = *creator;
    s.json = *object;
    return s;
}

QList<DeploymentStatus> DeploymentStatus::listFromJson(const QJsonValue &value,
                                                       QStringList *warnings)
{
    return JsonItems::list<DeploymentStatus>(value.toArray(), warnings);
}
