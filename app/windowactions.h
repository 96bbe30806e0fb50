#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QWidget;

// The main window's own actions (repository, refresh, view, language, help), made, given their
// shortcuts and translated in one place, like the Ui struct uic generates; the window connects
// and places them. The deployment actions are DeploymentActions'.
class WindowActions : public QObject
{
    Q_OBJECT
public:
    explicit WindowActions(QWidget *window);

    // The menu bar: File, View, Deployment (`deploymentActions`, nullptr a separator),
    // Settings (with Language) and Help.
    void fillMenuBar(QMenuBar *menuBar, const QList<QAction *> &deploymentActions);
    void retranslate();

    QAction *addRepository = nullptr;
    QAction *openDemo = nullptr;
    QAction *accounts = nullptr;
    QAction *preferences = nullptr;
    QAction *quit = nullptr;
    QAction *refresh = nullptr;
    QAction *overview = nullptr;        // View > Overview: the board of watched repositories
    QAction *watchRepository = nullptr; // File > Watch on the Overview (checkable)
    QAction *autoRefresh = nullptr;
    QAction *find = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomFit = nullptr;
    QAction *scrollToNow = nullptr;
    QAction *showEnvironments = nullptr;
    QAction *showDetails = nullptr;
    QAction *showLegend = nullptr;
    QAction *resetConfirmations = nullptr;
    QAction *about = nullptr;
    QActionGroup *languageGroup = nullptr; // UiLanguage's choices, the current one checked

private:
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_deploymentMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
