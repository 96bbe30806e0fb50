#pragma once

#include "models/cleanuprule.h"
#include "models/repositoryid.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

class GitHubClient;
class QCommandLineParser;

// `deploydeck cleanup (--repo OWNER/REPO)... | --watched [--environment PATTERN]...
// [--older-than 30d] [--keep N] [--state STATE]... [--action ...] | --rules FILE
// [--dry-run] [--yes] [--json]`: the window's engine (CleanupPlan, CleanupJob) on the
// command line, over one repository or several (each --repo, or every repository the
// Overview watches on the host) in one run: one plan, one confirmation (--yes), one journal,
// one report, and one pace for the writes of them all (GitHub's secondary limits are per
// user). Without --yes it stops after the dry run. A journal (--journal, by default one per
// set of repositories in the application's data directory) lets --resume finish an
// interrupted run. Exit 0 when everything planned was done or skipped for a reason, 1 when a
// write failed (or GitHub could not be read), 2 for a usage error.
class CleanupCommand
{
    Q_DECLARE_TR_FUNCTIONS(CleanupCommand)
public:
    struct Options
    {
        QList<RepositoryId> repositories;
        QList<CleanupRule> rules; // the rule options' one, or --rules FILE's
        bool watched = false;     // --watched: the caller fills `repositories` from the list
        bool apply = false;       // --yes
        bool json = false;
        bool resume = false;
        QString journal; // empty: the default for the repository
    };

    // The options it adds to a parser (besides the shared --repo, --api-url, ...).
    struct Parser
    {
        Parser();
        QList<QCommandLineOption> options() const;
        // Reads them; false with a translated `error` for a usage error.
        bool read(const QCommandLineParser &parser, Options *options, QString *error) const;

        QCommandLineOption environment;
        QCommandLineOption olderThan;
        QCommandLineOption keep;
        QCommandLineOption state;
        QCommandLineOption action;
        QCommandLineOption includeLive;
        QCommandLineOption dryRun;
        QCommandLineOption yes;
        QCommandLineOption json;
        QCommandLineOption journal;
        QCommandLineOption resume;
        QCommandLineOption watched;
        QCommandLineOption rules;
    };

    // Rules from a file: a JSON array of rules, or an object with "rules" (an exported plan).
    static QList<CleanupRule> readRules(const QString &fileName, QString *error);

    static QString defaultJournal(const QList<RepositoryId> &repositories);

    // Loads the repositories through `client` (configured: root, token), plans, and applies
    // with --yes. Prints to stdout (text or JSON) and stderr; returns the exit code.
    static int run(GitHubClient *client, const Options &options);
};
