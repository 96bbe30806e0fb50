#pragma once

#include "bulkwritejob.h"
#include "deploymentstore.h"
#include "githubclient.h"
#include "githuberror.h"
#include "repositoryid.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class DeploymentGraphQLLoader;
class DeploymentListRequest;
class EnvironmentListRequest;
class DeploymentRequest;
class StatusListRequest;
struct NewDeployment;
struct NewStatus;

// Feeds one repository's DeploymentStore from the GitHub client: the first load (pages on
// screen as they arrive, then statuses, the visible deployments first), refreshes that merge
// (ETags make an unchanged repository free), auto-refresh, and optimistic status writes.
// Switching repositories cancels the old repository's calls and gives a new store: a late
// reply can never land in the new repository's data.
class RepositorySession : public QObject
{
    Q_OBJECT
public:
    explicit RepositorySession(GitHubClient *client, QObject *parent = nullptr);
    ~RepositorySession() override;

    GitHubClient *client() const { return m_client; }
    RepositoryId repository() const { return m_repository; }
    // The current repository's store (owned by the session; replaced on a switch).
    DeploymentStore *store() const { return m_store.get(); }

    // Cancels the old repository's calls, makes a new store (storeChanged) and loads it.
    void setRepository(const RepositoryId &repository);

    // Seconds between automatic refreshes; 0 turns them off. Default 60.
    void setAutoRefreshInterval(int seconds);
    int autoRefreshInterval() const { return m_autoRefreshSeconds; }
    // Auto-refresh pauses while fewer requests than this remain in the rate limit. Default 200.
    void setRateLimitReserve(int requests);
    bool isAutoRefreshPaused() const { return m_autoRefreshPaused; }
    // Which statuses the session fetches. Everything (the window's): every deployment's.
    // Environments (the overview board's): only what tells each environment's state: its
    // deployments newest first, down to its live one. A refresh whose first listing page is
    // unchanged (a 304) then stops there, so an unchanged repository costs one free request;
    // every fullCheckEvery-th refresh lists every page and the environments, so a change to an
    // older deployment (marked inactive by hand) is still seen.
    enum class Scope { Everything, Environments };
    Q_ENUM(Scope)
    void setScope(Scope scope) { m_scope = scope; }
    Scope scope() const { return m_scope; }
    static constexpr int fullCheckEvery = 10;
    // Requests the latest refresh round sent (listing pages, environments, statuses), and how
    // many of them GitHub answered 304: for the scheduler's budget and the benchmark.
    int lastRoundRequests() const { return m_roundRequests; }
    // Status lists handed to the client at the same time; the rest wait here, in the order of
    // what is on screen. By default as many as the client reads at once (32 once the host spoke
    // HTTP/2, GitHubClient::currentReadLimit), at least 6, so that a host without GraphQL still
    // fills the connection; a count set here is kept.
    void setMaxStatusRequests(int count) { m_maxStatusRequests = qMax(1, count); }
    int maxStatusRequests() const;
    // Whether a cold open reads over GraphQL (DeploymentGraphQLLoader: every deployment with its
    // statuses, 100 a request), then lists over REST once, which brings the two fields GraphQL
    // lacks and the ETags that make polling free. Refreshes, polling and writes stay on REST.
    // A host that refuses GraphQL is read over REST (remembered by the client). Default false.
    void setUseGraphQL(bool use) { m_useGraphQL = use; }
    bool usesGraphQL() const { return m_useGraphQL; }
    // Whether the current repository's first load went over GraphQL.
    bool loadedOverGraphQL() const { return m_loadedOverGraphQL; }

    // The deployments on screen: their statuses are fetched before the others.
    void setVisibleDeployments(const QList<qint64> &deploymentIds);
    QList<qint64> visibleDeployments() const { return m_visibleOrder; }

    bool isLoading() const;

    // How the latest refresh (the first load included) went, for the status bar: when one last
    // succeeded (invalid before the first), whether the latest one failed, and GitHub's error
    // then. refreshStateChanged() follows every refresh that ends, and a repository switch.
    QDateTime lastSuccessfulRefresh() const { return m_lastSuccessfulRefresh; }
    bool lastRefreshFailed() const { return m_lastRefreshFailed; }
    QString lastError() const { return m_lastError; }

    // Every write goes through the session, so the store shows it and a repository switch
    // ends it.
    // Posts a status, shown at once as pending; on failure the row goes back to what it was
    // and writeFinished() reports the error. False when a write for it is already running.
    bool createStatus(qint64 deploymentId, const NewStatus &status);
    // Deletes a deployment (GitHub refuses unless it is inactive); the row goes on success, and
    // on a 404 (deleted elsewhere). deleteFinished() follows; false when nothing was sent.
    bool deleteDeployment(qint64 deploymentId);
    // Deletes an environment (admin rights needed); environmentDeleteFinished() follows.
    // False when no repository is open.
    bool deleteEnvironment(const QString &name);
    // Creates a deployment; on success it is in the store before the request's finished()
    // reaches the caller's connections. nullptr when no repository is open.
    DeploymentRequest *createDeployment(const NewDeployment &deployment);

    // Marks inactive and/or deletes several deployments, one write at a time. nullptr while
    // another bulk write runs (bulkWriteJob()). The job always ends with finished(), also when
    // the repository changes (it is stopped then); it deletes itself afterwards.
    BulkWriteJob *startBulkWrite(BulkWriteJob::Action action, const QList<qint64> &deploymentIds);
    BulkWriteJob *bulkWriteJob() const { return m_bulkJob; }

public Q_SLOTS:
    // Re-lists the deployments and re-checks the statuses that can have changed: the ones in a
    // state that moves on by itself, and the ones whose updated_at moved, however old.
    void refresh();

Q_SIGNALS:
    void storeChanged(DeploymentStore *store);
    void loadingChanged(bool loading);
    void refreshFinished();
    void refreshStateChanged();
    void autoRefreshPausedChanged(bool paused);
    // GitHub's full error for a failed status write (422 field errors included), emitted
    // just before writeFinished(deploymentId, false, ...) so a dialog can place them inline.
    void writeFailed(qint64 deploymentId, const GitHubError &error);
    void writeFinished(qint64 deploymentId, bool ok, const QString &errorString);
    // `error` is GitHub's when ok is false.
    void deleteFinished(qint64 deploymentId, bool ok, const GitHubError &error);
    void deploymentCreated(qint64 deploymentId);
    // `error` is GitHub's when ok is false (403: no admin rights; 404: not there, or hidden).
    void environmentDeleteFinished(const QString &name, bool ok, const GitHubError &error);
    // The listing failed with GitHub's SAML SSO 403 (X-GitHub-SSO: required): the token must be
    // authorised for the organisation at `url` (https, from GitHub; empty if it sent none).
    // Follows the store's error for the same failure.
    void ssoRequired(const QUrl &url);
    // A bulk write started (bulkWriteJob()) or ended.
    void bulkWriteChanged();

private:
    void listDeployments(bool initial);
    bool loadOverGraphQL();
    void listEnvironments();
    void queueStatuses(const QList<qint64> &deploymentIds);
    void pumpStatuses();
    void fetchStatuses(qint64 deploymentId, bool visible);
    void statusesDone(qint64 deploymentId);
    void checkFinished();
    void onAutoRefresh();
    void setLoading(bool loading);
    // Environments scope: the deployments whose statuses tell their environment's state.
    QList<qint64> environmentTargets() const;

    QPointer<GitHubClient> m_client;
    RepositoryId m_repository;
    std::unique_ptr<DeploymentStore> m_store;

    QPointer<DeploymentListRequest> m_listRequest;
    QPointer<EnvironmentListRequest> m_environmentsRequest;
    QPointer<DeploymentGraphQLLoader> m_graphQLLoader; // a child of the store it fills
    bool m_useGraphQL = false;
    bool m_loadedOverGraphQL = false;
    QSet<qint64> m_listed;
    bool m_initialLoad = false;
    bool m_refreshing = false; // a listing round (load or refresh) runs until checkFinished()
    QString m_listError;       // the running round's listing failed with it
    QDateTime m_lastSuccessfulRefresh;
    bool m_lastRefreshFailed = false;
    QString m_lastError;
    QList<qint64> m_statusQueue; // waiting, in order
    QSet<qint64> m_visible;
    QList<qint64> m_visibleOrder; // as given to setVisibleDeployments()
    QHash<qint64, QPointer<StatusListRequest>> m_statusRequests; // in flight
    int m_maxStatusRequests = 0; // 0: maxStatusRequests() follows the client
    bool m_loading = false;

    QTimer m_autoRefresh;
    int m_autoRefreshSeconds = 60;
    int m_rateLimitReserve = 200;
    bool m_autoRefreshPaused = false;

    QPointer<BulkWriteJob> m_bulkJob;
    Scope m_scope = Scope::Everything;
    int m_refreshCount = 0;
    int m_roundRequests = 0;
    QSet<qint64> m_checkedThisRound; // statuses fetched (or being fetched) in this round
};
