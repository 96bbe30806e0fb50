#include "deploymentexporter.h"

#include "deploymentgraphqlloader.h"
#include "githubclient.h"

#include <QJsonDocument>

#include <QJsonObject>
#include <algorithm>

DeploymentExporter::DeploymentExporter(GitHubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

DeploymentExporter::~DeploymentExporter()
{
    cancel();
}

void DeploymentExporter::start()
{
    cancel();
    m_deployments.clear();
    m_statusArrays.clear();
    m_jsonLines.clear();
    m_graphQLStatuses.clear();
    m_awaitingGraphQL.clear();
    m_statusListsDone = 0;
    m_listDone = false;
    m_listStarted = false;
    m_listedPages.clear();
    m_listedIds.clear();
    m_nextPageToTake = 1;
    m_lastPageAsked = 0;
    m_morePagesAfter = 0;
    m_graphQLRunning = false;
    if (!m_client) {
        fail(GitHubError(GitHubError::Kind::Cancelled, QStringLiteral("no client")));
        return;
    }
    m_running = true;
    m_usedGraphQL = false;
    if (m_useGraphQL && !m_client->isGraphQLRefused()) {
        if (!m_loader) {
            m_loader = new DeploymentGraphQLLoader(m_client, this);
            m_loader->setListsEnvironments(false);
            connect(m_loader, &DeploymentGraphQLLoader::pageReceived, this,
                    &DeploymentExporter::takeGraphQLPage);
            connect(m_loader, &DeploymentGraphQLLoader::finished, this,
                    &DeploymentExporter::graphQLEnded);
            connect(m_loader, &DeploymentGraphQLLoader::failed, this,
                    [this](const GitHubError &error, bool useRest) {
                        if (!useRest) {
                            fail(error);
                            return;
                        }
                        // What GraphQL brought complete is kept; REST reads the rest.
                        m_usedGraphQL = false;
                        graphQLEnded();
                    });
        }
        m_loader->setRepository(m_repository);
        m_loader->setEnvironment(m_environment);
        m_graphQLRunning = m_usedGraphQL = m_loader->start();
    }
    if (!m_graphQLRunning)
        startListing();
}

void DeploymentExporter::startListing()
{
    if (!m_running || m_listStarted)
        return;
    m_listStarted = true;
    // The deployments themselves always come from REST's listing, GitHub's objects as they are:
    // GraphQL has no twin of transient_environment, production_environment or
    // performed_via_github_app. It starts once GraphQL's first page is in, so that GraphQL's
    // answer is the one that says a repository is missing or forbidden, and nothing is read
    // twice when it is. By then GraphQL has said how many there are: every page of the listing
    // is asked for at once (1 request per 100 deployments, in one round trip over HTTP/2), not
    // one Link after another.
    const int count = m_loader && m_usedGraphQL ? m_loader->totalCount() : 0;
    if (count > 0) {
        const int pages = (count + GitHubClient::listPageSize - 1) / GitHubClient::listPageSize;
        for (int page = 1; page <= pages; ++page)
            requestListPage(page);
        return;
    }
    DeploymentQuery query;
    query.environment = m_environment;
    DeploymentListRequest *request = m_client->listDeployments(m_repository, query);
    m_listRequests.append(request);
    connect(request, &DeploymentListRequest::pageReceived, this,
            &DeploymentExporter::takeListedPage);
    connect(request, &GitHubRequest::finished, this, [this] {
        m_listDone = true;
        checkDone();
    });
    connect(request, &GitHubRequest::failed, this, &DeploymentExporter::fail);
}

void DeploymentExporter::requestListPage(int page)
{
    DeploymentQuery query;
    query.environment = m_environment;
    query.page = page;
    DeploymentListRequest *request = m_client->listDeployments(m_repository, query);
    m_listRequests.append(request);
    m_lastPageAsked = qMax(m_lastPageAsked, page);
    connect(request, &GitHubRequest::finished, this, [this, request, page] {
        m_listedPages.insert(page, request->deployments());
        if (request->hasMorePages())
            m_morePagesAfter = qMax(m_morePagesAfter, page);
        takeListedPages();
    });
    connect(request, &GitHubRequest::failed, this, &DeploymentExporter::fail);
}

// The pages in order (newest first), whichever answer came first.
void DeploymentExporter::takeListedPages()
{
    for (auto page = m_listedPages.begin();
         page != m_listedPages.end() && page.key() == m_nextPageToTake;
         page = m_listedPages.erase(page)) {
        ++m_nextPageToTake;
        takeListedPage(*page);
        if (m_nextPageToTake <= m_lastPageAsked)
            continue;
        // The last page's Link names a next: deployments were made after GraphQL counted them.
        if (m_morePagesAfter >= m_lastPageAsked) {
            requestListPage(m_nextPageToTake);
        } else {
            m_listDone = true;
            checkDone();
        }
    }
}

void DeploymentExporter::cancel()
{
    if (m_loader)
        m_loader->cancel();
    for (const QPointer<DeploymentListRequest> &request : std::as_const(m_listRequests)) {
        if (request)
            request->cancel();
    }
    m_listRequests.clear();
    for (const QPointer<StatusListRequest> &request : std::as_const(m_statusRequests)) {
        if (request)
            request->cancel();
    }
    m_statusRequests.clear();
    m_graphQLRunning = false;
    m_running = false;
}

void DeploymentExporter::takeListedPage(const QList<Deployment> &page)
{
    for (const Deployment &deployment : page) {
        // Pages asked for by number overlap by one when a deployment is made meanwhile.
        if (m_listedIds.contains(deployment.id))
            continue;
        m_listedIds.insert(deployment.id);
        m_deployments.append(deployment);
        const auto statuses = m_graphQLStatuses.find(deployment.id);
        if (statuses != m_graphQLStatuses.end()) {
            takeStatuses(deployment, *statuses);
            m_graphQLStatuses.erase(statuses);
        } else if (m_graphQLRunning)
            m_awaitingGraphQL.insert(deployment.id, deployment);
        else
            fetchStatuses(deployment);
    }
    Q_EMIT progress(m_statusListsDone, int(m_deployments.size()));
}

void DeploymentExporter::fetchStatuses(const Deployment &deployment)
{
    // Queued in list order (newest first); the pool runs a few at a time.
    StatusListRequest *request = m_client->listStatuses(m_repository, deployment.id);
    m_statusRequests.append(request);
    connect(request, &StatusListRequest::finished, this, [this, request, deployment] {
        // Only GitHub's objects are kept (the parsed statuses go with the request).
        takeStatuses(deployment, statusArray(request->statuses()));
        Q_EMIT progress(m_statusListsDone, int(m_deployments.size()));
        checkDone();
    });
    connect(request, &GitHubRequest::failed, this, &DeploymentExporter::fail);
}

void DeploymentExporter::takeStatuses(const Deployment &deployment, const QJsonArray &statuses)
{
    m_statusArrays.insert(deployment.id, statuses);
    // The line of text is made now, while other transfers run.
    m_jsonLines.insert(deployment.id, jsonLine(deployment, statuses));
    ++m_statusListsDone;
}

void DeploymentExporter::takeGraphQLPage(const QList<Deployment> &deployments,
                                         const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    for (const Deployment &deployment : deployments) {
        QJsonArray array;
        for (const DeploymentStatus &status : statuses.value(deployment.id)) {
            // GraphQL does not say which app, if any, posted a status: left out, not null.
            QJsonObject object = status.json;
            object.remove(QLatin1String("performed_via_github_app"));
            array.append(object);
        }
        const auto listed = m_awaitingGraphQL.constFind(deployment.id);
        // (still awaited: a deployment appears once in GraphQL's pages)
        if (listed != m_awaitingGraphQL.constEnd()) {
            takeStatuses(*listed, array);
            m_awaitingGraphQL.erase(listed);
        } else if (!m_statusArrays.contains(deployment.id)) {
            m_graphQLStatuses.insert(deployment.id, array);
        }
    }
    Q_EMIT progress(m_statusListsDone, int(m_deployments.size()));
    startListing();
}

void DeploymentExporter::graphQLEnded()
{
    m_graphQLRunning = false;
    startListing();
    // Deployments GraphQL did not see (made between its pages and REST's): their statuses over
    // REST. What only GraphQL saw is not in REST's list, which is the one written.
    // While GraphQL ran nothing was asked of REST, so what has no statuses yet is what waited.
    // Pages REST lists from now on take GraphQL's statuses, or ask REST for the deployments
    // GraphQL did not see (made after its pages were read).
    m_awaitingGraphQL.clear();
    for (const Deployment &deployment : std::as_const(m_deployments)) {
        if (!m_statusArrays.contains(deployment.id))
            fetchStatuses(deployment);
    }
    checkDone();
}

void DeploymentExporter::checkDone()
{
    if (!m_running || !m_listDone || m_graphQLRunning || m_statusListsDone < m_deployments.size())
        return;
    m_running = false;
    m_statusRequests.clear();
    m_graphQLStatuses
        .clear(); // what only GraphQL saw: not in REST's list, which is the one written
    Q_EMIT finished();
}

void DeploymentExporter::fail(const GitHubError &error)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT failed(error);
}

QList<DeploymentStatus> DeploymentExporter::statuses(qint64 deploymentId) const
{
    return DeploymentStatus::listFromJson(m_statusArrays.value(deploymentId));
}

QJsonArray DeploymentExporter::statusArray(const QList<DeploymentStatus> &statuses)
{
    QJsonArray array;
    for (const DeploymentStatus &status : statuses)
        array.append(status.json);
    return array;
}

namespace {

QJsonObject withStatuses(const Deployment &deployment, const QJsonArray &statuses)
{
    QJsonObject object = deployment.json;
    object.insert(QStringLiteral("statuses"), statuses);
    return object;
}

template <typename ArrayOf>
QJsonArray jsonArray(const QList<Deployment> &deployments, ArrayOf arrayOf)
{
    QJsonArray result;
    for (const Deployment &deployment : deployments)
        result.append(withStatuses(deployment, arrayOf(deployment.id)));
    return result;
}

// "[", the lines separated by ",\n", "]": a JSON array a line-oriented tool can read too.
template <typename LineOf>
QByteArray joinLines(const QList<Deployment> &deployments, LineOf lineOf)
{
    QList<QByteArray> lines;
    lines.reserve(deployments.size());
    qsizetype size = 0;
    for (const Deployment &deployment : deployments) {
        lines.append(lineOf(deployment));
        size += lines.constLast().size() + 2;
    }
    QByteArray text;
    text.reserve(size + 4);
    text += '[';
    for (qsizetype i = 0; i < lines.size(); ++i) {
        text += i == 0 ? "\n" : ",\n";
        text += lines.at(i);
    }
    text += "\n]\n";
    return text;
}

// latestOf(id) is the deployment's newest status (GitHub lists them newest first), if any.
template <typename LatestOf>
QByteArray csvRows(const QList<Deployment> &deployments, LatestOf latestOf)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    QByteArray csv = "id,environment,ref,sha,task,creator,created_at,latest_state,"
                     "latest_status_at,description\r\n";
    for (const Deployment &deployment : deployments) {
        const std::optional<DeploymentStatus> latest = latestOf(deployment.id);
        const QList<QString> fields = {QString::number(deployment.id),
                                       deployment.environment,
                                       deployment.ref,
                                       deployment.sha,
                                       deployment.task,
                                       deployment.creator.login,
                                       time(deployment.createdAt),
                                       latest ? latest->rawState : QString(),
                                       latest ? time(latest->createdAt) : QString(),
                                       deployment.description};
        QList<QByteArray> encoded;
        for (const QString &field : fields)
            encoded.append(DeploymentExporter::csvField(field));
        csv += encoded.join(',') + "\r\n";
    }
    return csv;
}

} // namespace

QByteArray DeploymentExporter::jsonLine(const Deployment &deployment, const QJsonArray &statuses)
{
    return QJsonDocument(withStatuses(deployment, statuses)).toJson(QJsonDocument::Compact);
}

QJsonArray DeploymentExporter::toJson() const
{
    return jsonArray(m_deployments, [this](qint64 id) { return m_statusArrays.value(id); });
}

QJsonArray DeploymentExporter::toJson(const QList<Deployment> &deployments,
                                      const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    return jsonArray(deployments,
                     [&statuses](qint64 id) { return statusArray(statuses.value(id)); });
}

QByteArray DeploymentExporter::toJsonText() const
{
    return joinLines(m_deployments, [this](const Deployment &deployment) {
        const auto line = m_jsonLines.constFind(deployment.id);
        return line != m_jsonLines.constEnd()
                   ? *line
                   : jsonLine(deployment, m_statusArrays.value(deployment.id));
    });
}

QByteArray DeploymentExporter::toJsonText(const QList<Deployment> &deployments,
                                          const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    return joinLines(deployments, [&statuses](const Deployment &deployment) {
        return jsonLine(deployment, statusArray(statuses.value(deployment.id)));
    });
}

QByteArray DeploymentExporter::toCsv() const
{
    return csvRows(m_deployments, [this](qint64 id) -> std::optional<DeploymentStatus> {
        const QJsonArray statuses = m_statusArrays.value(id);
        if (statuses.isEmpty())
            return std::nullopt;
        return DeploymentStatus::fromJson(statuses.first());
    });
}

QByteArray DeploymentExporter::toCsv(const QList<Deployment> &deployments,
                                     const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    return csvRows(deployments, [&statuses](qint64 id) -> std::optional<DeploymentStatus> {
        const QList<DeploymentStatus> list = statuses.value(id);
        if (list.isEmpty())
            return std::nullopt;
        return list.constFirst();
    });
}

QByteArray DeploymentExporter::csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') ||
        field.contains('\r')) {
        field.replace('"', "\"\"");
        field = '"' + field + '"';
    }
    return field;
}
