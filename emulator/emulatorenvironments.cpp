#include "emulator/emulatorenvironments.h"

#include "emulator/emulatorstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {
const QString environmentsDocs =
    QStringLiteral("https://docs.github.com/rest/deployments/environments");

EmulatorResponse json(int status, const QJsonObject &object)
{
    EmulatorResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}
} // namespace

namespace EmulatorEnvironments {

QString nameFromPath(const QString &rawPath)
{
    const QString marker = QStringLiteral("/environments/");
    const qsizetype at = rawPath.indexOf(marker);
    if (at < 0)
        return {};
    QString encoded = rawPath.mid(at + marker.size());
    const qsizetype query = encoded.indexOf(QLatin1Char('?'));
    if (query >= 0)
        encoded.truncate(query);
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

EmulatorResponse handle(EmulatorStore &store, const EmulatorRequest &request,
                        EmulatorRepository &repo)
{
    const QString name = nameFromPath(request.rawPath);
    if (name.isEmpty())
        return EmulatorApi::error(404, QStringLiteral("Not Found"));
    const QByteArray &method = request.method;
    const auto it = repo.environments.find(name);
    if (method == "GET" || method == "HEAD") {
        if (it == repo.environments.end())
            return EmulatorApi::error(404, QStringLiteral("Not Found"), environmentsDocs);
        return json(200, store.environmentJson(request.root, repo, it->second));
    }
    if (method != "PUT" && method != "DELETE")
        return EmulatorApi::error(404, QStringLiteral("Not Found"));
    if (store.permission(repo, request.caller.userId) != EmulatorPermission::Admin)
        return EmulatorApi::error(403, QStringLiteral("Must have admin rights to Repository."),
                                  environmentsDocs);
    if (method == "DELETE") {
        if (it == repo.environments.end())
            return EmulatorApi::error(404, QStringLiteral("Not Found"), environmentsDocs);
        store.deleteEnvironment(repo, name);
        EmulatorResponse r;
        r.status = 204;
        return r;
    }
    // PUT: the body is optional; when present it must be an object (its protection settings
    // are accepted and not kept).
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !body.isObject())
            return EmulatorApi::error(400, QStringLiteral("Problems parsing JSON"),
                                      environmentsDocs);
    }
    const EmulatorEnvironment &environment = store.putEnvironment(repo, name);
    return json(200, store.environmentJson(request.root, repo, environment));
}

} // namespace EmulatorEnvironments
