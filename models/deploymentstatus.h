#pragma once

#include "githubuser.h"
#include "statusstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// One deployment status, as GET .../deployments/{id}/statuses returns it.
struct DeploymentStatus
{
    qint64 id = 0;
    QString nodeId;
    StatusState state = StatusState::Unknown;
    QString rawState; // GitHub's text, kept for states this version does not know
    QString description;
    QString environment;
    QUrl logUrl;
    QUrl targetUrl;
    QUrl environmentUrl;
    GitHubUser creator;
    QDateTime createdAt;
    QDateTime updatedAt;
    QUrl url;
    QUrl deploymentUrl;
    QUrl repositoryUrl;
    QJsonObject json; // the object exactly as GitHub sent it

    // The deployment id, read from deployment_url (".../deployments/42"); 0 when absent.
    qint64 deploymentId() const;

    static std::optional<DeploymentStatus> fromJson(const QJsonValue &value,
                                                    QString *error = nullptr);
    static QList<DeploymentStatus> listFromJson(const QJsonValue &value,
                                                QStringList *warnings = nullptr);
};
