#include "commands.h"

namespace CommandLine {

const QList<Command> &commands()
{
    // One row per subcommand (clicore.h: how to add one).
    static const QList<Command> table{
        {"export", exportSummary, runExport},
        {"status", statusSummary, runStatus},
        {"mark-inactive", markInactiveSummary, runMarkInactive},
        {"delete", deleteSummary, runDelete},
        {"watch", watchSummary, runWatch},
        {"cleanup", cleanupSummary, runCleanup},
        {"auth", authSummary, runAuth},
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace CommandLine
