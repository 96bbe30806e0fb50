// DeploymentStore + DeploymentModel fed from fixture JSON: values of every role, progressive
// loading, refresh merges with their exact signals, selection across refreshes, optimistic
// writes, the auto_inactive prediction.

#include "modelfixtures.h"

#include "models/deploymentmodel.h"
#include "models/deploymentroles.h"
#include "models/deploymentstore.h"
#include "models/statusmarker.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace DeploymentRoles;

namespace {
const RepositoryId repo{QStringLiteral("acme"), QStringLiteral("storefront")};

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QSet<int> roleSet(const QVariant &v)
{
    const QList<int> roles = v.value<QList<int>>();
    return QSet<int>(roles.cbegin(), roles.cend());
}
} // namespace

class DeploymentModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DeploymentStore> m_store;
    std::unique_ptr<DeploymentModel> m_model;

    void makeModel()
    {
        m_store = std::make_unique<DeploymentStore>(repo);
        m_model = std::make_unique<DeploymentModel>();
        m_model->setClock([] { return at("2024-05-01T12:03:00Z"); });
        auto *tester = new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        tester->setUseFetchMore(false);
        m_model->setStore(m_store.get());
    }

private Q_SLOTS:
    void init() { makeModel(); }
    void cleanup()
    {
        m_model.reset();
        m_store.reset();
    }

    void initialLoad_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<int>("row");
        QTest::addColumn<StatusState>("state");
        QTest::addColumn<QString>("stateText");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QDateTime>("endTime");
        QTest::addColumn<QString>("description");

        // clang-format off
        QTest::addRow("no status yet") << qint64(106) << 0 << StatusState::NoStatus << "No status" << false << QDateTime() << "Search preview";
        QTest::addRow("transient inactive is destroyed") << qint64(105) << 1 << StatusState::Destroyed << "Destroyed" << false << at("2024-05-01T11:30:00Z") << "Preview removed";
        QTest::addRow("in progress") << qint64(104) << 2 << StatusState::InProgress << "In progress" << false << QDateTime() << "Rolling out";
        QTest::addRow("live in staging") << qint64(103) << 3 << StatusState::Success << "Success" << true << QDateTime() << "Deployed";
        QTest::addRow("inactive") << qint64(102) << 4 << StatusState::Inactive << "Inactive" << false << at("2024-05-01T09:05:00Z") << "";
        QTest::addRow("live in production") << qint64(101) << 5 << StatusState::Success << "Success" << true << QDateTime() << "Release 2.0.0";
        QTest::addRow("failure") << qint64(100) << 6 << StatusState::Failure << "Failure" << false << at("2024-04-29T10:10:00Z") << "Tests failed";
        QTest::addRow("unknown state kept") << qint64(99) << 7 << StatusState::Unknown << "Unknown: waiting" << false << QDateTime() << "Waiting for a reviewer";
        // clang-format on
    }

    void initialLoad()
    {
        QFETCH(qint64, id);
        QFETCH(int, row);
        QFETCH(StatusState, state);
        QFETCH(QString, stateText);
        QFETCH(bool, active);
        QFETCH(QDateTime, endTime);
        QFETCH(QString, description);

        // Given every deployment and status of the fixture
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        Fixtures::load(*m_store);

        // Then each row shows its state, liveness and times
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m_model->rowCount(), 8);
        const QModelIndex index = m_model->index(row, 0);
        QCOMPARE(index.data(IdRole).toLongLong(), id);
        QCOMPARE(m_model->indexOf(id).row(), row);
        QCOMPARE(index.data(StateRole).value<StatusState>(), state);
        QCOMPARE(m_model->index(row, StateColumn).data().toString(), stateText);
        QCOMPARE(index.data(IsActiveRole).toBool(), active);
        QCOMPARE(index.data(EndTimeRole).toDateTime(), endTime);
        QCOMPARE(index.data(EndTimeRole).toDateTime().isValid(), endTime.isValid());
        QCOMPARE(index.data(DescriptionRole).toString(), description);
        QCOMPARE(m_model->index(row, DescriptionColumn).data().toString(), description);
        QVERIFY(index.data(StatusesLoadedRole).toBool());
        QVERIFY(!index.data(PendingWriteRole).toBool());
    }

    void columnsAndRoles()
    {
        // Given the fixture, 103 "main" in staging by mina at 09:00, success at 09:05
        Fixtures::load(*m_store);
        const int row = m_store->rowOf(103);

        // Then the columns show short texts and the roles the full values
        QCOMPARE(m_model->index(row, ShaColumn).data().toString(), QStringLiteral("c03a1b2"));
        QCOMPARE(m_model->index(row, ShaColumn).data(ShaRole).toString().size(), 40);
        QCOMPARE(m_model->index(row, RefColumn).data().toString(), QStringLiteral("main"));
        QCOMPARE(m_model->index(row, EnvironmentColumn).data().toString(),
                 QStringLiteral("staging"));
        QCOMPARE(m_model->index(row, TaskColumn).data().toString(), QStringLiteral("deploy"));
        QCOMPARE(m_model->index(row, CreatorColumn).data().toString(), QStringLiteral("mina"));
        QCOMPARE(m_model->index(row, CreatedColumn).data().toString(),
                 QStringLiteral("3 hours ago"));
        QCOMPARE(
            m_model->index(row, CreatedColumn).data(Qt::ToolTipRole).toString(),
            QLocale().toString(at("2024-05-01T09:00:00Z").toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(m_model->index(row, LatestStatusColumn).data().toString(),
                 QStringLiteral("2 hours ago"));
        QCOMPARE(m_model->index(0, LatestStatusColumn).data().toString(), QString());
        const QModelIndex index = m_model->index(row, 0);
        QCOMPARE(index.data(CreatedAtRole).toDateTime(), at("2024-05-01T09:00:00Z"));
        QCOMPARE(index.data(UpdatedAtRole).toDateTime(), at("2024-05-01T09:05:00Z"));
        QCOMPARE(index.data(RawStateRole).toString(), QStringLiteral("success"));
        QCOMPARE(index.data(LogUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://ci.example.com/103")));
        QCOMPARE(index.data(EnvironmentUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://staging.example.com")));
        QCOMPARE(index.data(CreatorAvatarUrlRole).toUrl().host(),
                 QStringLiteral("avatars.githubusercontent.com"));
        QCOMPARE(index.data(StatusCountRole).toInt(), 2);
        QCOMPARE(index.data(TransientRole).toBool(), false);
        QCOMPARE(m_model->index(m_store->rowOf(105), 0).data(TransientRole).toBool(), true);
        QCOMPARE(m_model->index(m_store->rowOf(101), 0).data(ProductionRole).toBool(), true);
        QCOMPARE(index.data(PayloadRole).toJsonValue().toObject().value(QLatin1String("build")),
                 QJsonValue(103));
        QCOMPARE(index.data(DeploymentJsonRole).toJsonObject().value(QLatin1String("id")),
                 QJsonValue(103));
        QCOMPARE(index.data(UrlRole).toUrl().path(),
                 QStringLiteral("/repos/acme/storefront/deployments/103"));
        QCOMPARE(m_model->headerData(CreatedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Created"));
    }

    void progressiveLoad()
    {
        // Given an empty store
        const QList<Deployment> all = Fixtures::deployments();
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy progress(m_store.get(), &DeploymentStore::progressChanged);

        // When the first page arrives
        m_store->mergeDeployments(all.mid(0, 5));
        // Then it is on screen, statuses not loaded yet
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(m_model->rowCount(), 5);
        QVERIFY(!m_model->index(0, 0).data(StatusesLoadedRole).toBool());
        QCOMPARE(m_model->index(2, 0).data(StateRole).value<StatusState>(), StatusState::NoStatus);

        // When the second page arrives: appended below in one insert
        m_store->mergeDeployments(all.mid(5));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 5);
        QCOMPARE(inserted.at(1).at(2).toInt(), 7);

        // When the statuses of one visible row arrive, that row changes, and the older one
        // in its environment (102, no status known yet) is now superseded by it
        changed.clear();
        m_store->setStatuses(103, Fixtures::statuses().value(103));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        QVERIFY(roleSet(changed.at(0).at(2)).contains(StateRole));
        QVERIFY(roleSet(changed.at(0).at(2)).contains(IsActiveRole));
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 4);
        QCOMPARE(roleSet(changed.at(1).at(2)), QSet<int>{EndTimeRole});
        QCOMPARE(m_model->index(3, 0).data(StateRole).value<StatusState>(), StatusState::Success);
        QCOMPARE(m_store->loadedStatusCount(), 1);
        QCOMPARE(progress.last().at(0).toInt(), 1);
        QCOMPARE(progress.last().at(1).toInt(), 8);
    }

    void refreshStatusAdded()
    {
        // Given the fixture: 104 in progress in production, 101 live there
        Fixtures::load(*m_store);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

        // When a refresh brings a success status for 104
        QList<DeploymentStatus> statuses = Fixtures::statuses().value(104);
        DeploymentStatus success =
            Fixtures::status(2001, StatusState::Success, QStringLiteral("2024-05-01T10:20:00Z"),
                             QStringLiteral("Rolled out"));
        success.logUrl = QUrl(QStringLiteral("https://ci.example.com/104"));
        success.environmentUrl = QUrl(QStringLiteral("https://www.example.com"));
        statuses.prepend(success);
        m_store->setStatuses(104, statuses);

        // Then 104 changes what it shows, and 101 is superseded: nothing else moves
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), ColumnCount - 1);
        QCOMPARE(roleSet(changed.at(0).at(2)),
                 (QSet<int>{UpdatedAtRole, StateRole, RawStateRole, DescriptionRole,
                            EnvironmentUrlRole, IsActiveRole, StatusCountRole, StatusMarkersRole,
                            Qt::DisplayRole, Qt::ToolTipRole}));
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 5);
        QCOMPARE(roleSet(changed.at(1).at(2)), (QSet<int>{IsActiveRole, EndTimeRole}));
        QVERIFY(m_model->index(2, 0).data(IsActiveRole).toBool());
        QCOMPARE(m_model->index(5, 0).data(EndTimeRole).toDateTime(), at("2024-05-01T10:20:00Z"));
    }

    // The store says what changed in domain terms; the model turns that into its roles.
    void storeSaysWhatChanged()
    {
        // Given the fixture: 104 in progress in production, 101 live there
        Fixtures::load(*m_store);
        QSignalSpy changed(m_store.get(), &DeploymentStore::deploymentChanged);
        using Change = DeploymentStore::Change;
        const auto changesAt = [&changed](int i) {
            return changed.at(i).at(1).value<DeploymentStore::Changes>();
        };

        // When 104 succeeds
        QList<DeploymentStatus> statuses = Fixtures::statuses().value(104);
        DeploymentStatus success =
            Fixtures::status(2001, StatusState::Success, QStringLiteral("2024-05-01T10:20:00Z"),
                             QStringLiteral("Rolled out"));
        success.logUrl = QUrl(QStringLiteral("https://ci.example.com/104"));
        success.environmentUrl = QUrl(QStringLiteral("https://www.example.com"));
        statuses.prepend(success);
        m_store->setStatuses(104, statuses);

        // Then 104's state, statuses, liveness and texts changed, and 101 was superseded
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toInt(), 2);
        QCOMPARE(changesAt(0), Change::State | Change::Statuses | Change::Liveness |
                                   Change::UpdatedAt | Change::Description |
                                   Change::EnvironmentUrl);
        QCOMPARE(changed.at(1).at(0).toInt(), 5);
        QCOMPARE(changesAt(1), Change::Liveness | Change::EndTime);

        // When a listing brings 101 with a later updated_at (a status added elsewhere)
        changed.clear();
        Deployment d = Fixtures::deployments().at(5);
        QCOMPARE(d.id, 101);
        d.updatedAt = d.updatedAt.addSecs(3600);
        d.json.insert(QStringLiteral("updated_at"), d.updatedAt.toString(Qt::ISODate));
        m_store->mergeDeployments({d});
        // Then only GitHub's object changed, and its statuses are worth fetching again, once
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changesAt(0), DeploymentStore::Changes(Change::Json));
        QVERIFY(m_store->deploymentsToRecheck().contains(101));
        m_store->setStatuses(101, Fixtures::statuses().value(101));
        QVERIFY(!m_store->deploymentsToRecheck().contains(101));

        // When a pending write starts: the pending flag and what it shows
        changed.clear();
        QVERIFY(m_store->beginStatusWrite(
            106,
            Fixtures::status(0, StatusState::Failure, QStringLiteral("2024-05-01T12:02:00Z"))));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changesAt(0),
                 Change::Pending | Change::State | Change::UpdatedAt | Change::EndTime);
    }

    void recheckAfterListing_data()
    {
        QTest::addColumn<bool>("notModified");
        QTest::addRow("statuses fetched again") << false;
        QTest::addRow("statuses answered 304") << true;
    }

    void recheckAfterListing()
    {
        QFETCH(bool, notModified);
        // Given the fixture: everything fetched
        Fixtures::load(*m_store);
        // Then only what moves by itself is worth re-checking: 106 (no status), 104 (in
        // progress), 99 (a state GitHub added later)
        QCOMPARE(m_store->deploymentsToRecheck(), (QList<qint64>{106, 104, 99}));

        // When a listing shows that GitHub added statuses to 100 (days old) and 102
        QList<Deployment> listing = Fixtures::deployments();
        for (Deployment &d : listing) {
            if (d.id == 100 || d.id == 102)
                d.updatedAt = d.updatedAt.addDays(1);
        }
        m_store->mergeDeployments(listing);
        // Then they are re-checked, however old
        QCOMPARE(m_store->deploymentsToRecheck(), (QList<qint64>{106, 104, 102, 100, 99}));

        // When their statuses were fetched (or GitHub said they are unchanged)
        for (qint64 id : {102, 100}) {
            if (notModified)
                m_store->markStatusesCurrent(id);
            else
                m_store->setStatuses(id, Fixtures::statuses().value(id));
        }
        // Then the next listing with the same updated_at re-checks them no more
        m_store->mergeDeployments(listing);
        QCOMPARE(m_store->deploymentsToRecheck(), (QList<qint64>{106, 104, 99}));
    }

    void statusMarkers_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QList<StatusMarker>>("markers");
        // clang-format off
        QTest::addRow("no status") << qint64(106) << QList<StatusMarker>{};
        QTest::addRow("every status, newest first") << qint64(104) << QList<StatusMarker>{
            {at("2024-05-01T10:01:00Z"), StatusState::InProgress},
            {at("2024-05-01T10:00:10Z"), StatusState::Queued}};
        QTest::addRow("transient inactive is destroyed") << qint64(105) << QList<StatusMarker>{
            {at("2024-05-01T11:30:00Z"), StatusState::Destroyed},
            {at("2024-05-01T11:05:00Z"), StatusState::Success}};
        QTest::addRow("unknown state kept") << qint64(99) << QList<StatusMarker>{
            {at("2024-04-28T10:10:00Z"), StatusState::Unknown}};
        // clang-format on
    }

    void statusMarkers()
    {
        QFETCH(qint64, id);
        QFETCH(QList<StatusMarker>, markers);
        // Given the fixture
        Fixtures::load(*m_store);
        // Then the row has one marker per status
        const QVariant value = m_model->indexOf(id).data(StatusMarkersRole);
        QVERIFY(value.canConvert<QList<StatusMarker>>());
        QCOMPARE(value.value<QList<StatusMarker>>(), markers);
        QCOMPARE(m_model->roleNames().value(StatusMarkersRole), QByteArray("statusMarkers"));
    }

    void statusMarkersFollowWrites()
    {
        // Given the fixture, 104 with two statuses
        Fixtures::load(*m_store);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // When a status is posted for it, then confirmed
        const QDateTime posted = at("2024-05-01T12:02:00Z");
        QVERIFY(m_store->beginStatusWrite(
            104, Fixtures::status(0, StatusState::Failure, posted.toString(Qt::ISODate))));

        // Then the pending one is the first marker, and the views are told
        auto markers = [this] {
            return m_model->indexOf(104).data(StatusMarkersRole).value<QList<StatusMarker>>();
        };
        QCOMPARE(markers().size(), 3);
        QCOMPARE(markers().first(), (StatusMarker{posted, StatusState::Failure}));
        QVERIFY(!changed.isEmpty());
        QVERIFY(roleSet(changed.last().at(2)).contains(StatusMarkersRole));

        // And a rollback takes it away again
        changed.clear();
        m_store->rollbackStatusWrite(104);
        QCOMPARE(markers().size(), 2);
        QCOMPARE(markers().first().state, StatusState::InProgress);
        QVERIFY(roleSet(changed.last().at(2)).contains(StatusMarkersRole));
    }

    // Liveness and end times are recomputed only from the changed deployment down: after every
    // step of a long random sequence (single updates, batches, moves between environments) they
    // must equal a full recomputation.
    void livenessMatchesFullRecompute()
    {
        // Given 40 deployments over two environments
        QList<Deployment> listing;
        const QDateTime start = at("2024-01-01T00:00:00Z");
        for (int i = 0; i < 40; ++i)
            listing.append(Fixtures::deployment(
                500 + i, i % 3 ? QStringLiteral("qa") : QStringLiteral("staging"),
                start.addSecs(i * 600).toString(Qt::ISODate)));
        m_store->mergeDeployments(listing);
        QHash<qint64, QList<DeploymentStatus>> statuses;
        QRandomGenerator random(42);
        const QList<StatusState> states = {StatusState::Success, StatusState::Success,
                                           StatusState::Failure, StatusState::Inactive,
                                           StatusState::InProgress};
        qint64 statusId = 9000;

        const auto check = [this] {
            for (const QString &name : m_store->environmentNames()) {
                bool activeFound = false;
                QDateTime supersededAt;
                for (qint64 id : m_store->environmentDeployments(name)) {
                    const DeploymentStore::Entry *e = m_store->find(id);
                    const StatusState state = e->state();
                    const bool active = !activeFound && state == StatusState::Success;
                    const bool ended = state == StatusState::Inactive ||
                                       state == StatusState::Destroyed ||
                                       state == StatusState::Failure || state == StatusState::Error;
                    const QDateTime end = ended ? e->updatedAt() : supersededAt;
                    if (state == StatusState::Success) {
                        activeFound = true;
                        supersededAt = e->updatedAt();
                    }
                    if (e->active != active || e->endTime != end) {
                        qWarning("deployment %lld in %s: active %d (expected %d)", id,
                                 qPrintable(name), e->active, active);
                        return false;
                    }
                }
            }
            return true;
        };

        // When random statuses arrive, alone or several in one batch
        for (int step = 0; step < 150; ++step) {
            const bool batch = step % 4 == 0;
            if (batch)
                m_store->beginUpdate();
            for (int n = batch ? 5 : 1; n > 0; --n) {
                const qint64 id = 500 + random.bounded(40);
                DeploymentStatus status =
                    Fixtures::status(++statusId, states.at(random.bounded(int(states.size()))),
                                     start.addSecs(40 * 600 + step * 60 + n).toString(Qt::ISODate));
                if (random.bounded(10) == 0) // moved to the other environment
                    status.environment =
                        random.bounded(2) ? QStringLiteral("qa") : QStringLiteral("staging");
                statuses[id].prepend(status);
                m_store->setStatuses(id, statuses.value(id));
            }
            if (batch)
                m_store->endUpdate();
            // Then every deployment's values are those of a full recomputation
            QVERIFY2(check(), qPrintable(QStringLiteral("step %1").arg(step)));
        }
    }

    void refreshDeploymentAddedAndDeleted()
    {
        // Given the fixture
        Fixtures::load(*m_store);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

        // When a refresh lists a new deployment on top, and 103 no longer
        QList<Deployment> listing = Fixtures::deployments();
        listing.prepend(Fixtures::deployment(107, QStringLiteral("production"),
                                             QStringLiteral("2024-05-01T13:00:00Z")));
        QSet<qint64> ids;
        for (const Deployment &d : listing)
            ids.insert(d.id);
        ids.remove(103);
        m_store->mergeDeployments(listing);
        m_store->removeMissing(ids);

        // Then one row is inserted at the top, 103 removed, no row changes, no reset
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 4);
        QCOMPARE(removed.at(0).at(2).toInt(), 4);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->index(0, 0).data(IdRole).toLongLong(), 107);
        QCOMPARE(m_store->rowOf(103), -1);
        QCOMPARE(m_store->rowOf(102), 4);
    }

    void refreshUnchangedIsSilent()
    {
        // Given the fixture
        Fixtures::load(*m_store);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);

        // When the same data is merged again
        Fixtures::load(*m_store);
        QSet<qint64> ids;
        for (qint64 id : m_store->deploymentIds())
            ids.insert(id);
        m_store->removeMissing(ids);

        // Then nothing is signalled
        QCOMPARE(changed.count() + inserted.count() + removed.count() + layout.count(), 0);
    }

    void deploymentFieldChange()
    {
        // Given the fixture
        Fixtures::load(*m_store);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // When GitHub reports 106 with another description and updated_at
        Deployment d = Fixtures::deployments().first();
        d.description = QStringLiteral("Search preview, take 2");
        d.updatedAt = d.updatedAt.addSecs(60);
        m_store->mergeDeployments({d});

        // Then 106's description and time change (it has no status: the deployment's own)
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(roleSet(changed.at(0).at(2)),
                 (QSet<int>{DescriptionRole, UpdatedAtRole, Qt::DisplayRole, Qt::ToolTipRole}));
    }

    void keptAsGitHubSentIt()
    {
        // Given the fixture, one deployment at an API url that is not the usual one and one
        // without any
        QList<Deployment> listing = Fixtures::deployments();
        listing[1].url = QUrl(QStringLiteral("https://ghe.example.com/api/v3/deployments/1"));
        listing[2].url = QUrl();
        m_store->mergeDeployments(listing);

        // Then every deployment's object is GitHub's, to the letter (its creator, kept apart
        // and shared in the store, back in its place), and each url is the one GitHub sent
        for (const Deployment &d : std::as_const(listing)) {
            const QModelIndex index = m_model->index(m_store->rowOf(d.id), 0);
            QCOMPARE(index.data(DeploymentJsonRole).toJsonObject(), d.json);
            QVERIFY(index.data(DeploymentJsonRole)
                        .toJsonObject()
                        .value(QLatin1String("creator"))
                        .isObject());
            QCOMPARE(index.data(UrlRole).toUrl(), d.url);
            QCOMPARE(index.data(CreatorLoginRole).toString(), d.creator.login);
            QCOMPARE(index.data(CreatedAtRole).toDateTime(), d.createdAt);
        }
    }

    void markupInApiTextStaysText()
    {
        // Given a deployment whose description is markup
        Fixtures::load(*m_store);
        Deployment d = Fixtures::deployments().first();
        d.description = QStringLiteral("<img src=x> & <b>bold</b>");
        d.updatedAt = d.updatedAt.addSecs(60);
        m_store->mergeDeployments({d});

        // Then the display text is the characters, and the tool tip (rich text whenever it
        // looks like markup) carries them escaped, so QToolTip shows them as typed
        const QModelIndex index = m_model->index(0, DescriptionColumn);
        QCOMPARE(index.data().toString(), d.description);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;img src=x&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")),
                 qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<img")));
    }

    void selectionSurvivesRefresh()
    {
        // Given 102 selected and current
        Fixtures::load(*m_store);
        QItemSelectionModel selection(m_model.get());
        const QModelIndex index = m_model->indexOf(102, RefColumn);
        selection.setCurrentIndex(index,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy selectionChanged(&selection, &QItemSelectionModel::selectionChanged);

        // When a refresh adds two deployments above it, removes one, and changes its statuses
        QList<Deployment> listing = Fixtures::deployments();
        listing << Fixtures::deployment(107, QStringLiteral("qa"),
                                        QStringLiteral("2024-05-01T13:00:00Z"))
                << Fixtures::deployment(108, QStringLiteral("qa"),
                                        QStringLiteral("2024-05-01T14:00:00Z"));
        m_store->mergeDeployments(listing);
        m_store->removeDeployment(106);
        QList<DeploymentStatus> statuses = Fixtures::statuses().value(102);
        statuses.prepend(
            Fixtures::status(2002, StatusState::Error, QStringLiteral("2024-05-01T12:30:00Z")));
        m_store->setStatuses(102, statuses);

        // Then the same deployment is still selected and current, at its new row
        QCOMPARE(selection.currentIndex().data(IdRole).toLongLong(), 102);
        QCOMPARE(selection.currentIndex().column(), int(RefColumn));
        QCOMPARE(selection.currentIndex().row(), 5);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(IdRole).toLongLong(), 102);
        QVERIFY(selection.isRowSelected(5));
        QCOMPARE(m_model->index(5, 0).data(StateRole).value<StatusState>(), StatusState::Error);
    }

    void statusMovesDeployment()
    {
        // Given the fixture, 106 in staging with no status
        Fixtures::load(*m_store);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // When a status moves it to qa
        m_store->setStatuses(106, {Fixtures::status(2003, StatusState::Success,
                                                    QStringLiteral("2024-05-01T12:01:00Z"), {},
                                                    QStringLiteral("qa"))});

        // Then it is in qa, live there
        QCOMPARE(m_model->index(0, 0).data(EnvironmentRole).toString(), QStringLiteral("qa"));
        QVERIFY(m_model->index(0, 0).data(IsActiveRole).toBool());
        QVERIFY(roleSet(changed.at(0).at(2)).contains(EnvironmentRole));
        QCOMPARE(m_store->environmentDeployments(QStringLiteral("qa")),
                 (QList<qint64>{106, 100, 99}));
    }

    void predictAutoInactive_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<StatusState>("state");
        QTest::addColumn<bool>("autoInactive");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QList<qint64>>("expected");

        // clang-format off
        QTest::addRow("success retires earlier staging success") << qint64(106) << StatusState::Success << true << QString() << QList<qint64>{103};
        QTest::addRow("auto_inactive false") << qint64(106) << StatusState::Success << false << QString() << QList<qint64>{};
        QTest::addRow("not a success") << qint64(106) << StatusState::Failure << true << QString() << QList<qint64>{};
        QTest::addRow("production deployments are kept") << qint64(104) << StatusState::Success << true << QString() << QList<qint64>{};
        QTest::addRow("status environment moves it") << qint64(106) << StatusState::Success << true << QStringLiteral("production") << QList<qint64>{};
        QTest::addRow("only earlier ones") << qint64(102) << StatusState::Success << true << QString() << QList<qint64>{};
        QTest::addRow("unknown deployment") << qint64(5) << StatusState::Success << true << QString() << QList<qint64>{};
        // clang-format on
    }

    void predictAutoInactive()
    {
        QFETCH(qint64, id);
        QFETCH(StatusState, state);
        QFETCH(bool, autoInactive);
        QFETCH(QString, environment);
        QFETCH(QList<qint64>, expected);
        // Given the fixture
        Fixtures::load(*m_store);
        // Then the preview names exactly the deployments GitHub would retire
        QCOMPARE(m_store->predictAutoInactive(id, state, autoInactive, environment), expected);
    }

    void optimisticWrite_data()
    {
        QTest::addColumn<bool>("succeeds");
        QTest::addRow("confirmed") << true;
        QTest::addRow("rolled back") << false;
    }

    void optimisticWrite()
    {
        QFETCH(bool, succeeds);
        // Given the fixture: 103 live in staging, 106 without status
        Fixtures::load(*m_store);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // When a success is posted for 106
        DeploymentStatus pending =
            Fixtures::status(0, StatusState::Success, QStringLiteral("2024-05-01T12:02:00Z"));
        QVERIFY(m_store->beginStatusWrite(106, pending, true));
        QVERIFY(!m_store->beginStatusWrite(106, pending, true)); // one write at a time

        // Then it shows at once as pending, and 103 as about to be retired
        const QModelIndex row106 = m_model->indexOf(106);
        const QModelIndex row103 = m_model->indexOf(103);
        QVERIFY(row106.data(PendingWriteRole).toBool());
        QCOMPARE(row106.data(StateRole).value<StatusState>(), StatusState::Success);
        QVERIFY(row106.data(IsActiveRole).toBool());
        QCOMPARE(row103.data(StateRole).value<StatusState>(), StatusState::Inactive);
        QVERIFY(!row103.data(IsActiveRole).toBool());
        QCOMPARE(changed.count(), 2);

        if (succeeds) {
            // When GitHub confirms
            m_store->confirmStatusWrite(106,
                                        Fixtures::status(3001, StatusState::Success,
                                                         QStringLiteral("2024-05-01T12:02:01Z")));
            QVERIFY(!row106.data(PendingWriteRole).toBool());
            QCOMPARE(row106.data(StatusCountRole).toInt(), 1);
            QCOMPARE(row106.data(StateRole).value<StatusState>(), StatusState::Success);
            // The prediction holds until 103's statuses are fetched again
            QCOMPARE(row103.data(StateRole).value<StatusState>(), StatusState::Inactive);
            QList<DeploymentStatus> statuses = Fixtures::statuses().value(103);
            statuses.prepend(Fixtures::status(3002, StatusState::Inactive,
                                              QStringLiteral("2024-05-01T12:02:01Z")));
            m_store->setStatuses(103, statuses);
            QCOMPARE(row103.data(StateRole).value<StatusState>(), StatusState::Inactive);
            QCOMPARE(row103.data(StatusCountRole).toInt(), 3);
        } else {
            // When it fails: everything is as before
            m_store->rollbackStatusWrite(106);
            QVERIFY(!row106.data(PendingWriteRole).toBool());
            QCOMPARE(row106.data(StateRole).value<StatusState>(), StatusState::NoStatus);
            QVERIFY(!row106.data(IsActiveRole).toBool());
            QCOMPARE(row103.data(StateRole).value<StatusState>(), StatusState::Success);
            QVERIFY(row103.data(IsActiveRole).toBool());
            QVERIFY(!row103.data(EndTimeRole).toDateTime().isValid());
        }
    }

    void repositorySwitchResets()
    {
        // Given the fixture in one store
        Fixtures::load(*m_store);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        // When the model gets another repository's store
        DeploymentStore other(RepositoryId{QStringLiteral("acme"), QStringLiteral("other")});
        m_model->setStore(&other);
        // Then it resets, once, and follows the new store only
        QCOMPARE(resets.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        Fixtures::load(*m_store);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setStore(nullptr);
        QCOMPARE(resets.count(), 2);
    }
};

QTEST_GUILESS_MAIN(DeploymentModelTest)
#include "tst_deploymentmodel.moc"
