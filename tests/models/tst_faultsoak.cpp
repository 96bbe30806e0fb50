// The fault soak: the emulator answers a seeded share of requests with 500, an HTML 502,
// 429/403 with retry-after, a truncated body, a dropped connection, a stall or a lost answer
// (done, then the connection closes), while another client keeps adding deployments and
// statuses. The session refreshes throughout and posts statuses. Afterwards, with the faults
// stopped and one refresh, the store equals the emulator exactly, and every status the session
// posted is there once if it said so, and not at all if it said it failed.
#include "emulator/githubemulator.h"
#include "models/deploymentstore.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/timesource.h"

#include "testtimeout.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {

const QString repository = QStringLiteral("octo/synthetic");
const RepositoryId repositoryId{QStringLiteral("octo"), QStringLiteral("synthetic")};

// Real time, but waits (backoff, rate-limit pauses) pass a hundred times faster: the soak
// exercises the pauses without spending minutes in them. Transfer timeouts stay real.
class FastTimeSource : public TimeSource
{
public:
    void singleShot(qint64 milliseconds, QObject *context, std::function<void()> callback) override
    {
        QTimer::singleShot(int(std::clamp<qint64>(milliseconds / 100, 0, 2000)), context,
                           std::move(callback));
    }
    double jitter() override { return 1.0; }
};

// The soak's size: bounded, seeded.
constexpr quint32 seed = 20261201;
constexpr int rounds = 60;
constexpr int faultPerMille = 150;
// Writes meet faults more often: a lost answer (done, then dropped) only falls on writes.
constexpr int writeFaultPerMille = 400;

} // namespace

class FaultSoakTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void soak();
};

void FaultSoakTest::soak()
{
    // Given an emulator with faults on 15% of requests (40% of writes), and a session on it
    GitHubEmulator emulator;
    QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
    emulator.loadSynthetic(30, 2);
    FastTimeSource time;
    GitHubClient client;
    QVERIFY(client.setApiRoot(emulator.baseUrl()));
    client.setToken(emulator.token());
    client.setTimeSource(&time);
    client.setRetryPolicy(4, 100);
    client.setTransferTimeout(1500); // a stall ends here (generous on a loaded machine)
    RepositorySession session(&client);
    session.setAutoRefreshInterval(0);
    session.setRepository(repositoryId);
    QTRY_VERIFY_WITH_TIMEOUT(!session.isLoading(), TestTimeoutMs);

    EmulatorChaos::Settings chaos;
    chaos.seed = seed;
    chaos.perMille = faultPerMille;
    chaos.writePerMille = writeFaultPerMille;
    chaos.retryAfterSeconds = 2;
    emulator.startChaos(chaos);
    QRandomGenerator random(seed);

    // When, round after round, another client writes, the session posts and refreshes
    struct Write
    {
        qint64 deploymentId;
        QString description;
        bool reportedOk = false;
        bool ambiguous = false; // the read-back itself failed: done or not, nobody can say
    };
    QList<Write> writes;
    int otherWrites = 0;
    int refreshes = 0;
    for (int round = 0; round < rounds; ++round) {
        // the other client (direct, as GitHub's own web UI or another tool would)
        if (round % 3 == 0) {
            emulator.createDeploymentDirect(
                repository, {{"ref", QStringLiteral("release/%1").arg(round)},
                             {"environment", round % 2 ? "staging" : "production"}});
            ++otherWrites;
        }
        const QList<qint64> ids = emulator.deploymentIds(repository);
        const qint64 otherTarget = ids.at(int(random.bounded(qint64(ids.size()))));
        emulator.addStatusDirect(
            repository, otherTarget,
            {{"state", "in_progress"}, {"description", QStringLiteral("other %1").arg(round)}});
        ++otherWrites;

        // the session posts a status to a deployment it knows
        const QList<qint64> known = session.store()->deploymentIds();
        const qint64 target = known.at(int(random.bounded(qint64(qMin(known.size(), 10)))));
        Write write{target, QStringLiteral("soak %1").arg(round)};
        NewStatus status;
        status.state = round % 4 ? StatusState::Success : StatusState::Failure;
        status.description = write.description;
        status.autoInactive = false; // keeps the emulator's other deployments as they are
        QSignalSpy finished(&session, &RepositorySession::writeFinished);
        QSignalSpy failed(&session, &RepositorySession::writeFailed);
        if (session.createStatus(target, status)) {
            QVERIFY(finished.wait(TestTimeoutMs));
            write.reportedOk = finished.first().at(1).toBool();
            if (!write.reportedOk && !failed.isEmpty()) {
                // after a failed read-back the write may or may not be there
                const GitHubError error = failed.first().at(1).value<GitHubError>();
                write.ambiguous = error.kind != GitHubError::Kind::RateLimited &&
                                  error.kind != GitHubError::Kind::Validation &&
                                  error.kind != GitHubError::Kind::NotFound;
            }
            writes.append(write);
        }
        QSignalSpy refreshed(&session, &RepositorySession::refreshStateChanged);
        session.refresh();
        QVERIFY(refreshed.wait(TestTimeoutMs));
        ++refreshes;
    }

    // Then, once the faults stop and one refresh ran, the session's store equals the emulator
    const EmulatorChaos *injected = emulator.chaos();
    const int requestsDuringSoak = emulator.requestCount();
    emulator.stopChaos();
    QTRY_VERIFY_WITH_TIMEOUT(!client.isBusy(), TestTimeoutMs);
    QSignalSpy refreshed(&session, &RepositorySession::refreshStateChanged);
    session.refresh();
    QVERIFY(refreshed.wait(TestTimeoutMs));
    QVERIFY2(!session.lastRefreshFailed(), qPrintable(session.lastError()));

    int mismatches = 0;
    const DeploymentStore *store = session.store();
    const QList<qint64> emulatorIds = emulator.deploymentIds(repository);
    if (store->deploymentIds() != emulatorIds) {
        ++mismatches;
        qWarning() << "deployments differ:" << store->deploymentIds() << emulatorIds;
    }
    for (qint64 id : emulatorIds) {
        const DeploymentStore::Entry *entry = store->find(id);
        QList<qint64> storeStatuses;
        if (entry) {
            for (const DeploymentStore::StatusRecord &status : entry->statuses)
                storeStatuses.append(status.id);
        }
        if (!entry || storeStatuses != emulator.statusIds(repository, id) ||
            store->rawState(*entry) != emulator.latestState(repository, id)) {
            ++mismatches;
            qWarning() << "deployment" << id << "differs:" << storeStatuses
                       << emulator.statusIds(repository, id);
        }
    }
    // ...and no write of the session was lost or done twice
    int written = 0;
    int reportedFailed = 0;
    int ambiguous = 0;
    for (const Write &write : std::as_const(writes)) {
        int copies = 0; // in the store, which equals the emulator (checked above)
        const DeploymentStore::Entry *entry = store->find(write.deploymentId);
        for (const DeploymentStore::StatusRecord &status : entry->statuses)
            copies += store->status(status).description == write.description ? 1 : 0;
        written += write.reportedOk ? 1 : 0;
        reportedFailed += write.reportedOk ? 0 : 1;
        ambiguous += write.ambiguous ? 1 : 0;
        const bool right =
            write.reportedOk ? copies == 1 : (write.ambiguous ? copies <= 1 : copies == 0);
        if (!right) {
            ++mismatches;
            qWarning() << write.description << "reported" << write.reportedOk << "found" << copies
                       << "times";
        }
    }

    QStringList faults;
    const auto counts = injected->faultCounts();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        faults.append(QStringLiteral("%1 %2").arg(EmulatorChaos::name(it.key())).arg(it.value()));
    faults.sort();
    qInfo().noquote() << QStringLiteral(
                             "soak: seed %1, %2 rounds, %3 requests, %4 faults (%5), session "
                             "writes %6 (%7 ok, %8 failed, %9 ambiguous), other client's "
                             "writes %10, refreshes %11, mismatches %12")
                             .arg(seed)
                             .arg(rounds)
                             .arg(requestsDuringSoak)
                             .arg(injected->faultsInjected())
                             .arg(faults.join(QStringLiteral(", ")))
                             .arg(writes.size())
                             .arg(written)
                             .arg(reportedFailed)
                             .arg(ambiguous)
                             .arg(otherWrites)
                             .arg(refreshes + 1)
                             .arg(mismatches);
    QVERIFY(injected->faultsInjected() > 0);
    QVERIFY(counts.value(EmulatorChaos::Fault::LostAnswer) > 0); // the case reconciling is for
    QCOMPARE(mismatches, 0);
}

QTEST_GUILESS_MAIN(FaultSoakTest)
#include "tst_faultsoak.moc"
