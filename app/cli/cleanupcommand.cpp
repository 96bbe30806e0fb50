// deploydeck cleanup: the window's cleanup engine (CleanupPlan, CleanupJob) on the command line;
// its options and run are CleanupCommand's (app/cleanupcommand.h).
#include "app/cleanupcommand.h"
#include "clicore.h"
#include "commands.h"
#include "connection.h"

#include "models/githubclient.h"

namespace CommandLine {

QString cleanupSummary()
{
    return tr("Marks inactive or deletes old deployments by rules, after a dry run");
}

int runCleanup(Invocation &invocation)
{
    const CleanupCommand::Parser cleanup;
    if (const std::optional<int> done = invocation.parse(
            tr("Plans a cleanup of a repository's deployments by rules and prints it (the dry "
               "run); with --yes, applies it, paced under GitHub's limits for writes. Exit code "
               "0 when everything planned was done or skipped for a reason, 1 when a write "
               "failed."),
            QList<QCommandLineOption>{Connection::repoOption()} + cleanup.options()))
        return *done;
    Connection connection;
    if (const int code = connection.read(invocation))
        return code;
    CleanupCommand::Options options;
    QString error;
    if (!cleanup.read(invocation.parser, &options, &error)) {
        printError(error);
        return UsageError;
    }
    options.repository = connection.repository;
    GitHubClient client;
    if (!connection.configure(&client))
        return ApiError;
    return CleanupCommand::run(&client, options);
}

} // namespace CommandLine
