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
#include <QRegularExpression>
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
    // issue 11: a command line scripts can rely on
    void optionsInAnyOrder_data();
    void optionsInAnyOrder();
    void unknownCommandListsTheCommands();
    void caFileThatCannotBeReadIsAUsageError();
    void noDisplayNeeded_data();
    void noDisplayNeeded();
    void topLevelHelpListsEveryCommand();
    void usageLineNamesTheCommand();
    void helpWrapsInKoreanAndJapanese_data();
    void helpWrapsInKoreanAndJapanese();
    void languageFollowsTheSystemNotTheWindow_data();
    void languageFollowsTheSystemNotTheWindow();
    void preciseErrors_data();
    void preciseErrors();
    void statusPrintsOneLine();
    void exportCsvBom();
    void exportHelpSaysWhatTheFormatsHold();
    void watchPrintsChanges_data();
    void watchPrintsChanges();
    void watchUntilFinal_data();
    void watchUntilFinal();
    void rateLimitWaitIsShown();

private:
    // An empty token: none in the environment. `extra` adds or overrides variables.
    Result run(const QStringList &arguments, const QString &tokenValue = token,
               const QMap<QString, QString> &extra = {}, const QByteArray &input = {});
    QString writeFakeGh(const QByteArray &script);
    QJsonArray rawDeployments();
    QJsonArray rawGet(const QString &path);
    QJsonDocument rawGetOne(const QString &path, const QString &query = {});
    struct PointsUsed
    {
        int core = 0;
        int graphql = 0;
    };
    PointsUsed pointsUsed(); // the emulator's rate-limit counters (reading them costs none)
    QJsonObject rawPost(const QString &path, const QJsonObject &body);
    qint64 firstDeploymentId(int index = 0);
    QProcessEnvironment environment(const QString &tokenValue, const QMap<QString, QString> &extra);

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
    process.setProcessEnvironment(environment(tokenValue, extra));
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

QProcessEnvironment CliTest::environment(const QString &tokenValue,
                                         const QMap<QString, QString> &extra)
{
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
    return environment;
}

// Independent of the client: plain QNetworkAccessManager, following page numbers.
QJsonDocument CliTest::rawGetOne(const QString &path, const QString &query)
{
    QNetworkAccessManager network;
    QUrl url = m_baseUrl;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

CliTest::PointsUsed CliTest::pointsUsed()
{
    const QJsonObject resources =
        rawGetOne(QStringLiteral("/rate_limit")).object().value("resources").toObject();
    return {resources.value("core").toObject().value("used").toInt(),
            resources.value("graphql").toObject().value("used").toInt()};
}

QJsonArray CliTest::rawGet(const QString &path)
{
    QJsonArray all;
    for (int page = 1;; ++page) {
        const QJsonArray items =
            rawGetOne(path, QStringLiteral("per_page=100&page=%1").arg(page)).array();
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
    const QJsonArray raw = rawDeployments();

    // Over REST: GitHub's objects as they are, 1 listing + 1 status list a deployment
    PointsUsed before = pointsUsed();
    const Result rest =
        run({"export", "--repo", repo, "--api-url", m_baseUrl.toString(), "--no-cache", "--rest"});
    PointsUsed after = pointsUsed();
    QCOMPARE(rest.exitCode, 0);
    const QJsonArray exported = QJsonDocument::fromJson(rest.out).array();
    QCOMPARE(exported.size(), 30);
    QCOMPARE(exported, raw);
    QCOMPARE(exported.first().toObject().value("statuses").toArray().size(), 3);
    QCOMPARE(after.core - before.core, 1 + 30);
    QCOMPARE(after.graphql - before.graphql, 0);

    // Over GraphQL (the default): the same objects, but for the statuses' app, which GraphQL
    // does not have (left out rather than a null that would claim "no app"); 1 listing, 1 point
    before = pointsUsed();
    const Result graphql =
        run({"export", "--repo", repo, "--api-url", m_baseUrl.toString(), "--no-cache"});
    after = pointsUsed();
    QCOMPARE(graphql.exitCode, 0);
    QJsonArray withoutApp;
    for (const QJsonValue &value : raw) {
        QJsonObject deployment = value.toObject();
        QJsonArray statuses;
        for (const QJsonValue &status : deployment.value("statuses").toArray()) {
            QJsonObject object = status.toObject();
            QVERIFY(object.contains("performed_via_github_app"));
            object.remove("performed_via_github_app");
            statuses.append(object);
        }
        deployment.insert("statuses", statuses);
        withoutApp.append(deployment);
    }
    QCOMPARE(QJsonDocument::fromJson(graphql.out).array(), withoutApp);
    QCOMPARE(after.core - before.core, 1);
    QCOMPARE(after.graphql - before.graphql, 1);
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
    // The same table when the statuses come over REST
    const Result rest = run({"export", "--repo", repo, "--api-url", m_baseUrl.toString(),
                             "--format", "csv", "--rest", "--no-cache"});
    QCOMPARE(rest.exitCode, 0);
    QCOMPARE(rest.out, text);
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
             "https://ci.example.com/1", "--no-auto-inactive", "--json"});
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
    const Result marked = run({"mark-inactive", "--repo", repo, "--api-url", m_baseUrl.toString(),
                               "--deployment", id, "--json"});
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
    // and says how to get past it
    QVERIFY2(result.err.contains("--mark-inactive-first"), result.err.constData());
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

QJsonObject CliTest::rawPost(const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

qint64 CliTest::firstDeploymentId(int index)
{
    return qint64(rawDeployments().at(index).toObject().value("id").toDouble());
}

// Columns a terminal gives `text`: an independent count (Unicode scripts, not the app's table).
static int columns(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            width += 2;
            break;
        default:
            width += (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) ||
                             (c.unicode() >= 0xFF00 && c.unicode() <= 0xFF60)
                         ? 2
                         : 1;
        }
    }
    return width;
}

void CliTest::optionsInAnyOrder_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString api = QStringLiteral("API");
    QTest::addRow("globals before")
        << QStringList{"--lang", "ja", "--api-url", api, "export", "--repo", repo, "--no-cache"};
    QTest::addRow("globals after")
        << QStringList{"export", "--repo", repo, "--no-cache", "--api-url", api, "--lang=ko"};
    QTest::addRow("mixed") << QStringList{"--lang", "en",     "export", "--api-url",
                                          api,      "--repo", repo,     "--no-cache"};
    QTest::addRow("a window option's value before")
        << QStringList{"--repo", repo, "--api-url", api, "export", "--no-cache"};
}

void CliTest::optionsInAnyOrder()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings(QStringLiteral("API"), m_baseUrl.toString());
    // Given no display at all: a window would abort, not hang, so the test cannot hang either
    const Result result = run(arguments, token,
                              {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")},
                               {QStringLiteral("DISPLAY"), QString()}});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), rawDeployments().size());
}

void CliTest::unknownCommandListsTheCommands()
{
    const Result result = run({"exprot", "--repo", repo}, token,
                              {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")},
                               {QStringLiteral("DISPLAY"), QString()}});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("deploydeck: unknown command \"exprot\""),
             result.err.constData());
    for (const char *command :
         {"export", "status", "mark-inactive", "delete", "watch", "cleanup", "auth"})
        QVERIFY2(result.err.contains(QByteArray(QByteArray("\n  ") + command + ' ')),
                 result.err.constData());
}

void CliTest::caFileThatCannotBeReadIsAUsageError()
{
    // --ca-file is global: before or after the subcommand; a file that is not there says so
    const QString missing = QStringLiteral("/nonexistent/test-ca.pem");
    for (const QStringList &arguments :
         {QStringList{"--ca-file", missing, "export", "--repo", repo},
          QStringList{"export", "--repo", repo, "--ca-file", missing}}) {
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(missing.toUtf8()), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
}

void CliTest::noDisplayNeeded_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("inOutput");
    QTest::addRow("--help") << QStringList{"--help"} << 0 << QByteArray("deploydeck <command>");
    QTest::addRow("-h --lang ja") << QStringList{"-h", "--lang", "ja"} << 0
                                  << QByteArray("deploydeck <command>");
    QTest::addRow("--version") << QStringList{"--version"} << 0
                               << QByteArray("deploydeck " DEPLOYDECK_VERSION_FOR_TEST);
    QTest::addRow("export --help")
        << QStringList{"export", "--help"} << 0 << QByteArray("deploydeck export [options]");
    QTest::addRow("watch --help") << QStringList{"watch", "--help"} << 0
                                  << QByteArray("--until-final");
    QTest::addRow("auth --help") << QStringList{"auth", "--help"} << 0
                                 << QByteArray("login|status|logout");
    QTest::addRow("auth status --help") << QStringList{"auth", "status", "--help"} << 0
                                        << QByteArray("deploydeck auth status [options]");
    QTest::addRow("usage error") << QStringList{"status", "--repo", "a/b"} << 2 << QByteArray();
}

void CliTest::noDisplayNeeded()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, inOutput);
    // Given a session with no display (a CI runner, ssh): QGuiApplication would abort (134)
    const Result result = run(arguments, token,
                              {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")},
                               {QStringLiteral("DISPLAY"), QString()},
                               {QStringLiteral("WAYLAND_DISPLAY"), QString()}});
    QCOMPARE(result.exitCode, exitCode);
    const QByteArray output = result.out + result.err;
    QVERIFY2(output.contains(inOutput), output.constData());
}

void CliTest::topLevelHelpListsEveryCommand()
{
    const Result result = run({"--help"});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    for (const char *command :
         {"export", "status", "mark-inactive", "delete", "watch", "cleanup", "auth"}) {
        // one line each: the name, then what it does on the same line
        const QRegularExpression line(QStringLiteral("\\n  %1 +\\S").arg(QLatin1String(command)));
        QVERIFY2(text.contains(line), qPrintable(text));
    }
    QVERIFY(text.contains(QLatin1String("--demo"))); // the window's options too
    QVERIFY(text.contains(QLatin1String("--lang")));
}

void CliTest::usageLineNamesTheCommand()
{
    for (const QString &command :
         {QStringLiteral("export"), QStringLiteral("status"), QStringLiteral("mark-inactive"),
          QStringLiteral("delete"), QStringLiteral("watch")}) {
        const Result result = run({command, "--help"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(
                     QByteArray("Usage: deploydeck " + command.toUtf8() + " [options]\n")),
                 result.out.constData());
    }
}

void CliTest::helpWrapsInKoreanAndJapanese_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const char *lang : {"ja", "ko", "en"}) {
        for (const QStringList &command :
             {QStringList{"--help"}, QStringList{"export", "--help"},
              QStringList{"status", "--help"}, QStringList{"watch", "--help"},
              QStringList{"auth", "login", "--help"}})
            QTest::addRow("%s %s", lang, qPrintable(command.join(' ')))
                << (QStringList{"--lang", QLatin1String(lang)} + command);
    }
}

void CliTest::helpWrapsInKoreanAndJapanese()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 8);
    for (const QString &line : lines) {
        QVERIFY2(columns(line) <= 80,
                 qPrintable(QStringLiteral("%1 columns: %2").arg(columns(line)).arg(line)));
        // no line starts with closing punctuation (kinsoku)
        QVERIFY2(!line.trimmed().startsWith(QChar(0x3002)) &&
                     !line.trimmed().startsWith(QChar(0x3001)),
                 qPrintable(line));
    }
}

void CliTest::languageFollowsTheSystemNotTheWindow_data()
{
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QString>("expected");
    const QString english = QStringLiteral("--repo OWNER/REPO is required.");
    const QString japanese = QStringLiteral("--repo オーナー/リポジトリを指定してください。");
    const QString korean = QStringLiteral("--repo 소유자/리포지토리 옵션이 필요합니다.");
    // The window's saved choice is Korean in every row: it must never decide
    QTest::addRow("LANG=ja") << QString() << QStringLiteral("ja_JP.UTF-8") << QStringList{}
                             << japanese;
    QTest::addRow("LC_ALL=C beats LANG=ja")
        << QStringLiteral("C.UTF-8") << QStringLiteral("ja_JP.UTF-8") << QStringList{} << english;
    QTest::addRow("LC_ALL=ja") << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("C.UTF-8")
                               << QStringList{} << japanese;
    QTest::addRow("--lang ko beats LANG=ja")
        << QString() << QStringLiteral("ja_JP.UTF-8") << QStringList{"--lang", "ko"} << korean;
    QTest::addRow("LANG=C") << QString() << QStringLiteral("C") << QStringList{} << english;
}

void CliTest::languageFollowsTheSystemNotTheWindow()
{
    QFETCH(QString, lcAll);
    QFETCH(QString, lang);
    QFETCH(QStringList, extraArguments);
    QFETCH(QString, expected);
    // Given the window's language setting is Korean
    QTemporaryDir config;
    QVERIFY(QDir().mkpath(config.filePath("DeployDeck")));
    QFile settings(config.filePath("DeployDeck/deploydeck.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[ui]\nlanguage=ko\n");
    settings.close();
    QProcess process;
    QProcessEnvironment env =
        environment(token, {{QStringLiteral("LANG"), lang},
                            {QStringLiteral("XDG_CONFIG_HOME"), config.path()}});
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    if (lcAll.isEmpty())
        env.remove(QStringLiteral("LC_ALL"));
    else
        env.insert(QStringLiteral("LC_ALL"), lcAll);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck"),
                  QStringList{"export"} + extraArguments);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void CliTest::preciseErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("tokenValue");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("inError");
    QTest::addRow("host without scheme")
        << QStringList{"export", "--repo", repo, "--api-url", "ghe.example.com"} << token << 2
        << QByteArray("--api-url https://ghe.example.com/api/v3");
    QTest::addRow("invalid api url names the value")
        << QStringList{"export", "--repo", repo, "--api-url", "https://exa mple.com/api"} << token
        << 2 << QByteArray("https://exa mple.com/api");
    QTest::addRow("ftp log url")
        << QStringList{"status",  "--repo",  repo,        "--deployment",          "1",
                       "--state", "success", "--log-url", "ftp://ci.example.com/1"}
        << token << 2 << QByteArray("--log-url \"ftp://ci.example.com/1\"");
    QTest::addRow("javascript environment url") << QStringList{"status",
                                                               "--repo",
                                                               repo,
                                                               "--deployment",
                                                               "1",
                                                               "--state",
                                                               "success",
                                                               "--environment-url",
                                                               "javascript:alert(1)"}
                                                << token << 2 << QByteArray("javascript:alert(1)");
    QTest::addRow("no token at all") << QStringList{"export", "--repo", repo, "--api-url", "API"}
                                     << QString() << 1 << QByteArray("No token for");
    QTest::addRow("empty token variable")
        << QStringList{"export", "--repo", repo, "--api-url", "API"} << QString() << 1
        << QByteArray("No token for");
    QTest::addRow("unknown option names the command")
        << QStringList{"watch", "--repo", repo, "--frobnicate"} << token << 2
        << QByteArray("deploydeck watch --help");
}

void CliTest::preciseErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, tokenValue);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, inError);
    arguments.replaceInStrings(QStringLiteral("API"), m_baseUrl.toString());
    QMap<QString, QString> extra;
    if (QByteArray(QTest::currentDataTag()) == "empty token variable")
        extra.insert(QStringLiteral("GH_TOKEN"), QString());
    QFile::remove(m_home.filePath("bin/gh"));
    const Result result = run(arguments, tokenValue, extra);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(inError), result.err.constData());
    QVERIFY(!result.err.contains("did not accept"));
}

void CliTest::statusPrintsOneLine()
{
    const qint64 id = firstDeploymentId(3);
    const QString environmentName =
        rawDeployments().at(3).toObject().value("environment").toString();
    const Result result = run({"status", "--repo", repo, "--api-url", m_baseUrl.toString(),
                               "--deployment", QString::number(id), "--state", "in_progress",
                               "--log-url", "https://ci.example.com/2"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QString::fromUtf8(result.out),
             QStringLiteral("#%1 in_progress (%2)\n").arg(id).arg(environmentName));
    const Result marked = run({"mark-inactive", "--repo", repo, "--api-url", m_baseUrl.toString(),
                               "--deployment", QString::number(id)});
    QVERIFY2(marked.exitCode == 0, marked.err.constData());
    QCOMPARE(QString::fromUtf8(marked.out),
             QStringLiteral("#%1 inactive (%2)\n").arg(id).arg(environmentName));
}

void CliTest::exportCsvBom()
{
    const Result withBom = run(
        {"export", "--repo", repo, "--api-url", m_baseUrl.toString(), "--format", "csv", "--bom"});
    QCOMPARE(withBom.exitCode, 0);
    QVERIFY(withBom.out.startsWith("\xEF\xBB\xBF"
                                   "id,environment,"));
    const Result without =
        run({"export", "--repo", repo, "--api-url", m_baseUrl.toString(), "--format", "csv"});
    QVERIFY(without.out.startsWith("id,environment,"));
    QCOMPARE(run({"export", "--repo", repo, "--bom"}).exitCode, 2); // json has no BOM
}

void CliTest::exportHelpSaysWhatTheFormatsHold()
{
    const Result result = run({"export", "--help"});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out).simplified();
    QVERIFY2(text.contains(QLatin1String("one row per deployment with its latest state")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("every one of its statuses")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("--bom")));
}

void CliTest::watchPrintsChanges_data()
{
    QTest::addColumn<bool>("json");
    QTest::addRow("lines") << false;
    QTest::addRow("json lines") << true;
}

void CliTest::watchPrintsChanges()
{
    QFETCH(bool, json);
    // Given a watch on one environment of the repository
    const QJsonObject deployment = rawDeployments().at(4).toObject();
    const qint64 id = qint64(deployment.value("id").toDouble());
    const QString environmentName = deployment.value("environment").toString();
    QProcess watch;
    watch.setProcessEnvironment(environment(token, {}));
    QStringList arguments{
        "watch",         "--repo",        repo,         "--api-url", m_baseUrl.toString(),
        "--environment", environmentName, "--interval", "0.1"};
    if (json)
        arguments << "--json";
    watch.start(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck"), arguments);
    QVERIFY(watch.waitForStarted(TestTimeoutMs));
    // it says where the environment stands first: one line, its newest deployment
    QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), TestTimeoutMs);
    const QByteArray first = watch.readLine();
    QVERIFY2(first.contains(environmentName.toUtf8()), first.constData());
    const QByteArray newest = json ? "\"deployment\":" : "#";
    qint64 newestId = 0;
    for (const QJsonValue &value : rawDeployments()) {
        if (value.toObject().value("environment").toString() == environmentName) {
            newestId = qint64(value.toObject().value("id").toDouble());
            break;
        }
    }
    QVERIFY2(first.contains(QByteArray(newest + QByteArray::number(newestId))), first.constData());

    // When another client posts a status
    const QJsonObject posted =
        rawPost(QStringLiteral("/repos/octo/synthetic/deployments/%1/statuses").arg(id),
                {{"state", "in_progress"}, {"description", "Rolling out"}});
    QCOMPARE(posted.value("state").toString(), QStringLiteral("in_progress"));

    // Then one line says so
    QByteArray line;
    const QByteArray mark = json ? QByteArray("\"deployment\":" + QByteArray::number(id) + ',')
                                 : QByteArray("#" + QByteArray::number(id) + ' ');
    const auto found = [&] { // idempotent: QTRY_VERIFY evaluates it once more at the end
        while (line.isEmpty() && watch.canReadLine()) {
            const QByteArray next = watch.readLine();
            if (next.contains(mark) && next.contains("in_progress"))
                line = next;
        }
        return !line.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(found(), TestTimeoutMs);
    if (json) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(qint64(object.value("deployment").toDouble()), id);
        QCOMPARE(object.value("state").toString(), QStringLiteral("in_progress"));
        QCOMPARE(object.value("description").toString(), QStringLiteral("Rolling out"));
    } else {
        QVERIFY2(line.contains(
                     QStringLiteral("#%1 %2 in_progress").arg(id).arg(environmentName).toUtf8()),
                 line.constData());
        QVERIFY(line.contains(": Rolling out"));
    }
    watch.kill();
    watch.waitForFinished(5000);
}

void CliTest::watchUntilFinal_data()
{
    QTest::addColumn<QString>("finalState");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("success") << QStringLiteral("success") << 0;
    QTest::addRow("failure") << QStringLiteral("failure") << 3;
    QTest::addRow("error") << QStringLiteral("error") << 3;
}

void CliTest::watchUntilFinal()
{
    QFETCH(QString, finalState);
    QFETCH(int, exitCode);
    // Given a deployment in progress
    const qint64 id = firstDeploymentId(5);
    const QString statuses =
        QStringLiteral("/repos/octo/synthetic/deployments/%1/statuses").arg(id);
    rawPost(statuses, {{"state", "in_progress"}});
    QProcess watch;
    watch.setProcessEnvironment(environment(token, {}));
    watch.start(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck"),
                {"watch", "--repo", repo, "--api-url", m_baseUrl.toString(), "--deployment",
                 QString::number(id), "--until-final", "--interval", "0.1"});
    QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), TestTimeoutMs);
    QVERIFY(watch.readLine().contains("in_progress"));
    QCOMPARE(watch.state(), QProcess::Running); // not final yet

    // When it ends
    rawPost(statuses, {{"state", finalState}});

    // Then the watch ends too, and its exit code says how
    QVERIFY(watch.waitForFinished(TestTimeoutMs));
    QCOMPARE(watch.exitCode(), exitCode);
    QVERIFY(watch.readAll().contains(finalState.toUtf8()));
}

void CliTest::rateLimitWaitIsShown()
{
    // Given GitHub answers the next listing with a secondary limit (429, retry-after: 1)
    const QJsonObject injected =
        rawPost(QStringLiteral("/_emulator/faults"),
                {{"fault", "429"}, {"count", 1}, {"path", "/deployments"}, {"retry_after", 1}});
    QCOMPARE(injected.value("pending").toInt(), 1);

    // When an export meets it
    const Result result =
        run({"export", "--repo", repo, "--api-url", m_baseUrl.toString(), "--no-cache"});

    // Then it says why it waits, until when and how to stop, and still finishes
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("GitHub asked to slow down; waiting until"),
             result.err.constData());
    QVERIFY(result.err.contains("(Ctrl+C stops)"));
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), rawDeployments().size());
}

QTEST_GUILESS_MAIN(CliTest)
#include "clitest.moc"
