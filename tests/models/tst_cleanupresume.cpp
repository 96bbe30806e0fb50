// A cleanup killed mid-run (SIGKILL, a write in flight: GitHub applied it, the answer never
// reached the process) and resumed from its journal by a new process: nothing is done twice,
// nothing is left out. The emulator runs in this test; the cleanup runs in cleanupchild.

#include "emulator/githubemulator.h"

#include "testtimeout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString repo = QStringLiteral("octo/empty");
}

class tst_CleanupResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedRunResumesWithNothingDoneTwice_data()
    {
        QTest::addColumn<int>("killAtWrite");
        // Odd: a mark-inactive in flight; even: a delete in flight; 1: the very first write.
        QTest::addRow("first write") << 1;
        QTest::addRow("a mark-inactive") << 7;
        QTest::addRow("a delete") << 12;
        QTest::addRow("the last write") << 20;
    }

    void killedRunResumesWithNothingDoneTwice()
    {
        QFETCH(int, killAtWrite);
        // Given ten live preview deployments and one in production
        GitHubEmulator emulator;
        QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
        emulator.loadEmpty();
        for (int i = 0; i < 10; ++i) {
            const qint64 id = emulator.createDeploymentDirect(
                repo, {{"ref", "main"},
                       {"environment", QStringLiteral("preview/pr-%1").arg(i)},
                       {"transient_environment", true}});
            emulator.addStatusDirect(repo, id, {{"state", "success"}});
        }
        const qint64 production =
            emulator.createDeploymentDirect(repo, {{"ref", "main"}, {"environment", "production"}});
        emulator.addStatusDirect(repo, production, {{"state", "success"}});

        QStringList writes;
        QProcess child;
        connect(&emulator, &GitHubEmulator::requestReceived, this,
                [&](const QByteArray &method, const QString &path) {
                    if (method == "GET")
                        return;
                    writes.append(QString::fromLatin1(method) + QLatin1Char(' ') + path);
                    // Applied, and the answer not sent yet: kill the process now.
                    if (writes.size() == killAtWrite && child.state() != QProcess::NotRunning)
                        child.kill();
                });
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("cleanup.journal"));
        const QString program = QStringLiteral(DEPLOYDECK_CHILD);
        const QStringList arguments{emulator.baseUrl().toString(), journal};

        // When the first run is killed at that write
        child.start(program, arguments);
        QVERIFY(child.waitForStarted(TestTimeoutMs));
        QVERIFY(
            QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, TestTimeoutMs));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(writes.size(), killAtWrite);
        QVERIFY(QFile::exists(journal));

        // And a second process resumes from the journal
        QProcess resumed;
        resumed.start(program, arguments);
        QVERIFY(resumed.waitForStarted(TestTimeoutMs));
        QVERIFY(QTest::qWaitFor([&] { return resumed.state() == QProcess::NotRunning; },
                                TestTimeoutMs));
        const QByteArray output = resumed.readAllStandardOutput();
        QCOMPARE(resumed.exitStatus(), QProcess::NormalExit);
        QVERIFY2(resumed.exitCode() == 0, resumed.readAllStandardError().constData());

        // Then every write happened exactly once: 10 x (inactive + delete)
        QCOMPARE(writes.size(), 20);
        QCOMPARE(QSet<QString>(writes.cbegin(), writes.cend()).size(), 20);
        QCOMPARE(emulator.deploymentIds(repo), QList<qint64>{production});
        // And the report counts all ten as done, the ones the first run finished from the journal
        const QJsonObject report = QJsonDocument::fromJson(output).object();
        QCOMPARE(report.value("done").toInt(), 10);
        QCOMPARE(report.value("failed").toInt(), 0);
        int fromJournal = 0;
        for (const QJsonValue &v : report.value("items").toArray())
            fromJournal += v.toObject().value("from_journal").toBool() ? 1 : 0;
        QCOMPARE(fromJournal, (killAtWrite - 1) / 2);
    }

    void killedRunAcrossRepositoriesResumes_data()
    {
        QTest::addColumn<int>("killAtWrite");
        QTest::addRow("the first repository's last delete") << 10;
        QTest::addRow("the second repository's first write") << 11;
        QTest::addRow("a delete in the second repository") << 14;
    }

    void killedRunAcrossRepositoriesResumes()
    {
        QFETCH(int, killAtWrite);
        // Given five live previews in each of two repositories, with the same names
        const QStringList repos{repo, QStringLiteral("octo/second")};
        GitHubEmulator emulator;
        QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
        emulator.loadEmpty();
        QVERIFY(emulator.addRepository(repos[1]) > 0);
        QList<qint64> production;
        for (const QString &r : repos) {
            for (int i = 0; i < 5; ++i) {
                const qint64 id = emulator.createDeploymentDirect(
                    r, {{"ref", "main"},
                        {"environment", QStringLiteral("preview/pr-%1").arg(i)},
                        {"transient_environment", true}});
                emulator.addStatusDirect(r, id, {{"state", "success"}});
            }
            production.append(emulator.createDeploymentDirect(
                r, {{"ref", "main"}, {"environment", "production"}}));
            emulator.addStatusDirect(r, production.last(), {{"state", "success"}});
        }
        QStringList writes;
        QProcess child;
        connect(&emulator, &GitHubEmulator::requestReceived, this,
                [&](const QByteArray &method, const QString &path) {
                    if (method == "GET")
                        return;
                    writes.append(QString::fromLatin1(method) + QLatin1Char(' ') + path);
                    if (writes.size() == killAtWrite && child.state() != QProcess::NotRunning)
                        child.kill();
                });
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("cleanup.journal"));
        const QString program = QStringLiteral(DEPLOYDECK_CHILD);
        const QStringList arguments{emulator.baseUrl().toString(), journal, repos.join(',')};

        // When the first run is killed at that write, and a new process resumes the journal
        child.start(program, arguments);
        QVERIFY(child.waitForStarted(TestTimeoutMs));
        QVERIFY(
            QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, TestTimeoutMs));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(writes.size(), killAtWrite);
        QProcess resumed;
        resumed.start(program, arguments);
        QVERIFY(resumed.waitForStarted(TestTimeoutMs));
        QVERIFY(QTest::qWaitFor([&] { return resumed.state() == QProcess::NotRunning; },
                                TestTimeoutMs));
        const QByteArray output = resumed.readAllStandardOutput();
        QVERIFY2(resumed.exitCode() == 0, resumed.readAllStandardError().constData());

        // Then every write happened once, ten in each repository, only production left
        QCOMPARE(writes.size(), 20);
        QCOMPARE(QSet<QString>(writes.cbegin(), writes.cend()).size(), 20);
        for (int i = 0; i < 2; ++i) {
            const QString prefix = QStringLiteral("/repos/%1/").arg(repos[i]);
            QCOMPARE(std::count_if(writes.cbegin(), writes.cend(),
                                   [&](const QString &w) { return w.contains(prefix); }),
                     10);
            QCOMPARE(emulator.deploymentIds(repos[i]), QList<qint64>{production[i]});
        }
        const QJsonObject report = QJsonDocument::fromJson(output).object();
        QCOMPARE(report.value("done").toInt(), 10);
        QCOMPARE(report.value("repositories").toArray().size(), 2);
        int fromJournal = 0;
        for (const QJsonValue &v : report.value("items").toArray())
            fromJournal += v.toObject().value("from_journal").toBool() ? 1 : 0;
        QCOMPARE(fromJournal, (killAtWrite - 1) / 2);
    }
};

QTEST_GUILESS_MAIN(tst_CleanupResume)
#include "tst_cleanupresume.moc"
