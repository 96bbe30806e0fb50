// The emulator against GitHub's documented behaviour, case by case, over loopback HTTP
// with a plain QNetworkAccessManager (not the project's client).

#include "emulator/githubemulator.h"
#include "testtimeout.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

const QByteArray bearer = "Bearer demo-token";

} // namespace

class GitHubEmulatorTest : public QObject
{
    Q_OBJECT

private:
    Answer call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {{"Authorization", bearer}});
    Answer get(const QString &pathAndQuery) { return call("GET", pathAndQuery); }
    Answer post(const QString &path, const QJsonObject &body)
    {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QString url(const QString &pathAndQuery) const
    {
        return m_emulator->baseUrl().toString() + pathAndQuery;
    }
    qint64 deploy(const QString &environment, const QJsonObject &extra = {});
    qint64 status(qint64 deployment, const QString &state, const QJsonObject &extra = {});

    std::unique_ptr<GitHubEmulator> m_emulator;
    QNetworkAccessManager m_network;
    QDateTime m_now;

private slots:
    void init();
    void cleanup();

    void authentication_data();
    void authentication();
    void notFound_data();
    void notFound();
    void badJson_data();
    void badJson();
    void validation_data();
    void validation();
    void deploymentShape();
    void pagination_data();
    void pagination();
    void perPageIsCappedAt100();
    void filters_data();
    void filters();
    void environmentsList();
    void etagAndNotModified();
    void rateLimitAccounting();
    void rateLimitExhaustion();
    void logUrlSetsTargetUrl();
    void statusEnvironmentMovesDeployment();
    void autoInactive_data();
    void autoInactive();
    void deleteRules_data();
    void deleteRules();
    void mergeAndChecks_data();
    void mergeAndChecks();
    void namesAreCaseInsensitive();
    void renamedRepositoryRedirects();
    void faults_data();
    void faults();
    void faultOnlyHitsMatchingPath();
    void adminRouteInjectsFaults();
    void latency();
    void recordsRequests();
    void keepsConnectionsAlive_data();
    void keepsConnectionsAlive();
    void demoData();
    void demoIsDeterministicForASeed();
    void syntheticData();
    void liveModeAddsDeployments();
    void userAndRepository();
    void standaloneBinary();
};

Answer GitHubEmulatorTest::call(const QByteArray &method, const QString &pathAndQuery,
                                const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(url(pathAndQuery)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/vnd.github+json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return a;
}

qint64 GitHubEmulatorTest::deploy(const QString &environment, const QJsonObject &extra)
{
    QJsonObject fields = extra;
    fields.insert(QStringLiteral("environment"), environment);
    return m_emulator->createDeploymentDirect(QStringLiteral("octo/empty"), fields);
}

qint64 GitHubEmulatorTest::status(qint64 deployment, const QString &state, const QJsonObject &extra)
{
    QJsonObject fields = extra;
    fields.insert(QStringLiteral("state"), state);
    return m_emulator->addStatusDirect(QStringLiteral("octo/empty"), deployment, fields);
}

void GitHubEmulatorTest::init()
{
    m_now = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53), QTimeZone::utc());
    m_emulator = std::make_unique<GitHubEmulator>();
    m_emulator->setClock([this] { return m_now; });
    m_emulator->loadEmpty();
    QVERIFY(m_emulator->listen());
    QVERIFY(m_emulator->port() > 0);
    m_network.clearConnectionCache();
}

void GitHubEmulatorTest::cleanup()
{
    m_emulator.reset();
}

void GitHubEmulatorTest::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addRow("no header") << QByteArray() << 401;
    QTest::addRow("wrong token") << QByteArray("Bearer nope") << 401;
    QTest::addRow("bearer") << QByteArray("Bearer demo-token") << 200;
    QTest::addRow("token scheme") << QByteArray("token demo-token") << 200;
    QTest::addRow("basic scheme") << QByteArray("Basic demo-token") << 401;
    QTest::addRow("token with suffix") << QByteArray("Bearer demo-token2") << 401;
}

void GitHubEmulatorTest::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Answer a = call("GET", QStringLiteral("/repos/octo/empty/deployments"), {}, headers);
    QCOMPARE(a.status, status);
    if (status == 401) {
        QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Bad credentials"));
        QVERIFY(a.object()
                    .value(QStringLiteral("documentation_url"))
                    .toString()
                    .startsWith(QStringLiteral("https://docs.github.com/")));
    }
}

void GitHubEmulatorTest::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addRow("unknown repository")
        << QByteArray("GET") << QStringLiteral("/repos/octo/nope/deployments");
    QTest::addRow("unknown owner") << QByteArray("GET") << QStringLiteral("/repos/nobody/empty");
    QTest::addRow("unknown deployment")
        << QByteArray("GET") << QStringLiteral("/repos/octo/empty/deployments/42");
    QTest::addRow("non-numeric deployment")
        << QByteArray("GET") << QStringLiteral("/repos/octo/empty/deployments/abc");
    QTest::addRow("statuses of unknown")
        << QByteArray("GET") << QStringLiteral("/repos/octo/empty/deployments/42/statuses");
    QTest::addRow("status post to unknown")
        << QByteArray("POST") << QStringLiteral("/repos/octo/empty/deployments/42/statuses");
    QTest::addRow("delete unknown")
        << QByteArray("DELETE") << QStringLiteral("/repos/octo/empty/deployments/42");
    QTest::addRow("unknown route") << QByteArray("GET") << QStringLiteral("/nothing/here");
    QTest::addRow("root") << QByteArray("GET") << QStringLiteral("/");
    QTest::addRow("unknown repository id")
        << QByteArray("GET") << QStringLiteral("/repositories/7/deployments");
}

void GitHubEmulatorTest::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const Answer a =
        call(method, path, method == "POST" ? QByteArray("{\"state\":\"success\"}") : QByteArray());
    QCOMPARE(a.status, 404);
    QCOMPARE(a.object(), (QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")},
                                      {QStringLiteral("documentation_url"),
                                       QStringLiteral("https://docs.github.com/rest")}}));
    QVERIFY(a.header("content-type").startsWith("application/json"));
}

void GitHubEmulatorTest::badJson_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("deployment, cut off")
        << QStringLiteral("/repos/octo/empty/deployments") << QByteArray("{\"ref\":");
    QTest::addRow("deployment, not JSON")
        << QStringLiteral("/repos/octo/empty/deployments") << QByteArray("ref=main");
    QTest::addRow("status, trailing comma")
        << QStringLiteral("/repos/octo/empty/deployments/%1/statuses")
        << QByteArray("{\"state\":\"success\",}");
}

void GitHubEmulatorTest::badJson()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const qint64 id = deploy(QStringLiteral("staging"));
    if (path.contains(QLatin1String("%1")))
        path = path.arg(id);
    const Answer a = call("POST", path, body);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Problems parsing JSON"));
}

void GitHubEmulatorTest::validation_data()
{
    QTest::addColumn<bool>("onStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const auto descr = [](const QString &text) {
        return QJsonDocument(QJsonObject{{QStringLiteral("state"), QStringLiteral("success")},
                                         {QStringLiteral("description"), text}})
            .toJson(QJsonDocument::Compact);
    };
    // Hangul syllables and kana are one code point each; U+1F680 is two UTF-16 units but one
    // character, so 140 of them must still pass.
    const QString korean140 = QString(140, QChar(0xD55C));
    const QString japanese141 = QString(141, QChar(0x30C7));
    QString rockets140;
    for (int i = 0; i < 140; ++i)
        rockets140 += QString::fromUcs4(U"\U0001F680");

    QTest::addRow("deployment: missing ref")
        << false << QByteArray("{\"environment\":\"qa\"}") << 422 << "ref";
    QTest::addRow("deployment: ref not a string")
        << false << QByteArray("{\"ref\":5}") << 422 << "ref";
    QTest::addRow("deployment: array body")
        << false << QByteArray("[{\"ref\":\"main\"}]") << 422 << "";
    QTest::addRow("deployment: scalar body") << false << QByteArray("\"main\"") << 422 << "";
    QTest::addRow("deployment: bad transient")
        << false << QByteArray("{\"ref\":\"main\",\"transient_environment\":\"yes\"}") << 422
        << "transient_environment";
    QTest::addRow("deployment: ok") << false << QByteArray("{\"ref\":\"main\"}") << 201 << "";
    QTest::addRow("status: missing state")
        << true << QByteArray("{\"description\":\"x\"}") << 422 << "state";
    QTest::addRow("status: unknown state")
        << true << QByteArray("{\"state\":\"waiting\"}") << 422 << "state";
    QTest::addRow("status: destroyed is not a state")
        << true << QByteArray("{\"state\":\"destroyed\"}") << 422 << "state";
    QTest::addRow("status: array body") << true << QByteArray("[]") << 422 << "";
    QTest::addRow("status: 140 ASCII")
        << true << descr(QString(140, QLatin1Char('a'))) << 201 << "";
    QTest::addRow("status: 141 ASCII")
        << true << descr(QString(141, QLatin1Char('a'))) << 422 << "description";
    QTest::addRow("status: 140 Korean") << true << descr(korean140) << 201 << "";
    QTest::addRow("status: 141 Korean")
        << true << descr(korean140 + QChar(0xAE00)) << 422 << "description";
    QTest::addRow("status: 141 Japanese") << true << descr(japanese141) << 422 << "description";
    QTest::addRow("status: 140 Japanese") << true << descr(japanese141.left(140)) << 201 << "";
    QTest::addRow("status: 140 astral") << true << descr(rockets140) << 201 << "";
    QTest::addRow("status: 141 astral")
        << true << descr(rockets140 + QString::fromUcs4(U"\U0001F680")) << 422 << "description";
    for (const char *state :
         {"error", "failure", "inactive", "in_progress", "queued", "pending", "success"})
        QTest::addRow("status: %s", state)
            << true << QByteArray("{\"state\":\"" + QByteArray(state) + "\"}") << 201 << "";
}

void GitHubEmulatorTest::validation()
{
    QFETCH(bool, onStatus);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const qint64 id = deploy(QStringLiteral("staging"));
    const QString path = onStatus
                             ? QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(id)
                             : QStringLiteral("/repos/octo/empty/deployments");
    const Answer a = call("POST", path, body);
    QCOMPARE(a.status, status);
    if (status == 422) {
        const QJsonObject o = a.object();
        QCOMPARE(o.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Validation Failed"));
        QVERIFY(o.value(QStringLiteral("documentation_url"))
                    .toString()
                    .startsWith(QStringLiteral("https://docs.github.com/")));
        const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().toObject().contains(QStringLiteral("code")));
        QCOMPARE(errors.first().toObject().value(QStringLiteral("field")).toString(), field);
        if (onStatus)
            QCOMPARE(m_emulator->statusIds(QStringLiteral("octo/empty"), id).size(), 0);
    } else if (onStatus) {
        QCOMPARE(
            a.object().value(QStringLiteral("description")).toString(),
            QJsonDocument::fromJson(body).object().value(QStringLiteral("description")).toString());
    }
}

void GitHubEmulatorTest::deploymentShape()
{
    const Answer created =
        post(QStringLiteral("/repos/octo/empty/deployments"),
             {{QStringLiteral("ref"), QStringLiteral("topic-branch")},
              {QStringLiteral("payload"), QStringLiteral("{\"deploy\":\"migrate\"}")},
              {QStringLiteral("description"), QStringLiteral("Deploy request from hubot")}});
    QCOMPARE(created.status, 201);
    const QJsonObject d = created.object();
    for (const char *key :
         {"url", "id", "node_id", "sha", "ref", "task", "payload", "original_environment",
          "environment", "description", "creator", "created_at", "updated_at", "statuses_url",
          "repository_url", "transient_environment", "production_environment",
          "performed_via_github_app"})
        QVERIFY2(d.contains(QLatin1String(key)), key);
    const qint64 id = d.value(QStringLiteral("id")).toInteger();
    const QString base = m_emulator->baseUrl().toString();
    QCOMPARE(d.value(QStringLiteral("url")).toString(),
             base + QStringLiteral("/repos/octo/empty/deployments/%1").arg(id));
    QCOMPARE(d.value(QStringLiteral("statuses_url")).toString(),
             d.value(QStringLiteral("url")).toString() + QStringLiteral("/statuses"));
    QCOMPARE(d.value(QStringLiteral("repository_url")).toString(),
             base + QStringLiteral("/repos/octo/empty"));
    QCOMPARE(d.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2025-03-14T09:26:53Z"));
    QCOMPARE(d.value(QStringLiteral("task")).toString(), QStringLiteral("deploy"));
    QCOMPARE(d.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(d.value(QStringLiteral("production_environment")).toBool(),
             true); // default for production
    QCOMPARE(d.value(QStringLiteral("transient_environment")).toBool(), false);
    QCOMPARE(
        d.value(QStringLiteral("payload")).toObject().value(QStringLiteral("deploy")).toString(),
        QStringLiteral("migrate"));
    QVERIFY(d.value(QStringLiteral("performed_via_github_app")).isNull());
    QCOMPARE(d.value(QStringLiteral("sha")).toString().size(), 40);
    QCOMPARE(QByteArray::fromBase64(d.value(QStringLiteral("node_id")).toString().toLatin1()),
             QByteArray("010:Deployment") + QByteArray::number(id));
    QVERIFY(id > (qint64(1) << 31) - 1000000000); // 64-bit sized ids
    const QJsonObject creator = d.value(QStringLiteral("creator")).toObject();
    for (const char *key :
         {"login", "id", "node_id", "avatar_url", "gravatar_id", "url", "html_url", "followers_url",
          "following_url", "gists_url", "starred_url", "subscriptions_url", "organizations_url",
          "repos_url", "events_url", "received_events_url", "type", "site_admin"})
        QVERIFY2(creator.contains(QLatin1String(key)), key);
    QCOMPARE(creator.value(QStringLiteral("login")).toString(), QStringLiteral("octocat"));

    const Answer s = post(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(id),
                          {{QStringLiteral("state"), QStringLiteral("queued")}});
    QCOMPARE(s.status, 201);
    for (const char *key :
         {"url", "id", "node_id", "state", "creator", "description", "environment", "target_url",
          "created_at", "updated_at", "deployment_url", "repository_url", "environment_url",
          "log_url", "performed_via_github_app"})
        QVERIFY2(s.object().contains(QLatin1String(key)), key);
    QCOMPARE(s.object().value(QStringLiteral("environment")).toString(),
             QStringLiteral("production"));
    QCOMPARE(s.header("location"), s.object().value(QStringLiteral("url")).toString().toUtf8());
    const Answer again = get(QStringLiteral("/repos/octo/empty/deployments/%1/statuses/%2")
                                 .arg(id)
                                 .arg(s.object().value(QStringLiteral("id")).toInteger()));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object(), s.object());

    // Explicit production_environment and a non-production default.
    const Answer qa = post(QStringLiteral("/repos/octo/empty/deployments"),
                           {{QStringLiteral("ref"), QStringLiteral("main")},
                            {QStringLiteral("environment"), QStringLiteral("qa")}});
    QCOMPARE(qa.object().value(QStringLiteral("production_environment")).toBool(), false);
    const Answer prodFalse = post(QStringLiteral("/repos/octo/empty/deployments"),
                                  {{QStringLiteral("ref"), QStringLiteral("main")},
                                   {QStringLiteral("production_environment"), false}});
    QCOMPARE(prodFalse.object().value(QStringLiteral("production_environment")).toBool(), false);
}

void GitHubEmulatorTest::pagination_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("link");
    const QString base = QStringLiteral("<BASE/repos/octo/synthetic/deployments?");
    QTest::addRow("first page, default size") << QString() << 30
                                              << base + QStringLiteral("page=2>; rel=\"next\", ") +
                                                     base + QStringLiteral("page=3>; rel=\"last\"");
    QTest::addRow("middle page") << QStringLiteral("per_page=30&page=2") << 30
                                 << base + QStringLiteral("per_page=30&page=1>; rel=\"prev\", ") +
                                        base +
                                        QStringLiteral("per_page=30&page=3>; rel=\"next\", ") +
                                        base +
                                        QStringLiteral("per_page=30&page=3>; rel=\"last\", ") +
                                        base + QStringLiteral("per_page=30&page=1>; rel=\"first\"");
    QTest::addRow("last page") << QStringLiteral("per_page=30&page=3") << 15
                               << base + QStringLiteral("per_page=30&page=2>; rel=\"prev\", ") +
                                      base + QStringLiteral("per_page=30&page=1>; rel=\"first\"");
    QTest::addRow("keeps other parameters")
        << QStringLiteral("task=deploy&per_page=50") << 50
        << base + QStringLiteral("task=deploy&per_page=50&page=2>; rel=\"next\", ") + base +
               QStringLiteral("task=deploy&per_page=50&page=2>; rel=\"last\"");
    QTest::addRow("one page, no Link") << QStringLiteral("per_page=100") << 75 << QString();
    QTest::addRow("past the end") << QStringLiteral("page=9") << 0
                                  << base + QStringLiteral("page=3>; rel=\"prev\", ") + base +
                                         QStringLiteral("page=1>; rel=\"first\"");
}

void GitHubEmulatorTest::pagination()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    QFETCH(QString, link);
    m_emulator->loadSynthetic(75, 1);
    const Answer a = get(QStringLiteral("/repos/octo/synthetic/deployments") +
                         (query.isEmpty() ? QString() : QLatin1Char('?') + query));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.array().size(), count);
    link.replace(QLatin1String("BASE"), m_emulator->baseUrl().toString());
    QCOMPARE(QString::fromUtf8(a.header("link")), link);
    // Newest first: ids and creation times both descend.
    for (int i = 1; i < a.array().size(); ++i) {
        const QJsonObject newer = a.array().at(i - 1).toObject();
        const QJsonObject older = a.array().at(i).toObject();
        QVERIFY(newer.value(QStringLiteral("id")).toInteger() >
                older.value(QStringLiteral("id")).toInteger());
        QVERIFY(newer.value(QStringLiteral("created_at")).toString() >=
                older.value(QStringLiteral("created_at")).toString());
    }
}

void GitHubEmulatorTest::perPageIsCappedAt100()
{
    m_emulator->loadSynthetic(150, 2);
    const Answer a = get(QStringLiteral("/repos/octo/synthetic/deployments?per_page=500"));
    QCOMPARE(a.array().size(), 100);
    QVERIFY(a.header("link").contains("per_page=500&page=2>; rel=\"next\""));
    const qint64 newest = a.array().first().toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(newest, m_emulator->deploymentIds(QStringLiteral("octo/synthetic")).first());
    const Answer statuses =
        get(QStringLiteral("/repos/octo/synthetic/deployments/%1/statuses").arg(newest));
    QCOMPARE(statuses.array().size(), 2);
    QCOMPARE(statuses.array().first().toObject().value(QStringLiteral("state")).toString(),
             m_emulator->latestState(QStringLiteral("octo/synthetic"), newest));
    QCOMPARE(statuses.array().last().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("queued"));
}

void GitHubEmulatorTest::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::addRow("environment") << QStringLiteral("environment=staging") << 2;
    QTest::addRow("environment with slash") << QStringLiteral("environment=preview%2Fpr-482") << 1;
    QTest::addRow("ref") << QStringLiteral("ref=release") << 1;
    QTest::addRow("task") << QStringLiteral("task=deploy:migrations") << 1;
    QTest::addRow("sha") << QStringLiteral("sha=1111111111111111111111111111111111111111") << 1;
    QTest::addRow("two filters") << QStringLiteral("environment=staging&ref=main") << 1;
    QTest::addRow("no match") << QStringLiteral("environment=nowhere") << 0;
    QTest::addRow("none") << QString() << 5;
}

void GitHubEmulatorTest::filters()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    deploy(QStringLiteral("staging"), {{QStringLiteral("ref"), QStringLiteral("main")}});
    deploy(QStringLiteral("staging"), {{QStringLiteral("ref"), QStringLiteral("release")}});
    deploy(QStringLiteral("preview/pr-482"), {{QStringLiteral("transient_environment"), true}});
    deploy(QStringLiteral("qa"), {{QStringLiteral("task"), QStringLiteral("deploy:migrations")}});
    deploy(QStringLiteral("production"),
           {{QStringLiteral("sha"), QStringLiteral("1111111111111111111111111111111111111111")}});
    const Answer a = get(QStringLiteral("/repos/octo/empty/deployments?") + query);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.array().size(), count);
}

void GitHubEmulatorTest::environmentsList()
{
    for (const char *env : {"staging", "qa", "production", "preview/pr-482"})
        deploy(QString::fromLatin1(env));
    const Answer a = get(QStringLiteral("/repos/octo/empty/environments?per_page=3"));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("total_count")).toInt(), 4);
    const QJsonArray envs = a.object().value(QStringLiteral("environments")).toArray();
    QCOMPARE(envs.size(), 3);
    for (const char *key : {"id", "node_id", "name", "url", "html_url", "created_at", "updated_at"})
        QVERIFY2(envs.first().toObject().contains(QLatin1String(key)), key);
    QVERIFY(a.header("link").contains("rel=\"next\""));
    const Answer second = get(QStringLiteral("/repos/octo/empty/environments?per_page=3&page=2"));
    QCOMPARE(second.object().value(QStringLiteral("environments")).toArray().size(), 1);
    QVERIFY(!second.header("etag").isEmpty());
}

void GitHubEmulatorTest::etagAndNotModified()
{
    const qint64 id = deploy(QStringLiteral("staging"));
    const QStringList paths{QStringLiteral("/repos/octo/empty/deployments"),
                            QStringLiteral("/repos/octo/empty/deployments/%1").arg(id),
                            QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(id),
                            QStringLiteral("/repos/octo/empty/environments"),
                            QStringLiteral("/repos/octo/empty"),
                            QStringLiteral("/user")};
    for (const QString &path : paths) {
        const Answer first = get(path);
        QCOMPARE(first.status, 200);
        const QByteArray etag = first.header("etag");
        QVERIFY2(QRegularExpression(QStringLiteral("^(W/)?\"[^\"]+\"$"))
                     .match(QString::fromLatin1(etag))
                     .hasMatch(),
                 etag.constData());
        const int usedBefore = m_emulator->rateLimitUsed();
        const Answer second =
            call("GET", path, {}, {{"Authorization", bearer}, {"If-None-Match", etag}});
        QCOMPARE(second.status, 304);
        QVERIFY(second.body.isEmpty());
        QCOMPARE(m_emulator->rateLimitUsed(), usedBefore); // a 304 is free
        QCOMPARE(second.header("x-ratelimit-used").toInt(), usedBefore);
    }
    // A change makes the old ETag stale.
    const QByteArray etag = get(paths.first()).header("etag");
    deploy(QStringLiteral("qa"));
    const Answer changed =
        call("GET", paths.first(), {}, {{"Authorization", bearer}, {"If-None-Match", etag}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.array().size(), 2);
    QVERIFY(changed.header("etag") != etag);
}

void GitHubEmulatorTest::rateLimitAccounting()
{
    const Answer first = get(QStringLiteral("/repos/octo/empty/deployments"));
    QCOMPARE(first.header("x-ratelimit-limit"), QByteArray("5000"));
    QCOMPARE(first.header("x-ratelimit-used"), QByteArray("1"));
    QCOMPARE(first.header("x-ratelimit-remaining"), QByteArray("4999"));
    QCOMPARE(first.header("x-ratelimit-resource"), QByteArray("core"));
    QCOMPARE(first.header("x-ratelimit-reset").toLongLong(), m_now.toSecsSinceEpoch() + 3600);
    get(QStringLiteral("/repos/octo/empty/deployments/1")); // a 404 counts too
    QCOMPARE(m_emulator->rateLimitUsed(), 2);

    const Answer rate = get(QStringLiteral("/rate_limit"));
    QCOMPARE(rate.status, 200);
    QCOMPARE(m_emulator->rateLimitUsed(), 2); // /rate_limit is free
    const QJsonObject core = rate.object()
                                 .value(QStringLiteral("resources"))
                                 .toObject()
                                 .value(QStringLiteral("core"))
                                 .toObject();
    QCOMPARE(core.value(QStringLiteral("used")).toInt(), 2);
    QCOMPARE(core.value(QStringLiteral("remaining")).toInt(), 4998);
    QCOMPARE(rate.object().value(QStringLiteral("rate")).toObject(), core);
    QCOMPARE(rate.header("x-ratelimit-used"), QByteArray("2"));

    get(QStringLiteral("/rate_limit"));
    QCOMPARE(get(QStringLiteral("/user")).header("x-ratelimit-used"), QByteArray("3"));
}

void GitHubEmulatorTest::rateLimitExhaustion()
{
    m_emulator->setRateLimit(3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(QStringLiteral("/repos/octo/empty/deployments")).status, 200);
    const Answer over = get(QStringLiteral("/repos/octo/empty/deployments"));
    QCOMPARE(over.status, 403);
    QCOMPARE(over.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("API rate limit exceeded for user ID 1."));
    QCOMPARE(over.header("x-ratelimit-remaining"), QByteArray("0"));
    QCOMPARE(over.header("x-ratelimit-reset").toLongLong(), m_now.toSecsSinceEpoch() + 3600);
    QCOMPARE(get(QStringLiteral("/rate_limit")).status, 200); // still answers

    // Still exhausted just before the reset, fresh at it.
    m_now = m_now.addSecs(3599);
    QCOMPARE(get(QStringLiteral("/repos/octo/empty/deployments")).status, 403);
    m_now = m_now.addSecs(1);
    const Answer fresh = get(QStringLiteral("/repos/octo/empty/deployments"));
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.header("x-ratelimit-remaining"), QByteArray("2"));

    m_emulator->setRateLimitRemaining(0);
    QCOMPARE(get(QStringLiteral("/user")).status, 403);
    QCOMPARE(m_emulator->rateLimitRemaining(), 0);
}

void GitHubEmulatorTest::logUrlSetsTargetUrl()
{
    const qint64 id = deploy(QStringLiteral("staging"));
    const QString log = QStringLiteral("https://example.com/deployment/42/output");
    const Answer a = post(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(id),
                          {{QStringLiteral("state"), QStringLiteral("in_progress")},
                           {QStringLiteral("log_url"), log}});
    QCOMPARE(a.status, 201);
    QCOMPARE(a.object().value(QStringLiteral("log_url")).toString(), log);
    QCOMPARE(a.object().value(QStringLiteral("target_url")).toString(), log);
    const Answer legacy = post(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(id),
                               {{QStringLiteral("state"), QStringLiteral("success")},
                                {QStringLiteral("target_url"), log}});
    QCOMPARE(legacy.object().value(QStringLiteral("target_url")).toString(), log);
    QCOMPARE(legacy.object().value(QStringLiteral("log_url")).toString(), QString());
}

void GitHubEmulatorTest::statusEnvironmentMovesDeployment()
{
    const qint64 id = deploy(QStringLiteral("staging"));
    const Answer a = post(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(id),
                          {{QStringLiteral("state"), QStringLiteral("success")},
                           {QStringLiteral("environment"), QStringLiteral("qa")}});
    QCOMPARE(a.object().value(QStringLiteral("environment")).toString(), QStringLiteral("qa"));
    const QJsonObject d = get(QStringLiteral("/repos/octo/empty/deployments/%1").arg(id)).object();
    QCOMPARE(d.value(QStringLiteral("environment")).toString(), QStringLiteral("qa"));
    QCOMPARE(d.value(QStringLiteral("original_environment")).toString(), QStringLiteral("staging"));
    QCOMPARE(get(QStringLiteral("/repos/octo/empty/deployments?environment=qa")).array().size(), 1);
    QCOMPARE(
        get(QStringLiteral("/repos/octo/empty/deployments?environment=staging")).array().size(), 0);
    QCOMPARE(get(QStringLiteral("/repos/octo/empty/environments"))
                 .object()
                 .value(QStringLiteral("total_count"))
                 .toInt(),
             2);
    // A later status without environment keeps the moved one.
    const Answer next = post(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(id),
                             {{QStringLiteral("state"), QStringLiteral("inactive")}});
    QCOMPARE(next.object().value(QStringLiteral("environment")).toString(), QStringLiteral("qa"));
}

void GitHubEmulatorTest::autoInactive_data()
{
    QTest::addColumn<QString>("earlierEnvironment");
    QTest::addColumn<QJsonObject>("earlierFields");
    QTest::addColumn<QString>("earlierState");
    QTest::addColumn<QJsonObject>("successFields");
    QTest::addColumn<QString>("expected"); // the earlier deployment's latest state afterwards

    const QJsonObject none;
    QTest::addRow("staging success -> inactive")
        << "staging" << none << "success" << none << "inactive";
    QTest::addRow("auto_inactive false")
        << "staging" << none << "success" << QJsonObject{{QStringLiteral("auto_inactive"), false}}
        << "success";
    QTest::addRow("production is left alone")
        << "production" << none << "success" << none << "success";
    QTest::addRow("explicit production_environment left alone")
        << "staging" << QJsonObject{{QStringLiteral("production_environment"), true}} << "success"
        << none << "success";
    QTest::addRow("transient is left alone")
        << "staging" << QJsonObject{{QStringLiteral("transient_environment"), true}} << "success"
        << none << "success";
    QTest::addRow("failure is left alone") << "staging" << none << "failure" << none << "failure";
    QTest::addRow("in_progress is left alone")
        << "staging" << none << "in_progress" << none << "in_progress";
    QTest::addRow("other environment left alone") << "qa" << none << "success" << none << "success";
}

void GitHubEmulatorTest::autoInactive()
{
    QFETCH(QString, earlierEnvironment);
    QFETCH(QJsonObject, earlierFields);
    QFETCH(QString, earlierState);
    QFETCH(QJsonObject, successFields);
    QFETCH(QString, expected);

    const QString later =
        earlierEnvironment == QLatin1String("qa") ? QStringLiteral("staging") : earlierEnvironment;
    const qint64 earlier = deploy(earlierEnvironment, earlierFields);
    QVERIFY(status(earlier, earlierState) > 0);
    const qint64 newer = deploy(later, earlierFields);
    QJsonObject body = successFields;
    body.insert(QStringLiteral("state"), QStringLiteral("success"));
    const Answer a =
        post(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(newer), body);
    QCOMPARE(a.status, 201);
    const QJsonArray statuses =
        get(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(earlier)).array();
    QCOMPARE(statuses.first().toObject().value(QStringLiteral("state")).toString(), expected);
    QCOMPARE(m_emulator->latestState(QStringLiteral("octo/empty"), newer),
             QStringLiteral("success"));
    // A success never inactivates a *later* deployment.
    if (expected == QLatin1String("inactive")) {
        QVERIFY(status(earlier, QStringLiteral("success")) > 0);
        QCOMPARE(m_emulator->latestState(QStringLiteral("octo/empty"), newer),
                 QStringLiteral("success"));
    }
}

void GitHubEmulatorTest::deleteRules_data()
{
    QTest::addColumn<int>("deployments");
    QTest::addColumn<QString>("targetState");
    QTest::addColumn<int>("status");
    QTest::addRow("only deployment, active") << 1 << "success" << 204;
    QTest::addRow("only deployment, no status") << 1 << "" << 204;
    QTest::addRow("one of two, active") << 2 << "success" << 422;
    QTest::addRow("one of two, no status") << 2 << "" << 422;
    QTest::addRow("one of two, inactive") << 2 << "inactive" << 204;
}

void GitHubEmulatorTest::deleteRules()
{
    QFETCH(int, deployments);
    QFETCH(QString, targetState);
    QFETCH(int, status);
    const qint64 target = deploy(QStringLiteral("staging"));
    if (!targetState.isEmpty())
        this->status(target, targetState);
    for (int i = 1; i < deployments; ++i)
        deploy(QStringLiteral("qa"));
    const Answer a = call("DELETE", QStringLiteral("/repos/octo/empty/deployments/%1").arg(target));
    QCOMPARE(a.status, status);
    if (status == 204) {
        QVERIFY(a.body.isEmpty());
        QCOMPARE(get(QStringLiteral("/repos/octo/empty/deployments/%1").arg(target)).status, 404);
        QCOMPARE(m_emulator->deploymentCount(QStringLiteral("octo/empty")), deployments - 1);
    } else {
        QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Validation Failed"));
        QVERIFY(a.object().value(QStringLiteral("errors")).toArray().first().isString());
        QCOMPARE(m_emulator->deploymentCount(QStringLiteral("octo/empty")), deployments);
    }
}

void GitHubEmulatorTest::mergeAndChecks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addRow("needs merge") << QByteArray("{\"ref\":\"needs-merge\"}") << 202
                                 << "Auto-merged master into topic-branch on deployment.";
    QTest::addRow("needs merge, auto_merge false")
        << QByteArray("{\"ref\":\"needs-merge\",\"auto_merge\":false}") << 201 << "";
    QTest::addRow("failing checks") << QByteArray("{\"ref\":\"failing-checks\"}") << 409
                                    << "Conflict: Commit status checks failed for failing-checks.";
    QTest::addRow("failing checks, named contexts")
        << QByteArray("{\"ref\":\"failing-checks\",\"required_contexts\":[\"ci\"]}") << 409
        << "Conflict: Commit status checks failed for failing-checks.";
    QTest::addRow("failing checks skipped")
        << QByteArray("{\"ref\":\"failing-checks\",\"required_contexts\":[]}") << 201 << "";
    QTest::addRow("merge conflict") << QByteArray("{\"ref\":\"merge-conflict\"}") << 409
                                    << "Conflict merging main into merge-conflict.";
    QTest::addRow("bad required_contexts")
        << QByteArray("{\"ref\":\"main\",\"required_contexts\":\"ci\"}") << 422
        << "Validation Failed";
}

void GitHubEmulatorTest::mergeAndChecks()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Answer a = call("POST", QStringLiteral("/repos/octo/empty/deployments"), body);
    QCOMPARE(a.status, status);
    if (!message.isEmpty())
        QCOMPARE(a.object().value(QStringLiteral("message")).toString(), message);
    QCOMPARE(m_emulator->deploymentCount(QStringLiteral("octo/empty")), status == 201 ? 1 : 0);
}

void GitHubEmulatorTest::namesAreCaseInsensitive()
{
    const qint64 id = deploy(QStringLiteral("staging"));
    for (const QString &name : {QStringLiteral("octo/empty"), QStringLiteral("OCTO/Empty"),
                                QStringLiteral("Octo/EMPTY")}) {
        const Answer a = get(QStringLiteral("/repos/%1/deployments/%2").arg(name).arg(id));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object().value(QStringLiteral("id")).toInteger(), id);
    }
    QCOMPARE(post(QStringLiteral("/repos/OCTO/EMPTY/deployments"),
                  {{QStringLiteral("ref"), QStringLiteral("main")}})
                 .status,
             201);
    QCOMPARE(m_emulator->deploymentCount(QStringLiteral("Octo/Empty")), 2);
}

void GitHubEmulatorTest::renamedRepositoryRedirects()
{
    const qint64 repoId = m_emulator->addRepository(QStringLiteral("octo/old-name"));
    QVERIFY(repoId > 0);
    m_emulator->createDeploymentDirect(QStringLiteral("octo/old-name"),
                                       {{QStringLiteral("environment"), QStringLiteral("qa")}});
    QVERIFY(m_emulator->renameRepository(QStringLiteral("octo/old-name"),
                                         QStringLiteral("octo/new-name")));

    const Answer moved = get(QStringLiteral("/repos/octo/old-name/deployments?per_page=5"));
    QCOMPARE(moved.status, 301);
    const QString target = m_emulator->baseUrl().toString() +
                           QStringLiteral("/repositories/%1/deployments?per_page=5").arg(repoId);
    QCOMPARE(QString::fromUtf8(moved.header("location")), target);
    QCOMPARE(moved.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Moved Permanently"));
    const Answer followed = get(target.mid(m_emulator->baseUrl().toString().size()));
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.array().size(), 1);
    QVERIFY(followed.array()
                .first()
                .toObject()
                .value(QStringLiteral("url"))
                .toString()
                .contains(QLatin1String("/repos/octo/new-name/")));
    QCOMPARE(call("POST", QStringLiteral("/repos/octo/old-name/deployments"), "{\"ref\":\"main\"}")
                 .status,
             307);
    QCOMPARE(get(QStringLiteral("/repos/octo/new-name"))
                 .object()
                 .value(QStringLiteral("full_name"))
                 .toString(),
             QStringLiteral("octo/new-name"));
}

void GitHubEmulatorTest::faults_data()
{
    QTest::addColumn<GitHubEmulator::Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("networkError");
    QTest::addColumn<QByteArray>("retryAfter");
    using F = GitHubEmulator::Fault;
    QTest::addRow("500") << F::Status500 << 500 << false << QByteArray();
    QTest::addRow("503") << F::Status503 << 503 << false << QByteArray();
    QTest::addRow("502 html") << F::Status502Html << 502 << false << QByteArray();
    QTest::addRow("403 retry-after")
        << F::RateLimit403RetryAfter << 403 << false << QByteArray("7");
    QTest::addRow("429 retry-after") << F::Status429RetryAfter << 429 << false << QByteArray("7");
    QTest::addRow("truncated body") << F::TruncatedBody << 200 << true << QByteArray();
    QTest::addRow("dropped connection") << F::DropConnection << 0 << true << QByteArray();
}

void GitHubEmulatorTest::faults()
{
    QFETCH(GitHubEmulator::Fault, fault);
    QFETCH(int, status);
    QFETCH(bool, networkError);
    QFETCH(QByteArray, retryAfter);
    // QNAM itself resends a GET whose connection dies before any answer (up to twice, how
    // often depends on the connection's history), so for drops only the first failure counts.
    const bool drop = fault == GitHubEmulator::Fault::DropConnection;
    m_emulator->injectFault(fault, drop ? 6 : 2, {}, 7);
    QCOMPARE(m_emulator->pendingFaults(), drop ? 6 : 2);
    for (int i = 0; i < 2; ++i) {
        const Answer a = get(QStringLiteral("/repos/octo/empty/deployments"));
        QCOMPARE(a.status, status);
        if (networkError)
            QVERIFY(a.error != QNetworkReply::NoError);
        QCOMPARE(a.header("retry-after"), retryAfter);
        if (fault == GitHubEmulator::Fault::Status502Html) {
            QVERIFY(a.header("content-type").startsWith("text/html"));
            QVERIFY(a.body.contains("<html"));
        }
        if (fault == GitHubEmulator::Fault::TruncatedBody)
            QVERIFY(QJsonDocument::fromJson(a.body).isNull());
        if (fault == GitHubEmulator::Fault::Status500)
            QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
                     QStringLiteral("Server Error"));
        if (drop)
            break;
    }
    if (drop) {
        m_emulator->clearFaults();
        m_emulator->clearRequests();
    }
    QCOMPARE(m_emulator->pendingFaults(), 0);
    QCOMPARE(m_emulator->requestCount(), drop ? 0 : 2);
    QCOMPARE(get(QStringLiteral("/repos/octo/empty/deployments")).status, 200); // back to normal
    QCOMPARE(m_emulator->rateLimitUsed(), 1); // faults do not spend the budget
}

void GitHubEmulatorTest::faultOnlyHitsMatchingPath()
{
    const qint64 id = deploy(QStringLiteral("staging"));
    m_emulator->injectFault(GitHubEmulator::Fault::Status500, 1, QStringLiteral("/statuses"));
    QCOMPARE(get(QStringLiteral("/repos/octo/empty/deployments")).status, 200);
    QCOMPARE(get(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(id)).status, 500);
    QCOMPARE(get(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(id)).status, 200);
}

void GitHubEmulatorTest::adminRouteInjectsFaults()
{
    const Answer injected = call("POST", QStringLiteral("/_emulator/faults"),
                                 "{\"fault\":\"429\",\"count\":1,\"retry_after\":3}", {});
    QCOMPARE(injected.status, 200);
    QCOMPARE(m_emulator->pendingFaults(), 1);
    const Answer a = get(QStringLiteral("/user"));
    QCOMPARE(a.status, 429);
    QCOMPARE(a.header("retry-after"), QByteArray("3"));
    QCOMPARE(call("POST", QStringLiteral("/_emulator/faults"), "{\"fault\":\"bogus\"}", {}).status,
             422);
    QCOMPARE(call("POST", QStringLiteral("/_emulator/rate_limit"), "{\"remaining\":0}", {}).status,
             200);
    QCOMPARE(get(QStringLiteral("/user")).status, 403);
}

void GitHubEmulatorTest::latency()
{
    m_emulator->setLatency(std::chrono::milliseconds(120));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(QStringLiteral("/user")).status, 200);
    QVERIFY(timer.elapsed() >= 110); // a lower bound only: never flaky
}

void GitHubEmulatorTest::recordsRequests()
{
    call("GET", QStringLiteral("/repos/octo/empty/deployments?per_page=5"), {},
         {{"Authorization", bearer}, {"X-GitHub-Api-Version", "2022-11-28"}});
    post(QStringLiteral("/repos/octo/empty/deployments"),
         {{QStringLiteral("ref"), QStringLiteral("main")}});
    const auto requests = m_emulator->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(m_emulator->requestCount(), 2);
    QCOMPARE(requests[0].method, QByteArray("GET"));
    QCOMPARE(requests[0].path, QStringLiteral("/repos/octo/empty/deployments?per_page=5"));
    QCOMPARE(requests[0].header("x-github-api-version"), QByteArray("2022-11-28"));
    QCOMPARE(requests[0].header("authorization"), bearer);
    QCOMPARE(requests[1].method, QByteArray("POST"));
    QCOMPARE(
        QJsonDocument::fromJson(requests[1].body).object().value(QStringLiteral("ref")).toString(),
        QStringLiteral("main"));
}

// One answer read off a raw socket: status line and headers, then Content-Length bytes (none
// for HEAD). The
// emulator runs in this thread, so the event loop turns while waiting (no waitForReadyRead).
struct RawAnswer
{
    QByteArray head;
    QByteArray body;
    bool complete = false;
};

static RawAnswer readAnswer(QTcpSocket &socket, bool head = false)
{
    RawAnswer answer;
    QByteArray buffer;
    qsizetype length = -1;
    const auto done = [&] {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        answer.head = buffer.left(end + 2);
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("(?i)\r\ncontent-length: *(\\d+)\r\n"))
                .match(QString::fromLatin1(answer.head));
        length = match.hasMatch() && !head ? match.captured(1).toLongLong() : 0;
        return buffer.size() >= end + 4 + length;
    };
    if (!QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                return done();
            },
            TestTimeoutMs)) {
        return answer;
    }
    const qsizetype start = answer.head.size() + 2;
    answer.body = buffer.mid(start, length);
    answer.complete = buffer.size() == start + length; // nothing more came than was promised
    return answer;
}

void GitHubEmulatorTest::keepsConnectionsAlive_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addRow("200 with a body")
        << QByteArray("GET") << QStringLiteral("/repos/octo/empty/deployments") << 200;
    QTest::addRow("404") << QByteArray("GET") << QStringLiteral("/repos/octo/none/deployments")
                         << 404;
    QTest::addRow("HEAD") << QByteArray("HEAD") << QStringLiteral("/repos/octo/empty") << 200;
}

void GitHubEmulatorTest::keepsConnectionsAlive()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    // Given one connection
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_emulator->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, TestTimeoutMs);
    const QByteArray request = method + ' ' + path.toLatin1() +
                               " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + bearer + "\r\n";

    // When three requests follow one another on it
    for (int i = 0; i < 3; ++i) {
        socket.write(request + "\r\n");
        const RawAnswer answer = readAnswer(socket, method == "HEAD");
        // Then each answer is HTTP/1.1 with a Content-Length, and the connection stays open
        QVERIFY2(answer.complete, answer.head.constData());
        QVERIFY2(answer.head.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
                 answer.head.constData());
        QVERIFY(!answer.head.toLower().contains("\r\nconnection: close"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
    QCOMPARE(m_emulator->requestCount(), 3);
    QCOMPARE(m_emulator->connectionCount(), 1);

    // And a request that asks to close gets `Connection: close`, then the server closes
    socket.write(request + "Connection: close\r\n\r\n");
    const RawAnswer last = readAnswer(socket, method == "HEAD");
    QVERIFY(last.head.toLower().contains("\r\nconnection: close\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, TestTimeoutMs);
    QCOMPARE(m_emulator->connectionCount(), 1);

    // A second connection counts as one more
    QTcpSocket other;
    other.connectToHost(QHostAddress::LocalHost, m_emulator->port());
    QTRY_COMPARE_WITH_TIMEOUT(other.state(), QAbstractSocket::ConnectedState, TestTimeoutMs);
    other.write(request + "\r\n");
    QVERIFY(readAnswer(other, method == "HEAD").complete);
    QCOMPARE(m_emulator->connectionCount(), 2);
    m_emulator->clearRequests();
    QCOMPARE(m_emulator->connectionCount(), 0);
}

void GitHubEmulatorTest::demoData()
{
    m_emulator->loadDemo(1);
    const QStringList repos = m_emulator->repositories();
    QVERIFY(repos.size() >= 3);
    for (const char *name : {"acme/storefront", "acme/payments-api", "acme/mobile-app"})
        QVERIFY2(repos.contains(QLatin1String(name)), name);
    int total = 0;
    int inactive = 0;
    int destroyed = 0;
    int running = 0;
    QSet<QString> environments;
    QSet<QString> creators;
    QSet<QString> latest;
    bool korean = false;
    bool japanese = false;
    const QRegularExpression hangul(QStringLiteral("\\p{Hangul}"));
    const QRegularExpression kana(QStringLiteral("[\\p{Hiragana}\\p{Katakana}]"));
    for (const QString &repo : repos) {
        for (const qint64 id : m_emulator->deploymentIds(repo)) {
            ++total;
            const QJsonObject d = m_emulator->deploymentJson(repo, id);
            environments.insert(d.value(QStringLiteral("environment")).toString());
            creators.insert(d.value(QStringLiteral("creator"))
                                .toObject()
                                .value(QStringLiteral("login"))
                                .toString());
            const QString description = d.value(QStringLiteral("description")).toString();
            korean = korean || description.contains(hangul);
            japanese = japanese || description.contains(kana);
            QVERIFY(QDateTime::fromString(d.value(QStringLiteral("created_at")).toString(),
                                          Qt::ISODate) >= m_now.addDays(-90));
            const QString state = m_emulator->latestState(repo, id);
            latest.insert(state);
            if (state == QLatin1String("inactive"))
                (d.value(QStringLiteral("transient_environment")).toBool() ? destroyed
                                                                           : inactive) += 1;
            if (state == QLatin1String("queued") || state == QLatin1String("in_progress"))
                ++running;
            // auto_inactive is consistent: never on production or transient unless destroyed by
            // hand.
            if (state == QLatin1String("inactive") &&
                d.value(QStringLiteral("production_environment")).toBool())
                QFAIL("a production deployment was made inactive");
        }
    }
    QVERIFY2(total >= 200 && total <= 1000, qPrintable(QString::number(total)));
    for (const char *env : {"production", "staging", "qa", "preview/pr-482"})
        QVERIFY2(environments.contains(QLatin1String(env)), env);
    QVERIFY(creators.size() >= 4);
    QVERIFY(korean);
    QVERIFY(japanese);
    QVERIFY(inactive > 0);
    QVERIFY(destroyed > 0);
    QVERIFY(running > 0);
    for (const char *state : {"success", "failure", "error", "inactive"})
        QVERIFY2(latest.contains(QLatin1String(state)), state);
    // Over HTTP too: the first page of a demo repository, with a log_url on a finished status.
    const Answer page = get(QStringLiteral("/repos/acme/storefront/deployments"));
    QCOMPARE(page.array().size(), 30);
    QVERIFY(page.header("link").contains("rel=\"last\""));
    const QJsonArray statuses =
        get(QStringLiteral("/repos/acme/storefront/deployments/%1/statuses")
                .arg(page.array().at(3).toObject().value(QStringLiteral("id")).toInteger()))
            .array();
    QVERIFY(!statuses.isEmpty());
    bool hasLog = false;
    for (const QJsonValue &s : statuses)
        hasLog = hasLog || s.toObject()
                               .value(QStringLiteral("log_url"))
                               .toString()
                               .startsWith(QLatin1String("https://github.com/acme/"));
    QVERIFY(hasLog);
}

void GitHubEmulatorTest::demoIsDeterministicForASeed()
{
    const auto snapshot = [this](quint32 seed) {
        GitHubEmulator e;
        e.setClock([this] { return m_now; });
        e.loadDemo(seed);
        QList<QJsonObject> all;
        for (const QString &repo : e.repositories()) {
            for (const qint64 id : e.deploymentIds(repo)) {
                QJsonObject d = e.deploymentJson(repo, id);
                d.insert(QStringLiteral("latest"), e.latestState(repo, id));
                d.insert(QStringLiteral("statuses"), int(e.statusIds(repo, id).size()));
                all.append(d);
            }
        }
        return all;
    };
    const auto a = snapshot(42);
    QVERIFY(!a.isEmpty());
    QCOMPARE(snapshot(42), a);
    QVERIFY(snapshot(43) != a);
}

void GitHubEmulatorTest::syntheticData()
{
    m_emulator->loadSynthetic(10000, 5);
    QCOMPARE(m_emulator->repositories(), QStringList{QStringLiteral("octo/synthetic")});
    QCOMPARE(m_emulator->deploymentCount(QStringLiteral("octo/synthetic")), 10000);
    const Answer last =
        get(QStringLiteral("/repos/octo/synthetic/deployments?per_page=100&page=100"));
    QCOMPARE(last.array().size(), 100);
    QVERIFY(!last.header("link").contains("rel=\"next\""));
    const qint64 oldest = last.array().last().toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(get(QStringLiteral("/repos/octo/synthetic/deployments/%1/statuses").arg(oldest))
                 .array()
                 .size(),
             5);
}

void GitHubEmulatorTest::liveModeAddsDeployments()
{
    m_emulator->loadDemo(1);
    const int before = m_emulator->deploymentCount(QStringLiteral("acme/storefront"));
    QSignalSpy spy(m_emulator.get(), &GitHubEmulator::deploymentCreated);
    m_emulator->startLive(1);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_emulator->deploymentCount(QStringLiteral("acme/storefront")) >= before + 2, 5000);
    m_emulator->stopLive();
    const qint64 first = m_emulator->deploymentIds(QStringLiteral("acme/storefront")).at(1);
    QCOMPARE(m_emulator->statusIds(QStringLiteral("acme/storefront"), first).size(),
             2); // queued, in_progress
    QCOMPARE(get(QStringLiteral("/repos/acme/storefront/deployments/%1/statuses").arg(first))
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("in_progress"));
}

void GitHubEmulatorTest::userAndRepository()
{
    const Answer user = get(QStringLiteral("/user"));
    QCOMPARE(user.status, 200);
    QCOMPARE(user.object().value(QStringLiteral("login")).toString(), QStringLiteral("octocat"));
    QCOMPARE(user.object().value(QStringLiteral("id")).toInt(), 1);
    const Answer repo = get(QStringLiteral("/repos/octo/empty"));
    QCOMPARE(repo.status, 200);
    QCOMPARE(repo.object().value(QStringLiteral("full_name")).toString(),
             QStringLiteral("octo/empty"));
    QCOMPARE(repo.object().value(QStringLiteral("id")).toInteger(),
             m_emulator->repositoryId(QStringLiteral("octo/empty")));
    QCOMPARE(get(QStringLiteral("/repositories/%1")
                     .arg(m_emulator->repositoryId(QStringLiteral("octo/empty"))))
                 .object(),
             repo.object());
}

void GitHubEmulatorTest::standaloneBinary()
{
    QProcess process;
    process.setProgram(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck-emulator"));
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                          QStringLiteral("empty"), QStringLiteral("--repo"),
                          QStringLiteral("team/extra"), QStringLiteral("--token"),
                          QStringLiteral("s3cret")});
    process.start();
    QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Listening on http://127\\.0\\.0\\.1:(\\d+)$"))
            .match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    const QString base = QStringLiteral("http://127.0.0.1:") + match.captured(1);

    const auto fetch = [this](const QString &url, const QByteArray &auth) {
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("Authorization", auth);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return qMakePair(status, body);
    };
    const auto ok = fetch(base + QStringLiteral("/repos/team/extra/deployments"), "token s3cret");
    QCOMPARE(ok.first, 200);
    QCOMPARE(ok.second, QByteArray("[]"));
    QCOMPARE(fetch(base + QStringLiteral("/repos/octo/empty/deployments"), "Bearer s3cret").first,
             200);
    QCOMPARE(
        fetch(base + QStringLiteral("/repos/octo/empty/deployments"), "Bearer demo-token").first,
        401);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(GitHubEmulatorTest)
#include "githubemulatortest.moc"
