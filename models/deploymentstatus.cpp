#include "deploymentstatus.h"

#include "jsonreader.h"

#include <QJsonArray>

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
    if (!value.isObject()) {
        if (error)
            *error = QStringLiteral("deployment status: not an object");
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    JsonReader reader(object, QStringLiteral("deployment status"));
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
    QString userError;
    const std::optional<GitHubUser> creator =
        GitHubUser::fromJson(object.value(QLatin1String("creator")), &userError);
    if (!reader.ok() || !creator) {
        if (error)
            *error = reader.ok() ? QStringLiteral("deployment status: creator: ") + userError
                                 : reader.error();
        return std::nullopt;
    }
    s.creator = *creator;
    s.json = object;
    return s;
}

QList<DeploymentStatus> DeploymentStatus::listFromJson(const QJsonValue &value,
                                                       QStringList *warnings)
{
    QList<DeploymentStatus> result;
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        QString error;
        if (std::optional<DeploymentStatus> s = fromJson(item, &error))
            result.append(std::move(*s));
        else if (warnings)
            warnings->append(error);
    }
    return result;
}
