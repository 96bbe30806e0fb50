// A cleanup over several repositories in one run (issue 15, "one repository or several watched
// ones"), against the in-process emulator on an injected clock: the plan names each item's
// repository and counts per repository; the dry run is what the apply does across repositories
// (with the same environment names in each, so every write reaches the right one); one pacer
// for all of them (GitHub's secondary limits are per user); a journal resumes a run cancelled
// in the second repository with nothing done twice; a journal written before plans spanned
// repositories is still resumed.

#include "../client/manualtimesource.h"
#include "emulator/githubemulator.h"
#include "models/cleanupjob.h"
#include "models/cleanupjournal.h"
#include "models/cleanupplan.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/uilanguage.h"

#include "testtimeout.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QStringList repos{QStringLiteral("octo/empty"), QStringLiteral("octo/second"),
                        QStringLiteral("acme/third")};
const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-05-01T00:00:00Z"), Qt::ISODate);

QStringList keys(const QList<CleanupItem> &items)
{
    QStringList k;
    for (const CleanupItem &item : items)
        k.append(item.key());
    return k;
}

QStringList doneKeys(const CleanupJob::Report &report)
{
    QStringList k;
    for (const CleanupJob::ItemResult &r : report.items) {
        if (r.outcome == CleanupJob::Outcome::Done)
            k.append(r.item.key());
    }
    return k;
}

CleanupRule previewRule(CleanupRule::Action action)
{
    CleanupRule rule;
    rule.environmentPatterns = {QStringLiteral("preview/*")};
    rule.includeLive = true;
    rule.action = action;
    return rule;
}
} // namespace

class tst_CleanupMulti : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualTimeSource> m_time;
    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<GitHubClient> m_client;
    std::vector<std::unique_ptr<RepositorySession>> m_sessions;
    QStringList m_writes; // "METHOD path" of every write the emulator received

    qint64 addDeployment(const QString &repo, const QString &environment,
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

    int writesTo(const QString &repo) const
    {
        const QString prefix = QStringLiteral("/repos/%1/").arg(repo);
        return int(std::count_if(m_writes.cbegin(), m_writes.cend(),
                                 [&](const QString &w) { return w.contains(prefix); }));
    }

    bool open(int count)
    {
        for (int i = 0; i < count; ++i) {
            auto session = std::make_unique<RepositorySession>(m_client.get());
            session->setAutoRefreshInterval(0);
            session->setRepository(*RepositoryId::parse(repos.at(i)));
            m_sessions.push_back(std::move(session));
        }
        return QTest::qWaitFor(
            [this] {
                return std::all_of(m_sessions.cbegin(), m_sessions.cend(), [](const auto &s) {
                    return s->store() &&
                           s->store()->loadState() == DeploymentStore::LoadState::Ready &&
                           !s->isLoading();
                });
            },
            TestTimeoutMs);
    }

    QList<RepositorySession *> sessions() const
    {
        QList<RepositorySession *> list;
        for (const auto &s : m_sessions)
            list.append(s.get());
        return list;
    }

    CleanupPlan plan(const QList<CleanupRule> &rules) const
    {
        QList<const DeploymentStore *> stores;
        for (const auto &s : m_sessions)
            stores.append(s->store());
        return CleanupPlan::compute(stores, rules, m_time->now());
    }

    // Runs the job to its one result (or until stopWhen), moving the injected clock on as soon
    // as the job waits for it (as in tst_cleanupjob).
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
        for (const QString &repo : repos)
            QVERIFY(m_emulator->addRepository(repo) > 0);
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
    }

    void cleanup()
    {
        m_sessions.clear();
        m_client.reset();
        m_emulator.reset();
        m_time.reset();
    }

    void planNamesRepositoriesAndCountsEach()
    {
        // Given the same environments in two repositories, and a live production in each
        QList<qint64> preview;
        QList<qint64> failed;
        for (int r = 0; r < 2; ++r) {
            addDeployment(repos[r], QStringLiteral("production"));
            preview.append(addDeployment(repos[r], QStringLiteral("preview/pr-1"),
                                         QStringLiteral("success"), true));
            failed.append(
                addDeployment(repos[r], QStringLiteral("staging"), QStringLiteral("failure")));
            addDeployment(repos[r], QStringLiteral("staging"), QStringLiteral("success"));
        }
        const qint64 inactive = addDeployment(repos[1], QStringLiteral("preview/pr-2"),
                                              QStringLiteral("inactive"), true);
        QVERIFY(open(2));

        // When two rules plan over both
        CleanupRule failures;
        failures.name = QStringLiteral("failures");
        failures.states = {StatusState::Failure};
        CleanupRule previews = previewRule(CleanupRule::Action::Delete);
        previews.name = QStringLiteral("previews");
        const CleanupPlan p = plan({failures, previews});

        // Then every item names its repository and its rule, in the repositories' order
        QCOMPARE(p.repositories.size(), 2);
        QVERIFY(p.spansRepositories());
        const auto key = [](const QString &repo, qint64 id) {
            return QStringLiteral("%1#d:%2").arg(repo).arg(id);
        };
        QCOMPARE(keys(p.items), (QStringList{key(repos[0], failed[0]), key(repos[0], preview[0]),
                                             key(repos[1], inactive), key(repos[1], failed[1]),
                                             key(repos[1], preview[1])}));
        QCOMPARE(p.items[0].ruleName, QStringLiteral("failures"));
        QCOMPARE(p.items[1].ruleName, QStringLiteral("previews"));
        for (const CleanupItem &item : p.items)
            QVERIFY(item.environment != QLatin1String("production"));
        // And the counts are per repository, environment and action
        const QList<CleanupPlan::Count> counts = p.counts();
        QCOMPARE(counts.size(), 5);
        QCOMPARE(counts[0].repository.fullName(), repos[0]);
        QCOMPARE(counts[0].environment, QStringLiteral("preview/pr-1"));
        QCOMPARE(counts[2].repository.fullName(), repos[1]);
        QCOMPARE(counts[3].environment, QStringLiteral("preview/pr-2"));
        QCOMPARE(p.count(*RepositoryId::parse(repos[1]), CleanupRule::Action::Delete), 2);
        QCOMPARE(p.summary(), QStringLiteral("2 deployments to mark inactive; 3 deployments to "
                                             "delete, in 2 repositories"));
        // And CSV and JSON name the repository of each item; JSON reads back the same
        QVERIFY(p.toCsv().startsWith("repository,target,action,"));
        QVERIFY(p.toCsv().contains("\r\nocto/second,deployment,delete,"));
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value("repositories").toArray().size(), 2);
        QCOMPARE(json.value("items").toArray().at(4).toObject().value("repository").toString(),
                 repos[1]);
        QCOMPARE(json.value("counts").toArray().at(2).toObject().value("repository").toString(),
                 repos[1]);
        const auto back = CleanupPlan::fromJson(json);
        QVERIFY(back);
        QCOMPARE(keys(back->items), keys(p.items));
        QCOMPARE(back->repositories, p.repositories);
    }

    void dryRunIsWhatApplyDoesAcrossRepositories()
    {
        // Given previews with the same names in three repositories, and staging failures
        QList<qint64> untouched;
        for (const QString &repo : repos) {
            untouched.append(addDeployment(repo, QStringLiteral("production")));
            untouched.append(addDeployment(repo, QStringLiteral("staging")));
            addDeployment(repo, QStringLiteral("preview/pr-1"), QStringLiteral("success"), true);
            addDeployment(repo, QStringLiteral("preview/pr-1"), QStringLiteral("inactive"), true);
        }
        addDeployment(repos[2], QStringLiteral("qa"), QStringLiteral("failure"));
        QVERIFY(open(3));

        // When previews are deleted with their environments, and failures marked inactive
        CleanupRule failures;
        failures.states = {StatusState::Failure};
        const CleanupPlan dryRun =
            plan({previewRule(CleanupRule::Action::Delete),
                  previewRule(CleanupRule::Action::DeleteEnvironment), failures});
        QCOMPARE(dryRun.items.size(), 3 * 3 + 1);
        QCOMPARE(dryRun.writes(), 3 * (3 + 1) + 1);
        CleanupJob job(sessions(), dryRun);
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        const auto report = drive(&job, finished);
        QVERIFY(report);

        // Then exactly the dry run was done, each write to its own repository
        QCOMPARE(doneKeys(*report), keys(dryRun.items));
        QCOMPARE(report->writesSent, dryRun.writes());
        QCOMPARE(int(m_writes.size()), dryRun.writes());
        QCOMPARE(QSet<QString>(m_writes.cbegin(), m_writes.cend()).size(), dryRun.writes());
        QCOMPARE(writesTo(repos[0]), 4);
        QCOMPARE(writesTo(repos[1]), 4);
        QCOMPARE(writesTo(repos[2]), 5);
        for (const QString &repo : repos) {
            QVERIFY(m_writes.contains(
                QStringLiteral("DELETE /repos/%1/environments/preview%2Fpr-1").arg(repo)));
            QCOMPARE(m_emulator->deploymentIds(repo).size(), repo == repos[2] ? 3 : 2);
        }
        for (const QString &repo : repos) {
            for (qint64 id : m_emulator->deploymentIds(repo)) {
                if (untouched.contains(id))
                    QCOMPARE(m_emulator->latestState(repo, id), QStringLiteral("success"));
            }
        }
        QCOMPARE(report->repositories, repos);
        QCOMPARE(report->toJson().value("items").toArray().at(9).toObject().value("repository"),
                 QJsonValue(repos[2]));
    }

    void onePacerForAllRepositories()
    {
        // Given a limit of 5 writes a minute, and 4 writes to make in each of two repositories
        m_emulator->setSecondaryRateLimit(true, 5, 500);
        for (int r = 0; r < 2; ++r) {
            for (int i = 0; i < 4; ++i)
                addDeployment(repos[r], QStringLiteral("qa%1").arg(i), QStringLiteral("failure"));
        }
        QVERIFY(open(2));
        CleanupRule failures;
        failures.states = {StatusState::Failure};
        const CleanupPlan dryRun = plan({failures});
        QCOMPARE(dryRun.writes(), 8);

        // When the job paces them under the same limit
        CleanupJob job(sessions(), dryRun);
        job.setPacer(WritePacer({{60, 5}}, 0));
        QSignalSpy finished(&job, &CleanupJob::finished);
        const QDateTime start = m_time->now();
        job.start();
        const auto report = drive(&job, finished);
        QVERIFY(report);

        // Then the second repository's writes waited for the first one's: no refusal
        QCOMPARE(report->count(CleanupJob::Outcome::Done), 8);
        QCOMPARE(m_emulator->secondaryRateLimitRefusals(), 0);
        QCOMPARE(report->rateLimitPauses, 0);
        QCOMPARE(start.secsTo(m_time->now()), 60);
    }

    void journalResumesAcrossRepositories()
    {
        for (const QString &repo : repos.mid(0, 2)) {
            for (int i = 0; i < 3; ++i)
                addDeployment(repo, QStringLiteral("preview/pr-%1").arg(i),
                              QStringLiteral("success"), true);
        }
        QVERIFY(open(2));
        const CleanupPlan dryRun = plan({previewRule(CleanupRule::Action::Delete)});
        QCOMPARE(dryRun.writes(), 12);
        QTemporaryDir dir;
        const QString path = dir.filePath(
            CleanupJournal::fileNameFor({dryRun.repositories.at(1), dryRun.repositories.at(0)}));
        QCOMPARE(path, dir.filePath(CleanupJournal::fileNameFor(dryRun.repositories)));
        {
            // A first run, cancelled in the second repository with a write in flight
            CleanupJob job(sessions(), dryRun);
            QString error;
            auto journal = CleanupJournal::create(path, dryRun, &error);
            QVERIFY2(journal, qPrintable(error));
            job.setJournal(std::move(journal));
            QSignalSpy finished(&job, &CleanupJob::finished);
            job.start();
            QVERIFY(!drive(&job, finished, [&] {
                return m_writes.size() >= 9 && job.state() == CleanupJob::State::Writing;
            }));
            job.cancel();
            QCOMPARE(finished.size(), 1);
            QCOMPARE(writesTo(repos[0]), 6);
        }
        QVERIFY(QTest::qWaitFor([&] { return !m_client->isBusy(); }, TestTimeoutMs));

        // The resumed run: the journal's plan over both, what was done in each
        QString error;
        auto journal = CleanupJournal::open(path, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->plan().repositories, dryRun.repositories);
        QCOMPARE(keys(journal->plan().items), keys(dryRun.items));
        CleanupJob job(sessions(), journal->plan());
        job.setJournal(std::move(journal));
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        const auto report = drive(&job, finished);
        QVERIFY(report);
        QCOMPARE(report->count(CleanupJob::Outcome::Done), 6);
        int fromJournal = 0;
        for (const auto &r : report->items)
            fromJournal += r.fromJournal ? 1 : 0;
        QCOMPARE(fromJournal, 4);
        // Nothing twice, nothing left out
        QCOMPARE(m_writes.size(), 12);
        QCOMPARE(QSet<QString>(m_writes.cbegin(), m_writes.cend()).size(), 12);
        QVERIFY(m_emulator->deploymentIds(repos[0]).isEmpty());
        QVERIFY(m_emulator->deploymentIds(repos[1]).isEmpty());
    }

    void journalOfOneRepositoryFromBeforeIsResumed()
    {
        // Given a journal in the first format: one repository, keys without it, one item done
        const qint64 a = addDeployment(repos[0], QStringLiteral("qa"), QStringLiteral("failure"));
        const qint64 b = addDeployment(repos[0], QStringLiteral("qa2"), QStringLiteral("failure"));
        QVERIFY(open(1));
        CleanupRule failures;
        failures.states = {StatusState::Failure};
        CleanupPlan dryRun = plan({failures});
        QJsonObject planJson = dryRun.toJson();
        planJson.remove(QStringLiteral("repositories"));
        QJsonArray items;
        for (const QJsonValue &v : planJson.value("items").toArray()) {
            QJsonObject o = v.toObject();
            o.remove(QStringLiteral("repository"));
            items.append(o);
        }
        planJson.insert(QStringLiteral("items"), items);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.journal"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(QJsonObject{{"format", "deploydeck-cleanup-journal/1"},
                                                 {"plan", planJson}})
                           .toJson(QJsonDocument::Compact) +
                       '\n');
            file.write(
                QStringLiteral("{\"item\":\"d:%1\",\"outcome\":\"done\"}\n").arg(b).toUtf8());
        }
        QString error;
        auto journal = CleanupJournal::open(path, &error);
        QVERIFY2(journal, qPrintable(error));
        QCOMPARE(journal->plan().items.at(0).repository.fullName(), repos[0]);
        QCOMPARE(journal->finishedCount(), 1);

        // When it is resumed: only the item not done is written
        CleanupJob job(sessions(), journal->plan());
        job.setJournal(std::move(journal));
        QSignalSpy finished(&job, &CleanupJob::finished);
        job.start();
        const auto report = drive(&job, finished);
        QVERIFY(report);
        QCOMPARE(report->count(CleanupJob::Outcome::Done), 2);
        QCOMPARE(
            m_writes,
            (QStringList{
                QStringLiteral("POST /repos/%1/deployments/%2/statuses").arg(repos[0]).arg(a)}));
        // And the journal, opened again, keeps both outcomes (new lines in the new keys)
        QVERIFY(CleanupJournal::open(path)->finishedCount() == 2);
    }
};

QTEST_GUILESS_MAIN(tst_CleanupMulti)
#include "tst_cleanupmulti.moc"
