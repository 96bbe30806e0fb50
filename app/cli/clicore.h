#pragma once

// The command line's shared core: exit codes, the global options, the subcommand table's
// types, parsing in any order, usage and help text, and printing.
//
// How to add a subcommand (a small, local change):
//   1. Write app/cli/<name>command.cpp defining `int run<Name>(Invocation &)` and
//      `QString <name>Summary()` (one translated line for the top-level help); declare both
//      in app/cli/commands.h.
//   2. Add one row {"<name>", <name>Summary, run<Name>} to the table in app/cli/commands.cpp,
//      and the file to app/CMakeLists.txt.
//   main(), the top-level help, "unknown command" and the pre-scan read that table: nothing
//   else changes. In run<Name>, call `invocation.parse(description, {options...})` first; it
//   adds the global options, handles --help (usage line "deploydeck <name> [options]") and
//   reports usage errors with exit code 2.
//
// How to add a global option (accepted before or after the subcommand, by every subcommand):
//   add one row to globalOptionSpecs() in app/cli/clicore.cpp (name, value name or empty,
//   description). The pre-scan that finds the subcommand skips its value, and every
//   subcommand's parser accepts it. Read it with invocation.parser.value(QStringLiteral("name"))
//   (or isSet) where it matters, e.g. in Connection (app/cli/connection.cpp).
//
// No QGuiApplication here: --help, --version and every subcommand run without a display.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class GitHubClient;
class GitHubError;
class GitHubRequest;

namespace CommandLine {

enum ExitCode { Ok = 0, ApiError = 1, UsageError = 2 };

// Translated in the "CommandLine" context (where every subcommand's strings live).
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

class Invocation
{
public:
    // `command` as the user typed it ("export", "auth login"); `arguments` are everything
    // else (program name first, subcommand words removed), global options included.
    Invocation(const QString &command, const QStringList &arguments);

    // Parses the subcommand's `options` and the global ones, in any order. Returns an exit
    // code to stop with (0 after --help or --version, 2 after a usage error, already
    // printed), or nothing to go on. `positional` names the positional arguments the
    // subcommand takes (usage line); without it any positional argument is an error.
    std::optional<int> parse(const QString &description, const QList<QCommandLineOption> &options,
                             const QString &positional = QString());

    QString command() const { return m_command; }
    // For a command with actions ("auth login"): removes the first word that is not an option
    // (or the value of a global option or of one in `valueOptions`) and appends it to
    // command(). Empty if there is none.
    QString takeAction(const QStringList &valueOptions);
    // Whether -h/--help is among the arguments (before parse()).
    bool hasHelpFlag() const;
    // The help text for this subcommand (usage line, description, options), wrapped.
    QString helpText() const;

    QCommandLineParser parser;

private:
    QString m_command;
    QStringList m_arguments;
    QString m_description;
    QString m_positional;
    QList<QCommandLineOption> m_options;
};

// The index of the first argument in `arguments` from `from` on that is neither an option nor
// an option's value (`takesValue(name)` says which options take one); -1 if none.
int firstPositional(const QStringList &arguments, int from,
                    const std::function<bool(const QString &)> &takesValue);

// The options every subcommand accepts, before or after its name.
QList<QCommandLineOption> globalOptions();
// Whether `name` (without dashes) is a global option that takes a value.
bool globalOptionTakesValue(const QString &name);

void printError(const QString &message);
void printOut(const QByteArray &text);
void printLine(const QString &line); // to stdout, with a newline

// Says on stderr when the client waits for a rate limit, until when (capped by ClientLimits),
// and that Ctrl+C stops it: a script's log shows why it is slow.
void reportWaits(GitHubClient *client);

// Runs the event loop until `request` emits finished() or failed().
GitHubError wait(GitHubRequest *request);
// Prints the error (translated, GitHub's message included) and returns ApiError.
int apiFailure(const GitHubError &error);

} // namespace CommandLine
