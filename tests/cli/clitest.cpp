// The headless command line, run as a process against the standalone emulator process.
#include "testtimeout.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString repo = QStringLiteral("octo/synthetic");
const QString token = QStringLiteral("cli-test-token");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class CliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exportJsonEqualsEmulatorData();
    void exportCsv();
    void statusThenExport();
    void markInactiveAndDelete();
    void deleteActiveFailsWithGitHubsMessage();
    void badTokenIsAnApiError();
    void usageErrors_data();
    void usageErrors();
    void help();
    void noTokenNamesAllThreePlaces();
    void tokenFromGitHubCli();
    void authLoginChecksTheToken_data();
    void authLoginChecksTheToken();
    void authLoginWithoutKeyringSavesNothing();
    void authStatusShowsTheEnvironmentToken();
    void authStatusNamesAnUnreachableHost_data();
    void authStatusNamesAnUnreachableHost();
    void authUsageErrors_data();
    void authUsageErrors();

private:
    // An empty token: none in the environment. `extra` adds or overrides variables.
    Result run(const QStringList &arguments, const QString &tokenValue = token,
               const QMap<QString, QString> &extra = {}, const QByteArray &input = {});
    QString writeFakeGh(const QByteArray &script);
    QJsonArray rawDeployments();
    QJsonArray rawGet(const QString &path);

    QProcess m_emulator;
    QUrl m_baseUrl;
    QTemporaryDir m_home;
};

void CliTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_emulator.setProgram(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck-emulator"));
    m_emulator.setArguments({"--port", "0", "--data", "synthetic:30:3", "--token", token});
    m_emulator.start();
    QVERIFY(m_emulator.waitForStarted(TestTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_emulator.canReadLine(), TestTimeoutMs);
    const QString line = QString::fromUtf8(m_emulator.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("Listening on http://")), qPrintable(line));
    m_baseUrl = QUrl(line.mid(qstrlen("Listening on ")));
    QVERIFY(m_baseUrl.isValid());
}

void CliTest::cleanupTestCase()
{
    m_emulator.kill();
    m_emulator.waitForFinished(5000);
}

Result CliTest::run(const QStringList &arguments, const QString &tokenValue,
                    const QMap<QString, QString> &extra, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GH_HOST"})
        environment.remove(QString::fromLatin1(name));
    environment.remove(QStringLiteral("GH_API_URL"));
    if (!tokenValue.isEmpty())
        environment.insert(QStringLiteral("GITHUB_TOKEN"), tokenValue);
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath("cache"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath("config"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    // No Secret Service and no real gh: the token comes from where the test says.
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_home.filePath("no-bus"));
    environment.insert(QStringLiteral("PATH"), m_home.filePath("bin"));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck"), arguments);
    process.write(input);
    process.closeWriteChannel();
    Result result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Independent of the client: plain QNetworkAccessManager, following page numbers.
QJsonArray CliTest::rawGet(const QString &path)
{
    QNetworkAccessManager network;
    QJsonArray all;
    for (int page = 1;; ++page) {
        QUrl url = m_baseUrl;
        url.setPath(path);
        url.setQuery(QStringLiteral("per_page=100&page=%1").arg(page));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonArray items = QJsonDocument::fromJson(reply->readAll()).array();
        reply->deleteLater();
        for (const QJsonValue &item : items)
            all.append(item);
        if (items.size() < 100)
            return all;
    }
}

QJsonArray CliTest::rawDeployments()
{
    QJsonArray result;
    for (const QJsonValue &value : rawGet(QStringLiteral("/repos/octo/synthetic/deployments"))) {
        QJsonObject deployment = value.toObject();
        deployment.insert(QStringLiteral("statuses"),
                          rawGet(QStringLiteral("/repos/octo/synthetic/deployments/%1/statuses")
                                     .arg(qint64(deployment.value("id").toDouble()))));
        result.append(deployment);
    }
    return result;
}

void CliTest::exportJsonEqualsEmulatorData()
{
    const Result result =
        run({"export", "--repo", repo, "--api-url", m_baseUrl.toString(), "--no-cache"});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray exported = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(exported.size(), 30);
    QCOMPARE(exported, rawDeployments());
    QCOMPARE(exported.first().toObject().value("statuses").toArray().size(), 3);
}

void CliTest::exportCsv()
{
    const QString file = m_home.filePath("out.csv");
    const Result result = run({"export", "--repo", repo, "--api-url", m_baseUrl.toString(),
                               "--format", "csv", "-o", file});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY(text.startsWith("id,environment,ref,sha,task,creator,created_at,latest_state,"
                            "latest_status_at,description\r\n"));
    QCOMPARE(text.count("\r\n"), 31);
    // Warm run: the ETag cache in XDG_CACHE_HOME makes it all 304s, and it holds no token
    QVERIFY(run({"export", "--repo", repo, "--api-url", m_baseUrl.toString()}).exitCode == 0);
    QDir cache(m_home.filePath("cache/DeployDeck/deploydeck"));
    const QStringList files = cache.entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile cacheFile(cache.filePath(files.first()));
    QVERIFY(cacheFile.open(QIODevice::ReadOnly));
    QVERIFY(!cacheFile.readAll().contains(token.toUtf8()));
}

void CliTest::statusThenExport()
{
    const QJsonArray before = rawDeployments();
    const qint64 id = qint64(before.first().toObject().value("id").toDouble());
    const QString description = QStringLiteral("Rolled back, \"quickly\"");
    const Result result =
        run({"status", "--repo", repo, "--api-url", m_baseUrl.toString(), "--deployment",
             QString::number(id), "--state", "failure", "--description", description, "--log-url",
             "https://ci.example.com/1", "--no-auto-inactive"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(status.value("state").toString(), QStringLiteral("failure"));
    QCOMPARE(status.value("description").toString(), description);

    const Result exported = run({"export", "--repo", repo, "--api-url", m_baseUrl.toString()});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject first = QJsonDocument::fromJson(exported.out).array().first().toObject();
    QCOMPARE(qint64(first.value("id").toDouble()), id);
    const QJsonObject latest = first.value("statuses").toArray().first().toObject();
    QCOMPARE(latest.value("id"), status.value("id"));
    QCOMPARE(latest.value("state").toString(), QStringLiteral("failure"));
}

void CliTest::markInactiveAndDelete()
{
    const QJsonArray deployments = rawDeployments();
    const QString id = QString::number(qint64(deployments.at(1).toObject().value("id").toDouble()));
    const Result marked = run(
        {"mark-inactive", "--repo", repo, "--api-url", m_baseUrl.toString(), "--deployment", id});
    QCOMPARE(marked.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(marked.out).object().value("state").toString(),
             QStringLiteral("inactive"));
    QCOMPARE(run({"delete", "--repo", repo, "--api-url", m_baseUrl.toString(), "--deployment", id})
                 .exitCode,
             0);
    const QString other =
        QString::number(qint64(deployments.at(2).toObject().value("id").toDouble()));
    QCOMPARE(run({"delete", "--repo", repo, "--api-url", m_baseUrl.toString(), "--deployment",
                  other, "--mark-inactive-first"})
                 .exitCode,
             0);
    QCOMPARE(rawDeployments().size(), deployments.size() - 2);
}

void CliTest::deleteActiveFailsWithGitHubsMessage()
{
    // Given an active deployment (its latest status is not inactive)
    const QString id =
        QString::number(qint64(rawDeployments().first().toObject().value("id").toDouble()));
    QCOMPARE(run({"status", "--repo", repo, "--api-url", m_baseUrl.toString(), "--deployment", id,
                  "--state", "success"})
                 .exitCode,
             0);
    const Result result =
        run({"delete", "--repo", repo, "--api-url", m_baseUrl.toString(), "--deployment", id});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("We cannot delete an active deployment"), result.err.constData());
    QVERIFY(!result.err.contains(token.toUtf8()));
}

void CliTest::badTokenIsAnApiError()
{
    const Result result = run({"export", "--repo", repo, "--api-url", m_baseUrl.toString()},
                              QStringLiteral("wrong-token"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("Bad credentials"), result.err.constData());
    QVERIFY(!result.err.contains("wrong-token"));
}

void CliTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no repo") << QStringList{"export"};
    QTest::addRow("bad repo") << QStringList{"export", "--repo", "not a repo"};
    QTest::addRow("unknown option") << QStringList{"export", "--repo", "a/b", "--frobnicate"};
    QTest::addRow("bad format") << QStringList{"export", "--repo", "a/b", "--format", "xml"};
    QTest::addRow("plain http elsewhere")
        << QStringList{"export", "--repo", "a/b", "--api-url", "http://example.com/api/v3"};
    QTest::addRow("no deployment") << QStringList{"status", "--repo", "a/b", "--state", "success"};
    QTest::addRow("bad deployment")
        << QStringList{"delete", "--repo", "a/b", "--deployment", "twelve"};
    QTest::addRow("bad state") << QStringList{"status", "--repo",  "a/b",      "--deployment",
                                              "1",      "--state", "destroyed"};
    QTest::addRow("stray argument") << QStringList{"mark-inactive", "--repo", "a/b", "extra"};
}

void CliTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith("deploydeck: "));
    QVERIFY(result.out.isEmpty());
}

void CliTest::help()
{
    const Result result = run({"export", "--help"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("--repo"));
    QVERIFY(result.out.contains("--format"));
}

QString CliTest::writeFakeGh(const QByteArray &script)
{
    QDir().mkpath(m_home.filePath("bin"));
    QFile gh(m_home.filePath("bin/gh"));
    if (!gh.open(QIODevice::WriteOnly))
        return QString();
    gh.write("#!/bin/sh\n" + script);
    gh.close();
    gh.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return gh.fileName();
}

void CliTest::noTokenNamesAllThreePlaces()
{
    QFile::remove(m_home.filePath("bin/gh"));
    const Result result = run({"export", "--repo", repo, "--api-url", m_baseUrl.toString()}, {});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("GH_TOKEN, GITHUB_TOKEN"), result.err.constData());
    QVERIFY(result.err.contains("system keyring"));
    const QByteArray ghHint = "gh auth token --hostname " + m_baseUrl.authority().toUtf8();
    QVERIFY(result.err.contains(ghHint));
    QVERIFY(result.err.contains("not installed"));
}

void CliTest::tokenFromGitHubCli()
{
    // gh knows this host only
    QVERIFY(!writeFakeGh("[ \"$4\" = \"" + m_baseUrl.authority().toUtf8() +
                         "\" ] || { echo 'not logged in' >&2; exit 1; }\necho " + token.toUtf8() +
                         "\n")
                 .isEmpty());
    const Result result = run({"export", "--repo", repo, "--api-url", m_baseUrl.toString()}, {});
    QFile::remove(m_home.filePath("bin/gh"));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), rawDeployments().size());
}

void CliTest::authLoginChecksTheToken_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("inError");
    QTest::addRow("bad credentials")
        << QByteArray("wrong-token\n") << 1 << QByteArray("bad credentials");
    QTest::addRow("empty input") << QByteArray("\n") << 2 << QByteArray("no token");
    QTest::addRow("two lines") << QByteArray("a\nb\n") << 2 << QByteArray("no token");
}

void CliTest::authLoginChecksTheToken()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, inError);
    const Result result =
        run({"auth", "login", "--hostname", m_baseUrl.toString(), "--with-token"}, {}, {}, input);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(inError), result.err.constData());
    QVERIFY(!result.err.contains("wrong-token"));
}

void CliTest::authLoginWithoutKeyringSavesNothing()
{
    // A good token, but no Secret Service: the command line cannot keep it for a session
    const Result result = run({"auth", "login", "--hostname", m_baseUrl.toString(), "--with-token"},
                              {}, {}, token.toUtf8() + "\n");
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("The token was not saved: No system keyring is available"),
             result.err.constData());
    QVERIFY(!result.err.contains(token.toUtf8()));
    // Nothing remembered, nothing written
    QCOMPARE(run({"auth", "status"}, {}).exitCode, 1);
    QFile settings(m_home.filePath("config/DeployDeck/deploydeck.conf"));
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains(token.toUtf8()));
}

void CliTest::authStatusShowsTheEnvironmentToken()
{
    const Result result =
        run({"auth", "status"}, token, {{QStringLiteral("GH_HOST"), m_baseUrl.authority()}});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("as octocat (token from the environment)"),
             result.out.constData());
    QVERIFY(result.out.contains("Token: ****"));
    QVERIFY(!result.out.contains(token.toUtf8()));
    // A bad environment token is reported, not hidden
    const Result bad = run({"auth", "status"}, QStringLiteral("wrong-token"),
                           {{QStringLiteral("GH_HOST"), m_baseUrl.authority()}});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.out.contains("does not work"), bad.out.constData());
    QVERIFY(!bad.out.contains("wrong-token"));
}

void CliTest::authStatusNamesAnUnreachableHost_data()
{
    QTest::addColumn<bool>("listening");
    // A closed port refuses at once; a server that accepts and never answers needs the
    // timeout (shortened through the internal test-only variable).
    QTest::addRow("connection refused") << false;
    QTest::addRow("no answer") << true;
}

void CliTest::authStatusNamesAnUnreachableHost()
{
    QFETCH(bool, listening);
    // Given a loopback host that does not answer GET /user
    QTcpServer silent; // its backlog completes the connection; nobody ever reads or writes
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString host = QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
    if (!listening)
        silent.close();

    // When auth status checks the environment's token there
    QElapsedTimer elapsed;
    elapsed.start();
    const Result result = run(
        {"auth", "status"}, token,
        {{QStringLiteral("GH_HOST"), host},
         {QStringLiteral("DEPLOYDECK_INTERNAL_AUTH_STATUS_TIMEOUT_MS"), QStringLiteral("500")}});

    // Then it says so for that host, well before the client's 30 s transfer timeout
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QStringLiteral("could not reach %1").arg(host).toUtf8()),
             result.out.constData());
    if (listening)
        QVERIFY2(result.out.contains("no answer within 1 second"), result.out.constData());
    QVERIFY2(elapsed.elapsed() < 15000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(!result.out.contains(token.toUtf8()));
}

void CliTest::authUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no action") << QStringList{"auth"};
    QTest::addRow("unknown action") << QStringList{"auth", "frobnicate"};
    QTest::addRow("login without --with-token") << QStringList{"auth", "login"};
    QTest::addRow("login plain http elsewhere")
        << QStringList{"auth", "login", "--hostname", "http://example.com/api/v3", "--with-token"};
    QTest::addRow("logout stray argument") << QStringList{"auth", "logout", "extra"};
}

void CliTest::authUsageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith("deploydeck: "));
}

QTEST_GUILESS_MAIN(CliTest)
#include "clitest.moc"
