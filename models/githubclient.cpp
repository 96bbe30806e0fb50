// (githubclient.cpp is over 700 lines: transport, the read/write queues, retries, rate-limit
// waits and reply classification share the client's state; moving the requests' URLs and
// bodies into the request classes, as STYLE.md suggests, is the planned split.)
#include "githubclient.h"

#include "linkheader.h"
#include "timesource.h"

#include <QFile>
#include <QHostAddress>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopedPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

#ifndef DEPLOYDECK_VERSION
#define DEPLOYDECK_VERSION "0"
#endif

Q_LOGGING_CATEGORY(lcGitHub, "deploydeck.github", QtWarningMsg)

namespace {
constexpr char sentOrderProperty[] = "deploydeck_sentOrder";

constexpr int maximumRateLimitWaits = 3;
constexpr qint64 secondaryLimitMinimumSeconds = 60;
// A POST body Qt cannot rewind (see start()).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

// Writes the client reconciles: sent at most this often (the second only after a read showed
// the first did not arrive).
constexpr int maximumPostsPerWrite = 2;
// How far before its first POST a status found by reconcile() may be stamped (GitHub's
// created_at has whole seconds, and its clock is not ours).
constexpr qint64 reconcileClockSkewSeconds = 120;

// Set on a reply aborted for being larger than m_maxResponseBytes.
const char tooLargeProperty[] = "deploydeckTooLarge";

QString cacheKey(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString describeSslError(const QSslError &error)
{
    const QSslCertificate certificate = error.certificate();
    if (certificate.isNull())
        return error.errorString();
    auto name = [](const QString &displayName, const QStringList &commonNames) {
        return !displayName.isEmpty() ? displayName : commonNames.join(QStringLiteral(", "));
    };
    //: %1 is Qt's reason (e.g. "The issuer certificate of a locally looked up certificate
    //: could not be found"), %2 and %3 the certificate's subject and issuer
    return GitHubClient::tr("%1 (certificate subject: %2; issuer: %3)")
        .arg(error.errorString(),
             name(certificate.subjectDisplayName(),
                  certificate.subjectInfo(QSslCertificate::CommonName)),
             name(certificate.issuerDisplayName(),
                  certificate.issuerInfo(QSslCertificate::CommonName)));
}

bool isJson(const QByteArray &contentType)
{
    return contentType.toLower().contains("json");
}

} // namespace

/* {"ref": "topic-branch", "payload": "{\"deploy\": \"migrate\"}", "description": "..."} */
QJsonObject NewDeployment::toJson() const
{
    QJsonObject object{{QStringLiteral("ref"), ref}};
    if (!task.isEmpty())
        object.insert(QStringLiteral("task"), task);
    if (autoMerge)
        object.insert(QStringLiteral("auto_merge"), *autoMerge);
    if (requiredContexts)
        object.insert(QStringLiteral("required_contexts"),
                      QJsonArray::fromStringList(*requiredContexts));
    if (!payload.isUndefined() && !payload.isNull())
        object.insert(QStringLiteral("payload"), payload);
    if (!environment.isEmpty())
        object.insert(QStringLiteral("environment"), environment);
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    if (transientEnvironment)
        object.insert(QStringLiteral("transient_environment"), *transientEnvironment);
    if (productionEnvironment)
        object.insert(QStringLiteral("production_environment"), *productionEnvironment);
    return object;
}

/* {"environment": "production", "state": "success", "log_url":
   "https://example.com/deployment/42/output", "description": "Deployment finished successfully.",
   "auto_inactive": false} */
QJsonObject NewStatus::toJson() const
{
    QJsonObject object{{QStringLiteral("state"), StatusStates::toApi(state)}};
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    if (logUrl.isValid() && !logUrl.isEmpty())
        object.insert(QStringLiteral("log_url"), logUrl.toString(QUrl::FullyEncoded));
    if (environmentUrl.isValid() && !environmentUrl.isEmpty())
        object.insert(QStringLiteral("environment_url"),
                      environmentUrl.toString(QUrl::FullyEncoded));
    if (!environment.isEmpty())
        object.insert(QStringLiteral("environment"), environment);
    if (autoInactive)
        object.insert(QStringLiteral("auto_inactive"), *autoInactive);
    return object;
}

GitHubClient::GitHubClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_defaultTimeSource(std::make_unique<TimeSource>())
    , m_timeSource(m_defaultTimeSource.get())
    , m_apiRoot(defaultApiRoot())
{
    qRegisterMetaType<GitHubError>();
    qRegisterMetaType<RateLimitInfo>();
    // Never let the token follow a redirect to another host (Qt 6.4's default would).
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
}

GitHubClient::~GitHubClient()
{
    cancelAll(); // aborts and disconnects the replies before the network manager goes
}

QString GitHubClient::checkApiRoot(const QUrl &root, bool allowInsecureHttp)
{
    if (!root.isValid() || root.host().isEmpty() || !root.userInfo().isEmpty() || root.hasQuery() ||
        root.hasFragment()) {
        return tr("The API address \"%1\" is not a valid URL.")
            .arg(root.toDisplayString(QUrl::RemoveUserInfo));
    }
    const QString scheme = root.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(root.host()) || allowInsecureHttp)
            return QString();
        return tr("Refusing to send the token over unencrypted http to %1. Use https, or allow "
                  "insecure http explicitly.")
            .arg(root.host());
    }
    return tr("The API address must start with https:// (got \"%1\").").arg(root.scheme());
}

bool GitHubClient::setApiRoot(const QUrl &root, bool allowInsecureHttp, QString *error)
{
    const QString problem = checkApiRoot(root, allowInsecureHttp);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QUrl normalized = root;
    QString path = normalized.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalized.setPath(path);
    m_apiRoot = normalized;
    m_usedHttp2 = false; // until the new host answers
    return true;
}

void GitHubClient::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

bool GitHubClient::loadCaBundle(const QString &pemFile, QList<QSslCertificate> *certificates,
                                QString *error)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read the CA bundle %1: %2").arg(pemFile, file.errorString());
        return false;
    }
    const QList<QSslCertificate> found = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (found.isEmpty()) {
        if (error)
            *error = tr("The CA bundle %1 holds no PEM certificate.").arg(pemFile);
        return false;
    }
    if (certificates)
        *certificates = found;
    return true;
}

void GitHubClient::setToken(const QString &token)
{
    m_token = token.trimmed();
}

void GitHubClient::setMaxConcurrentReads(int count)
{
    m_maxConcurrentReads = qBound(1, count, 32);
    schedule();
}

void GitHubClient::setMaxConcurrentReadsHttp2(int count)
{
    m_maxConcurrentReadsHttp2 = qBound(1, count, 100); // GitHub's limit of concurrent requests
    schedule();
}

void GitHubClient::setTransferTimeout(int milliseconds)
{
    m_transferTimeout = qMax(0, milliseconds);
}

void GitHubClient::setRetryPolicy(int count, int baseDelayMilliseconds)
{
    m_retryCount = qMax(0, count);
    m_retryBase = qMax(0, baseDelayMilliseconds);
}

void GitHubClient::setTimeSource(TimeSource *timeSource)
{
    m_timeSource = timeSource ? timeSource : m_defaultTimeSource.get();
}

TimeSource *GitHubClient::timeSource() const
{
    return m_timeSource;
}

bool GitHubClient::isBusy() const
{
    return !m_requests.isEmpty();
}

QUrl GitHubClient::endpoint(const QString &path,
                            const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_apiRoot;
    url.setPath(m_apiRoot.path() + path);
    if (!query.isEmpty()) {
        QUrlQuery urlQuery;
        for (const auto &[key, value] : query)
            urlQuery.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(urlQuery);
    }
    return url;
}

QString GitHubClient::repositoryPath(const RepositoryId &repository) const
{
    return QStringLiteral("/repos/") + repository.owner + QLatin1Char('/') + repository.name;
}

template <typename Request>
Request *GitHubClient::make(GitHubRequest::Method method, const QUrl &url,
                            const RepositoryId &repository, Priority priority)
{
    auto *request = new Request(method, url, repository, this);
    request->m_priority = priority;
    request->m_sequence = ++m_nextSequence;
    m_requests.append(request);
    updateBusy();
    return request;
}

DeploymentListRequest *GitHubClient::listDeployments(const RepositoryId &repository,
                                                     const DeploymentQuery &query,
                                                     Priority priority)
{
    QList<std::pair<QString, QString>> items;
    if (!query.sha.isEmpty())
        items.append({QStringLiteral("sha"), query.sha});
    if (!query.ref.isEmpty())
        items.append({QStringLiteral("ref"), query.ref});
    if (!query.task.isEmpty())
        items.append({QStringLiteral("task"), query.task});
    if (!query.environment.isEmpty())
        items.append({QStringLiteral("environment"), query.environment});
    items.append({QStringLiteral("per_page"), QString::number(listPageSize)});
    if (query.page > 0)
        items.append({QStringLiteral("page"), QString::number(query.page)});
    auto *request = make<DeploymentListRequest>(
        GitHubRequest::Method::Get,
        endpoint(repositoryPath(repository) + QStringLiteral("/deployments"), items), repository,
        priority);
    request->m_onePage = query.page > 0;
    enqueue(request);
    return request;
}

DeploymentRequest *GitHubClient::getDeployment(const RepositoryId &repository, qint64 deploymentId,
                                               Priority priority)
{
    auto *request = make<DeploymentRequest>(
        GitHubRequest::Method::Get,
        endpoint(repositoryPath(repository) + QStringLiteral("/deployments/%1").arg(deploymentId)),
        repository, priority);
    enqueue(request);
    return request;
}

DeploymentRequest *GitHubClient::createDeployment(const RepositoryId &repository,
                                                  const NewDeployment &deployment)
{
    auto *request = make<DeploymentRequest>(
        GitHubRequest::Method::Post,
        endpoint(repositoryPath(repository) + QStringLiteral("/deployments")), repository,
        Priority::Normal);
    request->m_body = QJsonDocument(deployment.toJson()).toJson(QJsonDocument::Compact);
    if (deployment.ref.isEmpty()) {
        failLater(request, GitHubError(GitHubError::Kind::Validation,
                                       QStringLiteral("a deployment needs a ref")));
        return request;
    }
    enqueue(request);
    return request;
}

DeleteRequest *GitHubClient::deleteDeployment(const RepositoryId &repository, qint64 deploymentId)
{
    auto *request = make<DeleteRequest>(
        GitHubRequest::Method::Delete,
        endpoint(repositoryPath(repository) + QStringLiteral("/deployments/%1").arg(deploymentId)),
        repository, Priority::Normal);
    request->m_deploymentId = deploymentId;
    enqueue(request);
    return request;
}

DeleteRequest *GitHubClient::deleteEnvironment(const RepositoryId &repository, const QString &name)
{
    // The name is one path segment: a slash in it (preview/pr-1) is sent as %2F.
    QUrl url = endpoint(repositoryPath(repository) + QStringLiteral("/environments/"));
    url.setPath(url.path(QUrl::FullyEncoded) + QString::fromLatin1(QUrl::toPercentEncoding(name)),
                QUrl::StrictMode);
    auto *request =
        make<DeleteRequest>(GitHubRequest::Method::Delete, url, repository, Priority::Normal);
    enqueue(request);
    return request;
}

StatusListRequest *GitHubClient::listStatuses(const RepositoryId &repository, qint64 deploymentId,
                                              Priority priority)
{
    auto *request = make<StatusListRequest>(
        GitHubRequest::Method::Get,
        endpoint(repositoryPath(repository) +
                     QStringLiteral("/deployments/%1/statuses").arg(deploymentId),
                 {{QStringLiteral("per_page"), QStringLiteral("100")}}),
        repository, priority);
    request->m_deploymentId = deploymentId;
    enqueue(request);
    return request;
}

StatusRequest *GitHubClient::getStatus(const RepositoryId &repository, qint64 deploymentId,
                                       qint64 statusId, Priority priority)
{
    auto *request = make<StatusRequest>(
        GitHubRequest::Method::Get,
        endpoint(repositoryPath(repository) +
                 QStringLiteral("/deployments/%1/statuses/%2").arg(deploymentId).arg(statusId)),
        repository, priority);
    request->m_deploymentId = deploymentId;
    enqueue(request);
    return request;
}

StatusRequest *GitHubClient::createStatus(const RepositoryId &repository, qint64 deploymentId,
                                          const NewStatus &status)
{
    auto *request =
        make<StatusRequest>(GitHubRequest::Method::Post,
                            endpoint(repositoryPath(repository) +
                                     QStringLiteral("/deployments/%1/statuses").arg(deploymentId)),
                            repository, Priority::Normal);
    request->m_deploymentId = deploymentId;
    request->m_body = QJsonDocument(status.toJson()).toJson(QJsonDocument::Compact);
    if (StatusStates::toApi(status.state).isEmpty()) {
        failLater(request, GitHubError(GitHubError::Kind::Validation,
                                       QStringLiteral("this state cannot be posted to GitHub")));
        return request;
    }
    enqueue(request);
    return request;
}

EnvironmentListRequest *GitHubClient::listEnvironments(const RepositoryId &repository,
                                                       Priority priority)
{
    auto *request = make<EnvironmentListRequest>(
        GitHubRequest::Method::Get,
        endpoint(repositoryPath(repository) + QStringLiteral("/environments"),
                 {{QStringLiteral("per_page"), QStringLiteral("100")}}),
        repository, priority);
    enqueue(request);
    return request;
}

RateLimitRequest *GitHubClient::rateLimit()
{
    auto *request = make<RateLimitRequest>(
        GitHubRequest::Method::Get, endpoint(QStringLiteral("/rate_limit")), {}, Priority::Visible);
    enqueue(request);
    return request;
}

UserRequest *GitHubClient::currentUser()
{
    auto *request = make<UserRequest>(GitHubRequest::Method::Get, endpoint(QStringLiteral("/user")),
                                      {}, Priority::Visible);
    enqueue(request);
    return request;
}

RepositoryRequest *GitHubClient::repository(const RepositoryId &repository)
{
    auto *request =
        make<RepositoryRequest>(GitHubRequest::Method::Get, endpoint(repositoryPath(repository)),
                                repository, Priority::Visible);
    enqueue(request);
    return request;
}

UserRepositoryListRequest *GitHubClient::listUserRepositories(int perPage, Priority priority)
{
    auto *request = make<UserRepositoryListRequest>(
        GitHubRequest::Method::Get,
        endpoint(QStringLiteral("/user/repos"),
                 {{QStringLiteral("sort"), QStringLiteral("pushed")},
                  {QStringLiteral("per_page"), QString::number(qBound(1, perPage, 100))}}),
        {}, priority);
    enqueue(request);
    return request;
}

void GitHubClient::cancelAll(const RepositoryId &repository)
{
    cancelMatching([&repository](const GitHubRequest *request) {
        return request->m_repository.isValid() && request->m_repository == repository;
    });
}

void GitHubClient::cancelAll()
{
    cancelMatching([](const GitHubRequest *) { return true; });
}

void GitHubClient::stopWaiting()
{
    if (m_waitReason == WaitReason::None)
        return;
    // Everything not on the network now waits for the pause or its backoff.
    const QList<QPointer<GitHubRequest>> requests = m_requests;
    ++m_holdScheduling;
    for (const QPointer<GitHubRequest> &request : requests) {
        if (request && !request->m_reply && !request->m_done)
            complete(request,
                     GitHubError(GitHubError::Kind::Cancelled, QStringLiteral("stopped waiting")));
    }
    --m_holdScheduling;
    ++m_pauseId; // the pending resume() does nothing
    m_retriesWaiting = 0;
    m_waitReason = WaitReason::None;
    m_waitingUntil = QDateTime();
    Q_EMIT waitingChanged(m_waitReason, m_waitingUntil);
    schedule();
    updateBusy();
}

void GitHubClient::cancelMatching(const std::function<bool(const GitHubRequest *)> &matches)
{
    // Take them all out of the queues first, so freed slots do not start doomed requests.
    const QList<QPointer<GitHubRequest>> requests = m_requests;
    ++m_holdScheduling;
    for (const QPointer<GitHubRequest> &request : requests) {
        if (request && matches(request))
            dequeue(request);
    }
    for (const QPointer<GitHubRequest> &request : requests) {
        if (request && matches(request))
            request->cancel();
    }
    --m_holdScheduling;
    schedule();
}

void GitHubClient::failLater(GitHubRequest *request, const GitHubError &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, request = QPointer<GitHubRequest>(request), error] {
            if (request && !request->m_cancelled && !request->m_done)
                complete(request, error);
        },
        Qt::QueuedConnection);
}

// Read-queue order: best priority first, then the oldest call, so the pages of one list stay
// ahead of the calls its receivers made from the first page.
bool GitHubClient::runsBefore(const GitHubRequest *a, const GitHubRequest *b)
{
    if (!a || !b)
        return !a && b;
    if (a->m_priority != b->m_priority)
        return a->m_priority < b->m_priority;
    return a->m_sequence < b->m_sequence;
}

void GitHubClient::enqueue(GitHubRequest *request)
{
    request->m_queued = true;
    if (request->isRead()) {
        // Kept sorted, so a free slot takes the first entry (no scan of a 1,000-call queue).
        const auto position =
            std::upper_bound(m_readQueue.begin(), m_readQueue.end(), request,
                             [](const GitHubRequest *a, const QPointer<GitHubRequest> &b) {
                                 return runsBefore(a, b.data());
                             });
        m_readQueue.insert(position, request);
    } else {
        m_writeQueue.append(request);
    }
    schedule();
}

void GitHubClient::reorder(GitHubRequest *request)
{
    if (!request->m_queued || !request->isRead())
        return;
    m_readQueue.removeAll(request);
    enqueue(request);
}

void GitHubClient::dequeue(GitHubRequest *request)
{
    if (!request->m_queued)
        return; // running or waiting for a retry: in no queue (no scan of a 1,000-call queue)
    request->m_queued = false;
    m_readQueue.removeAll(request);
    m_writeQueue.removeAll(request);
}

void GitHubClient::schedule()
{
    if (m_holdScheduling > 0)
        return;
    if (m_waitReason == WaitReason::RateLimit || m_waitReason == WaitReason::SecondaryRateLimit)
        return; // resume() calls again
    while (m_activeReads < currentReadLimit() && !m_readQueue.isEmpty()) {
        GitHubRequest *request = m_readQueue.takeFirst(); // sorted by enqueue()
        if (request)
            start(request);
    }
    while (!m_writeActive && !m_writeQueue.isEmpty()) {
        GitHubRequest *request = m_writeQueue.takeFirst();
        if (request)
            start(request);
    }
}

void GitHubClient::start(GitHubRequest *request)
{
    request->m_queued = false;
    request->m_timedOut = false;
    QNetworkRequest networkRequest(request->m_url);
    networkRequest.setRawHeader("Accept", "application/vnd.github+json");
    networkRequest.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    networkRequest.setRawHeader("User-Agent", "DeployDeck/" DEPLOYDECK_VERSION);
    if (!m_token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setTransferTimeout(m_transferTimeout);
    if (!m_caCertificates.isEmpty() && sameOrigin(request->m_url, m_apiRoot)) {
        // On top of the system CAs, and for this host only.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        networkRequest.setSslConfiguration(ssl);
    }

    QNetworkReply *reply = nullptr;
    switch (request->m_method) {
    case GitHubRequest::Method::Get: {
        const QByteArray etag = m_etagCache.etag(cacheKey(request->m_url));
        if (!etag.isEmpty())
            networkRequest.setRawHeader("If-None-Match", etag);
        reply = m_network->get(networkRequest);
        ++m_activeReads;
        break;
    }
    case GitHubRequest::Method::Post: {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));
        if (request->isRead()) { // a GraphQL query: Qt may resend it
            reply = m_network->post(networkRequest, request->m_body);
            ++m_activeReads;
            break;
        }
        // Qt resends a request whose connection closes before the answer, POSTs included,
        // when it can rewind the body: a write GitHub already did would be done twice. This
        // body cannot rewind, so the reply fails instead and reconcile() reads first.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request->m_body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request->m_body);
        reply = m_network->post(networkRequest, body);
        body->setParent(reply);
        if (auto *status = qobject_cast<StatusRequest *>(request)) {
            if (status->m_postCount++ == 0)
                status->m_firstPostAt = m_timeSource->now();
        }
        m_writeActive = true;
        break;
    }
    case GitHubRequest::Method::Delete:
        reply = m_network->deleteResource(networkRequest);
        m_writeActive = true;
        break;
    }
    ++m_transfersSent;
    reply->setProperty(sentOrderProperty, m_transfersSent); // for updateRateLimit()
    request->m_reply = reply;
    qCDebug(lcGitHub) << "start" << request->m_method << request->m_url.path();
    // Paths only, never a header or a query: what was asked for is enough to follow a session.
    connect(reply, &QNetworkReply::redirected, request, [request](const QUrl &target) {
        qCDebug(lcGitHub) << "redirected" << request->m_method << request->m_url.path() << "to"
                          << target.path();
    });
    // Kept to explain a failed handshake; never ignored.
    connect(reply, &QNetworkReply::sslErrors, request, [reply](const QList<QSslError> &errors) {
        QStringList problems;
        for (const QSslError &error : errors)
            problems.append(describeSslError(error));
        reply->setProperty("deploydeckCertificateProblems", problems);
    });
    // The body cap, counted on what Qt has inflated (bytesAvailable grows with the decompressed
    // data; nothing reads it before finished()), and on a Content-Length announcing more.
    const qint64 maxBytes = m_maxResponseBytes;
    const auto capBody = [reply, maxBytes](qint64 announced) {
        if (reply->property(tooLargeProperty).toBool())
            return;
        if (reply->bytesAvailable() > maxBytes || announced > maxBytes) {
            reply->setProperty(tooLargeProperty, true);
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::readyRead, request, [capBody] { capBody(-1); });
    connect(reply, &QNetworkReply::downloadProgress, request,
            [capBody](qint64, qint64 total) { capBody(total); });
    connect(reply, &QNetworkReply::finished, request,
            [this, request, reply] { handleReply(request, reply); });
}

void GitHubClient::release(GitHubRequest *request)
{
    if (request->isRead())
        m_activeReads = qMax(0, m_activeReads - 1);
    else
        m_writeActive = false;
    request->m_reply = nullptr;
}

void GitHubClient::handleReply(GitHubRequest *request, QNetworkReply *reply)
{
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> owner(reply);
    release(request);
    if (request->m_cancelled) {
        schedule();
        return;
    }
    // Reads (GETs and GraphQL queries) are retried; only GETs are cached.
    const bool isGet = request->isRead();
    const bool cacheable = request->m_method == GitHubRequest::Method::Get;
    // The host's protocol, from any HTTP answer: HTTP/2 takes more reads at once.
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        m_usedHttp2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    updateRateLimit(reply);

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (reply->property(tooLargeProperty).toBool()) {
        // Not retried: the same server would send the same answer.
        //: %1 is the limit in MiB (32)
        GitHubError error(
            GitHubError::Kind::BadResponse,
            tr("The server's answer is larger than %1 MiB; DeployDeck stopped "
               "reading it.")
                .arg(QLocale().toString(m_maxResponseBytes / (1024 * 1024.0), 'g', 3)),
            status);
        error.limitExceeded = true;
        complete(request, error);
        return;
    }
    // The path answered, after any redirect Qt followed.
    qCDebug(lcGitHub) << "answer" << request->m_method << reply->url().path() << status
                      << reply->error();
    if (status == 0) {
        GitHubError error(GitHubError::Kind::Network, reply->errorString());
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
            // Only Qt's transfer timeout ends a reply this way: our own cancel disconnects first.
            request->m_timedOut = true;
            error = GitHubError(GitHubError::Kind::Timeout,
                                QStringLiteral("no data for %1 ms").arg(m_transferTimeout));
            break;
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            error.detail = QStringLiteral("refused a redirect to another host");
            complete(request, error);
            return;
        case QNetworkReply::SslHandshakeFailedError:
            error.certificateProblems =
                reply->property("deploydeckCertificateProblems").toStringList();
            complete(request, error); // TLS errors are never ignored, nor retried
            return;
        default:
            break;
        }
        if (isGet)
            retryLater(request, error);
        else
            complete(request, error);
        return;
    }

    const QByteArray contentType = reply->rawHeader("content-type");
    QByteArray body = reply->readAll();
    QByteArray link = reply->rawHeader("link");
    if (status >= 300 && status < 400 && status != 304) {
        // Qt follows same-origin redirects itself; one that is left was to another origin.
        complete(request,
                 GitHubError(GitHubError::Kind::Network,
                             QStringLiteral("refused a redirect to another host"), status));
        return;
    }
    if (status < 200 || (status >= 300 && status != 304)) {
        GitHubError error = GitHubError::fromResponse(status, contentType, body);
        if (status == 403)
            error.ssoRequired =
                GitHubError::parseSsoHeader(reply->rawHeader("x-github-sso"), &error.ssoUrl);
        if (handleRateLimit(request, reply, error))
            return;
        qCDebug(lcGitHub) << "failed" << request->m_url.path() << error;
        if (isGet && error.isTransient())
            retryLater(request, error);
        else
            complete(request, error);
        return;
    }

    if (status == 304) {
        std::optional<ETagCache::Entry> cached = m_etagCache.find(cacheKey(request->m_url));
        if (!cached) {
            complete(request,
                     GitHubError(GitHubError::Kind::BadResponse,
                                 QStringLiteral("304 for a URL with nothing cached"), status));
            return;
        }
        body = std::move(cached->body);
        link = std::move(cached->link);
        ++request->m_notModifiedPages;
        ++m_notModifiedAnswers;
    }
    // A read is done with the network unless a next page follows (that keeps this slot, below):
    // the next queued call starts now and transfers while this answer is parsed, not after.
    request->m_hasMorePages = request->m_onePage && link.contains("next");
    bool hasNextPage = request->isPaginated() && !request->m_onePage && link.contains("next");
    if (hasNextPage && status == 304 && request->m_pages == 0 && request->m_stopsWhenUnchanged) {
        hasNextPage = false;
        request->m_stoppedEarly = true;
    }
    if (isGet && !hasNextPage)
        schedule();

    QJsonDocument json;
    if (status != 204 && !(status == 202 && body.isEmpty())) {
        QJsonParseError parseError;
        if (status != 304 && !isJson(contentType)) {
            GitHubError error(GitHubError::Kind::BadResponse,
                              QStringLiteral("content type \"%1\" is not JSON")
                                  .arg(QString::fromLatin1(contentType.left(80))),
                              status);
            isGet ? retryLater(request, error) : complete(request, error);
            return;
        }
        json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            // Usually a truncated body: worth another try for a GET.
            GitHubError error(GitHubError::Kind::BadResponse,
                              QStringLiteral("broken JSON: %1").arg(parseError.errorString()),
                              status);
            if (status == 304)
                m_etagCache.remove(cacheKey(request->m_url));
            isGet ? retryLater(request, error) : complete(request, error);
            return;
        }
    }
    if (cacheable && status == 200) {
        QByteArray etag = reply->rawHeader("etag");
        if (!etag.isEmpty())
            m_etagCache.insert(cacheKey(request->m_url),
                               {std::move(etag), body, link, contentType});
    }
    m_secondaryStrikes = 0;

    if (auto *userRequest = qobject_cast<UserRequest *>(request)) {
        const QByteArray scopes = reply->rawHeader("x-oauth-scopes");
        userRequest->m_scopes.clear();
        userRequest->m_hasScopesHeader = reply->hasRawHeader("x-oauth-scopes");
        // "2024-05-01 12:00:00 UTC" (GitHub's format for this header)
        const QByteArray expiration =
            reply->rawHeader("github-authentication-token-expiration").trimmed();
        QDateTime expires =
            QDateTime::fromString(QString::fromLatin1(expiration).remove(QLatin1String(" UTC")),
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        expires.setTimeZone(QTimeZone::utc());
        userRequest->m_tokenExpiration = expiration.isEmpty() ? QDateTime() : expires;
        for (const QByteArray &scope : scopes.split(',')) {
            if (!scope.trimmed().isEmpty())
                userRequest->m_scopes.append(QString::fromLatin1(scope.trimmed()));
        }
    }

    ++request->m_pages;
    request->m_attempt = 0;
    request->m_rateLimitRetries = 0;
    QPointer<GitHubRequest> guard(request);
    // The next page keeps this slot: the calls that receivers make for this page (statuses of
    // its deployments) queue behind it instead of taking every slot first.
    if (hasNextPage)
        ++m_activeReads;
    const GitHubError pageError = request->acceptPage(status, json);
    if (hasNextPage)
        m_activeReads = qMax(0, m_activeReads - 1);
    if (!guard || request->m_cancelled) { // a receiver cancelled it while it took the page
        schedule();
        return;
    }
    if (!request->warnings().isEmpty() && pageError.kind == GitHubError::Kind::None)
        qCDebug(lcGitHub) << "skipped items" << request->warnings();
    if (pageError.isError()) {
        GitHubError error = pageError;
        error.httpStatus = status;
        complete(request, error);
        return;
    }
    if (request->isPaginated() && !request->m_onePage && !request->m_stoppedEarly) {
        const QUrl next = LinkHeader::parse(link).next();
        if (next.isValid() && !next.isEmpty()) {
            if (request->m_pages >= m_maxPages || request->m_pagesFollowed.contains(next)) {
                GitHubError error(
                    GitHubError::Kind::BadResponse,
                    request->m_pagesFollowed.contains(next)
                        ? tr("The server's list of pages loops back to a page already read; "
                             "DeployDeck stopped there.")
                        //: %n is the limit (1,000)
                        : tr("The list has more than %n page(s); DeployDeck stopped there.",
                             nullptr, m_maxPages),
                    status);
                error.limitExceeded = true;
                complete(request, error);
                return;
            }
            request->m_pagesFollowed.insert(next);
            if (!sameOrigin(next, m_apiRoot)) {
                // The token goes to the API root's origin only.
                complete(
                    request,
                    GitHubError(GitHubError::Kind::BadResponse,
                                QStringLiteral("next page on another host: %1").arg(next.host()),
                                status));
                return;
            }
            request->m_url = next;
            enqueue(request);
            return;
        }
    }
    complete(request, {});
}

void GitHubClient::retryLater(GitHubRequest *request, const GitHubError &error)
{
    if (request->m_attempt >= m_retryCount) {
        complete(request, error);
        return;
    }
    ++request->m_attempt;
    const qint64 delay = qint64(double(m_retryBase) * double(1 << (request->m_attempt - 1)) *
                                m_timeSource->jitter());
    qCDebug(lcGitHub) << "retry" << request->m_attempt << "in" << delay << "ms" << error;
    ++m_retriesWaiting;
    if (m_waitReason == WaitReason::None) {
        m_waitReason = WaitReason::Retry;
        m_waitingUntil = m_timeSource->now().addMSecs(delay);
        Q_EMIT waitingChanged(m_waitReason, m_waitingUntil);
    }
    m_timeSource->singleShot(delay, this, [this, request = QPointer<GitHubRequest>(request)] {
        m_retriesWaiting = qMax(0, m_retriesWaiting - 1); // stopWaiting() may have zeroed it
        if (m_waitReason == WaitReason::Retry && m_retriesWaiting == 0) {
            m_waitReason = WaitReason::None;
            m_waitingUntil = QDateTime();
            Q_EMIT waitingChanged(m_waitReason, m_waitingUntil);
        }
        if (request && !request->m_cancelled && !request->m_done)
            enqueue(request);
    });
}

bool GitHubClient::handleRateLimit(GitHubRequest *request, QNetworkReply *reply,
                                   const GitHubError &error)
{
    const int status = error.httpStatus;
    const bool exhausted = reply->rawHeader("x-ratelimit-remaining").trimmed() == "0";
    const QByteArray retryAfter = reply->rawHeader("retry-after").trimmed();
    const bool mentionsLimit =
        error.message.contains(QLatin1String("rate limit"), Qt::CaseInsensitive);
    if (status != 429 && !(status == 403 && (exhausted || !retryAfter.isEmpty() || mentionsLimit)))
        return false;

    GitHubError limited = error;
    limited.kind = GitHubError::Kind::RateLimited;
    const QDateTime now = m_timeSource->now();
    QDateTime until;
    WaitReason reason = WaitReason::SecondaryRateLimit;
    bool ok = false;
    if (const std::optional<qint64> seconds = RateLimitInfo::parseRetryAfter(retryAfter, now)) {
        until = now.addSecs(qBound<qint64>(1, *seconds, ClientLimits::maxRetryAfterSeconds));
    } else if (exhausted) {
        reason = WaitReason::RateLimit;
        const qint64 reset = reply->rawHeader("x-ratelimit-reset").trimmed().toLongLong(&ok);
        until = ok ? QDateTime::fromSecsSinceEpoch(reset, Qt::UTC) : QDateTime();
        if (!until.isValid() || until <= now)
            until = now.addSecs(secondaryLimitMinimumSeconds);
        until = qMin(until, now.addSecs(ClientLimits::maxRateLimitResetSeconds));
    } else {
        // A secondary limit without a header: at least a minute, doubling while it repeats.
        until = now.addSecs(secondaryLimitMinimumSeconds << qMin(m_secondaryStrikes, 4));
        ++m_secondaryStrikes;
    }
    limited.retryAt = until;
    pauseUntil(reason, until);
    // A rate-limited call was not carried out; still, only GETs go again by themselves.
    if (request->isRead() && request->m_rateLimitRetries < maximumRateLimitWaits) {
        ++request->m_rateLimitRetries;
        enqueue(request);
        return true;
    }
    complete(request, limited);
    return true;
}

void GitHubClient::pauseUntil(WaitReason reason, const QDateTime &until)
{
    const bool paused =
        m_waitReason == WaitReason::RateLimit || m_waitReason == WaitReason::SecondaryRateLimit;
    if (paused && m_waitingUntil >= until)
        return;
    m_waitReason = reason;
    m_waitingUntil = until;
    const quint64 pauseId = ++m_pauseId;
    const qint64 delay = qMax<qint64>(0, m_timeSource->now().msecsTo(until));
    qCInfo(lcGitHub) << "pausing requests for" << delay << "ms" << reason;
    m_timeSource->singleShot(delay, this, [this, pauseId] { resume(pauseId); });
    Q_EMIT waitingChanged(m_waitReason, m_waitingUntil);
}

void GitHubClient::resume(quint64 pauseId)
{
    if (pauseId != m_pauseId)
        return;
    m_waitReason = m_retriesWaiting > 0 ? WaitReason::Retry : WaitReason::None;
    m_waitingUntil = QDateTime();
    Q_EMIT waitingChanged(m_waitReason, m_waitingUntil);
    schedule();
}

void GitHubClient::updateRateLimit(QNetworkReply *reply)
{
    const std::optional<RateLimitInfo> info = RateLimitInfo::fromReply(reply);
    if (info && info->resource == QLatin1String("graphql")) {
        noteGraphQLRateLimit(*info);
        return; // its own budget: never pauses REST
    }
    if (!info || info->resource != QLatin1String("core"))
        return;
    // Replies finish out of order. Within one window GitHub's count only grows, so the answer
    // to a request sent before the one the counters came from is older news unless it counts
    // more; a later request's answer always counts (a server may reset its count).
    const int sent = reply->property(sentOrderProperty).toInt();
    if (m_rateLimit.isValid() && info->reset == m_rateLimit.reset && sent < m_rateLimitSent &&
        info->used <= m_rateLimit.used)
        return;
    m_rateLimitSent = std::max(sent, m_rateLimitSent);
    if (*info != m_rateLimit) {
        m_rateLimit = *info;
        Q_EMIT rateLimitChanged(m_rateLimit);
    }
    // The last request of the hour was spent: hold the queue until the reset.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (info->isExhausted() && status >= 200 && status < 400 && info->reset.isValid() &&
        info->reset > m_timeSource->now()) {
        pauseUntil(
            WaitReason::RateLimit,
            qMin(info->reset, m_timeSource->now().addSecs(ClientLimits::maxRateLimitResetSeconds)));
    }
}

// A POST that failed in a way that leaves open whether GitHub did it: no answer (closed,
// reset, timed out), a 5xx, or an answer cut short. Refusals (4xx) and rate limits say it
// was not done; TLS failures happen before anything is sent.
static bool mayHaveBeenDone(const GitHubError &error)
{
    switch (error.kind) {
    case GitHubError::Kind::Network:
        return error.certificateProblems.isEmpty() && error.httpStatus == 0;
    case GitHubError::Kind::Timeout:
    case GitHubError::Kind::Server:
        return true;
    case GitHubError::Kind::BadResponse:
        return !error.limitExceeded;
    default:
        return false;
    }
}

bool GitHubClient::reconcile(GitHubRequest *request, const GitHubError &error)
{
    auto *write = qobject_cast<StatusRequest *>(request);
    if (!write || write->m_method != GitHubRequest::Method::Post || write->m_reconciling ||
        write->m_cancelled || !mayHaveBeenDone(error))
        return false;
    // Read before any retry: the status is there (its answer was lost), or it is not (then
    // sending it again cannot make two).
    write->m_reconciling = true;
    qCInfo(lcGitHub) << "reconciling a status write after" << error;
    const QJsonObject posted = QJsonDocument::fromJson(write->m_body).object();
    StatusListRequest *check =
        listStatuses(write->m_repository, write->m_deploymentId, Priority::Visible);
    const auto sameAsPosted = [posted, since = write->m_firstPostAt.addSecs(
                                           -reconcileClockSkewSeconds)](const DeploymentStatus &s) {
        const auto field = [&posted](const char *name) {
            return posted.value(QLatin1String(name)).toString();
        };
        return s.rawState == field("state") && s.description == field("description") &&
               s.logUrl.toString() == field("log_url") &&
               s.environmentUrl.toString() == field("environment_url") &&
               (field("environment").isEmpty() || s.environment == field("environment")) &&
               (!s.createdAt.isValid() || !since.isValid() || s.createdAt >= since);
    };
    connect(check, &GitHubRequest::finished, write, [this, write, check, sameAsPosted, error] {
        // Newest first: the newest match is ours.
        for (const DeploymentStatus &status : check->statuses()) {
            if (sameAsPosted(status)) {
                write->m_status = status;
                write->m_reconciled = true;
                complete(write, {});
                return;
            }
        }
        if (write->m_postCount < maximumPostsPerWrite) {
            write->m_reconciling = false;
            write->m_done = false;
            enqueue(write); // proven not done: sending it again is safe
            return;
        }
        complete(write, error);
    });
    connect(check, &GitHubRequest::failed, write,
            [this, write, error] { complete(write, error); }); // cannot tell: say it failed
    return true;
}

void GitHubClient::complete(GitHubRequest *request, const GitHubError &error)
{
    if (error.isError() && reconcile(request, error))
        return;
    dequeue(request);
    request->m_done = true;
    request->m_error = error;
    m_requests.removeAll(request);
    QPointer<GitHubRequest> guard(request);
    if (error.isError())
        Q_EMIT request->failed(error);
    else
        Q_EMIT request->finished();
    if (guard && guard->m_autoDelete)
        guard->deleteLater();
    schedule();
    updateBusy();
}

void GitHubClient::cancelRequest(GitHubRequest *request, bool deleteIt)
{
    dequeue(request);
    m_requests.removeAll(request);
    if (QNetworkReply *reply = request->m_reply) {
        reply->disconnect(); // a late answer must land nowhere
        release(request);
        reply->abort();
        reply->deleteLater();
    }
    if (deleteIt)
        request->deleteLater();
    schedule();
    updateBusy();
}

void GitHubClient::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}
