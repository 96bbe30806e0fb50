#pragma once

#include "deployment.h"
#include "deploymentstatus.h"
#include "githuberror.h"
#include "githubrequest.h"
#include "repositoryid.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

class DeploymentGraphQLLoader;
class GitHubClient;

// Fetches every deployment of a repository with all its statuses (`deploydeck export`).
// The deployments are always REST's listing (GitHub's objects, 100 a request). Their statuses:
// over GraphQL when asked and the host takes it (DeploymentGraphQLLoader, beside the listing:
// 100 deployments with their statuses a request, 1 point each; the objects rebuilt as REST's,
// without performed_via_github_app, which GraphQL does not have); otherwise, or when the host
// refuses it, over REST through the client's read pool, newest deployment first, starting as
// soon as each page of deployments arrives.
class DeploymentExporter : public QObject
{
    Q_OBJECT
public:
    explicit DeploymentExporter(GitHubClient *client, QObject *parent = nullptr);
    ~DeploymentExporter() override;

    void setRepository(const RepositoryId &repository) { m_repository = repository; }
    void setEnvironment(const QString &environment) { m_environment = environment; }
    // Whether to read statuses over GraphQL (default false: REST only, GitHub's objects as sent).
    void setUseGraphQL(bool use) { m_useGraphQL = use; }
    // Whether the latest export was read over GraphQL (false after a fall back to REST).
    bool usedGraphQL() const { return m_usedGraphQL; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // Newest first, as GitHub lists them; statuses newest first too (read again from GitHub's
    // objects, which is what the exporter keeps).
    QList<Deployment> deployments() const { return m_deployments; }
    QList<DeploymentStatus> statuses(qint64 deploymentId) const;

    // GitHub's deployment objects, each with a `statuses` array of GitHub's status objects.
    QJsonArray toJson() const;
    // toJson() as UTF-8 text, one compact deployment object per line (what `deploydeck export`
    // writes): much faster than an indented QJsonDocument of the whole array. Each line is made
    // when the deployment's statuses arrive, while other transfers still run, so this only joins
    // them.
    QByteArray toJsonText() const;
    // One row per deployment (RFC 4180, CRLF): id, environment, ref, sha, task, creator,
    // created_at, latest state, latest status time, description.
    QByteArray toCsv() const;

    // The same from parsed statuses.
    static QJsonArray toJson(const QList<Deployment> &deployments,
                             const QHash<qint64, QList<DeploymentStatus>> &statuses);
    static QByteArray toJsonText(const QList<Deployment> &deployments,
                                 const QHash<qint64, QList<DeploymentStatus>> &statuses);
    static QByteArray toCsv(const QList<Deployment> &deployments,
                            const QHash<qint64, QList<DeploymentStatus>> &statuses);
    static QByteArray csvField(const QString &text);

Q_SIGNALS:
    // Status lists done / deployments known so far (grows while the list is still paging).
    void progress(int done, int total);
    void finished();
    void failed(const GitHubError &error);

private:
    void startListing();
    void requestListPage(int page);
    void takeListedPages();
    void takeListedPage(const QList<Deployment> &page);
    void takeGraphQLPage(const QList<Deployment> &deployments,
                         const QHash<qint64, QList<DeploymentStatus>> &statuses);
    void graphQLEnded();
    void fetchStatuses(const Deployment &deployment);
    void takeStatuses(const Deployment &deployment, const QJsonArray &statuses);
    static QJsonArray statusArray(const QList<DeploymentStatus> &statuses);
    static QByteArray jsonLine(const Deployment &deployment, const QJsonArray &statuses);
    void checkDone();
    void fail(const GitHubError &error);

    QPointer<GitHubClient> m_client;
    RepositoryId m_repository;
    QString m_environment;
    QList<QPointer<DeploymentListRequest>> m_listRequests;
    QMap<int, QList<Deployment>> m_listedPages; // pages asked for by number, not taken yet
    QSet<qint64> m_listedIds;
    int m_nextPageToTake = 1;
    int m_lastPageAsked = 0;
    int m_morePagesAfter = 0; // the last page asked for whose Link named a next
    bool m_listStarted = false;
    QList<QPointer<StatusListRequest>> m_statusRequests;
    QList<Deployment> m_deployments;
    QHash<qint64, QJsonArray> m_statusArrays; // GitHub's status objects of each deployment
    QHash<qint64, QByteArray> m_jsonLines;    // jsonLine() of each deployment whose statuses are in
    int m_statusListsDone = 0;
    bool m_listDone = false;
    bool m_running = false;
    bool m_useGraphQL = false;
    bool m_usedGraphQL = false;
    bool m_graphQLRunning = false;
    QHash<qint64, QJsonArray> m_graphQLStatuses; // read over GraphQL, not listed by REST yet
    QHash<qint64, Deployment> m_awaitingGraphQL; // listed by REST, statuses not read yet
    DeploymentGraphQLLoader *m_loader = nullptr; // owned
};
