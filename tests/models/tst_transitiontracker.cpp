// TransitionTracker: which store changes are transitions, the rules' defaults, exactly once
// (NotificationLog, across trackers as across restarts), never on first load, this app's own
// writes, and the overdue rule against an injected clock (no waiting).

#include "models/deploymentstore.h"
#include "models/notificationlog.h"
#include "models/transitiontracker.h"

#include "modelfixtures.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Fixtures::deployment;
using Fixtures::status;
using Kind = DeploymentTransition::Kind;

namespace {
const RepositoryId repo{QStringLiteral("acme"), QStringLiteral("storefront")};
const QUrl apiRoot(QStringLiteral("https://api.github.com"));
const QString t0 = QStringLiteral("2026-12-01T10:00:00Z");

QString at(int minutes)
{
    return QDateTime::fromString(t0, Qt::ISODate).addSecs(minutes * 60).toString(Qt::ISODate);
}
} // namespace

class TransitionTrackerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QDateTime m_now;

    std::unique_ptr<TransitionTracker> tracker()
    {
        auto t = std::make_unique<TransitionTracker>(m_dir->filePath(QStringLiteral("log")),
                                                     m_settings.get());
        t->setClock([this] { return m_now; });
        return t;
    }

    // Production #1 and staging #2, both queued at t0, the listing over.
    std::unique_ptr<DeploymentStore> loadedStore(StatusState state = StatusState::Queued)
    {
        auto store = std::make_unique<DeploymentStore>(repo);
        store->mergeDeployments({deployment(2, QStringLiteral("staging"), t0),
                                 deployment(1, QStringLiteral("production"), t0)});
        store->setStatuses(1, {status(11, state, t0)});
        store->setStatuses(2, {status(21, state, t0)});
        store->setLoadState(DeploymentStore::LoadState::Ready);
        return store;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("rules.ini")),
                                                 QSettings::IniFormat);
        m_now = QDateTime::fromString(at(5), Qt::ISODate);
    }

    void firstLoadIsSilent()
    {
        // Given a store that loads failures and successes everywhere (its first load)
        auto t = tracker();
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);
        DeploymentStore store(repo);
        t->addStore(repo, apiRoot, &store);
        store.setLoadState(DeploymentStore::LoadState::Loading);
        store.mergeDeployments({deployment(2, QStringLiteral("production"), t0),
                                deployment(1, QStringLiteral("production"), t0)});
        store.setStatuses(
            1, {status(12, StatusState::Failure, at(1)), status(11, StatusState::Queued, t0)});
        store.setStatuses(2, {status(21, StatusState::Error, t0)});
        store.setLoadState(DeploymentStore::LoadState::Ready);
        // And a second store given already loaded
        auto loaded = loadedStore(StatusState::Failure);
        t->addStore(repo, apiRoot, loaded.get());
        // Then nothing is notified
        QCOMPARE(spy.count(), 0);
        QCOMPARE(t->log().count(), 0);
    }

    void productionFailureNotifiesOnce()
    {
        auto t = tracker();
        auto store = loadedStore();
        t->addStore(repo, apiRoot, store.get());
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);

        // When production's deployment goes failure
        DeploymentStatus failed = status(12, StatusState::Failure, at(3), QStringLiteral("boom"));
        failed.logUrl = QUrl(QStringLiteral("https://ci.example/12"));
        store->setStatuses(1, {failed, status(11, StatusState::Queued, t0)});
        // Then one transition, with what a notification shows
        QCOMPARE(spy.count(), 1);
        const auto transition = spy.at(0).at(0).value<DeploymentTransition>();
        QCOMPARE(transition.kind, Kind::Failed);
        QCOMPARE(transition.deploymentId, 1);
        QCOMPARE(transition.environment, QStringLiteral("production"));
        QCOMPARE(transition.state, StatusState::Failure);
        QCOMPARE(transition.description, QStringLiteral("boom"));
        QCOMPARE(transition.creator, QStringLiteral("mina"));
        QCOMPARE(transition.logUrl, failed.logUrl);
        QCOMPARE(transition.ref, QStringLiteral("ref-1"));
        QVERIFY(t->log().contains(transition.key));

        // And the same statuses again (a refresh) say nothing more
        store->setStatuses(1, {failed, status(11, StatusState::Queued, t0)});
        store->mergeDeployments({deployment(1, QStringLiteral("production"), t0)});
        QCOMPARE(spy.count(), 1);
        // Staging's failure is off by default
        store->setStatuses(
            2, {status(22, StatusState::Failure, at(3)), status(21, StatusState::Queued, t0)});
        QCOMPARE(spy.count(), 1);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("customise");
        QTest::addColumn<bool>("expected");
        const int failure = int(StatusState::Failure);
        const int error = int(StatusState::Error);
        const int success = int(StatusState::Success);
        QTest::addRow("production failure") << "production" << failure << false << true;
        QTest::addRow("production error") << "production" << error << false << true;
        QTest::addRow("production success: off by default")
            << "production" << success << false << false;
        QTest::addRow("production success when asked") << "production" << success << true << true;
        QTest::addRow("staging failure: off by default") << "staging" << failure << false << false;
        QTest::addRow("staging failure when asked") << "staging" << failure << true << true;
    }

    void rules()
    {
        QFETCH(QString, environment);
        QFETCH(int, state);
        QFETCH(bool, customise);
        QFETCH(bool, expected);
        auto t = tracker();
        if (customise) {
            NotificationRules::Rule rule;
            rule.failure = true;
            rule.success = true;
            t->rules().setRule(QStringLiteral("github.com"), repo, environment, rule);
        }
        auto store = loadedStore();
        t->addStore(repo, apiRoot, store.get());
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);
        const qint64 id = environment == QLatin1String("production") ? 1 : 2;
        store->setStatuses(id, {status(id * 10 + 5, StatusState(state), at(2)),
                                status(id * 10 + 1, StatusState::Queued, t0)});
        QCOMPARE(spy.count(), expected ? 1 : 0);
    }

    void newDeploymentAfterTheListingIsATransition()
    {
        auto t = tracker();
        auto store = loadedStore();
        t->addStore(repo, apiRoot, store.get());
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);
        // Given a deployment that appears after the first listing, already failed
        store->mergeDeployments({deployment(3, QStringLiteral("production"), at(4))});
        QCOMPARE(spy.count(), 0); // its statuses are not known yet
        store->setStatuses(3, {status(31, StatusState::Failure, at(4))});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<DeploymentTransition>().deploymentId, 3);
    }

    void newDeploymentWithoutAReadyStore()
    {
        // Given a feeder that never says Ready (the store stays Loading), watched from t0 + 5
        auto t = tracker();
        DeploymentStore store(repo);
        store.setLoadState(DeploymentStore::LoadState::Loading);
        t->addStore(repo, apiRoot, &store);
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);
        // When an older deployment and one created after t0 + 5 both arrive failed
        store.mergeDeployments({deployment(3, QStringLiteral("production"), at(6)),
                                deployment(1, QStringLiteral("production"), t0)});
        store.setStatuses(1, {status(11, StatusState::Failure, at(1))});
        QCOMPARE(spy.count(), 0); // it was so before anyone looked
        store.setStatuses(3, {status(31, StatusState::Failure, at(7))});
        // Then only the new one is news
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<DeploymentTransition>().deploymentId, 3);
    }

    void overdueUsesTheClock()
    {
        auto t = tracker();
        // Given production #1 queued at t0 and watched from t0 + 5 min (rule: 30 minutes)
        auto store = loadedStore();
        t->addStore(repo, apiRoot, store.get());
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);
        // When it goes in_progress at t0 + 10 (the same wait goes on)
        store->setStatuses(
            1, {status(12, StatusState::InProgress, at(10)), status(11, StatusState::Queued, t0)});
        m_now = QDateTime::fromString(at(29), Qt::ISODate);
        t->checkOverdue();
        QCOMPARE(spy.count(), 0);
        // Then past 30 minutes since it was queued, once
        m_now = QDateTime::fromString(at(31), Qt::ISODate);
        t->checkOverdue();
        QCOMPARE(spy.count(), 1);
        const auto transition = spy.at(0).at(0).value<DeploymentTransition>();
        QCOMPARE(transition.kind, Kind::Overdue);
        QCOMPARE(transition.state, StatusState::InProgress);
        QCOMPARE(transition.overdueMinutes, 30);
        QCOMPARE(transition.since, QDateTime::fromString(t0, Qt::ISODate));
        m_now = QDateTime::fromString(at(90), Qt::ISODate);
        t->checkOverdue();
        QCOMPARE(spy.count(), 1);
        // Staging (rule off by default) never
        QCOMPARE(spy.at(0).at(0).value<DeploymentTransition>().deploymentId, 1);
    }

    void overdueBeforeWatchingIsSilent()
    {
        // Given a deployment queued two hours before the app first looked
        m_now = QDateTime::fromString(at(120), Qt::ISODate);
        auto t = tracker();
        auto store = loadedStore();
        t->addStore(repo, apiRoot, store.get());
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);
        t->checkOverdue();
        QCOMPARE(spy.count(), 0);
        // A shorter rule does not make an old wait news either
        NotificationRules::Rule rule = NotificationRules::defaults(true);
        rule.overdueMinutes = 5;
        t->rules().setRule(QStringLiteral("github.com"), repo, QStringLiteral("production"), rule);
        t->checkOverdue();
        QCOMPARE(spy.count(), 0);
    }

    void inactiveBySomeoneElseOnly()
    {
        auto t = tracker();
        NotificationRules::Rule rule = NotificationRules::defaults(true);
        rule.inactive = true;
        t->rules().setRule(QStringLiteral("github.com"), repo, QStringLiteral("production"), rule);
        auto store = std::make_unique<DeploymentStore>(repo);
        store->mergeDeployments({deployment(2, QStringLiteral("production"), at(1)),
                                 deployment(1, QStringLiteral("production"), t0)});
        store->setStatuses(1, {status(11, StatusState::Success, t0)});
        store->setStatuses(2, {status(21, StatusState::Success, at(1))});
        store->setLoadState(DeploymentStore::LoadState::Ready);
        t->addStore(repo, apiRoot, store.get());
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);

        // When this app marks #2 inactive (posted, then confirmed, then listed again)
        DeploymentStatus mine = status(0, StatusState::Inactive, at(3));
        QVERIFY(store->beginStatusWrite(2, mine));
        mine.id = 22;
        store->confirmStatusWrite(2, mine);
        store->setStatuses(2, {mine, status(21, StatusState::Success, at(1))});
        QCOMPARE(spy.count(), 0);
        // And a write that is rolled back leaves nothing behind
        QVERIFY(store->beginStatusWrite(1, status(0, StatusState::Inactive, at(4))));
        store->rollbackStatusWrite(1);
        QCOMPARE(spy.count(), 0);
        // When someone else marks #1 inactive
        store->setStatuses(
            1, {status(12, StatusState::Inactive, at(5)), status(11, StatusState::Success, t0)});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<DeploymentTransition>().kind, Kind::MarkedInactive);
    }

    void ownWritesAreSilent()
    {
        // Given production #1 queued, success notifying too
        auto t = tracker();
        NotificationRules::Rule rule = NotificationRules::defaults(true);
        rule.success = true;
        t->rules().setRule(QStringLiteral("github.com"), repo, QStringLiteral("production"), rule);
        auto store = loadedStore();
        t->addStore(repo, apiRoot, store.get());
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);
        // When this app posts a failure (confirmed, then listed by a refresh)
        DeploymentStatus mine = status(0, StatusState::Failure, at(3));
        QVERIFY(store->beginStatusWrite(1, mine));
        QCOMPARE(spy.count(), 0); // pending: not a transition
        mine.id = 12;
        store->confirmStatusWrite(1, mine);
        store->setStatuses(1, {mine, status(11, StatusState::Queued, t0)});
        QCOMPARE(spy.count(), 0);
        // Then CI's success after it is news
        store->setStatuses(1, {status(13, StatusState::Success, at(6)), mine,
                               status(11, StatusState::Queued, t0)});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<DeploymentTransition>().kind, Kind::Succeeded);
    }

    void inactiveOffByDefault()
    {
        auto t = tracker();
        auto store = loadedStore(StatusState::Success);
        t->addStore(repo, apiRoot, store.get());
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);
        store->setStatuses(
            1, {status(12, StatusState::Inactive, at(5)), status(11, StatusState::Success, t0)});
        QCOMPARE(spy.count(), 0);
    }

    void notifiedOnceAcrossTrackers()
    {
        // Given a tracker that told of #1's failure
        {
            auto first = tracker();
            auto store = loadedStore();
            first->addStore(repo, apiRoot, store.get());
            QSignalSpy spy(first.get(), &TransitionTracker::transitionOccurred);
            store->setStatuses(
                1, {status(12, StatusState::Failure, at(3)), status(11, StatusState::Queued, t0)});
            QCOMPARE(spy.count(), 1);
        }
        // When a new one (a restart) sees the same transition again (its store held the older
        // state, as a cache or a slow first look would)
        auto second = tracker();
        QSignalSpy spy(second.get(), &TransitionTracker::transitionOccurred);
        auto store = loadedStore();
        second->addStore(repo, apiRoot, store.get());
        store->setStatuses(
            1, {status(12, StatusState::Failure, at(3)), status(11, StatusState::Queued, t0)});
        // Then it is not told again
        QCOMPARE(spy.count(), 0);
        // But a later failure (another status) is
        store->setStatuses(
            1, {status(14, StatusState::Failure, at(8)), status(13, StatusState::InProgress, at(7)),
                status(12, StatusState::Failure, at(3)), status(11, StatusState::Queued, t0)});
        QCOMPARE(spy.count(), 0); // failure -> failure is no transition of state...
        store->setStatuses(
            1, {status(15, StatusState::Error, at(9)), status(14, StatusState::Failure, at(8)),
                status(13, StatusState::InProgress, at(7)), status(12, StatusState::Failure, at(3)),
                status(11, StatusState::Queued, t0)});
        QCOMPARE(spy.count(), 1); // ...failure -> error is
    }

    void twoStoresOfOneRepositoryNotifyOnce()
    {
        auto t = tracker();
        auto window = loadedStore();
        auto board = loadedStore();
        t->addStore(repo, apiRoot, window.get());
        t->addStore(repo, apiRoot, board.get());
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);
        for (DeploymentStore *store : {window.get(), board.get()})
            store->setStatuses(
                1, {status(12, StatusState::Failure, at(3)), status(11, StatusState::Queued, t0)});
        QCOMPARE(spy.count(), 1);
    }

    void removedAndDestroyedStoresAreSilent()
    {
        auto t = tracker();
        auto store = loadedStore();
        t->addStore(repo, apiRoot, store.get());
        QSignalSpy spy(t.get(), &TransitionTracker::transitionOccurred);
        t->removeStore(store.get());
        QVERIFY(!t->isWatching(store.get()));
        store->setStatuses(
            1, {status(12, StatusState::Failure, at(3)), status(11, StatusState::Queued, t0)});
        QCOMPARE(spy.count(), 0);
        auto other = loadedStore();
        t->addStore(repo, apiRoot, other.get());
        other.reset();
        QVERIFY(t->stores().isEmpty());
        t->checkOverdue(); // no dangling store
    }

    void logSurvivesAndIsCompact()
    {
        const QString path = m_dir->filePath(QStringLiteral("log2"));
        {
            NotificationLog log(path);
            QVERIFY(log.record(QStringLiteral("a"), QDateTime::currentDateTimeUtc()));
            QVERIFY(!log.record(QStringLiteral("a"), QDateTime::currentDateTimeUtc()));
            QVERIFY(
                log.record(QStringLiteral("old"), QDateTime::currentDateTimeUtc().addDays(-365)));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("2026-12-01T10:00:00Z\tcut-sh"); // a kill mid-line: no newline
        file.close();
        {
            NotificationLog again(path);
            QVERIFY(again.contains(QStringLiteral("a")));
            QVERIFY(!again.contains(QStringLiteral("old"))); // past the retention
            QCOMPARE(again.count(), 2);                      // "a" and the cut line's "cut-sh"
            QVERIFY(again.record(QStringLiteral("b"), QDateTime::currentDateTimeUtc()));
        }
        // The key written after the cut line is whole
        NotificationLog third(path);
        QVERIFY(third.contains(QStringLiteral("b")));
        QVERIFY(third.contains(QStringLiteral("a")));
    }

    void worstState()
    {
        auto t = tracker();
        QSignalSpy spy(t.get(), &TransitionTracker::worstChanged);
        auto store = loadedStore(StatusState::Success);
        t->addStore(repo, apiRoot, store.get());
        QVERIFY(spy.wait(1000));
        QCOMPARE(t->worst().state, StatusState::Success);
        store->setStatuses(
            2, {status(22, StatusState::Failure, at(3)), status(21, StatusState::Success, t0)});
        QTRY_COMPARE(t->worst().state, StatusState::Failure);
        QCOMPARE(t->worst().environment, QStringLiteral("staging"));
        QCOMPARE(t->worst().failing, 1);
        QCOMPARE(t->worst().repository, repo);
        t->removeStore(store.get());
        QTRY_COMPARE(t->worst().state, StatusState::NoStatus);
    }
};

QTEST_GUILESS_MAIN(TransitionTrackerTest)
#include "tst_transitiontracker.moc"
