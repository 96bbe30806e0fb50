// The caps of models/clientlimits.h against a tiny server that sends exactly what a hostile or
// broken server would: a huge body, a small deflate answer that inflates past the cap, a Link
// header that loops or never ends, a Retry-After of a week, a megabyte `message`.
#include "models/clientlimits.h"
#include "manualtimesource.h"
#include "models/githubclient.h"
#include "tinyhttpserver.h"

#include "testtimeout.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const RepositoryId repository{QStringLiteral("acme"), QStringLiteral("storefront")};

GitHubError outcome(GitHubRequest *request)
{
    request->setAutoDelete(false);
    QSignalSpy failed(request, &GitHubRequest::failed);
    QSignalSpy finished(request, &GitHubRequest::finished);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, TestTimeoutMs))
        return GitHubError(GitHubError::Kind::Timeout, QStringLiteral("the test waited"));
    return failed.isEmpty() ? GitHubError() : failed.first().first().value<GitHubError>();
}

QByteArray deploymentItem(int id)
{
    return "{\"id\":" + QByteArray::number(id) +
           ",\"sha\":\"abc\",\"ref\":\"main\",\"environment\":\"production\","
           "\"created_at\":\"2024-01-01T00:00:00Z\",\"creator\":null}";
}

// A JSON array of deployments of about `bytes` bytes (a long description pads it).
QByteArray bigPage(qint64 bytes)
{
    const QByteArray padding(bytes, 'x');
    return "[{\"id\":1,\"sha\":\"abc\",\"ref\":\"main\",\"environment\":\"production\","
           "\"description\":\"" +
           padding + "\",\"created_at\":\"2024-01-01T00:00:00Z\",\"creator\":null}]";
}

// The zlib stream Content-Encoding: deflate carries (qCompress prefixes 4 length bytes).
QByteArray deflate(const QByteArray &data)
{
    return qCompress(data, 9).mid(4);
}

} // namespace

class ClientLimitsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limitsAreWhatTheReasonsSay();
    void bodyCap_data();
    void bodyCap();
    void pageCap_data();
    void pageCap();
    void retryAfterIsCappedAndShown();
    void rateLimitResetIsCapped();
    void stopWaitingEndsTheWait();
    void longMessageIsCut();
};

void ClientLimitsTest::limitsAreWhatTheReasonsSay()
{
    QCOMPARE(ClientLimits::maxResponseBytes, qint64(32) * 1024 * 1024);
    QVERIFY(ClientLimits::maxPagesFollowed >= 100); // 10,000 deployments at least
    QVERIFY(ClientLimits::maxRetryAfterSeconds <= 3600);
    QVERIFY(ClientLimits::maxRateLimitResetSeconds <= 2 * 3600);
    GitHubClient client;
    QCOMPARE(client.maxResponseBytes(), ClientLimits::maxResponseBytes);
}

void ClientLimitsTest::bodyCap_data()
{
    QTest::addColumn<qint64>("bodyBytes");
    QTest::addColumn<bool>("compressed");
    QTest::addColumn<bool>("chunked"); // no Content-Length: only the bytes received count
    QTest::addColumn<bool>("fails");
    // The cap is lowered to 1 MiB here so the test stays small; the default is 32 MiB.
    QTest::addRow("under the cap") << qint64(900 * 1024) << false << false << false;
    QTest::addRow("over the cap") << qint64(3 * 1024 * 1024) << false << false << true;
    QTest::addRow("over the cap, no length") << qint64(3 * 1024 * 1024) << false << true << true;
    // 3 MiB of JSON inflated from a few KiB: counted after decompression
    QTest::addRow("deflate bomb") << qint64(3 * 1024 * 1024) << true << false << true;
    QTest::addRow("deflate under the cap") << qint64(900 * 1024) << true << false << false;
}

void ClientLimitsTest::bodyCap()
{
    QFETCH(qint64, bodyBytes);
    QFETCH(bool, compressed);
    QFETCH(bool, chunked);
    QFETCH(bool, fails);
    TinyHttpServer server;
    QVERIFY(server.listen());
    const QByteArray page = bigPage(bodyBytes);
    server.setHandler([&](const TinyHttpServer::Request &) {
        TinyHttpServer::Response response = TinyHttpServer::json(200, page);
        if (compressed) {
            response.body = deflate(page);
            response.addHeader("Content-Encoding", "deflate");
        }
        if (chunked)
            response.closeWithoutLength = true;
        return response;
    });
    GitHubClient client;
    QVERIFY(client.setApiRoot(server.baseUrl()));
    client.setRetryPolicy(0, 1);
    client.setMaxResponseBytes(1024 * 1024);
    const GitHubError error = outcome(client.listDeployments(repository));
    if (!fails) {
        QVERIFY2(!error.isError(), qPrintable(error.toDisplayString()));
        return;
    }
    QCOMPARE(error.kind, GitHubError::Kind::BadResponse);
    QVERIFY(error.limitExceeded);
    QVERIFY2(error.toDisplayString().contains(QLatin1String("larger than 1 MiB")),
             qPrintable(error.toDisplayString()));
    QCOMPARE(server.requests().size(), 1); // not retried: the same answer would come again
    if (compressed)
        QVERIFY(deflate(page).size() < 1024 * 1024 / 10); // small on the wire, big inflated
}

void ClientLimitsTest::pageCap_data()
{
    QTest::addColumn<bool>("loop");
    QTest::addColumn<int>("expectedRequests");
    QTest::addRow("endless pages") << false << 5;
    QTest::addRow("link back to page 1") << true << 4; // 1, 2, 3, 1: its next (2) was read
}

void ClientLimitsTest::pageCap()
{
    QFETCH(bool, loop);
    QFETCH(int, expectedRequests);
    TinyHttpServer server;
    QVERIFY(server.listen());
    const QByteArray base = server.baseUrl().toEncoded();
    server.setHandler([&](const TinyHttpServer::Request &request) {
        int page = 1;
        const qsizetype at = request.target.indexOf("?page="); // not per_page=
        if (at >= 0)
            page = request.target.mid(at + 6).toInt();
        TinyHttpServer::Response response =
            TinyHttpServer::json(200, "[" + deploymentItem(page) + "]");
        // Endless: always a next page. Loop: page 3 says its next is page 1.
        const int next = loop && page == 3 ? 1 : page + 1;
        response.addHeader("Link", "<" + base + "/repos/acme/storefront/deployments?page=" +
                                       QByteArray::number(next) + ">; rel=\"next\"");
        return response;
    });
    GitHubClient client;
    QVERIFY(client.setApiRoot(server.baseUrl()));
    client.setMaxPages(5);
    const GitHubError error = outcome(client.listDeployments(repository));
    QCOMPARE(error.kind, GitHubError::Kind::BadResponse);
    QVERIFY(error.limitExceeded);
    QVERIFY2(error.toDisplayString().contains(loop ? QLatin1String("loops back")
                                                   : QLatin1String("more than 5 page")),
             qPrintable(error.toDisplayString()));
    QCOMPARE(server.requests().size(), expectedRequests);
}

void ClientLimitsTest::retryAfterIsCappedAndShown()
{
    // Given a server that asks to come back in a week
    TinyHttpServer server;
    QVERIFY(server.listen());
    int calls = 0;
    server.setHandler([&](const TinyHttpServer::Request &) {
        if (++calls == 1) {
            TinyHttpServer::Response response = TinyHttpServer::json(
                429, "{\"message\":\"You have exceeded a secondary rate limit.\"}");
            response.addHeader("Retry-After", "604800");
            return response;
        }
        return TinyHttpServer::json(200, "[" + deploymentItem(1) + "]");
    });
    GitHubClient client;
    ManualTimeSource clock;
    client.setTimeSource(&clock);
    QVERIFY(client.setApiRoot(server.baseUrl()));
    QSignalSpy waiting(&client, &GitHubClient::waitingChanged);
    DeploymentListRequest *request = client.listDeployments(repository);
    request->setAutoDelete(false);
    QSignalSpy finished(request, &GitHubRequest::finished);
    QVERIFY(waiting.wait(TestTimeoutMs));

    // Then it waits at most the cap, and says until when (the status bar shows it)
    QCOMPARE(client.waitReason(), GitHubClient::WaitReason::SecondaryRateLimit);
    QCOMPARE(clock.now().secsTo(client.waitingUntil()), ClientLimits::maxRetryAfterSeconds);
    clock.advance(ClientLimits::maxRetryAfterSeconds * 1000);
    QVERIFY(finished.wait(TestTimeoutMs));
    QCOMPARE(calls, 2);
}

void ClientLimitsTest::rateLimitResetIsCapped()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    ManualTimeSource clock;
    const qint64 farReset = clock.now().toSecsSinceEpoch() + 30 * 24 * 3600; // a month away
    server.setHandler([&](const TinyHttpServer::Request &) {
        TinyHttpServer::Response response =
            TinyHttpServer::json(403, "{\"message\":\"API rate limit exceeded\"}");
        response.addHeader("x-ratelimit-remaining", "0");
        response.addHeader("x-ratelimit-limit", "5000");
        response.addHeader("x-ratelimit-resource", "core");
        response.addHeader("x-ratelimit-reset", QByteArray::number(farReset));
        return response;
    });
    GitHubClient client;
    client.setTimeSource(&clock);
    QVERIFY(client.setApiRoot(server.baseUrl()));
    QSignalSpy waiting(&client, &GitHubClient::waitingChanged);
    DeploymentListRequest *request = client.listDeployments(repository);
    request->setAutoDelete(false);
    QVERIFY(waiting.wait(TestTimeoutMs));
    QCOMPARE(client.waitReason(), GitHubClient::WaitReason::RateLimit);
    QVERIFY(clock.now().secsTo(client.waitingUntil()) <= ClientLimits::maxRateLimitResetSeconds);
    QVERIFY(clock.now().secsTo(client.waitingUntil()) > 0);
}

void ClientLimitsTest::stopWaitingEndsTheWait()
{
    // Given a call waiting for a 30-minute Retry-After (capped at 15)
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TinyHttpServer::Request &) {
        TinyHttpServer::Response response =
            TinyHttpServer::json(429, "{\"message\":\"slow down\"}");
        response.addHeader("Retry-After", "1800");
        return response;
    });
    GitHubClient client;
    ManualTimeSource clock;
    client.setTimeSource(&clock);
    QVERIFY(client.setApiRoot(server.baseUrl()));
    QSignalSpy waiting(&client, &GitHubClient::waitingChanged);
    DeploymentListRequest *request = client.listDeployments(repository);
    request->setAutoDelete(false);
    QSignalSpy failed(request, &GitHubRequest::failed);
    QVERIFY(waiting.wait(TestTimeoutMs));
    QVERIFY(client.isBusy());

    // When the user stops waiting
    client.stopWaiting();

    // Then the call ends as cancelled at once, nothing waits, and no request is sent later
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<GitHubError>().kind, GitHubError::Kind::Cancelled);
    QCOMPARE(client.waitReason(), GitHubClient::WaitReason::None);
    QVERIFY(!client.isBusy());
    clock.advance(3600 * 1000);
    QCOMPARE(server.requests().size(), 1);
}

void ClientLimitsTest::longMessageIsCut()
{
    const QByteArray longMessage(1024 * 1024, 'm');
    GitHubError error = GitHubError::fromResponse(
        422, "application/json",
        "{\"message\":\"" + longMessage +
            "\",\"errors\":[{\"message\":\"a\"},{\"message\":\"b\"},{\"message\":\"c\"},"
            "{\"message\":\"d\"},{\"message\":\"e\"},{\"message\":\"f\"},{\"message\":\"g\"},"
            "{\"message\":\"h\"}]}");
    QCOMPARE(error.message.size(), longMessage.size()); // kept whole for logs and tests
    const QString shown = error.toDisplayString();
    QVERIFY2(shown.size() < ClientLimits::maxShownMessageLength + 200, qPrintable(shown.left(400)));
    QVERIFY(shown.contains(QChar(0x2026)));
    QVERIFY(!shown.contains(QLatin1String("; h"))); // at most maxShownFieldErrors of them
}

QTEST_GUILESS_MAIN(ClientLimitsTest)
#include "clientlimitstest.moc"
