// RepositoryEntry::fromJson: one item of GET /user/repos (GitHub's shape), the permissions that
// decide read-only, and malformed items skipped with a warning rather than a crash.
#include "models/repositoryentry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class RepositoryEntryTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void permissions_data();
    void permissions();
    void fields();
    void malformed_data();
    void malformed();
    void listSkipsMalformed();
};

namespace {
QJsonObject item(const QJsonObject &permissions)
{
    // GitHub's item, trimmed (no raw string: moc 6.4 can miss Q_OBJECT next to one)
    QJsonObject object{{"id", 1296269},
                       {"name", "Hello-World"},
                       {"full_name", "octocat/Hello-World"},
                       {"owner", QJsonObject{{"login", "octocat"}, {"id", 1}}},
                       {"private", true},
                       {"description", "My first repo"},
                       {"pushed_at", "2011-01-26T19:06:43Z"}};
    if (!permissions.isEmpty())
        object.insert(QStringLiteral("permissions"), permissions);
    return object;
}
} // namespace

void RepositoryEntryTest::permissions_data()
{
    QTest::addColumn<QJsonObject>("permissions");
    QTest::addColumn<bool>("canPush");
    QTest::addRow("pull only") << QJsonObject{{"pull", true}, {"push", false}, {"admin", false}}
                               << false;
    QTest::addRow("push") << QJsonObject{{"pull", true}, {"push", true}, {"admin", false}} << true;
    QTest::addRow("admin without push") << QJsonObject{{"admin", true}} << true;
    QTest::addRow("no permissions (anonymous)") << QJsonObject() << false;
    QTest::addRow("push mistyped") << QJsonObject{{"push", "yes"}} << false;
}

void RepositoryEntryTest::permissions()
{
    QFETCH(QJsonObject, permissions);
    QFETCH(bool, canPush);
    QString error;
    const auto entry = RepositoryEntry::fromJson(item(permissions), &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->canPush, canPush);
}

void RepositoryEntryTest::fields()
{
    const auto entry = RepositoryEntry::fromJson(item({}));
    QVERIFY(entry);
    QCOMPARE(entry->id.fullName(), QStringLiteral("octocat/Hello-World"));
    QCOMPARE(entry->id.owner, QStringLiteral("octocat"));
    QCOMPARE(entry->isPrivate, true);
    QCOMPARE(entry->pushedAt, QDateTime(QDate(2011, 1, 26), QTime(19, 6, 43), Qt::UTC));
    QCOMPARE(entry->description, QStringLiteral("My first repo"));
}

void RepositoryEntryTest::malformed_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("not an object") << QJsonValue(42) << false;
    QTest::addRow("no full_name") << QJsonValue(QJsonObject{{"name", "x"}}) << false;
    QTest::addRow("full_name not owner/name")
        << QJsonValue(QJsonObject{{"full_name", "just-a-name"}}) << false;
    QTest::addRow("full_name only") << QJsonValue(QJsonObject{{"full_name", "acme/app"}}) << true;
    QJsonObject badTime = item({});
    badTime.insert(QStringLiteral("pushed_at"), 17);
    QTest::addRow("pushed_at mistyped: kept, time unknown") << QJsonValue(badTime) << true;
}

void RepositoryEntryTest::malformed()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QString error;
    const auto entry = RepositoryEntry::fromJson(value, &error);
    QCOMPARE(bool(entry), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (entry)
        QVERIFY(entry->id.isValid());
}

void RepositoryEntryTest::listSkipsMalformed()
{
    const QJsonArray page{item({{"push", true}}), QJsonValue(QStringLiteral("junk")),
                          QJsonObject{{"full_name", "acme/app"}}};
    QStringList warnings;
    const QList<RepositoryEntry> entries = RepositoryEntry::listFromJson(page, &warnings);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).id.fullName(), QStringLiteral("acme/app"));
    QCOMPARE(warnings.size(), 1);
}

QTEST_GUILESS_MAIN(RepositoryEntryTest)
#include "tst_repositoryentry.moc"
