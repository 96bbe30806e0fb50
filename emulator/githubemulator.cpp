// (githubemulator.cpp is over 700 lines: the public test API of every data set, user, token,
// permission, fault and the device flow delegates here; the routes live in emulatorapi.cpp.)
#include "emulator/githubemulator.h"

#include "emulator/demodata.h"
#include "emulator/emulatorapi.h"
#include "emulator/emulatordeviceflow.h"
#include "emulator/emulatorgraphql.h"
#include "emulator/emulatorsecondarylimit.h"
#include "emulator/emulatorstore.h"
#include "emulator/organisationdata.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {

constexpr int defaultRateLimit = 5000;
constexpr qint64 rateLimitWindowSeconds = 3600;
constexpr int maxRecordedRequests = 200000;

const QString rateLimitDocs =
    QStringLiteral("https://docs.github.com/rest/overview/rate-limits-for-the-rest-api");

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

std::optional<GitHubEmulator::Fault> faultFromName(const QString &name)
{
    using F = GitHubEmulator::Fault;
    static const QList<QPair<QString, F>> names{
        {QStringLiteral("500"), F::Status500},
        {QStringLiteral("502"), F::Status502Html},
        {QStringLiteral("403"), F::RateLimit403RetryAfter},
        {QStringLiteral("429"), F::Status429RetryAfter},
        {QStringLiteral("503"), F::Status503},
        {QStringLiteral("truncated"), F::TruncatedBody},
        {QStringLiteral("drop"), F::DropConnection},
        {QStringLiteral("lost"), F::LostAnswer},
    };
    for (const auto &[key, fault] : names) {
        if (key == name)
            return fault;
    }
    return std::nullopt;
}

// How a response leaves the socket.
enum class Delivery { Normal, Truncated, Drop, Stall };

// QAbstractHttpServer hands us the socket, so every answer (and every fault) is ours to write.
class EmulatorHttpServer : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit EmulatorHttpServer(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

} // namespace

// A personal access token (or an OAuth token from the device flow) and whose it is.
struct EmulatorToken
{
    QString login;
    bool fineGrained = false;
    QStringList scopes;
    bool revoked = false;
    QDateTime expiresAt;
    QSet<QString> ssoOwners; // lower case
};

const QString defaultLogin = QStringLiteral("octocat");

EmulatorToken classicToken(const QString &login, const QStringList &scopes)
{
    EmulatorToken t;
    t.login = login;
    t.scopes = scopes;
    return t;
}

EmulatorToken defaultToken()
{
    return classicToken(defaultLogin, {QStringLiteral("repo"), QStringLiteral("read:org")});
}
const QString enterprisePrefix = QStringLiteral("/api/v3");

class GitHubEmulatorPrivate
{
public:
    struct PendingFault
    {
        GitHubEmulator::Fault fault;
        int remaining;
        QString pathContains;
        int retryAfter;
        QByteArray method; // empty: any
    };

    explicit GitHubEmulatorPrivate(GitHubEmulator *q)
        : q(q)
    {
        tokens.insert(token, defaultToken());
        deviceFlow.clock = [this] {
            return store.now();
        };
        deviceFlow.registerToken = [this](const QString &t, const QString &login,
                                          const QStringList &scopes) {
            tokens.insert(t, classicToken(login, scopes));
        };
        deviceFlow.issued = [q](const QString &userCode, const QString &clientId,
                                const QString &scope) {
            emit q->deviceCodeIssued(userCode, clientId, scope);
        };
    }

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    EmulatorResponse respond(const GitHubEmulator::RecordedRequest &recorded,
                             const EmulatorRequest &request, Delivery *delivery);
    EmulatorResponse faultResponse(const PendingFault &fault, Delivery *delivery) const;
    EmulatorResponse admin(const EmulatorRequest &request);
    const EmulatorToken *authenticate(const QByteArray &authorization) const;
    static void addTokenHeaders(EmulatorResponse &response, const EmulatorToken &token);
    void rollWindow();
    void addRateHeaders(EmulatorResponse &response) const;
    QJsonObject rateJson() const;
    void send(QTcpSocket *socket, EmulatorResponse response, Delivery delivery, bool head,
              bool close);
    QString rootUrl() const;
    void notify(const EmulatorRequest &request, const EmulatorResponse &response);

    GitHubEmulator *q;
    EmulatorStore store;
    EmulatorHttpServer *server = nullptr;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString token = QStringLiteral("demo-token"); // octocat's default token
    QHash<QString, EmulatorToken> tokens;
    EmulatorDeviceFlow deviceFlow;
    bool tls = false;
    std::chrono::milliseconds latency{0};
    int limit = defaultRateLimit;
    int used = 0;
    QDateTime reset;
    EmulatorGraphQLBudget graphql; // its own points; shares `reset`
    bool graphqlEnabled = true;
    QList<PendingFault> faults;
    EmulatorSecondaryLimit secondaryLimit;
    std::unique_ptr<EmulatorChaos> chaos;
    bool chaosOn = false;
    int inFlight = 0;
    int maxInFlight = 0;
    QList<GitHubEmulator::RecordedRequest> recordedRequests;
    int requestCount = 0;
    int connectionCount = 0;
    quint64 connectionEpoch = 1; // a new epoch (clearRequests) counts every socket afresh
    quint64 requestSerial = 0;
    QTimer *liveTimer = nullptr;
    std::unique_ptr<DemoData::LiveWalker> walker;
    QHash<QString, GitHubEmulator::ControlHandler> controlRoutes; // "METHOD name"
};

QByteArray GitHubEmulator::RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

GitHubEmulator::GitHubEmulator(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<GitHubEmulatorPrivate>(this))
{
    d->server = new EmulatorHttpServer([this](const QHttpServerRequest &request,
                                              QTcpSocket *socket) { d->handle(request, socket); },
                                       this);
}

GitHubEmulator::~GitHubEmulator() = default;

bool GitHubEmulator::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = d->server->listen(address, port);
    if (bound == 0)
        return false;
    d->address = address;
    d->port = bound;
    return true;
}

bool GitHubEmulator::listenTls(const QHostAddress &address, quint16 port,
                               const QSslCertificate &certificate, const QSslKey &privateKey)
{
    if (certificate.isNull() || privateKey.isNull())
        return false;
    d->server->sslSetup(certificate, privateKey);
    d->tls = true;
    return listen(address, port);
}

bool GitHubEmulator::isTls() const
{
    return d->tls;
}

quint16 GitHubEmulator::port() const
{
    return d->port;
}

QUrl GitHubEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(d->tls ? QStringLiteral("https") : QStringLiteral("http"));
    QHostAddress host = d->address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 ||
        host == QHostAddress::LocalHost)
        host = QHostAddress(QHostAddress::LocalHost);
    url.setHost(host.toString());
    url.setPort(d->port);
    return url;
}

QString GitHubEmulatorPrivate::rootUrl() const
{
    return q->baseUrl().toString(QUrl::FullyEncoded);
}

void GitHubEmulator::setToken(const QString &token)
{
    const EmulatorToken previous = d->tokens.value(d->token, defaultToken());
    d->tokens.remove(d->token);
    d->token = token;
    d->tokens.insert(token, previous);
}

QString GitHubEmulator::token() const
{
    return d->token;
}

qint64 GitHubEmulator::addUser(const QString &login, qint64 id, const QString &name,
                               const QString &avatarUrl)
{
    return d->store.addUser(login, id, name, avatarUrl);
}

void GitHubEmulator::addToken(const QString &token, const QString &login, TokenKind kind,
                              const QStringList &scopes, bool revoked)
{
    if (token.isEmpty() || login.isEmpty())
        return;
    d->store.userId(login);
    EmulatorToken t;
    t.login = login;
    t.fineGrained = kind == TokenKind::FineGrained;
    t.scopes = t.fineGrained ? QStringList() : scopes;
    t.revoked = revoked;
    d->tokens.insert(token, t);
}

void GitHubEmulator::revokeToken(const QString &token)
{
    if (const auto it = d->tokens.find(token); it != d->tokens.end())
        it->revoked = true;
}

void GitHubEmulator::removeToken(const QString &token)
{
    d->tokens.remove(token);
}

void GitHubEmulator::setTokenExpiry(const QString &token, const QDateTime &expiresAt)
{
    if (const auto it = d->tokens.find(token); it != d->tokens.end())
        it->expiresAt = expiresAt.toUTC();
}

void GitHubEmulator::authorizeSso(const QString &token, const QString &owner)
{
    if (const auto it = d->tokens.find(token); it != d->tokens.end())
        it->ssoOwners.insert(owner.toLower());
}

QString GitHubEmulator::tokenLogin(const QString &token) const
{
    return d->tokens.value(token).login;
}

void GitHubEmulator::setPermission(const QString &ownerSlashName, const QString &login,
                                   Permission permission, Affiliation affiliation)
{
    EmulatorRepository *repo = d->store.repository(ownerSlashName);
    if (!repo || login.isEmpty())
        return;
    EmulatorGrant grant;
    grant.permission = EmulatorPermission(int(permission));
    grant.organizationMember = affiliation == Affiliation::OrganizationMember;
    repo->grants[d->store.userId(login)] = grant;
    ++repo->version;
}

GitHubEmulator::Permission GitHubEmulator::permission(const QString &ownerSlashName,
                                                      const QString &login) const
{
    const EmulatorRepository *repo = d->store.repository(ownerSlashName);
    if (!repo)
        return Permission::None;
    return Permission(int(d->store.permission(*repo, d->store.userId(login))));
}

void GitHubEmulator::setRepositoryPrivate(const QString &ownerSlashName, bool isPrivate)
{
    if (EmulatorRepository *repo = d->store.repository(ownerSlashName)) {
        repo->isPrivate = isPrivate;
        ++repo->version;
    }
}

void GitHubEmulator::setPushedAt(const QString &ownerSlashName, const QDateTime &pushedAt)
{
    if (EmulatorRepository *repo = d->store.repository(ownerSlashName)) {
        repo->pushedAt = pushedAt.toUTC();
        ++repo->version;
    }
}

void GitHubEmulator::requireSso(const QString &ownerSlashName, const QString &url)
{
    EmulatorRepository *repo = d->store.repository(ownerSlashName);
    if (!repo)
        return;
    repo->ssoUrl = !url.isEmpty()
                       ? url
                       : QStringLiteral("https://github.com/orgs/%1/sso?"
                                        "authorization_request=%2")
                             .arg(repo->owner, EmulatorStore::shaFor(repo->fullName()).left(20));
    ++repo->version;
}

QString GitHubEmulator::ssoUrl(const QString &ownerSlashName) const
{
    const EmulatorRepository *repo = d->store.repository(ownerSlashName);
    return repo ? repo->ssoUrl : QString();
}

void GitHubEmulator::addOAuthApp(const QString &clientId)
{
    d->deviceFlow.addClient(clientId);
}

void GitHubEmulator::setDeviceFlowTiming(int intervalSeconds, int expiresInSeconds)
{
    d->deviceFlow.setTiming(intervalSeconds, expiresInSeconds);
}

QString GitHubEmulator::approveDevice(const QString &userCode, const QString &login)
{
    return d->deviceFlow.approve(userCode, login);
}

bool GitHubEmulator::denyDevice(const QString &userCode)
{
    return d->deviceFlow.deny(userCode);
}

bool GitHubEmulator::expireDevice(const QString &userCode)
{
    return d->deviceFlow.expire(userCode);
}

void GitHubEmulator::slowDownNextPoll(int count)
{
    d->deviceFlow.slowDownNextPoll(count);
}

void GitHubEmulator::setDeviceAutoApprove(const QString &login)
{
    d->deviceFlow.setAutoApprove(login);
}

void GitHubEmulator::addDemoAccounts()
{
    const QStringList before = repositories();
    addRepository(QStringLiteral("acme/compliance"));
    requireSso(QStringLiteral("acme/compliance"),
               QStringLiteral("https://github.com/orgs/acme/sso?authorization_request=DEMO"));
    addRepository(QStringLiteral("acme/internal-tools"));
    setRepositoryPrivate(QStringLiteral("acme/internal-tools"), true);
    const QString reader = QStringLiteral("reader");
    addUser(reader, 2001, QStringLiteral("Read-Only Reader"));
    addToken(QStringLiteral("reader-token"), reader, TokenKind::Classic, {QStringLiteral("repo")});
    for (const QString &name : before)
        setPermission(name, reader, Permission::Pull);
    addToken(QStringLiteral("github_pat_demo"), defaultLogin, TokenKind::FineGrained);
    addToken(QStringLiteral("noscope-token"), defaultLogin, TokenKind::Classic,
             {QStringLiteral("read:org")});
    addToken(QStringLiteral("expired-token"), defaultLogin);
    setTokenExpiry(QStringLiteral("expired-token"), now().addDays(-1));
    addToken(QStringLiteral("revoked-token"), defaultLogin, TokenKind::Classic,
             {QStringLiteral("repo")}, true);
}

QStringList GitHubEmulator::deviceUserCodes() const
{
    return d->deviceFlow.userCodes();
}

void GitHubEmulator::loadDemo(quint32 seed)
{
    DemoData::populateDemo(d->store, seed);
}

void GitHubEmulator::loadEmpty()
{
    d->store.clear();
    d->store.addRepository(QStringLiteral("octo"), QStringLiteral("empty"));
}

void GitHubEmulator::loadSynthetic(int deployments, int statusesEach)
{
    DemoData::populateSynthetic(d->store, std::max(0, deployments), std::max(0, statusesEach));
}

void GitHubEmulator::loadOrganisation(int repositories, int deployments, int statusesEach)
{
    d->store.clear();
    OrganisationData::populate(d->store, std::max(0, repositories), std::max(0, deployments),
                               std::max(0, statusesEach));
}

void GitHubEmulator::clear()
{
    d->store.clear();
}

QStringList GitHubEmulator::repositoryNames() const
{
    QStringList names;
    for (qint64 id : d->store.repositoryOrder()) {
        if (const EmulatorRepository *repo = d->store.repositoryById(id))
            names.append(repo->owner + QLatin1Char('/') + repo->name);
    }
    return names;
}

qint64 GitHubEmulator::addRepository(const QString &ownerSlashName)
{
    const int slash = ownerSlashName.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == ownerSlashName.size() - 1 ||
        ownerSlashName.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return -1;
    return d->store.addRepository(ownerSlashName.left(slash), ownerSlashName.mid(slash + 1))->id;
}

bool GitHubEmulator::renameRepository(const QString &oldName, const QString &newName)
{
    return d->store.rename(oldName, newName);
}

QStringList GitHubEmulator::repositories() const
{
    QStringList names;
    for (const qint64 id : d->store.repositoryOrder())
        names << d->store.repositoryById(id)->fullName();
    return names;
}

qint64 GitHubEmulator::repositoryId(const QString &ownerSlashName) const
{
    const EmulatorRepository *repo = d->store.repository(ownerSlashName);
    return repo ? repo->id : -1;
}

void GitHubEmulator::setLatency(std::chrono::milliseconds latency)
{
    d->latency = std::max(latency, std::chrono::milliseconds(0));
}

void GitHubEmulator::setRateLimit(int limit)
{
    d->limit = std::max(0, limit);
    d->used = 0;
    d->reset = {};
}

void GitHubEmulator::setGraphQLRateLimit(int limit)
{
    d->graphql.limit = std::max(0, limit);
    d->graphql.used = 0;
}

int GitHubEmulator::graphQLRateLimitUsed() const
{
    d->rollWindow();
    return d->graphql.used;
}

void GitHubEmulator::setGraphQLEnabled(bool enabled)
{
    d->graphqlEnabled = enabled;
}

int GitHubEmulator::rateLimit() const
{
    return d->limit;
}

int GitHubEmulator::rateLimitUsed() const
{
    d->rollWindow();
    return d->used;
}

int GitHubEmulator::rateLimitRemaining() const
{
    d->rollWindow();
    return std::max(0, d->limit - d->used);
}

void GitHubEmulator::setRateLimitRemaining(int remaining)
{
    d->rollWindow();
    d->used = std::clamp(d->limit - remaining, 0, d->limit);
}

QDateTime GitHubEmulator::rateLimitReset() const
{
    d->rollWindow();
    return d->reset;
}

void GitHubEmulator::injectFault(Fault fault, int count, const QString &pathContains,
                                 int retryAfterSeconds, const QByteArray &method)
{
    if (count <= 0)
        return;
    d->faults.append({fault, count, pathContains, std::max(0, retryAfterSeconds), method});
}

void GitHubEmulator::startChaos(const EmulatorChaos::Settings &settings)
{
    d->chaos = std::make_unique<EmulatorChaos>(settings);
    d->chaosOn = true;
}

void GitHubEmulator::stopChaos()
{
    d->chaosOn = false;
}

const EmulatorChaos *GitHubEmulator::chaos() const
{
    return d->chaos.get();
}

int GitHubEmulator::requestsInFlight() const
{
    return d->inFlight;
}

int GitHubEmulator::maxRequestsInFlight() const
{
    return d->maxInFlight;
}

void GitHubEmulator::resetMaxRequestsInFlight()
{
    d->maxInFlight = d->inFlight;
}

void GitHubEmulator::clearFaults()
{
    d->faults.clear();
}

void GitHubEmulator::setSecondaryRateLimit(bool enabled, int perMinute, int perHour, int status)
{
    d->secondaryLimit.configure({enabled, perMinute, perHour, status});
}

int GitHubEmulator::secondaryRateLimitRefusals() const
{
    return d->secondaryLimit.refusals();
}

int GitHubEmulator::secondaryRateLimitWrites() const
{
    return d->secondaryLimit.writesCounted();
}

int GitHubEmulator::pendingFaults() const
{
    int n = 0;
    for (const auto &f : d->faults)
        n += f.remaining;
    return n;
}

void GitHubEmulator::startLive(int seconds)
{
    if (!d->liveTimer) {
        d->liveTimer = new QTimer(this);
        d->walker = std::make_unique<DemoData::LiveWalker>();
        connect(d->liveTimer, &QTimer::timeout, this, [this] { d->walker->step(d->store); });
    }
    d->liveTimer->start(std::chrono::seconds(std::max(1, seconds)));
}

void GitHubEmulator::stopLive()
{
    if (d->liveTimer)
        d->liveTimer->stop();
}

int GitHubEmulator::requestCount() const
{
    return d->requestCount;
}

int GitHubEmulator::connectionCount() const
{
    return d->connectionCount;
}

QList<GitHubEmulator::RecordedRequest> GitHubEmulator::requests() const
{
    return d->recordedRequests;
}

void GitHubEmulator::clearRequests()
{
    d->recordedRequests.clear();
    d->requestCount = 0;
    d->connectionCount = 0;
    ++d->connectionEpoch;
}

void GitHubEmulator::setClock(std::function<QDateTime()> clock)
{
    d->store.clock = std::move(clock);
}

QDateTime GitHubEmulator::now() const
{
    return d->store.now();
}

namespace {

EmulatorDeploymentSpec deploymentSpec(const QJsonObject &fields, bool *ok)
{
    EmulatorDeploymentSpec spec;
    *ok = true;
    const auto text = [&](const char *key, QString *out) {
        const QJsonValue v = fields.value(QString::fromLatin1(key));
        if (v.isString())
            *out = v.toString();
        else if (!v.isUndefined())
            *ok = false;
    };
    text("ref", &spec.ref);
    text("sha", &spec.sha);
    text("task", &spec.task);
    text("environment", &spec.environment);
    text("creator", &spec.creator);
    const QJsonValue description = fields.value(QStringLiteral("description"));
    if (description.isString() || description.isNull())
        spec.description = description;
    const QJsonValue payload = fields.value(QStringLiteral("payload"));
    if (payload.isObject() || payload.isString())
        spec.payload = payload;
    spec.transient = fields.value(QStringLiteral("transient_environment")).toBool(false);
    if (fields.value(QStringLiteral("production_environment")).isBool())
        spec.production = fields.value(QStringLiteral("production_environment")).toBool();
    if (spec.ref.isEmpty() || spec.environment.isEmpty())
        *ok = false;
    return spec;
}

} // namespace

void GitHubEmulator::addControlRoute(const QByteArray &method, const QString &name,
                                     ControlHandler handler)
{
    d->controlRoutes.insert(QString::fromLatin1(method) + QLatin1Char(' ') + name,
                            std::move(handler));
}

qint64 GitHubEmulator::createDeploymentDirect(const QString &ownerSlashName,
                                              const QJsonObject &fields)
{
    EmulatorRepository *repo = d->store.repository(ownerSlashName);
    bool ok = false;
    const EmulatorDeploymentSpec spec = deploymentSpec(fields, &ok);
    if (!repo || !ok)
        return -1;
    const qint64 id = d->store.createDeployment(*repo, spec).id;
    emit deploymentCreated(repo->fullName(), id);
    return id;
}

qint64 GitHubEmulator::addStatusDirect(const QString &ownerSlashName, qint64 deploymentId,
                                       const QJsonObject &fields)
{
    EmulatorRepository *repo = d->store.repository(ownerSlashName);
    if (!repo || repo->deployments.count(deploymentId) == 0)
        return -1;
    const QString state = fields.value(QStringLiteral("state")).toString();
    if (state.isEmpty())
        return -1;
    EmulatorStatusSpec spec;
    spec.state = state;
    spec.description = fields.value(QStringLiteral("description")).toString();
    spec.logUrl = fields.value(QStringLiteral("log_url")).toString();
    spec.targetUrl = fields.value(QStringLiteral("target_url")).toString();
    if (fields.value(QStringLiteral("environment")).isString())
        spec.environment = fields.value(QStringLiteral("environment")).toString();
    spec.environmentUrl = fields.value(QStringLiteral("environment_url")).toString();
    spec.autoInactive = fields.value(QStringLiteral("auto_inactive")).toBool(true);
    spec.creator = fields.value(QStringLiteral("creator")).toString();
    const qint64 id = d->store.addStatus(*repo, repo->deployments.at(deploymentId), spec).id;
    emit deploymentStatusCreated(repo->fullName(), deploymentId, id);
    return id;
}

bool GitHubEmulator::deleteDeploymentDirect(const QString &ownerSlashName, qint64 deploymentId)
{
    EmulatorRepository *repo = d->store.repository(ownerSlashName);
    if (!repo || repo->deployments.count(deploymentId) == 0)
        return false;
    d->store.deleteDeployment(*repo, deploymentId);
    emit deploymentDeleted(repo->fullName(), deploymentId);
    return true;
}

QJsonObject GitHubEmulator::deploymentJson(const QString &ownerSlashName, qint64 deploymentId) const
{
    const EmulatorRepository *repo = d->store.repository(ownerSlashName);
    if (!repo || repo->deployments.count(deploymentId) == 0)
        return {};
    return d->store.deploymentJson(d->rootUrl(), *repo, repo->deployments.at(deploymentId));
}

QList<qint64> GitHubEmulator::deploymentIds(const QString &ownerSlashName) const
{
    QList<qint64> ids;
    if (const EmulatorRepository *repo = d->store.repository(ownerSlashName))
        ids = QList<qint64>(repo->order.rbegin(), repo->order.rend());
    return ids;
}

QList<qint64> GitHubEmulator::statusIds(const QString &ownerSlashName, qint64 deploymentId) const
{
    QList<qint64> ids;
    const EmulatorRepository *repo = d->store.repository(ownerSlashName);
    if (!repo || repo->deployments.count(deploymentId) == 0)
        return ids;
    const auto &statuses = repo->deployments.at(deploymentId).statuses;
    for (auto it = statuses.rbegin(); it != statuses.rend(); ++it)
        ids.append(it->id);
    return ids;
}

QString GitHubEmulator::latestState(const QString &ownerSlashName, qint64 deploymentId) const
{
    const EmulatorRepository *repo = d->store.repository(ownerSlashName);
    if (!repo || repo->deployments.count(deploymentId) == 0)
        return {};
    return repo->deployments.at(deploymentId).latestState();
}

int GitHubEmulator::deploymentCount(const QString &ownerSlashName) const
{
    const EmulatorRepository *repo = d->store.repository(ownerSlashName);
    return repo ? int(repo->order.size()) : 0;
}

// ---- transport -------------------------------------------------------------------------

void GitHubEmulatorPrivate::rollWindow()
{
    const QDateTime now = store.now();
    if (!reset.isValid() || now >= reset) {
        used = 0;
        graphql.used = 0;
        reset = now.addSecs(rateLimitWindowSeconds);
    }
}

void GitHubEmulatorPrivate::addRateHeaders(EmulatorResponse &response) const
{
    response.setHeader("x-ratelimit-limit", QByteArray::number(limit));
    response.setHeader("x-ratelimit-remaining", QByteArray::number(std::max(0, limit - used)));
    response.setHeader("x-ratelimit-reset", QByteArray::number(reset.toSecsSinceEpoch()));
    response.setHeader("x-ratelimit-used", QByteArray::number(used));
    response.setHeader("x-ratelimit-resource", "core");
}

QJsonObject GitHubEmulatorPrivate::rateJson() const
{
    const auto bucket = [](int l, int u, qint64 r) {
        return QJsonObject{{QStringLiteral("limit"), l},
                           {QStringLiteral("used"), u},
                           {QStringLiteral("remaining"), std::max(0, l - u)},
                           {QStringLiteral("reset"), r}};
    };
    const qint64 r = reset.toSecsSinceEpoch();
    const QJsonObject core = bucket(limit, used, r);
    return QJsonObject{
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("core"), core},
                     {QStringLiteral("search"), bucket(30, 0, r)},
                     {QStringLiteral("graphql"), bucket(graphql.limit, graphql.used, r)},
                     {QStringLiteral("integration_manifest"), bucket(5000, 0, r)},
                     {QStringLiteral("source_import"), bucket(100, 0, r)},
                     {QStringLiteral("code_scanning_upload"), bucket(1000, 0, r)},
                     {QStringLiteral("actions_runner_registration"), bucket(10000, 0, r)},
                     {QStringLiteral("scim"), bucket(15000, 0, r)},
                     {QStringLiteral("dependency_snapshots"), bucket(100, 0, r)},
                     {QStringLiteral("code_search"), bucket(10, 0, r)}}},
        {QStringLiteral("rate"), core},
    };
}

EmulatorResponse GitHubEmulatorPrivate::faultResponse(const PendingFault &fault,
                                                      Delivery *delivery) const
{
    using F = GitHubEmulator::Fault;
    EmulatorResponse r;
    switch (fault.fault) {
    case F::Status500:
        r = EmulatorApi::error(500, QStringLiteral("Server Error"));
        break;
    case F::Status503:
        r = EmulatorApi::error(503, QStringLiteral("Service Unavailable"));
        break;
    case F::Status502Html:
        r.status = 502;
        r.setHeader("Content-Type", "text/html; charset=utf-8");
        r.body = "<!DOCTYPE html>\n<html><head><title>Unicorn! &middot; GitHub</title></head>"
                 "<body><h1>502 Bad Gateway</h1><p>We had issues producing the response to "
                 "your request. Sorry about that. Please try resubmitting your request and "
                 "contact us if the problem persists.</p></body></html>\n";
        break;
    case F::RateLimit403RetryAfter:
    case F::Status429RetryAfter:
        r = EmulatorApi::error(
            fault.fault == F::Status429RetryAfter ? 429 : 403,
            QStringLiteral("You have exceeded a secondary rate limit. Please wait a few minutes "
                           "before you try again."),
            rateLimitDocs + QLatin1String("#about-secondary-rate-limits"));
        r.setHeader("retry-after", QByteArray::number(fault.retryAfter));
        break;
    case F::TruncatedBody:
        r.status = 200;
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        r.body = "[{\"url\":\"" + rootUrl().toUtf8() +
                 "/repos/octo/x/deployments/1\",\"id\":1,\"node_id\":\"MDEw";
        *delivery = Delivery::Truncated;
        break;
    case F::DropConnection:
    case F::LostAnswer: // handled in respond(); as a fault response it is a drop
        *delivery = Delivery::Drop;
        break;
    }
    return r;
}

EmulatorResponse GitHubEmulatorPrivate::admin(const EmulatorRequest &request)
{
    // The standalone binary's control surface: only served by the emulator, never by GitHub.
    const QString route = request.path.mid(int(qstrlen("/_emulator/")));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const auto ok = [](const QJsonObject &o) {
        EmulatorResponse r;
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        return r;
    };
    if (route == QLatin1String("faults") && request.method == "POST") {
        const auto fault =
            faultFromName(body.value(QStringLiteral("fault")).toVariant().toString());
        if (!fault)
            return EmulatorApi::error(422, QStringLiteral("Unknown fault: use 500, 502, 503, 403, "
                                                          "429, truncated, drop or lost"));
        q->injectFault(*fault, body.value(QStringLiteral("count")).toInt(1),
                       body.value(QStringLiteral("path")).toString(),
                       body.value(QStringLiteral("retry_after")).toInt(1));
        return ok({{QStringLiteral("pending"), q->pendingFaults()}});
    }
    if (route == QLatin1String("faults") && request.method == "DELETE") {
        q->clearFaults();
        return ok({{QStringLiteral("pending"), 0}});
    }
    if (route == QLatin1String("rate_limit") && request.method == "POST") {
        if (body.contains(QStringLiteral("limit")))
            q->setRateLimit(body.value(QStringLiteral("limit")).toInt());
        if (body.contains(QStringLiteral("remaining")))
            q->setRateLimitRemaining(body.value(QStringLiteral("remaining")).toInt());
        rollWindow();
        return ok(rateJson());
    }
    if (route == QLatin1String("latency") && request.method == "POST") {
        q->setLatency(std::chrono::milliseconds(body.value(QStringLiteral("ms")).toInt()));
        return ok({{QStringLiteral("ms"), int(latency.count())}});
    }
    if (route == QLatin1String("device") && request.method == "POST") {
        const QString action = body.value(QStringLiteral("action")).toString();
        const QString userCode = body.value(QStringLiteral("user_code")).toString();
        bool done = false;
        if (action == QLatin1String("approve"))
            done = !q->approveDevice(userCode, body.value(QStringLiteral("login")).toString())
                        .isEmpty();
        else if (action == QLatin1String("deny"))
            done = q->denyDevice(userCode);
        else if (action == QLatin1String("expire"))
            done = q->expireDevice(userCode);
        else if (action == QLatin1String("slow_down"))
            done = (q->slowDownNextPoll(body.value(QStringLiteral("count")).toInt(1)), true);
        if (!done)
            return EmulatorApi::error(422, QStringLiteral("Unknown action or user code: use "
                                                          "approve (with login), deny, expire "
                                                          "or slow_down"));
        return ok(
            {{QStringLiteral("user_codes"), QJsonArray::fromStringList(q->deviceUserCodes())}});
    }
    if (route.startsWith(QLatin1String("avatars/")) && request.method == "GET") {
        // Any user's avatar (a 4x4 red PNG), so a client's avatar fetch is tested on loopback:
        // point a user's avatar_url here with addUser(login, id, name, baseUrl()+"/_emulator/...").
        static const char png[] =
            "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x04"
            "\x00\x00\x00\x04\x08\x02\x00\x00\x00\x26\x93\x09\x29\x00\x00\x00\x10\x49\x44"
            "\x41\x54\x78\xda\x63\x38\xa3\xa4\x04\x47\x0c\xc4\x71\x00\xc4\xe3\x11\x01\x88\x91"
            "\xee\x10\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
        EmulatorResponse r;
        r.body = QByteArray(png, int(sizeof(png)) - 1);
        r.setHeader("Content-Type", "image/png");
        return r;
    }
    if (route == QLatin1String("requests") && request.method == "GET")
        return ok({{QStringLiteral("count"), requestCount},
                   {QStringLiteral("connections"), connectionCount}});
    if (const auto handler =
            controlRoutes.value(QString::fromLatin1(request.method) + QLatin1Char(' ') + route))
        return ok(handler(body));
    return EmulatorApi::error(404, QStringLiteral("Not Found"));
}

EmulatorResponse GitHubEmulatorPrivate::respond(const GitHubEmulator::RecordedRequest &recorded,
                                                const EmulatorRequest &request, Delivery *delivery)
{
    if (request.path.startsWith(QLatin1String("/_emulator/")))
        return admin(request);

    bool loseAnswer = false;
    for (int i = 0; i < faults.size(); ++i) {
        PendingFault &fault = faults[i];
        if ((!fault.pathContains.isEmpty() && !recorded.path.contains(fault.pathContains)) ||
            (!fault.method.isEmpty() && fault.method != recorded.method))
            continue;
        const PendingFault current = fault;
        if (--fault.remaining <= 0)
            faults.removeAt(i);
        if (current.fault == GitHubEmulator::Fault::LostAnswer) {
            loseAnswer = true; // carried out below, then the answer is dropped
            break;
        }
        rollWindow();
        EmulatorResponse r = faultResponse(current, delivery);
        addRateHeaders(r);
        return r;
    }

    if (chaosOn && !loseAnswer) {
        if (const auto fault = chaos->decide(recorded.method, recorded.path)) {
            using C = EmulatorChaos::Fault;
            using F = GitHubEmulator::Fault;
            if (*fault == C::Stall) {
                *delivery = Delivery::Stall;
                return EmulatorResponse();
            }
            if (*fault == C::LostAnswer) {
                loseAnswer = true; // carried out below, then the answer is dropped
            } else {
                const F mapped = *fault == C::Status500       ? F::Status500
                                 : *fault == C::Status502Html ? F::Status502Html
                                 : *fault == C::RateLimit403  ? F::RateLimit403RetryAfter
                                 : *fault == C::Status429     ? F::Status429RetryAfter
                                 : *fault == C::TruncatedBody ? F::TruncatedBody
                                                              : F::DropConnection;
                rollWindow();
                EmulatorResponse r = faultResponse(
                    {mapped, 1, QString(), chaos->settings().retryAfterSeconds, {}}, delivery);
                addRateHeaders(r);
                return r;
            }
        }
    }

    if (EmulatorDeviceFlow::handles(request.path) &&
        !recorded.path.startsWith(enterprisePrefix + QLatin1Char('/'))) {
        // The web host's OAuth endpoints: no token, no rate limit.
        return deviceFlow.handle(request, recorded.header("Accept"), request.root);
    }

    const EmulatorToken *caller = authenticate(recorded.header("Authorization"));
    if (!caller)
        return EmulatorApi::error(401, QStringLiteral("Bad credentials"));
    EmulatorRequest authorised = request;
    authorised.caller.userId = store.userId(caller->login);
    authorised.caller.fineGrained = caller->fineGrained;
    authorised.caller.scopes = caller->scopes;
    authorised.caller.ssoOwners = caller->ssoOwners;

    rollWindow();
    if (EmulatorGraphQL::handles(request.path)) {
        if (!graphqlEnabled) // an old Enterprise Server, or a proxy that does not pass it on
            return EmulatorApi::error(404, QStringLiteral("Not Found"));
        graphql.reset = reset;
        EmulatorResponse r = EmulatorGraphQL::handle(store, authorised, graphql);
        addTokenHeaders(r, *caller);
        return r;
    }
    if (request.path == QLatin1String("/rate_limit")) {
        // Asking about the budget does not spend it.
        EmulatorResponse r;
        r.body = QJsonDocument(rateJson()).toJson(QJsonDocument::Compact);
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        addRateHeaders(r);
        addTokenHeaders(r, *caller);
        return r;
    }
    if (used >= limit) {
        EmulatorResponse r = EmulatorApi::error(
            403,
            QStringLiteral("API rate limit exceeded for user ID %1.").arg(authorised.caller.userId),
            rateLimitDocs);
        addRateHeaders(r);
        addTokenHeaders(r, *caller);
        return r;
    }
    if (EmulatorSecondaryLimit::isWrite(request.method)) {
        if (auto refusal = secondaryLimit.admit(caller->login, store.now())) {
            ++used;
            addRateHeaders(*refusal);
            addTokenHeaders(*refusal, *caller);
            return *refusal;
        }
    }
    EmulatorResponse r = EmulatorApi::handle(store, authorised);
    if (r.status != 304)
        ++used; // a 304 is free, as on GitHub
    addRateHeaders(r);
    addTokenHeaders(r, *caller);
    notify(request, r);
    if (loseAnswer)
        *delivery = Delivery::Drop; // done, but the client never hears of it
    return r;
}

const EmulatorToken *GitHubEmulatorPrivate::authenticate(const QByteArray &authorization) const
{
    QByteArray presented;
    if (authorization.startsWith("Bearer "))
        presented = authorization.mid(7);
    else if (authorization.startsWith("token "))
        presented = authorization.mid(6);
    else
        return nullptr;
    const auto it = tokens.constFind(QString::fromUtf8(presented));
    if (it == tokens.constEnd() || presented.isEmpty() || it->revoked)
        return nullptr;
    if (it->expiresAt.isValid() && store.now() >= it->expiresAt)
        return nullptr;
    return &*it;
}

void GitHubEmulatorPrivate::addTokenHeaders(EmulatorResponse &response, const EmulatorToken &token)
{
    if (!token.fineGrained)
        response.setHeader("X-OAuth-Scopes", token.scopes.join(QLatin1String(", ")).toUtf8());
    if (token.expiresAt.isValid())
        response.setHeader("github-authentication-token-expiration",
                           token.expiresAt.toUTC()
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                               .toLatin1());
}

void GitHubEmulatorPrivate::notify(const EmulatorRequest &request, const EmulatorResponse &response)
{
    if (request.method == "DELETE" && response.status == 204) {
        const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() >= 2)
            emit q->deploymentDeleted(parts.size() > 3 && parts[0] == QLatin1String("repos")
                                          ? parts[1] + QLatin1Char('/') + parts[2]
                                          : QString(),
                                      parts.last().toLongLong());
        return;
    }
    if (request.method != "POST" || response.status != 201)
        return;
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    const QString repoUrl = o.value(QStringLiteral("repository_url")).toString();
    const QString fullName = repoUrl.section(QLatin1Char('/'), -2);
    const qint64 id = o.value(QStringLiteral("id")).toInteger();
    if (o.contains(QStringLiteral("state"))) {
        const qint64 deploymentId = o.value(QStringLiteral("deployment_url"))
                                        .toString()
                                        .section(QLatin1Char('/'), -1)
                                        .toLongLong();
        emit q->deploymentStatusCreated(fullName, deploymentId, id);
    } else {
        emit q->deploymentCreated(fullName, id);
    }
}

void GitHubEmulatorPrivate::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QUrl url = request.url();
    GitHubEmulator::RecordedRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        recorded.path += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    recorded.headers = request.headers();
    recorded.body = request.body();
    ++requestCount;
    // The first request on a socket counts its connection (a property, as QAbstractHttpServer
    // owns the socket).
    static const char *const counted = "_deploydeck_connection_epoch";
    if (socket->property(counted).toULongLong() != connectionEpoch) {
        socket->setProperty(counted, connectionEpoch);
        ++connectionCount;
    }
    if (recordedRequests.size() < maxRecordedRequests)
        recordedRequests.append(recorded);

    EmulatorRequest api;
    api.method = recorded.method;
    api.path = url.path(QUrl::FullyDecoded);
    api.rawPath = url.path(QUrl::FullyEncoded);
    api.query = QUrlQuery(url);
    const QByteArray host = recorded.header("Host");
    // Behind a TLS front (the benchmark's nginx), the URLs it serves are the front's https ones.
    const bool https = tls || recorded.header("X-Forwarded-Proto") == "https";
    api.root = host.isEmpty() ? rootUrl()
                              : (https ? QLatin1String("https://") : QLatin1String("http://")) +
                                    QString::fromLatin1(host);
    // GitHub Enterprise Server's REST root: the same routes under /api/v3, whose URLs keep it.
    if (api.path == enterprisePrefix || api.path.startsWith(enterprisePrefix + QLatin1Char('/'))) {
        api.path = api.path.mid(enterprisePrefix.size());
        api.rawPath = api.rawPath.mid(enterprisePrefix.size());
        api.root += enterprisePrefix;
    }
    api.ifNoneMatch = recorded.header("If-None-Match");
    api.body = recorded.body;

    Delivery delivery = Delivery::Normal;
    EmulatorResponse response = respond(recorded, api, &delivery);
    const bool close = recorded.header("Connection").toLower() == "close";
    const bool head = api.method == "HEAD";
    emit q->requestReceived(recorded.method, recorded.path);

    // Answer from the event loop, never from inside QAbstractHttpServer's read handler: a
    // dropped socket must not be deleted under it. The socket is the context: if the client
    // goes away first, nothing is sent.
    if (delivery == Delivery::Stall)
        return; // never answered; the socket stays open until the client gives up
    // In flight until answered, or until the client went away (the emulator is the context so
    // the count always comes down).
    maxInFlight = std::max(maxInFlight, ++inFlight);
    QTimer::singleShot(
        latency, q, [this, socket = QPointer<QTcpSocket>(socket), response, delivery, head, close] {
            --inFlight;
            if (socket)
                send(socket, response, delivery, head, close);
        });
}

void GitHubEmulatorPrivate::send(QTcpSocket *socket, EmulatorResponse response, Delivery delivery,
                                 bool head, bool close)
{
    if (delivery == Delivery::Drop) {
        socket->abort();
        return;
    }
    const bool noBody = response.status == 204 || response.status == 304;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     EmulatorApi::reasonPhrase(response.status) + "\r\n";
    out += "Server: deploydeck-emulator\r\n";
    out += "Date: " +
           QLocale::c()
               .toString(store.now(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
               .toLatin1() +
           "\r\n";
    out += "X-GitHub-Api-Version-Selected: 2022-11-28\r\n";
    out += "X-GitHub-Media-Type: github.v3; format=json\r\n";
    out +=
        "X-GitHub-Request-Id: EMU0:" + QByteArray::number(++requestSerial, 16).toUpper() + "\r\n";
    out += "Access-Control-Expose-Headers: ETag, Link, Location, Retry-After, "
           "X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, "
           "X-RateLimit-Reset\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        out += name + ": " + value + "\r\n";
    if (noBody) {
        response.body.clear();
    } else {
        const qsizetype promised =
            delivery == Delivery::Truncated ? response.body.size() + 4096 : response.body.size();
        out += "Content-Length: " + QByteArray::number(promised) + "\r\n";
    }
    if (close || delivery == Delivery::Truncated)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!head)
        out += response.body;
    socket->write(out);
    if (close || delivery == Delivery::Truncated)
        socket->disconnectFromHost();
}
