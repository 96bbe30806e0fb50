#pragma once

#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <optional>

// The `simple-user` GitHub puts in `creator` (and answers for GET /user).
struct GitHubUser
{
    qint64 id = 0;
    QString login;
    QString type; // "User", "Bot", "Organization"
    QUrl avatarUrl;
    QUrl htmlUrl;

    bool isNull() const { return login.isEmpty(); }

    // null -> an empty user (GitHub's `nullable-simple-user`); a malformed object -> nullopt.
    static std::optional<GitHubUser> fromJson(const QJsonValue &value, QString *error = nullptr);
};
