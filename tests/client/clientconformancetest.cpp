// Every request the client can send passes Prism (`prism mock --errors`) with GitHub's official
// OpenAPI description: Prism answers a request that breaks the description with 422 and an
// `sl-violations` header, so no call may fail with 422 nor show up in Prism's log as a violation.
// Not covered: GET /user and GET /repos/{owner}/{repo}, which the description we pin (only the
// Deployments, Environments and rate-limit paths) does not contain; the emulator tests cover them.
#include "models/githubclient.h"

#include "testtimeout.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {
const RepositoryId repo{QStringLiteral("octo"), QStringLiteral("hello-world")};
} // namespace

using Call = std::function<GitHubRequest *(GitHubClient *)>;
Q_DECLARE_METATYPE(Call)

class ClientConformanceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyCallPasses_data();
    void everyCallPasses();

private:
    GitHubClient m_client;
    QProcess m_prism;
    QByteArray m_prismOutput;
};

void ClientConformanceTest::initTestCase()
{
    const QString prism =
        QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/conformance/node_modules/.bin/prism");
    const QString spec =
        QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/conformance/github-deployments-openapi.json");
    QVERIFY(QFileInfo::exists(spec));
    if (!QFileInfo(prism).isExecutable()) {
        const QString why = QStringLiteral("Prism is not installed: run scripts/test-deps");
        if (qgetenv("CI") == "true")
            QFAIL(qPrintable(why)); // CI must run this check, never skip it
        QSKIP(qPrintable(why));
    }
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_prism.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_prism, &QProcess::readyRead, this, [this] { m_prismOutput += m_prism.readAll(); });
    m_prism.start(prism,
                  {QStringLiteral("mock"), spec, QStringLiteral("--errors"), QStringLiteral("-h"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port)});
    QVERIFY(m_prism.waitForStarted(TestTimeoutMs));
    QTRY_VERIFY2_WITH_TIMEOUT(m_prismOutput.contains("Prism is listening") ||
                                  m_prism.state() == QProcess::NotRunning,
                              m_prismOutput.constData(), 60000);
    QCOMPARE(m_prism.state(), QProcess::Running);
    QVERIFY(m_client.setApiRoot(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    m_client.setToken(QStringLiteral("conformance-token"));
    m_client.setRetryPolicy(0, 0);
    m_client.setMaxConcurrentReads(1); // one call at a time: each log line belongs to one call
}

void ClientConformanceTest::cleanupTestCase()
{
    if (m_prism.state() != QProcess::NotRunning) {
        m_prism.terminate();
        if (!m_prism.waitForFinished(5000))
            m_prism.kill();
    }
}

void ClientConformanceTest::everyCallPasses_data()
{
    QTest::addColumn<Call>("call");
    // Prism's deployment and status list examples carry GitHub's sample `Link:
    // <https://api.github.com/resource?page=2>`, which the client refuses to follow (another origin
    // would get the token).
    QTest::addColumn<bool>("foreignNextPage");

    QTest::addRow("list deployments")
        << Call([](GitHubClient *c) { return c->listDeployments(repo); }) << true;
    QTest::addRow("list deployments, every filter") << Call([](GitHubClient *c) {
        return c->listDeployments(repo, {QStringLiteral("0123456789abcdef0123456789abcdef01234567"),
                                         QStringLiteral("main"), QStringLiteral("deploy"),
                                         QStringLiteral("staging")});
    }) << true;
    QTest::addRow("get deployment")
        << Call([](GitHubClient *c) { return c->getDeployment(repo, 42); }) << false;
    QTest::addRow("create deployment, minimal") << Call([](GitHubClient *c) {
        NewDeployment deployment;
        deployment.ref = QStringLiteral("main");
        return c->createDeployment(repo, deployment);
    }) << false;
    QTest::addRow("create deployment, every field") << Call([](GitHubClient *c) {
        NewDeployment deployment;
        deployment.ref = QStringLiteral("topic-branch");
        deployment.task = QStringLiteral("deploy:migrations");
        deployment.autoMerge = false;
        deployment.requiredContexts = QStringList(); // sent as []
        deployment.payload = QJsonObject{{QStringLiteral("canary"), true},
                                         {QStringLiteral("hosts"), QJsonArray{1, 2}}};
        deployment.environment = QStringLiteral("staging");
        deployment.description = QStringLiteral("배포 / デプロイ");
        deployment.transientEnvironment = true;
        deployment.productionEnvironment = false;
        return c->createDeployment(repo, deployment);
    }) << false;
    QTest::addRow("create deployment, contexts and string payload") << Call([](GitHubClient *c) {
        NewDeployment deployment;
        deployment.ref = QStringLiteral("main");
        deployment.requiredContexts = QStringList{QStringLiteral("ci/build")};
        deployment.payload = QStringLiteral("{\"deploy\": \"migrate\"}");
        deployment.autoMerge = true;
        return c->createDeployment(repo, deployment);
    }) << false;
    QTest::addRow("delete deployment")
        << Call([](GitHubClient *c) { return c->deleteDeployment(repo, 42); }) << false;
    QTest::addRow("list statuses")
        << Call([](GitHubClient *c) { return c->listStatuses(repo, 42); }) << true;
    QTest::addRow("get status") << Call([](GitHubClient *c) { return c->getStatus(repo, 42, 7); })
                                << false;
    QTest::addRow("create status, minimal") << Call([](GitHubClient *c) {
        NewStatus status;
        status.state = StatusState::Success;
        return c->createStatus(repo, 42, status);
    }) << false;
    QTest::addRow("create status, every field") << Call([](GitHubClient *c) {
        NewStatus status;
        status.state = StatusState::InProgress;
        status.description = QStringLiteral("Rolling out");
        status.logUrl = QUrl(QStringLiteral("https://ci.example.com/runs/1"));
        status.environmentUrl = QUrl(QStringLiteral("https://staging.example.com"));
        status.environment = QStringLiteral("staging");
        status.autoInactive = false;
        return c->createStatus(repo, 42, status);
    }) << false;
    for (const StatusState state : StatusStates::postable()) {
        QTest::addRow("create status %s", qPrintable(StatusStates::toApi(state)))
            << Call([state](GitHubClient *c) {
                   NewStatus status;
                   status.state = state;
                   status.autoInactive = true;
                   return c->createStatus(repo, 42, status);
               })
            << false;
    }
    QTest::addRow("list environments")
        << Call([](GitHubClient *c) { return c->listEnvironments(repo); }) << false;
    QTest::addRow("rate limit") << Call([](GitHubClient *c) { return c->rateLimit(); }) << false;
}

void ClientConformanceTest::everyCallPasses()
{
    QFETCH(Call, call);
    QFETCH(bool, foreignNextPage);
    const qsizetype logStart = m_prismOutput.size();
    GitHubRequest *request = call(&m_client);
    request->setAutoDelete(false);
    QSignalSpy finished(request, &GitHubRequest::finished);
    QSignalSpy failed(request, &GitHubRequest::failed);
    QVERIFY2(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000),
             "no answer from Prism");
    const GitHubError error =
        failed.isEmpty() ? GitHubError() : failed.first().first().value<GitHubError>();
    const QByteArray log = m_prismOutput.mid(logStart);
    // Prism answers a request that breaks the description with 422 + sl-violations.
    QVERIFY2(error.httpStatus != 422,
             qPrintable(request->url().toString() + QLatin1Char(' ') + error.toDisplayString() +
                        QLatin1Char('\n') + QString::fromUtf8(log)));
    QVERIFY2(!log.contains("Violation") && !log.contains("violation"), log.constData());
    // Prism's examples are GitHub's own: the client reads them as well.
    if (foreignNextPage) {
        QCOMPARE(error.kind, GitHubError::Kind::BadResponse);
        QVERIFY2(error.detail.contains(QLatin1String("another host")), qPrintable(error.detail));
        QCOMPARE(request->pageCount(), 1); // the first page was accepted
    } else {
        QVERIFY2(!error.isError(), qPrintable(error.toDisplayString() + QString::fromUtf8(log)));
    }
}

QTEST_GUILESS_MAIN(ClientConformanceTest)
#include "clientconformancetest.moc"
