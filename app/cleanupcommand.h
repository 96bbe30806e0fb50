#pragma once

#include "models/cleanuprule.h"
#include "models/repositoryid.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

class GitHubClient;
class QCommandLineParser;

// `deploydeck cleanup --repo OWNER/REPO [--environment PATTERN]... [--older-than 30d]
// [--keep N] [--state STATE]... [--action mark-inactive|delete|delete-environment]
// [--dry-run] [--yes] [--json]`: the window's engine (CleanupPlan, CleanupJob) on the
// command line. Without --yes it stops after the dry run. A journal (--journal, by default
// one per repository in the application's data directory) lets --resume finish an
// interrupted run. Exit 0 when everything planned was done or skipped for a reason, 1 when a
// write failed (or GitHub could not be read), 2 for a usage error.
class CleanupCommand
{
    Q_DECLARE_TR_FUNCTIONS(CleanupCommand)
public:
    struct Options
    {
        RepositoryId repository;
        CleanupRule rule;
        bool apply = false; // --yes
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
    };

    static QString defaultJournal(const RepositoryId &repository);

    // Loads the repository through `client` (configured: root, token), plans, and applies with
    // --yes. Prints to stdout (text or JSON) and stderr; returns the exit code.
    static int run(GitHubClient *client, const Options &options);
};
