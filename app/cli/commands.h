#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class GitHubClient;
class RepositoryId;
struct NewStatus;

// The subcommands: one file each (app/cli/<name>command.cpp); the table is in commands.cpp.
// clicore.h says how to add one.
namespace CommandLine {

class Invocation;

struct Command
{
    const char *name;
    QString (*summary)(); // one translated line for the top-level help
    int (*run)(Invocation &invocation);
};

// Every subcommand, in the order the top-level help lists them.
const QList<Command> &commands();
const Command *findCommand(const QString &name);

QString exportSummary();
int runExport(Invocation &invocation);
QString statusSummary();
int runStatus(Invocation &invocation);
QString markInactiveSummary();
int runMarkInactive(Invocation &invocation);
QString deleteSummary();
int runDelete(Invocation &invocation);
QString watchSummary();
int runWatch(Invocation &invocation);
QString cleanupSummary();
int runCleanup(Invocation &invocation);
QString authSummary();
int runAuth(Invocation &invocation);

// Shared by status, mark-inactive and delete (statuscommand.cpp).
enum class StatusOutput { None, Line, Json };
QCommandLineOption jsonOutputOption();
int postStatus(GitHubClient *client, const RepositoryId &repository, qint64 deploymentId,
               const NewStatus &status, StatusOutput output);

} // namespace CommandLine
