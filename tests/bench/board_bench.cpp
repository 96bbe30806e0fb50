// The Overview's benchmark (issue 13): 50 watched repositories x 200 deployments x 5 statuses
// from the standalone emulator (its own process: its memory is not counted), optionally with
// latency added to every answer (argument 1, milliseconds; default 0). Reports:
//   - the time from start to a full board (every repository loaded, every cell known) and the
//     requests and rate-limit points it took;
//   - one unchanged refresh cycle: requests and points (target: one request per repository,
//     0 points);
//   - peak RSS of this process (target <= 250 MB);
//   - a repaint of the board with every cell visible (target <= 8 ms; median of 30).
#include "models/boardfilterproxy.h"
#include "models/boardmodel.h"
#include "models/boardsessions.h"
#include "models/deploymentstore.h"
#include "models/githubclient.h"
#include "models/pollscheduler.h"
#include "models/watchlist.h"
#include "views/boardview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// The organisation's repository names, as emulator/organisationdata.cpp makes them (the
// benchmark is a client: it does not link the emulator).
QString repositoryName(int index)
{
    static const QStringList names{QStringLiteral("checkout"),      QStringLiteral("payments"),
                                   QStringLiteral("search"),        QStringLiteral("inventory"),
                                   QStringLiteral("identity"),      QStringLiteral("billing"),
                                   QStringLiteral("notifications"), QStringLiteral("catalog")};
    return QStringLiteral("acme-org/%1-%2")
        .arg(names.at(index % names.size()))
        .arg(index + 1, 2, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int latencyMs = args.size() > 1 ? args.at(1).toInt() : 0;
    constexpr int repositories = 50;
    constexpr int deployments = 200;
    constexpr int statusesEach = 5;

    QProcess emulator;
    emulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    emulator.start(
        QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck-emulator"),
        {QStringLiteral("--data"),
         QStringLiteral("org:%1:%2:%3").arg(repositories).arg(deployments).arg(statusesEach),
         QStringLiteral("--latency-ms"), QString::number(latencyMs), QStringLiteral("--port"),
         QStringLiteral("0")});
    QString line;
    if (!waitFor(
            [&] {
                if (emulator.canReadLine())
                    line = QString::fromUtf8(emulator.readLine());
                return !line.isEmpty() || emulator.state() == QProcess::NotRunning;
            },
            120000) ||
        !line.contains(QLatin1String("http://"))) {
        std::fprintf(stderr, "bench_board: the emulator did not start\n");
        return 1;
    }
    const QUrl root(line.mid(line.indexOf(QLatin1String("http://"))).trimmed());

    GitHubClient client;
    client.setApiRoot(root);
    client.setToken(QStringLiteral("demo-token"));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    WatchList list(&settings);
    for (int i = 0; i < repositories; ++i)
        list.add({root, QString(), *RepositoryId::parse(repositoryName(i))});

    // Start to a full board.
    QElapsedTimer timer;
    timer.start();
    // Argument 2 "rest": first loads over REST only (for comparison).
    const bool rest = args.size() > 2 && args.at(2) == QLatin1String("rest");
    BoardSessions sessions(
        &list, [&client](const WatchedRepository &) { return &client; }, nullptr, !rest);
    BoardModel model(&sessions);
    const auto loaded = [&] {
        for (PollScheduler *scheduler : sessions.schedulers()) {
            if (scheduler->isCycleRunning())
                return false;
        }
        for (int row = 0; row < sessions.count(); ++row) {
            const DeploymentStore *store = sessions.store(row);
            if (!store || store->loadState() != DeploymentStore::LoadState::Ready)
                return false;
        }
        return true;
    };
    if (!waitFor(loaded, 600000)) {
        std::fprintf(stderr, "bench_board: the board did not load\n");
        return 1;
    }
    QCoreApplication::processEvents();
    const double fullMs = double(timer.nsecsElapsed()) / 1e6;
    PollScheduler *scheduler = sessions.schedulers().value(0);
    const int loadRequests = client.transfersSent();
    const int loadPoints = client.rateLimitInfo().used;
    const RateLimitInfo graphQL = client.graphQLRateLimitInfo();
    const int loadGraphQLPoints = graphQL.isValid() ? graphQL.limit - graphQL.remaining : 0;
    int deploymentsHeld = 0;
    for (int row = 0; row < sessions.count(); ++row)
        deploymentsHeld += sessions.store(row)->count();

    // One unchanged cycle.
    const int cycles = scheduler->cyclesFinished();
    const int notModifiedBefore = client.notModifiedAnswers();
    const int usedBefore = client.rateLimitInfo().used;
    timer.restart();
    sessions.refreshAll();
    waitFor([&] { return scheduler->cyclesFinished() > cycles; }, 600000);
    const double cycleMs = double(timer.nsecsElapsed()) / 1e6;
    const int notModified = client.notModifiedAnswers() - notModifiedBefore;
    const int pointsByHeaders = client.rateLimitInfo().used - usedBefore;

    // A repaint with every cell visible.
    BoardFilterProxy proxy;
    proxy.setSourceModel(&model);
    BoardView view;
    view.setModel(&proxy);
    int width = 0;
    for (int c = 0; c < proxy.columnCount(); ++c)
        width += view.horizontalHeader()->sectionSize(c);
    view.resize(width + 40, view.verticalHeader()->defaultSectionSize() * (proxy.rowCount() + 2));
    view.show();
    QCoreApplication::processEvents();
    std::vector<double> paints;
    std::vector<double> cpu; // this thread's CPU time: what the paint costs, whatever else runs
    const int repaints = qEnvironmentVariableIntValue("BENCH_REPAINTS") > 0
                             ? qEnvironmentVariableIntValue("BENCH_REPAINTS")
                             : 30;
    for (int i = 0; i < repaints; ++i) {
        QElapsedTimer paint;
        const double cpuBefore = threadCpuMs();
        paint.start();
        view.viewport()->repaint();
        paints.push_back(double(paint.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuBefore);
    }
    std::sort(paints.begin(), paints.end());
    std::sort(cpu.begin(), cpu.end());
    const int cells = proxy.rowCount() * proxy.columnCount();

    std::printf("board benchmark: %d repositories x %d deployments x %d statuses, latency %d ms, "
                "first load over %s\n",
                repositories, deployments, statusesEach, latencyMs, rest ? "REST" : "GraphQL");
    std::printf(
        "  full board:        %8.0f ms, %d requests, %d REST + %d GraphQL rate-limit points, "
        "%d deployments held\n",
        fullMs, loadRequests, loadPoints, loadGraphQLPoints, deploymentsHeld);
    std::printf("  unchanged cycle:   %8.0f ms, %d requests, %d rate-limit points (target: <= %d "
                "requests, 0 points)\n",
                cycleMs, scheduler->lastCycleRequests(), scheduler->lastCyclePoints(),
                repositories);
    std::printf("                     %d of them 304 (free); rate-limit headers: %d points\n",
                notModified, pointsByHeaders);
    std::printf("  peak RSS:          %8.1f MB (target <= 250 MB)\n", peakRssKb() / 1024.0);
    std::printf("  repaint, %d cells visible: median %.2f ms (CPU %.2f ms), max %.2f ms (target "
                "<= 8 ms)\n",
                cells, paints.at(paints.size() / 2), cpu.at(cpu.size() / 2), paints.back());
    emulator.terminate();
    emulator.waitForFinished(10000);
    return 0;
}
