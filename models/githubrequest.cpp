#include "githubrequest.h"

#include "githubclient.h"

#include <QJsonArray>

GitHubRequest::GitHubRequest(Method method, const QUrl &url, const RepositoryId &repository,
                             GitHubClient *client)
    : QObject(client)
    , m_method(method)
    , m_firstUrl(url)
    , m_url(url)
    , m_repository(repository)
    , m_client(client)
{}

GitHubRequest::~GitHubRequest()
{
    // Deleted by someone else while still running: free its slot in the pool.
    if (!m_done && !m_cancelled && m_client) {
        m_cancelled = true;
        m_client->cancelRequest(this, false);
    }
}

void GitHubRequest::setPriority(Priority priority)
{
    if (m_priority == priority)
        return;
    m_priority = priority;
    if (m_client && m_queued && !m_done && !m_cancelled)
        m_client->reorder(this); // the read queue is kept sorted by priority
}

void GitHubRequest::cancel()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    if (m_client)
        m_client->cancelRequest(this, true);
    else
        deleteLater();
}

namespace {
GitHubError badResponse(const QString &detail)
{
    return GitHubError(GitHubError::Kind::BadResponse, detail);
}

// One page of a list endpoint: its items, or a BadResponse error when the JSON is not one.
template <typename Item>
GitHubError readPage(const QJsonDocument &json, QList<Item> *page, QStringList *warnings);

template <>
GitHubError readPage(const QJsonDocument &json, QList<Deployment> *page, QStringList *warnings)
{
    if (!json.isArray())
        return badResponse(QStringLiteral("expected an array of deployments"));
    *page = Deployment::listFromJson(json.array(), warnings);
    return {};
}

template <>
GitHubError readPage(const QJsonDocument &json, QList<DeploymentStatus> *page,
                     QStringList *warnings)
{
    if (!json.isArray())
        return badResponse(QStringLiteral("expected an array of deployment statuses"));
    *page = DeploymentStatus::listFromJson(json.array(), warnings);
    return {};
}

/*
  {"total_count": 1, "environments": [{"id": 161088068, "name": "staging", ...}]}
*/
template <>
GitHubError readPage(const QJsonDocument &json, QList<Environment> *page, QStringList *warnings)
{
    if (!json.isObject() || !json.object().value(QLatin1String("environments")).isArray())
        return badResponse(QStringLiteral("expected an object with an environments array"));
    *page = Environment::listFromJson(json.object(), warnings);
    return {};
}

// GET /user/repos: an array of repositories (RepositoryEntry::fromJson shows one).
template <>
GitHubError readPage(const QJsonDocument &json, QList<RepositoryEntry> *page, QStringList *warnings)
{
    if (!json.isArray())
        return badResponse(QStringLiteral("expected an array of repositories"));
    *page = RepositoryEntry::listFromJson(json.array(), warnings);
    return {};
}

} // namespace

template <typename Item>
GitHubError ListRequest<Item>::acceptPage(int, const QJsonDocument &json)
{
    QList<Item> page;
    QStringList warnings;
    if (const GitHubError error = readPage(json, &page, &warnings); error.isError())
        return error;
    addWarnings(warnings);
    if (m_keepsItems)
        m_items += page;
    emitPage(page);
    return {};
}

template class ListRequest<Deployment>;
template class ListRequest<DeploymentStatus>;
template class ListRequest<Environment>;
template class ListRequest<RepositoryEntry>;

/*
  202: {"message": "Auto-merged master into topic-branch on deployment."}
*/
GitHubError DeploymentRequest::acceptPage(int httpStatus, const QJsonDocument &json)
{
    if (httpStatus == 202) {
        m_merged = true;
        m_message = json.object().value(QLatin1String("message")).toString();
        return {};
    }
    QString error;
    std::optional<Deployment> deployment = Deployment::fromJson(json.object(), &error);
    if (!json.isObject() || !deployment)
        return badResponse(error);
    m_deployment = std::move(*deployment);
    return {};
}

GitHubError StatusRequest::acceptPage(int, const QJsonDocument &json)
{
    QString error;
    std::optional<DeploymentStatus> status = DeploymentStatus::fromJson(json.object(), &error);
    if (!json.isObject() || !status)
        return badResponse(error);
    m_status = std::move(*status);
    return {};
}

GitHubError DeleteRequest::acceptPage(int, const QJsonDocument &)
{
    return {};
}

GitHubError UserRequest::acceptPage(int, const QJsonDocument &json)
{
    QString error;
    const std::optional<GitHubUser> user = GitHubUser::fromJson(json.object(), &error);
    if (!json.isObject() || !user || user->isNull())
        return badResponse(error.isEmpty() ? QStringLiteral("user: no login") : error);
    m_user = *user;
    return {};
}

/*
  {"id": 1296269, "full_name": "octocat/Hello-World", "private": false,
   "permissions": {"admin": false, "push": false, "pull": true}, ...}
*/
GitHubError RepositoryRequest::acceptPage(int, const QJsonDocument &json)
{
    const QJsonObject object = json.object();
    const QJsonValue id = object.value(QLatin1String("id"));
    const QJsonValue fullName = object.value(QLatin1String("full_name"));
    if (!id.isDouble() || !fullName.isString())
        return badResponse(QStringLiteral("repository: missing id or full_name"));
    m_json = object;
    m_number = qint64(id.toDouble());
    m_fullName = fullName.toString();
    m_private = object.value(QLatin1String("private")).toBool();
    const QJsonObject permissions = object.value(QLatin1String("permissions")).toObject();
    m_canPush = permissions.value(QLatin1String("push")).toBool() ||
                permissions.value(QLatin1String("admin")).toBool();
    return {};
}

/*
  {"resources": {"core": {"limit": 5000, "used": 1, "remaining": 4999, "reset": 1691591363},
                 "search": {...}}, "rate": {...}}
*/
GitHubError RateLimitRequest::acceptPage(int, const QJsonDocument &json)
{
    const QJsonObject resources = json.object().value(QLatin1String("resources")).toObject();
    if (resources.isEmpty())
        return badResponse(QStringLiteral("rate_limit: no resources"));
    for (auto it = resources.constBegin(); it != resources.constEnd(); ++it) {
        if (std::optional<RateLimitInfo> info = RateLimitInfo::fromJson(it.value(), it.key()))
            m_resources.append(*info);
        else
            addWarnings({QStringLiteral("rate_limit: malformed resource %1").arg(it.key())});
    }
    return {};
}

RateLimitInfo RateLimitRequest::core() const
{
    for (const RateLimitInfo &info : m_resources) {
        if (info.resource == QLatin1String("core"))
            return info;
    }
    return {};
}
