// CleanupRule and CleanupPlan: which deployments and environments the rules choose (patterns,
// age, keep-N, states, live and production protection), counts, CSV and JSON.
#include "modelfixtures.h"

#include "models/cleanupplan.h"
#include "models/cleanuprule.h"
#include "models/deploymentstore.h"
#include "models/uilanguage.h"

#include <QStandardPaths>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QDateTime now = QDateTime::fromString(QStringLiteral("2026-06-01T00:00:00Z"), Qt::ISODate);

struct Row
{
    qint64 id;
    const char *environment;
    const char *created;
    StatusState state;
    bool transient;
};

// Ten deployments: a live production one, staging with a failure, three previews, pr-7.
const Row rows[] = {
    {10, "production", "2026-05-01T00:00:00Z", StatusState::Success, false},
    {9, "production", "2026-04-01T00:00:00Z", StatusState::Inactive, false},
    {8, "staging", "2026-05-20T00:00:00Z", StatusState::Success, false},
    {7, "staging", "2026-03-01T00:00:00Z", StatusState::Failure, false},
    {6, "staging", "2026-02-01T00:00:00Z", StatusState::Inactive, false},
    {5, "preview/pr-1", "2026-05-30T00:00:00Z", StatusState::Success, true},
    {4, "preview/pr-1", "2026-04-15T00:00:00Z", StatusState::Inactive, true},
    {3, "preview/pr-2", "2026-03-10T00:00:00Z", StatusState::Success, true},
    {2, "pr-7", "2026-01-10T00:00:00Z", StatusState::Error, false},
    {1, "preview/pr-10", "2026-01-05T00:00:00Z", StatusState::Success, true},
};

void fill(DeploymentStore &store)
{
    QList<Deployment> list;
    for (const Row &row : rows) {
        Deployment d = Fixtures::deployment(row.id, QString::fromLatin1(row.environment),
                                            QString::fromLatin1(row.created));
        d.transientEnvironment = row.transient;
        list.append(d);
    }
    store.mergeDeployments(list);
    for (const Row &row : rows) {
        const QDateTime t = QDateTime::fromString(QString::fromLatin1(row.created), Qt::ISODate);
        store.setStatuses(row.id, {Fixtures::status(row.id * 100, row.state,
                                                    t.addSecs(60).toString(Qt::ISODate))});
    }
}

QStringList keys(const CleanupPlan &plan)
{
    QStringList k;
    for (const CleanupItem &item : plan.items)
        k.append(item.key().section(QLatin1Char('#'), 1)); // the key within the repository
    return k;
}

QList<StatusState> states(const QStringList &names)
{
    QList<StatusState> list;
    for (const QString &n : names)
        list.append(StatusStates::fromApi(n));
    return list;
}

} // namespace

class tst_CleanupPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms come from the English translation.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(UiLanguage::apply(UiLanguage::Choice::English));
    }
    void fixtureIsWhatTheCasesAssume();
    void rules_data();
    void rules();
    void firstRuleThatChoosesIsNamed();
    void countsPerEnvironmentAndAction();
    void csvAndJson();
    void invalidRulesChooseNothing();
    void parseDuration_data();
    void parseDuration();
};

void tst_CleanupPlan::fixtureIsWhatTheCasesAssume()
{
    DeploymentStore store(RepositoryId{QStringLiteral("acme"), QStringLiteral("shop")});
    fill(store);
    // Live: 10 (production), 8, 5, 3, 1; the transient inactive one is destroyed.
    QList<qint64> live;
    for (int row = 0; row < store.count(); ++row) {
        if (store.entry(row).active)
            live.append(store.entry(row).deployment.id);
    }
    QCOMPARE(live, (QList<qint64>{5, 8, 10, 3, 1})); // rows are newest first
    QCOMPARE(store.find(4)->state(), StatusState::Destroyed);
    QVERIFY(store.find(10)->deployment.productionEnvironment);
}

void tst_CleanupPlan::rules_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("olderThan");
    QTest::addColumn<int>("keep");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("includeLive");
    QTest::addColumn<QStringList>("expected");

    const QStringList any;
    QTest::addRow("mark inactive: everything not live and not inactive yet")
        << any << "" << 0 << any << "mark-inactive" << false << QStringList{"d:7", "d:2"};
    QTest::addRow("mark inactive, live too: never production's live one")
        << any << "" << 0 << any << "mark-inactive" << true
        << QStringList{"d:5", "d:8", "d:3", "d:7", "d:2", "d:1"};
    QTest::addRow("pattern preview/*: the live previews stay")
        << QStringList{"preview/*"} << "" << 0 << any << "delete" << false << QStringList{"d:4"};
    QTest::addRow("pattern preview/*, live too")
        << QStringList{"preview/*"} << "" << 0 << any << "delete" << true
        << QStringList{"d:5", "d:4", "d:3", "d:1"};
    QTest::addRow("pattern pr-* matches the whole name only")
        << QStringList{"pr-*"} << "" << 0 << any << "delete" << true << QStringList{"d:2"};
    QTest::addRow("pattern with ?") << QStringList{"preview/pr-?"} << "" << 0 << any << "delete"
                                    << true << QStringList{"d:5", "d:4", "d:3"};
    QTest::addRow("two patterns") << QStringList{"pr-*", "staging"} << "" << 0 << any << "delete"
                                  << false << QStringList{"d:7", "d:6", "d:2"};
    QTest::addRow("older than 60 days")
        << any << "60d" << 0 << any << "delete" << false << QStringList{"d:9", "d:7", "d:6", "d:2"};
    QTest::addRow("older than 1 week, live too")
        << any << "1w" << 0 << any << "delete" << true
        << QStringList{"d:8", "d:4", "d:9", "d:3", "d:7", "d:6", "d:2", "d:1"};
    QTest::addRow("keep the newest 1 per environment")
        << any << "" << 1 << any << "delete" << false << QStringList{"d:4", "d:9", "d:7", "d:6"};
    QTest::addRow("keep 2, live too")
        << any << "" << 2 << any << "delete" << true << QStringList{"d:6"};
    QTest::addRow("states failure and error") << any << "" << 0 << QStringList{"failure", "error"}
                                              << "delete" << false << QStringList{"d:7", "d:2"};
    QTest::addRow("state success without live: none (every success is live)")
        << any << "" << 0 << QStringList{"success"} << "delete" << false << QStringList{};
    QTest::addRow("state success with live: never production's")
        << any << "" << 0 << QStringList{"success"} << "delete" << true
        << QStringList{"d:5", "d:8", "d:3", "d:1"};
    QTest::addRow("production's live deployment: never, even named and live allowed")
        << QStringList{"production"} << "" << 0 << any << "delete" << true << QStringList{"d:9"};
    QTest::addRow("delete environments: none while they have a live deployment")
        << QStringList{"preview/*"} << "" << 0 << any << "delete-environment" << false
        << QStringList{};
    QTest::addRow("delete environments, live too: natural order")
        << QStringList{"preview/*"} << "" << 0 << any << "delete-environment" << true
        << QStringList{"e:preview/pr-1", "e:preview/pr-2", "e:preview/pr-10"};
    QTest::addRow("delete environments whose newest deployment is older than 60 days")
        << QStringList{"preview/*"} << "60d" << 0 << any << "delete-environment" << true
        << QStringList{"e:preview/pr-2", "e:preview/pr-10"};
    QTest::addRow("delete environment: never production")
        << QStringList{"prod*"} << "" << 0 << any << "delete-environment" << true << QStringList{};
    QTest::addRow("delete environment: not when the rule keeps some")
        << QStringList{"preview/*"} << "" << 1 << any << "delete-environment" << true
        << QStringList{};
    QTest::addRow("delete environment: every deployment in the states")
        << QStringList{"*"} << "" << 0 << QStringList{"error"} << "delete-environment" << false
        << QStringList{"e:pr-7"};
}

void tst_CleanupPlan::rules()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, olderThan);
    QFETCH(int, keep);
    QFETCH(QStringList, states);
    QFETCH(QString, action);
    QFETCH(bool, includeLive);
    QFETCH(QStringList, expected);

    // Given the ten deployments
    DeploymentStore store(RepositoryId{QStringLiteral("acme"), QStringLiteral("shop")});
    fill(store);
    // When one rule is planned
    CleanupRule rule;
    rule.environmentPatterns = patterns;
    if (!olderThan.isEmpty())
        rule.olderThanSeconds = CleanupRule::parseDuration(olderThan).value();
    rule.keepNewest = keep;
    rule.states = ::states(states);
    rule.action = CleanupRule::actionFromName(action).value();
    rule.includeLive = includeLive;
    QCOMPARE(rule.validate(), QString());
    const CleanupPlan plan = CleanupPlan::compute(store, {rule}, now);
    // Then exactly these are chosen, in the store's order (newest first), environments last
    QCOMPARE(keys(plan), expected);
    QCOMPARE(plan.deploymentsLookedAt, 10);
    for (const CleanupItem &item : plan.items) {
        QCOMPARE(item.action, rule.action);
        QCOMPARE(item.ruleName, QStringLiteral("rule 1"));
        QVERIFY2(!(item.live && item.environment == QLatin1String("production")),
                 qPrintable(item.key()));
    }
}

void tst_CleanupPlan::firstRuleThatChoosesIsNamed()
{
    DeploymentStore store(RepositoryId{QStringLiteral("acme"), QStringLiteral("shop")});
    fill(store);
    CleanupRule failing;
    failing.name = QStringLiteral("failing");
    failing.states = {StatusState::Failure};
    CleanupRule old;
    old.name = QStringLiteral("old");
    old.action = CleanupRule::Action::Delete;
    const CleanupPlan plan = CleanupPlan::compute(store, {failing, old}, now);
    QCOMPARE(keys(plan), (QStringList{"d:4", "d:9", "d:7", "d:6", "d:2"}));
    for (const CleanupItem &item : plan.items) {
        const bool isSeven = item.deploymentId == 7;
        QCOMPARE(item.ruleName, isSeven ? QStringLiteral("failing") : QStringLiteral("old"));
        QCOMPARE(item.rule, isSeven ? 0 : 1);
        QCOMPARE(item.action,
                 isSeven ? CleanupRule::Action::MarkInactive : CleanupRule::Action::Delete);
    }
    // Writes: 7 is marked inactive (1); 9, 4, 6 are inactive (1 each); 2 needs two.
    QCOMPARE(plan.writes(), 6);
}

void tst_CleanupPlan::countsPerEnvironmentAndAction()
{
    DeploymentStore store(RepositoryId{QStringLiteral("acme"), QStringLiteral("shop")});
    fill(store);
    CleanupRule deletes;
    deletes.action = CleanupRule::Action::Delete;
    deletes.includeLive = true;
    deletes.environmentPatterns = {QStringLiteral("preview/*"), QStringLiteral("staging")};
    CleanupRule environments;
    environments.action = CleanupRule::Action::DeleteEnvironment;
    environments.environmentPatterns = {QStringLiteral("preview/*")};
    environments.includeLive = true;
    const CleanupPlan plan = CleanupPlan::compute(store, {deletes, environments}, now);
    QStringList counts;
    for (const CleanupPlan::Count &c : plan.counts())
        counts.append(QStringLiteral("%1 %2 %3")
                          .arg(c.environment, CleanupRule::actionName(c.action))
                          .arg(c.count));
    QCOMPARE(counts, (QStringList{"preview/pr-1 delete 2", "preview/pr-1 delete-environment 1",
                                  "preview/pr-2 delete 1", "preview/pr-2 delete-environment 1",
                                  "preview/pr-10 delete 1", "preview/pr-10 delete-environment 1",
                                  "staging delete 3"}));
    QCOMPARE(plan.count(CleanupRule::Action::Delete), 7);
    QCOMPARE(plan.count(CleanupRule::Action::DeleteEnvironment), 3);
    QCOMPARE(plan.summary(), QStringLiteral("7 deployments to delete; 3 environments to delete"));
}

void tst_CleanupPlan::csvAndJson()
{
    DeploymentStore store(RepositoryId{QStringLiteral("acme"), QStringLiteral("shop")});
    fill(store);
    CleanupRule rule;
    rule.name = QStringLiteral("old, \"quoted\"");
    rule.action = CleanupRule::Action::Delete;
    rule.olderThanSeconds = 60 * 86400;
    CleanupRule environments;
    environments.action = CleanupRule::Action::DeleteEnvironment;
    environments.environmentPatterns = {QStringLiteral("pr-*")};
    const CleanupPlan plan = CleanupPlan::compute(store, {rule, environments}, now);
    QCOMPARE(keys(plan), (QStringList{"d:9", "d:7", "d:6", "d:2", "e:pr-7"}));

    const QList<QByteArray> lines = plan.toCsv().split('\n');
    QCOMPARE(lines.size(), 7); // header, 5 rows, and the empty rest after the last CRLF
    QCOMPARE(lines[0], "repository,target,action,deployment,environment,ref,sha,state,created_at,"
                       "live,rule\r");
    QVERIFY2(lines[2].startsWith("acme/shop,deployment,delete,7,staging,ref-7,"),
             lines[2].constData());
    QVERIFY2(lines[2].endsWith(",failure,2026-03-01T00:00:00Z,false,\"old, \"\"quoted\"\"\"\r"),
             lines[2].constData());
    QVERIFY2(lines[5].startsWith(
                 "acme/shop,environment,delete-environment,,pr-7,,,,2026-01-10T00:00:00Z,"),
             lines[5].constData());

    const QJsonObject json = plan.toJson();
    QCOMPARE(json.value("repository").toString(), QStringLiteral("acme/shop"));
    QCOMPARE(json.value("items").toArray().size(), 5);
    QCOMPARE(json.value("writes").toInt(), 7); // 7 and 2 need marking inactive first
    QCOMPARE(json.value("items").toArray().at(1).toObject().value("rule_name").toString(),
             rule.name);
    // It reads back as the same plan (the journal keeps it).
    const auto back =
        CleanupPlan::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY(back);
    QCOMPARE(keys(*back), keys(plan));
    QCOMPARE(back->rules.size(), 2);
    QCOMPARE(back->rules[0].olderThanSeconds, rule.olderThanSeconds);
    QCOMPARE(back->items[1].state, StatusState::Failure);
    QCOMPARE(back->items[1].latestStatusId, qint64(700));
    QCOMPARE(back->items[4].environmentDeployments, (QList<qint64>{2}));
    QCOMPARE(back->toJson(), json);
}

void tst_CleanupPlan::invalidRulesChooseNothing()
{
    DeploymentStore store(RepositoryId{QStringLiteral("acme"), QStringLiteral("shop")});
    fill(store);
    CleanupRule everyEnvironment;
    everyEnvironment.action = CleanupRule::Action::DeleteEnvironment;
    everyEnvironment.includeLive = true;
    QVERIFY(!everyEnvironment.validate().isEmpty());
    CleanupRule negative;
    negative.keepNewest = -1;
    QVERIFY(!negative.validate().isEmpty());
    QVERIFY(CleanupPlan::compute(store, {everyEnvironment, negative}, now).isEmpty());
}

void tst_CleanupPlan::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused
    QTest::addRow("days") << "30d" << qint64(30 * 86400);
    QTest::addRow("bare number is days") << "7" << qint64(7 * 86400);
    QTest::addRow("hours") << "12h" << qint64(12 * 3600);
    QTest::addRow("minutes") << "90m" << qint64(90 * 60);
    QTest::addRow("seconds") << "45s" << qint64(45);
    QTest::addRow("weeks, upper case") << "2W" << qint64(14 * 86400);
    QTest::addRow("empty") << "" << qint64(-1);
    QTest::addRow("unknown unit") << "3y" << qint64(-1);
    QTest::addRow("negative") << "-3d" << qint64(-1);
    QTest::addRow("no number") << "d" << qint64(-1);
}

void tst_CleanupPlan::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = CleanupRule::parseDuration(text);
    QCOMPARE(parsed.value_or(-1), seconds);
    if (parsed && *parsed > 0)
        QCOMPARE(CleanupRule::parseDuration(CleanupRule::durationText(*parsed)), parsed);
}

QTEST_GUILESS_MAIN(tst_CleanupPlan)
#include "tst_cleanupplan.moc"
