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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

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

QString repositoryNames(const QList<RepositoryId> &repositories)
{
    QStringList names;
    for (const RepositoryId &r : repositories)
        names.append(r.fullName());
    return names.join(QStringLiteral(", "));
}

QString planText(const CleanupPlan &plan)
{
    QStringList lines;
    for (const CleanupItem &item : plan.items) {
        const bool env = item.target == CleanupItem::Target::Environment;
        lines.append(
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                .arg(item.repository.fullName(), CleanupRule::actionName(item.action),
                     env ? QStringLiteral("-") : QStringLiteral("#%1").arg(item.deploymentId),
                     item.environment, env ? QStringLiteral("-") : item.ref,
                     item.live ? QStringLiteral("live") : QStringLiteral("-"), item.ruleName));
    }
    for (const CleanupPlan::Count &c : plan.counts())
        lines.append(
            QStringLiteral("%1\t%2\t%3\t%4")
                .arg(c.repository.fullName(), c.environment, CleanupRule::actionName(c.action))
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
    , watched(QStringLiteral("watched"),
              tr("Every repository the Overview watches on this host, instead of --repo."))
    , rules(QStringLiteral("rules"),
            tr("Several rules from FILE (JSON: an array of rules, or an exported plan) instead of "
               "the rule options."),
            QStringLiteral("FILE"))
{}

QList<QCommandLineOption> CleanupCommand::Parser::options() const
{
    return {environment, olderThan, keep,    state,  action,  includeLive, dryRun,
            yes,         json,      journal, resume, watched, rules};
}

bool CleanupCommand::Parser::read(const QCommandLineParser &parser, Options *options,
                                  QString *error) const
{
    options->watched = parser.isSet(watched);
    if (parser.isSet(rules)) {
        for (const QCommandLineOption *o :
             {&environment, &olderThan, &keep, &state, &action, &includeLive}) {
            if (parser.isSet(*o)) {
                //: %1 an option, e.g. --keep
                *error = tr("--rules FILE and --%1 cannot be used together: put it in the file.")
                             .arg(o->names().constFirst());
                return false;
            }
        }
        options->rules = readRules(parser.value(rules), error);
        if (options->rules.isEmpty())
            return false;
    }
    CleanupRule rule;
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
    if (options->rules.isEmpty()) {
        const QString problem = rule.validate();
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        options->rules = {rule};
    }
    return true;
}

QList<CleanupRule> CleanupCommand::readRules(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 a file name, %2 the system's reason
        *error = tr("Cannot read %1: %2").arg(fileName, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray array = document.isArray()
                                 ? document.array()
                                 : document.object().value(QStringLiteral("rules")).toArray();
    if (parseError.error != QJsonParseError::NoError || array.isEmpty()) {
        *error = tr("%1 holds no rules: use a JSON array of rules, or an object with \"rules\".")
                     .arg(fileName);
        return {};
    }
    QList<CleanupRule> rules;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        auto rule = CleanupRule::fromJson(array.at(i).toObject(), &problem);
        if (rule) {
            // As on the command line: inactive includes the destroyed (transient) ones.
            if (rule->states.contains(StatusState::Inactive) &&
                !rule->states.contains(StatusState::Destroyed))
                rule->states.append(StatusState::Destroyed);
            problem = rule->validate();
        }
        if (!problem.isEmpty()) {
            //: %1 a file name, %2 the rule's number, %3 what is wrong
            *error = tr("%1, rule %2: %3").arg(fileName, QString::number(i + 1), problem);
            return {};
        }
        rules.append(*rule);
    }
    return rules;
}

QString CleanupCommand::defaultJournal(const QList<RepositoryId> &repositories)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cleanup/") + CleanupJournal::fileNameFor(repositories);
}

int CleanupCommand::run(GitHubClient *client, const Options &options)
{
    // One session per repository, loaded together through the one client.
    std::vector<std::unique_ptr<RepositorySession>> sessions;
    {
        QEventLoop loop;
        const auto anyLoading = [&sessions] {
            return std::any_of(sessions.cbegin(), sessions.cend(),
                               [](const auto &session) { return session->isLoading(); });
        };
        // Every session connected before the first starts loading, so that the last to finish
        // (not the first) ends the wait.
        for (qsizetype i = 0; i < options.repositories.size(); ++i) {
            auto session = std::make_unique<RepositorySession>(client);
            session->setAutoRefreshInterval(0);
            QObject::connect(session.get(), &RepositorySession::loadingChanged, &loop,
                             [&loop, &anyLoading](bool loading) {
                                 if (!loading && !anyLoading())
                                     loop.quit();
                             });
            sessions.push_back(std::move(session));
        }
        for (size_t i = 0; i < sessions.size(); ++i)
            sessions[i]->setRepository(options.repositories.at(qsizetype(i)));
        if (anyLoading())
            loop.exec();
    }
    QList<const DeploymentStore *> stores;
    QList<RepositorySession *> sessionList;
    for (const auto &session : sessions) {
        const DeploymentStore *store = session->store();
        if (!store || store->loadState() != DeploymentStore::LoadState::Ready) {
            //: %1 the repository, %2 why
            err(tr("%1: %2").arg(session->repository().fullName(),
                                 store ? store->errorString()
                                       : tr("The repository could not be read.")));
            return Failed;
        }
        stores.append(store);
        sessionList.append(session.get());
    }

    const QString journalPath =
        options.journal.isEmpty() ? defaultJournal(options.repositories) : options.journal;
    std::unique_ptr<CleanupJournal> journal;
    CleanupPlan plan;
    QString error;
    if (options.resume) {
        journal = CleanupJournal::open(journalPath, &error);
        if (!journal) {
            err(error);
            return UsageError;
        }
        const QList<RepositoryId> planned = journal->plan().repositories;
        const bool same = planned.size() == options.repositories.size() &&
                          std::all_of(planned.cbegin(), planned.cend(), [&](const RepositoryId &r) {
                              return options.repositories.contains(r);
                          });
        if (!same) {
            QStringList names;
            for (const RepositoryId &r : planned)
                names.append(r.fullName());
            //: %1 a file, %2 the repositories it is about
            err(tr("The journal %1 is about %2: resume it with those repositories.")
                    .arg(journalPath, names.join(QStringLiteral(", "))));
            return UsageError;
        }
        plan = journal->plan();
    } else {
        plan = CleanupPlan::compute(stores, options.rules, stores.first()->now());
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
                        .arg(repositoryNames(options.repositories), journalPath));
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
    CleanupJob job(sessionList, plan);
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
