// The emulator's sign-in surface against GitHub's documented behaviour: users and tokens,
// scopes headers, permissions and GET /user/repos, SAML SSO, the OAuth device flow, Enterprise
// (/api/v3) paths and HTTPS with a test CA. Plain QNetworkAccessManager over loopback.

#include "emulator/githubemulator.h"
#include "emulator/testcertificates.h"
#include "testtimeout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString text(const char *key) const { return object().value(QLatin1String(key)).toString(); }
    bool has(const QByteArray &name) const { return headers.contains(name.toLower()); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QStringList fullNames() const
    {
        QStringList names;
        for (const QJsonValue &v : array())
            names << v.toObject().value(QStringLiteral("full_name")).toString();
        return names;
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;
using GE = GitHubEmulator;

Headers bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

const QString deviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QString clientId = QStringLiteral("deploydeck-test-client");

} // namespace

class EmulatorAuthTest : public QObject
{
    Q_OBJECT

private:
    Answer call(const QByteArray &method, const QString &urlOrPath, const QByteArray &body = {},
                const Headers &headers = bearer("demo-token"),
                const QSslConfiguration &ssl = QSslConfiguration::defaultConfiguration());
    Answer get(const QString &path, const QByteArray &token = "demo-token")
    {
        return call("GET", path, {}, bearer(token));
    }
    Answer post(const QString &path, const QJsonObject &body, const QByteArray &token)
    {
        Headers h = bearer(token);
        h.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), h);
    }
    // The device flow as a client speaks it: a form body and Accept: application/json.
    Answer form(const QString &path, const QList<QPair<QString, QString>> &fields,
                const QByteArray &accept = "application/json");
    Answer requestCode(const QString &scope = QStringLiteral("repo read:org"))
    {
        return form(QStringLiteral("/login/device/code"),
                    {{QStringLiteral("client_id"), clientId}, {QStringLiteral("scope"), scope}});
    }
    Answer poll(const QString &deviceCode, const QString &client = clientId)
    {
        return form(QStringLiteral("/login/oauth/access_token"),
                    {{QStringLiteral("client_id"), client},
                     {QStringLiteral("device_code"), deviceCode},
                     {QStringLiteral("grant_type"), deviceGrant}});
    }

    // The response head as sent: QNetworkReply (Qt 6.4) drops headers with an empty value, and
    // GitHub sends `X-OAuth-Scopes: ` empty for a classic token without scopes.
    QByteArray rawHead(const QString &path, const QByteArray &token);

    std::unique_ptr<GitHubEmulator> m_emulator;
    QNetworkAccessManager m_network;
    QDateTime m_now;

private slots:
    void init();
    void cleanup();

    void tokens_data();
    void tokens();
    void setTokenReplacesTheDefaultToken();
    void expiryFollowsTheClock();
    void acceptedScopes_data();
    void acceptedScopes();
    void usersSurviveDataSets();
    void addUserIds();
    void writesAreTheCallers();

    void repositoryPermissions_data();
    void repositoryPermissions();
    void writesNeedPushAndScope_data();
    void writesNeedPushAndScope();
    void userRepos_data();
    void userRepos();
    void userReposPaginates();
    void userReposRejectsUnknownParameters_data();
    void userReposRejectsUnknownParameters();

    void sso();

    void deviceFlowApproved();
    void deviceFlowAnswers_data();
    void deviceFlowAnswers();
    void deviceFlowFormEncodedAndJsonBodies();
    void deviceFlowAutoApprove();

    void enterprisePaths_data();
    void enterprisePaths();
    void enterpriseLinksKeepThePrefix();

    void https_data();
    void https();

    void standaloneDemoAccountsOverHttps();
};

Answer EmulatorAuthTest::call(const QByteArray &method, const QString &urlOrPath,
                              const QByteArray &body, const Headers &headers,
                              const QSslConfiguration &ssl)
{
    const QUrl url(urlOrPath.startsWith(QLatin1Char('/'))
                       ? m_emulator->baseUrl().toString() + urlOrPath
                       : urlOrPath);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setSslConfiguration(ssl);
    request.setRawHeader("Accept", "application/vnd.github+json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    Answer a;
    connect(reply, &QNetworkReply::sslErrors, this,
            [&a](const QList<QSslError> &errors) { a.sslErrors = errors; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(TestTimeoutMs);
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return a;
}

Answer EmulatorAuthTest::form(const QString &path, const QList<QPair<QString, QString>> &fields,
                              const QByteArray &accept)
{
    QUrlQuery query;
    for (const auto &[key, value] : fields)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return call("POST", path, query.toString(QUrl::FullyEncoded).toUtf8(),
                {{"Accept", accept}, {"Content-Type", "application/x-www-form-urlencoded"}});
}

QByteArray EmulatorAuthTest::rawHead(const QString &path, const QByteArray &token)
{
    // The emulator answers from this thread's event loop: wait with it running, never block.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_emulator->port());
    socket.write(QByteArray("GET ")
                     .append(path.toUtf8())
                     .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ")
                     .append(token)
                     .append("\r\nConnection: close\r\n\r\n"));
    QByteArray received;
    if (!QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.contains("\r\n\r\n");
            },
            TestTimeoutMs))
        return {};
    return received.left(received.indexOf("\r\n\r\n") + 2);
}

void EmulatorAuthTest::init()
{
    m_now = QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53), QTimeZone::utc());
    m_emulator = std::make_unique<GitHubEmulator>();
    m_emulator->setClock([this] { return m_now; });
    m_emulator->loadEmpty(); // octo/empty
    QVERIFY(m_emulator->listen());
    m_network.clearConnectionCache();
    m_network.clearAccessCache();
}

void EmulatorAuthTest::cleanup()
{
    m_emulator.reset();
}

// ---- users and tokens --------------------------------------------------------------------

void EmulatorAuthTest::tokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("scopesHeader");
    QTest::addColumn<QByteArray>("scopes");

    QTest::addRow("default demo token")
        << QByteArray("demo-token") << 200 << QStringLiteral("octocat") << true
        << QByteArray("repo, read:org");
    QTest::addRow("classic, scopes as given")
        << QByteArray("ghp_mona") << 200 << QStringLiteral("mona") << true
        << QByteArray("repo, read:org, gist");
    QTest::addRow("classic without scopes")
        << QByteArray("ghp_bare") << 200 << QStringLiteral("mona") << true << QByteArray();
    QTest::addRow("fine-grained: no scopes header")
        << QByteArray("github_pat_mona") << 200 << QStringLiteral("mona") << false << QByteArray();
    QTest::addRow("revoked") << QByteArray("ghp_revoked") << 401 << QString() << false
                             << QByteArray();
    QTest::addRow("removed") << QByteArray("ghp_removed") << 401 << QString() << false
                             << QByteArray();
    QTest::addRow("unknown") << QByteArray("ghp_unknown") << 401 << QString() << false
                             << QByteArray();
}

void EmulatorAuthTest::tokens()
{
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    QFETCH(QString, login);
    QFETCH(bool, scopesHeader);
    QFETCH(QByteArray, scopes);

    // Given mona's tokens of every kind
    QCOMPARE(m_emulator->addUser(QStringLiteral("mona"), 2002, QStringLiteral("Mona Lisa"),
                                 QStringLiteral("https://example.test/mona.png")),
             2002);
    m_emulator->addToken(
        QStringLiteral("ghp_mona"), QStringLiteral("mona"), GE::TokenKind::Classic,
        {QStringLiteral("repo"), QStringLiteral("read:org"), QStringLiteral("gist")});
    m_emulator->addToken(QStringLiteral("ghp_bare"), QStringLiteral("mona"), GE::TokenKind::Classic,
                         {});
    m_emulator->addToken(QStringLiteral("github_pat_mona"), QStringLiteral("mona"),
                         GE::TokenKind::FineGrained);
    m_emulator->addToken(QStringLiteral("ghp_revoked"), QStringLiteral("mona"),
                         GE::TokenKind::Classic, {QStringLiteral("repo")}, true);
    m_emulator->addToken(QStringLiteral("ghp_removed"), QStringLiteral("mona"));
    m_emulator->removeToken(QStringLiteral("ghp_removed"));

    // When GET /user
    const Answer a = get(QStringLiteral("/user"), token);

    // Then the token's user, or GitHub's 401
    QCOMPARE(a.status, status);
    QCOMPARE(a.header("X-OAuth-Scopes"), scopes);
    // On the wire (QNetworkReply hides an empty header): classic tokens always say their scopes
    const QByteArray head = rawHead(QStringLiteral("/user"), token);
    QVERIFY2(head.startsWith(QByteArray("HTTP/1.1 ").append(QByteArray::number(status))),
             head.constData());
    QCOMPARE(head.contains(QByteArray("\r\nX-OAuth-Scopes: ").append(scopes).append("\r\n")),
             scopesHeader);
    QCOMPARE(head.contains("\r\nX-OAuth-Scopes:"), scopesHeader);
    QCOMPARE(head.contains("\r\nX-Accepted-OAuth-Scopes: \r\n"), scopesHeader);
    if (status == 401) {
        QCOMPARE(a.object(),
                 (QJsonObject{{QStringLiteral("message"), QStringLiteral("Bad credentials")},
                              {QStringLiteral("documentation_url"),
                               QStringLiteral("https://docs.github.com/rest")}}));
        return;
    }
    QCOMPARE(a.text("login"), login);
    if (login == QLatin1String("mona")) {
        QCOMPARE(a.object().value(QStringLiteral("id")).toInteger(), 2002);
        QCOMPARE(a.text("name"), QStringLiteral("Mona Lisa"));
        QCOMPARE(a.text("avatar_url"), QStringLiteral("https://example.test/mona.png"));
        QCOMPARE(a.text("type"), QStringLiteral("User"));
    } else {
        QCOMPARE(a.object().value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(a.text("avatar_url"),
                 QStringLiteral("https://avatars.githubusercontent.com/u/1?v=4"));
    }
}

void EmulatorAuthTest::setTokenReplacesTheDefaultToken()
{
    m_emulator->setToken(QStringLiteral("s3cret"));
    QCOMPARE(m_emulator->token(), QStringLiteral("s3cret"));
    QCOMPARE(m_emulator->tokenLogin(QStringLiteral("s3cret")), QStringLiteral("octocat"));
    const Answer ok = get(QStringLiteral("/user"), "s3cret");
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.text("login"), QStringLiteral("octocat"));
    QCOMPARE(ok.header("X-OAuth-Scopes"), QByteArray("repo, read:org"));
    QCOMPARE(get(QStringLiteral("/user"), "demo-token").status, 401);
}

void EmulatorAuthTest::expiryFollowsTheClock()
{
    // Given a token that expires in an hour
    m_emulator->addToken(QStringLiteral("ghp_soon"), QStringLiteral("mona"));
    m_emulator->setTokenExpiry(QStringLiteral("ghp_soon"), m_now.addSecs(3600));
    // Then it works and says when it expires
    const Answer before = get(QStringLiteral("/user"), "ghp_soon");
    QCOMPARE(before.status, 200);
    QCOMPARE(before.header("github-authentication-token-expiration"),
             QByteArray("2025-03-14 10:26:53 UTC"));
    // When the hour has passed, Bad credentials
    m_now = m_now.addSecs(3600);
    const Answer after = get(QStringLiteral("/user"), "ghp_soon");
    QCOMPARE(after.status, 401);
    QCOMPARE(after.text("message"), QStringLiteral("Bad credentials"));
}

void EmulatorAuthTest::acceptedScopes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("accepted");
    QTest::addRow("user") << QStringLiteral("/user") << QByteArray();
    QTest::addRow("user repos") << QStringLiteral("/user/repos") << QByteArray();
    QTest::addRow("repository") << QStringLiteral("/repos/octo/empty") << QByteArray("repo");
    QTest::addRow("deployments") << QStringLiteral("/repos/octo/empty/deployments")
                                 << QByteArray("repo, repo_deployment");
}

void EmulatorAuthTest::acceptedScopes()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, accepted);
    const Answer a = get(path);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.header("X-Accepted-OAuth-Scopes"), accepted);
    QVERIFY(
        rawHead(path, "demo-token")
            .contains(QByteArray("\r\nX-Accepted-OAuth-Scopes: ").append(accepted).append("\r\n")));
    // A fine-grained token gets neither header
    m_emulator->addToken(QStringLiteral("github_pat_x"), QStringLiteral("octocat"),
                         GE::TokenKind::FineGrained);
    const QByteArray fineGrained = rawHead(path, "github_pat_x");
    QVERIFY(fineGrained.startsWith("HTTP/1.1 200"));
    QVERIFY(!fineGrained.contains("OAuth-Scopes"));
}

void EmulatorAuthTest::usersSurviveDataSets()
{
    // Given a registered user with a token, when a data set replaces everything else
    m_emulator->addUser(QStringLiteral("mona"), 2002, QStringLiteral("Mona Lisa"));
    m_emulator->addToken(QStringLiteral("ghp_mona"), QStringLiteral("mona"));
    m_emulator->loadDemo();
    // Then the user and the token are still there
    const Answer a = get(QStringLiteral("/user"), "ghp_mona");
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("id")).toInteger(), 2002);
    QCOMPARE(a.text("name"), QStringLiteral("Mona Lisa"));
}

void EmulatorAuthTest::addUserIds()
{
    QCOMPARE(m_emulator->addUser(QStringLiteral("someone"), 1), -1); // octocat's id
    QCOMPARE(m_emulator->addUser(QStringLiteral("hubot"), 4242), 4242);
    QCOMPARE(m_emulator->addUser(QStringLiteral("other"), 4242), -1);
    QVERIFY(m_emulator->addUser(QStringLiteral("auto")) > 0);
    // A login first seen as a creator takes the registered id, in what is already served
    const qint64 id = m_emulator->createDeploymentDirect(
        QStringLiteral("octo/empty"), {{QStringLiteral("creator"), QStringLiteral("mona")}});
    QCOMPARE(m_emulator->addUser(QStringLiteral("mona"), 2002), 2002);
    QCOMPARE(get(QStringLiteral("/repos/octo/empty/deployments/%1").arg(id))
                 .object()
                 .value(QStringLiteral("creator"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInteger(),
             2002);
}

void EmulatorAuthTest::writesAreTheCallers()
{
    m_emulator->addToken(QStringLiteral("ghp_mona"), QStringLiteral("mona"));
    m_emulator->setPermission(QStringLiteral("octo/empty"), QStringLiteral("mona"),
                              GE::Permission::Push);
    const Answer created = post(QStringLiteral("/repos/octo/empty/deployments"),
                                {{QStringLiteral("ref"), QStringLiteral("main")}}, "ghp_mona");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object()
                 .value(QStringLiteral("creator"))
                 .toObject()
                 .value(QStringLiteral("login"))
                 .toString(),
             QStringLiteral("mona"));
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    const Answer status = post(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(id),
                               {{QStringLiteral("state"), QStringLiteral("success")}}, "ghp_mona");
    QCOMPARE(status.status, 201);
    QCOMPARE(status.object()
                 .value(QStringLiteral("creator"))
                 .toObject()
                 .value(QStringLiteral("login"))
                 .toString(),
             QStringLiteral("mona"));
}

// ---- permissions -------------------------------------------------------------------------

void EmulatorAuthTest::repositoryPermissions_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<int>("grant"); // -1: none
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonObject>("permissions");

    const auto perms = [](bool admin, bool maintain, bool push, bool triage, bool pull) {
        return QJsonObject{{QStringLiteral("admin"), admin},
                           {QStringLiteral("maintain"), maintain},
                           {QStringLiteral("push"), push},
                           {QStringLiteral("triage"), triage},
                           {QStringLiteral("pull"), pull}};
    };
    QTest::addRow("public, no grant: pull") << QStringLiteral("octo/empty") << -1 << false << 200
                                            << perms(false, false, false, false, true);
    QTest::addRow("private, no grant: 404")
        << QStringLiteral("octo/empty") << -1 << true << 404 << QJsonObject();
    QTest::addRow("private, pull") << QStringLiteral("octo/empty") << int(GE::Permission::Pull)
                                   << true << 200 << perms(false, false, false, false, true);
    QTest::addRow("triage") << QStringLiteral("octo/empty") << int(GE::Permission::Triage) << false
                            << 200 << perms(false, false, false, true, true);
    QTest::addRow("push") << QStringLiteral("octo/empty") << int(GE::Permission::Push) << true
                          << 200 << perms(false, false, true, true, true);
    QTest::addRow("maintain") << QStringLiteral("octo/empty") << int(GE::Permission::Maintain)
                              << false << 200 << perms(false, true, true, true, true);
    QTest::addRow("admin") << QStringLiteral("octo/empty") << int(GE::Permission::Admin) << true
                           << 200 << perms(true, true, true, true, true);
    QTest::addRow("explicit none on a public one: still pull")
        << QStringLiteral("octo/empty") << int(GE::Permission::None) << false << 200
        << perms(false, false, false, false, true);
    QTest::addRow("owner: admin") << QStringLiteral("mona/own") << -1 << true << 200
                                  << perms(true, true, true, true, true);
}

void EmulatorAuthTest::repositoryPermissions()
{
    QFETCH(QString, repository);
    QFETCH(int, grant);
    QFETCH(bool, isPrivate);
    QFETCH(int, status);
    QFETCH(QJsonObject, permissions);

    m_emulator->addRepository(QStringLiteral("mona/own"));
    m_emulator->addToken(QStringLiteral("ghp_mona"), QStringLiteral("mona"));
    m_emulator->setRepositoryPrivate(repository, isPrivate);
    if (grant >= 0)
        m_emulator->setPermission(repository, QStringLiteral("mona"), GE::Permission(grant));

    const Answer a = get(QStringLiteral("/repos/") + repository, "ghp_mona");
    QCOMPARE(a.status, status);
    if (status != 200) {
        QCOMPARE(a.text("message"), QStringLiteral("Not Found"));
        QCOMPARE(get(QStringLiteral("/repos/%1/deployments").arg(repository), "ghp_mona").status,
                 404);
        return;
    }
    QCOMPARE(a.object().value(QStringLiteral("permissions")).toObject(), permissions);
    QCOMPARE(a.object().value(QStringLiteral("private")).toBool(), isPrivate);
    QCOMPARE(a.text("visibility"),
             isPrivate ? QStringLiteral("private") : QStringLiteral("public"));
    // octocat (admin everywhere unless told otherwise) sees its own permissions
    QVERIFY(get(QStringLiteral("/repos/") + repository)
                .object()
                .value(QStringLiteral("permissions"))
                .toObject()
                .value(QStringLiteral("admin"))
                .toBool());
}

void EmulatorAuthTest::writesNeedPushAndScope_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("grant");
    QTest::addColumn<bool>("isPrivate");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QString push = QStringLiteral("Must have push access to repository");
    const QString pat = QStringLiteral("Resource not accessible by personal access token");
    const int pull = int(GE::Permission::Pull);
    const int write = int(GE::Permission::Push);
    QTest::addRow("classic, pull only") << QByteArray("ghp_repo") << pull << false << 403 << push;
    QTest::addRow("fine-grained, pull only")
        << QByteArray("github_pat_x") << pull << false << 403 << pat;
    QTest::addRow("classic, push") << QByteArray("ghp_repo") << write << true << 201 << QString();
    QTest::addRow("fine-grained, push")
        << QByteArray("github_pat_x") << write << true << 201 << QString();
    QTest::addRow("repo_deployment, private")
        << QByteArray("ghp_deployment") << write << true << 201 << QString();
    QTest::addRow("public_repo, public")
        << QByteArray("ghp_public") << write << false << 201 << QString();
    QTest::addRow("public_repo, private: cannot see it")
        << QByteArray("ghp_public") << write << true << 404 << QStringLiteral("Not Found");
    QTest::addRow("read:org only, public") << QByteArray("ghp_org") << write << false << 403 << pat;
    QTest::addRow("read:org only, private: cannot see it")
        << QByteArray("ghp_org") << write << true << 404 << QStringLiteral("Not Found");
    QTest::addRow("no grant, private")
        << QByteArray("ghp_repo") << -1 << true << 404 << QStringLiteral("Not Found");
}

void EmulatorAuthTest::writesNeedPushAndScope()
{
    QFETCH(QByteArray, token);
    QFETCH(int, grant);
    QFETCH(bool, isPrivate);
    QFETCH(int, status);
    QFETCH(QString, message);

    const QString mona = QStringLiteral("mona");
    m_emulator->addToken(QStringLiteral("ghp_repo"), mona, GE::TokenKind::Classic,
                         {QStringLiteral("repo")});
    m_emulator->addToken(QStringLiteral("ghp_deployment"), mona, GE::TokenKind::Classic,
                         {QStringLiteral("repo_deployment")});
    m_emulator->addToken(QStringLiteral("ghp_public"), mona, GE::TokenKind::Classic,
                         {QStringLiteral("public_repo")});
    m_emulator->addToken(QStringLiteral("ghp_org"), mona, GE::TokenKind::Classic,
                         {QStringLiteral("read:org")});
    m_emulator->addToken(QStringLiteral("github_pat_x"), mona, GE::TokenKind::FineGrained);
    m_emulator->setRepositoryPrivate(QStringLiteral("octo/empty"), isPrivate);
    if (grant >= 0)
        m_emulator->setPermission(QStringLiteral("octo/empty"), mona, GE::Permission(grant));
    const qint64 existing = m_emulator->createDeploymentDirect(QStringLiteral("octo/empty"));

    // Every write answers alike: create a deployment, post a status, delete a deployment
    const Answer created = post(QStringLiteral("/repos/octo/empty/deployments"),
                                {{QStringLiteral("ref"), QStringLiteral("main")}}, token);
    QCOMPARE(created.status, status);
    const Answer statusPosted =
        post(QStringLiteral("/repos/octo/empty/deployments/%1/statuses").arg(existing),
             {{QStringLiteral("state"), QStringLiteral("inactive")}}, token);
    QCOMPARE(statusPosted.status, status);
    const Answer deleted =
        call("DELETE", QStringLiteral("/repos/octo/empty/deployments/%1").arg(existing), {},
             bearer(token));
    QCOMPARE(deleted.status, status == 201 ? 204 : status);
    if (status == 201)
        return;
    for (const Answer *a : {&created, &statusPosted, &deleted}) {
        QCOMPARE(a->text("message"), message);
        QVERIFY(
            a->text("documentation_url").startsWith(QStringLiteral("https://docs.github.com/")));
    }
    if (message == QStringLiteral("Resource not accessible by personal access token") &&
        !token.startsWith("github_pat"))
        QCOMPARE(created.header("X-Accepted-OAuth-Scopes"), QByteArray("repo, repo_deployment"));
    QCOMPARE(m_emulator->deploymentCount(QStringLiteral("octo/empty")), 1);
}

void EmulatorAuthTest::userRepos_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    // mona: owns mona/own (pushed 1 day ago), collaborator on acme/storefront (pushed 3 h ago),
    // organisation member on acme/api (private, 2 days ago) and acme/web (10 min ago);
    // nothing on octo/empty (public, but not one of hers).
    QTest::addRow("default: all affiliations, full_name ascending")
        << QString() << QStringList{"acme/api", "acme/storefront", "acme/web", "mona/own"};
    QTest::addRow("sort=pushed: most recent first")
        << QStringLiteral("sort=pushed")
        << QStringList{"acme/web", "acme/storefront", "mona/own", "acme/api"};
    QTest::addRow("sort=pushed&direction=asc")
        << QStringLiteral("sort=pushed&direction=asc")
        << QStringList{"acme/api", "mona/own", "acme/storefront", "acme/web"};
    QTest::addRow("full_name descending")
        << QStringLiteral("sort=full_name&direction=desc")
        << QStringList{"mona/own", "acme/web", "acme/storefront", "acme/api"};
    QTest::addRow("affiliation=owner")
        << QStringLiteral("affiliation=owner") << QStringList{"mona/own"};
    QTest::addRow("affiliation=collaborator")
        << QStringLiteral("affiliation=collaborator") << QStringList{"acme/storefront"};
    QTest::addRow("affiliation=owner,organization_member")
        << QStringLiteral("affiliation=owner,organization_member&sort=pushed")
        << QStringList{"acme/web", "mona/own", "acme/api"};
}

void EmulatorAuthTest::userRepos()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    const QString mona = QStringLiteral("mona");
    for (const char *name : {"mona/own", "acme/storefront", "acme/api", "acme/web"})
        m_emulator->addRepository(QString::fromLatin1(name));
    m_emulator->setPushedAt(QStringLiteral("mona/own"), m_now.addDays(-1));
    m_emulator->setPushedAt(QStringLiteral("acme/storefront"), m_now.addSecs(-3 * 3600));
    m_emulator->setPushedAt(QStringLiteral("acme/api"), m_now.addDays(-2));
    m_emulator->setPushedAt(QStringLiteral("acme/web"), m_now.addSecs(-600));
    m_emulator->setRepositoryPrivate(QStringLiteral("acme/api"), true);
    m_emulator->setPermission(QStringLiteral("acme/storefront"), mona, GE::Permission::Pull);
    m_emulator->setPermission(QStringLiteral("acme/api"), mona, GE::Permission::Push,
                              GE::Affiliation::OrganizationMember);
    m_emulator->setPermission(QStringLiteral("acme/web"), mona, GE::Permission::Admin,
                              GE::Affiliation::OrganizationMember);
    m_emulator->addToken(QStringLiteral("ghp_mona"), mona);

    const Answer a = get(QStringLiteral("/user/repos") +
                             (query.isEmpty() ? QString() : QLatin1Char('?') + query),
                         "ghp_mona");
    QCOMPARE(a.status, 200);
    QCOMPARE(a.fullNames(), expected);
    QVERIFY(a.header("ETag").startsWith("W/\""));
    for (const QJsonValue &v : a.array()) {
        const QJsonObject repo = v.toObject();
        const QString name = repo.value(QStringLiteral("full_name")).toString();
        QCOMPARE(repo.value(QStringLiteral("name")).toString(), name.section(QLatin1Char('/'), 1));
        QCOMPARE(repo.value(QStringLiteral("owner")).toObject().value(QStringLiteral("login")),
                 QJsonValue(name.section(QLatin1Char('/'), 0, 0)));
        QCOMPARE(repo.value(QStringLiteral("private")).toBool(), name == QLatin1String("acme/api"));
        QVERIFY(repo.value(QStringLiteral("pushed_at")).toString().endsWith(QLatin1Char('Z')));
        const QJsonObject permissions = repo.value(QStringLiteral("permissions")).toObject();
        QCOMPARE(permissions.value(QStringLiteral("push")).toBool(),
                 name != QLatin1String("acme/storefront"));
        QCOMPARE(permissions.value(QStringLiteral("admin")).toBool(),
                 name == QLatin1String("acme/web") || name == QLatin1String("mona/own"));
        QVERIFY(permissions.value(QStringLiteral("pull")).toBool());
    }
    // A classic token without `repo` does not list the private one
    m_emulator->addToken(QStringLiteral("ghp_public"), mona, GE::TokenKind::Classic,
                         {QStringLiteral("public_repo")});
    QVERIFY(!get(QStringLiteral("/user/repos") +
                     (query.isEmpty() ? QString() : QLatin1Char('?') + query),
                 "ghp_public")
                 .fullNames()
                 .contains(QStringLiteral("acme/api")));
}

void EmulatorAuthTest::userReposPaginates()
{
    // Given 7 repositories of octocat's (octo/empty plus six), pushed one hour apart
    for (int i = 1; i <= 6; ++i) {
        const QString name = QStringLiteral("octo/r%1").arg(i);
        m_emulator->addRepository(name);
        m_emulator->setPushedAt(name, m_now.addSecs(-3600 * i));
    }
    m_emulator->setPushedAt(QStringLiteral("octo/empty"), m_now.addDays(-30));

    // When the client follows rel="next" from per_page=3&sort=pushed
    QStringList seen;
    QString next = QStringLiteral("/user/repos?per_page=3&sort=pushed");
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const Answer a = call("GET", next);
        QCOMPARE(a.status, 200);
        seen << a.fullNames();
        ++pages;
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("<([^>]+)>; rel=\"next\""))
                .match(QString::fromUtf8(a.header("Link")));
        next = m.hasMatch() ? m.captured(1) : QString();
        if (pages == 1) {
            QVERIFY(a.header("Link").contains("rel=\"last\""));
            QVERIFY(a.header("Link").contains("page=3"));
        }
    }
    // Then every repository once, most recently pushed first
    QCOMPARE(pages, 3);
    QCOMPARE(seen, (QStringList{"octo/r1", "octo/r2", "octo/r3", "octo/r4", "octo/r5", "octo/r6",
                                "octo/empty"}));
}

void EmulatorAuthTest::userReposRejectsUnknownParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("sort") << QStringLiteral("sort=stars");
    QTest::addRow("affiliation") << QStringLiteral("affiliation=owner,friend");
}

void EmulatorAuthTest::userReposRejectsUnknownParameters()
{
    QFETCH(QString, query);
    const Answer a = get(QStringLiteral("/user/repos?") + query);
    QCOMPARE(a.status, 422);
    QCOMPARE(a.text("message"), QStringLiteral("Validation Failed"));
}

// ---- SAML SSO ----------------------------------------------------------------------------

void EmulatorAuthTest::sso()
{
    // Given acme/compliance under SSO, and mona, a member, with a classic token
    const QString url =
        QStringLiteral("https://github.com/orgs/acme/sso?authorization_request=AB12");
    m_emulator->addRepository(QStringLiteral("acme/compliance"));
    m_emulator->addRepository(QStringLiteral("acme/open"));
    m_emulator->requireSso(QStringLiteral("acme/compliance"), url);
    QCOMPARE(m_emulator->ssoUrl(QStringLiteral("acme/compliance")), url);
    m_emulator->addToken(QStringLiteral("ghp_mona"), QStringLiteral("mona"));
    m_emulator->setPermission(QStringLiteral("acme/compliance"), QStringLiteral("mona"),
                              GE::Permission::Push, GE::Affiliation::OrganizationMember);
    m_emulator->setPermission(QStringLiteral("acme/open"), QStringLiteral("mona"),
                              GE::Permission::Push, GE::Affiliation::OrganizationMember);

    // When she reads it or its deployments, or writes: 403 with the SSO header
    const QString message = QStringLiteral(
        "Resource protected by organization SAML enforcement. You must grant your Personal Access "
        "token access to this organization.");
    for (const QString &path : {QStringLiteral("/repos/acme/compliance"),
                                QStringLiteral("/repos/acme/compliance/deployments")}) {
        const Answer a = get(path, "ghp_mona");
        QCOMPARE(a.status, 403);
        QCOMPARE(a.header("X-GitHub-SSO"), "required; url=" + url.toUtf8());
        QCOMPARE(a.text("message"), message);
    }
    QCOMPARE(post(QStringLiteral("/repos/acme/compliance/deployments"),
                  {{QStringLiteral("ref"), QStringLiteral("main")}}, "ghp_mona")
                 .status,
             403);
    // and her repository list leaves it out, saying so
    const Answer list = get(QStringLiteral("/user/repos"), "ghp_mona");
    QCOMPARE(list.fullNames(), QStringList{QStringLiteral("acme/open")});
    QVERIFY(list.header("X-GitHub-SSO").startsWith("partial-results; organizations="));

    // A non-member reading the public repository is not asked for SSO
    m_emulator->addToken(QStringLiteral("ghp_stranger"), QStringLiteral("stranger"));
    QCOMPARE(get(QStringLiteral("/repos/acme/compliance"), "ghp_stranger").status, 200);

    // When the token is authorised for acme, everything answers
    m_emulator->authorizeSso(QStringLiteral("ghp_mona"), QStringLiteral("acme"));
    const Answer after = get(QStringLiteral("/repos/acme/compliance"), "ghp_mona");
    QCOMPARE(after.status, 200);
    QVERIFY(!after.has("X-GitHub-SSO"));
    QCOMPARE(get(QStringLiteral("/user/repos"), "ghp_mona").fullNames(),
             (QStringList{"acme/compliance", "acme/open"}));

    // A default URL names the organisation
    m_emulator->requireSso(QStringLiteral("acme/open"));
    QVERIFY(
        m_emulator->ssoUrl(QStringLiteral("acme/open"))
            .startsWith(QStringLiteral("https://github.com/orgs/acme/sso?authorization_request=")));
}

// ---- OAuth device flow -------------------------------------------------------------------

void EmulatorAuthTest::deviceFlowApproved()
{
    QSignalSpy issued(m_emulator.get(), &GitHubEmulator::deviceCodeIssued);
    m_emulator->addUser(QStringLiteral("mona"), 2002, QStringLiteral("Mona Lisa"));

    // When the client asks for a code
    const Answer code = requestCode();
    QCOMPARE(code.status, 200);
    QVERIFY(code.header("Content-Type").startsWith("application/json"));
    const QString deviceCode = code.text("device_code");
    QVERIFY(!deviceCode.isEmpty());
    QCOMPARE(code.text("user_code"), QStringLiteral("WDJB-MJHT"));
    QCOMPARE(code.text("verification_uri"),
             m_emulator->baseUrl().toString() + QStringLiteral("/login/device"));
    QCOMPARE(code.object().value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(code.object().value(QStringLiteral("interval")).toInt(), 5);
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.at(0).at(0).toString(), QStringLiteral("WDJB-MJHT"));
    QCOMPARE(issued.at(0).at(2).toString(), QStringLiteral("repo read:org"));
    QCOMPARE(m_emulator->deviceUserCodes(), QStringList{QStringLiteral("WDJB-MJHT")});

    // Then polls are pending until the user approves
    const Answer pending = poll(deviceCode);
    QCOMPARE(pending.status, 200);
    QCOMPARE(pending.text("error"), QStringLiteral("authorization_pending"));
    QVERIFY(!pending.text("error_description").isEmpty());
    QVERIFY(pending.text("error_uri").startsWith(QStringLiteral("https://docs.github.com/")));
    QCOMPARE(pending.status, 200);

    const QString token =
        m_emulator->approveDevice(QStringLiteral("wdjb-mjht"), QStringLiteral("mona"));
    QVERIFY(token.startsWith(QStringLiteral("gho_")));
    QCOMPARE(m_emulator->approveDevice(QStringLiteral("WDJB-MJHT"), QStringLiteral("mona")),
             QString()); // only once
    const Answer granted = poll(deviceCode);
    QCOMPARE(granted.status, 200);
    QCOMPARE(granted.object(),
             (QJsonObject{{QStringLiteral("access_token"), token},
                          {QStringLiteral("token_type"), QStringLiteral("bearer")},
                          {QStringLiteral("scope"), QStringLiteral("repo,read:org")}}));

    // The token is mona's classic token with the scopes she granted
    const Answer user = get(QStringLiteral("/user"), token.toUtf8());
    QCOMPARE(user.status, 200);
    QCOMPARE(user.text("login"), QStringLiteral("mona"));
    QCOMPARE(user.header("X-OAuth-Scopes"), QByteArray("repo, read:org"));
    // and the device code is spent
    QCOMPARE(poll(deviceCode).text("error"), QStringLiteral("incorrect_device_code"));
    // The next code is another one
    QVERIFY(requestCode().text("user_code") != QLatin1String("WDJB-MJHT"));
    QVERIFY(QRegularExpression(QStringLiteral("^[B-Z]{4}-[B-Z]{4}$"))
                .match(m_emulator->deviceUserCodes().last())
                .hasMatch());
}

void EmulatorAuthTest::deviceFlowAnswers_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("error");
    QTest::addRow("denied") << QStringLiteral("deny") << QStringLiteral("access_denied");
    QTest::addRow("expired by hand") << QStringLiteral("expire") << QStringLiteral("expired_token");
    QTest::addRow("expired by the clock")
        << QStringLiteral("clock") << QStringLiteral("expired_token");
    QTest::addRow("approved, but expired before the poll")
        << QStringLiteral("approve+clock") << QStringLiteral("expired_token");
    QTest::addRow("unknown client id on poll")
        << QStringLiteral("client") << QStringLiteral("incorrect_client_credentials");
    QTest::addRow("unknown device code")
        << QStringLiteral("device code") << QStringLiteral("incorrect_device_code");
    QTest::addRow("wrong grant type")
        << QStringLiteral("grant") << QStringLiteral("unsupported_grant_type");
    QTest::addRow("slow_down") << QStringLiteral("slow") << QStringLiteral("slow_down");
}

void EmulatorAuthTest::deviceFlowAnswers()
{
    QFETCH(QString, action);
    QFETCH(QString, error);

    const QString deviceCode = requestCode().text("device_code");
    const QString userCode = m_emulator->deviceUserCodes().value(0);
    Answer a;
    if (action == QLatin1String("deny")) {
        QVERIFY(m_emulator->denyDevice(userCode));
        a = poll(deviceCode);
        QCOMPARE(poll(deviceCode).text("error"), error); // and stays so
    } else if (action == QLatin1String("expire")) {
        QVERIFY(m_emulator->expireDevice(userCode));
        a = poll(deviceCode);
    } else if (action == QLatin1String("clock")) {
        m_now = m_now.addSecs(899);
        QCOMPARE(poll(deviceCode).text("error"), QStringLiteral("authorization_pending"));
        m_now = m_now.addSecs(1);
        a = poll(deviceCode);
    } else if (action == QLatin1String("approve+clock")) {
        QVERIFY(!m_emulator->approveDevice(userCode, QStringLiteral("mona")).isEmpty());
        m_now = m_now.addSecs(900);
        a = poll(deviceCode);
    } else if (action == QLatin1String("client")) {
        a = poll(deviceCode, QStringLiteral("someone-elses-app"));
    } else if (action == QLatin1String("device code")) {
        a = poll(QStringLiteral("0123456789abcdef"));
    } else if (action == QLatin1String("grant")) {
        a = form(QStringLiteral("/login/oauth/access_token"),
                 {{QStringLiteral("client_id"), clientId},
                  {QStringLiteral("device_code"), deviceCode},
                  {QStringLiteral("grant_type"), QStringLiteral("authorization_code")}});
    } else if (action == QLatin1String("slow")) {
        m_emulator->slowDownNextPoll(2);
        QCOMPARE(poll(deviceCode).object().value(QStringLiteral("interval")).toInt(), 10);
        a = poll(deviceCode);
        QCOMPARE(a.object().value(QStringLiteral("interval")).toInt(), 15);
        // then back to pending, with no interval
        const Answer after = poll(deviceCode);
        QCOMPARE(after.text("error"), QStringLiteral("authorization_pending"));
        QVERIFY(!after.object().contains(QStringLiteral("interval")));
    }
    QCOMPARE(a.status, 200); // GitHub answers device-flow errors with 200
    QCOMPARE(a.text("error"), error);
    QVERIFY(!a.text("error_description").isEmpty());
    QVERIFY(!a.object().contains(QStringLiteral("access_token")));
}

void EmulatorAuthTest::deviceFlowFormEncodedAndJsonBodies()
{
    // Without Accept: application/json, GitHub answers form-encoded
    const Answer plain = form(QStringLiteral("/login/device/code"),
                              {{QStringLiteral("client_id"), clientId},
                               {QStringLiteral("scope"), QStringLiteral("repo")}},
                              "*/*");
    QCOMPARE(plain.status, 200);
    QVERIFY(plain.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    const QUrlQuery fields(QString::fromUtf8(plain.body));
    QCOMPARE(fields.queryItemValue(QStringLiteral("user_code")), QStringLiteral("WDJB-MJHT"));
    QCOMPARE(fields.queryItemValue(QStringLiteral("verification_uri"), QUrl::FullyDecoded),
             m_emulator->baseUrl().toString() + QStringLiteral("/login/device"));

    // A JSON body works as well; an unknown client id on the code request is refused
    Headers json{{"Accept", "application/json"}, {"Content-Type", "application/json"}};
    const Answer fromJson =
        call("POST", QStringLiteral("/login/device/code"),
             "{\"client_id\":\"deploydeck-test-client\",\"scope\":\"repo\"}", json);
    QCOMPARE(fromJson.status, 200);
    QCOMPARE(fromJson.object().value(QStringLiteral("device_code")).toString().size(), 40);
    const Answer unknown =
        call("POST", QStringLiteral("/login/device/code"), "{\"client_id\":\"nope\"}", json);
    QCOMPARE(unknown.text("error"), QStringLiteral("incorrect_client_credentials"));
    // A registered app and the configured timing
    m_emulator->addOAuthApp(QStringLiteral("Iv1.0123456789abcdef"));
    m_emulator->setDeviceFlowTiming(1, 60);
    const Answer mine = call("POST", QStringLiteral("/login/device/code"),
                             "{\"client_id\":\"Iv1.0123456789abcdef\"}", json);
    QCOMPARE(mine.object().value(QStringLiteral("interval")).toInt(), 1);
    QCOMPARE(mine.object().value(QStringLiteral("expires_in")).toInt(), 60);
    // No token needed, no rate limit spent; GET is not a route
    QCOMPARE(m_emulator->rateLimitUsed(), 0);
    QCOMPARE(call("GET", QStringLiteral("/login/device/code"), {}, {}).status, 404);
}

void EmulatorAuthTest::deviceFlowAutoApprove()
{
    m_emulator->setDeviceAutoApprove(QStringLiteral("octocat"));
    const Answer code = requestCode(QStringLiteral("repo"));
    const Answer granted = poll(code.text("device_code"));
    QVERIFY(granted.text("access_token").startsWith(QStringLiteral("gho_")));
    QCOMPARE(get(QStringLiteral("/user"), granted.text("access_token").toUtf8()).text("login"),
             QStringLiteral("octocat"));
}

// ---- Enterprise paths and HTTPS ----------------------------------------------------------

void EmulatorAuthTest::enterprisePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addRow("user") << QStringLiteral("/api/v3/user") << 200;
    QTest::addRow("user repos") << QStringLiteral("/api/v3/user/repos") << 200;
    QTest::addRow("repository") << QStringLiteral("/api/v3/repos/octo/empty") << 200;
    QTest::addRow("deployments") << QStringLiteral("/api/v3/repos/octo/empty/deployments") << 200;
    QTest::addRow("rate limit") << QStringLiteral("/api/v3/rate_limit") << 200;
    QTest::addRow("login is not under /api/v3")
        << QStringLiteral("/api/v3/login/device/code") << 404;
    QTest::addRow("other prefixes are not") << QStringLiteral("/api/v4/user") << 404;
}

void EmulatorAuthTest::enterprisePaths()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const Answer a = get(path);
    QCOMPARE(a.status, status);
    if (status != 200)
        return;
    const QString root = m_emulator->baseUrl().toString() + QStringLiteral("/api/v3/");
    const QJsonDocument doc = QJsonDocument::fromJson(a.body);
    const QString url = doc.isObject() ? doc.object().value(QStringLiteral("url")).toString()
                        : doc.array().isEmpty()
                            ? root
                            : doc.array().at(0).toObject().value(QStringLiteral("url")).toString();
    if (!path.endsWith(QLatin1String("rate_limit")))
        QVERIFY2(url.startsWith(root), qPrintable(url));
    QCOMPARE(get(path, "wrong").status, 401);
}

void EmulatorAuthTest::enterpriseLinksKeepThePrefix()
{
    for (int i = 0; i < 3; ++i)
        m_emulator->createDeploymentDirect(QStringLiteral("octo/empty"));
    const Answer a = get(QStringLiteral("/api/v3/repos/octo/empty/deployments?per_page=1"));
    QCOMPARE(a.array().size(), 1);
    const QString link = QString::fromUtf8(a.header("Link"));
    QVERIFY2(
        link.contains(m_emulator->baseUrl().toString() +
                      QStringLiteral("/api/v3/repos/octo/empty/deployments?per_page=1&page=2>; "
                                     "rel=\"next\"")),
        qPrintable(link));
}

void EmulatorAuthTest::https_data()
{
    QTest::addColumn<QString>("trust"); // which CA the client trusts
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::addRow("test CA, 127.0.0.1")
        << QStringLiteral("ca") << QStringLiteral("127.0.0.1") << true;
    QTest::addRow("test CA, localhost")
        << QStringLiteral("ca") << QStringLiteral("localhost") << true;
    QTest::addRow("system CAs only")
        << QStringLiteral("system") << QStringLiteral("127.0.0.1") << false;
    QTest::addRow("another CA") << QStringLiteral("other") << QStringLiteral("127.0.0.1") << false;
}

void EmulatorAuthTest::https()
{
    QFETCH(QString, trust);
    QFETCH(QString, host);
    QFETCH(bool, ok);

    // Given an emulator on HTTPS with a fresh test CA
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const TestCertificates certs = TestCertificates::generate(dir.path() + QStringLiteral("/a"));
    QVERIFY2(certs.isValid(), qPrintable(certs.error));
    GitHubEmulator tls;
    tls.loadEmpty();
    QVERIFY(tls.listenTls(QHostAddress::LocalHost, 0, certs.serverCertificate, certs.serverKey));
    QVERIFY(tls.isTls());
    QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (trust == QLatin1String("ca")) {
        ssl.addCaCertificate(certs.ca);
    } else if (trust == QLatin1String("other")) {
        const TestCertificates other =
            TestCertificates::generate(dir.path() + QStringLiteral("/b"));
        QVERIFY2(other.isValid(), qPrintable(other.error));
        QVERIFY(other.ca != certs.ca);
        ssl.setCaCertificates({other.ca});
    }
    const QString url = QStringLiteral("https://%1:%2/api/v3/user/repos").arg(host).arg(tls.port());
    const Answer a = call("GET", url, {}, bearer("demo-token"), ssl);
    if (ok) {
        QCOMPARE(a.error, QNetworkReply::NoError);
        QCOMPARE(a.status, 200);
        QVERIFY(a.sslErrors.isEmpty());
        QCOMPARE(a.fullNames(), QStringList{QStringLiteral("octo/empty")});
        // URLs in the answer are https too
        QVERIFY(a.array()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("url"))
                    .toString()
                    .startsWith(
                        QStringLiteral("https://%1:%2/api/v3/repos/").arg(host).arg(tls.port())));
    } else {
        QCOMPARE(a.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(!a.sslErrors.isEmpty());
        QVERIFY(std::any_of(a.sslErrors.begin(), a.sslErrors.end(), [](const QSslError &e) {
            return e.error() == QSslError::SelfSignedCertificateInChain ||
                   e.error() == QSslError::UnableToGetLocalIssuerCertificate ||
                   e.error() == QSslError::UnableToVerifyFirstCertificate;
        }));
        QCOMPARE(a.status, 0);
    }
}

void EmulatorAuthTest::standaloneDemoAccountsOverHttps()
{
    QTemporaryDir dir;
    const TestCertificates certs = TestCertificates::generate(dir.path());
    QVERIFY2(certs.isValid(), qPrintable(certs.error));
    QProcess process;
    process.setProgram(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck-emulator"));
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--users"),
                          QStringLiteral("demo"), QStringLiteral("--tls-cert"),
                          certs.serverCertificatePath, QStringLiteral("--tls-key"),
                          certs.serverKeyPath});
    process.start();
    QVERIFY2(process.waitForStarted(TestTimeoutMs), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), TestTimeoutMs);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Listening on https://127\\.0\\.0\\.1:(\\d+)$"))
            .match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    const QString base = QStringLiteral("https://127.0.0.1:") + match.captured(1);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(certs.ca);
    const auto fetch = [&](const QByteArray &method, const QString &path, const QByteArray &token,
                           const QByteArray &body = {}) {
        return call(method, base + path, body,
                    {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                    ssl);
    };

    const Answer reader = fetch("GET", QStringLiteral("/user"), "reader-token");
    QCOMPARE(reader.status, 200);
    QCOMPARE(reader.text("login"), QStringLiteral("reader"));
    QCOMPARE(fetch("POST", QStringLiteral("/repos/acme/storefront/deployments"), "reader-token",
                   "{\"ref\":\"main\"}")
                 .text("message"),
             QStringLiteral("Must have push access to repository"));
    QCOMPARE(fetch("GET", QStringLiteral("/repos/acme/internal-tools"), "reader-token").status,
             404);
    QVERIFY(!fetch("GET", QStringLiteral("/user"), "github_pat_demo").has("X-OAuth-Scopes"));
    QCOMPARE(fetch("GET", QStringLiteral("/user"), "noscope-token").header("X-OAuth-Scopes"),
             QByteArray("read:org"));
    QCOMPARE(fetch("GET", QStringLiteral("/user"), "expired-token").status, 401);
    QCOMPARE(fetch("GET", QStringLiteral("/user"), "revoked-token").status, 401);
    const Answer sso = fetch("GET", QStringLiteral("/repos/acme/compliance"), "demo-token");
    QCOMPARE(sso.status, 403);
    QCOMPARE(
        sso.header("X-GitHub-SSO"),
        QByteArray("required; url=https://github.com/orgs/acme/sso?authorization_request=DEMO"));

    process.terminate();
    QVERIFY(process.waitForFinished(TestTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(EmulatorAuthTest)
#include "tst_emulatorauth.moc"
