// deploydeck mark-inactive: posts an inactive status.
#include "clicore.h"
#include "commands.h"
#include "connection.h"

#include "models/githubclient.h"

namespace CommandLine {

QString markInactiveSummary()
{
    return tr("Mark a deployment inactive.");
}

int runMarkInactive(Invocation &invocation)
{
    const QCommandLineOption json = jsonOutputOption();
    if (const std::optional<int> done =
            invocation.parse(tr("Marks a deployment inactive and prints \"#ID inactive "
                                "(environment)\"."),
                             {Connection::repoOption(), Connection::deploymentOption(), json}))
        return *done;
    Connection connection;
    if (const int code = connection.read(invocation))
        return code;
    qint64 deploymentId = 0;
    if (const int code = readDeploymentId(invocation, &deploymentId))
        return code;
    GitHubClient client;
    if (!connection.configure(&client))
        return ApiError;
    NewStatus status;
    status.state = StatusState::Inactive;
    return postStatus(&client, connection.repository, deploymentId, status,
                      invocation.parser.isSet(json) ? StatusOutput::Json : StatusOutput::Line);
}

} // namespace CommandLine
