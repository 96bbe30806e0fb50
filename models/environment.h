#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// A repository environment, as GET /repos/{owner}/{repo}/environments lists it.
struct Environment
{
    qint64 id = 0;
    QString name;
    QUrl url;
    QUrl htmlUrl;
    QDateTime createdAt;
    QDateTime updatedAt;

    static std::optional<Environment> fromJson(const QJsonValue &value, QString *error = nullptr);
    // Reads `{"total_count": N, "environments": [...]}`; malformed items are skipped.
    static QList<Environment> listFromJson(const QJsonValue &value,
                                           QStringList *warnings = nullptr);
};
