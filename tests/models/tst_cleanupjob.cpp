// CleanupJob against the in-process emulator on an injected clock (client, job and emulator
// share one ManualTimeSource, so minutes of pacing take no real time): the dry run is what the
// apply does; a target changed in between is skipped; environment deletes without admin rights
// are explained and not retried; 500 writes under the secondary limits get no secondary-limit
// answer; such an answer pauses until retry-after; pause, resume and cancel; a journal resumes
// a cancelled run with nothing done twice. (A killed process: tst_cleanupresume.)

#include "../client/manualtimesource.h"
#include "emulator/githubemulator.h"
#include "models/cleanupjob.h"
#include "models/cleanupjournal.h"
#include "models/cleanupplan.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/uilanguage.h"

#include "testtimeout.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QString repo = QStringLiteral("octo/empty");
const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-05-01T00:00:00Z"), Qt::ISODate);

QStringList keys(const QList<CleanupItem> &items)
{
    QStringList k;
    for (const CleanupItem &item : items)
        k.append(item.key().section(QLatin1Char('#'), 1)); // the key within the repository
    return k;
}

QStringList keys(const CleanupJob::Report &report, CleanupJob::Outcome outcome)
{
    QStringList k;
    for (const CleanupJob::ItemResult &r : report.items) {
        if (r.outcome == outcome)
            k.append(r.item.key().section(QLatin1Char('#'), 1)); // the key within the repository
    }
    return k;
}
} // namespace

class tst_CleanupJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualTimeSource> m_time;
    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<RepositorySession> m_session;
    QStringList m_writes; // "METHOD path" of every write the emulator received

    qint64 addDeployment(const QString &environment,
                         const QString &state = QStringLiteral("success"), bool transient = false)
    {
        const qint64 id = m_emulator->createDeploymentDirect(
            repo, {{QStringLiteral("ref"), QStringLiteral("main")},
                   {QStringLiteral("environment"), environment},
                   {QStringLiteral("transient_environment"), transient}});
        if (!state.isEmpty())
            m_emulator->addStatusDirect(repo, id, {{QStringLiteral("state"), state}});
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

    CleanupPlan plan(const QList<CleanupRule> &rules)
    {
        return CleanupPlan::compute(*m_session->store(), rules, m_time->now());
    }

    // Runs the job to its one result (or until stopWhen), moving the injected clock on as soon
    // as the job waits for it: event-driven, so 500 paced writes take no real time.
    std::optional<CleanupJob::Report> drive(CleanupJob *job, QSignalSpy &finished,
                                            const std::function<bool()> &stopWhen = {})
    {
        const auto waiting = [job] {
            return job->state() == CleanupJob::State::Pacing ||
                   job->state() == CleanupJob::State::RateLimited;
        };
        const auto advance = [this, job, waiting] {
            QTimer::singleShot(0, job, [this, waiting] {
                if (waiting() && m_time->pendingTimers() > 0)
                    m_time->advance(std::max<qint64>(0, m_time->nextTimerIn()));
            });
        };
        const QMetaObject::Connection connection =
            connect(job, &CleanupJob::stateChanged, job, [waiting, advance] {
                if (waiting())
                    advance();
            });
        if (waiting())
            advance();
        const bool ended = stopWhen
                               ? QTest::qWaitFor([&] { return !finished.isEmpty() || stopWhen(); },
                                                 4 * TestTimeoutMs)
                               : (!finished.isEmpty() || finished.wait(4 * TestTimeoutMs));
        disconnect(connection);
        if (!ended || finished.size() != 1)
            return std::nullopt;
        return finished.first().first().value<CleanupJob::Report>();
    }

    std::optional<CleanupJob::Report> apply(const CleanupPlan &plan,
                                            const WritePacer &pacer = WritePacer())
    {
        CleanupJob job(m_session.get(), plan);
        job.setPacer(pacer);
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        auto report = drive(&job, finished);
        return report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(UiLanguage::apply(UiLanguage::Choice::English));
        qRegisterMetaType<CleanupJob::Report>();
    }

    void init()
    {
        m_time = std::make_unique<ManualTimeSource>(t0);
        m_emulator = std::make_unique<GitHubEmulator>();
        m_emulator->setClock([this] { return m_time->now(); });
        QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
        m_emulator->loadEmpty();
        m_writes.clear();
        connect(m_emulator.get(), &GitHubEmulator::requestReceived, this,
                [this](const QByteArray &method, const QString &path) {
                    if (method != "GET")
                        m_writes.append(QString::fromLatin1(method) + QLatin1Char(' ') + path);
                });
        m_client = std::make_unique<GitHubClient>();
        QVERIFY(m_client->setApiRoot(m_emulator->baseUrl()));
        m_client->setToken(QStringLiteral("demo-token"));
        m_client->setTimeSource(m_time.get());
        m_session = std::make_unique<RepositorySession>(m_client.get());
        m_session->setAutoRefreshInterval(0);
    }

    void cleanup()
    {
        m_session.reset();
        m_client.reset();
        m_emulator.reset();
        m_time.reset();
    }

    void dryRunIsWhatApplyDoes()
    {
        // Given, 40 days ago: production and staging, previews; and today: new ones
        const qint64 oldProduction = addDeployment(QStringLiteral("production"));
        const qint64 failedStaging =
            addDeployment(QStringLiteral("staging"), QStringLiteral("failure"));
        const qint64 preview1 =
            addDeployment(QStringLiteral("preview/pr-1"), QStringLiteral("success"), true);
        const qint64 preview2 =
            addDeployment(QStringLiteral("preview/pr-2"), QStringLiteral("success"), true);
        const qint64 preview2b =
            addDeployment(QStringLiteral("preview/pr-2"), QStringLiteral("inactive"), true);
        m_time->advance(40LL * 86400 * 1000);
        const qint64 production = addDeployment(QStringLiteral("production"));
        const qint64 staging = addDeployment(QStringLiteral("staging"));
        const qint64 preview3 =
            addDeployment(QStringLiteral("preview/pr-3"), QStringLiteral("success"), true);
        QVERIFY(open());

        // When previews older than 30 days are deleted with their environments, and staging's
        // failures marked inactive
        CleanupRule previews;
        previews.name = QStringLiteral("old previews");
        previews.environmentPatterns = {QStringLiteral("preview/*")};
        previews.olderThanSeconds = 30 * 86400;
        previews.includeLive = true;
        previews.action = CleanupRule::Action::Delete;
        CleanupRule environments = previews;
        environments.name = QStringLiteral("their environments");
        environments.action = CleanupRule::Action::DeleteEnvironment;
        CleanupRule failures;
        failures.states = {StatusState::Failure};
        const CleanupPlan dryRun = plan({previews, environments, failures});
        QCOMPARE(keys(dryRun.items), (QStringList{QStringLiteral("d:%1").arg(preview2b),
                                                  QStringLiteral("d:%1").arg(preview2),
                                                  QStringLiteral("d:%1").arg(preview1),
                                                  QStringLiteral("d:%1").arg(failedStaging),
                                                  "e:preview/pr-1", "e:preview/pr-2"}));
        const auto report = apply(dryRun);
        QVERIFY(report);

        // Then everything planned was done, and only that
        QCOMPARE(keys(*report, CleanupJob::Outcome::Done), keys(dryRun.items));
        QVERIFY(report->isComplete());
        QCOMPARE(report->writesSent, dryRun.writes());
        QCOMPARE(m_writes.size(), dryRun.writes());
        QCOMPARE(m_emulator->deploymentIds(repo),
                 (QList<qint64>{preview3, staging, production, failedStaging, oldProduction}));
        QCOMPARE(m_emulator->latestState(repo, failedStaging), QStringLiteral("inactive"));
        QCOMPARE(m_emulator->latestState(repo, production), QStringLiteral("success"));
        QCOMPARE(m_emulator->latestState(repo, preview3), QStringLiteral("success"));
        QVERIFY(m_writes.contains(
            QStringLiteral("DELETE /repos/octo/empty/environments/preview%2Fpr-1")));
        QCOMPARE(report->summary(), QStringLiteral("6 done"));
        // The store shows it too (deletes went through the session)
        QVERIFY(!m_session->store()->find(preview1));
        QVERIFY(m_session->store()->find(failedStaging)->isInactive());
        // The JSON report has every item and its outcome
        const QJsonObject json = report->toJson();
        QCOMPARE(json.value("done").toInt(), 6);
        QCOMPARE(json.value("items").toArray().size(), 6);
        QCOMPARE(json.value("items").toArray().at(0).toObject().value("outcome").toString(),
                 QStringLiteral("done"));
    }

    void changedTargetsAreSkipped()
    {
        // Given old failed deployments and a preview environment, planned for deletion
        const qint64 a = addDeployment(QStringLiteral("qa"), QStringLiteral("failure"));
        const qint64 b = addDeployment(QStringLiteral("qa"), QStringLiteral("failure"));
        const qint64 c = addDeployment(QStringLiteral("qa2"), QStringLiteral("error"));
        const qint64 d = addDeployment(QStringLiteral("qa3"), QStringLiteral("error"));
        addDeployment(QStringLiteral("preview/pr-9"), QStringLiteral("inactive"), true);
        QVERIFY(open());
        CleanupRule failed;
        failed.states = {StatusState::Failure, StatusState::Error};
        failed.action = CleanupRule::Action::Delete;
        CleanupRule environment;
        environment.environmentPatterns = {QStringLiteral("preview/*")};
        environment.action = CleanupRule::Action::DeleteEnvironment;
        const CleanupPlan dryRun = plan({failed, environment});
        QCOMPARE(dryRun.items.size(), 5);

        // When, before the apply, another client redeploys b successfully (now live), posts a
        // status on c, deletes d, and deploys to the preview again
        m_emulator->addStatusDirect(repo, b,
                                    {{QStringLiteral("state"), QStringLiteral("success")}});
        m_emulator->addStatusDirect(repo, c, {{QStringLiteral("state"), QStringLiteral("queued")}});
        m_emulator->deleteDeploymentDirect(repo, d);
        const qint64 again =
            addDeployment(QStringLiteral("preview/pr-9"), QStringLiteral("success"), true);
        const auto report = apply(dryRun);
        QVERIFY(report);

        // Then only a is deleted; the others are skipped, each with its reason
        QCOMPARE(keys(*report, CleanupJob::Outcome::Done),
                 QStringList{QStringLiteral("d:%1").arg(a)});
        QCOMPARE(report->count(CleanupJob::Outcome::Skipped), 4);
        QVERIFY(!report->hasFailures());
        QStringList reasons;
        for (const auto &r : report->items)
            reasons.append(r.reason);
        // (in the plan's order: newest first, the environment last)
        QCOMPARE(reasons,
                 (QStringList{"it no longer exists",
                              "it changed since the dry run: a new status (Queued)",
                              "it changed since the dry run: it is live now", QString(),
                              QStringLiteral("it changed since the dry run: a new deployment (#%1)")
                                  .arg(again)}));
        QCOMPARE(m_emulator->latestState(repo, b), QStringLiteral("success"));
        QCOMPARE(m_emulator->latestState(repo, c), QStringLiteral("queued"));
        QCOMPARE(m_writes.size(), 2); // a: inactive, then delete
        QCOMPARE(report->summary(), QStringLiteral("1 done; 4 skipped"));
    }

    void environmentDeletesAreExplainedNotRetried()
    {
        // Given a user with push access only, and two preview environments
        m_emulator->addToken(QStringLiteral("writer-token"), QStringLiteral("writer"));
        m_emulator->setPermission(repo, QStringLiteral("writer"), GitHubEmulator::Permission::Push);
        m_client->setToken(QStringLiteral("writer-token"));
        addDeployment(QStringLiteral("preview/pr-1"), QStringLiteral("inactive"), true);
        addDeployment(QStringLiteral("preview/pr-2"), QStringLiteral("inactive"), true);
        QVERIFY(open());
        CleanupRule environments;
        environments.environmentPatterns = {QStringLiteral("preview/*")};
        environments.action = CleanupRule::Action::DeleteEnvironment;
        const CleanupPlan dryRun = plan({environments});
        QCOMPARE(dryRun.items.size(), 2);
        const auto report = apply(dryRun);
        QVERIFY(report);
        // Then each is one DELETE, refused with 403 and explained; nothing is retried
        QCOMPARE(report->count(CleanupJob::Outcome::Failed), 2);
        QVERIFY2(report->items[0].reason.contains(QLatin1String("needs admin rights")),
                 qPrintable(report->items[0].reason));
        QVERIFY(report->items[0].reason.contains(
            QLatin1String("Must have admin rights to Repository.")));
        QCOMPARE(m_writes, (QStringList{"DELETE /repos/octo/empty/environments/preview%2Fpr-1",
                                        "DELETE /repos/octo/empty/environments/preview%2Fpr-2"}));
        QVERIFY(report->hasFailures());

        // And with admin rights, an environment already deleted elsewhere is a 404, explained
        m_client->setToken(QStringLiteral("demo-token"));
        DeleteRequest *elsewhere =
            m_client->deleteEnvironment(*RepositoryId::parse(repo), QStringLiteral("preview/pr-1"));
        QSignalSpy deleted(elsewhere, &DeleteRequest::finished);
        QVERIFY(deleted.wait(TestTimeoutMs));
        m_writes.clear();
        const auto second = apply(dryRun);
        QVERIFY(second);
        QCOMPARE(second->items[0].outcome, CleanupJob::Outcome::Skipped);
        QVERIFY2(second->items[0].reason.contains(QLatin1String("404")),
                 qPrintable(second->items[0].reason));
        QCOMPARE(second->items[1].outcome, CleanupJob::Outcome::Done);
        QCOMPARE(m_writes.size(), 2);
    }

    void fiveHundredWritesStayUnderTheSecondaryLimit()
    {
        // Given GitHub's secondary limit in the emulator and 500 live deployments
        m_emulator->setSecondaryRateLimit(true, 80, 500);
        QList<qint64> ids;
        for (int i = 0; i < 500; ++i)
            ids.append(addDeployment(QStringLiteral("preview/pr-%1").arg(i),
                                     QStringLiteral("success"), true));
        QVERIFY(open());
        CleanupRule all;
        all.includeLive = true;
        const CleanupPlan dryRun = plan({all});
        QCOMPARE(dryRun.writes(), 500);

        // When they are all marked inactive at GitHub's pace (the injected clock moves on)
        const QDateTime start = m_time->now();
        const auto report = apply(dryRun);
        QVERIFY(report);

        // Then every write went through with no secondary-limit answer, a second apart
        QCOMPARE(report->count(CleanupJob::Outcome::Done), 500);
        QCOMPARE(report->rateLimitPauses, 0);
        QCOMPARE(m_emulator->secondaryRateLimitRefusals(), 0);
        QCOMPARE(m_emulator->secondaryRateLimitWrites(), 500);
        QCOMPARE(start.secsTo(m_time->now()), 499);
        for (qint64 id : ids)
            QCOMPARE(m_emulator->latestState(repo, id), QStringLiteral("inactive"));
    }

    void secondaryLimitAnswerPausesUntilRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addRow("403") << 403;
        QTest::addRow("429") << 429;
    }

    void secondaryLimitAnswerPausesUntilRetryAfter()
    {
        QFETCH(int, status);
        // Given a limit of 3 writes a minute, and a client that does not pace itself
        m_emulator->setSecondaryRateLimit(true, 3, 500, status);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(addDeployment(QStringLiteral("qa%1").arg(i), QStringLiteral("failure")));
        QVERIFY(open());
        CleanupRule failures;
        failures.states = {StatusState::Failure};
        const CleanupPlan dryRun = plan({failures});
        CleanupJob job(m_session.get(), dryRun);
        job.setPacer(WritePacer({}, 0));
        QSignalSpy finished(&job, &CleanupJob::finished);
        QSignalSpy states(&job, &CleanupJob::stateChanged);
        const QDateTime start = m_time->now();
        job.start();

        // When the fourth write gets GitHub's secondary-limit answer
        QVERIFY(QTest::qWaitFor([&] { return job.state() == CleanupJob::State::RateLimited; },
                                TestTimeoutMs));
        // Then the job waits until retry-after (60 s: when the first write leaves the minute)
        QCOMPARE(job.waitingUntil(), start.addSecs(60));
        QCOMPARE(job.finishedCount(), 3);
        QVERIFY(job.estimatedEnd() >= start.addSecs(60));
        const int writesBefore = int(m_writes.size());
        QTest::qWait(0);
        QCOMPARE(int(m_writes.size()), writesBefore); // nothing is sent while it waits
        const auto report = drive(&job, finished);
        QVERIFY(report);
        // And then goes on: all five inactive, each written once, one pause
        QCOMPARE(report->count(CleanupJob::Outcome::Done), 5);
        QCOMPARE(report->rateLimitPauses, 1);
        QCOMPARE(m_emulator->secondaryRateLimitRefusals(), 1);
        for (qint64 id : ids) {
            QCOMPARE(m_emulator->latestState(repo, id), QStringLiteral("inactive"));
            QCOMPARE(m_emulator->statusIds(repo, id).size(), 2);
        }
        QVERIFY(m_time->now() >= start.addSecs(60));
    }

    void pauseResumeAndCancel()
    {
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids.append(addDeployment(QStringLiteral("qa%1").arg(i), QStringLiteral("failure")));
        QVERIFY(open());
        CleanupRule failures;
        failures.states = {StatusState::Failure};
        const CleanupPlan dryRun = plan({failures});
        CleanupJob job(m_session.get(), dryRun);
        QSignalSpy finished(&job, &CleanupJob::finished);
        QSignalSpy progress(&job, &CleanupJob::progress);
        job.start();
        // Pause after the second item: nothing more is sent, however long it waits
        QVERIFY(!drive(&job, finished, [&] { return job.finishedCount() >= 2; }));
        job.pause();
        QVERIFY(QTest::qWaitFor([&] { return job.state() == CleanupJob::State::Paused; },
                                TestTimeoutMs));
        const qsizetype sent = m_writes.size();
        m_time->advance(3600 * 1000);
        QTest::qWait(0);
        QCOMPARE(m_writes.size(), sent);
        QVERIFY(finished.isEmpty());
        // Resume: it goes on; cancel after the fourth: it ends once, with what is left untried
        job.resume();
        QVERIFY(!drive(&job, finished, [&] { return job.finishedCount() >= 4; }));
        job.cancel();
        QCOMPARE(finished.size(), 1);
        const auto report = finished.first().first().value<CleanupJob::Report>();
        QCOMPARE(report.stopReason, QStringLiteral("cancelled"));
        QVERIFY(report.count(CleanupJob::Outcome::Done) >= 4);
        QVERIFY(report.count(CleanupJob::Outcome::NotAttempted) >= 1);
        QCOMPARE(report.count(CleanupJob::Outcome::Done) +
                     report.count(CleanupJob::Outcome::NotAttempted),
                 6);
        job.cancel();
        job.resume();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(progress.last().at(1).toInt(), 6);
    }

    void journalResumesWithNothingDoneTwice()
    {
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids.append(addDeployment(QStringLiteral("preview/pr-%1").arg(i),
                                     QStringLiteral("success"), true));
        QVERIFY(open());
        CleanupRule previews;
        previews.environmentPatterns = {QStringLiteral("preview/*")};
        previews.includeLive = true;
        previews.action = CleanupRule::Action::Delete;
        const CleanupPlan dryRun = plan({previews});
        QCOMPARE(dryRun.writes(), 12);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cleanup.journal"));
        {
            // A first run, cancelled while its fifth write is in flight
            CleanupJob job(m_session.get(), dryRun);
            QString error;
            auto journal = CleanupJournal::create(path, dryRun, &error);
            QVERIFY2(journal, qPrintable(error));
            job.setJournal(std::move(journal));
            QSignalSpy finished(&job, &CleanupJob::finished);
            job.start();
            QVERIFY(!drive(&job, finished, [&] {
                return m_writes.size() >= 5 && job.state() == CleanupJob::State::Writing;
            }));
            job.cancel();
            QCOMPARE(finished.size(), 1);
        }
        // Let the answer to the write in flight arrive and be dropped
        QVERIFY(QTest::qWaitFor([&] { return !m_client->isBusy(); }, TestTimeoutMs));
        const QStringList firstRun = m_writes;

        // The second run reads the journal: the plan and what was done
        QString error;
        auto journal = CleanupJournal::open(path, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(keys(journal->plan().items), keys(dryRun.items));
        QVERIFY(journal->writeTimes().size() >= 5);
        CleanupJob job(m_session.get(), journal->plan());
        job.setJournal(std::move(journal));
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        const auto report = drive(&job, finished);
        QVERIFY(report);
        QCOMPARE(report->count(CleanupJob::Outcome::Done), 6);
        int fromJournal = 0;
        for (const auto &r : report->items)
            fromJournal += r.fromJournal ? 1 : 0;
        QCOMPARE(fromJournal, 2);
        // Nothing twice, nothing left out: 12 writes in all, each once
        QCOMPARE(m_writes.size(), 12);
        QCOMPARE(QSet<QString>(m_writes.cbegin(), m_writes.cend()).size(), 12);
        QVERIFY(m_emulator->deploymentIds(repo).isEmpty());
        QVERIFY(firstRun.size() >= 5);
    }
};

QTEST_GUILESS_MAIN(tst_CleanupJob)
#include "tst_cleanupjob.moc"
