#include "deploymentgraphqlloader.h"

#include "githubclient.h"
#include "graphqlrequest.h"

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
    if (!m_client || m_client->isGraphQLRefused())
        return false;
    m_running = true;
    requestPage(QString());
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

void DeploymentGraphQLLoader::requestPage(const QString &after)
{
    GraphQLRequest *request =
        m_client->graphQL(DeploymentGraphQL::pageDocument(),
                          DeploymentGraphQL::pageVariables(m_repository, after, m_environment,
                                                           m_firstPage && m_listsEnvironments),
                          m_repository, m_priority);
    m_firstPage = false;
    track(request);
    connect(request, &GitHubRequest::finished, this, [this, request] {
        m_requests.removeAll(request);
        pageArrived(request);
    });
}

void DeploymentGraphQLLoader::pageArrived(GraphQLRequest *request)
{
    if (!m_running)
        return;
    m_client->noteGraphQLRateLimit(request->rateLimit());
    m_pointsSpent += qMax(0, request->cost());
    // The next page goes out before this one is read: the chain of cursors is the long part,
    // and reading 100 deployments takes about as long as a round trip.
    const DeploymentGraphQL::PageInfo next = DeploymentGraphQL::readPageInfo(request->data());
    if (next.hasNextPage && !next.endCursor.isEmpty())
        requestPage(next.endCursor);
    else
        m_listDone = true;
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
    pending.deployments = page->deployments;
    QList<std::pair<const Deployment *, QString>> more;
    for (const Deployment &deployment : page->deployments) {
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
