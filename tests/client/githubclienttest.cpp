// GitHubClient against the in-process emulator (and a tiny server where exact bytes matter).
#include "models/githubclient.h"
#include "emulator/githubemulator.h"
#include "manualtimesource.h"
#include "tinyhttpserver.h"

#include "testtimeout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const RepositoryId storefront{QStringLiteral("acme"), QStringLiteral("storefront")};
const RepositoryId synthetic{QStringLiteral("octo"), QStringLiteral("synthetic")};

// Waits for finished(); on failed() the test fails with the error.
bool finishes(GitHubRequest *request, int timeout = TestTimeoutMs)
{
    request->setAutoDelete(false); // the test reads results afterwards; the client deletes it
    QSignalSpy finished(request, &GitHubRequest::finished);
    QSignalSpy failed(request, &GitHubRequest::failed);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeout))
        return false;
    if (!failed.isEmpty())
        qWarning() << "failed:" << failed.first().first().value<GitHubError>();
    return !finished.isEmpty();
}

GitHubError failure(GitHubRequest *request, int timeout = TestTimeoutMs)
{
    request->setAutoDelete(false);
    QSignalSpy failed(request, &GitHubRequest::failed);
    QSignalSpy finished(request, &GitHubRequest::finished);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeout))
        return GitHubError(GitHubError::Kind::None, QStringLiteral("no answer"));
    return failed.isEmpty() ? GitHubError() : failed.first().first().value<GitHubError>();
}

int countRequests(const GitHubEmulator &emulator, const QByteArray &method, const QString &part)
{
    int count = 0;
    for (const GitHubEmulator::RecordedRequest &request : emulator.requests()) {
        if (request.method == method && request.path.contains(part))
            ++count;
    }
    return count;
}

// Every message logged while it lives, of any category and any thread, as "category: text".
// It enables the given logging rules and restores the previous handler and rules when it goes.
class LogCapture
{
public:
    explicit LogCapture(const QString &rules)
    {
        QMutexLocker lock(&s_mutex);
        s_messages.clear();
        s_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(rules);
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(s_previous);
    }
    Q_DISABLE_COPY_MOVE(LogCapture)

    static QStringList messages()
    {
        QMutexLocker lock(&s_mutex);
        return s_messages;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_messages.append(QString::fromLatin1(context.category ? context.category : "") +
                              QStringLiteral(": ") + text);
        }
        if (type != QtDebugMsg && s_previous) // warnings still reach the test log
            s_previous(type, context, text);
    }

    static inline QMutex s_mutex;
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
};

QStringList matching(const QStringList &messages, const QString &part)
{
    QStringList found;
    for (const QString &message : messages) {
        if (message.contains(part))
            found.append(message);
    }
    return found;
}

} // namespace

class GitHubClientTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void headers();
    void readCalls();
    void createDeploymentSendsEveryField();
    void createdStatusAndDelete();
    void merged202();
    void errorsAreSurfaced_data();
    void errorsAreSurfaced();
    void paginationOverManyPages();
    void trickyLinkHeader();
    void notModifiedCostsNothing();
    void retryAfterPausesAndResumes_data();
    void retryAfterPausesAndResumes();
    void exhaustedRateLimitWaitsForReset();
    void secondaryLimitWithoutHeaderWaitsAMinute();
    void transientGetFailuresAreRetried_data();
    void transientGetFailuresAreRetried();
    void postIsNeverRetried();
    void timeoutIsReportedAsTimeout();
    void cancelledRequestIgnoresLateReply();
    void switchingRepositoryCancelsOldWork();
    void visibleRequestsGoFirst();
    void tokenIsNotInDebugOutput();

private:
    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<GitHubClient> m_client;
};

void GitHubClientTest::init()
{
    m_emulator = std::make_unique<GitHubEmulator>();
    QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
    m_emulator->loadDemo();
    m_client = std::make_unique<GitHubClient>();
    QVERIFY(m_client->setApiRoot(m_emulator->baseUrl()));
    m_client->setToken(m_emulator->token());
    m_client->setRetryPolicy(3, 1); // 1 ms backoff: retries without waiting
}

void GitHubClientTest::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

void GitHubClientTest::headers()
{
    QVERIFY(finishes(m_client->currentUser()));
    const GitHubEmulator::RecordedRequest sent = m_emulator->requests().constLast();
    QCOMPARE(sent.header("accept"), QByteArray("application/vnd.github+json"));
    QCOMPARE(sent.header("authorization"), "Bearer " + m_emulator->token().toUtf8());
    QCOMPARE(sent.header("x-github-api-version"), QByteArray("2022-11-28"));
    QCOMPARE(sent.header("user-agent"), QByteArray("DeployDeck/" DEPLOYDECK_VERSION));
}

void GitHubClientTest::readCalls()
{
    // Repository and token
    RepositoryRequest *repository = m_client->repository(storefront);
    QVERIFY(finishes(repository));
    QCOMPARE(repository->fullName().toLower(), QStringLiteral("acme/storefront"));
    UserRequest *user = m_client->currentUser();
    QVERIFY(finishes(user));
    QVERIFY(!user->user().login.isEmpty());

    // Deployments, filtered
    DeploymentListRequest *all = m_client->listDeployments(storefront);
    QVERIFY(finishes(all));
    QCOMPARE(all->deployments().size(), m_emulator->deploymentCount(storefront.fullName()));
    const Deployment newest = all->deployments().constFirst();
    QCOMPARE(newest.id, m_emulator->deploymentIds(storefront.fullName()).constFirst());

    DeploymentQuery query;
    query.environment = newest.environment;
    query.ref = newest.ref;
    query.sha = newest.sha;
    query.task = newest.task;
    DeploymentListRequest *filtered = m_client->listDeployments(storefront, query);
    QVERIFY(finishes(filtered));
    QVERIFY(!filtered->deployments().isEmpty());
    for (const Deployment &d : filtered->deployments())
        QCOMPARE(d.environment, newest.environment);
    const QString path = m_emulator->requests().constLast().path;
    for (const char *key : {"environment=", "ref=", "sha=", "task=", "per_page=100"})
        QVERIFY2(path.contains(QLatin1String(key)), qPrintable(path));

    // One deployment, its statuses, one status
    DeploymentRequest *one = m_client->getDeployment(storefront, newest.id);
    QVERIFY(finishes(one));
    QCOMPARE(one->deployment().id, newest.id);
    StatusListRequest *statuses = m_client->listStatuses(storefront, newest.id);
    QVERIFY(finishes(statuses));
    QCOMPARE(statuses->deploymentId(), newest.id);
    const QList<qint64> statusIds = m_emulator->statusIds(storefront.fullName(), newest.id);
    QCOMPARE(statuses->statuses().size(), statusIds.size());
    if (!statusIds.isEmpty()) {
        StatusRequest *status = m_client->getStatus(storefront, newest.id, statusIds.first());
        QVERIFY(finishes(status));
        QCOMPARE(status->status().id, statusIds.first());
        QCOMPARE(status->status().rawState,
                 m_emulator->latestState(storefront.fullName(), newest.id));
    }

    // Environments and the rate limit
    EnvironmentListRequest *environments = m_client->listEnvironments(storefront);
    QVERIFY(finishes(environments));
    QVERIFY(!environments->environments().isEmpty());
    RateLimitRequest *rate = m_client->rateLimit();
    QVERIFY(finishes(rate));
    QCOMPARE(rate->core().limit, m_emulator->rateLimit());
    QVERIFY(m_client->rateLimitInfo().isValid());
}

void GitHubClientTest::createDeploymentSendsEveryField()
{
    NewDeployment input;
    input.ref = QStringLiteral("main");
    input.task = QStringLiteral("deploy:migrations");
    input.autoMerge = false;
    input.requiredContexts = QStringList();
    input.payload = QJsonObject{{QStringLiteral("migrate"), true}};
    input.environment = QStringLiteral("qa");
    input.description = QStringLiteral("Deploy for QA");
    input.transientEnvironment = true;
    input.productionEnvironment = false;
    DeploymentRequest *request = m_client->createDeployment(storefront, input);
    QVERIFY(finishes(request));
    QVERIFY(!request->merged());
    const Deployment created = request->deployment();
    QVERIFY(created.id > 0);
    QCOMPARE(created.environment, QStringLiteral("qa"));
    QCOMPARE(created.task, QStringLiteral("deploy:migrations"));
    QVERIFY(created.transientEnvironment);
    QCOMPARE(created.payload.toObject().value(QLatin1String("migrate")).toBool(), true);

    const GitHubEmulator::RecordedRequest sent = m_emulator->requests().constLast();
    QCOMPARE(sent.method, QByteArray("POST"));
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value("required_contexts").toArray(), QJsonArray());
    QCOMPARE(body.value("auto_merge").toBool(true), false);
    QCOMPARE(body.value("transient_environment").toBool(), true);
    QCOMPARE(body.value("production_environment").toBool(true), false);
    QVERIFY(body.value("payload").isObject());
    QCOMPARE(body.value("description").toString(), QStringLiteral("Deploy for QA"));
}

void GitHubClientTest::createdStatusAndDelete()
{
    const qint64 id = m_emulator->createDeploymentDirect(
        storefront.fullName(), {{"ref", "main"}, {"environment", "staging"}});
    QVERIFY(id > 0);
    NewStatus input;
    input.state = StatusState::InProgress;
    input.description = QStringLiteral("Rolling out");
    input.logUrl = QUrl(QStringLiteral("https://ci.example.com/run/1"));
    input.environmentUrl = QUrl(QStringLiteral("https://staging.example.com"));
    input.environment = QStringLiteral("staging");
    input.autoInactive = false;
    StatusRequest *status = m_client->createStatus(storefront, id, input);
    QVERIFY(finishes(status));
    QCOMPARE(status->status().state, StatusState::InProgress);
    QCOMPARE(status->status().logUrl, input.logUrl);
    const QJsonObject body =
        QJsonDocument::fromJson(m_emulator->requests().constLast().body).object();
    QCOMPARE(body.value("state").toString(), QStringLiteral("in_progress"));
    QCOMPARE(body.value("auto_inactive").toBool(true), false);
    QCOMPARE(body.value("environment_url").toString(),
             QStringLiteral("https://staging.example.com"));

    // An active deployment cannot be deleted; an inactive one can
    const GitHubError refused = failure(m_client->deleteDeployment(storefront, id));
    QCOMPARE(refused.kind, GitHubError::Kind::Validation);
    QVERIFY(refused.toDisplayString().contains(QStringLiteral("cannot delete an active")));
    NewStatus inactive;
    inactive.state = StatusState::Inactive;
    QVERIFY(finishes(m_client->createStatus(storefront, id, inactive)));
    QVERIFY(finishes(m_client->deleteDeployment(storefront, id)));
    QVERIFY(!m_emulator->deploymentIds(storefront.fullName()).contains(id));

    // A state GitHub does not take is refused before anything is sent
    const int before = m_emulator->requestCount();
    NewStatus unknown;
    unknown.state = StatusState::Destroyed;
    QCOMPARE(failure(m_client->createStatus(storefront, id, unknown)).kind,
             GitHubError::Kind::Validation);
    QCOMPARE(m_emulator->requestCount(), before);
}

void GitHubClientTest::merged202()
{
    NewDeployment input;
    input.ref = QStringLiteral("needs-merge");
    DeploymentRequest *request = m_client->createDeployment(storefront, input);
    QVERIFY(finishes(request));
    QVERIFY(request->merged());
    QVERIFY(request->message().contains(QStringLiteral("Auto-merged")));
}

void GitHubClientTest::errorsAreSurfaced_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<GitHubError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addRow("401") << "bad token" << GitHubError::Kind::Unauthorized << 401
                         << "Bad credentials";
    QTest::addRow("404") << "unknown repo" << GitHubError::Kind::NotFound << 404 << "Not Found";
    QTest::addRow("409") << "conflict" << GitHubError::Kind::Conflict << 409 << "Conflict";
    QTest::addRow("422") << "validation" << GitHubError::Kind::Validation << 422
                         << "Validation Failed";
}

void GitHubClientTest::errorsAreSurfaced()
{
    QFETCH(QString, what);
    QFETCH(GitHubError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, message);
    GitHubRequest *request = nullptr;
    if (what == QLatin1String("bad token")) {
        m_client->setToken(QStringLiteral("wrong"));
        request = m_client->listDeployments(storefront);
    } else if (what == QLatin1String("unknown repo")) {
        request = m_client->listDeployments({QStringLiteral("acme"), QStringLiteral("nope")});
    } else if (what == QLatin1String("conflict")) {
        NewDeployment input;
        input.ref = QStringLiteral("merge-conflict");
        request = m_client->createDeployment(storefront, input);
    } else {
        NewDeployment input;
        input.ref = QStringLiteral("main");
        input.payload = QJsonValue(42); // GitHub takes an object or a string
        request = m_client->createDeployment(storefront, input);
    }
    const GitHubError error = failure(request);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(error.toDisplayString().contains(error.message));
    if (status == 422)
        QVERIFY(!error.fieldErrors.isEmpty());
}

void GitHubClientTest::paginationOverManyPages()
{
    m_emulator->loadSynthetic(450, 1);
    DeploymentListRequest *request = m_client->listDeployments(synthetic);
    QSignalSpy pages(request, &DeploymentListRequest::pageReceived);
    QVERIFY(finishes(request));
    QCOMPARE(pages.size(), 5); // 100 per page
    QCOMPARE(pages.first().first().value<QList<Deployment>>().size(), 100);
    QCOMPARE(request->deployments().size(), 450);
    QCOMPARE(request->pageCount(), 5);
    QList<qint64> ids;
    for (const Deployment &d : request->deployments())
        ids.append(d.id);
    QCOMPARE(ids, m_emulator->deploymentIds(synthetic.fullName()));

    // A caller that only reads the pages as they come can have them not kept a second time
    DeploymentListRequest *streamed = m_client->listDeployments(synthetic);
    streamed->setKeepsItems(false);
    QSignalSpy streamedPages(streamed, &DeploymentListRequest::pageReceived);
    QVERIFY(finishes(streamed));
    qsizetype received = 0;
    for (const QList<QVariant> &page : std::as_const(streamedPages))
        received += page.first().value<QList<Deployment>>().size();
    QCOMPARE(received, 450);
    QVERIFY(streamed->deployments().isEmpty());
}

void GitHubClientTest::trickyLinkHeader()
{
    // Given a server whose page URLs carry commas and semicolons, with several links each
    TinyHttpServer server;
    QVERIFY(server.listen());
    const QByteArray base = server.baseUrl().toEncoded();
    server.setHandler([base](const TinyHttpServer::Request &request) {
        int page = 1;
        const qsizetype at = request.target.lastIndexOf("&page=");
        if (at >= 0 && request.target.contains("cursor="))
            page = request.target.mid(at + 6).toInt();
        const QByteArray item = "{\"id\":" + QByteArray::number(page) +
                                ",\"sha\":\"abc\",\"ref\":\"main\",\"environment\":\"production\","
                                "\"created_at\":\"2024-01-01T00:00:00Z\",\"creator\":null}";
        TinyHttpServer::Response response = TinyHttpServer::json(200, "[" + item + "]");
        const QByteArray query = base + "/repositories/1/deployments?cursor=a,b;c&per_page=1&page=";
        QByteArray link = "<" + query + "1>; rel=\"first\"";
        if (page < 4)
            link += ", <" + query + QByteArray::number(page + 1) + ">; rel=\"next\"";
        link += ", <" + query + "4>; rel=\"last\"";
        response.addHeader("Link", link);
        return response;
    });
    GitHubClient client;
    QVERIFY(client.setApiRoot(server.baseUrl()));
    DeploymentListRequest *request = client.listDeployments(storefront);
    QVERIFY(finishes(request));
    QCOMPARE(request->deployments().size(), 4);
    QCOMPARE(server.requests().size(), 4);
    QVERIFY(server.requests().at(3).target.contains("cursor=a,b;c&per_page=1&page=4"));
}

void GitHubClientTest::notModifiedCostsNothing()
{
    m_emulator->loadSynthetic(250, 1);
    // Given a first full read
    DeploymentListRequest *first = m_client->listDeployments(synthetic);
    QVERIFY(finishes(first));
    QVERIFY(!first->notModified());
    const int usedBefore = m_emulator->rateLimitUsed();
    const int sentBefore = m_client->transfersSent();

    // When the unchanged repository is read again
    DeploymentListRequest *second = m_client->listDeployments(synthetic);
    QSignalSpy pages(second, &DeploymentListRequest::pageReceived);
    QVERIFY(finishes(second));

    // Then every page was a 304 served from the cache, and no rate-limit point was spent
    QVERIFY(second->notModified());
    QCOMPARE(second->deployments().size(), 250);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(m_client->transfersSent() - sentBefore, 3);
    QCOMPARE(m_client->notModifiedAnswers(), 3);
    QCOMPARE(m_emulator->rateLimitUsed(), usedBefore);
    QVERIFY(!m_emulator->requests().constLast().header("if-none-match").isEmpty());

    // And a change is seen (and costs)
    m_emulator->createDeploymentDirect(synthetic.fullName(), {{"ref", "main"}});
    DeploymentListRequest *third = m_client->listDeployments(synthetic);
    QVERIFY(finishes(third));
    QVERIFY(!third->notModified());
    QCOMPARE(third->deployments().size(), 251);
    QVERIFY(m_emulator->rateLimitUsed() > usedBefore);
}

void GitHubClientTest::retryAfterPausesAndResumes_data()
{
    QTest::addColumn<GitHubEmulator::Fault>("fault");
    QTest::addRow("403 retry-after") << GitHubEmulator::Fault::RateLimit403RetryAfter;
    QTest::addRow("429 retry-after") << GitHubEmulator::Fault::Status429RetryAfter;
}

void GitHubClientTest::retryAfterPausesAndResumes()
{
    QFETCH(GitHubEmulator::Fault, fault);
    ManualTimeSource clock;
    m_client->setTimeSource(&clock);
    m_emulator->injectFault(fault, 1, QStringLiteral("/deployments"), 30);
    QSignalSpy waiting(m_client.get(), &GitHubClient::waitingChanged);

    // When a list meets a secondary limit with retry-after: 30
    DeploymentListRequest *request = m_client->listDeployments(storefront);
    request->setAutoDelete(false);
    QSignalSpy finished(request, &GitHubRequest::finished);
    QVERIFY(waiting.wait(TestTimeoutMs));

    // Then the queue waits 30 s and says why
    QCOMPARE(waiting.first().at(0).value<GitHubClient::WaitReason>(),
             GitHubClient::WaitReason::SecondaryRateLimit);
    QCOMPARE(clock.now().secsTo(waiting.first().at(1).toDateTime()), 30);
    QCOMPARE(m_client->waitReason(), GitHubClient::WaitReason::SecondaryRateLimit);
    // Other calls wait too
    UserRequest *user = m_client->currentUser();
    QSignalSpy userFinished(user, &GitHubRequest::finished);
    const int received = m_emulator->requestCount();
    clock.advance(29000);
    QCOMPARE(m_emulator->requestCount(), received);

    // And resumes by itself once the time has passed
    clock.advance(1000);
    QCOMPARE(m_client->waitReason(), GitHubClient::WaitReason::None);
    QVERIFY(finished.wait(TestTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(userFinished.size(), 1, TestTimeoutMs);
    QCOMPARE(request->deployments().size(), m_emulator->deploymentCount(storefront.fullName()));
}

void GitHubClientTest::exhaustedRateLimitWaitsForReset()
{
    ManualTimeSource clock;
    m_client->setTimeSource(&clock);
    m_emulator->setRateLimitRemaining(0);
    QSignalSpy waiting(m_client.get(), &GitHubClient::waitingChanged);
    DeploymentListRequest *request = m_client->listDeployments(storefront);
    QSignalSpy finished(request, &GitHubRequest::finished);
    QVERIFY(waiting.wait(TestTimeoutMs));
    QCOMPARE(waiting.first().at(0).value<GitHubClient::WaitReason>(),
             GitHubClient::WaitReason::RateLimit);
    const QDateTime until = waiting.first().at(1).toDateTime();
    QCOMPARE(until.toSecsSinceEpoch(), m_emulator->rateLimitReset().toSecsSinceEpoch());
    QVERIFY(m_client->rateLimitInfo().isExhausted());

    // When the reset time comes (the server has a fresh budget)
    m_emulator->setRateLimit(5000);
    clock.advance(clock.now().msecsTo(until) + 1);
    QVERIFY(finished.wait(TestTimeoutMs));
    QVERIFY(!m_client->rateLimitInfo().isExhausted());
}

void GitHubClientTest::secondaryLimitWithoutHeaderWaitsAMinute()
{
    // A 403 "secondary rate limit" without retry-after, from a tiny server
    TinyHttpServer server;
    QVERIFY(server.listen());
    int calls = 0;
    server.setHandler([&calls](const TinyHttpServer::Request &) {
        if (++calls == 1)
            return TinyHttpServer::json(
                403, "{\"message\":\"You have exceeded a secondary rate limit.\"}");
        return TinyHttpServer::json(200, "{\"login\":\"octocat\",\"id\":1}");
    });
    GitHubClient client;
    ManualTimeSource clock;
    client.setTimeSource(&clock);
    QVERIFY(client.setApiRoot(server.baseUrl()));
    QSignalSpy waiting(&client, &GitHubClient::waitingChanged);
    UserRequest *request = client.currentUser();
    request->setAutoDelete(false);
    QSignalSpy finished(request, &GitHubRequest::finished);
    QVERIFY(waiting.wait(TestTimeoutMs));
    QCOMPARE(clock.now().secsTo(waiting.first().at(1).toDateTime()), 60);
    clock.advance(59000);
    QCOMPARE(calls, 1);
    clock.advance(1000);
    QVERIFY(finished.wait(TestTimeoutMs));
    QCOMPARE(request->user().login, QStringLiteral("octocat"));
}

void GitHubClientTest::transientGetFailuresAreRetried_data()
{
    QTest::addColumn<GitHubEmulator::Fault>("fault");
    QTest::addRow("502 html") << GitHubEmulator::Fault::Status502Html;
    QTest::addRow("500") << GitHubEmulator::Fault::Status500;
    QTest::addRow("503") << GitHubEmulator::Fault::Status503;
    QTest::addRow("truncated body") << GitHubEmulator::Fault::TruncatedBody;
    QTest::addRow("dropped connection") << GitHubEmulator::Fault::DropConnection;
}

void GitHubClientTest::transientGetFailuresAreRetried()
{
    QFETCH(GitHubEmulator::Fault, fault);
    m_emulator->injectFault(fault, 2, QStringLiteral("/deployments"));
    DeploymentListRequest *request = m_client->listDeployments(storefront);
    QVERIFY(finishes(request));
    const int pages = (m_emulator->deploymentCount(storefront.fullName()) + 99) / 100;
    QCOMPARE(countRequests(*m_emulator, "GET", QStringLiteral("/deployments")), 2 + pages);
    QCOMPARE(request->deployments().size(), m_emulator->deploymentCount(storefront.fullName()));

    // And gives up after the retries are spent
    m_client->setRetryPolicy(2, 1);
    m_emulator->injectFault(fault, 10, QStringLiteral("/environments"));
    const GitHubError error = failure(m_client->listEnvironments(storefront));
    QVERIFY(error.isError());
    // Three tries (Qt itself may resend once on a connection closed before any answer)
    const int tries = countRequests(*m_emulator, "GET", QStringLiteral("/environments"));
    QVERIFY2(tries >= 3 && tries <= 6, qPrintable(QString::number(tries)));
    m_emulator->clearFaults();
}

void GitHubClientTest::postIsNeverRetried()
{
    // A refused write (4xx) is never sent again: GitHub said it did not do it.
    const qint64 id = m_emulator->deploymentIds(storefront.fullName()).first();
    NewStatus input;
    input.state = StatusState::Success;
    input.description = QString(200, QLatin1Char('x')); // over GitHub's 140: a 422
    const GitHubError error = failure(m_client->createStatus(storefront, id, input));
    QCOMPARE(error.kind, GitHubError::Kind::Validation);
    QCOMPARE(countRequests(*m_emulator, "POST", QStringLiteral("/statuses")), 1);
    // An ambiguous one (a 502 from the edge) is read back before anything is sent again:
    // tests/client/reconciletest.cpp.

    m_emulator->injectFault(GitHubEmulator::Fault::TruncatedBody, 1,
                            QStringLiteral("/deployments/"));
    QVERIFY(failure(m_client->deleteDeployment(storefront, id)).isError());
    QCOMPARE(countRequests(*m_emulator, "DELETE", QStringLiteral("/deployments/")), 1);
}

void GitHubClientTest::timeoutIsReportedAsTimeout()
{
    TinyHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TinyHttpServer::Request &) {
        TinyHttpServer::Response silence;
        silence.silent = true;
        return silence;
    });
    GitHubClient client;
    QVERIFY(client.setApiRoot(server.baseUrl()));
    client.setTransferTimeout(200);
    client.setRetryPolicy(1, 1);
    const GitHubError error = failure(client.currentUser());
    QCOMPARE(error.kind, GitHubError::Kind::Timeout);
    QCOMPARE(server.requests().size(), 2); // a GET is retried once
    QVERIFY(error.toDisplayString().contains(QStringLiteral("in time")));
}

void GitHubClientTest::cancelledRequestIgnoresLateReply()
{
    m_emulator->setLatency(150ms);
    // Given a request whose answer is on its way
    QPointer<DeploymentListRequest> request = m_client->listDeployments(storefront);
    QSignalSpy pages(request.data(), &DeploymentListRequest::pageReceived);
    QSignalSpy finished(request.data(), &GitHubRequest::finished);
    QSignalSpy failed(request.data(), &GitHubRequest::failed);
    QSignalSpy received(m_emulator.get(), &GitHubEmulator::requestReceived);
    QVERIFY(received.wait(TestTimeoutMs));
    // When it is cancelled
    request->cancel();
    QVERIFY(request->isCancelled());
    // Then a later request completes, and the cancelled one said nothing
    QVERIFY(finishes(m_client->currentUser()));
    QTRY_VERIFY_WITH_TIMEOUT(request.isNull(), TestTimeoutMs);
    QCOMPARE(pages.size(), 0);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_client->isBusy());
}

void GitHubClientTest::switchingRepositoryCancelsOldWork()
{
    m_emulator->setLatency(50ms);
    const RepositoryId payments{QStringLiteral("acme"), QStringLiteral("payments-api")};
    m_client->setMaxConcurrentReads(2);
    QList<QPointer<GitHubRequest>> old;
    int oldSignals = 0;
    for (qint64 id : m_emulator->deploymentIds(storefront.fullName()).mid(0, 10)) {
        StatusListRequest *request = m_client->listStatuses(storefront, id);
        connect(request, &StatusListRequest::pageReceived, this, [&oldSignals] { ++oldSignals; });
        connect(request, &GitHubRequest::finished, this, [&oldSignals] { ++oldSignals; });
        old.append(request);
    }
    DeploymentListRequest *current = m_client->listDeployments(payments);
    m_client->cancelAll(storefront);
    QVERIFY(finishes(current));
    QCOMPARE(oldSignals, 0);
    QCOMPARE(current->repository(), payments);
    // At most the two already running reached the server
    QVERIFY(countRequests(*m_emulator, "GET", QStringLiteral("/statuses")) <= 2);
}

void GitHubClientTest::visibleRequestsGoFirst()
{
    m_emulator->setLatency(20ms);
    m_client->setMaxConcurrentReads(1);
    const QList<qint64> ids = m_emulator->deploymentIds(storefront.fullName());
    QVERIFY(ids.size() >= 5);
    QList<StatusListRequest *> requests;
    for (int i = 0; i < 4; ++i)
        requests.append(
            m_client->listStatuses(storefront, ids.at(i), GitHubRequest::Priority::Background));
    StatusListRequest *visible =
        m_client->listStatuses(storefront, ids.at(4), GitHubRequest::Priority::Visible);
    requests.last()->setPriority(GitHubRequest::Priority::Normal);
    QVERIFY(finishes(requests.at(2)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_client->isBusy(), TestTimeoutMs);
    QStringList order;
    for (const GitHubEmulator::RecordedRequest &r : m_emulator->requests())
        order.append(r.path.section(QLatin1Char('/'), 5, 5));
    // The first was already running; then the visible one, then the re-prioritised one
    QCOMPARE(order.mid(0, 3), (QStringList{QString::number(ids.at(0)), QString::number(ids.at(4)),
                                           QString::number(ids.at(3))}));
    Q_UNUSED(visible);
}

void GitHubClientTest::tokenIsNotInDebugOutput()
{
    // Given every logging category at debug level (the client's and Qt's network ones), every
    // message captured, and tokens that cannot be mistaken for other text
    const QString token = QStringLiteral("ghp_LogCaptureSecret0123456789");
    const QString wrongToken = QStringLiteral("ghp_WrongButAlsoSecret987654");
    m_emulator->setToken(token);
    m_client->setToken(token);
    LogCapture capture(QStringLiteral("*.debug=true"));

    // When the client makes the calls whose paths log: plain reads and a write, a read through
    // a renamed repository's same-host redirect, a read retried after a 503, and a bad token
    QVERIFY(finishes(m_client->currentUser()));
    QVERIFY(finishes(m_client->listDeployments(storefront)));
    NewDeployment input;
    input.ref = QStringLiteral("main");
    QVERIFY(finishes(m_client->createDeployment(storefront, input)));
    QVERIFY(m_emulator->renameRepository(storefront.fullName(), QStringLiteral("acme/shopfront")));
    QVERIFY(finishes(m_client->listDeployments(storefront)));
    m_emulator->injectFault(GitHubEmulator::Fault::Status503, 1, QStringLiteral("/deployments"));
    QVERIFY(finishes(m_client->listDeployments(storefront)));
    m_client->setToken(wrongToken);
    const GitHubError error = failure(m_client->listDeployments(storefront));
    QCOMPARE(error.kind, GitHubError::Kind::Unauthorized);
    QString errorText;
    QDebug(&errorText) << error;
    const QStringList messages = LogCapture::messages();

    // Then the capture worked and saw each path: the client said what it asked and got
    const QStringList client = matching(messages, QStringLiteral("deploydeck.github: "));
    QVERIFY2(!client.isEmpty(), qPrintable(messages.join(u'\n')));
    QVERIFY2(!matching(client, QStringLiteral("redirected")).isEmpty(),
             qPrintable(client.join(u'\n')));
    QVERIFY2(!matching(client, QStringLiteral("retry")).isEmpty(), qPrintable(client.join(u'\n')));
    QVERIFY2(!matching(client, QStringLiteral(" 503 ")).isEmpty(), qPrintable(client.join(u'\n')));
    QVERIFY2(!matching(client, QStringLiteral(" 401 ")).isEmpty(), qPrintable(client.join(u'\n')));
    // And no message of the client side (ours or Qt's network code) holds either token. The
    // in-process emulator's QHttpServer logs every request's headers at debug level: that is
    // the server's log, GitHub's side in real life, so it does not count.
    QStringList clientSide;

    for (const QString &message : messages) {
        if (!message.startsWith(QLatin1String("qt.httpserver")))
            clientSide.append(message);
    }
    for (const QString &secret : {token, wrongToken}) {
        const QStringList leaks = matching(clientSide, secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        QVERIFY(!errorText.contains(secret));
        QVERIFY(!error.toDisplayString().contains(secret));
        QVERIFY(!error.detail.contains(secret));
    }
}

QTEST_GUILESS_MAIN(GitHubClientTest)
#include "githubclienttest.moc"
