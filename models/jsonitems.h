#pragma once

#include "githubuser.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the parsers of GitHub's items (Deployment, DeploymentStatus, Environment) share.
namespace JsonItems {

// `value` as an object; nullopt, with "<context>: not an object" in `error`, when it is not.
std::optional<QJsonObject> object(const QJsonValue &value, const QString &context, QString *error);

// The item's `creator`, read last: nullopt, with the first problem in `error` (the reader's
// if it had one, else "<context>: creator: ..."), when the item or its creator is malformed.
std::optional<GitHubUser> creator(const JsonReader &reader, const QJsonObject &object,
                                  const QString &context, QString *error);

// Every item of `array` that T::fromJson accepts, in order; each one it refuses is skipped
// with its reason appended to `warnings`.
template <typename T>
QList<T> list(const QJsonArray &array, QStringList *warnings)
{
    QList<T> result;
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        QString error;
        if (std::optional<T> parsed = T::fromJson(item, &error))
            result.append(std::move(*parsed));
        else if (warnings)
            warnings->append(error);
    }
    return result;
}

} // namespace JsonItems
