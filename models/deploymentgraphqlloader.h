#pragma once

#include "deployment.h"
#include "deploymentgraphql.h"
#include "deploymentstatus.h"
#include "environment.h"
#include "githuberror.h"
#include "githubrequest.h"
#include "repositoryid.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class GitHubClient;
class GraphQLRequest;

// Reads every deployment of a repository with all its statuses over GraphQL: pages of 100
// deployments, each with its first 50 statuses, at 1 point a page; a deployment with more
// statuses gets the rest through node(id:) pages of 100 while the next page of deployments is
// already on its way. Cursors chain the pages, so the list is read from both ends at once when
// it has more than two pages (newest first, and oldest first), which halves the chain; the two
// meet in the middle (at most one page read twice). Each page handed out is complete (every
// status of every deployment in it), newest first within the page; pages of the two ends
// interleave, so a caller that needs one order sorts (DeploymentExporter does). The entry point
// for a cold open, the export and the board's first load.
//
// When the host refuses GraphQL (HTTP 404/410 on the endpoint, a 403 that is not a rate limit,
// or a schema without a field the query needs), the client remembers it for the host
// (GitHubClient::isGraphQLRefused) and failed() says to read over REST; so do an exhausted
// GraphQL budget (REST's is separate) and a FORBIDDEN (REST's answer names SAML SSO's
// authorisation URL), without remembering.
class DeploymentGraphQLLoader : public QObject
{
    Q_OBJECT
public:
    explicit DeploymentGraphQLLoader(GitHubClient *client, QObject *parent = nullptr);
    ~DeploymentGraphQLLoader() override;

    void setRepository(const RepositoryId &repository) { m_repository = repository; }
    RepositoryId repository() const { return m_repository; }
    void setEnvironment(const QString &environment) { m_environment = environment; }
    void setPriority(GitHubRequest::Priority priority) { m_priority = priority; }
    // Whether the first page also lists the repository's environments (default true).
    void setListsEnvironments(bool lists) { m_listsEnvironments = lists; }

    // False (and nothing starts) when the client already knows the host refuses GraphQL.
    bool start();
    void cancel(); // no signal follows
    bool isRunning() const { return m_running; }

    int requestsSent() const { return m_requestsSent; }
    int pointsSpent() const { return m_pointsSpent; } // from rateLimit { cost }
    int totalCount() const { return m_totalCount; }   // deployments, from the first page

    // Whether a failure means "read this over REST" (and, for a refusal, remembers it).
    static bool isRefusal(const GitHubError &error);

Q_SIGNALS:
    // One page, newest first, with every status of each of its deployments (newest first).
    void pageReceived(const QList<Deployment> &deployments,
                      const QHash<qint64, QList<DeploymentStatus>> &statuses);
    void environmentsReceived(const QList<Environment> &environments);
    void finished();
    // useRest: GraphQL cannot do it here (refused, or its budget is spent); REST can.
    void failed(const GitHubError &error, bool useRest);

private:
    struct PendingPage
    {
        QList<Deployment> deployments;
        QHash<qint64, QList<DeploymentStatus>> statuses;
        int outstanding = 0; // deployments still fetching more statuses
    };

    struct Chain
    {
        bool oldestFirst = false;
        bool started = false;
        bool done = false;
        qint64 frontier = -1; // the last id read: the newest end's oldest, or the other's newest
        QPointer<GraphQLRequest> inFlight;
    };

    void requestPage(int chain, const QString &after);
    bool chainsMet() const;
    void stopChains();
    void pageArrived(GraphQLRequest *request, int chain);
    void requestStatuses(int pageSerial, qint64 deploymentId, const QString &nodeId,
                         const QString &after);
    void statusesArrived(GraphQLRequest *request, int pageSerial, qint64 deploymentId,
                         const QString &nodeId);
    void track(GraphQLRequest *request);
    void flush();
    void fail(const GitHubError &error);

    QPointer<GitHubClient> m_client;
    RepositoryId m_repository;
    QString m_environment;
    GitHubRequest::Priority m_priority = GitHubRequest::Priority::Normal;
    bool m_listsEnvironments = true;
    bool m_running = false;
    bool m_listDone = false;
    bool m_firstPage = true;
    int m_firstSerial = 0; // serial of m_pages.first()
    QList<PendingPage> m_pages;
    Chain m_chains[2];
    QSet<qint64> m_seen;                        // deployments handed out or pending
    int m_requestedNodes = 0;                   // deployments asked for by the page requests sent
    QList<QPointer<GraphQLRequest>> m_requests; // in flight
    int m_requestsSent = 0;
    int m_pointsSpent = 0;
    int m_totalCount = 0;
};
