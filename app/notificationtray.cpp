#include "notificationtray.h"

#include "appicon.h"

#include "models/donotdisturb.h"
#include "views/statestyle.h"

#include <QAction>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

NotificationTray::NotificationTray(DoNotDisturb *doNotDisturb, QObject *parent)
    : QObject(parent)
    , m_doNotDisturb(doNotDisturb)
{
    m_menu = new QMenu();
    m_menu->installEventFilter(this); // LanguageChange
    m_open = m_menu->addAction(QString(), this, &NotificationTray::openWindowRequested);
    m_overview = m_menu->addAction(QString(), this, &NotificationTray::overviewRequested);
    m_menu->addSeparator();
    m_dndMenu = m_menu->addMenu(QString());
    m_oneHour = m_dndMenu->addAction(QString(), this, [this] {
        if (m_doNotDisturb)
            m_doNotDisturb->forOneHour();
    });
    m_tomorrow = m_dndMenu->addAction(QString(), this, [this] {
        if (m_doNotDisturb)
            m_doNotDisturb->untilTomorrow();
    });
    m_off = m_dndMenu->addAction(QString(), this, [this] {
        if (m_doNotDisturb)
            m_doNotDisturb->turnOff();
    });
    m_settings = m_menu->addAction(QString(), this, &NotificationTray::settingsRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString(), this, &NotificationTray::quitRequested);
    connect(m_menu, &QMenu::aboutToShow, this, &NotificationTray::updateDoNotDisturb);

    m_tray = new QSystemTrayIcon(this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openWindowRequested();
            });
    if (m_doNotDisturb)
        connect(m_doNotDisturb, &DoNotDisturb::changed, this, [this] {
            updateDoNotDisturb();
            updateIcon();
        });
    retranslate();
    updateIcon();
    updateDoNotDisturb();
    m_overview->setEnabled(false);
}

NotificationTray::~NotificationTray()
{
    delete m_menu;
}

void NotificationTray::setOverviewAvailable(bool available)
{
    m_overview->setEnabled(available);
}

bool NotificationTray::show()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    m_tray->show();
    return true;
}

bool NotificationTray::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange) {
        retranslate();
        updateIcon();
        updateDoNotDisturb();
    }
    return QObject::eventFilter(watched, event);
}

void NotificationTray::retranslate()
{
    m_open->setText(tr("&Open DeployDeck"));
    m_overview->setText(tr("O&verview"));
    m_dndMenu->setTitle(tr("&Do Not Disturb"));
    m_oneHour->setText(tr("For 1 &Hour"));
    m_tomorrow->setText(tr("Until &Tomorrow Morning"));
    m_off->setText(tr("O&ff"));
    m_settings->setText(tr("&Notification Settings…"));
    m_quit->setText(tr("&Quit DeployDeck"));
}

void NotificationTray::setWorst(const TransitionTracker::Worst &worst)
{
    m_worst = worst;
    updateIcon();
}

QString NotificationTray::toolTip() const
{
    QStringList lines{QStringLiteral("DeployDeck")};
    if (m_worst.state == StatusState::NoStatus)
        lines << tr("No deployments watched yet");
    else if (m_worst.failing > 0)
        lines << tr("%n environment(s) failing; %1 in %2", nullptr, m_worst.failing)
                     .arg(m_worst.repository.fullName(), m_worst.environment);
    else
        lines << tr("Worst state: %1 (%2 in %3)")
                     .arg(StateStyle::displayName(m_worst.state), m_worst.repository.fullName(),
                          m_worst.environment);
    if (m_doNotDisturb && m_doNotDisturb->isActive())
        lines << tr("Do not disturb until %1: notifications are not shown")
                     .arg(QLocale().toString(m_doNotDisturb->until().toLocalTime(),
                                             QLocale::ShortFormat));
    return lines.join(QLatin1Char('\n'));
}

void NotificationTray::updateIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = AppIcon::pixmap(size);
        if (m_worst.state != StatusState::NoStatus) {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const qreal badge = size * 0.55;
            StateStyle::paintBadge(&painter, QRectF(size - badge, size - badge, badge, badge),
                                   m_worst.state);
        }
        icon.addPixmap(pixmap);
    }
    m_tray->setIcon(icon);
    m_tray->setToolTip(toolTip());
}

void NotificationTray::updateDoNotDisturb()
{
    const bool active = m_doNotDisturb && m_doNotDisturb->isActive();
    m_off->setEnabled(active);
    m_dndMenu->setTitle(
        active ? tr("&Do Not Disturb (until %1)")
                     .arg(QLocale().toString(m_doNotDisturb->until().toLocalTime().time(),
                                             QLocale::ShortFormat))
               : tr("&Do Not Disturb"));
    m_tray->setToolTip(toolTip());
}
