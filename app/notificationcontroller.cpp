#include "notificationcontroller.h"

#include "desktopnotifier.h"
#include "mainwindow.h"
#include "notificationtray.h"

#include "models/deploymentstore.h"
#include "models/donotdisturb.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "views/notificationsettingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLineEdit>
#include <QMetaMethod>
#include <QSet>
#include <QSettings>
#include <QSystemTrayIcon>

#include <utility>

namespace {
const char closeToTrayKey[] = "notifications/closeToTray";
}

NotificationController::NotificationController(RepositorySession *session, GitHubClient *client,
                                               const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
{
    m_tracker = new TransitionTracker(options.logPath, nullptr, this);
    m_doNotDisturb = new DoNotDisturb(this);
    m_notifier = new DesktopNotifier(options.bus, this);
    m_notifier->setDoNotDisturb(m_doNotDisturb);
    m_tray = new NotificationTray(m_doNotDisturb, this);
    m_notifier->setTrayIcon(m_tray->trayIcon());

    connect(m_tracker, &TransitionTracker::transitionOccurred, m_notifier,
            &DesktopNotifier::notify);
    connect(m_tracker, &TransitionTracker::worstChanged, m_tray, &NotificationTray::setWorst);
    connect(m_notifier, &DesktopNotifier::openRequested, this,
            &NotificationController::openTransition);
    connect(m_tray, &NotificationTray::openWindowRequested, this,
            &NotificationController::showWindow);
    connect(m_tray, &NotificationTray::overviewRequested, this,
            &NotificationController::overviewRequested);
    connect(m_tray, &NotificationTray::settingsRequested, this, [this] { openSettings(m_window); });
    connect(m_tray, &NotificationTray::quitRequested, this, &NotificationController::quit);

    // The window's repository is always watched.
    connect(m_session, &RepositorySession::storeChanged, this,
            &NotificationController::onStoreChanged);
    onStoreChanged(m_session->store());
    m_trayAvailable = m_tray->show();
}

NotificationController::~NotificationController()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

bool NotificationController::storedCloseToTray()
{
    return QSettings().value(QLatin1String(closeToTrayKey), false).toBool();
}

void NotificationController::storeCloseToTray(bool closeToTray)
{
    QSettings().setValue(QLatin1String(closeToTrayKey), closeToTray);
}

void NotificationController::setWindow(MainWindow *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
}

void NotificationController::onStoreChanged(DeploymentStore *store)
{
    if (m_sessionStore)
        m_tracker->removeStore(m_sessionStore);
    m_sessionStore = store;
    if (!store)
        return;
    m_tracker->addStore(m_session->repository(), m_client->apiRoot(), store);
    connect(store, &DeploymentStore::deploymentsInserted, this,
            &NotificationController::trySelectPending);
    connect(store, &DeploymentStore::loadStateChanged, this,
            &NotificationController::trySelectPending);
}

void NotificationController::showWindow()
{
    if (!m_window)
        return;
    QGuiApplication::setQuitOnLastWindowClosed(true);
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void NotificationController::openTransition(const DeploymentTransition &transition)
{
    if (!m_window)
        return;
    showWindow();
    m_pendingRepository = transition.repository;
    m_pendingDeployment = transition.deploymentId;
    if (!m_window->hasRepository() || m_window->repository() != transition.repository) {
        if (m_opener)
            m_opener(transition.repository);
        else
            m_window->openRepository(transition.repository);
    }
    trySelectPending();
}

void NotificationController::trySelectPending()
{
    if (m_pendingDeployment == 0 || !m_window || !m_sessionStore ||
        m_session->repository() != m_pendingRepository ||
        !m_sessionStore->find(m_pendingDeployment))
        return;
    const qint64 id = std::exchange(m_pendingDeployment, 0);
    m_window->selectDeployment(id);
    if (!m_window->selectedDeploymentIds().contains(id)) {
        // Filtered out: the filters go, so the deployment the notification named shows.
        m_window->filterEdit()->clear();
        m_window->setEnvironmentFilter({});
        m_window->setStateFilter({});
        m_window->selectDeployment(id);
    }
}

bool NotificationController::eventFilter(QObject *watched, QEvent *event)
{
    // The event type first: while ~QWidget removes the window's children, their ChildRemoved
    // events come here when the window is only a QWidget any more, and comparing it with a
    // QPointer<MainWindow> downcasts it (UBSan: downcast of an object of type QWidget).
    if (event->type() == QEvent::Close && watched == m_window && !m_quitting &&
        storedCloseToTray() && m_trayAvailable) {
        // To the tray: the app keeps watching; the tray's Quit ends it.
        m_window->saveSettings();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        m_window->hide();
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void NotificationController::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&NotificationController::overviewRequested))
        m_tray->setOverviewAvailable(true);
    QObject::connectNotify(signal);
}

void NotificationController::quit()
{
    m_quitting = true;
    if (m_window)
        m_window->saveSettings();
    QCoreApplication::quit();
}

NotificationSettingsDialog *NotificationController::openSettings(QWidget *parent)
{
    auto *dialog = new NotificationSettingsDialog(&m_tracker->rules(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<NotificationSettingsDialog::Target> targets;
    QSet<QString> seen; // a repository watched through two stores is listed once
    const QList<TransitionTracker::WatchedRepository> watched = m_tracker->watchedRepositories();
    for (const TransitionTracker::WatchedRepository &repository : watched) {
        for (const QString &name : repository.store->environmentNames()) {
            const DeploymentStore::EnvironmentSummary summary =
                repository.store->environmentSummary(name);
            const QString key = repository.host + QLatin1Char('/') +
                                repository.repository.fullName().toLower() + QLatin1Char('/') +
                                name;
            if (summary.transient || seen.contains(key))
                continue;
            seen.insert(key);
            NotificationSettingsDialog::Target target;
            target.host = repository.host;
            target.repository = repository.repository;
            target.environment = name;
            target.production = summary.production;
            targets.append(target);
        }
    }
    dialog->setTargets(targets);
    if (m_window && m_window->hasRepository())
        dialog->select(m_window->repository(), QStringLiteral("production"));
    dialog->setCloseToTray(storedCloseToTray());
    connect(dialog, &NotificationSettingsDialog::closeToTrayChanged, this,
            &NotificationController::storeCloseToTray);
    dialog->show();
    return dialog;
}
