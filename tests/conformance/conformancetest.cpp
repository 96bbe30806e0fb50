// The emulator against GitHub's own OpenAPI description: Prism (pinned in package.json) sits
// in front of it as a validating proxy and names every request or response that breaks the
// description in an `sl-violations` header.

#include "emulator/githubemulator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class ConformanceTest : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray violations;
    };
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {});

    GitHubEmulator m_emulator;
    QProcess m_prism;
    QByteArray m_prismOutput;
    QString m_prismUrl;
    QNetworkAccessManager m_network;
    qint64 m_deployment = 0;
    qint64 m_status = 0;
    qint64 m_inactive = 0;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void endpoints_data();
    void endpoints();
};

ConformanceTest::Answer ConformanceTest::call(const QByteArray &method, const QString &path,
                                              const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_prismUrl + path));
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("Authorization", "Bearer demo-token"); // the spec declares no auth
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.violations = reply->rawHeader("sl-violations");
    reply->deleteLater();
    return a;
}

void ConformanceTest::initTestCase()
{
    const QString prism =
        QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/conformance/node_modules/.bin/prism");
    const QString spec =
        QStringLiteral(DEPLOYDECK_SOURCE_DIR "/tests/conformance/github-deployments-openapi.json");
    QVERIFY(QFileInfo::exists(spec));
    if (!QFileInfo(prism).isExecutable()) {
        const QString why = QStringLiteral(
            "Prism is not installed: run scripts/test-deps (npm ci in tests/conformance)");
        if (qgetenv("CI") == "true")
            QFAIL(qPrintable(why)); // CI must never pass without the conformance check
        QSKIP(qPrintable(why));
    }

    // Given an emulator with one deployment of each interesting kind
    m_emulator.loadDemo(1); // the demo data goes through Prism too
    const QString repo = QStringLiteral("octo/empty");
    QVERIFY(m_emulator.addRepository(repo) > 0);
    QVERIFY(m_emulator.listen());
    m_deployment = m_emulator.createDeploymentDirect(
        repo, {{QStringLiteral("environment"), QStringLiteral("staging")},
               {QStringLiteral("description"), QStringLiteral("스테이징 배포")},
               {QStringLiteral("creator"), QStringLiteral("github-actions[bot]")},
               {QStringLiteral("payload"), QJsonObject{{QStringLiteral("canary"), true}}}});
    m_status = m_emulator.addStatusDirect(
        repo, m_deployment,
        {{QStringLiteral("state"), QStringLiteral("success")},
         {QStringLiteral("log_url"), QStringLiteral("https://example.com/log/1")},
         {QStringLiteral("environment_url"), QStringLiteral("https://staging.example.com")}});
    m_inactive = m_emulator.createDeploymentDirect(
        repo, {{QStringLiteral("environment"), QStringLiteral("preview/pr-482")},
               {QStringLiteral("transient_environment"), true}});
    m_emulator.addStatusDirect(repo, m_inactive,
                               {{QStringLiteral("state"), QStringLiteral("inactive")}});
    for (int i = 0; i < 3; ++i)
        m_emulator.createDeploymentDirect(repo,
                                          {{QStringLiteral("environment"), QStringLiteral("qa")}});

    // A free port for Prism: bind, read, release.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    m_prismUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);

    m_prism.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_prism, &QProcess::readyRead, this, [this] { m_prismOutput += m_prism.readAll(); });
    m_prism.start(prism,
                  {QStringLiteral("proxy"), spec, m_emulator.baseUrl().toString(),
                   QStringLiteral("--errors"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                   QStringLiteral("-p"), QString::number(port)});
    QVERIFY2(m_prism.waitForStarted(10000), qPrintable(m_prism.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(m_prismOutput.contains("Prism is listening") ||
                                  m_prism.state() == QProcess::NotRunning,
                              m_prismOutput.constData(), 60000);
    QVERIFY2(m_prism.state() == QProcess::Running, m_prismOutput.constData());
}

void ConformanceTest::cleanupTestCase()
{
    if (m_prism.state() != QProcess::NotRunning) {
        m_prism.terminate();
        if (!m_prism.waitForFinished(5000))
            m_prism.kill();
        m_prism.waitForFinished(5000);
    }
}

void ConformanceTest::endpoints_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("valid"); // a valid request must draw no violation at all

    const QString deployments = QStringLiteral("/repos/octo/empty/deployments");
    const QString one = deployments + QStringLiteral("/%1");
    // Rows use placeholders DEPLOYMENT, STATUS, INACTIVE resolved in endpoints().
    QTest::addRow("list deployments")
        << QByteArray("GET") << deployments << QByteArray() << 200 << true;
    QTest::addRow("list deployments, paginated")
        << QByteArray("GET") << deployments + QStringLiteral("?per_page=2&page=2") << QByteArray()
        << 200 << true;
    QTest::addRow("list deployments, filtered")
        << QByteArray("GET") << deployments + QStringLiteral("?environment=staging&task=deploy")
        << QByteArray() << 200 << true;
    QTest::addRow("list deployments, empty page")
        << QByteArray("GET") << deployments + QStringLiteral("?page=50") << QByteArray() << 200
        << true;
    QTest::addRow("get deployment") << QByteArray("GET") << one.arg(QStringLiteral("DEPLOYMENT"))
                                    << QByteArray() << 200 << true;
    QTest::addRow("get unknown deployment")
        << QByteArray("GET") << one.arg(99) << QByteArray() << 404 << true;
    QTest::addRow("create deployment")
        << QByteArray("POST") << deployments
        << QByteArray("{\"ref\":\"main\",\"environment\":\"qa\",\"description\":\"QA "
                      "デプロイ\",\"required_contexts\":[],\"payload\":{\"a\":1}}")
        << 201 << true;
    QTest::addRow("create transient deployment")
        << QByteArray("POST") << deployments
        << QByteArray("{\"ref\":\"topic\",\"environment\":\"preview/"
                      "pr-9\",\"transient_environment\":true,\"production_environment\":false,"
                      "\"payload\":\"{}\"}")
        << 201 << true;
    QTest::addRow("create deployment, merged")
        << QByteArray("POST") << deployments << QByteArray("{\"ref\":\"needs-merge\"}") << 202
        << true;
    QTest::addRow("create deployment, failing checks")
        << QByteArray("POST") << deployments << QByteArray("{\"ref\":\"failing-checks\"}") << 409
        << true;
    QTest::addRow("create deployment, no ref")
        << QByteArray("POST") << deployments << QByteArray("{\"environment\":\"qa\"}") << 422
        << false;
    QTest::addRow("create deployment, bad type")
        << QByteArray("POST") << deployments
        << QByteArray("{\"ref\":\"main\",\"transient_environment\":\"yes\"}") << 422 << false;
    QTest::addRow("list statuses")
        << QByteArray("GET") << one.arg(QStringLiteral("DEPLOYMENT")) + QStringLiteral("/statuses")
        << QByteArray() << 200 << true;
    QTest::addRow("get status") << QByteArray("GET")
                                << one.arg(QStringLiteral("DEPLOYMENT")) +
                                       QStringLiteral("/statuses/STATUS")
                                << QByteArray() << 200 << true;
    QTest::addRow("get unknown status")
        << QByteArray("GET")
        << one.arg(QStringLiteral("DEPLOYMENT")) + QStringLiteral("/statuses/1") << QByteArray()
        << 404 << true;
    QTest::addRow("create status")
        << QByteArray("POST") << one.arg(QStringLiteral("DEPLOYMENT")) + QStringLiteral("/statuses")
        << QByteArray("{\"state\":\"in_progress\",\"log_url\":\"https://example.com/log/"
                      "2\",\"description\":\"배포 "
                      "중\",\"environment\":\"staging\",\"environment_url\":\"https://"
                      "staging.example.com\",\"auto_inactive\":false}")
        << 201 << true;
    QTest::addRow("create status, unknown state")
        << QByteArray("POST") << one.arg(QStringLiteral("DEPLOYMENT")) + QStringLiteral("/statuses")
        << QByteArray("{\"state\":\"waiting\"}") << 422 << false;
    QTest::addRow("create status, no state")
        << QByteArray("POST") << one.arg(QStringLiteral("DEPLOYMENT")) + QStringLiteral("/statuses")
        << QByteArray("{\"description\":\"x\"}") << 422 << false;
    QTest::addRow("environments") << QByteArray("GET")
                                  << QStringLiteral("/repos/octo/empty/environments")
                                  << QByteArray() << 200 << true;
    QTest::addRow("environments, paginated")
        << QByteArray("GET") << QStringLiteral("/repos/octo/empty/environments?per_page=1&page=2")
        << QByteArray() << 200 << true;
    for (const char *demo : {"storefront", "payments-api", "mobile-app", "docs-site"}) {
        for (int page = 1; page <= 2; ++page)
            QTest::addRow("demo %s page %d", demo, page)
                << QByteArray("GET")
                << QStringLiteral("/repos/acme/%1/deployments?per_page=100&page=%2")
                       .arg(QLatin1String(demo))
                       .arg(page)
                << QByteArray() << 200 << true;
        QTest::addRow("demo %s environments", demo)
            << QByteArray("GET")
            << QStringLiteral("/repos/acme/%1/environments?per_page=100").arg(QLatin1String(demo))
            << QByteArray() << 200 << true;
    }
    QTest::addRow("demo statuses")
        << QByteArray("GET")
        << QStringLiteral("/repos/acme/storefront/deployments/1800000005/statuses") << QByteArray()
        << 200 << true;
    QTest::addRow("rate limit") << QByteArray("GET") << QStringLiteral("/rate_limit")
                                << QByteArray() << 200 << true;
    QTest::addRow("delete active") << QByteArray("DELETE") << one.arg(QStringLiteral("DEPLOYMENT"))
                                   << QByteArray() << 422 << true;
    QTest::addRow("delete inactive") << QByteArray("DELETE") << one.arg(QStringLiteral("INACTIVE"))
                                     << QByteArray() << 204 << true;
    QTest::addRow("delete unknown")
        << QByteArray("DELETE") << one.arg(99) << QByteArray() << 404 << true;
}

void ConformanceTest::endpoints()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, valid);
    path.replace(QLatin1String("DEPLOYMENT"), QString::number(m_deployment));
    path.replace(QLatin1String("INACTIVE"), QString::number(m_inactive));
    path.replace(QLatin1String("STATUS"), QString::number(m_status));

    const Answer a = call(method, path, body);
    QVERIFY2(a.status == status, qPrintable(QStringLiteral("%1 %2 -> %3 %4 %5")
                                                .arg(QString::fromLatin1(method), path)
                                                .arg(a.status)
                                                .arg(QString::fromUtf8(a.violations),
                                                     QString::fromUtf8(a.body.left(600)))));
    if (valid)
        QVERIFY2(a.violations.isEmpty(), a.violations.constData());
    else
        QVERIFY2(!a.violations.isEmpty() || !a.body.isEmpty(),
                 "an invalid request must be explained");
}

QTEST_GUILESS_MAIN(ConformanceTest)
#include "conformancetest.moc"
