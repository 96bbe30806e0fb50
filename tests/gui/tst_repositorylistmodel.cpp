// RepositoryListModel: the repository picker's list. Recent ones first, then the account's by
// last push; pages merge without duplicates; removed ones stay away; every change is announced
// in order (QAbstractItemModelTester).
#include "models/repositorylistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

RepositoryEntry entry(const QString &name, int daysAgo, bool canPush = true)
{
    RepositoryEntry e;
    e.id = *RepositoryId::parse(name);
    e.canPush = canPush;
    e.pushedAt = QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC).addDays(-daysAgo);
    return e;
}

QStringList names(const RepositoryListModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data().toString());
    return list;
}

} // namespace

class RepositoryListModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesAreOrderedByLastPush();
    void recentOnesComeFirstOnce();
    void knownRepositoryIsUpdatedNotDuplicated();
    void removedStaysAwayUntilAddedAgain();
    void clearingTheAccountKeepsTheRecentOnes();
};

void RepositoryListModelTest::pagesAreOrderedByLastPush()
{
    // Given an empty model
    RepositoryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // When two pages arrive out of push order
    model.mergeAccountRepositories({entry("acme/old", 30), entry("acme/new", 1)});
    model.mergeAccountRepositories({entry("octo/middle", 10), entry("octo/never", 0)});
    model.mergeAccountRepositories({[] {
        RepositoryEntry e = entry("octo/unknown-push", 0);
        e.pushedAt = {};
        return e;
    }()});
    // Then the most recently pushed is on top, never-pushed last
    QCOMPARE(names(model), (QStringList{"octo/never", "acme/new", "octo/middle", "acme/old",
                                        "octo/unknown-push"}));
    QCOMPARE(model.index(0).data(RepositoryListModel::OwnerRole).toString(), "octo");
    QCOMPARE(model.index(0).data(RepositoryListModel::NameRole).toString(), "never");
}

void RepositoryListModelTest::recentOnesComeFirstOnce()
{
    RepositoryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.mergeAccountRepositories({entry("acme/a", 1), entry("acme/b", 2), entry("acme/c", 3)});
    // When acme/c and an unknown repository were opened recently
    model.setRecent({"acme/c", "other/thing", "not a name"});
    // Then they come first, in recent order, each once; the invalid name is skipped
    QCOMPARE(names(model), (QStringList{"acme/c", "other/thing", "acme/a", "acme/b"}));
    QVERIFY(model.index(0).data(RepositoryListModel::RecentRole).toBool());
    QVERIFY(!model.index(2).data(RepositoryListModel::RecentRole).toBool());
    QCOMPARE(model.recent(), (QStringList{"acme/c", "other/thing"}));
    // And a new recent list puts acme/c back among the account's, in push order
    model.setRecent({"acme/b"});
    QCOMPARE(names(model), (QStringList{"acme/b", "acme/a", "acme/c"}));
}

void RepositoryListModelTest::knownRepositoryIsUpdatedNotDuplicated()
{
    RepositoryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecent({"Acme/Storefront"});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // When the account's list says acme/storefront is read-only (GitHub's case)
    model.mergeAccountRepositories({entry("acme/storefront", 1, false)});
    // Then the recent row is updated in place
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(0).data(RepositoryListModel::ReadOnlyRole).toBool());
    QVERIFY(!model.index(0).data(RepositoryListModel::CanPushRole).toBool());
    QVERIFY(model.index(0).data(RepositoryListModel::RecentRole).toBool());
}

void RepositoryListModelTest::removedStaysAwayUntilAddedAgain()
{
    RepositoryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.mergeAccountRepositories({entry("acme/a", 1), entry("acme/b", 2)});
    QVERIFY(model.removeRepository(*RepositoryId::parse("acme/a")));
    QVERIFY(!model.removeRepository(*RepositoryId::parse("acme/zzz")));
    QCOMPARE(model.hidden(), QStringList{"acme/a"});
    // A refresh of the account's list does not bring it back
    model.mergeAccountRepositories({entry("acme/a", 1), entry("acme/b", 2)});
    QCOMPARE(names(model), QStringList{"acme/b"});
    // Opening it again does
    model.addRecent(entry("acme/a", 1));
    QCOMPARE(names(model), (QStringList{"acme/a", "acme/b"}));
    QVERIFY(model.hidden().isEmpty());
}

void RepositoryListModelTest::clearingTheAccountKeepsTheRecentOnes()
{
    RepositoryListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.mergeAccountRepositories({entry("acme/a", 1), entry("acme/b", 2)});
    model.setRecent({"acme/b"});
    model.clearAccountRepositories();
    QCOMPARE(names(model), QStringList{"acme/b"});
}

QTEST_GUILESS_MAIN(RepositoryListModelTest)
#include "tst_repositorylistmodel.moc"
