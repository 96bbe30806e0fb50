// What the emulator grew for cleanups (issue 15): environments created and deleted (PUT and
// DELETE .../environments/{name}, admin only), and GitHub's secondary limit on writes (403 or
// 429 with retry-after and GitHub's message) on the emulator's clock. Plain
// QNetworkAccessManager over loopback.

#include "emulator/githubemulator.h"
#include "testtimeout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
};

const QString repo = QStringLiteral("/repos/octo/empty");

} // namespace

class tst_EmulatorCleanup : public QObject
{
    Q_OBJECT
private:
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QByteArray &token = "demo-token")
    {
        QNetworkRequest request(QUrl(m_emulator->baseUrl().toString() + path));
        request.setRawHeader("Accept", "application/vnd.github+json");
        request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(TestTimeoutMs);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            a.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return a;
    }
    QStringList environmentNames()
    {
        QStringList names;
        const Answer a = call("GET", repo + QStringLiteral("/environments"));
        for (const QJsonValue &v : a.object().value(QStringLiteral("environments")).toArray())
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        return names;
    }
    Answer createStatus(qint64 id)
    {
        return call("POST", repo + QStringLiteral("/deployments/%1/statuses").arg(id),
                    "{\"state\":\"inactive\"}");
    }

    std::unique_ptr<GitHubEmulator> m_emulator;
    QNetworkAccessManager m_network;
    QDateTime m_now;

private Q_SLOTS:
    void init()
    {
        m_emulator = std::make_unique<GitHubEmulator>();
        m_now = QDateTime::fromString(QStringLiteral("2026-06-01T12:00:00Z"), Qt::ISODate);
        m_emulator->setClock([this] { return m_now; });
        QVERIFY(m_emulator->listen(QHostAddress::LocalHost, 0));
        m_emulator->loadEmpty();
    }

    void environmentsArePutReadAndDeleted()
    {
        // PUT creates (a body is optional), GET reads, the listing shows it.
        Answer put = call("PUT", repo + QStringLiteral("/environments/preview%2Fpr-1"));
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value("name").toString(), QStringLiteral("preview/pr-1"));
        QCOMPARE(
            call("PUT", repo + QStringLiteral("/environments/qa"), "{\"wait_timer\":0}").status,
            200);
        QCOMPARE(environmentNames(), (QStringList{"preview/pr-1", "qa"}));
        const Answer get = call("GET", repo + QStringLiteral("/environments/preview%2Fpr-1"));
        QCOMPARE(get.status, 200);
        QVERIFY(get.object().value("url").toString().endsWith(
            QLatin1String("/environments/preview%2Fpr-1")));
        // A deployment in it survives the environment's deletion (GitHub keeps deployments).
        const qint64 id = m_emulator->createDeploymentDirect(
            QStringLiteral("octo/empty"), {{"environment", "preview/pr-1"}, {"ref", "main"}});
        QVERIFY(id > 0);
        const Answer deleted =
            call("DELETE", repo + QStringLiteral("/environments/preview%2Fpr-1"));
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QCOMPARE(environmentNames(), (QStringList{"qa"}));
        QCOMPARE(m_emulator->deploymentCount(QStringLiteral("octo/empty")), 1);
        // Gone: 404 for GET and a second DELETE.
        QCOMPARE(call("GET", repo + QStringLiteral("/environments/preview%2Fpr-1")).status, 404);
        const Answer again = call("DELETE", repo + QStringLiteral("/environments/preview%2Fpr-1"));
        QCOMPARE(again.status, 404);
        QCOMPARE(again.message(), QStringLiteral("Not Found"));
        // A raw slash in the path names the same environment.
        QCOMPARE(call("PUT", repo + QStringLiteral("/environments/preview/pr-2")).status, 200);
        QCOMPARE(environmentNames(), (QStringList{"preview/pr-2", "qa"}));
        QCOMPARE(call("DELETE", repo + QStringLiteral("/environments/preview/pr-2")).status, 204);
        QCOMPARE(call("DELETE", repo + QStringLiteral("/environments/qa")).status, 204);
        QCOMPARE(environmentNames(), QStringList());
    }

    void environmentWritesNeedAdminRights()
    {
        m_emulator->addToken(QStringLiteral("writer-token"), QStringLiteral("writer"));
        m_emulator->setPermission(QStringLiteral("octo/empty"), QStringLiteral("writer"),
                                  GitHubEmulator::Permission::Push);
        QCOMPARE(call("PUT", repo + QStringLiteral("/environments/qa")).status, 200);
        // Push access reads it but cannot delete or create one.
        QCOMPARE(call("GET", repo + QStringLiteral("/environments/qa"), {}, "writer-token").status,
                 200);
        const Answer refused =
            call("DELETE", repo + QStringLiteral("/environments/qa"), {}, "writer-token");
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.message(), QStringLiteral("Must have admin rights to Repository."));
        QCOMPARE(call("PUT", repo + QStringLiteral("/environments/new"), {}, "writer-token").status,
                 403);
        QCOMPARE(environmentNames(), (QStringList{"qa"}));
        // A bad body is GitHub's 400.
        QCOMPARE(call("PUT", repo + QStringLiteral("/environments/qa"), "[1,2").status, 400);
    }

    void secondaryLimitPerMinute_data()
    {
        QTest::addColumn<int>("status");
        QTest::addRow("403") << 403;
        QTest::addRow("429") << 429;
    }

    void secondaryLimitPerMinute()
    {
        QFETCH(int, status);
        m_emulator->setSecondaryRateLimit(true, 80, 500, status);
        const qint64 id = m_emulator->createDeploymentDirect(QStringLiteral("octo/empty"));
        const qint64 other = m_emulator->createDeploymentDirect(QStringLiteral("octo/empty"));
        m_emulator->addStatusDirect(QStringLiteral("octo/empty"), other, {{"state", "inactive"}});
        // 80 writes at once (79 statuses and a delete: deletes count too) pass; reads never
        // count. (The emulator's clock has whole seconds.)
        for (int i = 0; i < 79; ++i) {
            QCOMPARE(createStatus(id).status, 201);
            QCOMPARE(call("GET", repo + QStringLiteral("/deployments")).status, 200);
        }
        QCOMPARE(call("DELETE", repo + QStringLiteral("/deployments/%1").arg(other)).status, 204);
        // The 81st, 40 s later, is refused until the first ones leave the minute.
        m_now = m_now.addSecs(40);
        const Answer refused = createStatus(id);
        QCOMPARE(refused.status, status);
        QVERIFY2(refused.message().startsWith(
                     QLatin1String("You have exceeded a secondary rate limit.")),
                 qPrintable(refused.message()));
        QVERIFY(refused.object()
                    .value("documentation_url")
                    .toString()
                    .contains(QLatin1String("secondary-rate-limits")));
        QCOMPARE(refused.headers.value("retry-after"), QByteArray("20"));
        QCOMPARE(m_emulator->secondaryRateLimitRefusals(), 1);
        QCOMPARE(m_emulator->statusIds(QStringLiteral("octo/empty"), id).size(), 79);
        // A refused write was not counted: after the wait, the next one goes.
        m_now = m_now.addSecs(20);
        QCOMPARE(createStatus(id).status, 201);
        QCOMPARE(m_emulator->secondaryRateLimitWrites(), 81);
    }

    void secondaryLimitPerHour()
    {
        m_emulator->setSecondaryRateLimit(true, 80, 500);
        const qint64 id = m_emulator->createDeploymentDirect(QStringLiteral("octo/empty"));
        // 500 writes at one a second (well under 80 a minute) reach the hour's limit.
        for (int i = 0; i < 500; ++i) {
            const Answer a = createStatus(id);
            QVERIFY2(a.status == 201,
                     qPrintable(QStringLiteral("write %1: %2").arg(i).arg(a.status)));
            m_now = m_now.addSecs(1);
        }
        const Answer refused = createStatus(id);
        QCOMPARE(refused.status, 403);
        // The first write leaves the hour 3600 s after it was made: 3100 s from now.
        QCOMPARE(refused.headers.value("retry-after"), QByteArray("3100"));
        m_now = m_now.addSecs(3100);
        QCOMPARE(createStatus(id).status, 201);
    }

    void secondaryLimitIsOffByDefault()
    {
        const qint64 id = m_emulator->createDeploymentDirect(QStringLiteral("octo/empty"));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(createStatus(id).status, 201);
        QCOMPARE(m_emulator->secondaryRateLimitRefusals(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorCleanup)
#include "tst_emulatorcleanup.moc"
