#include "jsonreader.h"

#include <QJsonValue>

#include <cmath>

JsonReader::JsonReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{}

void JsonReader::fail(QLatin1String key, const char *what)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: field \"%2\" %3").arg(m_context, key, QLatin1String(what));
}

QString JsonReader::requiredString(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key, value.isUndefined() ? "is missing" : "is not a string");
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        fail(key, "is not a string");
    return {};
}

qint64 JsonReader::requiredId(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != std::floor(number)) {
        fail(key, value.isUndefined() ? "is missing" : "is not a positive integer");
        return 0;
    }
    return value.toInteger();
}

QDateTime JsonReader::parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

QDateTime JsonReader::requiredTime(QLatin1String key)
{
    const QDateTime time = parseTime(m_object.value(key).toString());
    if (!time.isValid())
        fail(key, "is not an ISO-8601 time");
    return time;
}

QDateTime JsonReader::optionalTime(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    const QDateTime time = parseTime(value.toString());
    if (!time.isValid())
        fail(key, "is not an ISO-8601 time");
    return time;
}

QUrl JsonReader::optionalUrl(QLatin1String key)
{
    const QString text = optionalString(key);
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() ? url : QUrl();
}

bool JsonReader::optionalBool(QLatin1String key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isBool())
        return value.toBool();
    if (!value.isUndefined() && !value.isNull())
        fail(key, "is not a boolean");
    return fallback;
}
