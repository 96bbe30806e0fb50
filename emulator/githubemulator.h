#pragma once

// An in-memory GitHub REST API (Deployments, Deployment statuses, Environments, /rate_limit,
// /user, /repos/{owner}/{repo}) on loopback, for tests, benchmarks and the offline demo.
// It is an independent implementation of GitHub's behaviour: it shares no code with models/.

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

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

    explicit GitHubEmulator(QObject *parent = nullptr);
    ~GitHubEmulator() override;

    // Listening: port 0 picks a free port. baseUrl() is the API root, e.g. http://127.0.0.1:PORT
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;

    // Authentication: requests need exactly `Authorization: Bearer TOKEN` or `token TOKEN`.
    void setToken(const QString &token); // default "demo-token"
    QString token() const;

    // Data sets (each replaces all repositories and deployments).
    void loadDemo(quint32 seed = 1); // acme/storefront, acme/payments-api, acme/mobile-app, ...
    void loadEmpty();                // one empty repository, octo/empty
    void loadSynthetic(int deployments, int statusesEach); // octo/synthetic
    void clear();                                          // no repositories at all

    // Repositories. addRepository returns the repository's numeric id (or the existing one's).
    qint64 addRepository(const QString &ownerSlashName);
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
    QDateTime rateLimitReset() const;
    void injectFault(Fault fault, int count = 1, const QString &pathContains = {},
                     int retryAfterSeconds = 1);
    void clearFaults();
    int pendingFaults() const;

    // Live mode: every `seconds` a new deployment appears and walks through its states.
    void startLive(int seconds);
    void stopLive();

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
    void requestReceived(const QByteArray &method, const QString &path);
    void deploymentCreated(const QString &ownerSlashName, qint64 deploymentId);
    void deploymentStatusCreated(const QString &ownerSlashName, qint64 deploymentId,
                                 qint64 statusId);
    void deploymentDeleted(const QString &ownerSlashName, qint64 deploymentId);

private:
    std::unique_ptr<GitHubEmulatorPrivate> d;
};
