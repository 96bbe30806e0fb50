// Parsing of GitHub's real payloads (webhook examples, OpenAPI examples, a recorded error).
#include "models/deployment.h"
#include "models/deploymentstatus.h"
#include "models/environment.h"
#include "models/githuberror.h"
#include "models/ratelimitinfo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QJsonDocument readJson(const QString &relativePath)
{
    QFile file(QStringLiteral(DEPLOYDECK_TEST_DATA "/client/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relativePath));
    return QJsonDocument::fromJson(file.readAll());
}
} // namespace

class ParsingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void webhookDeployment_data();
    void webhookDeployment();
    void webhookStatus_data();
    void webhookStatus();
    void openApiExamples();
    void malformedItemsAreSkipped();
    void unknownStateIsKept();
    void recordedValidationError();
    void errorClassification_data();
    void errorClassification();
    void errorDisplayNamesGitHubsMessage();
};

void ParsingTest::webhookDeployment_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files =
        QDir(QStringLiteral(DEPLOYDECK_TEST_DATA "/client/webhooks")).entryList({"*.json"});
    QVERIFY(files.size() >= 8);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void ParsingTest::webhookDeployment()
{
    QFETCH(QString, file);
    const QJsonObject event = readJson(QStringLiteral("webhooks/") + file).object();
    const QJsonObject object = event.value(QLatin1String("deployment")).toObject();
    QString error;
    const std::optional<Deployment> deployment = Deployment::fromJson(object, &error);
    QVERIFY2(deployment, qPrintable(error));
    QCOMPARE(deployment->id, qint64(object.value(QLatin1String("id")).toDouble()));
    QCOMPARE(deployment->sha, object.value(QLatin1String("sha")).toString());
    QCOMPARE(deployment->environment, object.value(QLatin1String("environment")).toString());
    QVERIFY(deployment->createdAt.isValid());
    QVERIFY(!deployment->creator.login.isEmpty());
    QCOMPARE(deployment->json, object); // kept exactly for export
}

void ParsingTest::webhookStatus_data()
{
    QTest::addColumn<QString>("file");
    for (int i = 0; i < 4; ++i)
        QTest::addRow("deployment_status-%d", i)
            << QStringLiteral("deployment_status-%1.json").arg(i);
}

void ParsingTest::webhookStatus()
{
    QFETCH(QString, file);
    const QJsonObject event = readJson(QStringLiteral("webhooks/") + file).object();
    const QJsonObject object = event.value(QLatin1String("deployment_status")).toObject();
    QString error;
    const std::optional<DeploymentStatus> status = DeploymentStatus::fromJson(object, &error);
    QVERIFY2(status, qPrintable(error));
    QCOMPARE(status->rawState, object.value(QLatin1String("state")).toString());
    QVERIFY(status->state != StatusState::Unknown);
    const qint64 deploymentId =
        qint64(event.value(QLatin1String("deployment")).toObject().value("id").toDouble());
    QCOMPARE(status->deploymentId(), deploymentId);
}

void ParsingTest::openApiExamples()
{
    QVERIFY(Deployment::fromJson(readJson(QStringLiteral("openapi/deployment.json")).object()));
    QVERIFY(Deployment::fromJson(
        readJson(QStringLiteral("openapi/deployment-simple-example.json")).object()));
    QStringList warnings;
    const QList<Deployment> deployments = Deployment::listFromJson(
        readJson(QStringLiteral("openapi/deployment-items.json")).array(), &warnings);
    QCOMPARE(deployments.size(), 1);
    QVERIFY(warnings.isEmpty());
    const QList<DeploymentStatus> statuses = DeploymentStatus::listFromJson(
        readJson(QStringLiteral("openapi/deployment-status-items.json")).array(), &warnings);
    QCOMPARE(statuses.size(), 1);
    QCOMPARE(statuses.first().state, StatusState::Success);
    const QList<Environment> environments = Environment::listFromJson(
        readJson(QStringLiteral("openapi/environments.json")).object(), &warnings);
    QVERIFY(!environments.isEmpty());
    const QJsonObject rate = readJson(QStringLiteral("openapi/rate-limit-overview.json")).object();
    const std::optional<RateLimitInfo> core = RateLimitInfo::fromJson(
        rate.value("resources").toObject().value("core"), QStringLiteral("core"));
    QVERIFY(core);
    QCOMPARE(core->limit, 5000);
    QVERIFY(core->reset.isValid());
    QVERIFY(warnings.isEmpty());
}

void ParsingTest::malformedItemsAreSkipped()
{
    // Given a page where one item has a mistyped id and one misses its sha
    QJsonArray page = readJson(QStringLiteral("openapi/deployment-items.json")).array();
    QJsonObject badId = page.at(0).toObject();
    badId.insert(QStringLiteral("id"), QStringLiteral("forty-two"));
    QJsonObject noSha = page.at(0).toObject();
    noSha.remove(QStringLiteral("sha"));
    page.append(badId);
    page.append(noSha);
    page.append(QStringLiteral("not an object"));
    // When it is parsed
    QStringList warnings;
    const QList<Deployment> deployments = Deployment::listFromJson(page, &warnings);
    // Then the good one survives and each bad one leaves a warning
    QCOMPARE(deployments.size(), 1);
    QCOMPARE(warnings.size(), 3);
}

void ParsingTest::unknownStateIsKept()
{
    QJsonObject object = readJson(QStringLiteral("openapi/deployment-status.json")).object();
    object.insert(QStringLiteral("state"), QStringLiteral("waiting"));
    const std::optional<DeploymentStatus> status = DeploymentStatus::fromJson(object);
    QVERIFY(status);
    QCOMPARE(status->state, StatusState::Unknown);
    QCOMPARE(status->rawState, QStringLiteral("waiting"));
}

void ParsingTest::recordedValidationError()
{
    const QJsonObject recorded = readJson(QStringLiteral("errors.json")).array().at(0).toObject();
    const QByteArray body = QJsonDocument(recorded.value("response").toObject()).toJson();
    const GitHubError error = GitHubError::fromResponse(recorded.value("status").toInt(),
                                                        "application/json; charset=utf-8", body);
    QCOMPARE(error.kind, GitHubError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.message, QStringLiteral("Validation Failed"));
    QCOMPARE(error.fieldErrors.size(), 1);
    QCOMPARE(error.fieldErrors.first().resource, QStringLiteral("Label"));
    QCOMPARE(error.fieldErrors.first().field, QStringLiteral("color"));
    QCOMPARE(error.fieldErrors.first().code, QStringLiteral("invalid"));
    QVERIFY(error.documentationUrl.isValid());
    QVERIFY(error.toDisplayString().contains(QStringLiteral("Validation Failed")));
}

void ParsingTest::errorClassification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<GitHubError::Kind>("kind");
    QTest::addColumn<QString>("message");

    const QByteArray json = "application/json; charset=utf-8";
    QTest::addRow("401") << 401 << json << QByteArray("{\"message\":\"Bad credentials\"}")
                         << GitHubError::Kind::Unauthorized << "Bad credentials";
    QTest::addRow("404") << 404 << json << QByteArray("{\"message\":\"Not Found\"}")
                         << GitHubError::Kind::NotFound << "Not Found";
    QTest::addRow("409") << 409 << json << QByteArray("{\"message\":\"Conflict merging\"}")
                         << GitHubError::Kind::Conflict << "Conflict merging";
    QTest::addRow("502 html") << 502 << QByteArray("text/html")
                              << QByteArray("<html>Bad Gateway</html>") << GitHubError::Kind::Server
                              << "";
    QTest::addRow("html claiming json")
        << 500 << json << QByteArray("<html>") << GitHubError::Kind::Server << "";
    QTest::addRow("429") << 429 << json << QByteArray("{}") << GitHubError::Kind::RateLimited << "";
    QTest::addRow("418") << 418 << json << QByteArray("{}") << GitHubError::Kind::BadResponse << "";
}

void ParsingTest::errorClassification()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(GitHubError::Kind, kind);
    QFETCH(QString, message);
    const GitHubError error = GitHubError::fromResponse(status, contentType, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
    QVERIFY(!error.toDisplayString().isEmpty());
}

void ParsingTest::errorDisplayNamesGitHubsMessage()
{
    GitHubError error = GitHubError::fromResponse(
        422, "application/json",
        "{\"message\":\"Validation "
        "Failed\",\"errors\":[{\"resource\":\"DeploymentStatus\",\"code\":\"custom\",\"field\":"
        "\"state\",\"message\":\"state is not included in the list\"}]}");
    const QString text = error.toDisplayString();
    QVERIFY2(text.contains(QStringLiteral("state is not included in the list")), qPrintable(text));
    QVERIFY(!GitHubError().isError());
    QVERIFY(GitHubError(GitHubError::Kind::Timeout, {}).isTransient());
    QVERIFY(!GitHubError(GitHubError::Kind::Validation, {}).isTransient());
}

QTEST_GUILESS_MAIN(ParsingTest)
#include "parsingtest.moc"
