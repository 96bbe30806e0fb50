// Models benchmark (not a timed test; label `bench`): 10,000 deployments x 5 statuses loaded
// from the standalone emulator (a separate process, so its memory is not ours) through
// GitHubClient -> RepositorySession -> DeploymentStore -> DeploymentModel/EnvironmentModel.
// Reports the load time, the peak RSS (VmHWM) of this process, and the refresh merge: nothing
// changed (target: no model signal, <= 10 ms) and 1% changed (<= 20 ms, only those rows).
//
// Usage: bench_models [DEPLOYMENTS [STATUSES_EACH]]

#include "models/deploymentmodel.h"
#include "models/deploymentstore.h"
#include "models/environmentmodel.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <cstdio>

namespace {

long procStatusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

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

// Counts what a view would see.
struct Signals
{
    int dataChanged = 0;
    int inserted = 0;
    int removed = 0;
    int resets = 0;
    int layouts = 0;
    QSet<int> rows;
    int total() const { return dataChanged + inserted + removed + resets + layouts; }
};

void watch(QAbstractItemModel *model, Signals *s)
{
    QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                     [s](const QModelIndex &a, const QModelIndex &b) {
                         ++s->dataChanged;
                         for (int r = a.row(); r <= b.row(); ++r)
                             s->rows.insert(r);
                     });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [s] { ++s->inserted; });
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, [s] { ++s->removed; });
    QObject::connect(model, &QAbstractItemModel::modelReset, model, [s] { ++s->resets; });
    QObject::connect(model, &QAbstractItemModel::layoutChanged, model, [s] { ++s->layouts; });
}

// What the client hands the session in a refresh: the listing in pages of 100 (parsed before
// the merge starts, so their copies are not timed) and each deployment's status list.
struct Snapshot
{
    QList<QList<Deployment>> pages;
    QHash<qint64, QList<DeploymentStatus>> statuses;
};

Snapshot snapshot(const DeploymentStore &store)
{
    Snapshot s;
    for (int row = 0; row < store.count(); ++row) {
        const DeploymentStore::Entry &entry = store.entry(row);
        if (row % 100 == 0)
            s.pages.append(QList<Deployment>());
        s.pages.last().append(store.deployment(entry));
        QList<DeploymentStatus> statuses;
        statuses.reserve(entry.statuses.size());
        for (const DeploymentStore::StatusRecord &status : entry.statuses)
            statuses.append(store.status(status));
        s.statuses.insert(entry.deployment.id, statuses);
    }
    return s;
}

// What a refresh does to the store: the listing page by page, the removals, and (worst case)
// the statuses of every deployment. Returns milliseconds.
double merge(DeploymentStore &store, const Snapshot &s, bool withStatuses = true)
{
    QElapsedTimer timer;
    timer.start();
    QSet<qint64> listed;
    listed.reserve(s.statuses.size());
    for (const QList<Deployment> &page : s.pages) {
        store.mergeDeployments(page);
        for (const Deployment &d : page)
            listed.insert(d.id);
    }
    store.removeMissing(listed);
    if (!withStatuses)
        return double(timer.nsecsElapsed()) / 1e6;
    for (auto it = s.statuses.cbegin(); it != s.statuses.cend(); ++it)
        store.setStatuses(it.key(), it.value());
    return double(timer.nsecsElapsed()) / 1e6;
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int deployments = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int statusesEach = args.size() > 2 ? args.at(2).toInt() : 5;

    // The emulator runs as its own process: its memory is not counted.
    QProcess emulator;
    emulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    emulator.start(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck-emulator"),
                   {QStringLiteral("--data"),
                    QStringLiteral("synthetic:%1:%2").arg(deployments).arg(statusesEach),
                    QStringLiteral("--rate-limit"), QStringLiteral("100000000"),
                    QStringLiteral("--port"), QStringLiteral("0")});
    QString line;
    if (!waitFor(
            [&] {
                if (emulator.canReadLine())
                    line = QString::fromUtf8(emulator.readLine());
                return !line.isEmpty() || emulator.state() == QProcess::NotRunning;
            },
            60000) ||
        line.isEmpty()) {
        std::fprintf(stderr, "bench_models: the emulator did not start\n");
        return 1;
    }
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("(http://\\S+)")).match(line);
    const QUrl root(match.captured(1));

    GitHubClient client;
    if (!client.setApiRoot(root)) {
        std::fprintf(stderr, "bench_models: bad API root %s\n", qPrintable(line));
        return 1;
    }
    client.setToken(QStringLiteral("demo-token"));
    RepositorySession session(&client);
    session.setAutoRefreshInterval(0);
    DeploymentModel model;
    EnvironmentModel environments;
    QObject::connect(&session, &RepositorySession::storeChanged, &model,
                     &DeploymentModel::setStore);
    QObject::connect(&session, &RepositorySession::storeChanged, &environments,
                     &EnvironmentModel::setStore);

    const long rssBefore = peakRssKb();
    const size_t heapBefore = mallinfo2().uordblks;
    QElapsedTimer timer;
    timer.start();
    qint64 firstRows = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (firstRows < 0)
            firstRows = timer.elapsed();
    });
    session.setRepository(RepositoryId{QStringLiteral("octo"), QStringLiteral("synthetic")});
    if (!waitFor(
            [&] {
                return session.store() &&
                       session.store()->loadState() != DeploymentStore::LoadState::Loading &&
                       !session.isLoading();
            },
            30 * 60 * 1000)) {
        std::fprintf(stderr, "bench_models: the load did not finish\n");
        return 1;
    }
    const qint64 loadMs = timer.elapsed();
    DeploymentStore *store = session.store();
    const long rssLoaded = peakRssKb();

    std::printf("models benchmark: %d deployments x %d statuses (emulator in its own process)\n",
                deployments, statusesEach);
    std::printf("  load: %lld ms (first rows after %lld ms), %d rows, %d with statuses, "
                "%d environments, state %s\n",
                loadMs, firstRows, model.rowCount(), store->loadedStatusCount(),
                environments.rowCount(),
                store->loadState() == DeploymentStore::LoadState::Ready ? "Ready" : "Error");
    // A real refresh over HTTP, with the ETag cache the load filled: 304s, nothing new.
    Signals network;
    watch(&model, &network);
    timer.restart();
    bool refreshed = false;
    QObject::connect(&session, &RepositorySession::refreshFinished, &session,
                     [&] { refreshed = true; });
    session.refresh();
    waitFor([&] { return refreshed; }, 30 * 60 * 1000);
    std::printf("  refresh over HTTP (ETags, statuses of changeable deployments): %lld ms, "
                "%d model signals, %d answers were 304\n",
                timer.elapsed(), network.total(), client.notModifiedAnswers());
    QObject::disconnect(&model, nullptr, &model, nullptr);

    const long rssNow = procStatusKb("VmRSS:");
    malloc_trim(0);
    const long rssTrimmed = procStatusKb("VmRSS:");
    client.etagCache()->clear();
    malloc_trim(0);
    std::printf("  RSS %.1f MB, %.1f MB after malloc_trim, %.1f MB without the ETag cache\n",
                rssNow / 1024.0, rssTrimmed / 1024.0, procStatusKb("VmRSS:") / 1024.0);
    std::printf("  store + models (RSS without the ETag cache, less the RSS before the load): "
                "%.1f MB\n",
                (procStatusKb("VmRSS:") - rssBefore) / 1024.0);
    std::printf("    live heap (malloc's bytes in use) grew by %.1f MB over the load\n",
                double(mallinfo2().uordblks - heapBefore) / (1024.0 * 1024.0));
    {
        qint64 jsonBytes = 0, statusCount = 0;
        for (int row = 0; row < store->count(); ++row) {
            jsonBytes += store->entry(row).json.size();
            statusCount += store->entry(row).statuses.size();
        }
        std::printf(
            "    of which GitHub's deployment objects (compressed text): %.1f MB; %lld statuses of "
            "%zu bytes each (their texts and URLs shared); %zu bytes a deployment entry\n",
            double(jsonBytes) / (1024.0 * 1024.0), statusCount,
            sizeof(DeploymentStore::StatusRecord), sizeof(DeploymentStore::Entry));
    }
    std::printf("  peak RSS after load: %.1f MB (%.1f MB before the load); RSS now %.1f MB, "
                "of which the client's ETag cache holds %d bodies\n",
                rssLoaded / 1024.0, rssBefore / 1024.0, procStatusKb("VmRSS:") / 1024.0,
                client.etagCache()->size());

    // The merge itself, nothing changed: the whole listing and every status list again.
    const Snapshot same = snapshot(*store);
    QList<double> times;
    Signals unchanged;
    watch(&model, &unchanged);
    for (int i = 0; i < 7; ++i)
        times.append(merge(*store, same));
    std::sort(times.begin(), times.end());
    QList<double> listingTimes;
    for (int i = 0; i < 7; ++i)
        listingTimes.append(merge(*store, same, false));
    std::sort(listingTimes.begin(), listingTimes.end());
    std::printf("  refresh merge of the listing alone (all pages, no statuses): median %.2f ms\n",
                listingTimes[listingTimes.size() / 2]);
    std::printf("  refresh merge, nothing changed (listing + every status list): median %.2f ms "
                "(min %.2f, max %.2f), "
                "%d model signals  [target: 0 signals, <= 10 ms]\n",
                times[times.size() / 2], times.first(), times.last(), unchanged.total());
    QObject::disconnect(&model, nullptr, &model, nullptr);

    // 1% changed: a new `failure` status on every hundredth deployment that is not live.
    Snapshot changed = same;
    int changedCount = 0;
    qint64 nextStatusId = 9'000'000'000LL;
    for (int row = 0; row < store->count(); row += 100) {
        const DeploymentStore::Entry &entry = store->entry(row);
        if (entry.active)
            continue;
        DeploymentStatus failure;
        failure.id = ++nextStatusId;
        failure.state = StatusState::Failure;
        failure.rawState = QStringLiteral("failure");
        failure.description = QStringLiteral("Health check failed");
        failure.createdAt = QDateTime::currentDateTimeUtc();
        failure.updatedAt = failure.createdAt;
        changed.statuses[entry.deployment.id].prepend(failure);
        ++changedCount;
    }
    Signals onePercent;
    watch(&model, &onePercent);
    const double changedMs = merge(*store, changed);
    std::printf("  refresh merge, %d deployments (1%%) changed: %.2f ms, %d dataChanged on %d "
                "rows, %d other signals  [target: <= 20 ms, only the changed rows]\n",
                changedCount, changedMs, onePercent.dataChanged, int(onePercent.rows.size()),
                onePercent.total() - onePercent.dataChanged);

    const long rssEnd = peakRssKb();
    std::printf("  peak RSS (VmHWM) of the process: %.1f MB  [target: <= 150 MB]\n",
                rssEnd / 1024.0);
    const bool ok = unchanged.total() == 0 && int(onePercent.rows.size()) == changedCount &&
                    onePercent.total() == onePercent.dataChanged && rssEnd <= 150 * 1024 &&
                    times[times.size() / 2] <= 10.0 && changedMs <= 20.0;
    std::printf("  %s\n", ok ? "all targets met" : "SOME TARGETS MISSED");

    emulator.terminate();
    emulator.waitForFinished(5000);
    return 0;
}
