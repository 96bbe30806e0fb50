// The token never leaves the API root's origin: cross-host redirects and next links are refused,
// same-host redirects (renamed repositories) work.
#include "models/githubclient.h"
#include "tinyhttpserver.h"

#include "testtimeout.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QByteArray token = "secret-token-123";
const RepositoryId repo{QStringLiteral("octo"), QStringLiteral("old")};
} // namespace

class RedirectTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void crossHostRedirectKeepsToken_data();
    void crossHostRedirectKeepsToken();
    void sameHostRedirectWorks();
    void nextLinkToAnotherHostIsRefused();
    void apiRootPolicy_data();
    void apiRootPolicy();
};

void RedirectTest::crossHostRedirectKeepsToken_data()
{
    QTest::addColumn<int>("status");
    QTest::addRow("301") << 301;
    QTest::addRow("302") << 302;
    QTest::addRow("307") << 307;
}

void RedirectTest::crossHostRedirectKeepsToken()
{
    QFETCH(int, status);
    // Given an API server that redirects to another host (127.0.0.2 is loopback too)
    TinyHttpServer other;
    if (!other.listen(QHostAddress(QStringLiteral("127.0.0.2"))))
        QSKIP("127.0.0.2 is not available on this machine");
    other.setHandler(
        [](const TinyHttpServer::Request &) { return TinyHttpServer::json(200, "[]"); });
    TinyHttpServer api;
    QVERIFY(api.listen());
    api.setHandler([&other, status](const TinyHttpServer::Request &request) {
        TinyHttpServer::Response response;
        response.status = status;
        response.addHeader("Location", other.baseUrl().toEncoded() + request.target);
        return response;
    });
    GitHubClient client;
    QVERIFY(client.setApiRoot(api.baseUrl()));
    client.setToken(QString::fromLatin1(token));

    // When the client lists deployments
    DeploymentListRequest *request = client.listDeployments(repo);
    QSignalSpy failed(request, &GitHubRequest::failed);
    QVERIFY(failed.wait(TestTimeoutMs));

    // Then the API server got the token, the other host never did, and the call failed
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(api.requests().first().headers.value("authorization"), "Bearer " + token);
    for (const TinyHttpServer::Request &sent : other.requests())
        QVERIFY(!sent.headers.contains("authorization"));
    QVERIFY(other.requests().isEmpty());
    QCOMPARE(failed.first().first().value<GitHubError>().kind, GitHubError::Kind::Network);
    QVERIFY(!failed.first().first().value<GitHubError>().toDisplayString().contains(
        QString::fromLatin1(token)));
}

void RedirectTest::sameHostRedirectWorks()
{
    // Given a renamed repository answering 301 to /repositories/{id}/... on the same host
    TinyHttpServer api;
    QVERIFY(api.listen());
    api.setHandler([](const TinyHttpServer::Request &request) {
        if (request.target.startsWith("/repos/octo/old/")) {
            TinyHttpServer::Response response;
            response.status = 301;
            response.addHeader("Location", "/repositories/7/" +
                                               request.target.mid(qstrlen("/repos/octo/old/")));
            response.addHeader("Content-Type", "application/json");
            response.body = "{\"message\":\"Moved Permanently\"}";
            return response;
        }
        return TinyHttpServer::json(200, "[]");
    });
    GitHubClient client;
    QVERIFY(client.setApiRoot(api.baseUrl()));
    client.setToken(QString::fromLatin1(token));

    DeploymentListRequest *request = client.listDeployments(repo);
    QSignalSpy finished(request, &GitHubRequest::finished);
    QVERIFY(finished.wait(TestTimeoutMs));

    QCOMPARE(api.requests().size(), 2);
    QVERIFY(api.requests().at(1).target.startsWith("/repositories/7/deployments?"));
    QCOMPARE(api.requests().at(1).headers.value("authorization"), "Bearer " + token);
}

void RedirectTest::nextLinkToAnotherHostIsRefused()
{
    TinyHttpServer other;
    QVERIFY(other.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    TinyHttpServer api;
    QVERIFY(api.listen());
    api.setHandler([&other](const TinyHttpServer::Request &) {
        TinyHttpServer::Response response = TinyHttpServer::json(200, "[]");
        response.addHeader("Link",
                           "<" + other.baseUrl().toEncoded() + "/steal?page=2>; rel=\"next\"");
        return response;
    });
    GitHubClient client;
    QVERIFY(client.setApiRoot(api.baseUrl()));
    client.setToken(QString::fromLatin1(token));
    DeploymentListRequest *request = client.listDeployments(repo);
    QSignalSpy failed(request, &GitHubRequest::failed);
    QVERIFY(failed.wait(TestTimeoutMs));
    QCOMPARE(failed.first().first().value<GitHubError>().kind, GitHubError::Kind::BadResponse);
    QVERIFY(other.requests().isEmpty());
}

void RedirectTest::apiRootPolicy_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("github.com") << "https://api.github.com" << false << true;
    QTest::addRow("enterprise") << "https://ghe.example.com/api/v3" << false << true;
    QTest::addRow("loopback http") << "http://127.0.0.1:8080" << false << true;
    QTest::addRow("localhost http") << "http://localhost:8080" << false << true;
    QTest::addRow("ipv6 loopback") << "http://[::1]:8080" << false << true;
    QTest::addRow("remote http refused") << "http://ghe.example.com/api/v3" << false << false;
    QTest::addRow("remote http allowed") << "http://ghe.example.com/api/v3" << true << true;
    QTest::addRow("ftp") << "ftp://example.com" << true << false;
    QTest::addRow("user info") << "https://user:pw@example.com" << false << false;
    QTest::addRow("empty") << "" << false << false;
}

void RedirectTest::apiRootPolicy()
{
    QFETCH(QString, root);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, accepted);
    GitHubClient client;
    QString error;
    QCOMPARE(client.setApiRoot(QUrl(root), allowInsecure, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    QCOMPARE(client.apiRoot() == GitHubClient::defaultApiRoot(),
             !accepted || root.contains("api.github.com"));
}

QTEST_GUILESS_MAIN(RedirectTest)
#include "redirecttest.moc"
