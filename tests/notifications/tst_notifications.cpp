// Notifications end to end, on a private session bus (run-with-bus.sh): the app as `deploydeck`
// wires it (DesktopApp on the in-process emulator), the emulator's scripted transitions
// (emulator/emulatorscript.h), and a fake org.freedesktop.Notifications that records every
// Notify call. Exactly the expected calls for the series; none on first load nor after a
// restart; "Open" selects the deployment (switching repositories); "View log" only for http(s);
// the tray when no service is on the bus; do not disturb. Also renders the tray menu, the
// settings dialog and the notification as the service received it (en, ko, ja).

#include "fakenotificationservice.h"

#include "app/desktopapp.h"
#include "app/desktopnotifier.h"
#include "app/mainwindow.h"
#include "app/notificationcontroller.h"
#include "app/notificationtray.h"
#include "app/overview.h"
#include "app/overviewwindow.h"
#include "emulator/emulatorscript.h"
#include "emulator/githubemulator.h"
#include "models/deploymentstore.h"
#include "models/donotdisturb.h"
#include "models/repositorysession.h"
#include "models/uilanguage.h"
#include "views/notificationsettingsdialog.h"
#include "views/statestyle.h"

#include "testtimeout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDir>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

namespace {
const QString storefront = QStringLiteral("acme/storefront");
const QString payments = QStringLiteral("acme/payments-api");

// One step of the series per test stage; the comments say what each must (not) notify.
const char script[] =
    "# the series\n"
    "1 acme/storefront new:production:release queued ref=v9.9.0 production=true\n"
    "2 acme/storefront release in_progress\n"
    "3 acme/storefront release failure log_url=https://ci.example/builds/42 "
    "description=Smoke%20tests%20failed creator=mina\n"
    "4 acme/storefront new:staging:stage failure production=false\n"
    "5 acme/storefront new:production:good success production=true\n"
    "6 acme/storefront new:production:unsafe error log_url=file:///etc/passwd production=true\n"
    "# after a restart\n"
    "7 acme/storefront new:production:again failure production=true\n"
    "# no service on the bus\n"
    "8 acme/storefront new:production:tray failure production=true\n"
    "# do not disturb\n"
    "9 acme/storefront new:production:quiet failure production=true\n";
} // namespace

class NotificationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstLoadAndTheSeries();
    void noneAfterARestart();
    void trayWhenNoServiceIsOnTheBus();
    void doNotDisturbSuppresses();
    void trayMenu();
    void settingsDialogStoresRules();
    void screenshots_data();
    void screenshots();
    void closeToTray();

private:
    std::unique_ptr<DesktopApp> startApp();
    // Runs the script's next step and waits for the window's refresh that follows.
    void step(DesktopApp *app);
    // Every Notify sent so far has reached the fake (a later call on the same connection has).
    void barrier();
    void save(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<GitHubEmulator> m_emulator;
    std::unique_ptr<EmulatorScript> m_script;
    std::unique_ptr<FakeNotificationService> m_fake;
    std::unique_ptr<DesktopApp> m_app;
    QDir m_shots;
};

void NotificationsTest::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run me through tests/notifications/run-with-bus.sh");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_emulator = std::make_unique<GitHubEmulator>();
    QVERIFY(m_emulator->listen());
    m_emulator->loadDemo(1);
    m_script = std::make_unique<EmulatorScript>(m_emulator.get());
    QString error;
    QVERIFY2(m_script->load(QString::fromLatin1(script), &error), qPrintable(error));
    QCOMPARE(m_script->steps().size(), 9);
    m_fake = std::make_unique<FakeNotificationService>();
    QVERIFY(m_fake->registerService());

    QString dir = qEnvironmentVariable("DEPLOYDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(DEPLOYDECK_BIN_DIR "/../screenshots");
    QVERIFY(QDir().mkpath(dir));
    m_shots = QDir(dir);
}

void NotificationsTest::cleanupTestCase()
{
    m_app.reset();
    QSettings().clear();
}

std::unique_ptr<DesktopApp> NotificationsTest::startApp()
{
    DesktopApp::Options options;
    options.apiUrl = m_emulator->baseUrl();
    options.token = QStringLiteral("demo-token");
    options.repository = *RepositoryId::parse(storefront);
    options.autoRefreshSeconds = 3600; // the test refreshes
    options.notificationLog = m_dir.filePath(QStringLiteral("notified.log"));
    auto app = std::make_unique<DesktopApp>(options);
    if (!app->prepare().isEmpty())
        return nullptr;
    app->start();
    const bool loaded = QTest::qWaitFor(
        [&app] {
            DeploymentStore *store = app->session()->store();
            return store && store->loadState() == DeploymentStore::LoadState::Ready &&
                   store->count() > 0 && !app->session()->isLoading();
        },
        TestTimeoutMs);
    if (!loaded) {
        DeploymentStore *store = app->session()->store();
        qWarning("not loaded: store %p state %d count %d loading %d error %s",
                 static_cast<void *>(store), store ? int(store->loadState()) : -1,
                 store ? store->count() : -1, int(app->session()->isLoading()),
                 qPrintable(app->session()->lastError()));
    }
    return loaded ? std::move(app) : nullptr;
}

void NotificationsTest::step(DesktopApp *app)
{
    // A load still running (a repository just reopened) would swallow the refresh.
    QTRY_VERIFY_WITH_TIMEOUT(!app->session()->isLoading(), TestTimeoutMs);
    QString error;
    QVERIFY2(m_script->advance(&error), qPrintable(error));
    QSignalSpy refreshed(app->session(), &RepositorySession::refreshFinished);
    app->session()->refresh();
    QElapsedTimer timer;
    timer.start();
    const bool ok = refreshed.wait(TestTimeoutMs);
    if (!ok)
        qWarning("refresh: %d after %lld ms, loading %d", int(refreshed.size()), timer.elapsed(),
                 int(app->session()->isLoading()));
    QVERIFY(ok);
}

void NotificationsTest::barrier()
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        DesktopNotifier::service, DesktopNotifier::path, DesktopNotifier::interface,
        QStringLiteral("GetCapabilities"));
    const QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(call);
    QTRY_VERIFY_WITH_TIMEOUT(pending.isFinished(), TestTimeoutMs);
    QVERIFY(!pending.isError());
}

void NotificationsTest::firstLoadAndTheSeries()
{
    // Given the app on acme/storefront, whose demo history has failures in production
    m_app = startApp();
    QVERIFY(m_app);
    barrier();
    // Then its first load notified nothing
    QCOMPARE(m_fake->calls.size(), 0);

    QList<QUrl> opened;
    m_app->notifications()->notifier()->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });

    // When production's new deployment is queued, then runs: nothing yet
    step(m_app.get());
    step(m_app.get());
    barrier();
    QCOMPARE(m_fake->calls.size(), 0);
    // When it fails: exactly one notification, with both actions
    step(m_app.get());
    barrier();
    QCOMPARE(m_fake->calls.size(), 1);
    const FakeNotificationService::Call failed = m_fake->calls.at(0);
    const qint64 releaseId = m_script->deploymentId(QStringLiteral("release"));
    QVERIFY(releaseId > 0);
    QCOMPARE(failed.appName, QStringLiteral("DeployDeck"));
    QCOMPARE(failed.summary, QStringLiteral("Deployment failed in production"));
    QVERIFY2(failed.body.contains(QStringLiteral("acme/storefront · v9.9.0")),
             qPrintable(failed.body));
    QVERIFY(failed.body.contains(QStringLiteral("Smoke tests failed")));
    QVERIFY(failed.body.contains(QStringLiteral("mina")));
    QCOMPARE(failed.actionKeys(), (QStringList{QStringLiteral("default"), QStringLiteral("open"),
                                               QStringLiteral("view-log")}));
    QCOMPARE(failed.hints.value(QStringLiteral("urgency")).toInt(), 2);
    QCOMPARE(failed.hints.value(QStringLiteral("desktop-entry")).toString(),
             QGuiApplication::desktopFileName());

    // "Open" from another repository: the window switches back and selects the deployment
    MainWindow *window = m_app->window();
    window->openRepository(*RepositoryId::parse(payments));
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->store() &&
                                 window->session()->store()->loadState() ==
                                     DeploymentStore::LoadState::Ready,
                             TestTimeoutMs);
    QCOMPARE(window->repository().fullName(), payments);
    Q_EMIT m_fake->ActionInvoked(failed.id, QStringLiteral("open"));
    QTRY_COMPARE_WITH_TIMEOUT(window->repository().fullName(), storefront, TestTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window->selectedDeploymentIds(), QList<qint64>{releaseId},
                              TestTimeoutMs);
    QVERIFY(window->isVisible());
    // "View log" opens the https log
    Q_EMIT m_fake->ActionInvoked(failed.id, QStringLiteral("view-log"));
    QTRY_COMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://ci.example/builds/42"))});
    // Another application's notification id is none of ours
    Q_EMIT m_fake->ActionInvoked(failed.id + 1000, QStringLiteral("open"));

    // Staging's failure and production's success: off by default
    step(m_app.get());
    step(m_app.get());
    barrier();
    QCOMPARE(m_fake->calls.size(), 1);
    // An error whose log URL is not http(s): notified, without "View log"
    step(m_app.get());
    barrier();
    QCOMPARE(m_fake->calls.size(), 2);
    QCOMPARE(m_fake->calls.at(1).summary, QStringLiteral("Deployment error in production"));
    QVERIFY(!m_fake->calls.at(1).actionKeys().contains(QStringLiteral("view-log")));
    Q_EMIT m_fake->ActionInvoked(m_fake->calls.at(1).id, QStringLiteral("view-log"));
    // Closed (by the user or the server): its id means nothing any more
    QSignalSpy openRequests(m_app->notifications()->notifier(), &DesktopNotifier::openRequested);
    Q_EMIT m_fake->NotificationClosed(m_fake->calls.at(1).id, 2);
    Q_EMIT m_fake->ActionInvoked(m_fake->calls.at(1).id, QStringLiteral("open"));
    // Signals from one sender arrive in order: once a later one is in, these were handled
    Q_EMIT m_fake->ActionInvoked(failed.id, QStringLiteral("open"));
    QTRY_COMPARE_WITH_TIMEOUT(openRequests.size(), 1, TestTimeoutMs);
    QCOMPARE(openRequests.at(0).at(0).value<DeploymentTransition>().deploymentId, releaseId);
    QCOMPARE(opened.size(), 1);
}

void NotificationsTest::noneAfterARestart()
{
    // Given the app closed and started again (same notification log, same GitHub)
    m_app.reset();
    const int before = int(m_fake->calls.size());
    QCOMPARE(before, 2);
    m_app = startApp();
    QVERIFY(m_app);
    barrier();
    // Then the failures it told of before are not told again
    QCOMPARE(m_fake->calls.size(), before);
    // And a new one is, once
    step(m_app.get());
    barrier();
    QCOMPARE(m_fake->calls.size(), before + 1);
    QVERIFY(m_fake->calls.last().body.contains(QStringLiteral("acme/storefront")));
    m_app->session()->refresh(); // nothing new: nothing more
    QSignalSpy refreshed(m_app->session(), &RepositorySession::refreshFinished);
    QVERIFY(refreshed.wait(TestTimeoutMs));
    barrier();
    QCOMPARE(m_fake->calls.size(), before + 1);
}

void NotificationsTest::trayWhenNoServiceIsOnTheBus()
{
    QVERIFY(m_app);
    const int before = int(m_fake->calls.size());
    m_fake->unregister();
    QSignalSpy delivered(m_app->notifications()->notifier(), &DesktopNotifier::delivered);
    step(m_app.get());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, TestTimeoutMs);
    QCOMPARE(delivered.at(0).at(1).value<DesktopNotifier::Delivery>(),
             DesktopNotifier::Delivery::Tray);
    QCOMPARE(delivered.at(0).at(0).value<DeploymentTransition>().deploymentId,
             m_script->deploymentId(QStringLiteral("tray")));
    QCOMPARE(m_fake->calls.size(), before);
    // A click on the tray's message opens it too
    QSignalSpy open(m_app->notifications()->notifier(), &DesktopNotifier::openRequested);
    Q_EMIT m_app->notifications()->tray()->trayIcon()->messageClicked();
    QCOMPARE(open.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->window()->selectedDeploymentIds(),
                              QList<qint64>{m_script->deploymentId(QStringLiteral("tray"))},
                              TestTimeoutMs);
    QVERIFY(m_fake->registerService());
}

void NotificationsTest::doNotDisturbSuppresses()
{
    QVERIFY(m_app);
    const int before = int(m_fake->calls.size());
    NotificationController *notifications = m_app->notifications();
    notifications->doNotDisturb()->forOneHour();
    QVERIFY(notifications->tray()->toolTip().contains(QStringLiteral("Do not disturb until")));
    QSignalSpy delivered(notifications->notifier(), &DesktopNotifier::delivered);
    step(m_app.get());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, TestTimeoutMs);
    QCOMPARE(delivered.at(0).at(1).value<DesktopNotifier::Delivery>(),
             DesktopNotifier::Delivery::Suppressed);
    barrier();
    QCOMPARE(m_fake->calls.size(), before);
    notifications->doNotDisturb()->turnOff();
    QVERIFY(!notifications->tray()->toolTip().contains(QStringLiteral("Do not disturb")));
    // The tray's worst state: production's latest failed
    QCOMPARE(notifications->tracker()->worst().state, StatusState::Failure);
}

void NotificationsTest::trayMenu()
{
    QVERIFY(m_app);
    NotificationTray *tray = m_app->notifications()->tray();
    // "Overview" opens the board's window
    QVERIFY(tray->overviewAction()->isEnabled());
    int overviews = 0;
    connect(m_app->notifications(), &NotificationController::overviewRequested, this,
            [&overviews] { ++overviews; });
    tray->overviewAction()->trigger();
    QCOMPARE(overviews, 1);
    QVERIFY(m_app->overview()->window()->isVisible());
    m_app->overview()->window()->hide();
    // "Open DeployDeck" brings the window back
    m_app->window()->hide();
    tray->openAction()->trigger();
    QVERIFY(m_app->window()->isVisible());
    // Do not disturb for an hour, then off
    QVERIFY(!tray->offAction()->isEnabled());
    tray->oneHourAction()->trigger();
    DoNotDisturb *dnd = m_app->notifications()->doNotDisturb();
    QVERIFY(dnd->isActive());
    QVERIFY(qAbs(dnd->now().secsTo(dnd->until()) - 3600) < 5);
    QVERIFY(tray->offAction()->isEnabled());
    tray->tomorrowAction()->trigger();
    QCOMPARE(dnd->until().toLocalTime().time(), QTime(8, 0));
    QCOMPARE(dnd->until().toLocalTime().date(), dnd->now().toLocalTime().date().addDays(1));
    tray->offAction()->trigger();
    QVERIFY(!dnd->isActive());
}

void NotificationsTest::settingsDialogStoresRules()
{
    QVERIFY(m_app);
    NotificationController *notifications = m_app->notifications();
    NotificationSettingsDialog *dialog = notifications->openSettings(m_app->window());
    QVERIFY(dialog->select(*RepositoryId::parse(storefront), QStringLiteral("staging")));
    QVERIFY(!dialog->failureBox()->isChecked()); // not production: all off by default
    QVERIFY(!dialog->defaultsButton()->isEnabled());
    // When success and failure are ticked for staging, with 10 minutes for the overdue rule
    dialog->successBox()->setChecked(true);
    dialog->failureBox()->setChecked(true);
    dialog->overdueBox()->setChecked(true);
    dialog->minutesBox()->setValue(10);
    const QString host = TransitionTracker::hostOf(m_emulator->baseUrl());
    const RepositoryId repository = *RepositoryId::parse(storefront);
    NotificationRules::Rule rule =
        notifications->tracker()->rules().rule(host, repository, QStringLiteral("staging"), false);
    // Then the tracker's rules say so at once
    QVERIFY(rule.success && rule.failure && rule.overdue && !rule.inactive);
    QCOMPARE(rule.overdueMinutes, 10);
    // And a staging failure now notifies
    const int before = int(m_fake->calls.size());
    QVERIFY(m_script->load(
        QStringLiteral("1 acme/storefront new:staging:st failure production=false")));
    step(m_app.get());
    barrier();
    QCOMPARE(m_fake->calls.size(), before + 1);
    QCOMPARE(m_fake->calls.last().summary, QStringLiteral("Deployment failed in staging"));
    // Restore Defaults: back to nothing outside production
    QVERIFY(dialog->defaultsButton()->isEnabled());
    dialog->defaultsButton()->click();
    QVERIFY(!dialog->failureBox()->isChecked());
    rule =
        notifications->tracker()->rules().rule(host, repository, QStringLiteral("staging"), false);
    QCOMPARE(rule, NotificationRules::defaults(false));
    // The close-to-tray setting is kept
    dialog->closeToTrayBox()->setChecked(true);
    QVERIFY(NotificationController::storedCloseToTray());
    dialog->closeToTrayBox()->setChecked(false);
    QVERIFY(!NotificationController::storedCloseToTray());
    dialog->close();
}

void NotificationsTest::screenshots_data()
{
    QTest::addColumn<int>("choice");
    QTest::addRow("en") << int(UiLanguage::Choice::English);
    QTest::addRow("ko") << int(UiLanguage::Choice::Korean);
    QTest::addRow("ja") << int(UiLanguage::Choice::Japanese);
}

void NotificationsTest::save(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path =
        m_shots.filePath(name + QLatin1Char('-') + QString::fromLatin1(QTest::currentDataTag()) +
                         QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void NotificationsTest::screenshots()
{
    QFETCH(int, choice);
    UiLanguage::apply(UiLanguage::Choice(choice));
    QVERIFY(m_app);
    NotificationController *notifications = m_app->notifications();

    // The tray menu, do not disturb on (its title says until when)
    notifications->doNotDisturb()->forOneHour();
    QMenu *menu = notifications->tray()->menu();
    menu->popup(QPoint(0, 0));
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(!menu->actions().first()->text().isEmpty());
    save(menu, QStringLiteral("tray-menu"));
    menu->hide();
    notifications->doNotDisturb()->turnOff();

    // A notification as the service received it (this machine runs no notification daemon,
    // so the call's summary, body and action labels are drawn the way a daemon shows them)
    DeploymentTransition transition;
    transition.kind = DeploymentTransition::Kind::Failed;
    transition.repository = *RepositoryId::parse(storefront);
    transition.deploymentId = 4242;
    transition.environment = QStringLiteral("production");
    transition.production = true;
    transition.state = StatusState::Failure;
    transition.ref = QStringLiteral("v2.4.0");
    transition.sha = QStringLiteral("9f1c2e7a5b");
    transition.description = QStringLiteral("Smoke tests failed: checkout returns 502");
    transition.creator = QStringLiteral("mina");
    transition.logUrl = QUrl(QStringLiteral("https://ci.example/builds/42"));
    const int before = int(m_fake->calls.size());
    notifications->notifier()->notify(transition);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), before + 1, TestTimeoutMs);
    const FakeNotificationService::Call call = m_fake->calls.last();
    if (choice != int(UiLanguage::Choice::English))
        QVERIFY2(call.summary != QLatin1String("Deployment failed in production"),
                 qPrintable(call.summary));

    QWidget bubble;
    bubble.setAutoFillBackground(true);
    bubble.setFixedWidth(380);
    auto layout = new QHBoxLayout(&bubble);
    auto icon = new QLabel;
    icon->setPixmap(StateStyle::pixmap(transition.state, 40));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);
    auto column = new QVBoxLayout;
    auto summary = new QLabel(call.summary);
    summary->setTextFormat(Qt::PlainText);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    summary->setWordWrap(true);
    auto body = new QLabel(call.body);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    column->addWidget(summary);
    column->addWidget(body);
    auto buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (int i = 2; i + 1 < call.actions.size(); i += 2) // "default" has no button
        buttons->addWidget(new QPushButton(call.actions.at(i + 1)));
    column->addLayout(buttons);
    layout->addLayout(column, 1);
    bubble.adjustSize();
    save(&bubble, QStringLiteral("notification"));
    // The tray icon: DeployDeck's icon with the worst state's badge (production failed)
    QCOMPARE(notifications->tracker()->worst().state, StatusState::Failure);
    const QString iconPath =
        m_shots.filePath(QStringLiteral("tray-icon-") +
                         QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
    QVERIFY(notifications->tray()->trayIcon()->icon().pixmap(64).save(iconPath));
    QVERIFY(notifications->tray()->toolTip().contains(QStringLiteral("acme/storefront")));

    // The rules' dialog, on production
    NotificationSettingsDialog *dialog = notifications->openSettings(m_app->window());
    QVERIFY(dialog->repositoryBox()->count() >= 1);
    QVERIFY(dialog->failureBox()->isChecked()); // production's default
    QVERIFY(!dialog->successBox()->isChecked());
    QVERIFY(!dialog->inactiveBox()->isChecked());
    dialog->adjustSize();
    save(dialog, QStringLiteral("notification-settings"));
    dialog->close();
    UiLanguage::apply(UiLanguage::Choice::English);
}

void NotificationsTest::closeToTray()
{
    // Last: a window really closed would end the application's event loops.
    QVERIFY(m_app);
    NotificationController *notifications = m_app->notifications();
    MainWindow *window = m_app->window();
    QGuiApplication::setQuitOnLastWindowClosed(false); // the test process goes on regardless
    // Given the setting on and a desktop with a tray
    NotificationController::storeCloseToTray(true);
    notifications->setTrayAvailable(true);
    // When the window is closed, it goes to the tray: hidden, still watching
    QVERIFY(!window->close());
    QVERIFY(!window->isVisible());
    QVERIFY(notifications->tracker()->isWatching(m_app->session()->store()));
    QVERIFY(!QGuiApplication::quitOnLastWindowClosed());
    // And the tray's Open brings it back
    notifications->tray()->openAction()->trigger();
    QVERIFY(window->isVisible());
    // Without a tray, closing closes (nothing could bring the window back)
    notifications->setTrayAvailable(false);
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QVERIFY(window->close());
    QVERIFY(!window->isVisible());
    NotificationController::storeCloseToTray(false);
}

QTEST_MAIN(NotificationsTest)
#include "tst_notifications.moc"
