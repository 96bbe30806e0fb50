#pragma once

#include "githubuser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// One GitHub deployment, as GET /repos/{owner}/{repo}/deployments returns it. A deployment has
// no state of its own: its state is the latest of its statuses.
struct Deployment
{
    qint64 id = 0;
    QString nodeId;
    QString sha;
    QString ref;
    QString task;
    QString environment;
    QString originalEnvironment;
    QString description; // may be empty (GitHub sends null)
    QJsonValue payload;  // an object, or a string when it was created as one
    GitHubUser creator;
    QDateTime createdAt;
    QDateTime updatedAt;
    QUrl url;
    QUrl statusesUrl;
    QUrl repositoryUrl;
    bool transientEnvironment = false;
    bool productionEnvironment = false;
    QJsonObject json; // the object exactly as GitHub sent it (for export and the details pane)

    static std::optional<Deployment> fromJson(const QJsonValue &value, QString *error = nullptr);
    // Parses an array; malformed items are skipped, each with a message appended to warnings.
    static QList<Deployment> listFromJson(const QJsonValue &value, QStringList *warnings = nullptr);
};
