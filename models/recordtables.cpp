#include "recordtables.h"

#include <QJsonDocument>

using StoreTime::noTime;
using StoreTime::toMsecs;

namespace {

// The index of the newest status (the pending one first) that has a value in `field`; 0 when
// none has. An automatic `inactive` status carries no URLs and names no environment: the last
// ones given stay.
quint32 newestGiven(const DeploymentEntry &entry, quint32 StatusRecord::*field)
{
    if (entry.pending && (*entry.pending).*field)
        return (*entry.pending).*field;
    for (const StatusRecord &status : entry.statuses) {
        if (status.*field)
            return status.*field;
    }
    return 0;
}

// GitHub's `url` of a deployment, from its repository's; the store keeps only the other ones.
QUrl usualDeploymentUrl(const QUrl &repositoryUrl, qint64 deploymentId)
{
    if (repositoryUrl.isEmpty())
        return {};
    QUrl url = repositoryUrl;
    url.setPath(repositoryUrl.path() + QLatin1String("/deployments/") +
                QString::number(deploymentId));
    return url;
}

const QLatin1String creatorKey("creator");

} // namespace

QString RecordTables::rawState(const DeploymentEntry &entry) const
{
    if (entry.predictedInactiveAt.isValid())
        return StatusStates::toApi(StatusState::Inactive);
    const StatusRecord *latest = entry.latestStatus();
    if (!latest)
        return {};
    return latest->rawState ? m_texts.at(latest->rawState) : StatusStates::toApi(latest->state);
}

QString RecordTables::description(const DeploymentEntry &entry) const
{
    const StatusRecord *latest = entry.latestStatus();
    if (latest && latest->description)
        return m_texts.at(latest->description);
    return entry.deployment.description;
}

QUrl RecordTables::logUrl(const DeploymentEntry &entry) const
{
    return m_urls.at(newestGiven(entry, &StatusRecord::logUrl));
}

QString RecordTables::environment(const DeploymentEntry &entry) const
{
    const quint32 named = newestGiven(entry, &StatusRecord::environment);
    return named ? m_texts.at(named) : entry.deployment.environment;
}

QUrl RecordTables::environmentUrl(const DeploymentEntry &entry) const
{
    return m_urls.at(newestGiven(entry, &StatusRecord::environmentUrl));
}

QUrl RecordTables::url(const DeploymentEntry &entry) const
{
    return entry.deployment.usualUrl ? usualDeploymentUrl(m_repositoryUrl, entry.deployment.id)
                                     : entry.deployment.url;
}

QJsonObject RecordTables::json(const DeploymentEntry &entry) const
{
    if (entry.json.isEmpty())
        return {};
    QJsonObject object = QJsonDocument::fromJson(qUncompress(entry.json)).object();
    if (entry.jsonCreator)
        object.insert(creatorKey, m_creatorJson.at(entry.jsonCreator));
    return object;
}

DeploymentStatus RecordTables::status(const StatusRecord &record) const
{
    DeploymentStatus s;
    s.id = record.id;
    s.state = record.state;
    s.rawState = record.rawState ? m_texts.at(record.rawState) : StatusStates::toApi(record.state);
    s.description = m_texts.at(record.description);
    s.environment = m_texts.at(record.environment);
    s.logUrl = m_urls.at(record.logUrl);
    s.environmentUrl = m_urls.at(record.environmentUrl);
    s.creator = m_users.at(record.creator);
    s.createdAt = record.createdAtTime();
    s.updatedAt = s.createdAt; // GitHub never changes a status
    return s;
}

Deployment RecordTables::deployment(const DeploymentEntry &entry) const
{
    const DeploymentRecord &r = entry.deployment;
    Deployment d;
    d.id = r.id;
    d.sha = r.sha;
    d.ref = r.ref;
    d.task = r.task;
    d.environment = r.environment;
    d.description = r.description;
    d.payload = r.payload;
    d.creator = m_users.at(r.creator);
    d.createdAt = r.createdAtTime();
    d.updatedAt = r.updatedAtTime();
    d.url = url(entry);
    d.repositoryUrl = m_repositoryUrl;
    d.transientEnvironment = r.transientEnvironment;
    d.productionEnvironment = r.productionEnvironment;
    return d;
}

// Statuses are many (five per deployment and more): keep what the views show, as indexes into
// the shared tables, and drop the rest of GitHub's object (the exporter has its own copy).
StatusRecord RecordTables::record(const DeploymentStatus &status)
{
    StatusRecord r;
    r.id = status.id;
    r.createdAt = toMsecs(status.createdAt);
    r.state = status.state;
    // A state GitHub added later keeps its text; a known one is the enum's own.
    if (status.rawState != StatusStates::toApi(status.state))
        r.rawState = m_texts.add(status.rawState);
    r.description = m_texts.add(status.description);
    r.environment = m_texts.add(status.environment);
    r.logUrl = m_urls.add(status.logUrl.isEmpty() ? status.targetUrl : status.logUrl);
    r.environmentUrl = m_urls.add(status.environmentUrl);
    r.creator = addUser(status.creator);
    return r;
}

// Ten thousand deployments must fit in little memory: what repeats (creators, names, payloads)
// is shared, the usual API url is derived, and GitHub's object is kept as compressed text
// (parsed again only when asked for) without its creator, which repeats over thousands.
void RecordTables::store(DeploymentEntry *entry, const Deployment &deployment)
{
    DeploymentRecord &r = entry->deployment;
    r.id = deployment.id;
    r.ref = deployment.ref;
    r.sha = deployment.sha;
    r.task = m_texts.shared(deployment.task);
    r.environment = m_texts.shared(deployment.environment);
    r.description = deployment.description;
    r.payload = m_payloads.shared(deployment.payload);
    r.createdAt = toMsecs(deployment.createdAt);
    r.updatedAt = toMsecs(deployment.updatedAt);
    r.creator = addUser(deployment.creator);
    r.transientEnvironment = deployment.transientEnvironment;
    r.productionEnvironment = deployment.productionEnvironment;
    if (m_repositoryUrl.isEmpty())
        m_repositoryUrl = deployment.repositoryUrl;
    r.usualUrl = !deployment.url.isEmpty() &&
                 deployment.url == usualDeploymentUrl(m_repositoryUrl, deployment.id);
    r.url = r.usualUrl ? QUrl() : deployment.url;

    entry->json.clear();
    entry->jsonCreator = 0;
    if (deployment.json.isEmpty())
        return;
    QJsonObject object = deployment.json;
    const QJsonValue creator = object.value(creatorKey);
    if (creator.isObject())
        entry->jsonCreator = m_creatorJson.add(creator.toObject());
    if (entry->jsonCreator)
        object.remove(creatorKey);
    entry->json = qCompress(QJsonDocument(object).toJson(QJsonDocument::Compact));
    entry->json.squeeze(); // qCompress leaves room for the uncompressed size
}

quint32 RecordTables::addUser(const GitHubUser &user)
{
    if (user.isNull() && user.id == 0)
        return 0;
    const auto it = m_userIndex.constFind(user.id);
    if (it != m_userIndex.cend()) {
        const GitHubUser &known = m_users.at(*it);
        if (known.login == user.login && known.type == user.type &&
            known.avatarUrl == user.avatarUrl && known.htmlUrl == user.htmlUrl)
            return *it;
    }
    // New, or changed since (a renamed login): later records get the new one.
    GitHubUser shared = user;
    shared.login = m_texts.shared(user.login);
    shared.type = m_texts.shared(user.type);
    m_users.append(shared);
    const auto index = quint32(m_users.size() - 1);
    m_userIndex.insert(user.id, index);
    return index;
}
