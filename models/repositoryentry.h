#pragma once

#include "repositoryid.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One repository the picker offers: from GET /user/repos, the recently opened list, or a typed
// OWNER/REPO that GET /repos/{owner}/{repo} confirmed.
struct RepositoryEntry
{
    RepositoryId id;
    bool canPush = true; // permissions.push (or admin): false opens the repository read-only
    bool isPrivate = false;
    QDateTime pushedAt; // invalid when unknown (a recent one not in the account's list)
    QString description;

    // One item of GET /user/repos (or GET /repos/{owner}/{repo}); nullopt with the reason in
    // `error` when it has no usable owner and name.
    static std::optional<RepositoryEntry> fromJson(const QJsonValue &value,
                                                   QString *error = nullptr);
    // A page of GET /user/repos (a JSON array); malformed items are skipped with a warning.
    static QList<RepositoryEntry> listFromJson(const QJsonValue &value,
                                               QStringList *warnings = nullptr);
};
