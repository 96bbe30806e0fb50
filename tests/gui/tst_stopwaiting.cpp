// The status bar's "Stop Waiting": shown while requests wait for GitHub's rate limit, and it
// ends the wait. Renders the bar in en, ko and ja (build/screenshots/stop-waiting-*.png).
#include "app/sessionstatusbar.h"
#include "emulator/githubemulator.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/uilanguage.h"

#include "testtimeout.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

class StopWaitingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stopWaitingEndsTheWait_data();
    void stopWaitingEndsTheWait();
};

void StopWaitingTest::stopWaitingEndsTheWait_data()
{
    QTest::addColumn<UiLanguage::Choice>("language");
    QTest::addRow("en") << UiLanguage::Choice::English;
    QTest::addRow("ko") << UiLanguage::Choice::Korean;
    QTest::addRow("ja") << UiLanguage::Choice::Japanese;
}

void StopWaitingTest::stopWaitingEndsTheWait()
{
    QFETCH(UiLanguage::Choice, language);
    UiLanguage::apply(language);
    // Given a session whose listing meets a secondary rate limit asking for ten minutes
    GitHubEmulator emulator;
    QVERIFY(emulator.listen(QHostAddress::LocalHost, 0));
    emulator.loadDemo();
    GitHubClient client;
    QVERIFY(client.setApiRoot(emulator.baseUrl()));
    client.setToken(emulator.token());
    RepositorySession session(&client);
    session.setAutoRefreshInterval(0);
    QMainWindow window;
    QAction stopWriting(QStringLiteral("Stop"));
    SessionStatusBar bar(&session, window.statusBar(), &stopWriting);
    window.resize(900, 200);
    window.show();
    QVERIFY(!bar.stopWaitingButton()->isVisible());
    emulator.injectFault(GitHubEmulator::Fault::Status429RetryAfter, 1,
                         QStringLiteral("/deployments"), 600);
    session.setRepository({QStringLiteral("acme"), QStringLiteral("storefront")});
    QTRY_VERIFY_WITH_TIMEOUT(client.waitReason() == GitHubClient::WaitReason::SecondaryRateLimit,
                             TestTimeoutMs);

    // Then the bar says so and offers to stop
    QVERIFY(bar.stopWaitingButton()->isVisible());
    QVERIFY(!bar.waitLabel()->text().isEmpty());
    QVERIFY(bar.stopWaitingButton()->text() != QLatin1String("Stop Waiting") ||
            language == UiLanguage::Choice::English);
    const QString dir =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../screenshots");
    QDir().mkpath(dir);
    QVERIFY(window.statusBar()->grab().save(
        dir + QStringLiteral("/stop-waiting-%1.png").arg(UiLanguage::code(language))));

    // When the user stops waiting
    QTest::mouseClick(bar.stopWaitingButton(), Qt::LeftButton);

    // Then nothing waits any more, the button goes, and the session is not stuck loading
    QCOMPARE(client.waitReason(), GitHubClient::WaitReason::None);
    QTRY_VERIFY_WITH_TIMEOUT(!bar.stopWaitingButton()->isVisible(), TestTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!session.isLoading(), TestTimeoutMs);
    QVERIFY(!client.isBusy());
}

QTEST_MAIN(StopWaitingTest)
#include "tst_stopwaiting.moc"
