// Cleanup benchmark (not a timed test; label `bench`).
// Part 1: a cleanup plan (dry run) over 10,000 deployments with 2 statuses each, 1,200
// environments (production, staging, qa and previews), for four rule sets; target <= 100 ms.
// The store is filled in-process from value types (the plan reads only the store, so how the
// store was loaded does not matter); the time is the plan's alone, best and median of 7 runs.
//
// Part 2: 500 writes (500 live deployments marked inactive) applied by CleanupJob against the
// in-process emulator with GitHub's secondary limit on (80 a minute, 500 an hour), at the
// limit's pace. Client, job and emulator share one injected clock (ManualTimeSource) that the
// loop moves on whenever the job waits for its next slot, so the simulated 8 minutes take a few
// seconds of loopback traffic. Reported: secondary-limit answers (target 0), simulated time,
// real time. For contrast, the same 500 writes with pacing switched off.
//
// Usage: bench_cleanup [DEPLOYMENTS]

#include "models/cleanupjob.h"
#include "models/cleanupplan.h"
#include "models/cleanuprule.h"
#include "models/deploymentstore.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"

#include "../client/manualtimesource.h"
#include "emulator/githubemulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

const QDateTime benchNow =
    QDateTime::fromString(QStringLiteral("2026-06-01T00:00:00Z"), Qt::ISODate);

void fill(DeploymentStore &store, int count)
{
    QList<Deployment> deployments;
    deployments.reserve(count);
    for (int i = 0; i < count; ++i) {
        Deployment d;
        d.id = 1000 + i;
        const int kind = i % 10;
        if (kind == 0)
            d.environment = QStringLiteral("production");
        else if (kind == 1)
            d.environment = QStringLiteral("staging");
        else if (kind == 2)
            d.environment = QStringLiteral("qa");
        else
            d.environment = QStringLiteral("preview/pr-%1").arg(i % 1197);
        d.transientEnvironment = kind >= 3;
        d.productionEnvironment = kind == 0;
        d.ref = QStringLiteral("refs/heads/feature-%1").arg(i % 300);
        d.sha = QStringLiteral("%1").arg(i, 40, 16, QLatin1Char('0'));
        d.task = QStringLiteral("deploy");
        d.creator.login = QStringLiteral("ci-bot");
        d.createdAt = benchNow.addSecs(-qint64(count - i) * 1800); // one every 30 minutes
        d.updatedAt = d.createdAt.addSecs(120);
        deployments.append(d);
    }
    store.beginUpdate();
    store.mergeDeployments(deployments);
    for (const Deployment &d : std::as_const(deployments)) {
        DeploymentStatus queued;
        queued.id = d.id * 10;
        queued.state = StatusState::InProgress;
        queued.rawState = QStringLiteral("in_progress");
        queued.createdAt = d.createdAt.addSecs(30);
        queued.updatedAt = queued.createdAt;
        DeploymentStatus end = queued;
        end.id = d.id * 10 + 1;
        const StatusState states[] = {StatusState::Success, StatusState::Success,
                                      StatusState::Failure, StatusState::Inactive};
        end.state = states[d.id % 4];
        end.rawState = StatusStates::toApi(end.state);
        end.createdAt = d.createdAt.addSecs(120);
        end.updatedAt = end.createdAt;
        store.setStatuses(d.id, {end, queued});
    }
    store.endUpdate();
}

struct RuleSet
{
    const char *name;
    QList<CleanupRule> rules;
};

QList<RuleSet> ruleSets()
{
    CleanupRule previews;
    previews.environmentPatterns = {QStringLiteral("preview/*"), QStringLiteral("pr-*")};
    previews.olderThanSeconds = 30 * 86400;
    previews.action = CleanupRule::Action::Delete;
    CleanupRule keep;
    keep.keepNewest = 5;
    keep.action = CleanupRule::Action::MarkInactive;
    CleanupRule failures;
    failures.states = {StatusState::Failure, StatusState::Error};
    failures.action = CleanupRule::Action::Delete;
    failures.includeLive = true;
    CleanupRule environments;
    environments.environmentPatterns = {QStringLiteral("preview/*")};
    environments.olderThanSeconds = 7 * 86400;
    environments.action = CleanupRule::Action::DeleteEnvironment;
    environments.includeLive = true;
    return {{"previews older than 30d: delete", {previews}},
            {"keep 5 per environment: mark inactive", {keep}},
            {"failure/error incl. live: delete", {failures}},
            {"all four rules at once", {previews, keep, failures, environments}}};
}

struct WriteRun
{
    int done = 0;
    int writes = 0;
    int refusals = 0;
    int pauses = 0;
    qint64 simulatedSeconds = 0;
    qint64 realMs = 0;
};

// 500 live deployments marked inactive through CleanupJob, on an injected clock.
WriteRun applyWrites(int count, const WritePacer &pacer)
{
    const QDateTime start =
        QDateTime::fromString(QStringLiteral("2026-06-01T12:00:00Z"), Qt::ISODate);
    ManualTimeSource time(start);
    GitHubEmulator emulator;
    emulator.setClock([&time] { return time.now(); });
    emulator.listen(QHostAddress::LocalHost, 0);
    emulator.loadEmpty();
    emulator.setSecondaryRateLimit(true, 80, 500);
    const QString repo = QStringLiteral("octo/empty");
    for (int i = 0; i < count; ++i) {
        const qint64 id = emulator.createDeploymentDirect(
            repo, {{QStringLiteral("environment"), QStringLiteral("preview/pr-%1").arg(i)},
                   {QStringLiteral("transient_environment"), true}});
        emulator.addStatusDirect(repo, id, {{QStringLiteral("state"), QStringLiteral("success")}});
    }
    GitHubClient client;
    client.setApiRoot(emulator.baseUrl());
    client.setToken(QStringLiteral("demo-token"));
    client.setTimeSource(&time);
    RepositorySession session(&client);
    session.setAutoRefreshInterval(0);
    {
        QEventLoop loop;
        QObject::connect(&session, &RepositorySession::loadingChanged, &loop, [&](bool loading) {
            if (!loading)
                loop.quit();
        });
        session.setRepository(*RepositoryId::parse(repo));
        loop.exec();
    }
    CleanupRule all;
    all.includeLive = true;
    const CleanupPlan plan = CleanupPlan::compute(*session.store(), {all}, time.now());
    CleanupJob job(&session, plan);
    job.setPacer(pacer);
    WriteRun run;
    QEventLoop loop;
    QObject::connect(&job, &CleanupJob::finished, &loop, [&](const CleanupJob::Report &report) {
        run.done = report.count(CleanupJob::Outcome::Done);
        run.writes = report.writesSent;
        run.pauses = report.rateLimitPauses;
        loop.quit();
    });
    // Whenever the job waits (its next slot, or GitHub's retry-after), move the clock on.
    QObject::connect(&job, &CleanupJob::stateChanged, &loop, [&](CleanupJob::State state) {
        if (state == CleanupJob::State::Pacing || state == CleanupJob::State::RateLimited)
            QTimer::singleShot(0, &loop, [&] {
                if ((job.state() == CleanupJob::State::Pacing ||
                     job.state() == CleanupJob::State::RateLimited) &&
                    time.pendingTimers() > 0)
                    time.advance(std::max<qint64>(0, time.nextTimerIn()));
            });
    });
    QElapsedTimer timer;
    timer.start();
    job.start();
    loop.exec();
    run.realMs = timer.elapsed();
    run.refusals = emulator.secondaryRateLimitRefusals();
    run.simulatedSeconds = start.secsTo(time.now());
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    DeploymentStore store(RepositoryId{QStringLiteral("octo"), QStringLiteral("synthetic")});
    QElapsedTimer fillTimer;
    fillTimer.start();
    fill(store, count);
    std::printf("store: %d deployments, %lld environments, filled in %lld ms\n", store.count(),
                qlonglong(store.environmentNames().size()), qlonglong(fillTimer.elapsed()));

    bool met = true;
    for (const RuleSet &set : ruleSets()) {
        std::vector<double> runs;
        CleanupPlan plan;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            plan = CleanupPlan::compute(store, set.rules, benchNow);
            runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(runs.begin(), runs.end());
        const double median = runs[runs.size() / 2];
        met = met && median <= 100.0;
        std::printf("plan [%s]: %lld items, %d writes; best %.1f ms, median %.1f ms\n", set.name,
                    qlonglong(plan.items.size()), plan.writes(), runs.front(), median);
    }
    std::printf("target: plan over %d deployments <= 100 ms: %s\n", count, met ? "met" : "NOT met");

    const WriteRun paced = applyWrites(500, WritePacer());
    std::printf("500 writes at GitHub's pace (80/min, 500/h, 1 s apart): %d done, %d writes sent, "
                "%d secondary-limit answers, %d pauses; simulated %lld s, real %lld ms\n",
                paced.done, paced.writes, paced.refusals, paced.pauses,
                qlonglong(paced.simulatedSeconds), qlonglong(paced.realMs));
    const WriteRun unpaced = applyWrites(500, WritePacer({}, 0));
    std::printf("the same without pacing: %d done, %d writes sent, %d secondary-limit answers, "
                "%d pauses; simulated %lld s, real %lld ms\n",
                unpaced.done, unpaced.writes, unpaced.refusals, unpaced.pauses,
                qlonglong(unpaced.simulatedSeconds), qlonglong(unpaced.realMs));
    std::printf("target: 500 writes with 0 secondary-limit answers: %s\n",
                paced.refusals == 0 && paced.done == 500 ? "met" : "NOT met");
    return 0;
}
