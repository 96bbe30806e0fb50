// `deploydeck cleanup` end to end against the standalone emulator binary (with GitHub's
// secondary limit on): the dry run (JSON, nothing written), the apply with --yes (every planned
// deployment done, each write once, exit 0), a failed write (exit 1 with the reason in the JSON
// report), and usage errors (exit 2). Several repositories in one run: two --repo, --watched
// (the Overview's watch list in the settings), and --rules FILE with two rules.

#include "testtimeout.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString repo = QStringLiteral("octo/empty");
const QString second = QStringLiteral("octo/second");
const QString token = QStringLiteral("cli-test-token");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};
} // namespace

class tst_CleanupCli : public QObject
{
    Q_OBJECT
private:
    QProcess m_emulator;
    QUrl m_baseUrl;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;

    Result run(QStringList arguments, const QString &tokenValue = token)
    {
        arguments.prepend(QStringLiteral("cleanup"));
        arguments << QStringLiteral("--api-url") << m_baseUrl.toString();
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"GH_TOKEN", "GITHUB_TOKEN", "GH_ENTERPRISE_TOKEN",
                                 "GITHUB_ENTERPRISE_TOKEN", "GH_HOST", "GH_API_URL"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("GITHUB_TOKEN"), tokenValue);
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath("cache"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath("config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath("data"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=") + m_home.filePath("no-bus"));
        environment.insert(QStringLiteral("PATH"), m_home.filePath("bin"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck"), arguments);
        Result result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QJsonDocument call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QUrl url = m_baseUrl;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, method,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return json;
    }

    qint64 deploy(const QString &environment, const QString &state,
                  const QString &repository = repo)
    {
        const QJsonObject d = call("POST", QStringLiteral("/repos/%1/deployments").arg(repository),
                                   {{"ref", "main"},
                                    {"environment", environment},
                                    {"required_contexts", QJsonArray()},
                                    {"transient_environment", true}})
                                  .object();
        const qint64 id = d.value("id").toInteger();
        call("POST", QStringLiteral("/repos/%1/deployments/%2/statuses").arg(repository).arg(id),
             {{"state", state}});
        return id;
    }

    QString latestState(qint64 id, const QString &repository = repo)
    {
        const QJsonArray statuses =
            call("GET", QStringLiteral("/repos/%1/deployments/%2/statuses").arg(repository).arg(id))
                .array();
        return statuses.isEmpty() ? QString()
                                  : statuses.first().toObject().value("state").toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_emulator.setProgram(QStringLiteral(DEPLOYDECK_BIN_DIR "/deploydeck-emulator"));
        m_emulator.setArguments({"--port", "0", "--data", "empty", "--token", token, "--users",
                                 "demo", "--secondary-limit", "--repo", second, "--repo",
                                 "acme/other"});
        m_emulator.start();
        QVERIFY(m_emulator.waitForStarted(TestTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(m_emulator.canReadLine(), TestTimeoutMs);
        const QString line = QString::fromUtf8(m_emulator.readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("Listening on http://")), qPrintable(line));
        m_baseUrl = QUrl(line.mid(qstrlen("Listening on ")));
    }

    void cleanupTestCase()
    {
        m_emulator.kill();
        m_emulator.waitForFinished(5000);
    }

    void dryRunThenApply()
    {
        // Given three live previews and a production deployment
        const QList<qint64> previews{deploy("preview/pr-1", "success"),
                                     deploy("preview/pr-2", "success"),
                                     deploy("preview/pr-3", "failure")};
        const qint64 production = deploy("production", "success");
        const QStringList rule{"--repo",         repo,       "--environment", "preview/*",
                               "--include-live", "--action", "mark-inactive"};

        // When the cleanup runs without --yes: the plan, nothing written, exit 0
        Result dry = run(rule + QStringList{"--json"});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QJsonObject json = dry.json();
        QCOMPARE(json.value("applied").toBool(), false);
        QVERIFY(!json.contains("report"));
        const QJsonArray items = json.value("plan").toObject().value("items").toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject().value("rule_name").toString(), QStringLiteral("rule 1"));
        for (qint64 id : previews)
            QVERIFY(latestState(id) != QLatin1String("inactive"));

        // And the text form says it was a dry run
        Result text = run(rule);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.contains("--yes"), text.err.constData());
        QVERIFY(text.out.contains("mark-inactive\t#"));

        // When it runs with --yes: every planned deployment is done, production untouched
        Result applied = run(rule + QStringList{"--yes", "--json"});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        json = applied.json();
        QCOMPARE(json.value("applied").toBool(), true);
        const QJsonObject report = json.value("report").toObject();
        QCOMPARE(report.value("done").toInt(), 3);
        QCOMPARE(report.value("failed").toInt(), 0);
        QCOMPARE(report.value("writes").toInt(), 3);
        QCOMPARE(report.value("rate_limit_pauses").toInt(), 0);
        QCOMPARE(report.value("items").toArray().size(), 3);
        for (qint64 id : previews)
            QCOMPARE(latestState(id), QStringLiteral("inactive"));
        QCOMPARE(latestState(production), QStringLiteral("success"));

        // And a second run finds nothing left to do
        Result again = run(rule + QStringList{"--yes", "--json"});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value("plan").toObject().value("items").toArray().size(), 0);
    }

    void failedWriteExitsOne()
    {
        // Given an environment to delete, and a token without admin rights (read only)
        deploy("preview/pr-9", "inactive");
        const Result result = run({"--repo", repo, "--environment", "preview/pr-9", "--action",
                                   "delete-environment", "--yes", "--json"},
                                  QStringLiteral("reader-token"));
        QCOMPARE(result.exitCode, 1);
        const QJsonObject report = result.json().value("report").toObject();
        QCOMPARE(report.value("failed").toInt(), 1);
        QVERIFY(
            !report.value("items").toArray().at(0).toObject().value("reason").toString().isEmpty());
    }

    void twoRepositoriesInOneRun()
    {
        // Given live previews with the same names in two repositories, and production in each
        const QList<qint64> first{deploy("temp/a", "success"), deploy("temp/b", "failure")};
        const QList<qint64> other{deploy("temp/a", "success", second)};
        const qint64 production = deploy("production", "success", second);
        const QStringList rule{"--repo",        repo,     "--repo",         second,
                               "--environment", "temp/*", "--include-live", "--action",
                               "delete"};

        // When the dry run covers both: every item names its repository; counts per repository
        Result dry = run(rule + QStringList{"--json"});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QJsonObject plan = dry.json().value("plan").toObject();
        QCOMPARE(plan.value("repositories").toArray(), (QJsonArray{repo, second}));
        QStringList itemRepositories;
        for (const QJsonValue &v : plan.value("items").toArray())
            itemRepositories.append(v.toObject().value("repository").toString());
        QCOMPARE(itemRepositories, (QStringList{repo, repo, second}));
        QStringList countRepositories;
        for (const QJsonValue &v : plan.value("counts").toArray())
            countRepositories.append(v.toObject().value("repository").toString());
        QCOMPARE(countRepositories, (QStringList{repo, repo, second}));
        // And the text form has the repository first on each line, the summary says how many
        Result text = run(rule);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("octo/second\tdelete\t#"), text.out.constData());
        QVERIFY2(text.out.contains("in 2 repositories"), text.out.constData());
        for (qint64 id : first)
            QVERIFY(!latestState(id).isEmpty());

        // When it is applied: one report over both, exit 0, production untouched
        Result applied = run(rule + QStringList{"--yes", "--json"});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        const QJsonObject report = applied.json().value("report").toObject();
        QCOMPARE(report.value("done").toInt(), 3);
        QCOMPARE(report.value("writes").toInt(), 6);
        QCOMPARE(report.value("repositories").toArray().size(), 2);
        QCOMPARE(report.value("items").toArray().at(2).toObject().value("repository").toString(),
                 second);
        for (qint64 id : first)
            QVERIFY(latestState(id).isEmpty()); // gone
        QVERIFY(latestState(other.first(), second).isEmpty());
        QCOMPARE(latestState(production, second), QStringLiteral("success"));
    }

    void watchedRepositories()
    {
        // Given the Overview watches two repositories on this host and one elsewhere
        {
            QSettings settings(m_home.filePath("config/DeployDeck/deploydeck.conf"),
                               QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("overview/watched"), 3);
            const QList<std::pair<QUrl, QString>> watched{
                {m_baseUrl, repo},
                {QUrl(QStringLiteral("https://ghe.example.com/api/v3")), "acme/elsewhere"},
                {m_baseUrl, second}};
            for (int i = 0; i < watched.size(); ++i) {
                settings.setArrayIndex(i);
                settings.setValue(QStringLiteral("apiRoot"), watched[i].first);
                settings.setValue(QStringLiteral("login"), QString());
                settings.setValue(QStringLiteral("repository"), watched[i].second);
            }
            settings.endArray();
        }
        const qint64 a = deploy("qa", "failure");
        const qint64 b = deploy("qa", "failure", second);
        const qint64 c = deploy("qa", "failure", QStringLiteral("acme/other"));

        // When --watched marks failures inactive
        const Result result =
            run({"--watched", "--state", "failure", "--environment", "qa", "--yes", "--json"});

        // Then both watched repositories on this host were cleaned up, nothing else
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = result.json();
        QCOMPARE(json.value("plan").toObject().value("repositories").toArray(),
                 (QJsonArray{repo, second}));
        QCOMPARE(json.value("report").toObject().value("done").toInt(), 2);
        QCOMPARE(latestState(a), QStringLiteral("inactive"));
        QCOMPARE(latestState(b, second), QStringLiteral("inactive"));
        QCOMPARE(latestState(c, QStringLiteral("acme/other")), QStringLiteral("failure"));

        // And --watched with --repo is a usage error
        QCOMPARE(run({"--watched", "--repo", repo}).exitCode, 2);
        QVERIFY(QFile::remove(m_home.filePath("config/DeployDeck/deploydeck.conf")));
    }

    void rulesFromAFile()
    {
        // Given two rules in a file: old failures marked inactive, previews deleted
        const qint64 failed = deploy("qa", "failure", second);
        const qint64 preview = deploy("preview/z", "success", second);
        QFile file(m_home.filePath("rules.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"name\": \"failures\", \"states\": [\"failure\"]},"
                   " {\"name\": \"previews\", \"environments\": [\"preview/*\"],"
                   " \"action\": \"delete\", \"include_live\": true}]");
        file.close();

        // When the dry run uses them: each item names the rule that chose it
        const Result dry = run({"--repo", second, "--rules", file.fileName(), "--json"});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QHash<qint64, QString> ruleOf;
        for (const QJsonValue &v : dry.json().value("plan").toObject().value("items").toArray())
            ruleOf.insert(v.toObject().value("id").toInteger(),
                          v.toObject().value("rule_name").toString());
        QCOMPARE(ruleOf.value(failed), QStringLiteral("failures"));
        QCOMPARE(ruleOf.value(preview), QStringLiteral("previews"));

        // And a rules file with rule options, or a wrong rule, is a usage error
        QCOMPARE(run({"--repo", second, "--rules", file.fileName(), "--keep", "2"}).exitCode, 2);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[{\"states\": [\"gone\"]}]");
        file.close();
        const Result wrong = run({"--repo", second, "--rules", file.fileName()});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("rule 1"), wrong.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no repository") << QStringList{"--dry-run"};
        QTest::addRow("nothing watched on this host") << QStringList{"--watched"};
        QTest::addRow("a bad second repository")
            << QStringList{"--repo", repo, "--repo", "not-a-repo"};
        QTest::addRow("bad age") << QStringList{"--repo", repo, "--older-than", "3y"};
        QTest::addRow("bad action") << QStringList{"--repo", repo, "--action", "purge"};
        QTest::addRow("bad state") << QStringList{"--repo", repo, "--state", "gone"};
        QTest::addRow("negative keep") << QStringList{"--repo", repo, "--keep", "-1"};
        QTest::addRow("dry run and yes") << QStringList{"--repo", repo, "--dry-run", "--yes"};
        QTest::addRow("environments without a pattern")
            << QStringList{"--repo", repo, "--action", "delete-environment"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CleanupCli)
#include "tst_cleanupcli.moc"
