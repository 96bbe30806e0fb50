#include "cleanupcommand.h"

#include "models/cleanupjob.h"
#include "models/cleanupjournal.h"
#include "models/cleanupplan.h"
#include "models/deploymentstore.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>

#include <cstdio>

namespace {
enum ExitCode { Ok = 0, Failed = 1, UsageError = 2 };

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

QString planText(const CleanupPlan &plan)
{
    QStringList lines;
    for (const CleanupItem &item : plan.items) {
        const bool env = item.target == CleanupItem::Target::Environment;
        lines.append(
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                .arg(CleanupRule::actionName(item.action),
                     env ? QStringLiteral("-") : QStringLiteral("#%1").arg(item.deploymentId),
                     item.environment, env ? QStringLiteral("-") : item.ref,
                     item.live ? QStringLiteral("live") : QStringLiteral("-"), item.ruleName));
    }
    for (const CleanupPlan::Count &c : plan.counts())
        lines.append(QStringLiteral("%1\t%2\t%3")
                         .arg(c.environment, CleanupRule::actionName(c.action))
                         .arg(c.count));
    lines.append(plan.summary());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

CleanupCommand::Parser::Parser()
    : environment(QStringLiteral("environment"),
                  tr("Only environments matching PATTERN (* and ?); may be repeated."),
                  QStringLiteral("PATTERN"))
    , olderThan(QStringLiteral("older-than"),
                tr("Only deployments created longer ago than AGE (30d, 12h, 2w)."),
                QStringLiteral("AGE"))
    , keep(QStringLiteral("keep"), tr("Keep the newest N deployments of each environment."),
           QStringLiteral("N"))
    , state(QStringLiteral("state"),
            tr("Only deployments in STATE (success, failure, error, inactive, queued, pending, "
               "in_progress, none); may be repeated."),
            QStringLiteral("STATE"))
    , action(QStringLiteral("action"),
             tr("mark-inactive (the default), delete, or delete-environment."),
             QStringLiteral("ACTION"))
    , includeLive(QStringLiteral("include-live"),
                  tr("Live deployments too (never a production environment's)."))
    , dryRun(QStringLiteral("dry-run"), tr("Only show what would be done (the default)."))
    , yes(QStringLiteral("yes"), tr("Apply the cleanup after the dry run."))
    , json(QStringLiteral("json"), tr("Print the plan and the report as JSON."))
    , journal(QStringLiteral("journal"),
              tr("Record the run in FILE (default: one per repository in the data directory)."),
              QStringLiteral("FILE"))
    , resume(QStringLiteral("resume"), tr("Resume the interrupted run recorded in the journal."))
{}

QList<QCommandLineOption> CleanupCommand::Parser::options() const
{
    return {environment, olderThan, keep, state,   action, includeLive,
            dryRun,      yes,       json, journal, resume};
}

bool CleanupCommand::Parser::read(const QCommandLineParser &parser, Options *options,
                                  QString *error) const
{
    CleanupRule &rule = options->rule;
    rule.environmentPatterns = parser.values(environment);
    if (parser.isSet(olderThan)) {
        const auto seconds = CleanupRule::parseDuration(parser.value(olderThan));
        if (!seconds) {
            *error = tr("\"%1\" is not an age: use a number and d, h, m or w (30d, 12h).")
                         .arg(parser.value(olderThan));
            return false;
        }
        rule.olderThanSeconds = *seconds;
    }
    if (parser.isSet(keep)) {
        bool ok = false;
        rule.keepNewest = parser.value(keep).toInt(&ok);
        if (!ok || rule.keepNewest < 0) {
            *error = tr("--keep needs a number of deployments (0 or more).");
            return false;
        }
    }
    for (const QString &name : parser.values(state)) {
        const QString n = name.trimmed().toLower();
        if (n == QLatin1String("none")) {
            rule.states.append(StatusState::NoStatus);
            continue;
        }
        const StatusState s = StatusStates::fromApi(n);
        if (s == StatusState::Unknown) {
            *error = tr("\"%1\" is not a state.").arg(name);
            return false;
        }
        rule.states.append(s);
        if (s == StatusState::Inactive)
            rule.states.append(StatusState::Destroyed);
    }
    if (parser.isSet(action)) {
        const auto a = CleanupRule::actionFromName(parser.value(action));
        if (!a) {
            *error = tr("--action is mark-inactive, delete or delete-environment.");
            return false;
        }
        rule.action = *a;
    }
    rule.includeLive = parser.isSet(includeLive);
    options->apply = parser.isSet(yes);
    if (options->apply && parser.isSet(dryRun)) {
        *error = tr("--dry-run and --yes cannot be used together.");
        return false;
    }
    options->json = parser.isSet(json);
    options->journal = parser.value(journal);
    options->resume = parser.isSet(resume);
    if (options->resume && !options->apply) {
        *error = tr("--resume writes to GitHub: add --yes.");
        return false;
    }
    const QString problem = rule.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    return true;
}

QString CleanupCommand::defaultJournal(const RepositoryId &repository)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cleanup/") + repository.owner.toLower() + QLatin1Char('_') +
           repository.name.toLower() + QStringLiteral(".journal");
}

int CleanupCommand::run(GitHubClient *client, const Options &options)
{
    RepositorySession session(client);
    session.setAutoRefreshInterval(0);
    {
        QEventLoop loop;
        QObject::connect(&session, &RepositorySession::loadingChanged, &loop, [&](bool loading) {
            if (!loading)
                loop.quit();
        });
        session.setRepository(options.repository);
        if (session.isLoading())
            loop.exec();
    }
    DeploymentStore *store = session.store();
    if (!store || store->loadState() != DeploymentStore::LoadState::Ready) {
        err(store ? store->errorString() : tr("The repository could not be read."));
        return Failed;
    }

    const QString journalPath =
        options.journal.isEmpty() ? defaultJournal(options.repository) : options.journal;
    std::unique_ptr<CleanupJournal> journal;
    CleanupPlan plan;
    QString error;
    if (options.resume) {
        journal = CleanupJournal::open(journalPath, &error);
        if (!journal) {
            err(error);
            return UsageError;
        }
        if (journal->plan().repository != options.repository) {
            err(tr("The journal %1 is about %2, not %3.")
                    .arg(journalPath, journal->plan().repository.fullName(),
                         options.repository.fullName()));
            return UsageError;
        }
        plan = journal->plan();
    } else {
        plan = CleanupPlan::compute(*store, {options.rule}, store->now());
    }

    QJsonObject json{{QStringLiteral("plan"), plan.toJson()},
                     {QStringLiteral("applied"), options.apply}};
    if (!options.json)
        out(planText(plan));
    if (!options.apply || plan.isEmpty()) {
        if (options.json)
            out(QString::fromUtf8(QJsonDocument(json).toJson()));
        else if (!options.apply && !plan.isEmpty())
            err(tr("Dry run: nothing was written. Add --yes to apply it."));
        return Ok;
    }

    if (!journal) {
        if (QFile::exists(journalPath)) {
            const auto earlier = CleanupJournal::open(journalPath);
            if (earlier && earlier->finishedCount() < earlier->plan().items.size()) {
                err(tr("An earlier cleanup of %1 did not finish (%2). Resume it with --resume, "
                       "or remove the journal.")
                        .arg(options.repository.fullName(), journalPath));
                return UsageError;
            }
        }
        QDir().mkpath(QFileInfo(journalPath).absolutePath());
        journal = CleanupJournal::create(journalPath, plan, &error);
        if (!journal) {
            err(error);
            return Failed;
        }
    }
    CleanupJob job(&session, plan);
    job.setJournal(std::move(journal));
    QEventLoop loop;
    CleanupJob::Report report;
    QObject::connect(&job, &CleanupJob::finished, &loop, [&](const CleanupJob::Report &r) {
        report = r;
        loop.quit();
    });
    QObject::connect(&job, &CleanupJob::stateChanged, &loop, [&](CleanupJob::State state) {
        if (state == CleanupJob::State::RateLimited)
            //: %1 a time (UTC)
            err(tr("GitHub's secondary rate limit: paused until %1")
                    .arg(job.waitingUntil().toUTC().toString(Qt::ISODate)));
    });
    QObject::connect(&job, &CleanupJob::itemFinished, &loop, [&](int index) {
        if (options.json)
            return;
        const CleanupJob::ItemResult &r = job.report().items.value(index);
        if (r.outcome == CleanupJob::Outcome::Skipped || r.outcome == CleanupJob::Outcome::Failed)
            //: %1 skipped or failed, %2 the item, %3 why
            err(tr("%1 %2: %3")
                    .arg(r.outcome == CleanupJob::Outcome::Skipped ? tr("skipped") : tr("failed"),
                         r.item.key(), r.reason));
    });
    job.start();
    if (job.state() != CleanupJob::State::Finished)
        loop.exec();
    if (report.isComplete())
        QFile::remove(journalPath);
    json.insert(QStringLiteral("report"), report.toJson());
    if (options.json)
        out(QString::fromUtf8(QJsonDocument(json).toJson()));
    else
        out(report.summary());
    return report.hasFailures() || !report.isComplete() ? Failed : Ok;
}
