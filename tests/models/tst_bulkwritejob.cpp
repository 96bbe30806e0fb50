// BulkWriteJob through RepositorySession against the in-process emulator: writes one at a
// time, always ends with a result (a deployment deleted elsewhere meanwhile, an error, a
// repository switch, a stop), says what happened in one sentence, and the next write works.

#include "emulator/githubemulator.h"
#include "models/bulkwritejob.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/uilanguage.h"

#include "testtimeout.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString repo = QStringLiteral("octo/empty");
} // namespace

class BulkWriteJobTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<RepositorySession> m_session;

    qint64 addDeployment(const QString &state = QStringLiteral("success"),
                         const QString &environment = QStringLiteral("qa"))
    {
        const qint64 id = m_emulator->createDeploymentDirect(
            repo, {{QStringLiteral("ref"), QStringLiteral("main")},
                   {QStringLiteral("environment"), environment}});
        if (!state.isEmpty()) {
            m_emulator->addStatusDirect(
                repo, id,
                {{QStringLiteral("state"), state}, {QStringLiteral("auto_inactive"), false}});
        }
        return id;
    }

    bool open()
    {
        m_session->setRepository(*RepositoryId::parse(repo));
        return QTest::qWaitFor(
            [this] {
                return m_session->store() &&
                       m_session->store()->loadState() == DeploymentStore::LoadState::Ready &&
                       !m_session->isLoading();
            },
            TestTimeoutMs);
    }

    // Starts a job and waits for its one result.
    BulkWriteJob::Result run(BulkWriteJob::Action action, const QList<qint64> &ids,
                             const std::function<void(BulkWriteJob *)> &whileRunning = {})
    {
        BulkWriteJob *job = m_session->startBulkWrite(action, ids);
        if (!job)
            return {};
        QSignalSpy finished(job, &BulkWriteJob::finished);
        if (whileRunning)
            whileRunning(job);
        if (finished.isEmpty() && !finished.wait(TestTimeoutMs))
            return {};
        if (finished.size() != 1)
            return {};
        return finished.first().first().value<BulkWriteJob::Result>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms ("1 no longer exists") come from the English translation.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(UiLanguage::apply(UiLanguage::Choice::English));
    }

    void init()
    {
        m_emulator = std::make_unique<GitHubEmulator>();
        QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
        m_emulator->loadEmpty();
        m_client = std::make_unique<GitHubClient>();
        QVERIFY(m_client->setApiRoot(m_emulator->baseUrl()));
        m_client->setToken(QStringLiteral("demo-token"));
        m_session = std::make_unique<RepositorySession>(m_client.get());
        m_session->setAutoRefreshInterval(0);
    }

    void cleanup()
    {
        m_session.reset();
        m_client.reset();
        m_emulator.reset();
    }

    void marksInactiveOneAtATime()
    {
        // Given three live deployments
        const QList<qint64> ids = {addDeployment(), addDeployment(), addDeployment()};
        QVERIFY(open());
        int inFlight = 0;
        int maxInFlight = 0;
        connect(m_emulator.get(), &GitHubEmulator::requestReceived, this,
                [&](const QByteArray &method) {
                    if (method == "POST")
                        maxInFlight = std::max(maxInFlight, ++inFlight);
                });
        connect(m_session.get(), &RepositorySession::writeFinished, this, [&] { --inFlight; });

        // When they are marked inactive in one job
        BulkWriteJob *job = m_session->startBulkWrite(BulkWriteJob::Action::MarkInactive, ids);
        QVERIFY(job);
        QSignalSpy progress(job, &BulkWriteJob::progress);
        QSignalSpy finished(job, &BulkWriteJob::finished);
        // Then a second job is refused while it runs
        QVERIFY(!m_session->startBulkWrite(BulkWriteJob::Action::Delete, ids));
        QVERIFY(finished.wait(TestTimeoutMs));

        // And every one is inactive on GitHub, written one at a time, with progress to 3 of 3
        for (qint64 id : ids)
            QCOMPARE(m_emulator->latestState(repo, id), QStringLiteral("inactive"));
        QCOMPARE(maxInFlight, 1);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
        const auto result = finished.first().first().value<BulkWriteJob::Result>();
        QCOMPARE(result.count(BulkWriteJob::Outcome::Done), 3);
        QVERIFY(result.isComplete());
        QCOMPARE(result.summary(), QStringLiteral("3 of 3 marked inactive"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->bulkWriteJob(), TestTimeoutMs);
    }

    void deploymentDeletedElsewhereMeanwhile()
    {
        // Given three live deployments, the second deleted on GitHub once the first is written
        const qint64 a = addDeployment();
        const qint64 b = addDeployment();
        const qint64 c = addDeployment();
        QVERIFY(open());
        const auto result =
            run(BulkWriteJob::Action::MarkInactive, {a, b, c}, [&](BulkWriteJob *job) {
                connect(job, &BulkWriteJob::progress, this, [&](int done) {
                    if (done == 1)
                        QVERIFY(m_emulator->deleteDeploymentDirect(repo, b));
                });
            });

        // Then the job ends, says what happened, and the store no longer shows the gone one
        QCOMPARE(result.items.size(), 3);
        QCOMPARE(result.items.at(1).outcome, BulkWriteJob::Outcome::Gone);
        QCOMPARE(result.count(BulkWriteJob::Outcome::Done), 2);
        QCOMPARE(result.summary(), QStringLiteral("2 of 3 marked inactive; 1 no longer exists"));
        QVERIFY(!m_session->store()->find(b));
        QCOMPARE(m_emulator->latestState(repo, c), QStringLiteral("inactive"));

        // And the next write works
        const qint64 d = addDeployment();
        m_session->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->find(d), TestTimeoutMs);
        const auto next = run(BulkWriteJob::Action::Delete, {a});
        QCOMPARE(next.count(BulkWriteJob::Outcome::Done), 1);
        QVERIFY(!m_emulator->deploymentIds(repo).contains(a));
    }

    void failedWriteEndsWithItsReason()
    {
        // Given two live deployments, and GitHub failing the first write with a 500, twice (the
        // client reads the statuses back after the first and sends it once more: reconciletest)
        const qint64 a = addDeployment();
        const qint64 b = addDeployment();
        QVERIFY(open());
        m_emulator->injectFault(GitHubEmulator::Fault::Status500, 2,
                                QStringLiteral("/deployments/%1/statuses").arg(a), 1, "POST");
        const auto result = run(BulkWriteJob::Action::MarkInactive, {a, b});

        // Then the first failed (its row as it was), the second was written anyway
        QCOMPARE(result.items.at(0).outcome, BulkWriteJob::Outcome::Failed);
        QVERIFY(!result.items.at(0).error.isEmpty());
        QCOMPARE(result.items.at(1).outcome, BulkWriteJob::Outcome::Done);
        QCOMPARE(result.errors().size(), 1);
        QVERIFY(result.errors().first().startsWith(QLatin1Char('#') + QString::number(a)));
        QCOMPARE(m_session->store()->find(a)->state(), StatusState::Success);
        QCOMPARE(result.summary(), QStringLiteral("1 of 2 marked inactive; 1 failed"));
    }

    void repositorySwitchStopsItWithAResult()
    {
        // Given a job over three deployments
        const QList<qint64> ids = {addDeployment(), addDeployment(), addDeployment()};
        QVERIFY(open());
        m_emulator->addRepository(QStringLiteral("octo/other"));
        BulkWriteJob *job = m_session->startBulkWrite(BulkWriteJob::Action::MarkInactive, ids);
        QVERIFY(job);
        QSignalSpy finished(job, &BulkWriteJob::finished);
        QSignalSpy progress(job, &BulkWriteJob::progress);
        QVERIFY(progress.wait(TestTimeoutMs)); // started

        // When another repository is opened while it runs
        m_session->setRepository(*RepositoryId::parse(QStringLiteral("octo/other")));

        // Then it ended at once with a result that says so, and the session can write again
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<BulkWriteJob::Result>();
        QVERIFY(!result.stopReason.isEmpty());
        QVERIFY(!result.isComplete());
        QVERIFY(result.summary().contains(QLatin1String("stopped")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->bulkWriteJob(), TestTimeoutMs);
        m_session->setRepository(*RepositoryId::parse(repo));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->find(ids.last()), TestTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLoading(), TestTimeoutMs);
        const auto next = run(BulkWriteJob::Action::MarkInactive, {ids.last()});
        QVERIFY(next.isComplete());
        QCOMPARE(m_emulator->latestState(repo, ids.last()), QStringLiteral("inactive"));
    }

    void deleteMarksInactiveFirstWhenAsked()
    {
        // Given a live deployment and an inactive one
        const qint64 live = addDeployment();
        const qint64 inactive = addDeployment(QStringLiteral("inactive"));
        QVERIFY(open());

        // When both are deleted with "mark inactive first"
        const auto result = run(BulkWriteJob::Action::MarkInactiveAndDelete, {live, inactive});

        // Then both are gone from GitHub and from the store
        QCOMPARE(result.count(BulkWriteJob::Outcome::Done), 2);
        QCOMPARE(result.summary(), QStringLiteral("2 of 2 deleted"));
        QVERIFY(!m_emulator->deploymentIds(repo).contains(live));
        QVERIFY(!m_emulator->deploymentIds(repo).contains(inactive));
        QVERIFY(!m_session->store()->find(live));
    }

    void stopLeavesTheRestUntouched()
    {
        const QList<qint64> ids = {addDeployment(), addDeployment(), addDeployment()};
        QVERIFY(open());
        const auto result = run(BulkWriteJob::Action::MarkInactive, ids, [](BulkWriteJob *job) {
            QObject::connect(job, &BulkWriteJob::progress, job, [job](int done) {
                if (done == 1)
                    job->stop(QStringLiteral("test"));
            });
        });
        QCOMPARE(result.items.at(0).outcome, BulkWriteJob::Outcome::Done);
        QCOMPARE(result.count(BulkWriteJob::Outcome::NotAttempted) +
                     result.count(BulkWriteJob::Outcome::Interrupted),
                 2);
        QCOMPARE(m_emulator->latestState(repo, ids.at(2)), QStringLiteral("success"));
    }
};

QTEST_GUILESS_MAIN(BulkWriteJobTest)
#include "tst_bulkwritejob.moc"
