#include "repositoryentry.h"

#include "jsonitems.h"

/*
  {"id": 1296269, "name": "Hello-World", "full_name": "octocat/Hello-World",
   "owner": {"login": "octocat", "id": 1, ...}, "private": false, "description": "My first repo",
   "pushed_at": "2011-01-26T19:06:43Z",
   "permissions": {"admin": false, "maintain": false, "push": false, "triage": false,
                   "pull": true}, ...}
*/
std::optional<RepositoryEntry> RepositoryEntry::fromJson(const QJsonValue &value, QString *error)
{
    const QString context = QStringLiteral("repository");
    const std::optional<QJsonObject> object = JsonItems::object(value, context, error);
    if (!object)
        return std::nullopt;
    JsonReader reader(*object, context);
    const QString fullName = reader.requiredString(QLatin1String("full_name"));
    const QString name = reader.optionalString(QLatin1String("name"));
    const QString owner =
        object->value(QLatin1String("owner")).toObject().value(QLatin1String("login")).toString();
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    // owner.login and name are the parts; full_name is the fallback (and must agree).
    const std::optional<RepositoryId> parsed = RepositoryId::parse(
        !owner.isEmpty() && !name.isEmpty() ? owner + QLatin1Char('/') + name : fullName);
    if (!parsed) {
        if (error)
            *error = QStringLiteral("%1: \"%2\" is not owner/name").arg(context, fullName);
        return std::nullopt;
    }
    RepositoryEntry entry;
    entry.id = *parsed;
    // The rest only decorates the picker's row: a mistyped field leaves it empty.
    entry.isPrivate = object->value(QLatin1String("private")).toBool();
    entry.pushedAt = JsonReader::parseTime(object->value(QLatin1String("pushed_at")).toString());
    entry.description = object->value(QLatin1String("description")).toString();
    // Without `permissions` (an anonymous read) nothing says the token may write.
    const QJsonObject permissions = object->value(QLatin1String("permissions")).toObject();
    entry.canPush = permissions.value(QLatin1String("push")).toBool() ||
                    permissions.value(QLatin1String("admin")).toBool();
    return entry;
}

QList<RepositoryEntry> RepositoryEntry::listFromJson(const QJsonValue &value, QStringList *warnings)
{
    return JsonItems::list<RepositoryEntry>(value.toArray(), warnings);
}
