#pragma once

#include "models/transitiontracker.h"

#include <QObject>
#include <QPointer>

class DoNotDisturb;
class QAction;
class QMenu;
class QSystemTrayIcon;

// The tray icon: DeployDeck's icon with a badge of the worst current state across the watched
// repositories, a tool tip that says where it is (and that do not disturb is on), and the menu:
// open the window, the overview, do not disturb (an hour, until tomorrow, off), notification
// settings, quit.
class NotificationTray : public QObject
{
    Q_OBJECT
public:
    explicit NotificationTray(DoNotDisturb *doNotDisturb, QObject *parent = nullptr);
    ~NotificationTray() override;

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    // Shows the icon when the desktop has a tray; false when it has none.
    bool show();

    // "Overview" is disabled until there is an overview to show.
    void setOverviewAvailable(bool available);
    void setWorst(const TransitionTracker::Worst &worst);
    QString toolTip() const;

    // For tests and screenshots.
    QAction *openAction() const { return m_open; }
    QAction *overviewAction() const { return m_overview; }
    QAction *oneHourAction() const { return m_oneHour; }
    QAction *tomorrowAction() const { return m_tomorrow; }
    QAction *offAction() const { return m_off; }
    QAction *settingsAction() const { return m_settings; }
    QAction *quitAction() const { return m_quit; }

Q_SIGNALS:
    void openWindowRequested();
    void overviewRequested();
    void settingsRequested();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateIcon();
    void updateDoNotDisturb();

    QPointer<DoNotDisturb> m_doNotDisturb;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_dndMenu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_overview = nullptr;
    QAction *m_oneHour = nullptr;
    QAction *m_tomorrow = nullptr;
    QAction *m_off = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    TransitionTracker::Worst m_worst;
};
