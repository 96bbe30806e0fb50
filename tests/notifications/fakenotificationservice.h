#pragma once

// A fake org.freedesktop.Notifications server for tests: it records every Notify call and
// emits ActionInvoked / NotificationClosed when told to. It lives on a connection of its own
// (so calls and signals really cross the test's private session bus).

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions; // key, label, key, label, ...
        QVariantMap hints;
        int timeout = 0;
        uint id = 0;
        QStringList actionKeys() const
        {
            QStringList keys;
            for (int i = 0; i + 1 < actions.size(); i += 2)
                keys << actions.at(i);
            return keys;
        }
    };

    explicit FakeNotificationService(QObject *parent = nullptr)
        : QObject(parent)
        , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("fake-notification-service")))
    {}
    ~FakeNotificationService() override
    {
        unregister();
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notification-service"));
    }

    bool registerService()
    {
        return m_bus.isConnected() &&
               m_bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                    QDBusConnection::ExportAllSlots |
                                        QDBusConnection::ExportAllSignals) &&
               m_bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    void unregister()
    {
        m_bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        m_bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    }

    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout)
    {
        calls.append(
            {appName, replacesId, appIcon, summary, body, actions, hints, timeout, ++m_lastId});
        return m_lastId;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    uint m_lastId = 100;
};
