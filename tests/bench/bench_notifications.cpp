// What watching costs: 50 repositories x 200 deployments x 5 statuses in DeploymentStores (fed
// directly, no network), loaded with and without a TransitionTracker watching them, then a
// refresh that changes one deployment per repository, checkOverdue() and the worst state.
// Prints the figures (qInfo); asserts only that the tracker saw what it had to.

#include "models/deploymentstore.h"
#include "models/transitiontracker.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {
constexpr int repositories = 50;
constexpr int deploymentsEach = 200;
constexpr int statusesEach = 5;
const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-01T00:00:00Z"), Qt::ISODate);
const QStringList environments{QStringLiteral("production"), QStringLiteral("staging"),
                               QStringLiteral("qa"), QStringLiteral("dev")};

Deployment deployment(qint64 id, int i)
{
    Deployment d;
    d.id = id;
    d.environment = environments.at(i % environments.size());
    d.productionEnvironment = d.environment == QLatin1String("production");
    d.ref = QStringLiteral("v1.%1").arg(i);
    d.sha = QStringLiteral("%1").arg(id, 40, 16, QLatin1Char('0'));
    d.creator.login = QStringLiteral("mina");
    d.createdAt = t0.addSecs(i * 60);
    d.updatedAt = d.createdAt;
    return d;
}

QList<DeploymentStatus> statuses(qint64 deploymentId, int i, StatusState last)
{
    QList<DeploymentStatus> list;
    for (int s = 0; s < statusesEach; ++s) {
        DeploymentStatus status;
        status.id = deploymentId * 10 + s;
        status.state = s + 1 == statusesEach ? last : StatusState::InProgress;
        status.rawState = StatusStates::toApi(status.state);
        status.creator.login = QStringLiteral("ci-bot");
        status.createdAt = t0.addSecs(i * 60 + s);
        list.append(status);
    }
    return list;
}

void load(DeploymentStore &store, int repository)
{
    store.beginUpdate();
    QList<Deployment> page;
    for (int i = deploymentsEach - 1; i >= 0; --i)
        page.append(deployment(qint64(repository) * 100000 + i + 1, i));
    store.mergeDeployments(page);
    for (int i = 0; i < deploymentsEach; ++i) {
        const qint64 id = qint64(repository) * 100000 + i + 1;
        store.setStatuses(id, statuses(id, i, StatusState::Success));
    }
    store.endUpdate();
    store.setLoadState(DeploymentStore::LoadState::Ready);
}
} // namespace

class NotificationsBench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void watchingFiftyRepositories()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("rules.ini")), QSettings::IniFormat);
        const QUrl root(QStringLiteral("https://api.github.com"));

        QElapsedTimer timer;
        std::vector<std::unique_ptr<DeploymentStore>> bare;
        timer.start();
        for (int r = 0; r < repositories; ++r) {
            bare.push_back(std::make_unique<DeploymentStore>(
                RepositoryId{QStringLiteral("acme"), QStringLiteral("r%1").arg(r)}));
            load(*bare.back(), r);
        }
        const qint64 bareMs = timer.elapsed();

        TransitionTracker tracker(dir.filePath(QStringLiteral("log")), &settings);
        tracker.setClock([] { return t0.addSecs(deploymentsEach * 60 + 3600); });
        QSignalSpy transitions(&tracker, &TransitionTracker::transitionOccurred);
        std::vector<std::unique_ptr<DeploymentStore>> watched;
        timer.restart();
        for (int r = 0; r < repositories; ++r) {
            const RepositoryId id{QStringLiteral("acme"), QStringLiteral("r%1").arg(r)};
            watched.push_back(std::make_unique<DeploymentStore>(id));
            tracker.addStore(id, root, watched.back().get());
            load(*watched.back(), r);
        }
        const qint64 watchedMs = timer.elapsed();
        QCOMPARE(transitions.count(), 0); // first load: silent

        // A refresh: the newest production deployment of each repository fails
        timer.restart();
        for (int r = 0; r < repositories; ++r) {
            const int i = deploymentsEach - deploymentsEach % environments.size() - 4;
            const qint64 id = qint64(r) * 100000 + i + 1;
            QList<DeploymentStatus> list = statuses(id, i, StatusState::Success);
            DeploymentStatus failed = list.last();
            failed.id = id * 10 + 9;
            failed.state = StatusState::Failure;
            failed.rawState = QStringLiteral("failure");
            failed.createdAt = failed.createdAt.addSecs(30);
            list.append(failed);
            watched.at(size_t(r))->setStatuses(id, list);
        }
        const qint64 refreshMs = timer.elapsed();
        QCOMPARE(transitions.count(), repositories);

        timer.restart();
        tracker.checkOverdue();
        const qint64 overdueUs = timer.nsecsElapsed() / 1000;
        QSignalSpy worst(&tracker, &TransitionTracker::worstChanged);
        timer.restart();
        QVERIFY(worst.wait(5000));
        const qint64 worstMs = timer.elapsed();
        QCOMPARE(tracker.worst().state, StatusState::Failure);
        QCOMPARE(tracker.worst().failing, repositories);

        qInfo("%d repositories x %d deployments x %d statuses", repositories, deploymentsEach,
              statusesEach);
        qInfo("load without a tracker: %lld ms; watched: %lld ms (+%lld ms)", bareMs, watchedMs,
              watchedMs - bareMs);
        qInfo("refresh with %d failures (log writes included): %lld ms", repositories, refreshMs);
        qInfo("checkOverdue over %d deployments: %lld us; worst state: %lld ms (incl. event loop)",
              repositories * deploymentsEach, overdueUs, worstMs);
    }
};

QTEST_GUILESS_MAIN(NotificationsBench)
#include "bench_notifications.moc"
