// deploydeck status: posts a deployment status; mark-inactive and delete post through it too.
#include "clicore.h"
#include "commands.h"
#include "connection.h"

#include "models/githubclient.h"

#include <QJsonDocument>
#include <QPointer>

namespace CommandLine {

QCommandLineOption jsonOutputOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              tr("Print the status GitHub created as JSON instead of one line."));
}

int postStatus(GitHubClient *client, const RepositoryId &repository, qint64 deploymentId,
               const NewStatus &status, StatusOutput output)
{
    StatusRequest *request = client->createStatus(repository, deploymentId, status);
    QPointer<StatusRequest> guard(request);
    const GitHubError error = wait(request);
    if (error.isError())
        return apiFailure(error);
    if (!guard)
        return Ok;
    const DeploymentStatus &created = guard->status();
    switch (output) {
    case StatusOutput::None:
        break;
    case StatusOutput::Json:
        printOut(QJsonDocument(created.json).toJson(QJsonDocument::Indented));
        break;
    case StatusOutput::Line: {
        // "#42 success (staging)": data only, the same in every language, for scripts.
        QString line = QStringLiteral("#%1 %2").arg(deploymentId).arg(created.rawState);
        if (!created.environment.isEmpty())
            line += QStringLiteral(" (%1)").arg(created.environment);
        printLine(line);
        break;
    }
    }
    return Ok;
}

QString statusSummary()
{
    return tr("Post a deployment status (success, failure, in_progress, ...).");
}

int runStatus(Invocation &invocation)
{
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("One of: error, failure, inactive, in_progress, queued, "
                                      "pending, success."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         tr("A short description (at most 140 characters)."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption logUrl(QStringLiteral("log-url"),
                                    tr("The deployment's log (http or https)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption environmentUrl(
        QStringLiteral("environment-url"),
        tr("The deployed environment's address (http or https)."), QStringLiteral("URL"));
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         tr("Move the deployment to this environment."),
                                         QStringLiteral("ENV"));
    const QCommandLineOption noAutoInactive(
        QStringLiteral("no-auto-inactive"),
        tr("Do not mark earlier deployments to the environment inactive."));
    const QCommandLineOption json = jsonOutputOption();
    if (const std::optional<int> done = invocation.parse(
            tr("Creates a deployment status and prints \"#ID state (environment)\"."),
            {Connection::repoOption(), Connection::deploymentOption(), state, description, logUrl,
             environmentUrl, environment, noAutoInactive, json}))
        return *done;
    const QCommandLineParser &parser = invocation.parser;
    Connection connection;
    if (const int code = connection.read(invocation))
        return code;
    qint64 deploymentId = 0;
    if (const int code = readDeploymentId(invocation, &deploymentId))
        return code;
    NewStatus status;
    status.state = StatusStates::fromApi(parser.value(state));
    if (!parser.isSet(state) || !StatusStates::postable().contains(status.state)) {
        printError(tr("--state must be one of: error, failure, inactive, in_progress, queued, "
                      "pending, success."));
        return UsageError;
    }
    status.description = parser.value(description);
    for (const auto &[option, target] :
         {std::pair{&logUrl, &status.logUrl}, std::pair{&environmentUrl, &status.environmentUrl}}) {
        if (!parser.isSet(*option))
            continue;
        const QUrl url(parser.value(*option), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        // As the window: a link others will click opens only if it is http(s).
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            //: %1 is the option (--log-url), %2 the value given
            printError(tr("%1 \"%2\" is not an http or https address.")
                           .arg(QLatin1String("--") + option->names().constFirst(),
                                parser.value(*option)));
            return UsageError;
        }
        *target = url;
    }
    status.environment = parser.value(environment);
    if (parser.isSet(noAutoInactive))
        status.autoInactive = false;

    GitHubClient client;
    if (!connection.configure(&client))
        return ApiError;
    return postStatus(&client, connection.repository, deploymentId, status,
                      parser.isSet(json) ? StatusOutput::Json : StatusOutput::Line);
}

} // namespace CommandLine
