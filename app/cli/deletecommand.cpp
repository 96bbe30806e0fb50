// deploydeck delete: deletes a deployment, optionally marking it inactive first.
#include "clicore.h"
#include "commands.h"
#include "connection.h"

#include "models/githubclient.h"

namespace CommandLine {

QString deleteSummary()
{
    return tr("Delete a deployment (GitHub deletes inactive ones only).");
}

int runDelete(Invocation &invocation)
{
    const QCommandLineOption markInactiveFirst(QStringLiteral("mark-inactive-first"),
                                               tr("Mark the deployment inactive, then delete it."));
    if (const std::optional<int> done = invocation.parse(
            tr("Deletes a deployment. GitHub deletes only inactive deployments (or a repository's "
               "only one)."),
            {Connection::repoOption(), Connection::deploymentOption(), markInactiveFirst}))
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
    const bool markFirst = invocation.parser.isSet(markInactiveFirst);
    if (markFirst) {
        NewStatus status;
        status.state = StatusState::Inactive;
        if (const int code = postStatus(&client, connection.repository, deploymentId, status,
                                        StatusOutput::None))
            return code;
    }
    const GitHubError error = wait(client.deleteDeployment(connection.repository, deploymentId));
    if (error.isError()) {
        const int code = apiFailure(error);
        // GitHub answers 422 for an active deployment; say how to get past it.
        if (!markFirst && error.httpStatus == 422)
            printError(tr("Only an inactive deployment can be deleted: add --mark-inactive-first "
                          "to mark it inactive, then delete it."));
        return code;
    }
    return Ok;
}

} // namespace CommandLine
