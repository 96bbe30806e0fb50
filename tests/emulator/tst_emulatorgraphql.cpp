// The emulator's GraphQL endpoint against GitHub's documented behaviour, over loopback HTTP with
// a plain QNetworkAccessManager (not the project's client): documents (aliases, fragments,
// variables, directives), cursor pagination, the cost rule, the limits and the error shapes.
// Field names and types are checked against GitHub's schema by tests/conformance.

#include "emulator/githubemulator.h"
#include "testtimeout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject data() const { return object().value(QStringLiteral("data")).toObject(); }
    QJsonArray errors() const { return object().value(QStringLiteral("errors")).toArray(); }
    QJsonObject firstError() const { return errors().at(0).toObject(); }
};

const QString repoName = QStringLiteral("octo/empty");

// Every deployment with its statuses, newest first; one document for the pages that follow.
const char pageQuery[] =
    "query Page($owner: String!, $name: String!, $first: Int = 2, $after: String) {\n"
    "  repository(owner: $owner, name: $name) {\n"
    "    deployments(first: $first, after: $after,\n"
    "                orderBy: {field: CREATED_AT, direction: DESC}) {\n"
    "      totalCount\n"
    "      pageInfo { hasNextPage endCursor }\n"
    "      nodes { ...Row }\n"
    "    }\n"
    "  }\n"
    "}\n"
    "fragment Row on Deployment {\n"
    "  databaseId\n"
    "  sha: commitOid\n"
    "  environment\n"
    "  latestStatus { state }\n"
    "  statuses(first: 10) { nodes { state creator { ...Who } } }\n"
    "}\n"
    "fragment Who on Actor { login ... on User { databaseId } }\n";

} // namespace

class EmulatorGraphQLTest : public QObject
{
    Q_OBJECT

private:
    Answer post(const QByteArray &body, const QString &path = QStringLiteral("/graphql"),
                const QByteArray &token = "demo-token");
    Answer query(const QString &document, const QJsonObject &variables = {},
                 const QString &operationName = {}, const QByteArray &token = "demo-token");
    qint64 deploy(const QString &environment, const QString &ref = QStringLiteral("main"));
    void addStatus(qint64 deployment, const QString &state);

    std::unique_ptr<GitHubEmulator> m_emulator;
    QNetworkAccessManager m_network;
    QDateTime m_now;

private slots:
    void init();
    void cleanup();

    void pagesThroughEveryDeployment();
    void statusesNewestFirstWithLatestStatus();
    void environmentsFilter();
    void nestedStatusesThroughNode();
    void aliasesDirectivesAndInlineFragments();
    void operationName_data();
    void operationName();
    void cost_data();
    void cost();
    void dryRunCostsNothing();
    void rateLimited();
    void validationErrors_data();
    void validationErrors();
    void notFoundAndForbidden_data();
    void notFoundAndForbidden();
    void parseError();
    void enterprisePathAndRefusal();
    void refAndPayload();
};

Answer EmulatorGraphQLTest::post(const QByteArray &body, const QString &path,
                                 const QByteArray &token)
{
    QNetworkRequest request(QUrl(m_emulator->baseUrl().toString() + path));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(TestTimeoutMs);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return a;
}

Answer EmulatorGraphQLTest::query(const QString &document, const QJsonObject &variables,
                                  const QString &operationName, const QByteArray &token)
{
    QJsonObject body{{QStringLiteral("query"), document}, {QStringLiteral("variables"), variables}};
    if (!operationName.isEmpty())
        body.insert(QStringLiteral("operationName"), operationName);
    return post(QJsonDocument(body).toJson(QJsonDocument::Compact), QStringLiteral("/graphql"),
                token);
}

qint64 EmulatorGraphQLTest::deploy(const QString &environment, const QString &ref)
{
    m_now = m_now.addSecs(60);
    QJsonObject fields{{QStringLiteral("environment"), environment}, {QStringLiteral("ref"), ref}};
    if (ref.size() == 40) // made from a SHA
        fields.insert(QStringLiteral("sha"), ref);
    return m_emulator->createDeploymentDirect(repoName, fields);
}

void EmulatorGraphQLTest::addStatus(qint64 deployment, const QString &state)
{
    m_now = m_now.addSecs(10);
    QVERIFY(m_emulator->addStatusDirect(repoName, deployment, {{QStringLiteral("state"), state}}) >
            0);
}

void EmulatorGraphQLTest::init()
{
    m_now = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53), QTimeZone::utc());
    m_emulator = std::make_unique<GitHubEmulator>();
    m_emulator->setClock([this] { return m_now; });
    m_emulator->loadEmpty();
    QVERIFY(m_emulator->listen());
}

void EmulatorGraphQLTest::cleanup()
{
    m_emulator.reset();
}

void EmulatorGraphQLTest::pagesThroughEveryDeployment()
{
    // Given five deployments
    QList<qint64> created;
    for (int i = 0; i < 5; ++i)
        created.prepend(deploy(i % 2 ? QStringLiteral("staging") : QStringLiteral("production")));
    // When the client follows endCursor two at a time
    QList<qint64> seen;
    QJsonValue after = QJsonValue::Null;
    int pages = 0;
    for (;;) {
        const Answer a = query(QString::fromLatin1(pageQuery),
                               {{QStringLiteral("owner"), QStringLiteral("octo")},
                                {QStringLiteral("name"), QStringLiteral("empty")},
                                {QStringLiteral("after"), after}});
        QCOMPARE(a.status, 200);
        QVERIFY2(a.errors().isEmpty(), a.body.constData());
        const QJsonObject connection = a.data()
                                           .value(QStringLiteral("repository"))
                                           .toObject()
                                           .value(QStringLiteral("deployments"))
                                           .toObject();
        QCOMPARE(connection.value(QStringLiteral("totalCount")).toInt(), 5);
        for (const QJsonValue &node : connection.value(QStringLiteral("nodes")).toArray()) {
            seen.append(node.toObject().value(QStringLiteral("databaseId")).toInteger());
            // the alias carries the value
            QCOMPARE(node.toObject().value(QStringLiteral("sha")).toString().size(), 40);
        }
        ++pages;
        const QJsonObject info = connection.value(QStringLiteral("pageInfo")).toObject();
        if (!info.value(QStringLiteral("hasNextPage")).toBool())
            break;
        after = info.value(QStringLiteral("endCursor"));
        QVERIFY(after.isString());
        QVERIFY(pages < 10);
    }
    // Then every deployment came once, newest first, in three pages
    QCOMPARE(seen, created);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, m_emulator->deploymentIds(repoName));
}

void EmulatorGraphQLTest::statusesNewestFirstWithLatestStatus()
{
    const qint64 id = deploy(QStringLiteral("production"));
    addStatus(id, QStringLiteral("queued"));
    addStatus(id, QStringLiteral("in_progress"));
    addStatus(id, QStringLiteral("success"));
    const Answer a =
        query(QString::fromLatin1(pageQuery), {{QStringLiteral("owner"), QStringLiteral("octo")},
                                               {QStringLiteral("name"), QStringLiteral("empty")}});
    const QJsonObject node = a.data()
                                 .value(QStringLiteral("repository"))
                                 .toObject()
                                 .value(QStringLiteral("deployments"))
                                 .toObject()
                                 .value(QStringLiteral("nodes"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(node.value(QStringLiteral("latestStatus")).toObject().value(QStringLiteral("state")),
             QStringLiteral("SUCCESS"));
    QStringList states;
    for (const QJsonValue &s : node.value(QStringLiteral("statuses"))
                                   .toObject()
                                   .value(QStringLiteral("nodes"))
                                   .toArray()) {
        states.append(s.toObject().value(QStringLiteral("state")).toString());
        const QJsonObject creator = s.toObject().value(QStringLiteral("creator")).toObject();
        QCOMPARE(creator.value(QStringLiteral("login")).toString(), QStringLiteral("octocat"));
        QCOMPARE(creator.value(QStringLiteral("databaseId")).toInt(), 1); // ... on User
    }
    QCOMPARE(states, QStringList({QStringLiteral("SUCCESS"), QStringLiteral("IN_PROGRESS"),
                                  QStringLiteral("QUEUED")}));
}

void EmulatorGraphQLTest::environmentsFilter()
{
    deploy(QStringLiteral("production"));
    const qint64 staging = deploy(QStringLiteral("staging"));
    deploy(QStringLiteral("qa"));
    const Answer a = query(
        QStringLiteral("query($envs: [String!]) { repository(owner: \"octo\", name: \"empty\") { "
                       "deployments(first: 10, environments: $envs) { totalCount nodes { "
                       "databaseId environment } } environments(first: 10) { nodes { name } } } }"),
        {{QStringLiteral("envs"), QJsonArray{QStringLiteral("staging")}}});
    QVERIFY2(a.errors().isEmpty(), a.body.constData());
    const QJsonObject repo = a.data().value(QStringLiteral("repository")).toObject();
    const QJsonObject deployments = repo.value(QStringLiteral("deployments")).toObject();
    QCOMPARE(deployments.value(QStringLiteral("totalCount")).toInt(), 1);
    QCOMPARE(deployments.value(QStringLiteral("nodes"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("databaseId"))
                 .toInteger(),
             staging);
    QStringList names;
    for (const QJsonValue &e : repo.value(QStringLiteral("environments"))
                                   .toObject()
                                   .value(QStringLiteral("nodes"))
                                   .toArray())
        names.append(e.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(names, QStringList({QStringLiteral("production"), QStringLiteral("qa"),
                                 QStringLiteral("staging")}));
}

void EmulatorGraphQLTest::nestedStatusesThroughNode()
{
    // Given a deployment with more statuses than the first page asked for
    const qint64 id = deploy(QStringLiteral("production"));
    for (int i = 0; i < 7; ++i)
        addStatus(id, i % 2 ? QStringLiteral("in_progress") : QStringLiteral("queued"));
    const QString nodeId =
        m_emulator->deploymentJson(repoName, id).value(QStringLiteral("node_id")).toString();
    const QString document = QStringLiteral(
        "query More($id: ID!, $after: String) { node(id: $id) { __typename ... on Deployment { "
        "statuses(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes "
        "{ id } } } } }");
    // When the client pages through node(id:)'s statuses
    QStringList ids;
    QJsonValue after = QJsonValue::Null;
    for (int page = 0; page < 5; ++page) {
        const Answer a =
            query(document, {{QStringLiteral("id"), nodeId}, {QStringLiteral("after"), after}});
        QVERIFY2(a.errors().isEmpty(), a.body.constData());
        const QJsonObject node = a.data().value(QStringLiteral("node")).toObject();
        QCOMPARE(node.value(QStringLiteral("__typename")).toString(), QStringLiteral("Deployment"));
        const QJsonObject statuses = node.value(QStringLiteral("statuses")).toObject();
        QCOMPARE(statuses.value(QStringLiteral("totalCount")).toInt(), 7);
        for (const QJsonValue &s : statuses.value(QStringLiteral("nodes")).toArray())
            ids.append(s.toObject().value(QStringLiteral("id")).toString());
        const QJsonObject info = statuses.value(QStringLiteral("pageInfo")).toObject();
        if (!info.value(QStringLiteral("hasNextPage")).toBool())
            break;
        after = info.value(QStringLiteral("endCursor"));
    }
    // Then it got all seven, newest first, with the REST node_ids
    QCOMPARE(ids.size(), 7);
    const QList<qint64> restIds = m_emulator->statusIds(repoName, id);
    QCOMPARE(
        ids.first(),
        QString::fromLatin1(
            QByteArray("016:DeploymentStatus" + QByteArray::number(restIds.first())).toBase64()));
    // An unknown node: null with NOT_FOUND
    const Answer missing =
        query(document, {{QStringLiteral("id"), QStringLiteral("MDEwOm5vcGU=")}});
    QVERIFY(missing.data().value(QStringLiteral("node")).isNull());
    QCOMPARE(missing.firstError().value(QStringLiteral("type")).toString(),
             QStringLiteral("NOT_FOUND"));
}

void EmulatorGraphQLTest::aliasesDirectivesAndInlineFragments()
{
    const qint64 id = deploy(QStringLiteral("production"));
    addStatus(id, QStringLiteral("failure"));
    const Answer a = query(
        QStringLiteral("query Q($withEnvs: Boolean!, $skipMe: Boolean = true) {\n"
                       "  first: repository(owner: \"octo\", name: \"empty\") {\n"
                       "    newest: deployments(last: 1) { nodes { ... on Deployment { state } "
                       "__typename } }\n"
                       "    environments(first: 5) @include(if: $withEnvs) { totalCount }\n"
                       "    name @skip(if: $skipMe)\n"
                       "  }\n"
                       "  second: repository(owner: \"octo\", name: \"empty\") { nameWithOwner }\n"
                       "}"),
        {{QStringLiteral("withEnvs"), false}});
    QVERIFY2(a.errors().isEmpty(), a.body.constData());
    const QJsonObject first = a.data().value(QStringLiteral("first")).toObject();
    QVERIFY(!first.contains(QStringLiteral("environments"))); // @include(if: false)
    QVERIFY(!first.contains(QStringLiteral("name")));         // @skip(if: true) by default
    const QJsonObject node = first.value(QStringLiteral("newest"))
                                 .toObject()
                                 .value(QStringLiteral("nodes"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(node.value(QStringLiteral("state")).toString(), QStringLiteral("FAILURE"));
    QCOMPARE(node.value(QStringLiteral("__typename")).toString(), QStringLiteral("Deployment"));
    QCOMPARE(a.data()
                 .value(QStringLiteral("second"))
                 .toObject()
                 .value(QStringLiteral("nameWithOwner"))
                 .toString(),
             repoName);
}

void EmulatorGraphQLTest::operationName_data()
{
    QTest::addColumn<QString>("operationName");
    QTest::addColumn<QString>("expectedKey"); // empty: an error is expected
    QTest::addColumn<QString>("error");
    QTest::addRow("picks A") << "A"
                             << "a"
                             << "";
    QTest::addRow("picks B") << "B"
                             << "b"
                             << "";
    QTest::addRow("missing") << ""
                             << ""
                             << "An operation name is required";
    QTest::addRow("unknown") << "C"
                             << ""
                             << "No operation named \"C\"";
}

void EmulatorGraphQLTest::operationName()
{
    QFETCH(QString, operationName);
    QFETCH(QString, expectedKey);
    QFETCH(QString, error);
    const Answer a = query(QStringLiteral("query A { a: rateLimit { limit } } "
                                          "query B { b: rateLimit { limit } }"),
                           {}, operationName);
    QCOMPARE(a.status, 200);
    if (expectedKey.isEmpty()) {
        QVERIFY(!a.object().contains(QStringLiteral("data")));
        QCOMPARE(a.firstError().value(QStringLiteral("message")).toString(), error);
    } else {
        QCOMPARE(a.data().keys(), QStringList{expectedKey});
        QCOMPARE(a.data().value(expectedKey).toObject().value(QStringLiteral("limit")).toInt(),
                 5000);
    }
}

void EmulatorGraphQLTest::cost_data()
{
    // GitHub's rule: each connection needs the product of its parents' first/last requests;
    // sum them, divide by 100, round, at least 1.
    QTest::addColumn<QString>("selection");
    QTest::addColumn<int>("cost");
    QTest::addColumn<int>("nodeCount");
    QTest::addRow("no connection") << "name" << 1 << 0;
    QTest::addRow("100 deployments") << "deployments(first: 100) { totalCount }" << 1 << 100;
    QTest::addRow("100 x 50 statuses")
        << "deployments(first: 100) { nodes { statuses(first: 50) { totalCount } } }" << 1 << 5100;
    QTest::addRow("100 x 100 statuses twice")
        << "deployments(first: 100) { nodes { a: statuses(first: 100) { totalCount } "
           "b: statuses(first: 100) { totalCount } } }"
        << 2 << 20100;
    QTest::addRow("last counts like first")
        << "deployments(last: 100) { nodes { statuses(last: 100) { totalCount } } } "
           "environments(first: 100) { totalCount }"
        << 1 << 10200;
}

void EmulatorGraphQLTest::cost()
{
    QFETCH(QString, selection);
    QFETCH(int, cost);
    QFETCH(int, nodeCount);
    const int before = m_emulator->graphQLRateLimitUsed();
    const Answer a = query(QStringLiteral("{ repository(owner: \"octo\", name: \"empty\") { %1 } "
                                          "rateLimit { cost nodeCount remaining used limit "
                                          "resetAt } }")
                               .arg(selection));
    QVERIFY2(a.errors().isEmpty(), a.body.constData());
    const QJsonObject rate = a.data().value(QStringLiteral("rateLimit")).toObject();
    QCOMPARE(rate.value(QStringLiteral("cost")).toInt(), cost);
    QCOMPARE(rate.value(QStringLiteral("nodeCount")).toInt(), nodeCount);
    QCOMPARE(m_emulator->graphQLRateLimitUsed(), before + cost);
    QCOMPARE(rate.value(QStringLiteral("remaining")).toInt(), 5000 - before - cost);
    QVERIFY(QDateTime::fromString(rate.value(QStringLiteral("resetAt")).toString(), Qt::ISODate)
                .isValid());
    // GraphQL's own bucket in the headers; REST's core budget untouched
    QCOMPARE(a.headers.value("x-ratelimit-resource"), QByteArray("graphql"));
    QCOMPARE(a.headers.value("x-ratelimit-used").toInt(), before + cost);
    QCOMPARE(m_emulator->rateLimitUsed(), 0);
}

void EmulatorGraphQLTest::dryRunCostsNothing()
{
    const Answer a = query(QStringLiteral("{ rateLimit(dryRun: true) { cost remaining } }"));
    QVERIFY2(a.errors().isEmpty(), a.body.constData());
    QCOMPARE(a.data().value(QStringLiteral("rateLimit")).toObject().value(QStringLiteral("cost")),
             1);
    QCOMPARE(m_emulator->graphQLRateLimitUsed(), 0);
}

void EmulatorGraphQLTest::rateLimited()
{
    m_emulator->setGraphQLRateLimit(1);
    QVERIFY(query(QStringLiteral("{ viewer { login } }")).errors().isEmpty());
    const Answer a = query(QStringLiteral("{ viewer { login } }"));
    QCOMPARE(a.status, 200);
    QVERIFY(!a.object().contains(QStringLiteral("data")));
    QCOMPARE(a.firstError().value(QStringLiteral("type")).toString(),
             QStringLiteral("RATE_LIMITED"));
    QCOMPARE(a.headers.value("x-ratelimit-remaining"), QByteArray("0"));
}

void EmulatorGraphQLTest::validationErrors_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QJsonObject>("variables");
    QTest::addColumn<QString>("key"); // "type" or "extensions.code"
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    const QString repo = QStringLiteral("{ repository(owner: \"octo\", name: \"empty\") { %1 } }");
    QTest::addRow("no first") << repo.arg(QStringLiteral("deployments { totalCount }"))
                              << QJsonObject() << "type"
                              << "MISSING_PAGINATION_BOUNDARIES"
                              << "You must provide a `first` or `last` value to properly paginate "
                                 "the `deployments` connection.";
    QTest::addRow("first 101") << repo.arg(QStringLiteral("deployments(first: 101) { totalCount }"))
                               << QJsonObject() << "type"
                               << "EXCESSIVE_PAGINATION"
                               << "Requesting 101 records on the `deployments` connection exceeds "
                                  "the `first` limit of 100 records.";
    QTest::addRow("unknown field") << repo.arg(QStringLiteral("deployments(first: 1) { nodes { "
                                                              "sha } }"))
                                   << QJsonObject() << "extensions.code"
                                   << "undefinedField"
                                   << "Field 'sha' doesn't exist on type 'Deployment'";
    QTest::addRow("scalar needs no selection")
        << repo.arg(QStringLiteral("name { x }")) << QJsonObject() << "extensions.code"
        << "selectionMismatch"
        << "Selections can't be made on scalars (field 'name' returns a scalar but has "
           "selections [x])";
    QTest::addRow("missing variable")
        << "query($owner: String!) { repository(owner: $owner, name: \"empty\") { name } }"
        << QJsonObject() << "message"
        << ""
        << "Variable $owner of type String! was provided invalid value";
    QTest::addRow("wrong variable type")
        << "query($n: Int) { repository(owner: \"octo\", name: \"empty\") { deployments(first: "
           "$n) { totalCount } } }"
        << QJsonObject{{QStringLiteral("n"), QStringLiteral("ten")}} << "message"
        << ""
        << "Variable $n of type Int was provided invalid value";
    QTest::addRow("undeclared variable")
        << "query Q { repository(owner: $owner, name: \"empty\") { name } }" << QJsonObject()
        << "extensions.code"
        << "variableNotDefined"
        << "Variable $owner is used by Q but not declared";
    QTest::addRow("unknown fragment")
        << repo.arg(QStringLiteral("...Nope")) << QJsonObject() << "extensions.code"
        << "useAndDefineFragment"
        << "Fragment Nope was used, but not defined";
    QTest::addRow("too many nodes")
        << repo.arg(QStringLiteral("deployments(first: 100) { nodes { statuses(first: 100) { "
                                   "nodes { deployment { statuses(first: 100) { totalCount } } "
                                   "} } } }"))
        << QJsonObject() << "type"
        << "MAX_NODE_LIMIT_EXCEEDED"
        << "By the time this query traverses to the statuses connection, it is requesting up to "
           "1,010,100 possible nodes which exceeds the maximum limit of 500,000.";
}

void EmulatorGraphQLTest::validationErrors()
{
    QFETCH(QString, document);
    QFETCH(QJsonObject, variables);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const Answer a = query(document, variables);
    QCOMPARE(a.status, 200);
    QVERIFY2(!a.object().contains(QStringLiteral("data")), a.body.constData());
    const QJsonObject error = a.firstError();
    QCOMPARE(error.value(QStringLiteral("message")).toString(), message);
    if (key == QLatin1String("type"))
        QCOMPARE(error.value(QStringLiteral("type")).toString(), value);
    else if (key == QLatin1String("extensions.code"))
        QCOMPARE(error.value(QStringLiteral("extensions"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 value);
    QVERIFY(error.value(QStringLiteral("locations")).isArray());
    QCOMPARE(m_emulator->graphQLRateLimitUsed(), 0); // a refused document costs nothing
}

void EmulatorGraphQLTest::notFoundAndForbidden_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("type");
    QTest::addRow("unknown repository") << "octo"
                                        << "nope" << QByteArray("demo-token") << "NOT_FOUND";
    QTest::addRow("private, no access") << "acme"
                                        << "secret" << QByteArray("ghp_mona") << "NOT_FOUND";
    QTest::addRow("SSO not granted") << "acme"
                                     << "sso" << QByteArray("ghp_mona") << "FORBIDDEN";
    QTest::addRow("visible") << "acme"
                             << "secret" << QByteArray("demo-token") << "";
}

void EmulatorGraphQLTest::notFoundAndForbidden()
{
    QFETCH(QString, owner);
    QFETCH(QString, name);
    QFETCH(QByteArray, token);
    QFETCH(QString, type);
    m_emulator->addRepository(QStringLiteral("acme/secret"));
    m_emulator->setRepositoryPrivate(QStringLiteral("acme/secret"), true);
    m_emulator->addRepository(QStringLiteral("acme/sso"));
    m_emulator->setPermission(QStringLiteral("acme/sso"), QStringLiteral("mona"),
                              GitHubEmulator::Permission::Pull);
    m_emulator->requireSso(QStringLiteral("acme/sso"));
    m_emulator->addToken(QStringLiteral("ghp_mona"), QStringLiteral("mona"));

    const Answer a = query(QStringLiteral("query($o: String!, $n: String!) { viewer { login } "
                                          "repository(owner: $o, name: $n) { name } }"),
                           {{QStringLiteral("o"), owner}, {QStringLiteral("n"), name}}, {}, token);
    QCOMPARE(a.status, 200);
    // Partial data: the rest of the query answers
    QVERIFY(a.data().value(QStringLiteral("viewer")).isObject());
    if (type.isEmpty()) {
        QVERIFY2(a.errors().isEmpty(), a.body.constData());
        QCOMPARE(
            a.data().value(QStringLiteral("repository")).toObject().value(QStringLiteral("name")),
            name);
        return;
    }
    QVERIFY(a.data().value(QStringLiteral("repository")).isNull());
    const QJsonObject error = a.firstError();
    QCOMPARE(error.value(QStringLiteral("type")).toString(), type);
    QCOMPARE(error.value(QStringLiteral("path")).toArray(),
             QJsonArray{QStringLiteral("repository")});
    if (type == QLatin1String("NOT_FOUND"))
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Could not resolve to a Repository with the name '%1/%2'.")
                     .arg(owner, name));
}

void EmulatorGraphQLTest::parseError()
{
    const Answer a = query(QStringLiteral("query {\n  viewer { login }\n  }\n}"));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.firstError().value(QStringLiteral("message")).toString(),
             QStringLiteral("Parse error on \"}\" (RCURLY) at [4, 1]"));
    QCOMPARE(a.firstError()
                 .value(QStringLiteral("locations"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("line")),
             4);
    const Answer unterminated = query(QStringLiteral("{ viewer { login }"));
    QCOMPARE(unterminated.firstError().value(QStringLiteral("message")).toString(),
             QStringLiteral("Unexpected end of document"));
    const Answer notJson = post("{\"query\": ");
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Problems parsing JSON"));
    const Answer noAuth =
        post("{\"query\": \"{ viewer { login } }\"}", QStringLiteral("/graphql"), "wrong");
    QCOMPARE(noAuth.status, 401);
}

void EmulatorGraphQLTest::enterprisePathAndRefusal()
{
    const QByteArray body = "{\"query\": \"{ viewer { login } }\"}";
    const Answer enterprise = post(body, QStringLiteral("/api/graphql"));
    QCOMPARE(enterprise.status, 200);
    QCOMPARE(
        enterprise.data().value(QStringLiteral("viewer")).toObject().value(QStringLiteral("login")),
        QStringLiteral("octocat"));
    // An old Enterprise Server without GraphQL
    m_emulator->setGraphQLEnabled(false);
    QCOMPARE(post(body).status, 404);
    QCOMPARE(post(body, QStringLiteral("/api/graphql")).status, 404);
}

void EmulatorGraphQLTest::refAndPayload()
{
    const qint64 byBranch = deploy(QStringLiteral("production"), QStringLiteral("topic"));
    const QString sha =
        m_emulator->deploymentJson(repoName, byBranch).value(QStringLiteral("sha")).toString();
    const qint64 bySha = deploy(QStringLiteral("production"), sha);
    const Answer a = query(QStringLiteral("{ repository(owner: \"octo\", name: \"empty\") { "
                                          "deployments(first: 5) { nodes { databaseId payload "
                                          "ref { name prefix } } } } }"));
    QVERIFY2(a.errors().isEmpty(), a.body.constData());
    QHash<qint64, QJsonObject> nodes;
    for (const QJsonValue &n : a.data()
                                   .value(QStringLiteral("repository"))
                                   .toObject()
                                   .value(QStringLiteral("deployments"))
                                   .toObject()
                                   .value(QStringLiteral("nodes"))
                                   .toArray())
        nodes.insert(n.toObject().value(QStringLiteral("databaseId")).toInteger(), n.toObject());
    QCOMPARE(
        nodes.value(byBranch).value(QStringLiteral("ref")).toObject().value(QStringLiteral("name")),
        QStringLiteral("topic"));
    QVERIFY(nodes.value(bySha).value(QStringLiteral("ref")).isNull()); // made from a SHA
    // payload is a String holding the JSON text of REST's object
    const QJsonValue payload = nodes.value(byBranch).value(QStringLiteral("payload"));
    QVERIFY(payload.isString());
    QCOMPARE(
        QJsonDocument::fromJson(payload.toString().toUtf8()).object(),
        m_emulator->deploymentJson(repoName, byBranch).value(QStringLiteral("payload")).toObject());
}

QTEST_GUILESS_MAIN(EmulatorGraphQLTest)
#include "tst_emulatorgraphql.moc"
