// RepositorySession: GitHubClient -> DeploymentStore -> models, against the in-process
// emulator on loopback: initial and progressive load, refresh merges with their exact signals,
// optimistic writes and their rollback (bulk writes: tst_bulkwritejob), auto-refresh,
// and a repository switch whose late replies are ignored.

#include "emulator/githubemulator.h"
#include "models/deploymentmodel.h"
#include "models/environmentmodel.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/statusmodel.h"

#include "testtimeout.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace DeploymentRoles;
using namespace std::chrono_literals;

namespace {
const QString emptyRepo = QStringLiteral("octo/empty");

QSet<int> roleSet(const QVariant &v)
{
    const QList<int> roles = v.value<QList<int>>();
    return QSet<int>(roles.cbegin(), roles.cend());
}

template <typename Model>
void watch(Model *model)
{
    auto *tester = new QAbstractItemModelTester(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    tester->setUseFetchMore(false);
}

QSet<qint64> modelIds(const QAbstractItemModel &model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(IdRole).toLongLong());
    return ids;
}
} // namespace

class RepositorySessionTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<GitHubClient> m_client;
    std::unique_ptr<RepositorySession> m_session;
    std::unique_ptr<DeploymentModel> m_model;
    std::unique_ptr<EnvironmentModel> m_environments;
    QDateTime m_now; // the emulator's clock, in the tests that set it

    int statusRequests() const
    {
        const auto requests = m_emulator->requests();
        return int(std::count_if(requests.cbegin(), requests.cend(), [](const auto &r) {
            return r.method == "GET" && r.path.contains(QLatin1String("/statuses"));
        }));
    }

    StatusState stateOf(qint64 id) const
    {
        return m_model->indexOf(id).data(StateRole).value<StatusState>();
    }

    bool ready() const
    {
        return m_session->store() &&
               m_session->store()->loadState() == DeploymentStore::LoadState::Ready &&
               !m_session->isLoading();
    }

    void open(const QString &repository)
    {
        m_session->setRepository(*RepositoryId::parse(repository));
        QTRY_VERIFY_WITH_TIMEOUT(ready(), TestTimeoutMs);
    }

    qint64 addDeployment(const QString &environment, const QString &state = {})
    {
        const qint64 id = m_emulator->createDeploymentDirect(
            emptyRepo, {{QStringLiteral("ref"), QStringLiteral("main")},
                        {QStringLiteral("environment"), environment}});
        if (!state.isEmpty())
            m_emulator->addStatusDirect(emptyRepo, id, {{QStringLiteral("state"), state}});
        return id;
    }

private Q_SLOTS:
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
        m_model = std::make_unique<DeploymentModel>();
        m_environments = std::make_unique<EnvironmentModel>();
        watch(m_model.get());
        watch(m_environments.get());
        connect(m_session.get(), &RepositorySession::storeChanged, m_model.get(),
                &DeploymentModel::setStore);
        connect(m_session.get(), &RepositorySession::storeChanged, m_environments.get(),
                &EnvironmentModel::setStore);
    }

    void cleanup()
    {
        m_environments.reset();
        m_model.reset();
        m_session.reset();
        m_client.reset();
        m_emulator.reset();
    }

    void initialLoadDemo()
    {
        // Given the emulator's demo data
        m_emulator->loadDemo();
        const QString repo = QStringLiteral("acme/storefront");

        // When the session opens the repository
        open(repo);

        // Then every deployment is a row with the state GitHub reports
        const QList<qint64> ids = m_emulator->deploymentIds(repo);
        QVERIFY(!ids.isEmpty());
        QCOMPARE(m_model->rowCount(), ids.size());
        for (int row = 0; row < ids.size(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            QCOMPARE(index.data(IdRole).toLongLong(), ids[row]);
            QCOMPARE(index.data(RawStateRole).toString(), m_emulator->latestState(repo, ids[row]));
            QVERIFY(index.data(StatusesLoadedRole).toBool());
        }
        QVERIFY(m_environments->rowCount() > 0);
        QCOMPARE(m_session->store()->loadedStatusCount(), int(ids.size()));

        // And the statuses of one show in a StatusModel
        StatusModel statuses;
        watch(&statuses);
        statuses.setStore(m_session->store());
        statuses.setDeploymentId(ids.first());
        QCOMPARE(statuses.rowCount(), m_emulator->statusIds(repo, ids.first()).size());
    }

    void progressiveLoad()
    {
        // Given 201 deployments: three pages of deployments
        m_emulator->loadSynthetic(201, 0);
        int rowsAtFirstInsert = -1;
        bool listDoneAtFirstInsert = true;
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&] {
            if (rowsAtFirstInsert < 0) {
                rowsAtFirstInsert = m_model->rowCount();
                listDoneAtFirstInsert = !m_session->isLoading();
            }
        });
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(m_model.get(), &QAbstractItemModel::dataChanged);

        // When it opens
        open(QStringLiteral("octo/synthetic"));

        // Then the first page was on screen before the rest, and statuses filled in
        QCOMPARE(rowsAtFirstInsert, 100);
        QVERIFY(!listDoneAtFirstInsert);
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(m_model->rowCount(), 201);
        QVERIFY(loaded.count() >= 201);
    }

    void statusRequestsFollowTheClient()
    {
        // Over HTTP/1.1 (the emulator here) the client reads 4 at once; the session hands it 6,
        // so the pool never waits for the session; over HTTP/2 it follows the client's 32
        // (tests/bench/export-bench.sh: "window first load, rest" at 50 ms, 9.8 s -> 2.0 s)
        QCOMPARE(m_client->currentReadLimit(), m_client->maxConcurrentReads());
        QCOMPARE(m_session->maxStatusRequests(), qMax(6, m_client->currentReadLimit()));
        m_client->setMaxConcurrentReads(10);
        QCOMPARE(m_session->maxStatusRequests(), 10);
        m_session->setMaxStatusRequests(2); // a count set is kept
        m_client->setMaxConcurrentReads(20);
        QCOMPARE(m_session->maxStatusRequests(), 2);
    }

    void visibleRowsFirst()
    {
        // Given 101 deployments and a session that fetches one status list at a time
        m_emulator->loadSynthetic(101, 1);
        m_session->setMaxStatusRequests(1);
        const QList<qint64> ids = m_emulator->deploymentIds(QStringLiteral("octo/synthetic"));
        QList<qint64> order;
        connect(m_session.get(), &RepositorySession::storeChanged, this,
                [&](DeploymentStore *store) {
                    connect(store, &DeploymentStore::statusesChanged, this,
                            [&](qint64 id) { order.append(id); });
                });

        // When the view says the bottom rows are visible right away
        m_session->setRepository(*RepositoryId::parse(QStringLiteral("octo/synthetic")));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() >= 100, TestTimeoutMs);
        m_session->setVisibleDeployments({ids[95], ids[96]});
        QTRY_VERIFY_WITH_TIMEOUT(ready(), TestTimeoutMs);

        // Then theirs came before the rows above them that were still waiting
        QVERIFY(order.indexOf(ids[95]) >= 0);
        QVERIFY(order.indexOf(ids[95]) < order.indexOf(ids[50]));
        QVERIFY(order.indexOf(ids[96]) < order.indexOf(ids[50]));
    }

    void visibleBeforeListedGoesFirst()
    {
        // Given 150 deployments (two pages) and one status list fetched at a time
        m_emulator->loadSynthetic(150, 1);
        m_session->setMaxStatusRequests(1);
        const QList<qint64> ids = m_emulator->deploymentIds(QStringLiteral("octo/synthetic"));
        QList<qint64> order;
        connect(m_session.get(), &RepositorySession::storeChanged, this,
                [&](DeploymentStore *store) {
                    connect(store, &DeploymentStore::statusesChanged, this,
                            [&](qint64 id) { order.append(id); });
                });

        // When a row of the second page is said to be visible before that page is listed
        m_session->setRepository(*RepositoryId::parse(QStringLiteral("octo/synthetic")));
        m_session->setVisibleDeployments({ids[140]});
        QTRY_VERIFY_WITH_TIMEOUT(ready(), TestTimeoutMs);

        // Then it jumps the queue when it arrives, ahead of the first page's last rows
        QVERIFY(order.indexOf(ids[140]) >= 0);
        QVERIFY(order.indexOf(ids[99]) >= 0);
        QVERIFY(order.indexOf(ids[140]) < order.indexOf(ids[99]));
    }

    void refreshMerges()
    {
        // Given three staging deployments: one in progress, two older; the middle one selected
        const qint64 oldest = addDeployment(QStringLiteral("qa"), QStringLiteral("failure"));
        const qint64 middle = addDeployment(QStringLiteral("qa"), QStringLiteral("error"));
        const qint64 newest = addDeployment(QStringLiteral("qa"), QStringLiteral("in_progress"));
        open(emptyRepo);
        QCOMPARE(m_model->rowCount(), 3);
        QItemSelectionModel selection(m_model.get());
        selection.setCurrentIndex(m_model->indexOf(middle),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(m_session.get(), &RepositorySession::refreshFinished);

        // When on GitHub a status is added, a deployment created and one deleted
        m_emulator->addStatusDirect(emptyRepo, newest,
                                    {{QStringLiteral("state"), QStringLiteral("success")},
                                     {QStringLiteral("description"), QStringLiteral("done")}});
        const qint64 added = addDeployment(QStringLiteral("qa"));
        QVERIFY(m_emulator->deleteDeploymentDirect(emptyRepo, oldest));
        m_session->refresh();
        QVERIFY(refreshed.wait(TestTimeoutMs));

        // Then: one insert on top, one removal at the bottom, the changed row with its roles
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 3);
        QCOMPARE(m_model->index(0, 0).data(IdRole).toLongLong(), added);
        // The changed deployment signals its new state (GitHub may also have bumped its
        // updated_at, depending on the second); the new one only that its statuses are known.
        QHash<qint64, QSet<int>> rolesById;
        for (const QList<QVariant> &signal : std::as_const(changed))
            rolesById[signal.at(0).toModelIndex().data(IdRole).toLongLong()] +=
                roleSet(signal.at(2));
        QCOMPARE(QSet<qint64>(rolesById.keyBegin(), rolesById.keyEnd()),
                 (QSet<qint64>{newest, added}));
        const QSet<int> stateRoles{StateRole,       RawStateRole,    DescriptionRole,
                                   IsActiveRole,    StatusCountRole, StatusMarkersRole,
                                   Qt::DisplayRole, Qt::ToolTipRole};
        QVERIFY(rolesById.value(newest).contains(stateRoles));
        QVERIFY((stateRoles + QSet<int>{UpdatedAtRole, DeploymentJsonRole})
                    .contains(rolesById.value(newest)));
        QCOMPARE(rolesById.value(added), QSet<int>{StatusesLoadedRole});
        QVERIFY(m_model->indexOf(newest).data(IsActiveRole).toBool());
        // And the selection followed its deployment
        QCOMPARE(selection.currentIndex().data(IdRole).toLongLong(), middle);
        QCOMPARE(selection.selectedRows().size(), 1);

        // When nothing changed: a refresh is silent, and the list costs only 304s
        changed.clear();
        inserted.clear();
        removed.clear();
        const int notModified = m_client->notModifiedAnswers();
        m_session->refresh();
        QVERIFY(refreshed.wait(TestTimeoutMs));
        QCOMPARE(changed.count() + inserted.count() + removed.count() + resets.count(), 0);
        QVERIFY(m_client->notModifiedAnswers() > notModified);
    }

    void autoInactiveAfterRefresh()
    {
        // Given a live staging deployment and a newer one
        const qint64 live = addDeployment(QStringLiteral("staging"), QStringLiteral("success"));
        const qint64 next = addDeployment(QStringLiteral("staging"), QStringLiteral("in_progress"));
        open(emptyRepo);
        QVERIFY(m_model->indexOf(live).data(IsActiveRole).toBool());
        QCOMPARE(m_session->store()->predictAutoInactive(next, StatusState::Success, true),
                 QList<qint64>{live});

        // When the newer one succeeds on GitHub (which retires the older one) and we refresh
        m_emulator->addStatusDirect(emptyRepo, next,
                                    {{QStringLiteral("state"), QStringLiteral("success")}});
        QSignalSpy refreshed(m_session.get(), &RepositorySession::refreshFinished);
        m_session->refresh();
        QVERIFY(refreshed.wait(TestTimeoutMs));

        // Then the older one shows inactive, with an end time, and the newer one is live
        const QModelIndex old = m_model->indexOf(live);
        QCOMPARE(old.data(StateRole).value<StatusState>(), StatusState::Inactive);
        QVERIFY(old.data(EndTimeRole).toDateTime().isValid());
        QVERIFY(m_model->indexOf(next).data(IsActiveRole).toBool());
    }

    // Other clients post statuses too: CI's success retires an older deployment (auto_inactive)
    // hours after it was created, a health check fails yesterday's live production deployment.
    // GitHub moves each deployment's updated_at then, and one refresh must show both.
    void refreshShowsStatusesOfOldDeployments()
    {
        // Given on GitHub: production deployment C live for three days, staging deployment A
        // live for five hours, and a newer staging deployment B in progress
        const QDateTime start = QDateTime::currentDateTimeUtc();
        m_emulator->setClock([this] { return m_now; });
        m_now = start.addDays(-3);
        const qint64 c = addDeployment(QStringLiteral("production"), QStringLiteral("success"));
        m_now = start.addSecs(-5 * 3600);
        const qint64 a = addDeployment(QStringLiteral("staging"), QStringLiteral("success"));
        m_now = start.addSecs(-600);
        const qint64 b = addDeployment(QStringLiteral("staging"), QStringLiteral("in_progress"));
        m_now = start;
        open(emptyRepo);
        QCOMPARE(stateOf(a), StatusState::Success);
        QVERIFY(m_model->indexOf(c).data(IsActiveRole).toBool());
        QSignalSpy refreshed(m_session.get(), &RepositorySession::refreshFinished);

        // When CI posts success on B (GitHub retires A) and a health check posts failure on C
        m_now = start.addSecs(60);
        m_emulator->addStatusDirect(emptyRepo, b,
                                    {{QStringLiteral("state"), QStringLiteral("success")},
                                     {QStringLiteral("creator"), QStringLiteral("ci-bot")}});
        m_emulator->addStatusDirect(emptyRepo, c,
                                    {{QStringLiteral("state"), QStringLiteral("failure")},
                                     {QStringLiteral("creator"), QStringLiteral("health")}});
        QCOMPARE(m_emulator->latestState(emptyRepo, a), QStringLiteral("inactive"));
        m_emulator->clearRequests();
        m_session->refresh();
        QVERIFY(refreshed.wait(TestTimeoutMs));

        // Then after that one refresh A shows inactive, B live, and C failed
        QCOMPARE(stateOf(a), StatusState::Inactive);
        QVERIFY(!m_model->indexOf(a).data(IsActiveRole).toBool());
        QVERIFY(m_model->indexOf(a).data(EndTimeRole).toDateTime().isValid());
        QVERIFY(m_model->indexOf(b).data(IsActiveRole).toBool());
        QCOMPARE(stateOf(c), StatusState::Failure);
        QVERIFY(!m_model->indexOf(c).data(IsActiveRole).toBool());
        QCOMPARE(statusRequests(), 3); // A, B and C; nothing else

        // When nothing changes: the next refresh fetches no statuses again
        m_emulator->clearRequests();
        m_session->refresh();
        QVERIFY(refreshed.wait(TestTimeoutMs));
        QCOMPARE(statusRequests(), 0);
        QCOMPARE(stateOf(a), StatusState::Inactive);
    }

    void failedRefreshLeavesNoStaleError()
    {
        // Given a loaded repository whose store's clock is set, and no retries
        const qint64 id = addDeployment(QStringLiteral("qa"), QStringLiteral("success"));
        QSignalSpy refreshState(m_session.get(), &RepositorySession::refreshStateChanged);
        open(emptyRepo);
        // (the first load counts as a successful refresh)
        QTRY_VERIFY_WITH_TIMEOUT(!refreshState.isEmpty(), TestTimeoutMs);
        QVERIFY(m_session->lastSuccessfulRefresh().isValid());
        QVERIFY(!m_session->lastRefreshFailed());
        const QDateTime later = m_session->lastSuccessfulRefresh().addSecs(300);
        m_session->store()->setClock([later] { return later; });
        m_client->setRetryPolicy(0, 0);
        QSignalSpy refreshed(m_session.get(), &RepositorySession::refreshFinished);
        const QDateTime firstLoad = m_session->lastSuccessfulRefresh();

        // When the listing fails with a server error
        m_emulator->injectFault(GitHubEmulator::Fault::Status500, 1,
                                QStringLiteral("/deployments?"));
        refreshState.clear();
        m_session->refresh();
        QVERIFY(refreshed.wait(TestTimeoutMs));

        // Then the session and the store say so, and what was on screen stays
        QCOMPARE(m_session->store()->loadState(), DeploymentStore::LoadState::Error);
        QVERIFY(!m_session->store()->errorString().isEmpty());
        QVERIFY(m_session->lastRefreshFailed());
        QCOMPARE(m_session->lastError(), m_session->store()->errorString());
        QCOMPARE(m_session->lastSuccessfulRefresh(), firstLoad);
        QCOMPARE(refreshState.count(), 1);
        QCOMPARE(m_model->indexOf(id).data(StateRole).value<StatusState>(), StatusState::Success);

        // When the next refresh goes through
        m_session->refresh();
        QVERIFY(refreshed.wait(TestTimeoutMs));

        // Then no error is left, and the last successful refresh is this one
        QCOMPARE(m_session->store()->loadState(), DeploymentStore::LoadState::Ready);
        QCOMPARE(m_session->store()->errorString(), QString());
        QVERIFY(!m_session->lastRefreshFailed());
        QCOMPARE(m_session->lastError(), QString());
        QCOMPARE(m_session->lastSuccessfulRefresh(), later);
        QCOMPARE(refreshState.count(), 2);
    }

    void ssoRequiredCarriesGitHubsUrl()
    {
        // Given a repository whose organisation enforces SAML SSO for this token
        m_emulator->loadDemo();
        const QString repo = QStringLiteral("acme/payments-api");
        const QUrl sso(QStringLiteral("https://github.com/orgs/acme/sso?authorization_request=T"));
        m_emulator->requireSso(repo, sso.toString());
        QSignalSpy ssoRequired(m_session.get(), &RepositorySession::ssoRequired);
        QSignalSpy refreshed(m_session.get(), &RepositorySession::refreshFinished);

        // When the session opens it
        m_session->setRepository(*RepositoryId::parse(repo));

        // Then the listing's 403 is an error with GitHub's authorisation page
        QTRY_COMPARE_WITH_TIMEOUT(ssoRequired.count(), 1, TestTimeoutMs);
        QCOMPARE(ssoRequired.first().at(0).toUrl(), sso);
        QCOMPARE(m_session->store()->loadState(), DeploymentStore::LoadState::Error);
        QVERIFY2(m_session->store()->errorString().contains(QLatin1String("SAML")),
                 qPrintable(m_session->store()->errorString()));

        // And a repository without SSO says nothing of it
        ssoRequired.clear();
        open(QStringLiteral("acme/storefront"));
        QCOMPARE(ssoRequired.count(), 0);
    }

    void optimisticWrite_data()
    {
        QTest::addColumn<bool>("fails");
        QTest::addRow("accepted") << false;
        QTest::addRow("server error rolls back") << true;
    }

    void optimisticWrite()
    {
        QFETCH(bool, fails);
        // Given a live staging deployment and a newer one without status
        const qint64 live = addDeployment(QStringLiteral("staging"), QStringLiteral("success"));
        const qint64 next = addDeployment(QStringLiteral("staging"));
        open(emptyRepo);
        if (fails) // twice: the client reads back after the first, then sends it once more
            m_emulator->injectFault(GitHubEmulator::Fault::Status500, 2, QStringLiteral("statuses"),
                                    1, "POST");
        QSignalSpy written(m_session.get(), &RepositorySession::writeFinished);
        QSignalSpy failed(m_session.get(), &RepositorySession::writeFailed);
        QSignalSpy errors(m_session->store(), &DeploymentStore::errorOccurred);

        // When a success is posted for the newer one
        NewStatus status;
        status.state = StatusState::Success;
        status.description = QStringLiteral("by hand");
        QVERIFY(m_session->createStatus(next, status));

        // Then it shows at once, pending, and the older one as retired
        QVERIFY(m_model->indexOf(next).data(PendingWriteRole).toBool());
        QCOMPARE(m_model->indexOf(next).data(StateRole).value<StatusState>(), StatusState::Success);
        QCOMPARE(m_model->indexOf(live).data(StateRole).value<StatusState>(),
                 StatusState::Inactive);
        QVERIFY(!m_session->createStatus(next, status)); // one at a time per deployment

        QVERIFY(written.wait(TestTimeoutMs));
        QCOMPARE(written.at(0).at(0).toLongLong(), next);
        QCOMPARE(written.at(0).at(1).toBool(), !fails);
        QCOMPARE(failed.count(), fails ? 1 : 0);
        QVERIFY(!m_model->indexOf(next).data(PendingWriteRole).toBool());
        if (fails) {
            // Rolled back to what was there, and the error reported
            QCOMPARE(m_model->indexOf(next).data(StateRole).value<StatusState>(),
                     StatusState::NoStatus);
            QCOMPARE(m_model->indexOf(live).data(StateRole).value<StatusState>(),
                     StatusState::Success);
            QVERIFY(m_model->indexOf(live).data(IsActiveRole).toBool());
            QCOMPARE(errors.count(), 0); // told once, by writeFinished, not as a load error
            QVERIFY(!written.at(0).at(2).toString().isEmpty());
            QCOMPARE(m_emulator->latestState(emptyRepo, next), QString());
        } else {
            // Confirmed by GitHub, and the prediction too once the statuses are re-read
            QCOMPARE(m_emulator->latestState(emptyRepo, next), QStringLiteral("success"));
            QTRY_VERIFY_WITH_TIMEOUT(!m_session->isLoading(), TestTimeoutMs);
            QCOMPARE(m_model->indexOf(live).data(StateRole).value<StatusState>(),
                     StatusState::Inactive);
            QCOMPARE(m_model->indexOf(live).data(StatusCountRole).toInt(), 2);
            QCOMPARE(m_model->indexOf(next).data(DescriptionRole).toString(),
                     QStringLiteral("by hand"));
        }
    }

    void writeFailedCarriesFieldErrors()
    {
        // Given a deployment
        const qint64 id = addDeployment(QStringLiteral("staging"), QStringLiteral("success"));
        open(emptyRepo);
        QStringList order;
        GitHubError error;
        connect(m_session.get(), &RepositorySession::writeFailed, this,
                [&](qint64 deploymentId, const GitHubError &e) {
                    QCOMPARE(deploymentId, id);
                    error = e;
                    order << QStringLiteral("failed");
                });
        connect(m_session.get(), &RepositorySession::writeFinished, this, [&](qint64, bool ok) {
            order << (ok ? QStringLiteral("ok") : QStringLiteral("finished"));
        });

        // When GitHub refuses the status (a description over 140 characters: 422)
        NewStatus status;
        status.state = StatusState::Failure;
        status.description = QString(141, QLatin1Char('x'));
        QVERIFY(m_session->createStatus(id, status));

        // Then GitHub's full error comes first, with the field it names, then the outcome
        QTRY_COMPARE_WITH_TIMEOUT(
            order, (QStringList{QStringLiteral("failed"), QStringLiteral("finished")}),
            TestTimeoutMs);
        QCOMPARE(error.kind, GitHubError::Kind::Validation);
        QCOMPARE(error.httpStatus, 422);
        QVERIFY(std::any_of(error.fieldErrors.cbegin(), error.fieldErrors.cend(),
                            [](const GitHubError::FieldError &f) {
                                return f.field == QLatin1String("description");
                            }));
        QVERIFY(!m_session->store()->hasPendingWrite(id));
    }

    void visibleDeploymentsRemembered()
    {
        const qint64 a = addDeployment(QStringLiteral("staging"));
        const qint64 b = addDeployment(QStringLiteral("qa"));
        open(emptyRepo);
        m_session->setVisibleDeployments({b, a});
        QCOMPARE(m_session->visibleDeployments(), (QList<qint64>{b, a}));
        // A new repository starts with nothing visible
        m_session->setRepository(*RepositoryId::parse(emptyRepo));
        QVERIFY(m_session->visibleDeployments().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(ready(), TestTimeoutMs);
    }

    void autoRefresh()
    {
        // Given a loaded repository refreshing every second
        const qint64 id = addDeployment(QStringLiteral("qa"), QStringLiteral("in_progress"));
        open(emptyRepo);
        QSignalSpy refreshed(m_session.get(), &RepositorySession::refreshFinished);
        m_session->setAutoRefreshInterval(1);

        // When GitHub changes, the next automatic refresh shows it
        m_emulator->addStatusDirect(emptyRepo, id,
                                    {{QStringLiteral("state"), QStringLiteral("success")}});
        QVERIFY(refreshed.wait(TestTimeoutMs));
        QCOMPARE(m_model->indexOf(id).data(StateRole).value<StatusState>(), StatusState::Success);

        // When the rate limit runs low, auto-refresh pauses
        QSignalSpy paused(m_session.get(), &RepositorySession::autoRefreshPausedChanged);
        m_session->setRateLimitReserve(m_emulator->rateLimitRemaining() + 1000);
        QVERIFY(paused.wait(TestTimeoutMs));
        QVERIFY(m_session->isAutoRefreshPaused());
    }

    void repositorySwitchIgnoresLateReplies()
    {
        // Given a slow GitHub with two repositories
        m_emulator->loadDemo();
        const QStringList repos = m_emulator->repositories();
        QVERIFY(repos.size() >= 2);
        m_emulator->setLatency(150ms);
        QSignalSpy received(m_emulator.get(), &GitHubEmulator::requestReceived);

        // When the first repository starts loading and the user switches at once
        m_session->setRepository(*RepositoryId::parse(repos.at(0)));
        QVERIFY(received.wait(TestTimeoutMs));
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_session->setRepository(*RepositoryId::parse(repos.at(1)));
        QCOMPARE(resets.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(ready(), TestTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_client->isBusy(), TestTimeoutMs);

        // Then only the second repository's deployments are there
        const QList<qint64> expected = m_emulator->deploymentIds(repos.at(1));
        QCOMPARE(modelIds(*m_model), QSet<qint64>(expected.cbegin(), expected.cend()));
        QCOMPARE(m_session->store()->repository(), *RepositoryId::parse(repos.at(1)));
        QCOMPARE(resets.count(), 1);
    }
};

QTEST_GUILESS_MAIN(RepositorySessionTest)
#include "tst_repositorysession.moc"
