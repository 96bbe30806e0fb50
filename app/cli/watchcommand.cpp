// deploydeck watch: follows a repository's deployments and prints each state change as it
// happens, polling with ETags (an unchanged repository costs 304s, which GitHub does not count
// against the rate limit).
#include "clicore.h"
#include "commands.h"
#include "connection.h"

#include "models/deploymentstore.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cmath>

namespace CommandLine {

namespace {

// --until-final's exit codes past the common ones (0 ok, 1 API error, 2 usage error).
enum WatchExitCode { FinalFailure = 3, FinalInactive = 4 };

// Below this, polling would only spend the rate limit (and GitHub's caches answer in seconds).
constexpr double minimumIntervalSeconds = 0.1;
constexpr double defaultIntervalSeconds = 10;

bool isFinal(const QString &state)
{
    return state == QLatin1String("success") || state == QLatin1String("failure") ||
           state == QLatin1String("error") || state == QLatin1String("inactive");
}

struct Seen
{
    qint64 latestStatusId = -1;
    QString state;
};

class Watch
{
public:
    Watch(GitHubClient *client, const RepositoryId &repository, QString environment,
          qint64 deploymentId, bool json, bool untilFinal, int intervalMs)
        : m_session(client)
        , m_environment(std::move(environment))
        , m_deploymentId(deploymentId)
        , m_json(json)
        , m_untilFinal(untilFinal)
    {
        m_session.setAutoRefreshInterval(0); // this loop decides when
        m_next.setSingleShot(true);
        m_next.setInterval(intervalMs);
        QObject::connect(&m_next, &QTimer::timeout, &m_session, [this] { m_session.refresh(); });
        QObject::connect(&m_session, &RepositorySession::refreshStateChanged, &m_session,
                         [this] { roundEnded(); });
        m_session.setRepository(repository);
    }

    int exec()
    {
        m_loop.exec();
        return m_exitCode;
    }

private:
    bool inScope(const DeploymentStore::Entry &entry) const
    {
        if (m_deploymentId > 0)
            return entry.deployment.id == m_deploymentId;
        return m_environment.isEmpty() || entry.environment == m_environment ||
               entry.deployment.environment == m_environment;
    }

    void print(const DeploymentStore &store, const DeploymentStore::Entry &entry,
               const QString &state, const QString &previous)
    {
        const QString description = store.description(entry);
        if (m_json) {
            QJsonObject line{{QStringLiteral("deployment"), entry.deployment.id},
                             {QStringLiteral("environment"), entry.environment},
                             {QStringLiteral("ref"), entry.deployment.ref},
                             {QStringLiteral("sha"), entry.deployment.sha},
                             {QStringLiteral("state"), state},
                             {QStringLiteral("previous_state"),
                              previous.isNull() ? QJsonValue() : QJsonValue(previous)},
                             {QStringLiteral("description"), description}};
            if (const DeploymentStore::StatusRecord *latest = entry.latestStatus()) {
                line.insert(QStringLiteral("status_id"), latest->id);
                line.insert(QStringLiteral("created_at"),
                            latest->createdAtTime().toString(Qt::ISODate));
            }
            printOut(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
            return;
        }
        // "#42 staging success main: Deployed": data, the same in every language, for scripts.
        QString line = QStringLiteral("#%1 %2 %3 %4")
                           .arg(entry.deployment.id)
                           .arg(entry.environment, state, entry.deployment.ref);
        if (!description.isEmpty())
            line += QStringLiteral(": ") + description;
        printLine(line);
    }

    void roundEnded()
    {
        // refreshStateChanged() also follows the repository switch, before anything is loaded.
        if (m_session.isLoading() ||
            (!m_session.lastSuccessfulRefresh().isValid() && !m_session.lastRefreshFailed()))
            return;
        const DeploymentStore *store = m_session.store();
        if (m_session.lastRefreshFailed()) {
            printError(m_session.lastError());
            if (!m_primed) { // nothing to watch: the token, the repository or the host is wrong
                finish(ApiError);
                return;
            }
        } else if (store) {
            const DeploymentStore::Entry *newest = nullptr;
            // Oldest first, so that lines come in the order things happened.
            for (int row = store->count() - 1; row >= 0; --row) {
                const DeploymentStore::Entry &entry = store->entry(row);
                if (!inScope(entry) || !entry.statusesLoaded)
                    continue;
                newest = &entry;
                const DeploymentStore::StatusRecord *latest = entry.latestStatus();
                const Seen now{latest ? latest->id : 0,
                               latest ? store->rawState(entry) : QStringLiteral("created")};
                const auto known = m_seen.constFind(entry.deployment.id);
                if (known == m_seen.cend()) {
                    // At the start, only where things stand now: each environment's newest.
                    if (m_primed)
                        print(*store, entry, now.state, QString());
                } else if (known->latestStatusId != now.latestStatusId) {
                    print(*store, entry, now.state, known->state);
                }
                m_seen.insert(entry.deployment.id, now);
            }
            if (!m_primed) {
                QHash<QString, const DeploymentStore::Entry *> newestPerEnvironment;
                for (int row = store->count() - 1; row >= 0; --row) {
                    const DeploymentStore::Entry &entry = store->entry(row);
                    if (inScope(entry) && entry.statusesLoaded)
                        newestPerEnvironment.insert(entry.environment, &entry);
                }
                for (const DeploymentStore::Entry *entry : std::as_const(newestPerEnvironment))
                    print(*store, *entry, m_seen.value(entry->deployment.id).state, QString());
                m_primed = true;
            }
            if (m_untilFinal && newest) {
                const QString state = m_seen.value(newest->deployment.id).state;
                if (isFinal(state)) {
                    finish(state == QLatin1String("success")    ? int(Ok)
                           : state == QLatin1String("inactive") ? int(FinalInactive)
                                                                : int(FinalFailure));
                    return;
                }
            }
        }
        m_next.start();
    }

    void finish(int code)
    {
        m_exitCode = code;
        m_next.stop();
        m_loop.quit();
    }

    RepositorySession m_session;
    QString m_environment;
    qint64 m_deploymentId = 0;
    bool m_json = false;
    bool m_untilFinal = false;
    bool m_primed = false;
    QHash<qint64, Seen> m_seen;
    QTimer m_next;
    QEventLoop m_loop;
    int m_exitCode = Ok;
};

} // namespace

QString watchSummary()
{
    return tr("Follow a repository's deployments: one line per state change, until interrupted.");
}

int runWatch(Invocation &invocation)
{
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         tr("Only deployments to this environment."),
                                         QStringLiteral("ENV"));
    const QCommandLineOption deployment(QStringLiteral("deployment"), tr("Only this deployment."),
                                        QStringLiteral("ID"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("One JSON object per line instead of text."));
    const QCommandLineOption untilFinal(
        QStringLiteral("until-final"),
        tr("Stop when the newest deployment watched reaches a final state; the exit code says "
           "which: 0 success, 3 failure or error, 4 inactive."));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Seconds between checks (default 10)."),
                                      QStringLiteral("SECONDS"));
    if (const std::optional<int> done = invocation.parse(
            tr("Prints where the newest deployment of each environment stands, then a line "
               "\"#ID environment state ref: description\" each time a deployment's state "
               "changes or a deployment appears, until interrupted. Unchanged answers cost no "
               "rate limit (ETags)."),
            {Connection::repoOption(), environment, deployment, json, untilFinal, interval}))
        return *done;
    const QCommandLineParser &parser = invocation.parser;
    Connection connection;
    if (const int code = connection.read(invocation))
        return code;
    qint64 deploymentId = 0;
    if (parser.isSet(deployment) && readDeploymentId(invocation, &deploymentId))
        return UsageError;
    double seconds = defaultIntervalSeconds;
    if (parser.isSet(interval)) {
        bool ok = false;
        seconds = parser.value(interval).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < minimumIntervalSeconds || seconds > 86400) {
            //: %1 is the value given
            printError(tr("--interval needs a number of seconds from 0.1 to 86400, not \"%1\".")
                           .arg(parser.value(interval)));
            return UsageError;
        }
    }
    GitHubClient client;
    if (!connection.configure(&client))
        return ApiError;
    reportWaits(&client);
    Watch watch(&client, connection.repository, parser.value(environment), deploymentId,
                parser.isSet(json), parser.isSet(untilFinal), int(std::lround(seconds * 1000)));
    return watch.exec();
}

} // namespace CommandLine
