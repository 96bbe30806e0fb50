// deploydeck cleanup: the window's cleanup engine (CleanupPlan, CleanupJob) on the command line;
// its options and run are CleanupCommand's (app/cleanupcommand.h). Here: which repositories
// (each --repo, or --watched: the Overview's watch list on this host) and the connection.
#include "app/cleanupcommand.h"
#include "clicore.h"
#include "commands.h"
#include "connection.h"

#include "models/githubclient.h"
#include "models/watchlist.h"

namespace CommandLine {

namespace {

bool sameRoot(const QUrl &a, const QUrl &b)
{
    return a.adjusted(QUrl::StripTrailingSlash) == b.adjusted(QUrl::StripTrailingSlash);
}

// The repositories to clean up, or an exit code after saying why.
int readRepositories(const Invocation &invocation, const Connection &connection, bool watched,
                     QList<RepositoryId> *repositories)
{
    for (const QString &value : invocation.parser.values(QStringLiteral("repo"))) {
        const std::optional<RepositoryId> parsed = RepositoryId::parse(value);
        if (!parsed) {
            printError(tr("\"%1\" is not a repository; use OWNER/REPO.").arg(value));
            return UsageError;
        }
        if (!repositories->contains(*parsed))
            repositories->append(*parsed);
    }
    if (watched) {
        if (!repositories->isEmpty()) {
            printError(tr("Use --repo or --watched, not both."));
            return UsageError;
        }
        const WatchList list;
        QStringList logins;
        for (const WatchedRepository &w : list.repositories()) {
            if (!sameRoot(w.apiRoot, connection.apiRoot))
                continue;
            repositories->append(w.repository);
            if (!logins.contains(w.login, Qt::CaseInsensitive))
                logins.append(w.login);
        }
        if (repositories->isEmpty()) {
            //: %1 the API root
            printError(
                tr("The Overview watches no repository on %1.").arg(connection.apiRoot.toString()));
            return UsageError;
        }
        // Writes are paced per account: one run, one account.
        if (logins.size() > 1) {
            //: %1 the accounts
            printError(tr("The watched repositories on this host are read by several accounts "
                          "(%1): name them with --repo.")
                           .arg(logins.join(QStringLiteral(", "))));
            return UsageError;
        }
    }
    if (repositories->isEmpty()) {
        printError(tr("--repo OWNER/REPO (or --watched) is required."));
        return UsageError;
    }
    return Ok;
}

} // namespace

QString cleanupSummary()
{
    return tr("Marks inactive or deletes old deployments by rules, after a dry run");
}

int runCleanup(Invocation &invocation)
{
    const CleanupCommand::Parser cleanup;
    if (const std::optional<int> done = invocation.parse(
            tr("Plans a cleanup of the deployments of one repository or several (each --repo, or "
               "--watched) by rules and prints it (the dry run); with --yes, applies it, paced "
               "under GitHub's limits for writes. Exit code 0 when everything planned was done "
               "or skipped for a reason, 1 when a write failed."),
            QList<QCommandLineOption>{Connection::repoOption()} + cleanup.options()))
        return *done;
    CleanupCommand::Options options;
    QString error;
    if (!cleanup.read(invocation.parser, &options, &error)) {
        printError(error);
        return UsageError;
    }
    Connection connection;
    if (const int code = connection.readHost(invocation))
        return code;
    if (const int code =
            readRepositories(invocation, connection, options.watched, &options.repositories))
        return code;
    connection.repository = options.repositories.first(); // its account, if one is known
    GitHubClient client;
    if (!connection.configure(&client))
        return ApiError;
    return CleanupCommand::run(&client, options);
}

} // namespace CommandLine
