// DeviceFlow against the in-process emulator's /login/device/code and /login/oauth/access_token,
// with a manual clock: polls happen only when the interval has passed (slow_down adds 5 s).
#include "client/manualtimesource.h"
#include "emulator/githubemulator.h"
#include "models/deviceflow.h"
#include "testtimeout.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QString clientId = QStringLiteral("deploydeck-test-client");
}

class DeviceFlowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void approvedAfterPendingAndSlowDown();
    void endings_data();
    void endings();
    void cancelStopsPolling();
    void noClientId();
    void unknownClientIsRefused();
    void unreachableHost();

private:
    // Starts `flow` and waits for the code; false if it did not come.
    bool startAndWaitForCode(DeviceFlow &flow);
    // Moves the clock to the next poll and waits for its answer to be handled.
    bool pollOnce(DeviceFlow &flow);

    GitHubEmulator m_emulator;
    ManualTimeSource m_clock;
};

void DeviceFlowTest::initTestCase()
{
    m_emulator.loadEmpty();
    m_emulator.addUser(QStringLiteral("mona"), 2002);
    QVERIFY(m_emulator.listen());
}

void DeviceFlowTest::init()
{
    m_emulator.setDeviceFlowTiming(5, 900);
}

bool DeviceFlowTest::startAndWaitForCode(DeviceFlow &flow)
{
    flow.setTimeSource(&m_clock);
    flow.setClientId(clientId);
    flow.setWebRoot(m_emulator.baseUrl());
    QSignalSpy code(&flow, &DeviceFlow::codeReceived);
    flow.start();
    if (flow.state() != DeviceFlow::State::RequestingCode)
        return false;
    return code.wait(TestTimeoutMs) && flow.state() == DeviceFlow::State::WaitingForUser;
}

bool DeviceFlowTest::pollOnce(DeviceFlow &flow)
{
    const int polls = flow.pollCount();
    const qint64 due = m_clock.nextTimerIn();
    if (due < 0)
        return false;
    m_clock.advance(due - 1);
    if (flow.pollCount() != polls)
        return false; // polled early
    m_clock.advance(1);
    if (flow.pollCount() != polls + 1)
        return false;
    // The answer is handled when the next poll is scheduled or the flow ended.
    return QTest::qWaitFor(
        [&] {
            return m_clock.nextTimerIn() >= 0 || flow.state() != DeviceFlow::State::WaitingForUser;
        },
        TestTimeoutMs);
}

void DeviceFlowTest::approvedAfterPendingAndSlowDown()
{
    DeviceFlow flow;
    QSignalSpy succeeded(&flow, &DeviceFlow::succeeded);
    QSignalSpy failed(&flow, &DeviceFlow::failed);
    QVERIFY(startAndWaitForCode(flow));
    QVERIFY(!flow.userCode().isEmpty());
    QCOMPARE(flow.verificationUri().path(), QStringLiteral("/login/device"));
    QCOMPARE(flow.intervalSeconds(), 5);
    QCOMPARE(m_clock.nextTimerIn(), 5000);

    // authorization_pending: poll again after the same interval
    QVERIFY(pollOnce(flow));
    QCOMPARE(flow.state(), DeviceFlow::State::WaitingForUser);
    QCOMPARE(m_clock.nextTimerIn(), 5000);
    // slow_down: five seconds more from now on
    m_emulator.slowDownNextPoll();
    QVERIFY(pollOnce(flow));
    QCOMPARE(flow.intervalSeconds(), 10);
    QCOMPARE(m_clock.nextTimerIn(), 10000);
    // approved in the browser: the next poll gets the token
    const QString token = m_emulator.approveDevice(flow.userCode(), QStringLiteral("mona"));
    QVERIFY(!token.isEmpty());
    QVERIFY(pollOnce(flow));
    QCOMPARE(succeeded.size(), 1);
    QCOMPARE(succeeded.constFirst().at(0).toString(), token);
    QVERIFY(succeeded.constFirst().at(1).toStringList().contains(QStringLiteral("repo")));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(flow.state(), DeviceFlow::State::Succeeded);
    QCOMPARE(flow.pollCount(), 3);
    QCOMPARE(m_clock.pendingTimers(), 0);
}

void DeviceFlowTest::endings_data()
{
    QTest::addColumn<QString>("ending");
    QTest::addColumn<DeviceFlow::Failure>("failure");
    QTest::addColumn<QString>("inMessage");
    QTest::addRow("access_denied") << "deny" << DeviceFlow::Failure::AccessDenied << "cancelled";
    QTest::addRow("expired_token") << "expire" << DeviceFlow::Failure::Expired << "expired";
    QTest::addRow("expires_in passed") << "clock" << DeviceFlow::Failure::Expired << "expired";
}

void DeviceFlowTest::endings()
{
    QFETCH(QString, ending);
    QFETCH(DeviceFlow::Failure, failure);
    QFETCH(QString, inMessage);
    if (ending == QLatin1String("clock"))
        m_emulator.setDeviceFlowTiming(5, 4); // the code expires before the first poll (5 s)
    DeviceFlow flow;
    QSignalSpy failed(&flow, &DeviceFlow::failed);
    QSignalSpy succeeded(&flow, &DeviceFlow::succeeded);
    QVERIFY(startAndWaitForCode(flow));
    if (ending == QLatin1String("deny"))
        QVERIFY(m_emulator.denyDevice(flow.userCode()));
    else if (ending == QLatin1String("expire"))
        QVERIFY(m_emulator.expireDevice(flow.userCode()));
    if (ending == QLatin1String("clock")) {
        m_clock.advance(5000);
        QCOMPARE(flow.pollCount(), 0); // no request once the code has expired
    } else {
        QVERIFY(pollOnce(flow));
    }
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(0).value<DeviceFlow::Failure>(), failure);
    QVERIFY2(failed.constFirst().at(1).toString().contains(inMessage),
             qPrintable(failed.constFirst().at(1).toString()));
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(flow.state(), DeviceFlow::State::Failed);
    QCOMPARE(m_clock.pendingTimers(), 0);
}

void DeviceFlowTest::cancelStopsPolling()
{
    DeviceFlow flow;
    QSignalSpy failed(&flow, &DeviceFlow::failed);
    QSignalSpy succeeded(&flow, &DeviceFlow::succeeded);
    QVERIFY(startAndWaitForCode(flow));
    flow.cancel();
    QCOMPARE(flow.state(), DeviceFlow::State::Cancelled);
    m_emulator.approveDevice(flow.userCode(), QStringLiteral("mona"));
    m_clock.advance(60000);
    QCOMPARE(flow.pollCount(), 0);
    QCOMPARE(failed.size() + succeeded.size(), 0);
}

void DeviceFlowTest::noClientId()
{
    DeviceFlow flow;
    flow.setWebRoot(m_emulator.baseUrl());
    QSignalSpy failed(&flow, &DeviceFlow::failed);
    flow.start();
    QCOMPARE(failed.size(), 0); // from the event loop
    QVERIFY(failed.wait(TestTimeoutMs));
    QCOMPARE(failed.constFirst().at(0).value<DeviceFlow::Failure>(),
             DeviceFlow::Failure::NoClientId);
}

void DeviceFlowTest::unknownClientIsRefused()
{
    DeviceFlow flow;
    flow.setTimeSource(&m_clock);
    flow.setClientId(QStringLiteral("not-registered"));
    flow.setWebRoot(m_emulator.baseUrl());
    QSignalSpy failed(&flow, &DeviceFlow::failed);
    flow.start();
    QVERIFY(failed.wait(TestTimeoutMs));
    QCOMPARE(failed.constFirst().at(0).value<DeviceFlow::Failure>(), DeviceFlow::Failure::Refused);
    QVERIFY(failed.constFirst().at(1).toString().contains(QLatin1String("GitHub refused")));
}

void DeviceFlowTest::unreachableHost()
{
    // A port nobody listens on (the emulator's, closed)
    quint16 port = 0;
    {
        GitHubEmulator gone;
        QVERIFY(gone.listen());
        port = gone.port();
    }
    DeviceFlow flow;
    flow.setClientId(clientId);
    flow.setWebRoot(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QSignalSpy failed(&flow, &DeviceFlow::failed);
    flow.start();
    QVERIFY(failed.wait(TestTimeoutMs));
    QCOMPARE(failed.constFirst().at(0).value<DeviceFlow::Failure>(), DeviceFlow::Failure::Network);
}

QTEST_GUILESS_MAIN(DeviceFlowTest)
#include "tst_deviceflow.moc"
