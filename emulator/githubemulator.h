#pragma once

// An in-memory GitHub REST API (Deployments, Deployment statuses, Environments, /rate_limit,
// /user, /user/repos, /repos/{owner}/{repo}) on loopback, for tests, benchmarks and the
// offline demo. It is an independent implementation of GitHub's behaviour: it shares no code
// with models/.
//
// Sign-in (emulator/AUTH-API.md has the details and GitHub's exact answers):
// - Several users and tokens: addUser(), addToken() (classic with scopes, which answer
//   X-OAuth-Scopes, or fine-grained, which do not), revoked or expired tokens (401 "Bad
//   credentials"). The default token ("demo-token", setToken()) belongs to octocat (id 1).
// - Permissions per repository and user (setPermission, setRepositoryPrivate): GET /user/repos
//   and /repos/{owner}/{repo} carry `permissions`; a private repository the user cannot see is
//   a 404, a write without push access a 403. Classic tokens need the `repo` scope (or
//   `repo_deployment` for deployments) on private repositories and for writes.
// - SAML SSO: requireSso() makes a repository answer 403 with `X-GitHub-SSO: required; url=`.
// - OAuth device flow at /login/device/code and /login/oauth/access_token (at the root, as on
//   github.com and GHES), driven by approveDevice()/denyDevice()/expireDevice()/slowDownNextPoll().
// - Every API route also answers under /api/v3 (GitHub Enterprise Server paths).
// - HTTPS: listenTls() with a certificate and key (tests/emulator/testcertificates.h makes a
//   test CA and a server certificate for 127.0.0.1 and localhost with openssl).

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

#include "emulator/emulatorchaos.h"

class GitHubEmulatorPrivate;

class GitHubEmulator : public QObject
{
    Q_OBJECT

public:
    // What the next matching request(s) get instead of a normal answer.
    enum class Fault {
        Status500,              // 500 with GitHub's JSON error body
        Status502Html,          // 502 Bad Gateway with an HTML body (as GitHub's edge sends)
        RateLimit403RetryAfter, // 403 secondary rate limit with `retry-after`
        Status429RetryAfter,    // 429 with `retry-after`
        TruncatedBody,          // 200 headers promising more bytes than are sent, then close
        DropConnection,         // the socket is closed without any answer. Note that
                                // QNetworkAccessManager itself resends a request whose
                                // connection closes before a response, up to twice: inject
                                // count 3 for one failure that a QNAM client sees.
        Status503,              // 503 with GitHub's JSON error body
        LostAnswer,             // the request is carried out, then the connection closes unanswered
    };
    Q_ENUM(Fault)

    // One request as the emulator received it (faulted ones included).
    struct RecordedRequest
    {
        QByteArray method;                            // "GET", "POST", ...
        QString path;                                 // path plus "?query", as sent
        QList<QPair<QByteArray, QByteArray>> headers; // as sent (names as the client spelled them)
        QByteArray body;
        QByteArray header(const QByteArray &name) const; // case-insensitive, empty if absent
    };

    // Accounts.
    enum class TokenKind {
        Classic,     // ghp_...: answers carry X-OAuth-Scopes and X-Accepted-OAuth-Scopes
        FineGrained, // github_pat_...: no scopes header; the user's permissions decide
    };
    Q_ENUM(TokenKind)
    // A user's role on a repository, as `permissions {admin, maintain, push, triage, pull}`
    // shows it: each level includes the ones below.
    enum class Permission { None, Pull, Triage, Push, Maintain, Admin };
    Q_ENUM(Permission)
    // How a granted repository shows up in GET /user/repos?affiliation=...
    enum class Affiliation { Collaborator, OrganizationMember };
    Q_ENUM(Affiliation)

    explicit GitHubEmulator(QObject *parent = nullptr);
    ~GitHubEmulator() override;

    // Listening: port 0 picks a free port. baseUrl() is the API root, e.g. http://127.0.0.1:PORT
    // (https://127.0.0.1:PORT after listenTls). Enterprise paths: baseUrl() + "/api/v3".
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool listenTls(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                   const QSslKey &privateKey);
    quint16 port() const;
    QUrl baseUrl() const;
    bool isTls() const;

    // Authentication: requests need exactly `Authorization: Bearer TOKEN` or `token TOKEN`.
    // setToken replaces the default token, octocat's classic token with scopes "repo, read:org".
    void setToken(const QString &token); // default "demo-token"
    QString token() const;

    // Users survive the data sets (loadDemo, ...). id 0 picks a free id; an empty avatarUrl
    // means https://avatars.githubusercontent.com/u/ID?v=4. Registering a known login updates
    // its name and avatar. Returns the user's id, or -1 if `id` belongs to another login.
    qint64 addUser(const QString &login, qint64 id = 0, const QString &name = {},
                   const QString &avatarUrl = {});
    // A token for `login` (registered on the fly if unknown). Scopes only mean something for
    // classic tokens. A revoked token answers 401 "Bad credentials" to everything.
    void addToken(const QString &token, const QString &login, TokenKind kind = TokenKind::Classic,
                  const QStringList &scopes = {QStringLiteral("repo"), QStringLiteral("read:org")},
                  bool revoked = false);
    void revokeToken(const QString &token);
    void removeToken(const QString &token);
    // An expiry adds `github-authentication-token-expiration`; once now() passes it, 401.
    void setTokenExpiry(const QString &token, const QDateTime &expiresAt);
    // The token may use repositories of `owner` that requireSso() protects.
    void authorizeSso(const QString &token, const QString &owner);
    QString tokenLogin(const QString &token) const; // "" if unknown

    // Repository access (reset by the data sets, like the repositories themselves).
    // Without a grant: octocat is admin everywhere (the demo's user), a repository's owner is
    // admin, anyone else can pull a public repository and cannot see a private one.
    void setPermission(const QString &ownerSlashName, const QString &login, Permission permission,
                       Affiliation affiliation = Affiliation::Collaborator);
    Permission permission(const QString &ownerSlashName, const QString &login) const;
    void setRepositoryPrivate(const QString &ownerSlashName, bool isPrivate);
    // pushed_at (and the order of /user/repos?sort=pushed); default: the newest deployment.
    void setPushedAt(const QString &ownerSlashName, const QDateTime &pushedAt);
    // Every request to the repository answers 403 with `X-GitHub-SSO: required; url=URL` until
    // the token is authorised (authorizeSso). Empty url: https://github.com/orgs/OWNER/sso?...
    void requireSso(const QString &ownerSlashName, const QString &url = {});
    QString ssoUrl(const QString &ownerSlashName) const;
    // The demo's accounts (emulator/AUTH-API.md, "--users demo"): reader (read-only), a
    // fine-grained, a scope-less, an expired and a revoked token, an SSO-protected and a private
    // repository. Call after loading a data set.
    void addDemoAccounts();

    // OAuth device flow. Client ids other than the registered ones answer
    // incorrect_client_credentials; "deploydeck-test-client" is registered from the start.
    void addOAuthApp(const QString &clientId);
    void setDeviceFlowTiming(int intervalSeconds, int expiresInSeconds = 900); // default 5, 900
    // The user approves in the browser: the next poll gets a new classic token for `login`
    // (scopes as requested). Returns that token, or "" for an unknown or finished user code.
    QString approveDevice(const QString &userCode, const QString &login);
    bool denyDevice(const QString &userCode);   // next poll: access_denied
    bool expireDevice(const QString &userCode); // next poll: expired_token (also after expires_in)
    void slowDownNextPoll(int count = 1);       // the next `count` polls: slow_down, interval + 5
    void setDeviceAutoApprove(const QString &login); // every pending code, at its first poll
    QStringList deviceUserCodes() const;             // as issued, oldest first ("WDJB-MJHT" first)

    // Data sets (each replaces all repositories and deployments).
    void loadDemo(quint32 seed = 1); // acme/storefront, acme/payments-api, acme/mobile-app, ...
    void loadEmpty();                // one empty repository, octo/empty
    void loadSynthetic(int deployments, int statusesEach); // octo/synthetic
    // acme-org/*: R repositories of N deployments x M statuses (organisationdata.h).
    void loadOrganisation(int repositories, int deployments, int statusesEach);
    void clear(); // no repositories at all

    // Repositories. addRepository returns the repository's numeric id (or the existing one's).
    qint64 addRepository(const QString &ownerSlashName);
    QStringList repositoryNames() const; // "owner/name", in the order they were added
    // The repository keeps its id and data under newName; requests to oldName answer 301
    // to /repositories/{id}/... on the same host. Returns false if oldName is unknown.
    bool renameRepository(const QString &oldName, const QString &newName);
    QStringList repositories() const;                         // "owner/name" as created
    qint64 repositoryId(const QString &ownerSlashName) const; // -1 if unknown

    // Faults and limits.
    void setLatency(std::chrono::milliseconds latency);
    void setRateLimit(int limit); // default 5000 an hour; resets the used count
    int rateLimit() const;
    int rateLimitUsed() const;
    int rateLimitRemaining() const;
    void setRateLimitRemaining(int remaining); // 0 exhausts the budget until reset
    // GraphQL (POST /graphql, /api/graphql; emulator/emulatorgraphql.h) spends its own points
    // (default 5000 an hour, same window). Disabled, it answers 404 like an old Enterprise Server.
    void setGraphQLRateLimit(int limit); // resets the points used
    int graphQLRateLimitUsed() const;
    void setGraphQLEnabled(bool enabled);
    QDateTime rateLimitReset() const;
    // `method` ("POST", ...) limits the fault to that method; empty: any.
    void injectFault(Fault fault, int count = 1, const QString &pathContains = {},
                     int retryAfterSeconds = 1, const QByteArray &method = {});
    void clearFaults();
    int pendingFaults() const;
    // GitHub's secondary limit on writes (emulator/emulatorsecondarylimit.h): beyond perMinute
    // or perHour content-creating requests of one user, 403 (or 429) with retry-after and
    // GitHub's message, on the emulator's clock. Off by default.
    void setSecondaryRateLimit(bool enabled, int perMinute = 80, int perHour = 500,
                               int status = 403);
    int secondaryRateLimitRefusals() const; // since it was set
    int secondaryRateLimitWrites() const;   // writes it let through since it was set
    // Seeded random faults on a share of requests (emulatorchaos.h), for soak tests; they
    // stop with stopChaos(). chaos() counts what was injected (nullptr when never started).
    void startChaos(const EmulatorChaos::Settings &settings);
    void stopChaos();
    const EmulatorChaos *chaos() const;
    // Requests received and not answered yet (latency included), and the most at once since
    // the start or resetMaxRequestsInFlight(): what a client's "at most N at a time" means,
    // counted where the requests arrive.
    int requestsInFlight() const;
    int maxRequestsInFlight() const;
    void resetMaxRequestsInFlight();

    // Live mode: every `seconds` a new deployment appears and walks through its states.
    void startLive(int seconds);
    void stopLive();

    // An extra control route, /_emulator/NAME (METHOD), answered with handler(body)'s JSON; for
    // tools built beside the emulator (emulatorscript.h: POST /_emulator/script/step).
    using ControlHandler = std::function<QJsonObject(const QJsonObject &body)>;
    void addControlRoute(const QByteArray &method, const QString &name, ControlHandler handler);

    // What clients sent.
    int requestCount() const; // every request received, faulted and unauthorised ones included
    // Connections that carried a request: a client that keeps its connections alive opens few.
    int connectionCount() const;
    QList<RecordedRequest> requests() const;
    void clearRequests(); // and the two counts

    // The clock that stamps created_at/updated_at and anchors the demo data. Default: current UTC.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // Direct state access for tests (no HTTP, no rate limit, no merge/check simulation).
    // `fields` uses the POST bodies' names: ref, sha, task, environment, description, payload,
    // transient_environment, production_environment; extra key "creator" (a login).
    // Returns the new id, or -1 for an unknown repository/deployment or invalid fields.
    qint64 createDeploymentDirect(const QString &ownerSlashName, const QJsonObject &fields = {});
    // fields: state (required), description, log_url, target_url, environment,
    // environment_url, auto_inactive, creator. Applies the auto_inactive rule like the API.
    qint64 addStatusDirect(const QString &ownerSlashName, qint64 deploymentId,
                           const QJsonObject &fields);
    bool deleteDeploymentDirect(const QString &ownerSlashName, qint64 deploymentId);
    // The JSON the API serves (empty object if unknown).
    QJsonObject deploymentJson(const QString &ownerSlashName, qint64 deploymentId) const;
    QList<qint64> deploymentIds(const QString &ownerSlashName) const; // newest first
    QList<qint64> statusIds(const QString &ownerSlashName,
                            qint64 deploymentId) const;                            // newest first
    QString latestState(const QString &ownerSlashName, qint64 deploymentId) const; // "" if none
    int deploymentCount(const QString &ownerSlashName) const;

signals:
    void deviceCodeIssued(const QString &userCode, const QString &clientId, const QString &scope);
    void requestReceived(const QByteArray &method, const QString &path);
    void deploymentCreated(const QString &ownerSlashName, qint64 deploymentId);
    void deploymentStatusCreated(const QString &ownerSlashName, qint64 deploymentId,
                                 qint64 statusId);
    void deploymentDeleted(const QString &ownerSlashName, qint64 deploymentId);

private:
    std::unique_ptr<GitHubEmulatorPrivate> d;
};
