// The overview board's models (issue 13): BoardModel's cells (live, a newer failed attempt,
// drift, groups) under QAbstractItemModelTester, merges without resets, the filters, the
// watch list kept in settings, and the scheduler's cost of an unchanged cycle, all against
// the in-process emulator.
#include "emulator/githubemulator.h"
#include "models/boardfilterproxy.h"
#include "models/boardmodel.h"
#include "models/boardsessions.h"
#include "models/deploymentstore.h"
#include "models/environmentmodel.h"
#include "models/githubclient.h"
#include "models/pollscheduler.h"
#include "models/repositorysession.h"
#include "models/watchlist.h"
#include "tests/testtimeout.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_BoardModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<WatchList> m_list;
    std::unique_ptr<BoardSessions> m_sessions;
    std::unique_ptr<BoardModel> m_model;
    QDateTime m_now;

    void watch(const QStringList &repositories)
    {
        for (const QString &name : repositories)
            QVERIFY(m_list->add({m_emulator->baseUrl(), QString(), *RepositoryId::parse(name)}));
    }

    // Makes the sessions and the model over the watch list and waits for every first load.
    void startBoard()
    {
        GitHubClient *client = m_client.get();
        m_sessions = std::make_unique<BoardSessions>(
            m_list.get(), [client](const WatchedRepository &) { return client; });
        m_model = std::make_unique<BoardModel>(m_sessions.get());
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), TestTimeoutMs);
        QCoreApplication::processEvents(); // the model's queued merge of the last changes
    }

    bool loaded() const
    {
        for (PollScheduler *scheduler : m_sessions->schedulers()) {
            if (scheduler->isCycleRunning())
                return false;
        }
        for (int row = 0; row < m_sessions->count(); ++row) {
            const DeploymentStore *store = m_sessions->store(row);
            if (!store || store->loadState() != DeploymentStore::LoadState::Ready)
                return false;
        }
        return true;
    }

    void refreshAndWait()
    {
        PollScheduler *scheduler = m_sessions->schedulers().value(0);
        QVERIFY(scheduler);
        const int cycles = scheduler->cyclesFinished();
        m_sessions->refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(scheduler->cyclesFinished() > cycles, TestTimeoutMs);
        QCoreApplication::processEvents(); // the model's queued merge
    }

    int rowOf(const QString &repository) const
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(BoardModel::RepositoryRole).toString() == repository)
                return row;
        }
        return -1;
    }

    QModelIndex cellOf(const QString &repository, const QString &environment) const
    {
        return m_model->index(rowOf(repository), m_model->columnOf(environment));
    }

    qint64 deploy(const QString &repo, const QString &environment, const QString &ref,
                  const QString &state, const QString &sha = {})
    {
        QJsonObject fields{{QStringLiteral("ref"), ref},
                           {QStringLiteral("environment"), environment},
                           {QStringLiteral("creator"), QStringLiteral("mona")}};
        if (!sha.isEmpty())
            fields.insert(QStringLiteral("sha"), sha);
        const qint64 id = m_emulator->createDeploymentDirect(repo, fields);
        m_emulator->addStatusDirect(repo, id, {{QStringLiteral("state"), state}});
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_emulator = std::make_unique<GitHubEmulator>();
        QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
        m_emulator->clear();
        // GitHub's times have whole seconds: a status added later must be a later second.
        m_now = QDateTime::currentDateTimeUtc().addDays(-1);
        m_emulator->setClock([this] { return m_now; });
        m_client = std::make_unique<GitHubClient>();
        QVERIFY(m_client->setApiRoot(m_emulator->baseUrl()));
        m_client->setToken(QStringLiteral("demo-token"));
        m_list = std::make_unique<WatchList>(m_settings.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_sessions.reset();
        m_list.reset();
        m_client.reset();
        m_emulator.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void cellsShowLiveAttemptAndDrift()
    {
        // Given: acme/api with production live on v1 and a failed v2 attempt over it, staging
        // live on v2 (ahead of production); acme/web with production and staging on the same
        // SHA, and a preview.
        m_emulator->addRepository(QStringLiteral("acme/api"));
        m_emulator->addRepository(QStringLiteral("acme/web"));
        const QString v1 = QStringLiteral("1111111111111111111111111111111111111111");
        const QString v2 = QStringLiteral("2222222222222222222222222222222222222222");
        const qint64 apiLive = deploy(QStringLiteral("acme/api"), QStringLiteral("production"),
                                      QStringLiteral("v1"), QStringLiteral("success"), v1);
        deploy(QStringLiteral("acme/api"), QStringLiteral("staging"), QStringLiteral("v2"),
               QStringLiteral("success"), v2);
        const qint64 apiFailed = deploy(QStringLiteral("acme/api"), QStringLiteral("production"),
                                        QStringLiteral("v2"), QStringLiteral("failure"), v2);
        deploy(QStringLiteral("acme/web"), QStringLiteral("staging"), QStringLiteral("v7"),
               QStringLiteral("success"), v1);
        deploy(QStringLiteral("acme/web"), QStringLiteral("production"), QStringLiteral("v7"),
               QStringLiteral("success"), v1);
        QJsonObject preview{{QStringLiteral("ref"), QStringLiteral("feature")},
                            {QStringLiteral("environment"), QStringLiteral("pr-12")},
                            {QStringLiteral("transient_environment"), true}};
        const qint64 pr = m_emulator->createDeploymentDirect(QStringLiteral("acme/web"), preview);
        m_emulator->addStatusDirect(QStringLiteral("acme/web"), pr,
                                    {{QStringLiteral("state"), QStringLiteral("in_progress")}});
        watch({QStringLiteral("acme/api"), QStringLiteral("acme/web")});

        // When the board has loaded
        startBoard();

        // Then the columns are the repository, production, staging (lane order), Previews
        QCOMPARE(m_model->columnCount(), 4);
        QCOMPARE(m_model->columnEnvironment(1), QStringLiteral("production"));
        QCOMPARE(m_model->columnEnvironment(2), QStringLiteral("staging"));
        QCOMPARE(m_model->columnKind(3), BoardModel::ColumnKind::Previews);

        // acme/api production: live v1, with the failed v2 attempt over it
        const QModelIndex apiProduction =
            cellOf(QStringLiteral("acme/api"), QStringLiteral("production"));
        QCOMPARE(apiProduction.data(BoardModel::RefRole).toString(), QStringLiteral("v1"));
        QCOMPARE(apiProduction.data(BoardModel::StateRole).value<StatusState>(),
                 StatusState::Success);
        QCOMPARE(apiProduction.data(BoardModel::DeploymentIdRole).toLongLong(), apiLive);
        QCOMPARE(apiProduction.data(BoardModel::AttemptStateRole).value<StatusState>(),
                 StatusState::Failure);
        QCOMPARE(apiProduction.data(BoardModel::AttemptRefRole).toString(), QStringLiteral("v2"));
        QCOMPARE(apiProduction.data(BoardModel::SeverityRole).toInt(), 0);
        QVERIFY(apiProduction.data(Qt::ToolTipRole).toString().contains(QStringLiteral("v2")));
        QVERIFY(!apiProduction.data(BoardModel::DriftRole).toBool());
        Q_UNUSED(apiFailed)

        // acme/api staging runs a SHA production has not got: drift, named in the text
        const QModelIndex apiStaging =
            cellOf(QStringLiteral("acme/api"), QStringLiteral("staging"));
        QVERIFY(apiStaging.data(BoardModel::DriftRole).toBool());
        QVERIFY(apiStaging.data(BoardModel::DriftTextRole)
                    .toString()
                    .contains(QStringLiteral("1111111")));
        QVERIFY(apiStaging.data(BoardModel::DriftTextRole)
                    .toString()
                    .contains(QStringLiteral("2222222")));

        // acme/web staging equals production: no drift, no attempt
        const QModelIndex webStaging =
            cellOf(QStringLiteral("acme/web"), QStringLiteral("staging"));
        QVERIFY(!webStaging.data(BoardModel::DriftRole).toBool());
        QCOMPARE(cellOf(QStringLiteral("acme/web"), QStringLiteral("production"))
                     .data(BoardModel::AttemptStateRole)
                     .value<StatusState>(),
                 StatusState::NoStatus);
        QCOMPARE(webStaging.data(Qt::DisplayRole).toString(), QStringLiteral("v7 · 1111111"));

        // The previews group: one preview in acme/web, in progress; none in acme/api
        const QModelIndex webPreviews = m_model->index(rowOf(QStringLiteral("acme/web")), 3);
        QCOMPARE(webPreviews.data(BoardModel::GroupCountRole).toInt(), 1);
        QCOMPARE(webPreviews.data(BoardModel::StateRole).value<StatusState>(),
                 StatusState::InProgress);
        QCOMPARE(m_model->index(rowOf(QStringLiteral("acme/api")), 3)
                     .data(BoardModel::GroupCountRole)
                     .toInt(),
                 0);
        // The worst state on the board is the failed attempt
        QCOMPARE(m_model->worstSeverity(), 0);
    }

    void organisationMatchesTheFullSession()
    {
        // Given the synthetic organisation (drift, failed attempts, previews)
        m_emulator->loadOrganisation(6, 60, 4);
        QStringList names;
        for (const QString &full : m_emulator->repositoryNames())
            names.append(full);
        QCOMPARE(names.size(), 6);
        watch(names);
        startBoard();

        // Then every environment cell shows what a full session (every status read) calls
        // live there, and drift is where staging's live SHA differs from production's.
        for (const QString &name : std::as_const(names)) {
            RepositorySession full(m_client.get());
            full.setAutoRefreshInterval(0);
            EnvironmentModel environments;
            connect(&full, &RepositorySession::storeChanged, &environments,
                    &EnvironmentModel::setStore);
            full.setRepository(*RepositoryId::parse(name));
            QTRY_VERIFY_WITH_TIMEOUT(!full.isLoading(), TestTimeoutMs);
            const DeploymentStore *store = full.store();
            QString productionSha;
            QString stagingSha;
            for (const QString &environment : store->environmentNames()) {
                const DeploymentStore::EnvironmentSummary s =
                    store->environmentSummary(environment);
                const int column = m_model->columnShowing(rowOf(name), environment);
                QVERIFY2(column > 0, qPrintable(environment));
                if (m_model->columnKind(column) != BoardModel::ColumnKind::Environment)
                    continue;
                const QModelIndex cell = m_model->index(rowOf(name), column);
                const qint64 expected =
                    s.active ? s.active->deployment.id : (s.latest ? s.latest->deployment.id : 0);
                QCOMPARE(cell.data(BoardModel::DeploymentIdRole).toLongLong(), expected);
                if (environment == QLatin1String("production") && s.active)
                    productionSha = s.active->deployment.sha;
                if (environment == QLatin1String("staging") && s.active)
                    stagingSha = s.active->deployment.sha;
            }
            QCOMPARE(cellOf(name, QStringLiteral("staging")).data(BoardModel::DriftRole).toBool(),
                     stagingSha != productionSha);
        }
        // The data set has both kinds: some drift, some failed attempts over a live one
        int drifts = 0;
        int attempts = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            drifts += m_model->index(row, m_model->columnOf(QStringLiteral("staging")))
                          .data(BoardModel::DriftRole)
                          .toBool();
            attempts += m_model->index(row, m_model->columnOf(QStringLiteral("production")))
                            .data(BoardModel::AttemptStateRole)
                            .value<StatusState>() == StatusState::Failure;
        }
        QVERIFY(drifts > 0);
        QVERIFY(attempts > 0);
    }

    void mergesWithoutResets()
    {
        m_emulator->addRepository(QStringLiteral("acme/api"));
        m_emulator->addRepository(QStringLiteral("acme/web"));
        m_emulator->addRepository(QStringLiteral("acme/ops"));
        for (const QString &repo :
             {QStringLiteral("acme/api"), QStringLiteral("acme/web"), QStringLiteral("acme/ops")})
            deploy(repo, QStringLiteral("production"), QStringLiteral("v1"),
                   QStringLiteral("success"));
        watch({QStringLiteral("acme/api"), QStringLiteral("acme/web"), QStringLiteral("acme/ops")});
        startBoard();
        QCOMPARE(m_model->columnCount(), 2);

        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy columns(m_model.get(), &QAbstractItemModel::columnsInserted);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutAboutToBeChanged);

        // When acme/web fails in production and gets a canary environment of its own
        deploy(QStringLiteral("acme/web"), QStringLiteral("production"), QStringLiteral("v2"),
               QStringLiteral("failure"));
        deploy(QStringLiteral("acme/web"), QStringLiteral("canary"), QStringLiteral("v2"),
               QStringLiteral("success"));
        refreshAndWait();

        // Then only acme/web's row changed, an Others column came (canary is only in one
        // repository), and nothing was reset
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(columns.count(), 1);
        QCOMPARE(m_model->columnKind(2), BoardModel::ColumnKind::Others);
        QVERIFY(!changed.isEmpty());
        const int web = rowOf(QStringLiteral("acme/web"));
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).toModelIndex().row(), web);
            QCOMPARE(args.at(1).toModelIndex().row(), web);
        }
        QCOMPARE(cellOf(QStringLiteral("acme/web"), QStringLiteral("production"))
                     .data(BoardModel::AttemptStateRole)
                     .value<StatusState>(),
                 StatusState::Failure);
        QCOMPARE(m_model->index(web, 2).data(BoardModel::GroupCountRole).toInt(), 1);

        // Folding off: canary gets its own column, inserted, not reset
        m_model->setFoldRareEnvironments(false);
        QCOMPARE(resets.count(), 0);
        QVERIFY(m_model->columnOf(QStringLiteral("canary")) > 0);

        // Removing a watched repository removes its row only
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_list->remove(m_emulator->baseUrl(),
                               *RepositoryId::parse(QStringLiteral("acme/api"))));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(resets.count(), 0);
    }

    void filtersAndSorting()
    {
        m_emulator->addRepository(QStringLiteral("acme/api"));
        m_emulator->addRepository(QStringLiteral("acme/web"));
        m_emulator->addRepository(QStringLiteral("other/web-tools"));
        deploy(QStringLiteral("acme/api"), QStringLiteral("production"), QStringLiteral("v1"),
               QStringLiteral("success"));
        deploy(QStringLiteral("acme/web"), QStringLiteral("production"), QStringLiteral("v1"),
               QStringLiteral("error"));
        deploy(QStringLiteral("other/web-tools"), QStringLiteral("staging"), QStringLiteral("v1"),
               QStringLiteral("success"));
        watch({QStringLiteral("acme/api"), QStringLiteral("acme/web"),
               QStringLiteral("other/web-tools")});
        startBoard();
        BoardFilterProxy proxy;
        proxy.setSourceModel(m_model.get());
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &proxy);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setOwner(QStringLiteral("ACME"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setNameFilter(QStringLiteral("web"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("acme/web"));
        proxy.setOwner({});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setNameFilter({});

        // Environment pattern: only matching environment columns stay (with the repository)
        QCOMPARE(proxy.columnCount(), 3);
        proxy.setEnvironmentPattern(QStringLiteral("prod"));
        QCOMPARE(proxy.columnCount(), 2);
        QCOMPARE(proxy.headerData(1, Qt::Horizontal).toString(), QStringLiteral("production"));
        proxy.setEnvironmentPattern(QStringLiteral("stag*"));
        QCOMPARE(proxy.headerData(1, Qt::Horizontal).toString(), QStringLiteral("staging"));
        proxy.setEnvironmentPattern({});

        // Sorting production: the error first, then success, then none
        proxy.sort(m_model->columnOf(QStringLiteral("production")), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("acme/web"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("acme/api"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("other/web-tools"));
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("other/web-tools"));
    }

    void watchListIsKeptInSettings()
    {
        const QUrl host(QStringLiteral("https://ghe.example.com/api/v3"));
        QVERIFY(m_list->add(
            {host, QStringLiteral("mona"), *RepositoryId::parse(QStringLiteral("a/b"))}));
        QVERIFY(!m_list->add({host, QString(), *RepositoryId::parse(QStringLiteral("A/B"))}));
        QVERIFY(m_list->add({QUrl(QStringLiteral("https://api.github.com")), QString(),
                             *RepositoryId::parse(QStringLiteral("a/b"))}));
        QVERIFY(m_list->add({host, QString(), *RepositoryId::parse(QStringLiteral("c/d"))}));
        QVERIFY(m_list->remove(host, *RepositoryId::parse(QStringLiteral("a/b"))));
        m_settings->sync();

        WatchList again(m_settings.get());
        QCOMPARE(again.count(), 2);
        QCOMPARE(again.repositories().at(0).apiRoot,
                 QUrl(QStringLiteral("https://api.github.com")));
        QCOMPARE(again.repositories().at(1).repository.fullName(), QStringLiteral("c/d"));
        QCOMPARE(again.repositories().at(1).apiRoot, host);
    }

    void unchangedCycleCostsNothing()
    {
        // Given 50 watched repositories, loaded
        m_emulator->loadOrganisation(50, 150, 3);
        watch(m_emulator->repositoryNames());
        QCOMPARE(m_list->count(), 50);
        startBoard();
        PollScheduler *scheduler = m_sessions->schedulers().value(0);
        QVERIFY(scheduler);

        // When a cycle runs with nothing changed
        const int usedBefore = m_emulator->rateLimitUsed();
        const int requestsBefore = m_emulator->requestCount();
        refreshAndWait();

        // Then it cost one request per repository and no rate-limit point
        QCOMPARE(m_emulator->requestCount() - requestsBefore, 50);
        QCOMPARE(scheduler->lastCycleRequests(), 50);
        QCOMPARE(m_emulator->rateLimitUsed() - usedBefore, 0);
        QCOMPARE(scheduler->lastCyclePoints(), 0);
        QCOMPARE(scheduler->pace(), PollScheduler::Pace::Normal);
    }

    void oldChangesAreSeenOnTheFullCheck()
    {
        // Given a repository whose live production deployment is on the second listing page
        m_emulator->addRepository(QStringLiteral("acme/api"));
        const qint64 live = deploy(QStringLiteral("acme/api"), QStringLiteral("production"),
                                   QStringLiteral("v1"), QStringLiteral("success"));
        for (int i = 0; i < 120; ++i)
            deploy(QStringLiteral("acme/api"), QStringLiteral("qa"), QStringLiteral("v%1").arg(i),
                   QStringLiteral("success"));
        watch({QStringLiteral("acme/api")});
        startBoard();
        QCOMPARE(cellOf(QStringLiteral("acme/api"), QStringLiteral("production"))
                     .data(BoardModel::DeploymentIdRole)
                     .toLongLong(),
                 live);

        // When someone marks it inactive by hand a minute later (only page 2 changes)
        m_now = m_now.addSecs(60);
        m_emulator->addStatusDirect(QStringLiteral("acme/api"), live,
                                    {{QStringLiteral("state"), QStringLiteral("inactive")}});

        // Then it is seen at the latest on the full check (every fullCheckEvery-th cycle; on
        // GitHub the first page's ETag only covers that page; the emulator's covers the whole
        // repository, so it is seen on the first cycle there)
        int cycles = 0;
        while (cellOf(QStringLiteral("acme/api"), QStringLiteral("production"))
                   .data(BoardModel::StateRole)
                   .value<StatusState>() != StatusState::Inactive) {
            QVERIFY(cycles < RepositorySession::fullCheckEvery);
            refreshAndWait();
            ++cycles;
        }
        QVERIFY(cycles >= 1);
        QVERIFY(cycles <= RepositorySession::fullCheckEvery);
    }
};

QTEST_GUILESS_MAIN(tst_BoardModel)
#include "tst_boardmodel.moc"
