#pragma once

#include "confirmation.h"
#include "deploymentactions.h"
#include "windowactions.h"

#include "views/createstatusdialog.h"
#include "views/deploymenttable.h"
#include "views/filterbar.h"
#include "views/messagebanner.h"
#include "views/newdeploymentdialog.h"
#include "views/repositorybox.h"
#include "views/welcomepage.h"

#include "models/repositoryid.h"
#include "models/statusstate.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class CleanupController;
class DeploymentFilterProxy;
class DeploymentModel;
class DeploymentStore;
class DetailsPane;
class EnvironmentModel;
class EnvironmentPanel;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QModelIndex;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class RepositorySession;
class SelectionKeeper;
class SessionStatusBar;
class StatusModel;
class TimelineLegend;
class TimelineView;
class VisibleDeployments;
class WriteDialogs;

// DeployDeck's main window: environments on the left, the timeline and the deployments table
// (one shared selection) in the middle, the selected deployments' details on the right. It
// places the widgets and wires them: DeploymentActions acts on what is selected, WriteDialogs
// submits the dialogs, SessionStatusBar fills the status bar, and every write goes through the
// RepositorySession. It never touches the network itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Confirmation = ::Confirmation;
    using ConfirmationProvider = ::ConfirmationProvider;
    using Welcome = WelcomePage::Situation;

    explicit MainWindow(RepositorySession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    RepositorySession *session() const { return m_session; }

    // Shows the dashboard for `repository` (and remembers it among the recent ones).
    void openRepository(const RepositoryId &repository);
    RepositoryId repository() const { return m_repository; }
    void showWelcome(Welcome welcome);
    // The status bar's description of where the data comes from ("api.github.com", "Demo").
    void setApiDescription(const QString &description);
    // The demo: the repository picker offers the emulator's repositories, and the user's
    // own recent and last repositories are left as they were.
    void setDemoMode(bool demo, const QStringList &repositories = {});
    bool isDemoMode() const { return m_demo; }
    // Seconds between automatic refreshes while Auto-refresh is on (default 60).
    void setAutoRefreshInterval(int seconds);
    // A repository the account can read but not push to: every write is disabled, `reason`
    // (translated) in the tool tips. Cleared by openRepository().
    void setReadOnly(bool readOnly, const QString &reason = {});
    QStringList recentRepositories() const { return m_repositoryBox->recentRepositories(); }

    // Restores window geometry, splitters, columns, filters and recent repositories from
    // QSettings; returns the last repository (invalid when none).
    RepositoryId restoreSettings();
    void saveSettings() const;

    void setConfirmationProvider(ConfirmationProvider provider);
    CleanupController *cleanup() const { return m_cleanup; } // Deployment → Clean Up…

    // Deployment ids selected (highlighted) in the table and timeline, in table order.
    QList<qint64> selectedDeploymentIds() const;
    // Selects one deployment and scrolls the table and timeline to it.
    void selectDeployment(qint64 deploymentId);
    // Selects it as soon as it is loaded (now, if it is), scrolled to in both views: the
    // Overview's "open at this environment".
    void revealDeployment(qint64 deploymentId);
    // Whether the open repository is on the Overview (File > Watch on the Overview).
    void setWatched(bool watched);

    // The dialogs are opened with open() (window-modal, non-blocking) and returned.
    CreateStatusDialog *openCreateStatusDialog(StatusState state = StatusState::Success);
    NewDeploymentDialog *openNewDeploymentDialog();

    // For tests and screenshots.
    DeploymentActions *deploymentActions() const { return m_actions; }
    TimelineView *timelineView() const { return m_timeline; }
    TimelineLegend *timelineLegend() const { return m_legend; }
    DeploymentTable *tableView() const { return m_table; }
    QListView *environmentView() const { return m_environmentList; }
    DetailsPane *detailsPane() const { return m_details; }
    DeploymentFilterProxy *filterProxy() const { return m_proxy; }
    DeploymentModel *deploymentModel() const { return m_deploymentModel; }
    EnvironmentModel *environmentModel() const { return m_environmentModel; }
    FilterBar *filterBar() const { return m_filterBar; }
    MessageBanner *messageBanner() const { return m_banner; }
    SessionStatusBar *sessionStatusBar() const { return m_statusBar; }
    RepositoryBox *repositoryBox() const { return m_repositoryBox; }
    bool hasRepository() const { return m_hasRepository; }
    QLineEdit *filterEdit() const { return m_filterBar->textEdit(); }
    QComboBox *environmentFilterBox() const { return m_filterBar->environmentBox(); }
    QPushButton *stateFilterButton() const { return m_filterBar->stateButton(); }
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *centreSplitter() const { return m_centreSplitter; }
    QAction *refreshAction() const { return m_ui->refresh; }
    QAction *overviewAction() const { return m_ui->overview; }
    QAction *watchAction() const { return m_ui->watchRepository; }
    QAction *autoRefreshAction() const { return m_ui->autoRefresh; }
    QAction *showLegendAction() const { return m_ui->showLegend; }
    QAction *markInactiveAction() const { return m_actions->markInactiveAction(); }
    QAction *deleteAction() const { return m_actions->deleteAction(); }
    QAction *markInactiveAndDeleteAction() const
    {
        return m_actions->markInactiveAndDeleteAction();
    }
    QAction *newStatusAction() const { return m_actions->newStatusAction(); }
    QAction *newDeploymentAction() const { return m_actions->newDeploymentAction(); }
    QLabel *messageLabel() const { return m_banner->label(); }
    QPushButton *demoButton() const { return m_welcomePage->demoButton(); }
    QStackedWidget *pages() const { return m_pages; }
    // The menu a right-click on a deployment shows (built fresh; the caller owns it).
    QMenu *createDeploymentMenu(QWidget *parent);
    QList<StatusState> stateFilter() const;
    void setStateFilter(const QList<StatusState> &states);
    void setEnvironmentFilter(const QString &environment); // empty: all

Q_SIGNALS:
    // "Try the demo" on the welcome page, or File > Open Demo.
    void demoRequested();
    void repositoryChanged(const RepositoryId &repository);
    // The repository box's choice (a recent repository), when connected: the app opens it with
    // the account it remembers (then openRepository()). Unconnected, the window opens it itself.
    void repositoryOpenRequested(const RepositoryId &repository);
    // File > Add Repository…, the repository box's last item and the welcome page: the app opens
    // the repository picker (the desktop wiring owns the accounts and the client).
    void addRepositoryRequested();
    // Sign in from the welcome page, File > Accounts…, Settings > Preferences….
    void signInRequested();
    void accountsRequested();
    void settingsRequested();
    void overviewRequested();
    void watchToggled(bool watch);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidgets();
    void retranslateUi();
    void updateWindowActions();
    void updateEnvironments();
    void applyFilters();
    void onSelectionChanged();
    void onEnvironmentClicked(const QModelIndex &index);
    void addRepository();
    void showMessage(const QString &text, bool error = false);
    void showDeploymentMenu(const QModelIndex &index, const QPoint &globalPos);
    void scrollToSelection(const QModelIndex &index);
    void setStore(DeploymentStore *store);
    void updateEmptyListLabel();
    QStringList knownEnvironments() const;

    RepositorySession *m_session = nullptr;
    QPointer<DeploymentStore> m_store;
    RepositoryId m_repository;
    Welcome m_welcome = Welcome::NoRepository;
    bool m_demo = false;
    bool m_hasRepository = false;
    int m_autoRefreshSeconds = 60;

    DeploymentModel *m_deploymentModel = nullptr;
    DeploymentFilterProxy *m_proxy = nullptr;
    EnvironmentModel *m_environmentModel = nullptr;
    StatusModel *m_statusModel = nullptr;
    SelectionKeeper *m_keeper = nullptr;
    DeploymentActions *m_actions = nullptr;
    CleanupController *m_cleanup = nullptr;
    WriteDialogs *m_dialogs = nullptr;
    SessionStatusBar *m_statusBar = nullptr;

    WindowActions *m_ui = nullptr; // the window's own actions
    qint64 m_pendingReveal = 0;    // revealDeployment() before it was loaded
    VisibleDeployments *m_visible = nullptr;

    RepositoryBox *m_repositoryBox = nullptr;
    QLabel *m_repositoryLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QWidget *m_dashboard = nullptr;
    MessageBanner *m_banner = nullptr;
    FilterBar *m_filterBar = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    EnvironmentPanel *m_environmentPanel = nullptr;
    QListView *m_environmentList = nullptr;
    TimelineView *m_timeline = nullptr;
    TimelineLegend *m_legend = nullptr;
    DeploymentTable *m_table = nullptr;
    DetailsPane *m_details = nullptr;
    QScrollArea *m_detailsScroll = nullptr;
    QTimer *m_minuteTimer = nullptr;
};
