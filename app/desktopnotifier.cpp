#include "desktopnotifier.h"

#include "appicon.h"

#include "models/donotdisturb.h"
#include "models/statusstate.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QSystemTrayIcon>

const QString DesktopNotifier::service = QStringLiteral("org.freedesktop.Notifications");
const QString DesktopNotifier::path = QStringLiteral("/org/freedesktop/Notifications");
const QString DesktopNotifier::interface = QStringLiteral("org.freedesktop.Notifications");

namespace {
const QString openAction = QStringLiteral("open");
const QString defaultAction = QStringLiteral("default");
const QString logAction = QStringLiteral("view-log");
constexpr int busTimeoutMs = 5000;

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}
} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    if (!m_bus.isConnected())
        return;
    // From whoever owns the name (empty service: the owner may change, e.g. a restarted daemon).
    m_bus.connect(QString(), path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    const QDBusMessage capabilities =
        QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(capabilities, busTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        const QDBusPendingReply<QStringList> reply = *watcher;
        m_markup = !reply.isError() && reply.value().contains(QStringLiteral("body-markup"));
        watcher->deleteLater();
    });
}

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_trayTransition.deploymentId != 0)
                Q_EMIT openRequested(m_trayTransition);
        });
    }
}

void DesktopNotifier::setDoNotDisturb(DoNotDisturb *doNotDisturb)
{
    m_doNotDisturb = doNotDisturb;
}

QString DesktopNotifier::summary(const DeploymentTransition &t)
{
    using Kind = DeploymentTransition::Kind;
    switch (t.kind) {
    case Kind::Failed:
        return t.state == StatusState::Error ? tr("Deployment error in %1").arg(t.environment)
                                             : tr("Deployment failed in %1").arg(t.environment);
    case Kind::Succeeded:
        return tr("Deployed to %1").arg(t.environment);
    case Kind::Overdue:
        return tr("Deployment to %1 still %2 after %n minute(s)", nullptr, t.overdueMinutes)
            .arg(t.environment, StatusStates::displayName(t.state).toLower());
    case Kind::MarkedInactive:
        return tr("Deployment in %1 marked inactive").arg(t.environment);
    }
    return {};
}

QString DesktopNotifier::body(const DeploymentTransition &t)
{
    QStringList lines;
    const QString what =
        t.ref.isEmpty() ? QStringLiteral("#%1").arg(t.deploymentId) : t.ref; // no words
    lines << QStringLiteral("%1 · %2 (%3)").arg(t.repository.fullName(), what, t.sha.left(7));
    if (!t.description.isEmpty())
        lines << t.description.left(300);
    if (!t.creator.isEmpty())
        lines << tr("Status by %1").arg(t.creator);
    return lines.join(QLatin1Char('\n'));
}

void DesktopNotifier::notify(const DeploymentTransition &transition)
{
    if (m_doNotDisturb && m_doNotDisturb->isActive()) {
        Q_EMIT delivered(transition, Delivery::Suppressed);
        return;
    }
    if (!m_bus.isConnected()) {
        showInTray(transition);
        return;
    }
    QStringList actions{defaultAction, tr("Open"), openAction, tr("Open")};
    if (isWebUrl(transition.logUrl))
        actions << logAction << tr("View log");
    QVariantMap hints;
    // Failures stay until seen; the rest come and go.
    hints.insert(
        QStringLiteral("urgency"),
        QVariant::fromValue(uchar(transition.kind == DeploymentTransition::Kind::Failed ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    hints.insert(QStringLiteral("category"), QStringLiteral("x-deploydeck.deployment"));
    const QString text = body(transition);
    QDBusMessage call =
        QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    call << QStringLiteral("DeployDeck") << uint(0)
         << QStringLiteral("io.github.deploydeck.DeployDeck") << summary(transition)
         << (m_markup ? text.toHtmlEscaped() : text) << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, busTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, transition] {
        const QDBusPendingReply<uint> reply = *watcher;
        watcher->deleteLater();
        if (reply.isError()) {
            // No notification service on the bus (or it failed): the tray says it instead.
            showInTray(transition);
            return;
        }
        m_shown.insert(reply.value(), transition);
        Q_EMIT delivered(transition, Delivery::Bus);
    });
}

void DesktopNotifier::showInTray(const DeploymentTransition &transition)
{
    if (!m_tray) {
        Q_EMIT delivered(transition, Delivery::Nowhere);
        return;
    }
    m_trayTransition = transition;
    const QSystemTrayIcon::MessageIcon icon = transition.kind == DeploymentTransition::Kind::Failed
                                                  ? QSystemTrayIcon::Critical
                                                  : QSystemTrayIcon::Information;
    m_tray->showMessage(summary(transition), body(transition), icon, 15000);
    Q_EMIT delivered(transition, Delivery::Tray);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend())
        return; // another application's notification
    const DeploymentTransition transition = it.value();
    if (action == openAction || action == defaultAction)
        Q_EMIT openRequested(transition);
    else if (action == logAction)
        openLog(transition.logUrl);
}

void DesktopNotifier::onNotificationClosed(uint id, uint /*reason*/)
{
    m_shown.remove(id);
}

void DesktopNotifier::openLog(const QUrl &url)
{
    if (!isWebUrl(url))
        return; // API text: only http(s) is opened
    if (m_opener(url))
        Q_EMIT logOpened(url);
}
