#pragma once

#include "models/transitiontracker.h"

#include <QDBusConnection>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class DoNotDisturb;
class QSystemTrayIcon;

// Puts a DeploymentTransition on the desktop: a freedesktop notification
// (org.freedesktop.Notifications on the session bus) with "Open" and "View log" actions, or,
// when no such service answers, the tray icon's message. Do not disturb suppresses both.
// "Open" (and a click on the notification or the tray message) asks the app to show the
// deployment (openRequested); "View log" opens the log URL, only if it is http(s).
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Delivery {
        Bus,        // the notification service took it
        Tray,       // the tray icon's message (no service on the bus)
        Suppressed, // do not disturb
        Nowhere,    // no service and no tray icon
    };
    Q_ENUM(Delivery)

    using UrlOpener = std::function<bool(const QUrl &url)>;

    static const QString service; // org.freedesktop.Notifications
    static const QString path;
    static const QString interface;

    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                             QObject *parent = nullptr);

    void setTrayIcon(QSystemTrayIcon *tray);
    void setDoNotDisturb(DoNotDisturb *doNotDisturb);
    // How "View log" opens a URL (default: QDesktopServices::openUrl).
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    // The notification's title and text (plain text; the bus gets it escaped when the server
    // reads markup).
    static QString summary(const DeploymentTransition &transition);
    static QString body(const DeploymentTransition &transition);

public Q_SLOTS:
    void notify(const DeploymentTransition &transition);

Q_SIGNALS:
    void delivered(const DeploymentTransition &transition, DesktopNotifier::Delivery delivery);
    void openRequested(const DeploymentTransition &transition);
    void logOpened(const QUrl &url);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void showInTray(const DeploymentTransition &transition);
    void openLog(const QUrl &url);

    QDBusConnection m_bus;
    bool m_markup = false; // the server reads body markup (GetCapabilities)
    QPointer<QSystemTrayIcon> m_tray;
    QPointer<DoNotDisturb> m_doNotDisturb;
    UrlOpener m_opener;
    QHash<uint, DeploymentTransition> m_shown; // notification id -> what it shows
    DeploymentTransition m_trayTransition;     // the tray's latest message
};
