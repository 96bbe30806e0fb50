#pragma once

#include "clientlimits.h"
#include "etagcache.h"
#include "githuberror.h"
#include "githubrequest.h"
#include "ratelimitinfo.h"
#include "repositoryid.h"
#include "statusstate.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class GraphQLRequest;
class QNetworkAccessManager;
class QNetworkReply;
class TimeSource;

// Filters of GET /repos/{owner}/{repo}/deployments; empty fields are not sent.
struct DeploymentQuery
{
    QString sha;
    QString ref;
    QString task;
    QString environment;
    // > 0: only that page (GitHubClient::listPageSize a page), not the pages after it; for a
    // caller that knows how many there are and asks for them all at once.
    int page = 0;
};

// Body of POST /repos/{owner}/{repo}/deployments. Unset optionals are not sent, so GitHub
// applies its defaults (required_contexts omitted = every check; production = env is
// "production"). An empty requiredContexts list is sent as `[]` (skip the checks).
struct NewDeployment
{
    QString ref;                   // required
    QString task;                  // empty: GitHub's "deploy"
    std::optional<bool> autoMerge; // GitHub's default: true
    std::optional<QStringList> requiredContexts;
    QJsonValue payload = QJsonValue::Undefined; // an object (or a JSON string); Undefined: omitted
    QString environment;                        // empty: GitHub's "production"
    QString description;                        // empty: omitted
    std::optional<bool> transientEnvironment;
    std::optional<bool> productionEnvironment;

    QJsonObject toJson() const;
};

// Body of POST .../deployments/{id}/statuses.
struct NewStatus
{
    StatusState state = StatusState::Success; // one of StatusStates::postable()
    QString description;                      // GitHub keeps at most 140 characters
    QUrl logUrl;
    QUrl environmentUrl;
    QString environment;
    std::optional<bool> autoInactive; // GitHub's default: true

    QJsonObject toJson() const;
};

// DeployDeck's GitHub REST client: Deployments, Deployment statuses, Environments, /user,
// /user/repos, /repos/{owner}/{repo} and /rate_limit, with pagination, ETag caching, a bounded read
// pool, rate-limit pauses, retries for GETs, timeouts and cancellation. Emits value types only.
class GitHubClient : public QObject
{
    Q_OBJECT
public:
    using Priority = GitHubRequest::Priority;

    // Why the queue is waiting (for the status bar).
    enum class WaitReason {
        None,
        RateLimit,          // the primary limit is exhausted: wait for x-ratelimit-reset
        SecondaryRateLimit, // 403/429 with retry-after, or a secondary limit without a header
        Retry,              // a failed GET waits for its backoff before trying again
    };
    Q_ENUM(WaitReason)

    explicit GitHubClient(QObject *parent = nullptr);
    ~GitHubClient() override;

    static QUrl defaultApiRoot() { return QUrl(QStringLiteral("https://api.github.com")); }
    // Empty when `root` is usable; otherwise a translated reason. Accepted: https to any host,
    // http to a loopback host (localhost, 127.0.0.0/8, ::1), other http only when allowed.
    static QString checkApiRoot(const QUrl &root, bool allowInsecureHttp = false);
    // Returns false (and keeps the old root) when checkApiRoot() refuses; `error` gets why.
    bool setApiRoot(const QUrl &root, bool allowInsecureHttp = false, QString *error = nullptr);
    QUrl apiRoot() const { return m_apiRoot; }

    // Extra CA certificates (an Enterprise host's internal CA), added to the system's for
    // requests to the API root's host only. A certificate that still fails is reported (subject,
    // issuer, reason in GitHubError::certificateProblems), never ignored.
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    // Reads a PEM bundle; false with a translated `error` when unreadable or holding none.
    static bool loadCaBundle(const QString &pemFile, QList<QSslCertificate> *certificates,
                             QString *error = nullptr);

    // The token is sent only to the API root's origin and never logged.
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }

    void setMaxConcurrentReads(int count); // default 4 (HTTP/1.1: Qt opens a connection each)
    int maxConcurrentReads() const { return m_maxConcurrentReads; }
    // Reads in flight once the host answered over HTTP/2 (one connection, many streams; GitHub
    // allows 100 concurrent requests a user). 32, measured with tests/bench/export-bench.sh
    // (SWEEP) at 50 ms a round trip, 1,010 REST reads: 4 -> 14.5 s, 8 -> 7.6 s, 16 -> 3.9 s,
    // 32 -> 2.1 s, 64 -> 1.4 s. 32 is the smallest that meets 3 s with room, and a third of
    // GitHub's cap, leaving the rest to the user's other clients (a board, a CLI, CI scripts).
    void setMaxConcurrentReadsHttp2(int count); // default 32
    int maxConcurrentReadsHttp2() const { return m_maxConcurrentReadsHttp2; }
    // The limit that applies now: the HTTP/2 one after an HTTP/2 answer, else the other.
    int currentReadLimit() const
    {
        return m_usedHttp2 ? m_maxConcurrentReadsHttp2 : m_maxConcurrentReads;
    }
    void setTransferTimeout(int milliseconds); // default 30000; inactivity, reported as Timeout
    int transferTimeout() const { return m_transferTimeout; }
    // Retries for idempotent GETs: `count` retries after the first try, backoff
    // base * 2^(n-1) * jitter. Defaults: 3 retries, 1000 ms.
    void setRetryPolicy(int count, int baseDelayMilliseconds);
    // The caps of clientlimits.h, lowered by tests (the defaults are ClientLimits'). An answer
    // past maxResponseBytes (after decompression) or a listing past maxPages fails with
    // BadResponse and a detail that says which limit.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxPages(int pages) { m_maxPages = pages; }
    // Ends every call that waits for a rate limit or a retry (with Cancelled); the others go
    // on. For the "Stop waiting" of the status bar and the command line's Ctrl+C.
    void stopWaiting();
    // For tests: the clock and timers used for backoff and rate-limit pauses. Not owned;
    // nullptr restores the real clock.
    void setTimeSource(TimeSource *timeSource);
    TimeSource *timeSource() const;

    ETagCache *etagCache() { return &m_etagCache; }

    // --- calls: each returns a request owned by the client (see GitHubRequest) ---
    DeploymentListRequest *listDeployments(const RepositoryId &repository,
                                           const DeploymentQuery &query = {},
                                           Priority priority = Priority::Normal);
    DeploymentRequest *getDeployment(const RepositoryId &repository, qint64 deploymentId,
                                     Priority priority = Priority::Normal);
    DeploymentRequest *createDeployment(const RepositoryId &repository,
                                        const NewDeployment &deployment);
    DeleteRequest *deleteDeployment(const RepositoryId &repository, qint64 deploymentId);
    // DELETE /repos/{owner}/{repo}/environments/{name} (needs admin rights; 204, 403 or 404).
    DeleteRequest *deleteEnvironment(const RepositoryId &repository, const QString &name);
    StatusListRequest *listStatuses(const RepositoryId &repository, qint64 deploymentId,
                                    Priority priority = Priority::Normal);
    StatusRequest *getStatus(const RepositoryId &repository, qint64 deploymentId, qint64 statusId,
                             Priority priority = Priority::Normal);
    StatusRequest *createStatus(const RepositoryId &repository, qint64 deploymentId,
                                const NewStatus &status);
    EnvironmentListRequest *listEnvironments(const RepositoryId &repository,
                                             Priority priority = Priority::Normal);
    RateLimitRequest *rateLimit();
    UserRequest *currentUser();
    RepositoryRequest *repository(const RepositoryId &repository);
    // GET /user/repos?sort=pushed: the token's user's repositories, most recently pushed first,
    // `perPage` a page (GitHub's maximum is 100).
    static constexpr int listPageSize = 100; // per_page of every list: GitHub's maximum
    UserRepositoryListRequest *listUserRepositories(int perPage = 100,
                                                    Priority priority = Priority::Normal);
    // POST /graphql (Enterprise Server: /api/graphql): one query document with its variables,
    // never values pasted into the document. Runs in the read pool. (graphqlrequest.cpp)
    GraphQLRequest *graphQL(const QString &document, const QJsonObject &variables,
                            const RepositoryId &repository = {},
                            Priority priority = Priority::Normal);
    QUrl graphQLEndpoint() const;
    // Whether the API root's host refused GraphQL before (an old Enterprise Server, a token
    // GraphQL does not take): bulk reads then go over REST without asking again. Shared by the
    // process's clients, and kept across runs when asked (graphqlrefusals.h).
    bool isGraphQLRefused() const;
    void setGraphQLRefused(bool refused = true);

    // Cancels every request of `repository` (on switching repositories) / every request.
    void cancelAll(const RepositoryId &repository);
    void cancelAll();

    // --- state ---
    RateLimitInfo rateLimitInfo() const { return m_rateLimit; } // latest "core" counters
    // GraphQL's own budget (resource "graphql"), from its headers and `rateLimit {...}`.
    RateLimitInfo graphQLRateLimitInfo() const { return m_graphQLRateLimit; }
    void noteGraphQLRateLimit(const RateLimitInfo &info);
    // The latest transfer's protocol: true when it went over HTTP/2.
    bool usedHttp2() const { return m_usedHttp2; }
    WaitReason waitReason() const { return m_waitReason; }
    QDateTime waitingUntil() const { return m_waitingUntil; }
    bool isBusy() const;
    // Transfers sent since construction (pages and retries each count); 304s among them.
    int transfersSent() const { return m_transfersSent; }
    int notModifiedAnswers() const { return m_notModifiedAnswers; }

Q_SIGNALS:
    void rateLimitChanged(const RateLimitInfo &info); // "core" or "graphql" (info.resource)
    void waitingChanged(GitHubClient::WaitReason reason, const QDateTime &until);
    void busyChanged(bool busy);

private:
    friend class GitHubRequest;

    QUrl endpoint(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    QString repositoryPath(const RepositoryId &repository) const;
    template <typename Request>
    Request *make(GitHubRequest::Method method, const QUrl &url, const RepositoryId &repository,
                  Priority priority);
    void enqueue(GitHubRequest *request);
    void reorder(GitHubRequest *request);
    static bool runsBefore(const GitHubRequest *a, const GitHubRequest *b);
    void dequeue(GitHubRequest *request);
    void schedule();
    void start(GitHubRequest *request);
    void handleReply(GitHubRequest *request, QNetworkReply *reply);
    void retryLater(GitHubRequest *request, const GitHubError &error);
    bool handleRateLimit(GitHubRequest *request, QNetworkReply *reply, const GitHubError &error);
    void pauseUntil(WaitReason reason, const QDateTime &until);
    void resume(quint64 pauseId);
    void complete(GitHubRequest *request, const GitHubError &error);
    bool reconcile(GitHubRequest *request, const GitHubError &error);
    void release(GitHubRequest *request);
    void cancelRequest(GitHubRequest *request, bool deleteIt);
    void cancelMatching(const std::function<bool(const GitHubRequest *)> &matches);
    void failLater(GitHubRequest *request, const GitHubError &error);
    void updateRateLimit(QNetworkReply *reply);
    void updateBusy();

    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<TimeSource> m_defaultTimeSource;
    TimeSource *m_timeSource = nullptr;
    ETagCache m_etagCache;
    QUrl m_apiRoot;
    QString m_token;
    QList<QSslCertificate> m_caCertificates;
    int m_maxConcurrentReads = 4;
    int m_maxConcurrentReadsHttp2 = 32;
    int m_transferTimeout = 30000;
    int m_retryCount = 3;
    int m_retryBase = 1000;
    qint64 m_maxResponseBytes = ClientLimits::maxResponseBytes;
    int m_maxPages = ClientLimits::maxPagesFollowed;
    QList<QPointer<GitHubRequest>> m_requests; // alive, not finished
    QList<QPointer<GitHubRequest>> m_readQueue;
    QList<QPointer<GitHubRequest>> m_writeQueue;
    int m_activeReads = 0;
    bool m_writeActive = false;
    quint64 m_nextSequence = 0;
    RateLimitInfo m_rateLimit;
    RateLimitInfo m_graphQLRateLimit;
    bool m_usedHttp2 = false;
    int m_rateLimitSent = 0; // the send order of the reply m_rateLimit came from
    WaitReason m_waitReason = WaitReason::None;
    QDateTime m_waitingUntil;
    quint64 m_pauseId = 0;
    int m_secondaryStrikes = 0;
    int m_transfersSent = 0;
    int m_notModifiedAnswers = 0;
    int m_retriesWaiting = 0;
    int m_holdScheduling = 0;
    bool m_busy = false;
};
