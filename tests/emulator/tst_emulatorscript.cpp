// EmulatorScript: scripted transitions (a deployment goes failure at a given step) through
// advance(), POST /_emulator/script/step in-process, and `deploydeck-emulator --script FILE`.

#include "emulator/emulatorscript.h"
#include "emulator/githubemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

namespace {
const QString repo = QStringLiteral("octo/empty");
const char series[] = "# a deployment that fails at step 3\n"
                      "1 octo/empty new:production:rel queued ref=v1 production=true\n"
                      "2 octo/empty rel in_progress   # running\n"
                      "3 octo/empty rel failure log_url=https://ci.example/1 "
                      "description=Tests%20failed\n"
                      "3 octo/empty new:staging -\n"
                      "5 octo/empty latest:staging success\n";
} // namespace

class EmulatorScriptTest : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    QJsonObject postStep(const QString &base)
    {
        QNetworkRequest request{QUrl(base + QStringLiteral("/_emulator/script/step"))};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, QByteArray("{}"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void stepsRunInOrder()
    {
        GitHubEmulator emulator;
        emulator.loadEmpty();
        EmulatorScript script(&emulator);
        QString error;
        QVERIFY2(script.load(QString::fromLatin1(series), &error), qPrintable(error));
        QCOMPARE(script.steps(), (QList<int>{1, 2, 3, 5}));

        QVERIFY(script.advance(&error));
        const qint64 rel = script.deploymentId(QStringLiteral("rel"));
        QVERIFY(rel > 0);
        QCOMPARE(emulator.latestState(repo, rel), QStringLiteral("queued"));
        const QJsonObject json = emulator.deploymentJson(repo, rel);
        QCOMPARE(json.value(QStringLiteral("ref")).toString(), QStringLiteral("v1"));
        QCOMPARE(json.value(QStringLiteral("production_environment")).toBool(), true);

        QVERIFY(script.advance(&error));
        QCOMPARE(emulator.latestState(repo, rel), QStringLiteral("in_progress"));
        QCOMPARE(emulator.deploymentCount(repo), 1);

        // Step 3: the failure, with its log URL and description, and a staging deployment
        QVERIFY(script.advance(&error));
        QCOMPARE(emulator.latestState(repo, rel), QStringLiteral("failure"));
        QCOMPARE(emulator.statusIds(repo, rel).size(), 3);
        QCOMPARE(emulator.deploymentCount(repo), 2);
        const qint64 staging = emulator.deploymentIds(repo).first();
        QCOMPARE(emulator.latestState(repo, staging), QString()); // "-": no status

        QVERIFY(script.advance(&error));
        QCOMPARE(emulator.latestState(repo, staging), QStringLiteral("success"));
        QVERIFY(script.atEnd());
        QVERIFY(!script.advance(&error));
    }

    void badScripts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addRow("too short") << "1 octo/empty new:production"
                                   << "line 1: STEP";
        QTest::addRow("step") << "x octo/empty 5 failure"
                              << "line 1: the step is a number";
        QTest::addRow("state") << "\n1 octo/empty 5 broken"
                               << "line 2: unknown state broken";
        QTest::addRow("key") << "1 octo/empty 5 failure colour=red"
                             << "unknown key colour";
        QTest::addRow("no state") << "1 octo/empty 5 -"
                                  << "a known deployment needs a state";
    }

    void badScripts()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        GitHubEmulator emulator;
        EmulatorScript script(&emulator);
        QString message;
        QVERIFY(!script.load(text, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void unknownDeploymentFailsTheStep()
    {
        GitHubEmulator emulator;
        emulator.loadEmpty();
        EmulatorScript script(&emulator);
        QVERIFY(script.load(QStringLiteral("1 octo/empty missing failure")));
        QString error;
        QVERIFY(!script.advance(&error));
        QVERIFY2(error.contains(QStringLiteral("no deployment missing")), qPrintable(error));
    }

    void controlRoute()
    {
        GitHubEmulator emulator;
        emulator.loadEmpty();
        QVERIFY(emulator.listen());
        EmulatorScript script(&emulator);
        QVERIFY(script.load(QString::fromLatin1(series)));
        script.addControlRoutes();
        const QString base = emulator.baseUrl().toString();
        const QJsonObject first = postStep(base);
        QCOMPARE(first.value(QStringLiteral("steps_run")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("done")).toBool(), false);
        QCOMPARE(emulator.deploymentCount(repo), 1);
        for (int i = 0; i < 3; ++i)
            postStep(base);
        const QJsonObject past = postStep(base);
        QCOMPARE(past.value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(past.value(QStringLiteral("error")).toString(), QStringLiteral("no steps left"));
    }

    void standaloneBinary()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(series);
        file.flush();
        QProcess process;
        process.setProgram(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck-emulator"));
        process.setArguments({QStringLiteral("--data"), QStringLiteral("empty"),
                              QStringLiteral("--script"), file.fileName()});
        process.start();
        QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^Listening on (http://127\\.0\\.0\\.1:\\d+)$"))
                .match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(postStep(match.captured(1)).value(QStringLiteral("steps_run")).toInt(), i + 1);

        // The client sees the failure like anyone's
        QNetworkRequest request{
            QUrl(match.captured(1) + QStringLiteral("/repos/octo/empty/deployments"))};
        request.setRawHeader("Authorization", "token demo-token");
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const QJsonArray deployments = QJsonDocument::fromJson(reply->readAll()).array();
        reply->deleteLater();
        QCOMPARE(deployments.size(), 2);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);

        // A broken script stops it before it listens
        QProcess broken;
        broken.start(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck-emulator"),
                     {QStringLiteral("--script"), QStringLiteral("/nonexistent/script")});
        QVERIFY(broken.waitForFinished(10000));
        QCOMPARE(broken.exitCode(), 2);
        QVERIFY(broken.readAllStandardError().contains("--script: cannot read"));
    }
};

QTEST_GUILESS_MAIN(EmulatorScriptTest)
#include "tst_emulatorscript.moc"
