// EnvironmentIndex (per environment, newest first; who is live there) and DeploymentEntry
// (one deployment as the store keeps it), on hand-made entries.

#include "models/environmentindex.h"

#include <QTest>

#include <memory>
#include <vector>

namespace {
const QDateTime start = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00Z"), Qt::ISODate);

// A deployment created `minutes` after start, with one status of `state` a minute later.
std::unique_ptr<DeploymentEntry> entry(qint64 id, int minutes, StatusState state)
{
    auto e = std::make_unique<DeploymentEntry>();
    e->deployment.id = id;
    e->deployment.createdAt = start.addSecs(minutes * 60).toMSecsSinceEpoch();
    e->deployment.updatedAt = e->deployment.createdAt;
    e->statusesLoaded = true;
    e->statusesFetchedFor = e->deployment.updatedAt;
    if (state != StatusState::NoStatus) {
        StatusRecord status;
        status.id = id * 10;
        status.state = state;
        status.createdAt = e->deployment.createdAt + 60000;
        e->statuses.append(status);
    }
    return e;
}
} // namespace

class EnvironmentIndexTest : public QObject
{
    Q_OBJECT

private:
    std::vector<std::unique_ptr<DeploymentEntry>> m_entries;
    EnvironmentIndex m_index;

    DeploymentEntry *add(qint64 id, int minutes, StatusState state,
                         const QString &environment = QStringLiteral("staging"))
    {
        m_entries.push_back(entry(id, minutes, state));
        DeploymentEntry *e = m_entries.back().get();
        m_index.place(e, environment);
        m_index.markDirty(environment, e->deployment);
        return e;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_index = EnvironmentIndex();
        m_entries.clear();
    }

    void newestSuccessIsLive()
    {
        // Given, in staging, a success, a newer failure, and a newer in-progress one
        DeploymentEntry *live = add(1, 0, StatusState::Success);
        DeploymentEntry *failed = add(2, 10, StatusState::Failure);
        DeploymentEntry *running = add(3, 20, StatusState::InProgress);

        // When recomputed
        bool touched = false;
        const QList<EnvironmentIndex::Change> changes = m_index.recompute(&touched);

        // Then the success is live, the failure ended at its status, members newest first
        QVERIFY(touched);
        QVERIFY(live->active);
        QVERIFY(!live->endTime.isValid());
        QVERIFY(!failed->active);
        QCOMPARE(failed->endTime, start.addSecs(11 * 60));
        QVERIFY(!running->active);
        QCOMPARE(changes.size(), 2); // the live one and the failed one
        QCOMPARE(m_index.members(QStringLiteral("staging")),
                 (EnvironmentIndex::Members{running, failed, live}));
        QCOMPARE(m_index.names(), QStringList{QStringLiteral("staging")});

        // When the newest one succeeds too
        StatusRecord success;
        success.id = 99;
        success.state = StatusState::Success;
        success.createdAt = start.addSecs(30 * 60).toMSecsSinceEpoch();
        running->statuses.prepend(success);
        m_index.markDirty(QStringLiteral("staging"), running->deployment);
        const QList<EnvironmentIndex::Change> next = m_index.recompute();

        // Then it is live, the old one superseded at that moment
        QVERIFY(running->active);
        QVERIFY(!live->active);
        QCOMPARE(live->endTime, start.addSecs(30 * 60));
        QCOMPARE(next.size(), 2);
        QCOMPARE(next.at(0).entry, running);
        QVERIFY(next.at(0).liveness);
        QCOMPARE(next.at(1).entry, live);
        QVERIFY(next.at(1).liveness && next.at(1).endTime);
        // The failure in between keeps its own end time: not reported
        QCOMPARE(failed->endTime, start.addSecs(11 * 60));
    }

    void emptyEnvironmentIsDropped()
    {
        // Given one deployment in a preview environment
        DeploymentEntry *only = add(1, 0, StatusState::Success, QStringLiteral("pr-7"));
        m_index.recompute();
        QCOMPARE(m_index.names(), QStringList{QStringLiteral("pr-7")});

        // When it is taken out
        m_index.take(only);
        m_index.markDirty(QStringLiteral("pr-7"), only->deployment);
        bool touched = false;
        m_index.recompute(&touched);

        // Then the environment is gone
        QVERIFY(touched);
        QVERIFY(m_index.names().isEmpty());
        QVERIFY(m_index.members(QStringLiteral("pr-7")).empty());
    }

    void nothingDirtyNothingTouched()
    {
        add(1, 0, StatusState::Success);
        m_index.recompute();
        bool touched = false;
        QVERIFY(m_index.recompute(&touched).isEmpty());
        QVERIFY(!touched);
    }

    void entryStatusesMayHaveChanged_data()
    {
        QTest::addColumn<StatusState>("state");
        QTest::addColumn<bool>("loaded");
        QTest::addColumn<int>("updatedLater"); // seconds GitHub's updated_at moved since
        QTest::addColumn<bool>("expected");
        QTest::addRow("final, unchanged") << StatusState::Success << true << 0 << false;
        QTest::addRow("final, updated_at moved") << StatusState::Success << true << 60 << true;
        QTest::addRow("failure, updated_at moved") << StatusState::Failure << true << 1 << true;
        QTest::addRow("in progress") << StatusState::InProgress << true << 0 << true;
        QTest::addRow("no status yet") << StatusState::NoStatus << true << 0 << true;
        QTest::addRow("not loaded") << StatusState::Success << false << 0 << true;
    }

    void entryStatusesMayHaveChanged()
    {
        QFETCH(StatusState, state);
        QFETCH(bool, loaded);
        QFETCH(int, updatedLater);
        QFETCH(bool, expected);
        const auto e = entry(1, 0, state);
        e->statusesLoaded = loaded;
        e->deployment.updatedAt += updatedLater * 1000;
        QCOMPARE(e->statusesMayHaveChanged(), expected);
    }
};

QTEST_GUILESS_MAIN(EnvironmentIndexTest)
#include "tst_environmentindex.moc"
