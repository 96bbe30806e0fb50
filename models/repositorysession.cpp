#include "repositorysession.h"

#include "deploymentgraphqlloader.h"
#include "githubclient.h"
#include "githubrequest.h"

RepositorySession::RepositorySession(GitHubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_autoRefresh.setInterval(m_autoRefreshSeconds * 1000);
    connect(&m_autoRefresh, &QTimer::timeout, this, &RepositorySession::onAutoRefresh);
}

RepositorySession::~RepositorySession()
{
    if (m_bulkJob)
        m_bulkJob->stop(tr("the window closed"));
    if (m_client && m_repository.isValid())
        m_client->cancelAll(m_repository);
}

void RepositorySession::setRepository(const RepositoryId &repository)
{
    // The old repository's calls end here; their connections die with the old store (their
    // context), so nothing late can reach the new one.
    if (m_client && m_repository.isValid())
        m_client->cancelAll(m_repository);
    for (const QPointer<StatusListRequest> &request : std::as_const(m_statusRequests)) {
        if (request)
            request->cancel();
    }
    if (m_listRequest)
        m_listRequest->cancel();
    if (m_graphQLLoader)
        m_graphQLLoader->cancel();
    m_loadedOverGraphQL = false;
    m_statusRequests.clear();
    m_statusQueue.clear();
    m_visible.clear();
    m_visibleOrder.clear();
    m_listed.clear();
    // A bulk write of the old repository ends here, with a result its owner sees.
    if (m_bulkJob)
        m_bulkJob->stop(tr("another repository was opened"));

    m_repository = repository;
    std::unique_ptr<DeploymentStore> old = std::move(m_store);
    if (repository.isValid())
        m_store = std::make_unique<DeploymentStore>(repository);
    Q_EMIT storeChanged(m_store.get());
    old.reset();
    m_refreshing = false;
    m_listError.clear();
    m_lastSuccessfulRefresh = {};
    m_lastRefreshFailed = false;
    m_lastError.clear();
    Q_EMIT refreshStateChanged();

    if (!m_store) {
        m_autoRefresh.stop();
        setLoading(false);
        return;
    }
    m_store->setLoadState(DeploymentStore::LoadState::Loading);
    listEnvironments();
    if (!loadOverGraphQL())
        listDeployments(true);
    if (m_autoRefreshSeconds > 0)
        m_autoRefresh.start();
}

void RepositorySession::setAutoRefreshInterval(int seconds)
{
    m_autoRefreshSeconds = qMax(0, seconds);
    if (m_autoRefreshSeconds == 0) {
        m_autoRefresh.stop();
        return;
    }
    m_autoRefresh.setInterval(m_autoRefreshSeconds * 1000);
    if (m_store)
        m_autoRefresh.start();
}

void RepositorySession::setRateLimitReserve(int requests)
{
    m_rateLimitReserve = qMax(0, requests);
}

bool RepositorySession::isLoading() const
{
    return m_loading;
}

void RepositorySession::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void RepositorySession::refresh()
{
    if (!m_store || !m_client || m_listRequest || m_graphQLLoader)
        return; // nothing to refresh, or a listing is running already
    m_roundRequests = 0;
    const bool full = m_scope == Scope::Everything || ++m_refreshCount % fullCheckEvery == 0;
    if (full)
        listEnvironments();
    listDeployments(false);
    if (!full)
        m_listRequest->setStopsWhenFirstPageUnchanged(true);
}

void RepositorySession::onAutoRefresh()
{
    if (!m_client)
        return;
    const RateLimitInfo limit = m_client->rateLimitInfo();
    const bool paused = limit.isValid() && limit.remaining < m_rateLimitReserve;
    if (paused != m_autoRefreshPaused) {
        m_autoRefreshPaused = paused;
        Q_EMIT autoRefreshPausedChanged(paused);
    }
    if (!paused)
        refresh();
}

void RepositorySession::listEnvironments()
{
    DeploymentStore *store = m_store.get();
    EnvironmentListRequest *request = m_client->listEnvironments(m_repository);
    m_environmentsRequest = request;
    ++m_roundRequests;
    connect(request, &EnvironmentListRequest::finished, store, [this, store, request] {
        store->setEnvironments(request->environments());
        if (store == m_store.get())
            checkFinished();
    });
    // Environments only add names to the lanes; without them the deployments still tell.
    connect(request, &EnvironmentListRequest::failed, store, [this, store] {
        if (store == m_store.get())
            checkFinished();
    });
}

void RepositorySession::listDeployments(bool initial)
{
    DeploymentStore *store = m_store.get();
    m_initialLoad = initial;
    m_refreshing = true;
    if (initial)
        m_roundRequests = 0;
    m_checkedThisRound.clear();
    m_listError.clear();
    m_listed.clear();
    setLoading(true);
    DeploymentListRequest *request = m_client->listDeployments(m_repository);
    request->setKeepsItems(false); // the store merges each page as it comes
    m_listRequest = request;
    connect(request, &DeploymentListRequest::pageReceived, store,
            [this, store](const QList<Deployment> &page) {
                if (store != m_store.get())
                    return;
                store->mergeDeployments(page);
                ++m_roundRequests;
                if (m_scope == Scope::Environments) {
                    for (const Deployment &d : page)
                        m_listed.insert(d.id);
                    if (m_initialLoad)
                        queueStatuses(environmentTargets());
                    return;
                }
                QList<qint64> unknown;
                for (const Deployment &d : page) {
                    m_listed.insert(d.id);
                    const DeploymentStore::Entry *entry = store->find(d.id);
                    if (entry && !entry->statusesLoaded)
                        unknown.append(d.id);
                }
                // The first pages' statuses load while the next pages come.
                queueStatuses(unknown);
            });
    connect(request, &DeploymentListRequest::finished, store, [this, store] {
        if (store != m_store.get())
            return;
        // A listing that stopped at an unchanged first page saw nothing new: GitHub moves a
        // deployment's updated_at with every status, so no status needs a look either.
        const bool partial = m_listRequest && m_listRequest->stoppedEarly();
        m_listRequest = nullptr;
        if (!partial)
            store->removeMissing(m_listed);
        if (m_scope == Scope::Environments) {
            if (!partial)
                queueStatuses(environmentTargets());
        } else if (!m_initialLoad) {
            // The first load fetched every listed deployment's statuses already.
            queueStatuses(store->deploymentsToRecheck());
        }
        checkFinished();
    });
    connect(request, &DeploymentListRequest::failed, store,
            [this, store](const GitHubError &error) {
                if (store != m_store.get())
                    return;
                m_listRequest = nullptr;
                // What is on screen stays; the error is reported.
                m_listError = error.toDisplayString();
                store->setLoadState(DeploymentStore::LoadState::Error, m_listError);
                if (error.ssoRequired)
                    Q_EMIT ssoRequired(error.ssoUrl);
                checkFinished();
            });
}

bool RepositorySession::loadOverGraphQL()
{
    if (!m_useGraphQL || !m_client || m_client->isGraphQLRefused())
        return false;
    DeploymentStore *store = m_store.get();
    auto *loader = new DeploymentGraphQLLoader(m_client, store);
    loader->setRepository(m_repository);
    loader->setListsEnvironments(false); // REST lists them (ETag: free when polled)
    loader->setPriority(GitHubRequest::Priority::Visible);
    m_graphQLLoader = loader;
    m_initialLoad = true;
    m_refreshing = true;
    m_listError.clear();
    setLoading(true);
    connect(loader, &DeploymentGraphQLLoader::pageReceived, store,
            [this, store](const QList<Deployment> &deployments,
                          const QHash<qint64, QList<DeploymentStatus>> &statuses) {
                if (store != m_store.get())
                    return;
                store->beginUpdate();
                store->mergeProvisionalDeployments(deployments);
                for (const Deployment &d : deployments)
                    store->setStatuses(d.id, statuses.value(d.id));
                store->endUpdate();
            });
    connect(loader, &DeploymentGraphQLLoader::finished, store, [this, store, loader] {
        if (store != m_store.get())
            return;
        m_graphQLLoader = nullptr;
        loader->deleteLater();
        m_loadedOverGraphQL = true;
        // One REST listing, still the first load: the exact transient/production flags, and the
        // ETags that make later polls free. Every status is known already: none is fetched.
        listDeployments(true);
    });
    connect(loader, &DeploymentGraphQLLoader::failed, store,
            [this, store, loader](const GitHubError &error, bool useRest) {
                if (store != m_store.get())
                    return;
                m_graphQLLoader = nullptr;
                loader->deleteLater();
                if (useRest) {
                    listDeployments(true);
                    return;
                }
                m_listError = error.toDisplayString();
                store->setLoadState(DeploymentStore::LoadState::Error, m_listError);
                if (error.ssoRequired)
                    Q_EMIT ssoRequired(error.ssoUrl);
                checkFinished();
            });
    if (!loader->start()) {
        m_graphQLLoader = nullptr;
        delete loader;
        return false;
    }
    return true;
}

void RepositorySession::queueStatuses(const QList<qint64> &deploymentIds)
{
    // The ones on screen go before everything else waiting, the rest to the back.
    QList<qint64> visible;
    for (qint64 id : deploymentIds) {
        if (m_statusRequests.contains(id) || m_statusQueue.contains(id))
            continue;
        if (m_visible.contains(id))
            visible.append(id);
        else
            m_statusQueue.append(id);
    }
    if (!visible.isEmpty())
        m_statusQueue = visible + m_statusQueue;
    pumpStatuses();
}

void RepositorySession::setVisibleDeployments(const QList<qint64> &deploymentIds)
{
    m_visible = QSet<qint64>(deploymentIds.cbegin(), deploymentIds.cend());
    m_visibleOrder = deploymentIds;
    // Visible ones go to the front of the queue, in the order given.
    QList<qint64> front;
    for (qint64 id : deploymentIds) {
        if (m_statusQueue.removeOne(id))
            front.append(id);
    }
    m_statusQueue = front + m_statusQueue;
    for (auto it = m_statusRequests.cbegin(); it != m_statusRequests.cend(); ++it) {
        if (*it)
            (*it)->setPriority(m_visible.contains(it.key()) ? GitHubRequest::Priority::Visible
                                                            : GitHubRequest::Priority::Normal);
    }
    pumpStatuses();
}

int RepositorySession::maxStatusRequests() const
{
    if (m_maxStatusRequests > 0)
        return m_maxStatusRequests;
    return qMax(6, m_client ? m_client->currentReadLimit() : 0);
}

void RepositorySession::pumpStatuses()
{
    const int limit = maxStatusRequests();
    while (m_store && m_statusRequests.size() < limit && !m_statusQueue.isEmpty()) {
        const qint64 id = m_statusQueue.takeFirst();
        if (!m_store->find(id))
            continue;
        fetchStatuses(id, m_visible.contains(id));
    }
}

void RepositorySession::fetchStatuses(qint64 deploymentId, bool visible)
{
    DeploymentStore *store = m_store.get();
    StatusListRequest *request = m_client->listStatuses(m_repository, deploymentId,
                                                        visible ? GitHubRequest::Priority::Visible
                                                                : GitHubRequest::Priority::Normal);
    m_statusRequests.insert(deploymentId, request);
    m_checkedThisRound.insert(deploymentId);
    ++m_roundRequests;
    setLoading(true);
    connect(request, &StatusListRequest::finished, store, [this, store, request, deploymentId] {
        if (store != m_store.get())
            return;
        // A 304 (every page unchanged) brings what the store has already: nothing to merge.
        const DeploymentStore::Entry *entry = store->find(deploymentId);
        if (!request->notModified() || !entry || !entry->statusesLoaded)
            store->setStatuses(deploymentId, request->statuses());
        else
            store->markStatusesCurrent(deploymentId);
        statusesDone(deploymentId);
    });
    connect(request, &StatusListRequest::failed, store,
            [this, store, deploymentId](const GitHubError &error) {
                if (store != m_store.get())
                    return;
                if (error.kind == GitHubError::Kind::NotFound)
                    store->removeDeployment(deploymentId); // deleted since it was listed
                else
                    store->reportError(error.toDisplayString());
                statusesDone(deploymentId);
            });
}

void RepositorySession::statusesDone(qint64 deploymentId)
{
    m_statusRequests.remove(deploymentId);
    // An environment whose newest deployment turned out not to be live needs the next one.
    if (m_scope == Scope::Environments && m_store && !m_listRequest)
        queueStatuses(environmentTargets());
    pumpStatuses();
    checkFinished();
}

QList<qint64> RepositorySession::environmentTargets() const
{
    // Per environment, newest first: every deployment whose statuses may have changed, down to
    // the live one; an unknown one ends the walk until its statuses tell whether it is live.
    // Twenty-five deep at most: an environment with no live deployment is not read to its end.
    constexpr int maxDepth = 25;
    QList<qint64> targets;
    if (!m_store)
        return targets;
    for (const QString &name : m_store->environmentNames()) {
        const QList<qint64> ids = m_store->environmentDeployments(name);
        for (qsizetype i = 0; i < ids.size() && i < maxDepth; ++i) {
            const DeploymentStore::Entry *entry = m_store->find(ids.at(i));
            if (!entry)
                continue;
            // Once per round: a deployment still queued after its look stays so until the next.
            if (entry->statusesMayHaveChanged() && !m_checkedThisRound.contains(ids.at(i)))
                targets.append(ids.at(i));
            if (!entry->statusesLoaded || entry->active)
                break;
        }
    }
    return targets;
}

void RepositorySession::checkFinished()
{
    // The round ends with its last request, the environments' included (a scheduler counts
    // what a round cost when it ends).
    if (!m_store || m_listRequest || m_graphQLLoader || !m_statusRequests.isEmpty() ||
        !m_statusQueue.isEmpty() || (m_environmentsRequest && !m_environmentsRequest->isFinished()))
        return;
    // A good listing after a failed one leaves no stale error.
    if (m_listError.isEmpty())
        m_store->setLoadState(DeploymentStore::LoadState::Ready);
    const bool wasInitial = std::exchange(m_initialLoad, false);
    setLoading(false);
    if (std::exchange(m_refreshing, false)) {
        m_lastRefreshFailed = !m_listError.isEmpty();
        m_lastError = m_listError;
        if (!m_lastRefreshFailed)
            m_lastSuccessfulRefresh = m_store->now();
        Q_EMIT refreshStateChanged();
    }
    if (!wasInitial)
        Q_EMIT refreshFinished();
}

// ---------------------------------------------------------------------------------------------
// Writes

bool RepositorySession::createStatus(qint64 deploymentId, const NewStatus &status)
{
    DeploymentStore *store = m_store.get();
    if (!store || !m_client || !store->find(deploymentId) || store->hasPendingWrite(deploymentId))
        return false;
    const bool autoInactive = status.autoInactive.value_or(true);
    const QList<qint64> retired =
        store->predictAutoInactive(deploymentId, status.state, autoInactive, status.environment);
    DeploymentStatus pending;
    pending.state = status.state;
    pending.rawState = StatusStates::toApi(status.state);
    pending.description = status.description;
    pending.environment = status.environment;
    pending.logUrl = status.logUrl;
    pending.environmentUrl = status.environmentUrl;
    pending.createdAt = store->now();
    if (!store->beginStatusWrite(deploymentId, pending, autoInactive))
        return false;

    StatusRequest *request = m_client->createStatus(m_repository, deploymentId, status);
    connect(request, &StatusRequest::finished, store,
            [this, store, request, deploymentId, retired] {
                if (store != m_store.get())
                    return;
                store->confirmStatusWrite(deploymentId, request->status());
                // Confirm the prediction: GitHub has marked them inactive by now.
                QList<qint64> ids = retired;
                ids.append(deploymentId);
                for (qint64 id : std::as_const(ids))
                    m_statusQueue.removeOne(id);
                m_statusQueue = ids + m_statusQueue;
                pumpStatuses();
                Q_EMIT writeFinished(deploymentId, true, {});
            });
    connect(request, &StatusRequest::failed, store,
            [this, store, deploymentId](const GitHubError &error) {
                if (store != m_store.get())
                    return;
                store->rollbackStatusWrite(deploymentId);
                const QString message = error.toDisplayString();
                if (error.kind == GitHubError::Kind::NotFound)
                    store->removeDeployment(deploymentId); // deleted elsewhere meanwhile
                Q_EMIT writeFailed(deploymentId, error);
                Q_EMIT writeFinished(deploymentId, false, message);
            });
    return true;
}

bool RepositorySession::deleteDeployment(qint64 deploymentId)
{
    DeploymentStore *store = m_store.get();
    if (!store || !m_client)
        return false;
    DeleteRequest *request = m_client->deleteDeployment(m_repository, deploymentId);
    connect(request, &DeleteRequest::finished, store, [this, store, deploymentId] {
        if (store != m_store.get())
            return;
        store->removeDeployment(deploymentId);
        Q_EMIT deleteFinished(deploymentId, true, {});
    });
    connect(request, &DeleteRequest::failed, store,
            [this, store, deploymentId](const GitHubError &error) {
                if (store != m_store.get())
                    return;
                if (error.kind == GitHubError::Kind::NotFound)
                    store->removeDeployment(deploymentId); // deleted elsewhere meanwhile
                Q_EMIT deleteFinished(deploymentId, false, error);
            });
    return true;
}

bool RepositorySession::deleteEnvironment(const QString &name)
{
    DeploymentStore *store = m_store.get();
    if (!store || !m_client)
        return false;
    DeleteRequest *request = m_client->deleteEnvironment(m_repository, name);
    connect(request, &DeleteRequest::finished, store, [this, store, name] {
        if (store == m_store.get())
            Q_EMIT environmentDeleteFinished(name, true, {});
    });
    connect(request, &DeleteRequest::failed, store, [this, store, name](const GitHubError &error) {
        if (store == m_store.get())
            Q_EMIT environmentDeleteFinished(name, false, error);
    });
    return true;
}

DeploymentRequest *RepositorySession::createDeployment(const NewDeployment &deployment)
{
    DeploymentStore *store = m_store.get();
    if (!store || !m_client)
        return nullptr;
    DeploymentRequest *request = m_client->createDeployment(m_repository, deployment);
    // Connected before the caller's: the row is there when the caller hears of it.
    connect(request, &DeploymentRequest::finished, store, [this, store, request] {
        if (store != m_store.get() || request->merged())
            return;
        const Deployment created = request->deployment();
        store->mergeDeployments({created});
        store->setStatuses(created.id, {});
        Q_EMIT deploymentCreated(created.id);
    });
    return request;
}

BulkWriteJob *RepositorySession::startBulkWrite(BulkWriteJob::Action action,
                                                const QList<qint64> &deploymentIds)
{
    if (m_bulkJob || !m_store || deploymentIds.isEmpty())
        return nullptr;
    auto job = new BulkWriteJob(this, action, deploymentIds);
    m_bulkJob = job;
    connect(job, &BulkWriteJob::finished, this, [this, job] {
        if (m_bulkJob == job)
            m_bulkJob = nullptr;
        job->deleteLater();
        Q_EMIT bulkWriteChanged();
    });
    // Listeners connect to the job on this signal, before it starts.
    Q_EMIT bulkWriteChanged();
    const QPointer<BulkWriteJob> guard = job;
    job->start();
    return guard;
}
