#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// Reads typed fields out of GitHub's JSON without trusting it: a missing or mistyped required
// field records one error (the first) and returns an empty value; optional fields stay empty.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString context);

    QString requiredString(QLatin1String key);
    QString optionalString(QLatin1String key); // absent or null -> empty
    qint64 requiredId(QLatin1String key);
    QDateTime requiredTime(QLatin1String key);
    QDateTime optionalTime(QLatin1String key);
    QUrl optionalUrl(QLatin1String key);
    bool optionalBool(QLatin1String key, bool fallback);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // ISO-8601 ("2024-05-01T12:00:00Z") to a UTC QDateTime; invalid on anything else.
    static QDateTime parseTime(const QString &text);

private:
    void fail(QLatin1String key, const char *what);

    QJsonObject m_object;
    QString m_context;
    QString m_error;
};
