// RecordTables: the fixture's deployments and statuses into compact records and back, what
// repeats kept once, and the values the views read (the newest URLs given, the environment a
// status moved a deployment to).

#include "modelfixtures.h"

#include "models/recordtables.h"

#include <QTest>

class RecordTablesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deploymentsComeBackAsSent()
    {
        // Given every deployment of the fixture stored
        RecordTables tables;
        for (const Deployment &d : Fixtures::deployments()) {
            DeploymentEntry entry;
            tables.store(&entry, d);

            // Then each comes back as GitHub sent it, its object to the letter
            const Deployment back = tables.deployment(entry);
            QCOMPARE(back.id, d.id);
            QCOMPARE(back.ref, d.ref);
            QCOMPARE(back.sha, d.sha);
            QCOMPARE(back.environment, d.environment);
            QCOMPARE(back.payload, d.payload);
            QCOMPARE(back.creator.login, d.creator.login);
            QCOMPARE(back.createdAt, d.createdAt);
            QCOMPARE(back.updatedAt, d.updatedAt);
            QCOMPARE(back.url, d.url);
            QCOMPARE(tables.json(entry), d.json);
            QCOMPARE(tables.url(entry), d.url);
            // The usual url is derived, not kept
            QVERIFY(entry.deployment.usualUrl);
        }
    }

    void statusesComeBackAsSent()
    {
        RecordTables tables;
        const auto all = Fixtures::statuses();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            for (const DeploymentStatus &s : it.value()) {
                const DeploymentStatus back = tables.status(tables.record(s));
                QCOMPARE(back.id, s.id);
                QCOMPARE(back.state, s.state);
                QCOMPARE(back.rawState, s.rawState);
                QCOMPARE(back.description, s.description);
                QCOMPARE(back.creator.login, s.creator.login);
                QCOMPARE(back.createdAt, s.createdAt);
                QCOMPARE(back.logUrl, s.logUrl.isEmpty() ? s.targetUrl : s.logUrl);
                QCOMPARE(back.environmentUrl, s.environmentUrl);
            }
        }
    }

    void repeatsAreKeptOnce()
    {
        // Given two statuses by the same creator with the same description and URL
        RecordTables tables;
        DeploymentStatus s =
            Fixtures::status(1, StatusState::Success, QStringLiteral("2024-05-01T10:00:00Z"),
                             QStringLiteral("Deployed"));
        s.logUrl = QUrl(QStringLiteral("https://ci.example.com/1"));
        const StatusRecord a = tables.record(s);
        s.id = 2;
        const StatusRecord b = tables.record(s);
        // Then they share every index; an empty value is index 0
        QCOMPARE(a.description, b.description);
        QCOMPARE(a.logUrl, b.logUrl);
        QCOMPARE(a.creator, b.creator);
        QVERIFY(a.description != 0);
        QCOMPARE(a.environmentUrl, quint32(0));
        QCOMPARE(a.rawState, quint32(0)); // a known state needs no text
        // And a state GitHub added later keeps its text
        s.state = StatusState::Unknown;
        s.rawState = QStringLiteral("waiting");
        QCOMPARE(tables.status(tables.record(s)).rawState, QStringLiteral("waiting"));
    }

    void newestGivenValuesWin()
    {
        // Given a deployment in staging with a success naming URLs, then an automatic inactive
        // status that names none, and a status that moved it to qa
        RecordTables tables;
        DeploymentEntry entry;
        tables.store(&entry, Fixtures::deployment(7, QStringLiteral("staging"),
                                                  QStringLiteral("2024-05-01T10:00:00Z")));
        DeploymentStatus success =
            Fixtures::status(1, StatusState::Success, QStringLiteral("2024-05-01T10:01:00Z"), {},
                             QStringLiteral("qa"));
        success.logUrl = QUrl(QStringLiteral("https://ci.example.com/7"));
        success.environmentUrl = QUrl(QStringLiteral("https://qa.example.com"));
        const DeploymentStatus inactive =
            Fixtures::status(2, StatusState::Inactive, QStringLiteral("2024-05-01T11:00:00Z"));
        entry.statuses = {tables.record(inactive), tables.record(success)};

        // Then the URLs and the environment given last stay, and the state is the newest
        QCOMPARE(tables.logUrl(entry), success.logUrl);
        QCOMPARE(tables.environmentUrl(entry), success.environmentUrl);
        QCOMPARE(tables.environment(entry), QStringLiteral("qa"));
        QCOMPARE(tables.rawState(entry), QStringLiteral("inactive"));
        // Without statuses: the deployment's own
        entry.statuses.clear();
        QCOMPARE(tables.environment(entry), QStringLiteral("staging"));
        QCOMPARE(tables.rawState(entry), QString());
    }
};

QTEST_GUILESS_MAIN(RecordTablesTest)
#include "tst_recordtables.moc"
