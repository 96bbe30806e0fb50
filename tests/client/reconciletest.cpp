// A status POST whose answer is lost is read back before anything is sent again: GitHub may
// have done it (then it is not done twice) or not (then sending it again is safe).
#include "emulator/githubemulator.h"
#include "models/githubclient.h"

#include "testtimeout.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const RepositoryId storefront{QStringLiteral("acme"), QStringLiteral("storefront")};

int count(const GitHubEmulator &emulator, const QByteArray &method, const QString &part)
{
    int n = 0;
    for (const GitHubEmulator::RecordedRequest &request : emulator.requests())
        n += request.method == method && request.path.contains(part) ? 1 : 0;
    return n;
}
} // namespace

class ReconcileTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void lostAnswerIsFoundNotRepeated_data();
    void lostAnswerIsFoundNotRepeated();
    void notDoneIsSentOnceMore_data();
    void notDoneIsSentOnceMore();
    void neverMoreThanTwoPosts();
    void rateLimitIsNotReconciled();

private:
    StatusRequest *post(qint64 deploymentId, const QString &description);
    GitHubError outcome(GitHubRequest *request);

    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<GitHubClient> m_client;
    qint64 m_deployment = 0;
};

void ReconcileTest::init()
{
    m_emulator = std::make_unique<GitHubEmulator>();
    QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
    m_emulator->loadDemo();
    m_client = std::make_unique<GitHubClient>();
    QVERIFY(m_client->setApiRoot(m_emulator->baseUrl()));
    m_client->setToken(m_emulator->token());
    m_client->setRetryPolicy(3, 1);
    m_deployment = m_emulator->deploymentIds(storefront.fullName()).first();
}

void ReconcileTest::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

StatusRequest *ReconcileTest::post(qint64 deploymentId, const QString &description)
{
    NewStatus status;
    status.state = StatusState::InProgress;
    status.description = description;
    status.logUrl = QUrl(QStringLiteral("https://ci.example.com/run/7"));
    StatusRequest *request = m_client->createStatus(storefront, deploymentId, status);
    request->setAutoDelete(false);
    return request;
}

GitHubError ReconcileTest::outcome(GitHubRequest *request)
{
    QSignalSpy finished(request, &GitHubRequest::finished);
    QSignalSpy failed(request, &GitHubRequest::failed);
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, TestTimeoutMs))
        return GitHubError(GitHubError::Kind::Timeout, QStringLiteral("the test waited"));
    return failed.isEmpty() ? GitHubError() : failed.first().first().value<GitHubError>();
}

void ReconcileTest::lostAnswerIsFoundNotRepeated_data()
{
    QTest::addColumn<GitHubEmulator::Fault>("fault");
    // GitHub did it; the connection closed before its answer
    QTest::addRow("lost answer") << GitHubEmulator::Fault::LostAnswer;
}

void ReconcileTest::lostAnswerIsFoundNotRepeated()
{
    QFETCH(GitHubEmulator::Fault, fault);
    // Given a status write whose answer will be lost after GitHub carried it out
    const int before = m_emulator->statusIds(storefront.fullName(), m_deployment).size();
    m_emulator->injectFault(fault, 1, QStringLiteral("/statuses"));

    // When the client posts it
    StatusRequest *request = post(m_deployment, QStringLiteral("lost answer #1"));
    const GitHubError error = outcome(request);

    // Then it reads the statuses, finds it, and reports the status GitHub made: one POST, one
    // status, never two
    QVERIFY2(!error.isError(), qPrintable(error.toDisplayString()));
    QVERIFY(request->wasReconciled());
    QCOMPARE(request->postCount(), 1);
    QCOMPARE(count(*m_emulator, "POST", QStringLiteral("/statuses")), 1);
    QCOMPARE(count(*m_emulator, "GET", QStringLiteral("/statuses")), 1); // read before retry
    QCOMPARE(m_emulator->statusIds(storefront.fullName(), m_deployment).size(), before + 1);
    QCOMPARE(request->status().id,
             m_emulator->statusIds(storefront.fullName(), m_deployment).first());
    QCOMPARE(request->status().description, QStringLiteral("lost answer #1"));
}

void ReconcileTest::notDoneIsSentOnceMore_data()
{
    QTest::addColumn<GitHubEmulator::Fault>("fault");
    QTest::addColumn<int>("faultCount");
    QTest::addRow("502 html") << GitHubEmulator::Fault::Status502Html << 1;
    QTest::addRow("500") << GitHubEmulator::Fault::Status500 << 1;
    QTest::addRow("truncated answer") << GitHubEmulator::Fault::TruncatedBody << 1;
    // Qt resends a request whose connection drops, POSTs too, unless the body cannot rewind:
    // one injected drop must be one failed POST, not a silent second one.
    QTest::addRow("dropped connection") << GitHubEmulator::Fault::DropConnection << 1;
}

void ReconcileTest::notDoneIsSentOnceMore()
{
    QFETCH(GitHubEmulator::Fault, fault);
    QFETCH(int, faultCount);
    // Given a POST that GitHub will not carry out (an error before it is done)
    const int before = m_emulator->statusIds(storefront.fullName(), m_deployment).size();
    m_emulator->injectFault(fault, faultCount, QStringLiteral("/statuses"));

    StatusRequest *request = post(m_deployment, QStringLiteral("not done #1"));
    const GitHubError error = outcome(request);

    // Then the read shows it is not there, so the second POST is safe, and it is done once
    QVERIFY2(!error.isError(), qPrintable(error.toDisplayString()));
    QVERIFY(!request->wasReconciled());
    QCOMPARE(request->postCount(), 2);
    QCOMPARE(count(*m_emulator, "POST", QStringLiteral("/statuses")), 2);
    QCOMPARE(count(*m_emulator, "GET", QStringLiteral("/statuses")), 1);
    QCOMPARE(m_emulator->statusIds(storefront.fullName(), m_deployment).size(), before + 1);
}

void ReconcileTest::neverMoreThanTwoPosts()
{
    // Given every POST fails (the GETs in between are answered)
    const int before = m_emulator->statusIds(storefront.fullName(), m_deployment).size();
    m_emulator->injectFault(GitHubEmulator::Fault::Status500, 1, QStringLiteral("/statuses"));
    StatusRequest *request = post(m_deployment, QStringLiteral("never #1"));
    QSignalSpy failed(request, &GitHubRequest::failed);
    // the second POST fails as well: its fault is queued once the first read has answered
    connect(m_emulator.get(), &GitHubEmulator::requestReceived, this,
            [this](const QByteArray &method, const QString &path) {
                if (method == "GET" && path.contains(QLatin1String("/statuses")))
                    m_emulator->injectFault(GitHubEmulator::Fault::Status500, 1,
                                            QStringLiteral("/statuses"));
            });
    const GitHubError error = outcome(request);
    QCOMPARE(error.kind, GitHubError::Kind::Server);
    QCOMPARE(request->postCount(), 2);
    QCOMPARE(count(*m_emulator, "POST", QStringLiteral("/statuses")), 2);
    QCOMPARE(m_emulator->statusIds(storefront.fullName(), m_deployment).size(), before);
}

void ReconcileTest::rateLimitIsNotReconciled()
{
    // A 403 secondary limit says the write was not done: no read, no second POST by itself
    m_emulator->injectFault(GitHubEmulator::Fault::RateLimit403RetryAfter, 1,
                            QStringLiteral("/statuses"));
    StatusRequest *request = post(m_deployment, QStringLiteral("limited #1"));
    QCOMPARE(outcome(request).kind, GitHubError::Kind::RateLimited);
    QCOMPARE(count(*m_emulator, "GET", QStringLiteral("/statuses")), 0);
    QCOMPARE(request->postCount(), 1);
}

QTEST_GUILESS_MAIN(ReconcileTest)
#include "reconciletest.moc"
