#pragma once

#include "models/repositoryid.h"
#include "models/transitiontracker.h"

#include <QDBusConnection>
#include <QObject>
#include <QPointer>

#include <functional>

class DesktopNotifier;
class DeploymentStore;
class DoNotDisturb;
class GitHubClient;
class MainWindow;
class NotificationSettingsDialog;
class NotificationTray;
class RepositorySession;

// Notifications, wired: the TransitionTracker watches the window's repository (always) and
// whatever else is given to tracker()->addStore(); the DesktopNotifier shows what it reports
// (unless do not disturb); the NotificationTray shows the worst state and the tray menu.
// "Open" raises the window on the deployment, switching repositories when needed; the window
// can close to the tray (notifications/closeToTray, off by default).
//
// For the board (issue 13's lead): watch a repository with
//     controller->tracker()->addStore(repository, apiRoot, store);   // removeStore(store) to stop
// and make the tray's "Overview" open the board with
//     connect(controller, &NotificationController::overviewRequested, board, &...::show);
class NotificationController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString logPath; // empty: NotificationLog's default
        QDBusConnection bus = QDBusConnection::sessionBus();
    };

    NotificationController(RepositorySession *session, GitHubClient *client, const Options &options,
                           QObject *parent = nullptr);
    ~NotificationController() override;

    // The window: raised by "Open", closed to the tray when the setting says so.
    void setWindow(MainWindow *window);
    // How "Open" opens another repository (the app's opener, with its remembered account);
    // unset: MainWindow::openRepository.
    void setRepositoryOpener(std::function<void(const RepositoryId &)> opener)
    {
        m_opener = std::move(opener);
    }

    TransitionTracker *tracker() const { return m_tracker; }
    DesktopNotifier *notifier() const { return m_notifier; }
    NotificationTray *tray() const { return m_tray; }
    DoNotDisturb *doNotDisturb() const { return m_doNotDisturb; }

    // Whether the desktop shows the tray icon (without one, closing the window quits as usual:
    // nothing would bring it back). Tests set it.
    bool isTrayAvailable() const { return m_trayAvailable; }
    void setTrayAvailable(bool available) { m_trayAvailable = available; }

    static bool storedCloseToTray();
    static void storeCloseToTray(bool closeToTray);

    // Shows the window on the transition's deployment (the repository opened if needed).
    void openTransition(const DeploymentTransition &transition);
    // The rules' dialog over the watched repositories' environments.
    NotificationSettingsDialog *openSettings(QWidget *parent);

Q_SIGNALS:
    // The tray's "Overview" (the board connects here; connecting enables the menu item).
    void overviewRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The tray's "Overview" is enabled once overviewRequested() is connected.
    void connectNotify(const QMetaMethod &signal) override;

private:
    void onStoreChanged(DeploymentStore *store);
    void trySelectPending();
    void showWindow();
    void quit();

    RepositorySession *m_session;
    GitHubClient *m_client;
    TransitionTracker *m_tracker = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    DoNotDisturb *m_doNotDisturb = nullptr;
    NotificationTray *m_tray = nullptr;
    QPointer<MainWindow> m_window;
    QPointer<DeploymentStore> m_sessionStore;
    std::function<void(const RepositoryId &)> m_opener;
    // "Open" waits for this deployment to be loaded in the window (id 0: nothing waits).
    RepositoryId m_pendingRepository;
    qint64 m_pendingDeployment = 0;
    bool m_quitting = false;
    bool m_trayAvailable = false;
};
