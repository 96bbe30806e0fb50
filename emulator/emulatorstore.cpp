#include "emulator/emulatorstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace {

constexpr qint64 firstRepositoryId = 600000001;
constexpr qint64 firstDeploymentId = 1800000001; // above 2^31 soon enough to catch int ids
constexpr qint64 firstStatusId = 3900000001;     // above 2^31: a client must use 64-bit ids
constexpr qint64 firstEnvironmentId = 2100000001;
constexpr qint64 firstUserId = 583231;

QString lower(const QString &owner, const QString &name)
{
    return (owner + QLatin1Char('/') + name).toLower();
}

} // namespace

EmulatorStore::EmulatorStore()
{
    clear();
}

void EmulatorStore::clear()
{
    std::vector<EmulatorUser> registered;
    for (const auto &[id, u] : m_users) {
        if (u.registered)
            registered.push_back(u);
    }
    m_repositories.clear();
    m_repositoryOrder.clear();
    m_repositoryByName.clear();
    m_renamed.clear();
    m_users.clear();
    m_userByLogin.clear();
    m_nextRepositoryId = firstRepositoryId;
    m_nextDeploymentId = firstDeploymentId;
    m_nextStatusId = firstStatusId;
    m_nextEnvironmentId = firstEnvironmentId;
    m_nextUserId = firstUserId;
    // The token's owner: the rate-limit message names "user ID 1".
    EmulatorUser me;
    me.id = authenticatedUserId;
    me.login = QStringLiteral("octocat");
    me.name = QStringLiteral("The Octocat");
    m_users[me.id] = me;
    m_userByLogin.insert(me.login, me.id);
    for (const EmulatorUser &u : registered) {
        m_userByLogin.remove(u.login.toLower());
        m_users.erase(u.id);
        m_users[u.id] = u;
        m_userByLogin.insert(u.login.toLower(), u.id);
    }
}

QDateTime EmulatorStore::now() const
{
    QDateTime t = clock ? clock() : QDateTime::currentDateTimeUtc();
    t = t.toUTC();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), QTimeZone::utc());
}

EmulatorRepository *EmulatorStore::addRepository(const QString &owner, const QString &name,
                                                 const QDateTime &createdAt)
{
    if (auto *existing = repository(owner, name))
        return existing;
    EmulatorRepository repo;
    repo.id = m_nextRepositoryId++;
    repo.owner = owner;
    repo.name = name;
    repo.createdAt = createdAt.isValid() ? createdAt : now().addDays(-400);
    const qint64 id = repo.id;
    m_repositories.emplace(id, std::move(repo));
    m_repositoryOrder.push_back(id);
    m_repositoryByName.insert(lower(owner, name), id);
    userId(owner); // owners are users too (organisations, really)
    return &m_repositories.at(id);
}

EmulatorRepository *EmulatorStore::repository(const QString &owner, const QString &name)
{
    const auto it = m_repositoryByName.constFind(lower(owner, name));
    return it == m_repositoryByName.constEnd() ? nullptr : repositoryById(*it);
}

EmulatorRepository *EmulatorStore::repository(const QString &ownerSlashName)
{
    const auto it = m_repositoryByName.constFind(ownerSlashName.toLower());
    return it == m_repositoryByName.constEnd() ? nullptr : repositoryById(*it);
}

const EmulatorRepository *EmulatorStore::repository(const QString &ownerSlashName) const
{
    const auto it = m_repositoryByName.constFind(ownerSlashName.toLower());
    return it == m_repositoryByName.constEnd() ? nullptr : repositoryById(*it);
}

EmulatorRepository *EmulatorStore::repositoryById(qint64 id)
{
    const auto it = m_repositories.find(id);
    return it == m_repositories.end() ? nullptr : &it->second;
}

const EmulatorRepository *EmulatorStore::repositoryById(qint64 id) const
{
    const auto it = m_repositories.find(id);
    return it == m_repositories.end() ? nullptr : &it->second;
}

std::optional<qint64> EmulatorStore::renamedRepository(const QString &owner,
                                                       const QString &name) const
{
    const auto it = m_renamed.constFind(lower(owner, name));
    if (it == m_renamed.constEnd())
        return std::nullopt;
    return *it;
}

bool EmulatorStore::rename(const QString &oldFullName, const QString &newFullName)
{
    auto *repo = repository(oldFullName);
    const int slash = newFullName.indexOf(QLatin1Char('/'));
    if (!repo || slash <= 0 || slash == newFullName.size() - 1 || repository(newFullName))
        return false;
    m_repositoryByName.remove(oldFullName.toLower());
    m_renamed.insert(oldFullName.toLower(), repo->id);
    repo->owner = newFullName.left(slash);
    repo->name = newFullName.mid(slash + 1);
    m_repositoryByName.insert(newFullName.toLower(), repo->id);
    m_renamed.remove(newFullName.toLower());
    ++repo->version;
    return true;
}

const EmulatorUser &EmulatorStore::user(qint64 id) const
{
    const auto it = m_users.find(id);
    return it == m_users.end() ? m_users.at(authenticatedUserId) : it->second;
}

qint64 EmulatorStore::userId(const QString &login)
{
    if (login.isEmpty())
        return authenticatedUserId;
    const auto it = m_userByLogin.constFind(login.toLower());
    if (it != m_userByLogin.constEnd())
        return *it;
    EmulatorUser u;
    u.id = freeUserId();
    u.login = login;
    u.bot = login.endsWith(QLatin1String("[bot]"));
    m_users[u.id] = u;
    m_userByLogin.insert(login.toLower(), u.id);
    return u.id;
}

qint64 EmulatorStore::freeUserId()
{
    while (m_users.count(m_nextUserId))
        m_nextUserId += 7919;
    const qint64 id = m_nextUserId;
    m_nextUserId += 7919; // spread like real ids
    return id;
}

qint64 EmulatorStore::addUser(const QString &login, qint64 id, const QString &name,
                              const QString &avatarUrl)
{
    if (login.isEmpty() || id < 0)
        return -1;
    const auto known = m_userByLogin.constFind(login.toLower());
    const auto other = m_users.find(id);
    if (id != 0 && other != m_users.end() && (known == m_userByLogin.constEnd() || *known != id))
        return -1; // the id is someone else's
    if (known == m_userByLogin.constEnd()) {
        EmulatorUser u;
        u.id = id != 0 ? id : freeUserId();
        u.login = login;
        u.bot = login.endsWith(QLatin1String("[bot]"));
        m_users[u.id] = u;
        m_userByLogin.insert(login.toLower(), u.id);
    } else if (id != 0 && *known != id) {
        // A login first seen as a creator gets the id it is registered with: move it.
        const qint64 old = *known;
        if (old == authenticatedUserId)
            return -1;
        EmulatorUser u = m_users.at(old);
        m_users.erase(old);
        u.id = id;
        m_users[id] = u;
        m_userByLogin.insert(login.toLower(), id);
        for (auto &[repoId, repo] : m_repositories) {
            for (auto &[deploymentId, d] : repo.deployments) {
                if (d.creatorId == old)
                    d.creatorId = id;
                for (EmulatorStatus &status : d.statuses) {
                    if (status.creatorId == old)
                        status.creatorId = id;
                }
            }
            if (const auto g = repo.grants.find(old); g != repo.grants.end()) {
                repo.grants[id] = g->second;
                repo.grants.erase(old);
            }
            ++repo.version;
        }
    }
    EmulatorUser &u = m_users.at(m_userByLogin.value(login.toLower()));
    u.registered = true;
    if (!name.isEmpty())
        u.name = name;
    if (!avatarUrl.isEmpty())
        u.avatarUrl = avatarUrl;
    return u.id;
}

EmulatorPermission EmulatorStore::permission(const EmulatorRepository &repo, qint64 userId) const
{
    if (const auto g = repo.grants.find(userId); g != repo.grants.end()) {
        if (g->second.permission == EmulatorPermission::None && !repo.isPrivate)
            return EmulatorPermission::Pull; // anyone can read a public repository
        return g->second.permission;
    }
    if (userId == authenticatedUserId ||
        repo.owner.compare(user(userId).login, Qt::CaseInsensitive) == 0)
        return EmulatorPermission::Admin;
    return repo.isPrivate ? EmulatorPermission::None : EmulatorPermission::Pull;
}

QString EmulatorStore::affiliation(const EmulatorRepository &repo, qint64 userId) const
{
    if (repo.owner.compare(user(userId).login, Qt::CaseInsensitive) == 0)
        return QStringLiteral("owner");
    if (const auto g = repo.grants.find(userId); g != repo.grants.end()) {
        if (g->second.permission == EmulatorPermission::None)
            return {};
        return g->second.organizationMember ? QStringLiteral("organization_member")
                                            : QStringLiteral("collaborator");
    }
    return userId == authenticatedUserId ? QStringLiteral("organization_member") : QString();
}

QDateTime EmulatorStore::pushedAt(const EmulatorRepository &repo) const
{
    if (repo.pushedAt.isValid())
        return repo.pushedAt;
    if (!repo.order.empty())
        return repo.deployments.at(repo.order.back()).createdAt;
    return repo.createdAt;
}

EmulatorEnvironment &EmulatorStore::putEnvironment(EmulatorRepository &repo, const QString &name)
{
    touchEnvironment(repo, name, now());
    ++repo.version;
    return repo.environments.at(name);
}

bool EmulatorStore::deleteEnvironment(EmulatorRepository &repo, const QString &name)
{
    if (repo.environments.erase(name) == 0)
        return false;
    ++repo.version;
    return true;
}

void EmulatorStore::touchEnvironment(EmulatorRepository &repo, const QString &name,
                                     const QDateTime &at)
{
    auto it = repo.environments.find(name);
    if (it == repo.environments.end()) {
        EmulatorEnvironment env;
        env.id = m_nextEnvironmentId++;
        env.name = name;
        env.createdAt = at;
        env.updatedAt = at;
        repo.environments.emplace(name, env);
    } else if (at > it->second.updatedAt) {
        it->second.updatedAt = at;
    }
}

EmulatorDeployment &EmulatorStore::createDeployment(EmulatorRepository &repo,
                                                    const EmulatorDeploymentSpec &spec,
                                                    const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at : now();
    EmulatorDeployment d;
    d.id = m_nextDeploymentId++;
    d.ref = spec.ref;
    d.sha = spec.sha.isEmpty() ? shaFor(repo.fullName() + QLatin1Char('@') + spec.ref) : spec.sha;
    d.task = spec.task;
    d.payload = spec.payload;
    d.environment = spec.environment;
    d.originalEnvironment = spec.environment;
    d.description = spec.description;
    d.transient = spec.transient;
    d.production = spec.production.value_or(spec.environment == QLatin1String("production"));
    d.creatorId = userId(spec.creator);
    d.createdAt = when;
    d.updatedAt = when;
    const qint64 id = d.id;
    repo.order.push_back(id);
    touchEnvironment(repo, d.environment, when);
    ++repo.version;
    return repo.deployments.emplace(id, std::move(d)).first->second;
}

EmulatorStatus &EmulatorStore::addStatus(EmulatorRepository &repo, EmulatorDeployment &deployment,
                                         const EmulatorStatusSpec &spec, const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at : now();
    if (spec.environment && !spec.environment->isEmpty()) {
        deployment.environment = *spec.environment; // a status can move its deployment
        touchEnvironment(repo, deployment.environment, when);
    }
    EmulatorStatus s;
    s.id = m_nextStatusId++;
    s.state = spec.state;
    s.description = spec.description;
    s.environment = deployment.environment;
    s.logUrl = spec.logUrl;
    s.targetUrl = spec.logUrl.isEmpty() ? spec.targetUrl : spec.logUrl; // log_url sets target_url
    s.environmentUrl = spec.environmentUrl;
    s.creatorId = userId(spec.creator);
    s.createdAt = when;
    deployment.statuses.push_back(s);
    deployment.updatedAt = std::max(deployment.updatedAt, when);
    ++repo.version;

    if (spec.state == QLatin1String("success") && spec.autoInactive) {
        // Earlier non-transient, non-production deployments of the same environment whose
        // latest status is success get an inactive status (GitHub's auto_inactive).
        const QString environment = deployment.environment;
        for (const qint64 id : repo.order) {
            if (id >= deployment.id)
                break;
            EmulatorDeployment &other = repo.deployments.at(id);
            if (other.environment != environment || other.transient || other.production ||
                other.latestState() != QLatin1String("success"))
                continue;
            EmulatorStatus inactive;
            inactive.id = m_nextStatusId++;
            inactive.state = QStringLiteral("inactive");
            inactive.environment = other.environment;
            inactive.environmentUrl = other.statuses.back().environmentUrl;
            inactive.logUrl = other.statuses.back().logUrl; // the run that deployed it
            inactive.targetUrl = other.statuses.back().targetUrl;
            inactive.creatorId = s.creatorId;
            inactive.createdAt = std::max(when, other.statuses.back().createdAt.addSecs(1));
            other.statuses.push_back(inactive);
            other.updatedAt = std::max(other.updatedAt, inactive.createdAt);
        }
    }
    return deployment.statuses.back();
}

void EmulatorStore::deleteDeployment(EmulatorRepository &repo, qint64 deploymentId)
{
    const auto it = std::lower_bound(repo.order.begin(), repo.order.end(), deploymentId);
    if (it != repo.order.end() && *it == deploymentId)
        repo.order.erase(it);
    repo.deployments.erase(deploymentId);
    ++repo.version;
}

QString EmulatorStore::isoDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString EmulatorStore::nodeId(const QString &type, qint64 id)
{
    // GitHub's legacy global ids: base64("0" + len(type) + ":" + type + id), e.g.
    // MDEwOkRlcGxveW1lbnQx
    const QString raw = QStringLiteral("0%1:%2%3").arg(type.size()).arg(type).arg(id);
    return QString::fromLatin1(raw.toUtf8().toBase64());
}

QString EmulatorStore::shaFor(const QString &seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QJsonObject EmulatorStore::userJson(const QString &root, qint64 id) const
{
    const EmulatorUser &u = user(id);
    // Bot logins ("github-actions[bot]") are percent-encoded in URLs, as GitHub does.
    const QString login = QString::fromLatin1(QUrl::toPercentEncoding(u.login));
    const QString users = root + QLatin1String("/users/") + login;
    const bool organisation =
        std::any_of(m_repositories.begin(), m_repositories.end(),
                    [&](const auto &r) {
                        return r.second.owner.compare(u.login, Qt::CaseInsensitive) == 0;
                    }) &&
        u.id != authenticatedUserId && !u.registered;
    return QJsonObject{
        {QStringLiteral("login"), u.login},
        {QStringLiteral("id"), u.id},
        // A bot's is a Bot's ("MDM6Qm90NDE4OTgyODI=" is github-actions[bot]'s on github.com)
        {QStringLiteral("node_id"),
         nodeId(u.bot ? QStringLiteral("Bot") : QStringLiteral("User"), u.id)},
        {QStringLiteral("avatar_url"),
         u.avatarUrl.isEmpty()
             ? QStringLiteral("https://avatars.githubusercontent.com/u/%1?v=4").arg(u.id)
             : u.avatarUrl},
        {QStringLiteral("gravatar_id"), QString()},
        {QStringLiteral("url"), users},
        {QStringLiteral("html_url"), QString(QLatin1String("https://github.com/") + login)},
        {QStringLiteral("followers_url"), QString(users + QLatin1String("/followers"))},
        {QStringLiteral("following_url"),
         QString(users + QLatin1String("/following{/other_user}"))},
        {QStringLiteral("gists_url"), QString(users + QLatin1String("/gists{/gist_id}"))},
        {QStringLiteral("starred_url"), QString(users + QLatin1String("/starred{/owner}{/repo}"))},
        {QStringLiteral("subscriptions_url"), QString(users + QLatin1String("/subscriptions"))},
        {QStringLiteral("organizations_url"), QString(users + QLatin1String("/orgs"))},
        {QStringLiteral("repos_url"), QString(users + QLatin1String("/repos"))},
        {QStringLiteral("events_url"), QString(users + QLatin1String("/events{/privacy}"))},
        {QStringLiteral("received_events_url"), QString(users + QLatin1String("/received_events"))},
        {QStringLiteral("type"),
         QString(u.bot ? QStringLiteral("Bot")
                       : (organisation ? QStringLiteral("Organization") : QStringLiteral("User")))},
        {QStringLiteral("user_view_type"), QStringLiteral("public")},
        {QStringLiteral("site_admin"), false},
    };
}

QJsonObject EmulatorStore::authenticatedUserJson(const QString &root, qint64 userId) const
{
    QJsonObject o = userJson(root, userId);
    const EmulatorUser &u = user(userId);
    o.insert(QStringLiteral("name"), u.name.isEmpty() ? QJsonValue() : QJsonValue(u.name));
    o.insert(QStringLiteral("company"), QStringLiteral("@github"));
    o.insert(QStringLiteral("blog"), QStringLiteral("https://github.blog"));
    o.insert(QStringLiteral("location"), QStringLiteral("San Francisco"));
    o.insert(QStringLiteral("email"), QJsonValue::Null);
    o.insert(QStringLiteral("hireable"), QJsonValue::Null);
    o.insert(QStringLiteral("bio"), QJsonValue::Null);
    o.insert(QStringLiteral("twitter_username"), QJsonValue::Null);
    o.insert(QStringLiteral("public_repos"), int(m_repositories.size()));
    o.insert(QStringLiteral("public_gists"), 8);
    o.insert(QStringLiteral("followers"), 20);
    o.insert(QStringLiteral("following"), 0);
    o.insert(QStringLiteral("created_at"), QStringLiteral("2011-01-25T18:44:36Z"));
    o.insert(QStringLiteral("updated_at"), isoDate(now()));
    return o;
}

QJsonObject EmulatorStore::repositoryJson(const QString &root, const EmulatorRepository &repo,
                                          qint64 viewerId) const
{
    const QString api = root + QLatin1String("/repos/") + repo.fullName();
    const QString html = QLatin1String("https://github.com/") + repo.fullName();
    const auto ownerIt = m_userByLogin.constFind(repo.owner.toLower());
    const qint64 ownerId = ownerIt == m_userByLogin.constEnd() ? authenticatedUserId : *ownerIt;
    const QDateTime pushed = pushedAt(repo);
    const EmulatorPermission level = permission(repo, viewerId);
    const auto atLeast = [level](EmulatorPermission p) {
        return int(level) >= int(p);
    };
    return QJsonObject{
        {QStringLiteral("id"), repo.id},
        {QStringLiteral("node_id"), nodeId(QStringLiteral("Repository"), repo.id)},
        {QStringLiteral("name"), repo.name},
        {QStringLiteral("full_name"), repo.fullName()},
        {QStringLiteral("private"), repo.isPrivate},
        {QStringLiteral("owner"), userJson(root, ownerId)},
        {QStringLiteral("html_url"), html},
        {QStringLiteral("description"), QJsonValue::Null},
        {QStringLiteral("fork"), false},
        {QStringLiteral("url"), api},
        {QStringLiteral("deployments_url"), QString(api + QLatin1String("/deployments"))},
        {QStringLiteral("created_at"), isoDate(repo.createdAt)},
        {QStringLiteral("updated_at"), isoDate(pushed)},
        {QStringLiteral("pushed_at"), isoDate(pushed)},
        {QStringLiteral("default_branch"), QStringLiteral("main")},
        {QStringLiteral("visibility"),
         repo.isPrivate ? QStringLiteral("private") : QStringLiteral("public")},
        {QStringLiteral("archived"), false},
        {QStringLiteral("disabled"), false},
        {QStringLiteral("permissions"),
         QJsonObject{{QStringLiteral("admin"), atLeast(EmulatorPermission::Admin)},
                     {QStringLiteral("maintain"), atLeast(EmulatorPermission::Maintain)},
                     {QStringLiteral("push"), atLeast(EmulatorPermission::Push)},
                     {QStringLiteral("triage"), atLeast(EmulatorPermission::Triage)},
                     {QStringLiteral("pull"), atLeast(EmulatorPermission::Pull)}}},
    };
}

QJsonObject EmulatorStore::deploymentJson(const QString &root, const EmulatorRepository &repo,
                                          const EmulatorDeployment &d) const
{
    const QString repoUrl = root + QLatin1String("/repos/") + repo.fullName();
    const QString url = repoUrl + QLatin1String("/deployments/") + QString::number(d.id);
    return QJsonObject{
        {QStringLiteral("url"), url},
        {QStringLiteral("id"), d.id},
        {QStringLiteral("node_id"), nodeId(QStringLiteral("Deployment"), d.id)},
        {QStringLiteral("sha"), d.sha},
        {QStringLiteral("ref"), d.ref},
        {QStringLiteral("task"), d.task},
        {QStringLiteral("payload"), d.payload},
        {QStringLiteral("original_environment"), d.originalEnvironment},
        {QStringLiteral("environment"), d.environment},
        {QStringLiteral("description"), d.description},
        {QStringLiteral("creator"), userJson(root, d.creatorId)},
        {QStringLiteral("created_at"), isoDate(d.createdAt)},
        {QStringLiteral("updated_at"), isoDate(d.updatedAt)},
        {QStringLiteral("statuses_url"), QString(url + QLatin1String("/statuses"))},
        {QStringLiteral("repository_url"), repoUrl},
        {QStringLiteral("transient_environment"), d.transient},
        {QStringLiteral("production_environment"), d.production},
        {QStringLiteral("performed_via_github_app"), QJsonValue::Null},
    };
}

QJsonObject EmulatorStore::statusJson(const QString &root, const EmulatorRepository &repo,
                                      const EmulatorDeployment &d, const EmulatorStatus &s) const
{
    const QString repoUrl = root + QLatin1String("/repos/") + repo.fullName();
    const QString deploymentUrl = repoUrl + QLatin1String("/deployments/") + QString::number(d.id);
    return QJsonObject{
        {QStringLiteral("url"),
         QString(deploymentUrl + QLatin1String("/statuses/") + QString::number(s.id))},
        {QStringLiteral("id"), s.id},
        {QStringLiteral("node_id"), nodeId(QStringLiteral("DeploymentStatus"), s.id)},
        {QStringLiteral("state"), s.state},
        {QStringLiteral("creator"), userJson(root, s.creatorId)},
        {QStringLiteral("description"), s.description},
        {QStringLiteral("environment"), s.environment},
        {QStringLiteral("target_url"), s.targetUrl},
        {QStringLiteral("created_at"), isoDate(s.createdAt)},
        {QStringLiteral("updated_at"), isoDate(s.createdAt)},
        {QStringLiteral("deployment_url"), deploymentUrl},
        {QStringLiteral("repository_url"), repoUrl},
        {QStringLiteral("environment_url"), s.environmentUrl},
        {QStringLiteral("log_url"), s.logUrl},
        {QStringLiteral("performed_via_github_app"), QJsonValue::Null},
    };
}

QJsonObject EmulatorStore::environmentJson(const QString &root, const EmulatorRepository &repo,
                                           const EmulatorEnvironment &e) const
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(e.name));
    const QString url = root + QLatin1String("/repos/") + repo.fullName() +
                        QLatin1String("/environments/") + encoded;
    const QString html = QLatin1String("https://github.com/") + repo.fullName() +
                         QLatin1String("/deployments/activity_log?environments_filter=") + encoded;
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("node_id"), nodeId(QStringLiteral("Environment"), e.id)},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("url"), url},
        {QStringLiteral("html_url"), html},
        {QStringLiteral("created_at"), isoDate(e.createdAt)},
        {QStringLiteral("updated_at"), isoDate(e.updatedAt)},
        {QStringLiteral("protection_rules"), QJsonArray()},
    };
}
