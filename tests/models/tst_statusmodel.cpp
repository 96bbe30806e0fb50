// StatusModel, EnvironmentModel and DeploymentFilterProxy over a DeploymentStore fed from
// fixture JSON.

#include "modelfixtures.h"

#include "models/deploymentfilterproxy.h"
#include "models/deploymentmodel.h"
#include "models/environmentmodel.h"
#include "models/statusmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
const RepositoryId repo{QStringLiteral("acme"), QStringLiteral("storefront")};

template <typename Model>
void watch(Model *model)
{
    auto *tester = new QAbstractItemModelTester(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    tester->setUseFetchMore(false);
}

QList<qint64> column(const QAbstractItemModel &model, int role)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(role).toLongLong());
    return ids;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data().toString());
    return result;
}
} // namespace

class StatusModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesNewestFirst()
    {
        // Given the fixture and a status model on 104
        DeploymentStore store(repo);
        Fixtures::load(store);
        StatusModel model;
        watch(&model);
        model.setStore(&store);
        model.setDeploymentId(104);

        // Then its statuses are listed newest first with their values
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(StatusRoles::StateRole).value<StatusState>(),
                 StatusState::InProgress);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(model.index(0).data(StatusRoles::DescriptionRole).toString(),
                 QStringLiteral("Rolling out"));
        QCOMPARE(model.index(0).data(StatusRoles::LogUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://ci.example.com/104")));
        QCOMPARE(model.index(0).data(StatusRoles::CreatorLoginRole).toString(),
                 QStringLiteral("deploy-bot"));
        QCOMPARE(model.index(0).data(StatusRoles::EnvironmentRole).toString(),
                 QStringLiteral("production"));
        QCOMPARE(model.index(1).data(StatusRoles::StateRole).value<StatusState>(),
                 StatusState::Queued);
        QVERIFY(model.index(0).data(StatusRoles::CreatedAtRole).toDateTime() >
                model.index(1).data(StatusRoles::CreatedAtRole).toDateTime());

        // Unknown states keep their text; transient inactive shows as destroyed
        model.setDeploymentId(99);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Unknown: waiting"));
        QCOMPARE(model.index(0).data(StatusRoles::RawStateRole).toString(),
                 QStringLiteral("waiting"));
        model.setDeploymentId(105);
        QCOMPARE(model.index(0).data(StatusRoles::StateRole).value<StatusState>(),
                 StatusState::Destroyed);
    }

    void followsStore()
    {
        // Given a status model on 104 with its second row selected in spirit
        DeploymentStore store(repo);
        Fixtures::load(store);
        StatusModel model;
        watch(&model);
        model.setStore(&store);
        model.setDeploymentId(104);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // When a status is being posted: a pending row on top
        QVERIFY(
            store.beginStatusWrite(104, Fixtures::status(0, StatusState::Success,
                                                         QStringLiteral("2024-05-01T10:30:00Z"))));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0).data(StatusRoles::PendingRole).toBool());

        // When GitHub confirms it: the same row, now real
        store.confirmStatusWrite(104, Fixtures::status(4001, StatusState::Success,
                                                       QStringLiteral("2024-05-01T10:30:01Z")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model.index(0).data(StatusRoles::PendingRole).toBool());
        QCOMPARE(model.index(0).data(StatusRoles::IdRole).toLongLong(), 4001);

        // When a refresh brings one more status: inserted on top, nothing else
        QList<DeploymentStatus> statuses = Fixtures::statuses().value(104);
        statuses << Fixtures::status(4001, StatusState::Success,
                                     QStringLiteral("2024-05-01T10:30:01Z"))
                 << Fixtures::status(4002, StatusState::Inactive,
                                     QStringLiteral("2024-05-01T11:00:00Z"));
        store.setStatuses(104, statuses);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(inserted.last().at(2).toInt(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(column(model, StatusRoles::IdRole), (QList<qint64>{4002, 4001, 1004, 1003}));

        // When a pending write is rolled back: its row goes, nothing else
        QVERIFY(
            store.beginStatusWrite(104, Fixtures::status(0, StatusState::Failure,
                                                         QStringLiteral("2024-05-01T11:10:00Z"))));
        store.rollbackStatusWrite(104);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 4);

        // When the deployment is deleted, its statuses go
        store.removeDeployment(104);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void environments()
    {
        // Given the fixture
        DeploymentStore store(repo);
        EnvironmentModel model;
        watch(&model);
        model.setStore(&store);
        Fixtures::load(store);

        // Then lanes run production, staging, qa, previews
        QCOMPARE(names(model), (QStringList{QStringLiteral("production"), QStringLiteral("staging"),
                                            QStringLiteral("qa"), QStringLiteral("pr-12")}));
        const QModelIndex production = model.index(0);
        QCOMPARE(production.data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong(), 101);
        QCOMPARE(production.data(EnvironmentRoles::ActiveRefRole).toString(),
                 QStringLiteral("v2.0.0"));
        QCOMPARE(production.data(EnvironmentRoles::ActiveCreatorRole).toString(),
                 QStringLiteral("kenji"));
        QCOMPARE(production.data(EnvironmentRoles::LatestDeploymentIdRole).toLongLong(), 104);
        QCOMPARE(production.data(EnvironmentRoles::LatestStateRole).value<StatusState>(),
                 StatusState::InProgress);
        QCOMPARE(production.data(EnvironmentRoles::DeploymentCountRole).toInt(), 2);
        QVERIFY(production.data(EnvironmentRoles::ProductionRole).toBool());
        const QModelIndex preview = model.index(3);
        QVERIFY(preview.data(EnvironmentRoles::TransientRole).toBool());
        QCOMPARE(preview.data(EnvironmentRoles::LaneOrderRole).toInt(),
                 int(EnvironmentModel::PreviewLane));
        QCOMPARE(preview.data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong(), 0);
        QCOMPARE(model.index(2).data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong(), 0);

        // When a new environment appears and production's deployment succeeds
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        store.mergeDeployments({Fixtures::deployment(107, QStringLiteral("demo"),
                                                     QStringLiteral("2024-05-01T13:00:00Z"))});
        QList<DeploymentStatus> statuses = Fixtures::statuses().value(104);
        statuses.prepend(
            Fixtures::status(2001, StatusState::Success, QStringLiteral("2024-05-01T10:20:00Z")));
        store.setStatuses(104, statuses);

        // Then it is inserted in the "others" lane and production's row changes
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 3);
        QCOMPARE(model.index(3).data().toString(), QStringLiteral("demo"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0).data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong(), 104);
        QCOMPARE(resets.count(), 0);

        // Environments listed by GitHub appear even without deployments
        Environment listed;
        listed.id = 9;
        listed.name = QStringLiteral("staging-eu");
        store.setEnvironments({listed});
        QCOMPARE(model.rowOf(QStringLiteral("staging-eu")), 2);
        QCOMPARE(model.index(2).data(EnvironmentRoles::DeploymentCountRole).toInt(), 0);
    }

    void environmentGoesWithItsLastDeployment_data()
    {
        QTest::addColumn<bool>("listed");
        QTest::addRow("not listed by GitHub: the row goes") << false;
        QTest::addRow("listed by GitHub: the row stays, empty") << true;
    }

    void environmentGoesWithItsLastDeployment()
    {
        QFETCH(bool, listed);
        // Given the fixture, pr-12's one deployment (105) and production's live one (101)
        DeploymentStore store(repo);
        EnvironmentModel model;
        watch(&model);
        model.setStore(&store);
        Fixtures::load(store);
        if (listed) {
            Environment environment;
            environment.id = 12;
            environment.name = QStringLiteral("pr-12");
            store.setEnvironments({environment});
        }
        QCOMPARE(model.index(0).data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong(), 101);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // When both are deleted
        store.removeDeployment(105);
        store.removeDeployment(101);

        // Then pr-12 is gone unless GitHub still lists it, and then nothing is live there
        QCOMPARE(model.rowOf(QStringLiteral("pr-12")) >= 0, listed);
        QCOMPARE(removed.count(), listed ? 0 : 1);
        if (listed) {
            const QModelIndex preview = model.index(model.rowOf(QStringLiteral("pr-12")));
            QCOMPARE(preview.data(EnvironmentRoles::DeploymentCountRole).toInt(), 0);
            QCOMPARE(preview.data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong(), 0);
            QCOMPARE(preview.data(EnvironmentRoles::LatestDeploymentIdRole).toLongLong(), 0);
        }
        // And production no longer claims the deleted deployment, with exact roles
        const QModelIndex production = model.index(0);
        QCOMPARE(production.data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong(), 0);
        QCOMPARE(production.data(EnvironmentRoles::DeploymentCountRole).toInt(), 1);
        bool productionChanged = false;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            if (signal.at(0).toModelIndex().row() != 0)
                continue;
            productionChanged = true;
            const QList<int> roles = signal.at(2).value<QList<int>>();
            QVERIFY(roles.contains(EnvironmentRoles::ActiveDeploymentIdRole));
            QVERIFY(roles.contains(EnvironmentRoles::DeploymentCountRole));
            QVERIFY(roles.contains(Qt::ToolTipRole));
            QVERIFY(!roles.contains(EnvironmentRoles::LatestDeploymentIdRole)); // 104 still
        }
        QVERIFY(productionChanged);
    }

    void naturalOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order");
        QTest::addRow("numbers by value") << "pr-90"
                                          << "pr-100" << -1;
        QTest::addRow("single digit first") << "pr-9"
                                            << "pr-10" << -1;
        QTest::addRow("longer number later") << "pr-1000"
                                             << "pr-999" << 1;
        QTest::addRow("leading zeros: by value") << "pr-007"
                                                 << "pr-10" << -1;
        QTest::addRow("same value, zeros: fixed order") << "pr-07"
                                                        << "pr-7" << -1;
        QTest::addRow("case-insensitive") << "Alpha"
                                          << "beta" << -1;
        QTest::addRow("case only: fixed order") << "QA"
                                                << "qa" << -1;
        QTest::addRow("prefix first") << "eu"
                                      << "eu-2" << -1;
        QTest::addRow("equal") << "staging-2"
                               << "staging-2" << 0;
        QTest::addRow("numbers inside") << "eu-2-b"
                                        << "eu-10-a" << -1;
        QTest::addRow("huge numbers") << "pr-123456789012345678901"
                                      << "pr-123456789012345678902" << -1;
    }

    void naturalOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);
        QCOMPARE(EnvironmentModel::compareNames(a, b), order);
        QCOMPARE(EnvironmentModel::compareNames(b, a), -order);
    }

    void environmentsSortNaturallyInTheirLane()
    {
        // Given previews pr-100, pr-90 and pr-9 and a few staging environments
        DeploymentStore store(repo);
        EnvironmentModel model;
        watch(&model);
        model.setStore(&store);
        QList<Deployment> listing;
        qint64 id = 300;
        for (const char *name : {"preview/pr-100", "staging-10", "preview/pr-90", "Staging-9",
                                 "preview/pr-9", "staging-2"})
            listing.append(Fixtures::deployment(++id, QString::fromLatin1(name),
                                                QStringLiteral("2024-05-01T10:00:00Z")));

        // When they arrive, and one more later
        store.mergeDeployments(listing);
        store.mergeDeployments({Fixtures::deployment(++id, QStringLiteral("preview/pr-95"),
                                                     QStringLiteral("2024-05-01T11:00:00Z"))});

        // Then each lane is in natural order
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("staging-2"), QStringLiteral("Staging-9"),
                              QStringLiteral("staging-10"), QStringLiteral("preview/pr-9"),
                              QStringLiteral("preview/pr-90"), QStringLiteral("preview/pr-95"),
                              QStringLiteral("preview/pr-100")}));
    }

    void lanes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<bool>("production");
        QTest::addColumn<int>("lane");
        QTest::addRow("production")
            << "production" << false << false << int(EnvironmentModel::ProductionLane);
        QTest::addRow("flagged production")
            << "eu-west" << false << true << int(EnvironmentModel::ProductionLane);
        QTest::addRow("staging") << "Staging" << false << false
                                 << int(EnvironmentModel::StagingLane);
        QTest::addRow("qa") << "qa" << false << false << int(EnvironmentModel::QaLane);
        QTest::addRow("other") << "demo" << false << false << int(EnvironmentModel::OtherLane);
        QTest::addRow("transient")
            << "feature-x" << true << false << int(EnvironmentModel::PreviewLane);
        QTest::addRow("preview by name")
            << "pr-42" << false << false << int(EnvironmentModel::PreviewLane);
    }

    void lanes()
    {
        QFETCH(QString, name);
        QFETCH(bool, transient);
        QFETCH(bool, production);
        QFETCH(int, lane);
        QCOMPARE(int(EnvironmentModel::laneFor(name, transient, production)), lane);
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("environments");
        QTest::addColumn<QList<StatusState>>("states");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");

        // clang-format off
        QTest::addRow("everything") << QStringList() << QList<StatusState>() << QString() << QList<qint64>{106, 105, 104, 103, 102, 101, 100, 99};
        QTest::addRow("staging") << QStringList{"staging"} << QList<StatusState>() << QString() << QList<qint64>{106, 103, 102};
        QTest::addRow("two environments") << QStringList{"qa", "pr-12"} << QList<StatusState>() << QString() << QList<qint64>{105, 100, 99};
        QTest::addRow("success") << QStringList() << QList<StatusState>{StatusState::Success} << QString() << QList<qint64>{103, 101};
        QTest::addRow("unknown and no status") << QStringList() << QList<StatusState>{StatusState::Unknown, StatusState::NoStatus} << QString() << QList<qint64>{106, 99};
        QTest::addRow("ref text") << QStringList() << QList<StatusState>() << "HOTFIX" << QList<qint64>{100, 99};
        QTest::addRow("sha prefix") << QStringList() << QList<StatusState>() << "c03a1b" << QList<qint64>{103};
        QTest::addRow("creator") << QStringList() << QList<StatusState>() << "kenji" << QList<qint64>{104, 101, 100, 99};
        QTest::addRow("description") << QStringList() << QList<StatusState>() << "reviewer" << QList<qint64>{99};
        QTest::addRow("all three") << QStringList{"production"} << QList<StatusState>{StatusState::Success} << "v2" << QList<qint64>{101};
        QTest::addRow("nothing") << QStringList() << QList<StatusState>() << "no such text" << QList<qint64>{};
        // clang-format on
    }

    void filters()
    {
        QFETCH(QStringList, environments);
        QFETCH(QList<StatusState>, states);
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);

        // Given the fixture behind a filter proxy
        DeploymentStore store(repo);
        Fixtures::load(store);
        DeploymentModel model;
        model.setStore(&store);
        DeploymentFilterProxy proxy;
        watch(&proxy);
        proxy.setSourceModel(&model);

        // When filtering
        proxy.setEnvironmentFilter(environments);
        proxy.setStateFilter(states);
        proxy.setTextFilter(text);

        // Then only matching rows remain, in their order
        QCOMPARE(column(proxy, DeploymentRoles::IdRole), expected);
    }

    void filterFollowsChanges()
    {
        // Given a proxy showing successful deployments
        DeploymentStore store(repo);
        Fixtures::load(store);
        DeploymentModel model;
        model.setStore(&store);
        DeploymentFilterProxy proxy;
        watch(&proxy);
        proxy.setSourceModel(&model);
        proxy.setStateFilter({StatusState::Success});
        QCOMPARE(column(proxy, DeploymentRoles::IdRole), (QList<qint64>{103, 101}));

        // When 104 succeeds, it joins
        QList<DeploymentStatus> statuses = Fixtures::statuses().value(104);
        statuses.prepend(
            Fixtures::status(2001, StatusState::Success, QStringLiteral("2024-05-01T10:20:00Z")));
        store.setStatuses(104, statuses);
        QCOMPARE(column(proxy, DeploymentRoles::IdRole), (QList<qint64>{104, 103, 101}));
    }

    // Rows that tie in the sorted column stay newest first (created, then id) in both
    // directions, not reversed with the rest.
    void sortTiesNewestFirst_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<qint64>>("expected");

        // 201 and 202 created in the same second, 203 to 205 in a later one; no statuses.
        // clang-format off
        QTest::addRow("created ascending") << int(DeploymentRoles::CreatedColumn) << Qt::AscendingOrder << QList<qint64>{202, 201, 205, 204, 203};
        QTest::addRow("created descending") << int(DeploymentRoles::CreatedColumn) << Qt::DescendingOrder << QList<qint64>{205, 204, 203, 202, 201};
        QTest::addRow("environment ascending") << int(DeploymentRoles::EnvironmentColumn) << Qt::AscendingOrder << QList<qint64>{205, 203, 204, 202, 201};
        QTest::addRow("environment descending") << int(DeploymentRoles::EnvironmentColumn) << Qt::DescendingOrder << QList<qint64>{204, 202, 201, 205, 203};
        QTest::addRow("state ascending: all tie") << int(DeploymentRoles::StateColumn) << Qt::AscendingOrder << QList<qint64>{205, 204, 203, 202, 201};
        QTest::addRow("state descending: all tie") << int(DeploymentRoles::StateColumn) << Qt::DescendingOrder << QList<qint64>{205, 204, 203, 202, 201};
        QTest::addRow("ref ascending") << int(DeploymentRoles::RefColumn) << Qt::AscendingOrder << QList<qint64>{203, 202, 201, 205, 204};
        QTest::addRow("ref descending") << int(DeploymentRoles::RefColumn) << Qt::DescendingOrder << QList<qint64>{205, 204, 203, 202, 201};
        QTest::addRow("last status ascending") << int(DeploymentRoles::LatestStatusColumn) << Qt::AscendingOrder << QList<qint64>{202, 201, 205, 204, 203};
        QTest::addRow("last status descending") << int(DeploymentRoles::LatestStatusColumn) << Qt::DescendingOrder << QList<qint64>{205, 204, 203, 202, 201};
        // clang-format on
    }

    void sortTiesNewestFirst()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<qint64>, expected);
        // Given five deployments behind a proxy
        DeploymentStore store(repo);
        QList<Deployment> listing;
        const auto add = [&listing](qint64 id, const char *environment, const char *time,
                                    const char *ref) {
            Deployment d = Fixtures::deployment(id, QString::fromLatin1(environment),
                                                QString::fromLatin1(time));
            d.ref = QString::fromLatin1(ref);
            listing.append(d);
        };
        add(201, "staging", "2024-05-01T10:00:00Z", "main");
        add(202, "staging", "2024-05-01T10:00:00Z", "main");
        add(203, "qa", "2024-05-01T10:05:00Z", "main");
        add(204, "staging", "2024-05-01T10:05:00Z", "v1");
        add(205, "qa", "2024-05-01T10:05:00Z", "v1");
        store.mergeDeployments(listing);
        for (const Deployment &d : std::as_const(listing))
            store.setStatuses(d.id, {});
        DeploymentModel model;
        model.setStore(&store);
        DeploymentFilterProxy proxy;
        watch(&proxy);
        proxy.setSourceModel(&model);

        // When sorting by the column
        proxy.sort(column, order);

        // Then ties are newest first
        QCOMPARE(::column(proxy, DeploymentRoles::IdRole), expected);

        // And stay so when a row changes and the proxy sorts again by itself
        store.setStatuses(203, {Fixtures::status(7001, StatusState::Queued,
                                                 QStringLiteral("2024-05-01T10:05:00Z"))});
        store.setStatuses(203, {});
        QCOMPARE(::column(proxy, DeploymentRoles::IdRole), expected);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<qint64>>("expected");

        // clang-format off
        QTest::addRow("created ascending") << int(DeploymentRoles::CreatedColumn) << Qt::AscendingOrder << QList<qint64>{99, 100, 101, 102, 103, 104, 105, 106};
        QTest::addRow("created descending") << int(DeploymentRoles::CreatedColumn) << Qt::DescendingOrder << QList<qint64>{106, 105, 104, 103, 102, 101, 100, 99};
        // By time, not by text ("2 hours ago" < "5 minutes ago" as text); ties keep row order.
        QTest::addRow("latest status time") << int(DeploymentRoles::LatestStatusColumn) << Qt::AscendingOrder << QList<qint64>{99, 100, 101, 103, 102, 104, 105, 106};
        QTest::addRow("state") << int(DeploymentRoles::StateColumn) << Qt::AscendingOrder << QList<qint64>{106, 104, 103, 101, 100, 102, 105, 99};
        QTest::addRow("environment") << int(DeploymentRoles::EnvironmentColumn) << Qt::AscendingOrder << QList<qint64>{105, 104, 101, 100, 99, 106, 103, 102};
        QTest::addRow("ref") << int(DeploymentRoles::RefColumn) << Qt::AscendingOrder << QList<qint64>{106, 100, 99, 103, 102, 105, 101, 104};
        // clang-format on
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<qint64>, expected);
        // Given the fixture behind a proxy
        DeploymentStore store(repo);
        Fixtures::load(store);
        DeploymentModel model;
        model.setStore(&store);
        DeploymentFilterProxy proxy;
        watch(&proxy);
        proxy.setSourceModel(&model);
        // When sorting by the column
        proxy.sort(column, order);
        // Then rows follow the underlying values
        QCOMPARE(::column(proxy, DeploymentRoles::IdRole), expected);
    }
};

QTEST_GUILESS_MAIN(StatusModelTest)
#include "tst_statusmodel.moc"
