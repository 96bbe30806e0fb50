#include "githubuser.h"

#include "jsonreader.h"

#include <QJsonObject>

/*
  {"login": "octocat", "id": 1, "node_id": "MDQ6VXNlcjE=",
   "avatar_url": "https://github.com/images/error/octocat_happy.gif",
   "html_url": "https://github.com/octocat", "type": "User", "site_admin": false, ...}
*/
std::optional<GitHubUser> GitHubUser::fromJson(const QJsonValue &value, QString *error)
{
    if (value.isNull() || value.isUndefined())
        return GitHubUser{};
    if (!value.isObject()) {
        if (error)
            *error = QStringLiteral("user: not an object");
        return std::nullopt;
    }
    JsonReader reader(value.toObject(), QStringLiteral("user"));
    GitHubUser user;
    user.login = reader.requiredString(QLatin1String("login"));
    user.id = reader.requiredId(QLatin1String("id"));
    user.type = reader.optionalString(QLatin1String("type"));
    user.avatarUrl = reader.optionalUrl(QLatin1String("avatar_url"));
    user.htmlUrl = reader.optionalUrl(QLatin1String("html_url"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return user;
}
