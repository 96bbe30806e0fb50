// Every GraphQL query the client can send, checked against GitHub's published schema
// (@octokit/graphql-schema) by the reference implementation (graphql-js), through
// graphql-check.mjs: the documents validate, their variables coerce, and the emulator's answers
// to them type-check against the schema. A query that GitHub would reject cannot pass, which
// the negative cases prove. Pinned in package-lock.json; scripts/test-deps installs them.
// Fails instead of skipping when CI=true and the tools are missing.
#include "emulator/githubemulator.h"
#include "models/deploymentgraphql.h"
#include "models/deploymentgraphqlloader.h"
#include "models/githubclient.h"

#include "testtimeout.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString conformanceDir = QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/conformance");
const RepositoryId demo{QStringLiteral("acme"), QStringLiteral("storefront")};

QJsonObject testCase(const QString &name, const QString &query, const QJsonObject &variables,
                     const QJsonValue &response = QJsonValue::Undefined, bool expectInvalid = false)
{
    QJsonObject c{{QStringLiteral("name"), name},
                  {QStringLiteral("query"), query},
                  {QStringLiteral("variables"), variables}};
    if (!response.isUndefined())
        c.insert(QStringLiteral("response"), response);
    if (expectInvalid)
        c.insert(QStringLiteral("expectInvalid"), true);
    return c;
}

} // namespace

class GraphQLConformanceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void clientQueriesAndEmulatorAnswers();

private:
    QJsonObject answer(const QByteArray &body);
    QString runChecker(const QJsonArray &cases, int *exitCode);

    QString m_node;
    GitHubEmulator m_emulator;
    QNetworkAccessManager m_network;
};

void GraphQLConformanceTest::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const bool installed =
        QFileInfo::exists(conformanceDir + QLatin1String("/node_modules/graphql/package.json")) &&
        QFileInfo::exists(conformanceDir +
                          QLatin1String("/node_modules/@octokit/graphql-schema/schema.graphql"));
    if (m_node.isEmpty() || !installed) {
        const QString why = QStringLiteral("node, graphql or @octokit/graphql-schema is missing: "
                                           "run scripts/test-deps");
        if (qgetenv("CI") == "true")
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_emulator.loadDemo();
    // A deployment with more statuses than the first page holds: the nested query runs too.
    const qint64 id = m_emulator.createDeploymentDirect(
        QStringLiteral("acme/storefront"), {{QStringLiteral("environment"), QStringLiteral("qa")}});
    for (int i = 0; i < 60; ++i)
        QVERIFY(m_emulator.addStatusDirect(QStringLiteral("acme/storefront"), id,
                                           {{QStringLiteral("state"), QStringLiteral("queued")}}) >
                0);
    QVERIFY(m_emulator.listen());
}

QJsonObject GraphQLConformanceTest::answer(const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_emulator.baseUrl().toString() + QLatin1String("/graphql")));
    request.setRawHeader("Authorization", "Bearer " + m_emulator.token().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, TestTimeoutMs))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QString GraphQLConformanceTest::runChecker(const QJsonArray &cases, int *exitCode)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cases.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(file);
    out.write(QJsonDocument(cases).toJson());
    out.close();
    QProcess node;
    node.setWorkingDirectory(conformanceDir);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(m_node, {conformanceDir + QLatin1String("/graphql-check.mjs"), file});
    if (!node.waitForFinished(120000))
        return QStringLiteral("graphql-check.mjs did not finish");
    *exitCode = node.exitCode();
    return QString::fromUtf8(node.readAll());
}

void GraphQLConformanceTest::clientQueriesAndEmulatorAnswers()
{
    // Given every query the client sent to read a repository (pages and nested statuses)
    GitHubClient client;
    QVERIFY(client.setApiRoot(m_emulator.baseUrl()));
    client.setToken(m_emulator.token());
    DeploymentGraphQLLoader loader(&client);
    loader.setRepository(demo);
    QSignalSpy finished(&loader, &DeploymentGraphQLLoader::finished);
    QVERIFY(loader.start());
    QVERIFY(finished.wait(TestTimeoutMs));
    QJsonArray cases;
    QSet<QString> documents;
    int sent = 0;
    for (const GitHubEmulator::RecordedRequest &request : m_emulator.requests()) {
        if (request.method != "POST" || !request.path.endsWith(QLatin1String("/graphql")))
            continue;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        documents.insert(body.value(QStringLiteral("query")).toString());
        // with the emulator's answer to it (asked again: the emulator keeps no answers)
        cases.append(testCase(QStringLiteral("client request %1").arg(++sent),
                              body.value(QStringLiteral("query")).toString(),
                              body.value(QStringLiteral("variables")).toObject(),
                              answer(request.body)));
    }
    QVERIFY(sent >= 2);
    // Both documents the client has were among them
    QVERIFY(documents.contains(DeploymentGraphQL::pageDocument()));
    QVERIFY(documents.contains(DeploymentGraphQL::statusesDocument()));
    // and every variable shape the client can give: an environment filter, no cursor
    cases.append(testCase(QStringLiteral("page, one environment"),
                          DeploymentGraphQL::pageDocument(),
                          DeploymentGraphQL::pageVariables(demo, QStringLiteral("Y3Vyc29y"),
                                                           QStringLiteral("production"), false)));
    // The emulator's other fields, answered and type-checked
    const QString extra = QStringLiteral(
        "query Extra($owner: String!) { viewer { login databaseId name avatarUrl url } "
        "repository(owner: $owner, name: \"storefront\") { id databaseId nameWithOwner isPrivate "
        "url deployments(last: 3) { totalCount pageInfo { hasNextPage hasPreviousPage "
        "startCursor endCursor } edges { cursor node { id latestEnvironment state "
        "latestStatus { state logUrl environmentUrl deployment { databaseId } } "
        "ref { name prefix } repository { name } } } } "
        "environments(first: 5) { totalCount edges { cursor node { id name databaseId } } } } "
        "rateLimit { cost limit nodeCount remaining resetAt used } }");
    const QJsonObject extraVariables{{QStringLiteral("owner"), QStringLiteral("acme")}};
    cases.append(
        testCase(QStringLiteral("emulator fields"), extra, extraVariables,
                 answer(QJsonDocument(QJsonObject{{QStringLiteral("query"), extra},
                                                  {QStringLiteral("variables"), extraVariables}})
                            .toJson(QJsonDocument::Compact))));
    // Documents GitHub refuses must not pass
    cases.append(testCase(QStringLiteral("REST's name for a field"),
                          QStringLiteral("{ repository(owner: \"a\", name: \"b\") { "
                                         "deployments(first: 1) { nodes { sha } } } }"),
                          {}, QJsonValue::Undefined, true));
    cases.append(testCase(QStringLiteral("a variable of the wrong type"),
                          QStringLiteral("query($n: String) { repository(owner: \"a\", name: "
                                         "\"b\") { deployments(first: $n) { totalCount } } }"),
                          {}, QJsonValue::Undefined, true));
    cases.append(testCase(QStringLiteral("lower-case enum"),
                          QStringLiteral("{ repository(owner: \"a\", name: \"b\") { "
                                         "deployments(first: 1, orderBy: {field: created_at, "
                                         "direction: DESC}) { totalCount } } }"),
                          {}, QJsonValue::Undefined, true));
    cases.append(testCase(QStringLiteral("a status without an id field on Actor"),
                          QStringLiteral("{ viewer { ... on Actor { databaseId } } }"), {},
                          QJsonValue::Undefined, true));

    // When graphql-js checks them
    int exitCode = -1;
    const QString output = runChecker(cases, &exitCode);
    qInfo().noquote() << output;
    // Then all conform, and the refused ones were refused
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("%1 of %1 cases conform").arg(cases.size())));
}

QTEST_GUILESS_MAIN(GraphQLConformanceTest)
#include "graphqlconformancetest.moc"
