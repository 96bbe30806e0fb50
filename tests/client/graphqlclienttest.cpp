// GraphQL bulk reads against the in-process emulator: the same data read over REST and over
// GraphQL gives the same values and fills the store the same way; cursor and nested statuses
// pagination; the cost; errors classified like REST's; the fall back to REST once per host.
#include "emulator/githubemulator.h"
#include "models/deploymentexporter.h"
#include "models/deploymentgraphql.h"
#include "models/deploymentgraphqlloader.h"
#include "models/deploymentstore.h"
#include "models/githubclient.h"
#include "models/graphqlrefusals.h"
#include "models/graphqlrequest.h"
#include "models/repositorysession.h"

#include "testtimeout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <utility>

namespace {

const QString demoName = QStringLiteral("acme/storefront");
const RepositoryId demo{QStringLiteral("acme"), QStringLiteral("storefront")};
const QString syntheticName = QStringLiteral("octo/synthetic");
const RepositoryId synthetic{QStringLiteral("octo"), QStringLiteral("synthetic")};

int graphQLPosts(const GitHubEmulator &emulator)
{
    int count = 0;
    for (const GitHubEmulator::RecordedRequest &request : emulator.requests()) {
        if (request.method == "POST" && request.path.endsWith(QLatin1String("graphql")))
            ++count;
    }
    return count;
}

int restGets(const GitHubEmulator &emulator)
{
    int count = 0;
    for (const GitHubEmulator::RecordedRequest &request : emulator.requests()) {
        if (request.method == "GET")
            ++count;
    }
    return count;
}

} // namespace

class GraphQLClientTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void bothPathsGiveTheSameValues_data();
    void bothPathsGiveTheSameValues();
    void bothPathsFillTheStoreAlike();
    void nestedStatusesPagination();
    void costAndBudget();
    void deploymentsMadeDuringTheExport();
    void documentsTakeVariablesOnly();
    void errorsClassifiedLikeRest_data();
    void errorsClassifiedLikeRest();
    void notFoundIsNotARefusal();
    void forbiddenAsksRestForTheReason();
    void refusedHostFallsBackOnceAndRemembers_data();
    void refusedHostFallsBackOnceAndRemembers();
    void exhaustedBudgetFallsBackWithoutRemembering();
    void enterpriseEndpoint();
    void refusalKeptAcrossRunsForAWeek();
    void statusIdFromNodeId();
    void sessionColdOpenOverGraphQL_data();
    void sessionColdOpenOverGraphQL();
    void sessionTakesRestFieldsAfterGraphQL();

private:
    bool exportAll(DeploymentExporter *exporter);
    void addLongHistory(const QString &repository, int statuses);

    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<GitHubClient> m_client;
};

void GraphQLClientTest::init()
{
    GraphQLRefusals::forgetInProcess(); // each test a run of its own
    m_emulator = std::make_unique<GitHubEmulator>();
    QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<GitHubClient>();
    QVERIFY(m_client->setApiRoot(m_emulator->baseUrl()));
    m_client->setToken(m_emulator->token());
    m_client->setRetryPolicy(0, 0);
}

void GraphQLClientTest::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

bool GraphQLClientTest::exportAll(DeploymentExporter *exporter)
{
    QSignalSpy finished(exporter, &DeploymentExporter::finished);
    QSignalSpy failed(exporter, &DeploymentExporter::failed);
    exporter->start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, TestTimeoutMs))
        return false;
    if (!failed.isEmpty())
        qWarning() << "export failed:" << failed.first().first().value<GitHubError>();
    return !finished.isEmpty();
}

// A deployment with more statuses than the first request asks for (50).
void GraphQLClientTest::addLongHistory(const QString &repository, int statuses)
{
    const qint64 id = m_emulator->createDeploymentDirect(
        repository, {{QStringLiteral("environment"), QStringLiteral("staging")},
                     {QStringLiteral("ref"), QStringLiteral("long-history")}});
    QVERIFY(id > 0);
    for (int i = 0; i < statuses; ++i)
        QVERIFY(m_emulator->addStatusDirect(
                    repository, id,
                    {{QStringLiteral("state"),
                      i % 2 ? QStringLiteral("in_progress") : QStringLiteral("queued")},
                     {QStringLiteral("description"), QStringLiteral("step %1").arg(i)}}) > 0);
}

void GraphQLClientTest::bothPathsGiveTheSameValues_data()
{
    QTest::addColumn<QString>("data");
    QTest::addRow("demo") << "demo";
    QTest::addRow("synthetic 250x3 and a long history") << "synthetic";
}

void GraphQLClientTest::bothPathsGiveTheSameValues()
{
    QFETCH(QString, data);
    RepositoryId repository = demo;
    if (data == QLatin1String("demo")) {
        m_emulator->loadDemo();
    } else {
        m_emulator->loadSynthetic(250, 3);
        addLongHistory(syntheticName, 130);
        repository = synthetic;
    }
    // Given the same repository read both ways
    DeploymentExporter rest(m_client.get());
    rest.setRepository(repository);
    QVERIFY(exportAll(&rest));
    QVERIFY(!rest.usedGraphQL());
    DeploymentExporter graphql(m_client.get());
    graphql.setRepository(repository);
    graphql.setUseGraphQL(true);
    QVERIFY(exportAll(&graphql));
    QVERIFY(graphql.usedGraphQL());

    // Then every deployment and every status has the same values
    const QList<Deployment> a = rest.deployments(), b = graphql.deployments();
    QCOMPARE(b.size(), a.size());
    QVERIFY(a.size() > 10);
    for (int i = 0; i < a.size(); ++i) {
        const Deployment &r = a[i], &g = b[i];
        QCOMPARE(g.id, r.id);
        QCOMPARE(g.nodeId, r.nodeId);
        QCOMPARE(g.sha, r.sha);
        QCOMPARE(g.ref, r.ref);
        QCOMPARE(g.task, r.task);
        QCOMPARE(g.environment, r.environment);
        QCOMPARE(g.originalEnvironment, r.originalEnvironment);
        QCOMPARE(g.description, r.description);
        QCOMPARE(g.payload, r.payload);
        QCOMPARE(g.creator.id, r.creator.id);
        QCOMPARE(g.creator.login, r.creator.login);
        QCOMPARE(g.creator.type, r.creator.type);
        QCOMPARE(g.creator.avatarUrl, r.creator.avatarUrl);
        QCOMPARE(g.creator.htmlUrl, r.creator.htmlUrl);
        QCOMPARE(g.createdAt, r.createdAt);
        QCOMPARE(g.updatedAt, r.updatedAt);
        QCOMPARE(g.url, r.url);
        QCOMPARE(g.statusesUrl, r.statusesUrl);
        QCOMPARE(g.repositoryUrl, r.repositoryUrl);
        // GraphQL has no twin of the two flags (deploymentgraphql.h): REST's listing brings them
        QCOMPARE(g.transientEnvironment, r.transientEnvironment);
        QCOMPARE(g.productionEnvironment, r.productionEnvironment);

        const QList<DeploymentStatus> rs = rest.statuses(r.id), gs = graphql.statuses(r.id);
        QCOMPARE(gs.size(), rs.size());
        for (int j = 0; j < rs.size(); ++j) {
            QCOMPARE(gs[j].id, rs[j].id); // matched through the node id
            QCOMPARE(gs[j].nodeId, rs[j].nodeId);
            QCOMPARE(gs[j].state, rs[j].state);
            QCOMPARE(gs[j].rawState, rs[j].rawState);
            QCOMPARE(gs[j].description, rs[j].description);
            QCOMPARE(gs[j].environment, rs[j].environment);
            QCOMPARE(gs[j].logUrl, rs[j].logUrl);
            QCOMPARE(gs[j].environmentUrl, rs[j].environmentUrl);
            QCOMPARE(gs[j].creator.login, rs[j].creator.login);
            QCOMPARE(gs[j].creator.id, rs[j].creator.id);
            QCOMPARE(gs[j].createdAt, rs[j].createdAt);
            QCOMPARE(gs[j].updatedAt, rs[j].updatedAt);
            QCOMPARE(gs[j].url, rs[j].url);
            QCOMPARE(gs[j].deploymentUrl, rs[j].deploymentUrl);
            QCOMPARE(gs[j].deploymentId(), r.id);
        }
    }
    // The export's JSON is GitHub's objects both ways, creators' every field included; only a
    // status's performed_via_github_app, which GraphQL does not have, is left out
    QJsonArray restJson = rest.toJson();
    for (QJsonValueRef deployment : restJson) {
        QJsonObject object = deployment.toObject();
        QJsonArray statuses = object.value(QLatin1String("statuses")).toArray();
        for (QJsonValueRef status : statuses) {
            QJsonObject statusObject = status.toObject();
            QVERIFY(statusObject.contains(QLatin1String("performed_via_github_app")));
            statusObject.remove(QLatin1String("performed_via_github_app"));
            status = statusObject;
        }
        object.insert(QLatin1String("statuses"), statuses);
        deployment = object;
    }
    QCOMPARE(graphql.toJson(), restJson);
    // CSV (the latest state of each) is the same text
    QCOMPARE(graphql.toCsv(), rest.toCsv());
}

void GraphQLClientTest::bothPathsFillTheStoreAlike()
{
    m_emulator->loadDemo();
    DeploymentExporter rest(m_client.get());
    rest.setRepository(demo);
    QVERIFY(exportAll(&rest));

    // Given a store fed from REST's answers, and one fed from the GraphQL loader's pages
    DeploymentStore fromRest(demo);
    fromRest.beginUpdate();
    fromRest.mergeDeployments(rest.deployments());
    for (const Deployment &d : rest.deployments())
        fromRest.setStatuses(d.id, rest.statuses(d.id));
    fromRest.endUpdate();

    DeploymentStore fromGraphQL(demo);
    DeploymentGraphQLLoader loader(m_client.get());
    loader.setRepository(demo);
    connect(&loader, &DeploymentGraphQLLoader::pageReceived, &fromGraphQL,
            [&fromGraphQL](const QList<Deployment> &deployments,
                           const QHash<qint64, QList<DeploymentStatus>> &statuses) {
                fromGraphQL.beginUpdate();
                fromGraphQL.mergeDeployments(deployments);
                for (const Deployment &d : deployments)
                    fromGraphQL.setStatuses(d.id, statuses.value(d.id));
                fromGraphQL.endUpdate();
            });
    QSignalSpy environments(&loader, &DeploymentGraphQLLoader::environmentsReceived);
    QSignalSpy finished(&loader, &DeploymentGraphQLLoader::finished);
    QVERIFY(loader.start());
    QVERIFY(finished.wait(TestTimeoutMs));
    QCOMPARE(environments.size(), 1);
    QVERIFY(!environments.first().first().value<QList<Environment>>().isEmpty());

    // Then both stores hold the same rows, states and statuses
    QCOMPARE(fromGraphQL.deploymentIds(), fromRest.deploymentIds());
    QCOMPARE(fromGraphQL.loadedStatusCount(), fromRest.loadedStatusCount());
    QCOMPARE(fromGraphQL.environmentNames(), fromRest.environmentNames());
    for (int row = 0; row < fromRest.count(); ++row) {
        const DeploymentStore::Entry &r = fromRest.entry(row), &g = fromGraphQL.entry(row);
        QCOMPARE(fromGraphQL.rawState(g), fromRest.rawState(r));
        QCOMPARE(fromGraphQL.description(g), fromRest.description(r));
        QCOMPARE(fromGraphQL.logUrl(g), fromRest.logUrl(r));
        QCOMPARE(fromGraphQL.environmentUrl(g), fromRest.environmentUrl(r));
        QCOMPARE(g.statuses.size(), r.statuses.size());
        for (int i = 0; i < r.statuses.size(); ++i) {
            const DeploymentStatus rs = fromRest.status(r.statuses[i]);
            const DeploymentStatus gs = fromGraphQL.status(g.statuses[i]);
            QCOMPARE(gs.id, rs.id);
            QCOMPARE(gs.state, rs.state);
            QCOMPARE(gs.description, rs.description);
            QCOMPARE(gs.environment, rs.environment);
            QCOMPARE(gs.creator.login, rs.creator.login);
            QCOMPARE(gs.createdAt, rs.createdAt);
        }
    }
}

void GraphQLClientTest::nestedStatusesPagination()
{
    // Given 120 deployments, one of them with 230 statuses (50 + 100 + 80)
    m_emulator->loadSynthetic(119, 2);
    addLongHistory(syntheticName, 230);
    m_emulator->clearRequests();
    DeploymentGraphQLLoader loader(m_client.get());
    loader.setRepository(synthetic);
    QList<qint64> order;
    QHash<qint64, int> statusCounts;
    connect(&loader, &DeploymentGraphQLLoader::pageReceived, this,
            [&](const QList<Deployment> &deployments,
                const QHash<qint64, QList<DeploymentStatus>> &statuses) {
                for (const Deployment &d : deployments) {
                    order.append(d.id);
                    statusCounts.insert(d.id, int(statuses.value(d.id).size()));
                }
            });
    QSignalSpy finished(&loader, &DeploymentGraphQLLoader::finished);
    QVERIFY(loader.start());
    QVERIFY(finished.wait(TestTimeoutMs));
    // Then every deployment came once, newest first, each with all its statuses
    QCOMPARE(order, m_emulator->deploymentIds(syntheticName));
    const qint64 longOne = order.first(); // the newest
    QCOMPARE(statusCounts.value(longOne), 230);
    QCOMPARE(statusCounts.value(order.last()), 2);
    // 2 pages of deployments + 2 more pages of the long history's statuses
    QCOMPARE(loader.requestsSent(), 4);
    QCOMPARE(graphQLPosts(*m_emulator), 4);
    QCOMPARE(loader.totalCount(), 120);
    // and the statuses in order, newest first, none twice
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(synthetic);
    exporter.setUseGraphQL(true);
    QVERIFY(exportAll(&exporter));
    QList<qint64> ids;
    for (const DeploymentStatus &s : exporter.statuses(longOne))
        ids.append(s.id);
    QCOMPARE(ids, m_emulator->statusIds(syntheticName, longOne));
}

void GraphQLClientTest::costAndBudget()
{
    // Given 1,000 deployments with 5 statuses each (the benchmark data)
    m_emulator->loadSynthetic(1000, 5);
    QSignalSpy rateChanges(m_client.get(), &GitHubClient::rateLimitChanged);
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(synthetic);
    exporter.setUseGraphQL(true);
    QVERIFY(exportAll(&exporter));
    // Then 10 pages at 1 point each, read from both ends (5 each; the target: at most 15
    // points), and REST's listing of the deployments (GitHub's objects), 100 a page: no REST
    // request for a status
    QCOMPARE(graphQLPosts(*m_emulator), 10);
    QCOMPARE(m_emulator->graphQLRateLimitUsed(), 10);
    QCOMPARE(m_emulator->rateLimitUsed(), 10);
    QCOMPARE(restGets(*m_emulator), 10);
    QCOMPARE(exporter.deployments().size(), 1000);
    // and rateLimit { cost remaining resetAt } reaches the client's budget display
    const RateLimitInfo info = m_client->graphQLRateLimitInfo();
    QCOMPARE(info.resource, QStringLiteral("graphql"));
    QCOMPARE(info.limit, 5000);
    QCOMPARE(info.remaining, 4990);
    QVERIFY(info.reset.isValid());
    QVERIFY(!rateChanges.isEmpty());
    const auto changedResource = [&rateChanges](const QString &resource) {
        return std::any_of(rateChanges.cbegin(), rateChanges.cend(), [&](const QList<QVariant> &c) {
            return c.first().value<RateLimitInfo>().resource == resource;
        });
    };
    QVERIFY(changedResource(QStringLiteral("graphql")));
    QVERIFY(changedResource(QStringLiteral("core")));
    QCOMPARE(m_client->rateLimitInfo().resource, QStringLiteral("core")); // REST's, apart
    QCOMPARE(m_client->rateLimitInfo().remaining, m_emulator->rateLimit() - 10);
}

void GraphQLClientTest::deploymentsMadeDuringTheExport()
{
    // Given 250 deployments, and 120 more made once GraphQL's first page is in (after it counted
    // them, before REST's listing asks for its pages)
    m_emulator->loadSynthetic(250, 2);
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(synthetic);
    exporter.setUseGraphQL(true);
    bool made = false;
    connect(&exporter, &DeploymentExporter::progress, this, [&] {
        if (std::exchange(made, true))
            return;
        for (int i = 0; i < 120; ++i) {
            const qint64 id = m_emulator->createDeploymentDirect(
                // an environment of their own: their success makes none of the 250 inactive
                syntheticName, {{QStringLiteral("environment"), QStringLiteral("late")},
                                {QStringLiteral("ref"), QStringLiteral("late-%1").arg(i)}});
            QVERIFY(m_emulator->addStatusDirect(
                        syntheticName, id, {{QStringLiteral("state"), QStringLiteral("success")}}) >
                    0);
        }
    });
    QVERIFY(exportAll(&exporter));
    QVERIFY(made);
    QStringList listingPages;
    for (const GitHubEmulator::RecordedRequest &request : m_emulator->requests()) {
        if (request.path.contains(QLatin1String("/deployments?")))
            listingPages.append(request.path.section(QLatin1Char('?'), 1));
    }
    listingPages.sort();
    // 3 pages for the 250 GraphQL counted, asked for at once, and the 4th the 3rd's Link named
    QCOMPARE(listingPages,
             QStringList(
                 {QStringLiteral("per_page=100&page=1"), QStringLiteral("per_page=100&page=2"),
                  QStringLiteral("per_page=100&page=3"), QStringLiteral("per_page=100&page=4")}));

    // Then the export has all 370, each once, newest first, as REST lists them now: the listing
    // asked for the page its last page's Link named, and the statuses GraphQL had not seen came
    // over REST
    DeploymentExporter rest(m_client.get());
    rest.setRepository(synthetic);
    QVERIFY(exportAll(&rest));
    QCOMPARE(rest.deployments().size(), 370);
    QList<qint64> exported, listed;
    for (const Deployment &d : exporter.deployments())
        exported.append(d.id);
    for (const Deployment &d : rest.deployments())
        listed.append(d.id);
    QCOMPARE(exported, listed);
    for (const Deployment &d : rest.deployments()) {
        QList<qint64> a, b;
        for (const DeploymentStatus &s : exporter.statuses(d.id))
            a.append(s.id);
        for (const DeploymentStatus &s : rest.statuses(d.id))
            b.append(s.id);
        QCOMPARE(a, b);
    }
}

void GraphQLClientTest::documentsTakeVariablesOnly()
{
    // The document is the same text whatever is asked; the values are variables
    const RepositoryId odd{QStringLiteral("o\"wner"), QStringLiteral("n){ame")};
    const QJsonObject variables = DeploymentGraphQL::pageVariables(
        odd, QStringLiteral("Y3Vy\"c29y"), QStringLiteral("prod"), false);
    QCOMPARE(variables.value(QStringLiteral("owner")).toString(), odd.owner);
    QCOMPARE(variables.value(QStringLiteral("name")).toString(), odd.name);
    QCOMPARE(variables.value(QStringLiteral("environments")).toArray(),
             QJsonArray{QStringLiteral("prod")});
    QVERIFY(!DeploymentGraphQL::pageDocument().contains(odd.owner));
    const QByteArray body = GraphQLRequest::body(DeploymentGraphQL::pageDocument(), variables);
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    QCOMPARE(sent.value(QStringLiteral("query")).toString(), DeploymentGraphQL::pageDocument());
    QCOMPARE(sent.value(QStringLiteral("variables")).toObject(), variables);

    // and the emulator answers such a repository name as GitHub would: not found, not broken
    m_emulator->loadEmpty();
    DeploymentGraphQLLoader loader(m_client.get());
    loader.setRepository(odd);
    QSignalSpy failed(&loader, &DeploymentGraphQLLoader::failed);
    QVERIFY(loader.start());
    QVERIFY(failed.wait(TestTimeoutMs));
    QCOMPARE(failed.first().first().value<GitHubError>().kind, GitHubError::Kind::NotFound);
    const QList<GitHubEmulator::RecordedRequest> requests = m_emulator->requests();
    QCOMPARE(requests.last().header("Content-Type"), QByteArray("application/json"));
    QVERIFY(requests.last().header("Authorization").startsWith("Bearer "));
}

void GraphQLClientTest::errorsClassifiedLikeRest_data()
{
    QTest::addColumn<QByteArray>("errors");
    QTest::addColumn<GitHubError::Kind>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("schemaMismatch");
    using K = GitHubError::Kind;
    QTest::addRow("NOT_FOUND")
        << QByteArray("[{\"type\":\"NOT_FOUND\",\"path\":[\"repository\"], \"message\":\"Could not "
                      "resolve to a Repository with the name 'o/n'.\"}]")
        << K::NotFound << "NOT_FOUND" << false;
    QTest::addRow("FORBIDDEN")
        << QByteArray("[{\"type\":\"FORBIDDEN\",\"path\":[\"repository\"], \"message\":\"Resource "
                      "protected by organization SAML enforcement.\"}]")
        << K::Forbidden << "FORBIDDEN" << false;
    QTest::addRow("INSUFFICIENT_SCOPES")
        << QByteArray("[{\"type\":\"INSUFFICIENT_SCOPES\",\"message\":\"Your token has not been "
                      "granted the required scopes.\"}]")
        << K::Forbidden << "INSUFFICIENT_SCOPES" << false;
    QTest::addRow("RATE_LIMITED") << QByteArray("[{\"type\":\"RATE_LIMITED\",\"message\":\"API "
                                                "rate limit exceeded for user ID 1.\"}]")
                                  << K::RateLimited << "RATE_LIMITED" << false;
    QTest::addRow("node limit") << QByteArray(
                                       "[{\"type\":\"MAX_NODE_LIMIT_EXCEEDED\",\"message\":\"x\"}]")
                                << K::Validation << "MAX_NODE_LIMIT_EXCEEDED" << false;
    QTest::addRow("older schema")
        << QByteArray(
               "[{\"path\":[\"query\",\"repository\"],\"extensions\":{\"code\":\"undefinedField\", "
               "\"typeName\":\"Deployment\",\"fieldName\":\"latestEnvironment\"},\"locations\":[{"
               "\"line\":1, \"column\":2}],\"message\":\"Field 'latestEnvironment' doesn't exist "
               "on type 'Deployment'\"}]")
        << K::Validation << "undefinedField" << true;
    QTest::addRow("syntax") << QByteArray("[{\"message\":\"Parse error on \\\"}\\\" (RCURLY) at "
                                          "[1, 2]\", \"locations\":[{\"line\":1,\"column\":2}]}]")
                            << K::Validation << "" << false;
    QTest::addRow("unknown") << QByteArray("[{\"message\":\"Something went wrong\"}]")
                             << K::BadResponse << "" << false;
}

void GraphQLClientTest::errorsClassifiedLikeRest()
{
    QFETCH(QByteArray, errors);
    QFETCH(GitHubError::Kind, kind);
    QFETCH(QString, type);
    QFETCH(bool, schemaMismatch);
    const QJsonArray array = QJsonDocument::fromJson(errors).array();
    QVERIFY(!array.isEmpty());
    const GitHubError error = GitHubError::fromGraphQL(array);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.graphQLType, type);
    QCOMPARE(error.isGraphQLSchemaMismatch(), schemaMismatch);
    QCOMPARE(error.message, array.first().toObject().value(QStringLiteral("message")).toString());
    QVERIFY(error.toDisplayString().contains(error.message)); // GitHub's words reach people
    QCOMPARE(DeploymentGraphQLLoader::isRefusal(error), schemaMismatch);
}

void GraphQLClientTest::notFoundIsNotARefusal()
{
    m_emulator->loadEmpty();
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository({QStringLiteral("octo"), QStringLiteral("missing")});
    exporter.setUseGraphQL(true);
    QSignalSpy failed(&exporter, &DeploymentExporter::failed);
    exporter.start();
    QVERIFY(failed.wait(TestTimeoutMs));
    const GitHubError error = failed.first().first().value<GitHubError>();
    QCOMPARE(error.kind, GitHubError::Kind::NotFound);
    QCOMPARE(error.graphQLType, QStringLiteral("NOT_FOUND"));
    QVERIFY(!m_client->isGraphQLRefused());
    QCOMPARE(restGets(*m_emulator), 0); // GraphQL's answer is the answer
}

void GraphQLClientTest::forbiddenAsksRestForTheReason()
{
    // Given a repository whose organisation enforces SAML SSO
    m_emulator->loadDemo();
    m_emulator->requireSso(demoName);
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(demo);
    exporter.setUseGraphQL(true);
    QSignalSpy failed(&exporter, &DeploymentExporter::failed);
    exporter.start();
    QVERIFY(failed.wait(TestTimeoutMs));
    // Then GraphQL's FORBIDDEN sent it to REST, whose answer names the authorisation page
    const GitHubError error = failed.first().first().value<GitHubError>();
    QCOMPARE(error.kind, GitHubError::Kind::Forbidden);
    QVERIFY(error.ssoRequired);
    QCOMPARE(error.ssoUrl, QUrl(m_emulator->ssoUrl(demoName)));
    QCOMPARE(graphQLPosts(*m_emulator), 1);
    QVERIFY(!m_client->isGraphQLRefused());
}

void GraphQLClientTest::refusedHostFallsBackOnceAndRemembers_data()
{
    QTest::addColumn<bool>("tls"); // only names the row: both go over loopback http
    QTest::addRow("no GraphQL endpoint (404)") << false;
}

void GraphQLClientTest::refusedHostFallsBackOnceAndRemembers()
{
    // Given a host without GraphQL (an old Enterprise Server)
    m_emulator->loadSynthetic(30, 2);
    m_emulator->setGraphQLEnabled(false);
    m_emulator->clearRequests();
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(synthetic);
    exporter.setUseGraphQL(true);
    // When exporting twice
    QVERIFY(exportAll(&exporter));
    QVERIFY(!exporter.usedGraphQL());
    QCOMPARE(exporter.deployments().size(), 30);
    QVERIFY(m_client->isGraphQLRefused());
    QVERIFY(exportAll(&exporter));
    // Then GraphQL was asked once, and REST did the reading both times
    QCOMPARE(graphQLPosts(*m_emulator), 1);
    QCOMPARE(exporter.deployments().size(), 30);
    QCOMPARE(restGets(*m_emulator), 2 * (1 + 30));
    // A loader on the same client does not even start
    DeploymentGraphQLLoader loader(m_client.get());
    loader.setRepository(synthetic);
    QVERIFY(!loader.start());
    // Another host is asked afresh; the refused one stays refused
    QVERIFY(m_client->setApiRoot(QUrl(QStringLiteral("https://ghe.example.com/api/v3"))));
    QVERIFY(!m_client->isGraphQLRefused());
    QVERIFY(m_client->setApiRoot(m_emulator->baseUrl()));
    QVERIFY(m_client->isGraphQLRefused());
}

void GraphQLClientTest::exhaustedBudgetFallsBackWithoutRemembering()
{
    m_emulator->loadSynthetic(250, 1);
    m_emulator->setGraphQLRateLimit(1); // one page, then RATE_LIMITED
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(synthetic);
    exporter.setUseGraphQL(true);
    QVERIFY(exportAll(&exporter));
    QVERIFY(!exporter.usedGraphQL()); // REST finished it
    QCOMPARE(exporter.deployments().size(), 250);
    QVERIFY(!m_client->isGraphQLRefused());
    QCOMPARE(graphQLPosts(*m_emulator), 3); // page 1, then both ends: RATE_LIMITED
}

void GraphQLClientTest::refusalKeptAcrossRunsForAWeek()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    GraphQLRefusals::rememberAcrossRuns(home.filePath(QStringLiteral("deploydeck.conf")));
    const auto inProcessOnly = qScopeGuard([] { GraphQLRefusals::rememberInProcessOnly(); });

    // Given a run that met a host without GraphQL
    m_emulator->loadSynthetic(30, 2);
    m_emulator->setGraphQLEnabled(false);
    DeploymentExporter first(m_client.get());
    first.setRepository(synthetic);
    first.setUseGraphQL(true);
    QVERIFY(exportAll(&first));
    QCOMPARE(graphQLPosts(*m_emulator), 1);

    // When the next run (a new process: nothing in memory, a new client) exports again
    GraphQLRefusals::forgetInProcess();
    m_emulator->clearRequests();
    GitHubClient client;
    QVERIFY(client.setApiRoot(m_emulator->baseUrl()));
    client.setToken(m_emulator->token());
    DeploymentExporter second(&client);
    second.setRepository(synthetic);
    second.setUseGraphQL(true);
    QVERIFY(exportAll(&second));

    // Then it goes straight to REST, without asking GraphQL again
    QVERIFY(!second.usedGraphQL());
    QCOMPARE(second.deployments().size(), 30);
    QCOMPARE(graphQLPosts(*m_emulator), 0);

    // and a week later the host is asked again (it may have been upgraded)
    const QString origin = m_emulator->baseUrl().scheme() + QLatin1String("://") +
                           m_emulator->baseUrl().host() + QLatin1Char(':') +
                           QString::number(m_emulator->baseUrl().port());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    GraphQLRefusals::forgetInProcess();
    QVERIFY(GraphQLRefusals::isRefused(origin, now.addDays(GraphQLRefusals::rememberedDays - 1)));
    GraphQLRefusals::forgetInProcess();
    QVERIFY(!GraphQLRefusals::isRefused(origin, now.addDays(GraphQLRefusals::rememberedDays)));
    GraphQLRefusals::forgetInProcess();
    QVERIFY(!GraphQLRefusals::isRefused(origin, now)); // and the stale entry is gone
}

void GraphQLClientTest::enterpriseEndpoint()
{
    QVERIFY(m_client->setApiRoot(QUrl(QStringLiteral("https://ghe.example.com/api/v3"))));
    QCOMPARE(m_client->graphQLEndpoint(),
             QUrl(QStringLiteral("https://ghe.example.com/api/graphql")));
    QVERIFY(m_client->setApiRoot(QUrl(QStringLiteral("https://api.github.com"))));
    QCOMPARE(m_client->graphQLEndpoint(), QUrl(QStringLiteral("https://api.github.com/graphql")));

    // Against the emulator's Enterprise paths, end to end
    m_emulator->loadSynthetic(5, 1);
    QVERIFY(
        m_client->setApiRoot(QUrl(m_emulator->baseUrl().toString() + QLatin1String("/api/v3"))));
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(synthetic);
    exporter.setUseGraphQL(true);
    QVERIFY(exportAll(&exporter));
    QVERIFY(exporter.usedGraphQL());
    QCOMPARE(exporter.deployments().size(), 5);
    QVERIFY(exporter.deployments().first().url.path().startsWith(QLatin1String("/api/v3/repos/")));
    QCOMPARE(graphQLPosts(*m_emulator), 1);
    QCOMPARE(m_emulator->requests().first().path, QStringLiteral("/api/graphql"));
    QVERIFY(m_emulator->requests().last().path.startsWith(
        QLatin1String("/api/v3/repos/octo/synthetic/deployments?"))); // the listing beside it
}

void GraphQLClientTest::statusIdFromNodeId()
{
    // legacy: base64("016:DeploymentStatus42")
    QCOMPARE(DeploymentGraphQL::statusIdFromNodeId(
                 QString::fromLatin1(QByteArray("016:DeploymentStatus42").toBase64())),
             qint64(42));
    // next generation: "DES_" + base64url(msgpack([0, 123456789, 9876543210]))
    const QByteArray packed = QByteArray::fromHex("9300ce075bcd15cf000000024cb016ea");
    QCOMPARE(DeploymentGraphQL::statusIdFromNodeId(
                 QStringLiteral("DES_") +
                 QString::fromLatin1(packed.toBase64(QByteArray::Base64UrlEncoding |
                                                     QByteArray::OmitTrailingEquals))),
             qint64(9876543210));
    // anything else: stable, and above any real id
    const qint64 stand = DeploymentGraphQL::statusIdFromNodeId(QStringLiteral("???"));
    QCOMPARE(DeploymentGraphQL::statusIdFromNodeId(QStringLiteral("???")), stand);
    QVERIFY(stand >= (qint64(1) << 61));
}

void GraphQLClientTest::sessionColdOpenOverGraphQL_data()
{
    QTest::addColumn<bool>("graphqlAvailable");
    QTest::addRow("GraphQL") << true;
    QTest::addRow("host refuses GraphQL") << false;
}

void GraphQLClientTest::sessionColdOpenOverGraphQL()
{
    QFETCH(bool, graphqlAvailable);
    // Given 250 deployments with 3 statuses each
    m_emulator->loadSynthetic(250, 3);
    m_emulator->setGraphQLEnabled(graphqlAvailable);
    m_emulator->clearRequests();
    RepositorySession session(m_client.get());
    session.setAutoRefreshInterval(0);
    session.setUseGraphQL(true);
    // When the repository is opened
    session.setRepository(synthetic);
    QTRY_VERIFY_WITH_TIMEOUT(!session.isLoading(), TestTimeoutMs);
    // Then every deployment is in the store with its statuses
    DeploymentStore *store = session.store();
    QCOMPARE(store->count(), 250);
    QCOMPARE(store->loadedStatusCount(), 250);
    QCOMPARE(store->loadState(), DeploymentStore::LoadState::Ready);
    QCOMPARE(session.loadedOverGraphQL(), graphqlAvailable);
    int statusGets = 0;
    for (const GitHubEmulator::RecordedRequest &request : m_emulator->requests()) {
        if (request.method == "GET" && request.path.contains(QLatin1String("/statuses")))
            ++statusGets;
    }
    if (graphqlAvailable) {
        // 3 GraphQL pages; REST only lists (environments, 3 pages of deployments): no statuses
        QCOMPARE(graphQLPosts(*m_emulator), 3);
        QCOMPARE(statusGets, 0);
        QCOMPARE(restGets(*m_emulator), 1 + 3);
        QCOMPARE(m_emulator->graphQLRateLimitUsed(), 3);
    } else {
        QCOMPARE(graphQLPosts(*m_emulator), 1);
        QCOMPARE(statusGets, 250);
    }
    // and a refresh of the unchanged repository costs no point: conditional REST, no GraphQL
    const int restPoints = m_emulator->rateLimitUsed();
    const int graphQLPoints = m_emulator->graphQLRateLimitUsed();
    QSignalSpy refreshed(&session, &RepositorySession::refreshFinished);
    session.refresh();
    QVERIFY(refreshed.wait(TestTimeoutMs));
    QCOMPARE(m_emulator->rateLimitUsed(), restPoints);
    QCOMPARE(m_emulator->graphQLRateLimitUsed(), graphQLPoints);
}

void GraphQLClientTest::sessionTakesRestFieldsAfterGraphQL()
{
    // Given the demo data (transient previews, production flags set by hand)
    m_emulator->loadDemo();
    RepositorySession session(m_client.get());
    session.setAutoRefreshInterval(0);
    session.setUseGraphQL(true);
    session.setRepository(demo);
    QTRY_VERIFY_WITH_TIMEOUT(!session.isLoading(), TestTimeoutMs);
    QVERIFY(session.loadedOverGraphQL());
    // Then, after the first load's REST listing, every deployment has GitHub's REST values:
    // the flags GraphQL lacks and GitHub's object as sent
    DeploymentStore *store = session.store();
    QVERIFY(store->count() > 10);
    int transient = 0;
    for (int row = 0; row < store->count(); ++row) {
        const Deployment d = store->deployment(store->entry(row));
        const QJsonObject rest = m_emulator->deploymentJson(demoName, d.id);
        QCOMPARE(d.transientEnvironment,
                 rest.value(QStringLiteral("transient_environment")).toBool());
        QCOMPARE(d.productionEnvironment,
                 rest.value(QStringLiteral("production_environment")).toBool());
        QCOMPARE(store->json(store->entry(row)), rest);
        transient += d.transientEnvironment ? 1 : 0;
    }
    QVERIFY(transient > 0); // the data had some to get right
}

QTEST_GUILESS_MAIN(GraphQLClientTest)
#include "graphqlclienttest.moc"
