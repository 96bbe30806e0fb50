#include "deploymentgraphqlloader.h"

#include "githubclient.h"
#include "graphqlrequest.h"

#include <algorithm>

DeploymentGraphQLLoader::DeploymentGraphQLLoader(GitHubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

DeploymentGraphQLLoader::~DeploymentGraphQLLoader()
{
    cancel();
}

bool DeploymentGraphQLLoader::isRefusal(const GitHubError &error)
{
    if (error.isGraphQLSchemaMismatch())
        return true;
    if (!error.graphQLType.isEmpty())
        return false; // GitHub answered the query itself (NOT_FOUND, FORBIDDEN, ...)
    switch (error.httpStatus) {
    case 404: // no such endpoint: an Enterprise Server without GraphQL, or a proxy
    case 410:
    case 501:
        return true;
    case 403:
        return error.kind == GitHubError::Kind::Forbidden && !error.ssoRequired;
    default:
        return false;
    }
}

bool DeploymentGraphQLLoader::start()
{
    cancel();
    m_pages.clear();
    m_firstSerial = 0;
    m_listDone = false;
    m_firstPage = true;
    m_requestsSent = 0;
    m_pointsSpent = 0;
    m_totalCount = 0;
    m_seen.clear();
    m_requestedNodes = 0;
    m_chains[0] = Chain();
    m_chains[1] = Chain();
    m_chains[1].oldestFirst = true;
    if (!m_client || m_client->isGraphQLRefused())
        return false;
    m_running = true;
    requestPage(0, QString());
    return true;
}

void DeploymentGraphQLLoader::cancel()
{
    m_running = false;
    const QList<QPointer<GraphQLRequest>> requests = m_requests;
    m_requests.clear();
    for (const QPointer<GraphQLRequest> &request : requests) {
        if (request)
            request->cancel();
    }
}

void DeploymentGraphQLLoader::track(GraphQLRequest *request)
{
    ++m_requestsSent;
    m_requests.append(request);
    connect(request, &GitHubRequest::failed, this, [this, request](const GitHubError &error) {
        m_requests.removeAll(request);
        fail(error);
    });
}

void DeploymentGraphQLLoader::requestPage(int chain, const QString &after)
{
    Chain &c = m_chains[chain];
    c.started = true;
    m_requestedNodes += DeploymentGraphQL::deploymentsPerPage;
    GraphQLRequest *request = m_client->graphQL(
        DeploymentGraphQL::pageDocument(),
        DeploymentGraphQL::pageVariables(m_repository, after, m_environment,
                                         m_firstPage && m_listsEnvironments, c.oldestFirst),
        m_repository, m_priority);
    m_firstPage = false;
    c.inFlight = request;
    track(request);
    connect(request, &GitHubRequest::finished, this, [this, request, chain] {
        m_requests.removeAll(request);
        pageArrived(request, chain);
    });
}

bool DeploymentGraphQLLoader::chainsMet() const
{
    const Chain &newest = m_chains[0], &oldest = m_chains[1];
    return newest.frontier >= 0 && oldest.frontier >= 0 && newest.frontier <= oldest.frontier;
}

// Everything is read: a request still on its way would only bring deployments known already.
void DeploymentGraphQLLoader::stopChains()
{
    for (Chain &c : m_chains) {
        c.done = true;
        if (GraphQLRequest *request = c.inFlight) {
            m_requests.removeAll(request);
            request->cancel();
        }
        c.inFlight = nullptr;
    }
    m_listDone = true;
}

void DeploymentGraphQLLoader::pageArrived(GraphQLRequest *request, int chain)
{
    if (!m_running)
        return;
    Chain &c = m_chains[chain];
    c.inFlight = nullptr;
    m_client->noteGraphQLRateLimit(request->rateLimit());
    m_pointsSpent += qMax(0, request->cost());
    // The next page goes out before this one is read: the chain of cursors is the long part,
    // and reading 100 deployments takes about as long as a round trip.
    const DeploymentGraphQL::PageInfo next = DeploymentGraphQL::readPageInfo(request->data());
    const bool firstPage = chain == 0 && !m_chains[1].started && c.frontier < 0;
    if (next.count > 0)
        c.frontier = next.lastId;
    const int total = request->data()
                          .value(QLatin1String("repository"))
                          .toObject()
                          .value(QLatin1String("deployments"))
                          .toObject()
                          .value(QLatin1String("totalCount"))
                          .toInt();
    if (!next.hasNextPage || next.endCursor.isEmpty() || chainsMet()) {
        stopChains(); // one end reached the other end, or the two met
    } else {
        // Only the pages still needed: the two ends together ask for totalCount, no more.
        if (m_requestedNodes < total)
            requestPage(chain, next.endCursor);
        // More than two pages: the other end starts too, and the chain is half as long.
        if (firstPage && total > 2 * DeploymentGraphQL::deploymentsPerPage)
            requestPage(1, QString());
        if (!m_chains[0].inFlight && !m_chains[1].inFlight)
            stopChains(); // every page asked for has come: together they hold them all
    }
    QString problem;
    const std::optional<DeploymentGraphQL::DeploymentPage> page =
        DeploymentGraphQL::readPage(request->data(), m_client->apiRoot(), m_repository, &problem);
    if (!page) {
        fail(GitHubError(GitHubError::Kind::BadResponse, problem, 200));
        return;
    }
    if (page->environmentsListed) {
        QPointer<DeploymentGraphQLLoader> guard(this);
        Q_EMIT environmentsReceived(page->environments);
        if (!guard || !m_running)
            return;
    }
    m_totalCount = page->totalCount;

    const int serial = m_firstSerial + int(m_pages.size());
    PendingPage pending;
    // Newest first within the page; where the two ends overlap, the first one read counts.
    for (const Deployment &deployment : page->deployments) {
        if (!m_seen.contains(deployment.id))
            pending.deployments.append(deployment);
        m_seen.insert(deployment.id);
    }
    if (c.oldestFirst)
        std::reverse(pending.deployments.begin(), pending.deployments.end());
    QList<std::pair<const Deployment *, QString>> more;
    for (const Deployment &deployment : std::as_const(pending.deployments)) {
        const DeploymentGraphQL::StatusPage &statuses = page->statuses.value(deployment.id);
        pending.statuses.insert(deployment.id, statuses.statuses);
        if (statuses.hasNextPage && !statuses.endCursor.isEmpty()) {
            ++pending.outstanding;
            more.append({&deployment, statuses.endCursor});
        }
    }
    m_pages.append(pending);
    for (const auto &[deployment, cursor] : more)
        requestStatuses(serial, deployment->id, deployment->nodeId, cursor);
    flush();
}

void DeploymentGraphQLLoader::requestStatuses(int pageSerial, qint64 deploymentId,
                                              const QString &nodeId, const QString &after)
{
    GraphQLRequest *request = m_client->graphQL(DeploymentGraphQL::statusesDocument(),
                                                DeploymentGraphQL::statusesVariables(nodeId, after),
                                                m_repository, m_priority);
    track(request);
    connect(request, &GitHubRequest::finished, this,
            [this, request, pageSerial, deploymentId, nodeId] {
                m_requests.removeAll(request);
                statusesArrived(request, pageSerial, deploymentId, nodeId);
            });
}

void DeploymentGraphQLLoader::statusesArrived(GraphQLRequest *request, int pageSerial,
                                              qint64 deploymentId, const QString &nodeId)
{
    const int index = pageSerial - m_firstSerial;
    if (!m_running || index < 0 || index >= m_pages.size())
        return;
    m_client->noteGraphQLRateLimit(request->rateLimit());
    m_pointsSpent += qMax(0, request->cost());
    QString problem;
    const std::optional<DeploymentGraphQL::StatusPage> statuses = DeploymentGraphQL::readStatusPage(
        request->data(), m_client->apiRoot(), m_repository, deploymentId, &problem);
    if (!statuses) {
        fail(GitHubError(GitHubError::Kind::BadResponse, problem, 200));
        return;
    }
    PendingPage &page = m_pages[index];
    page.statuses[deploymentId] += statuses->statuses;
    if (statuses->hasNextPage && !statuses->endCursor.isEmpty()) {
        requestStatuses(pageSerial, deploymentId, nodeId, statuses->endCursor);
        return;
    }
    --page.outstanding;
    flush();
}

void DeploymentGraphQLLoader::flush()
{
    QPointer<DeploymentGraphQLLoader> guard(this);
    while (m_running && !m_pages.isEmpty() && m_pages.first().outstanding == 0) {
        const PendingPage page = m_pages.takeFirst();
        ++m_firstSerial;
        Q_EMIT pageReceived(page.deployments, page.statuses);
        if (!guard)
            return;
    }
    if (m_running && m_listDone && m_pages.isEmpty() && m_requests.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

void DeploymentGraphQLLoader::fail(const GitHubError &error)
{
    if (!m_running)
        return;
    const bool refused = isRefusal(error);
    if (refused && m_client)
        m_client->setGraphQLRefused(); // once per host
    // REST has its own budget, and says more about a refusal: SAML SSO's authorisation URL comes
    // in REST's X-GitHub-SSO header, GraphQL's FORBIDDEN has only a sentence.
    const bool useRest = refused || error.kind == GitHubError::Kind::RateLimited ||
                         error.kind == GitHubError::Kind::Forbidden;
    cancel();
    Q_EMIT failed(error, useRest);
}
