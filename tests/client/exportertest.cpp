// DeploymentExporter against the in-process emulator: JSON and CSV content, the environment
// filter, and that statuses go through the bounded read pool, newest deployment first.
#include "emulator/githubemulator.h"
#include "models/deploymentexporter.h"
#include "models/githubclient.h"

#include "testtimeout.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QString syntheticName = QStringLiteral("octo/synthetic");
const RepositoryId synthetic{QStringLiteral("octo"), QStringLiteral("synthetic")};
const QString textName = QStringLiteral("octo/text");
const RepositoryId text{QStringLiteral("octo"), QStringLiteral("text")};

// The statuses path of a deployment, as the client requests it.
QString statusesPath(const QString &repository, qint64 deploymentId)
{
    return QStringLiteral("/repos/%1/deployments/%2/statuses").arg(repository).arg(deploymentId);
}

} // namespace

class ExporterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void jsonEqualsEmulatorData();
    void environmentFilter();
    void csvColumnsAndQuoting();
    void deploymentWithoutStatuses();
    void statusesGoThroughTheBoundedPool_data();
    void statusesGoThroughTheBoundedPool();
    void statusesNewestDeploymentFirst();
    void failureStopsTheExport();

private:
    bool exportAll(DeploymentExporter *exporter, int timeout = 20000);
    QJsonArray rawGet(const QString &path);
    void loadTextRepository();

    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<GitHubClient> m_client;
    QNetworkAccessManager m_raw;
};

void ExporterTest::init()
{
    m_emulator = std::make_unique<GitHubEmulator>();
    QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<GitHubClient>();
    QVERIFY(m_client->setApiRoot(m_emulator->baseUrl()));
    m_client->setToken(m_emulator->token());
    m_client->setRetryPolicy(0, 0);
}

void ExporterTest::cleanup()
{
    m_client.reset();
    m_emulator.reset();
}

bool ExporterTest::exportAll(DeploymentExporter *exporter, int timeout)
{
    QSignalSpy finished(exporter, &DeploymentExporter::finished);
    QSignalSpy failed(exporter, &DeploymentExporter::failed);
    exporter->start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeout))
        return false;
    if (!failed.isEmpty())
        qWarning() << "export failed:" << failed.first().first().value<GitHubError>();
    return !finished.isEmpty() && !exporter->isRunning();
}

// One page of raw JSON straight from the emulator, bypassing the client.
QJsonArray ExporterTest::rawGet(const QString &path)
{
    QUrl url = m_emulator->baseUrl();
    url.setPath(path);
    url.setQuery(QStringLiteral("per_page=100"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_emulator->token().toUtf8());
    std::unique_ptr<QNetworkReply> reply(m_raw.get(request));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, TestTimeoutMs))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).array();
}

// Text that CSV must quote, in several scripts.
void ExporterTest::loadTextRepository()
{
    m_emulator->clear();
    QVERIFY(m_emulator->addRepository(textName) > 0);
    const qint64 plain = m_emulator->createDeploymentDirect(
        textName, {{QStringLiteral("ref"), QStringLiteral("main")},
                   {QStringLiteral("environment"), QStringLiteral("production")},
                   {QStringLiteral("description"), QStringLiteral("plain")}});
    QVERIFY(plain > 0);
    QVERIFY(m_emulator->addStatusDirect(
                textName, plain, {{QStringLiteral("state"), QStringLiteral("success")}}) > 0);
    const qint64 tricky = m_emulator->createDeploymentDirect(
        textName,
        {{QStringLiteral("ref"), QStringLiteral("feature,comma")},
         {QStringLiteral("task"), QStringLiteral("deploy:\"quoted\"")},
         {QStringLiteral("environment"), QStringLiteral("스테이징")},
         {QStringLiteral("description"), QStringLiteral("배포 1행\n2行目, \"引用\"\r\nend")}});
    QVERIFY(tricky > 0);
    QVERIFY(m_emulator->addStatusDirect(textName, tricky,
                                        {{QStringLiteral("state"), QStringLiteral("queued")}}) > 0);
    QVERIFY(m_emulator->addStatusDirect(
                textName, tricky,
                {{QStringLiteral("state"), QStringLiteral("failure")},
                 {QStringLiteral("description"), QStringLiteral("失敗しました")}}) > 0);
}

void ExporterTest::jsonEqualsEmulatorData()
{
    // Given 230 deployments (3 pages) with 3 statuses each
    m_emulator->loadSynthetic(230, 3);
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(synthetic);

    // When exporting
    QVERIFY(exportAll(&exporter));

    // Then every deployment is there, newest first, as GitHub sent it, with its statuses
    const QList<qint64> ids = m_emulator->deploymentIds(syntheticName);
    const QJsonArray exported = exporter.toJson();
    QCOMPARE(exported.size(), 230);
    QCOMPARE(ids.size(), 230);
    for (int i = 0; i < ids.size(); ++i) {
        QJsonObject object = exported.at(i).toObject();
        const QJsonArray statuses = object.take(QStringLiteral("statuses")).toArray();
        QCOMPARE(object, m_emulator->deploymentJson(syntheticName, ids.at(i)));
        const QList<qint64> statusIds = m_emulator->statusIds(syntheticName, ids.at(i));
        QCOMPARE(statuses.size(), statusIds.size());
        for (int s = 0; s < statusIds.size(); ++s)
            QCOMPARE(qint64(statuses.at(s).toObject().value(QLatin1String("id")).toDouble()),
                     statusIds.at(s));
    }
    // Status objects byte for byte as the API serves them (a sample: first, middle, last).
    for (const int i : {0, 115, 229}) {
        const QJsonArray raw = rawGet(statusesPath(syntheticName, ids.at(i)));
        QCOMPARE(raw.size(), 3);
        QCOMPARE(exported.at(i).toObject().value(QLatin1String("statuses")).toArray(), raw);
    }
    // The text form is the same data,
    const QByteArray jsonText = exporter.toJsonText();
    const QJsonDocument text = QJsonDocument::fromJson(jsonText);
    QVERIFY(text.isArray());
    QCOMPARE(text.array(), exported);
    QCOMPARE(exporter.deployments().size(), 230);
    // one compact deployment object a line (made while the export ran), as from scratch.
    const QList<QByteArray> lines = jsonText.split('\n');
    QCOMPARE(lines.size(), 1 + 230 + 2); // "[", the deployments, "]", nothing after the last \n
    QCOMPARE(lines.constFirst(), QByteArray("["));
    QCOMPARE(lines.at(231), QByteArray("]"));
    QCOMPARE(lines.constLast(), QByteArray());
    for (int i = 0; i < 230; ++i) {
        const QByteArray expected =
            QJsonDocument(exported.at(i).toObject()).toJson(QJsonDocument::Compact);
        QCOMPARE(lines.at(1 + i), i < 229 ? expected + ',' : expected);
    }
    QHash<qint64, QList<DeploymentStatus>> statuses;
    for (const Deployment &deployment : exporter.deployments())
        statuses.insert(deployment.id, exporter.statuses(deployment.id));
    QCOMPARE(DeploymentExporter::toJsonText(exporter.deployments(), statuses), jsonText);
}

void ExporterTest::environmentFilter()
{
    loadTextRepository();
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(text);
    exporter.setEnvironment(QStringLiteral("스테이징"));
    QVERIFY(exportAll(&exporter));
    const QJsonArray exported = exporter.toJson();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).toObject().value(QLatin1String("environment")).toString(),
             QStringLiteral("스테이징"));
    bool sentFilter = false;
    for (const GitHubEmulator::RecordedRequest &request : m_emulator->requests()) {
        if (request.path.startsWith(QLatin1String("/repos/octo/text/deployments?")))
            sentFilter = request.path.contains(QLatin1String("environment="));
    }
    QVERIFY(sentFilter); // filtered by GitHub, not after fetching everything
}

void ExporterTest::csvColumnsAndQuoting()
{
    loadTextRepository();
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(text);
    QVERIFY(exportAll(&exporter));
    const QList<Deployment> deployments = exporter.deployments();
    QCOMPARE(deployments.size(), 2);
    const Deployment &tricky = deployments.at(0); // newest first
    const Deployment &plain = deployments.at(1);

    const QByteArray csv = exporter.toCsv();
    const QByteArray header = "id,environment,ref,sha,task,creator,created_at,latest_state,"
                              "latest_status_at,description\r\n";
    QVERIFY(csv.startsWith(header));
    const QList<DeploymentStatus> trickyStatuses = exporter.statuses(tricky.id);
    QCOMPARE(trickyStatuses.size(), 2);
    const QString latestAt = trickyStatuses.at(0).createdAt.toUTC().toString(Qt::ISODate);
    const QByteArray trickyRow =
        QByteArray::number(tricky.id) + ",스테이징,\"feature,comma\"," + tricky.sha.toUtf8() +
        ",\"deploy:\"\"quoted\"\"\"," + tricky.creator.login.toUtf8() + ',' +
        tricky.createdAt.toUTC().toString(Qt::ISODate).toUtf8() + ",failure," + latestAt.toUtf8() +
        ",\"배포 1행\n2行目, \"\"引用\"\"\r\nend\"\r\n";
    const QByteArray plainRow =
        QByteArray::number(plain.id) + ",production,main," + plain.sha.toUtf8() + ',' +
        plain.task.toUtf8() + ',' + plain.creator.login.toUtf8() + ',' +
        plain.createdAt.toUTC().toString(Qt::ISODate).toUtf8() + ",success," +
        exporter.statuses(plain.id).at(0).createdAt.toUTC().toString(Qt::ISODate).toUtf8() +
        ",plain\r\n";
    QCOMPARE(csv, header + trickyRow + plainRow);
    // The same rows from the parsed statuses.
    QHash<qint64, QList<DeploymentStatus>> statuses;
    for (const Deployment &deployment : deployments)
        statuses.insert(deployment.id, exporter.statuses(deployment.id));
    QCOMPARE(DeploymentExporter::toCsv(deployments, statuses), csv);
    QVERIFY(!tricky.sha.isEmpty());
    QVERIFY(!tricky.creator.login.isEmpty());
}

void ExporterTest::deploymentWithoutStatuses()
{
    m_emulator->clear();
    QVERIFY(m_emulator->addRepository(textName) > 0);
    const qint64 id = m_emulator->createDeploymentDirect(
        textName, {{QStringLiteral("ref"), QStringLiteral("main")}});
    QVERIFY(id > 0);
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(text);
    QVERIFY(exportAll(&exporter));
    const QJsonArray exported = exporter.toJson();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).toObject().value(QLatin1String("statuses")), QJsonValue(QJsonArray()));
    const QList<QByteArray> rows = exporter.toCsv().split('\n');
    QCOMPARE(rows.size(), 3); // header, one row, the empty rest after the last CRLF
    // latest_state and latest_status_at are empty; the description is empty too.
    QVERIFY2(rows.at(1).endsWith(",,,\r"), rows.at(1).constData());
}

void ExporterTest::statusesGoThroughTheBoundedPool_data()
{
    QTest::addColumn<int>("pool");
    QTest::addRow("one") << 1;
    QTest::addRow("three") << 3;
    QTest::addRow("default four") << 4;
}

void ExporterTest::statusesGoThroughTheBoundedPool()
{
    QFETCH(int, pool);
    // Given answers held for a while, so that requests sent together are in flight together
    m_emulator->loadSynthetic(12, 1);
    m_emulator->setLatency(100ms);
    if (pool != 4)
        m_client->setMaxConcurrentReads(pool);
    QCOMPARE(m_client->maxConcurrentReads(), pool);
    int statusRequests = 0;
    connect(m_emulator.get(), &GitHubEmulator::requestReceived, this,
            [&](const QByteArray &, const QString &path) {
                statusRequests += path.contains(QLatin1String("/statuses")) ? 1 : 0;
            });
    m_emulator->resetMaxRequestsInFlight();
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(synthetic);

    QVERIFY(exportAll(&exporter));

    // Then the emulator, which counts what it has received and not answered yet, never held
    // more than `pool` of them at once, and did hold `pool` (the pool is used, not one at a time)
    QCOMPARE(statusRequests, 12);
    QCOMPARE(m_emulator->requestsInFlight(), 0);
    QCOMPARE(m_emulator->maxRequestsInFlight(), pool);
}

void ExporterTest::statusesNewestDeploymentFirst()
{
    // Given two pages of deployments and one read at a time, so the order is exact
    m_emulator->loadSynthetic(150, 2);
    m_client->setMaxConcurrentReads(1);
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(synthetic);
    m_emulator->clearRequests();

    QVERIFY(exportAll(&exporter));

    QStringList paths;
    for (const GitHubEmulator::RecordedRequest &request : m_emulator->requests())
        paths.append(request.path);
    QCOMPARE(paths.size(), 2 + 150);
    // The second page of deployments goes before the statuses of the first page's deployments
    QVERIFY2(paths.at(0).contains(QLatin1String("/deployments?")), qPrintable(paths.at(0)));
    QVERIFY2(paths.at(1).contains(QLatin1String("page=2")), qPrintable(paths.at(1)));
    // and statuses follow GitHub's order, newest deployment first.
    const QList<qint64> ids = m_emulator->deploymentIds(syntheticName);
    QCOMPARE(ids.size(), 150);
    for (int i = 0; i < ids.size(); ++i) {
        QVERIFY2(paths.at(2 + i).startsWith(statusesPath(syntheticName, ids.at(i))),
                 qPrintable(paths.at(2 + i)));
    }
    for (const qint64 id : ids)
        QCOMPARE(exporter.statuses(id).size(), 2);
}

void ExporterTest::failureStopsTheExport()
{
    m_emulator->loadSynthetic(10, 1);
    m_emulator->injectFault(GitHubEmulator::Fault::Status500, 1, QStringLiteral("/statuses"));
    DeploymentExporter exporter(m_client.get());
    exporter.setRepository(synthetic);
    QSignalSpy failed(&exporter, &DeploymentExporter::failed);
    QSignalSpy finished(&exporter, &DeploymentExporter::finished);
    exporter.start();
    QVERIFY(failed.wait(TestTimeoutMs));
    QCOMPARE(failed.first().first().value<GitHubError>().kind, GitHubError::Kind::Server);
    QVERIFY(!exporter.isRunning());
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(ExporterTest)
#include "exportertest.moc"
