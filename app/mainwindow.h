#pragma once

#include "views/createstatusdialog.h"
#include "views/newdeploymentdialog.h"

#include "models/githuberror.h"
#include "models/repositoryid.h"
#include "models/statusstate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>

class DeploymentFilterProxy;
class DeploymentModel;
class DeploymentStore;
class DetailsPane;
class EnvironmentDelegate;
class EnvironmentModel;
class QAction;
class QActionGroup;
class QComboBox;
class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class RepositorySession;
class StatusModel;
class TimelineView;

// DeployDeck's main window: environments on the left, the timeline and the deployments table
// (one shared selection) in the middle, the selected deployment's details on the right, and
// a status bar that says where the data comes from and why it is waiting. It reads the models
// of a RepositorySession and asks the session to write; it never touches the network itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What the user is asked to confirm; `dontAskAgainKey` is empty when the question must
    // always be asked.
    struct Confirmation
    {
        QString title;
        QString text;
        QString informativeText;
        QString acceptText;
        QString dontAskAgainKey; // QSettings key remembering "Don't ask again"
        bool destructive = false;
    };
    // Returns true to go ahead. Tests replace it so no modal box blocks them.
    using ConfirmationProvider = std::function<bool(const Confirmation &)>;

    // The welcome page's situation when no repository is shown.
    enum class Welcome {
        NoToken,      // no GH_TOKEN / GITHUB_TOKEN: offer the demo
        NoRepository, // signed in, but no repository chosen yet
    };

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

    // Restores window geometry, splitters, columns, filters and recent repositories from
    // QSettings; returns the last repository (invalid when none).
    RepositoryId restoreSettings();
    void saveSettings() const;

    void setConfirmationProvider(ConfirmationProvider provider);
    // The default provider: a QMessageBox with a "Don't ask again" checkbox.
    static bool askWithMessageBox(QWidget *parent, const Confirmation &confirmation);

    // Deployment ids selected in the table / timeline, in table order.
    QList<qint64> selectedDeploymentIds() const;
    void selectDeployment(qint64 deploymentId);
    // Why Delete is not possible for `deploymentId` (translated); empty when it is.
    QString whyNotDeletable(qint64 deploymentId) const;

    // The actions' handlers (also reachable from menus, toolbar, context menus and shortcuts).
    void markSelectedInactive();
    void deleteSelected();
    void markInactiveAndDeleteSelected();
    // The dialogs are opened with open() (window-modal, non-blocking) and returned.
    CreateStatusDialog *openCreateStatusDialog(StatusState state = StatusState::Success);
    NewDeploymentDialog *openNewDeploymentDialog();
    void copySelectedSha();
    void copySelectedUrl();

    // For tests and screenshots.
    TimelineView *timelineView() const { return m_timeline; }
    QTableView *tableView() const { return m_table; }
    QListView *environmentView() const { return m_environmentList; }
    DetailsPane *detailsPane() const { return m_details; }
    DeploymentFilterProxy *filterProxy() const { return m_proxy; }
    DeploymentModel *deploymentModel() const { return m_deploymentModel; }
    EnvironmentModel *environmentModel() const { return m_environmentModel; }
    QComboBox *repositoryBox() const { return m_repositoryBox; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *environmentFilterBox() const { return m_environmentFilterBox; }
    QPushButton *stateFilterButton() const { return m_stateFilterButton; }
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *centreSplitter() const { return m_centreSplitter; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *autoRefreshAction() const { return m_autoRefreshAction; }
    QAction *markInactiveAction() const { return m_markInactiveAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *markInactiveAndDeleteAction() const { return m_markInactiveAndDeleteAction; }
    QAction *newStatusAction() const { return m_newStatusAction; }
    QAction *newDeploymentAction() const { return m_newDeploymentAction; }
    QLabel *messageLabel() const { return m_messageLabel; }
    QPushButton *demoButton() const { return m_demoButton; }
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

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidgets();
    void createStatusBar();
    void retranslateUi();
    void updateActions();
    void updateStatusBar();
    void updateLoading();
    void updateEnvironmentFilterBox();
    void updateStateFilterButton();
    void setDefaultColumnWidths();
    void fitTableColumns();
    void updateRecentRepositories();
    void applyFilters();
    void onCurrentChanged(const QModelIndex &current);
    void onEnvironmentActivated();
    void onRepositoryBoxActivated(int index);
    void addRepository();
    void showMessage(const QString &text, bool error = false);
    void showDeploymentMenu(const QModelIndex &index, const QPoint &globalPos);
    bool confirm(const Confirmation &confirmation);
    void markInactive(const QList<qint64> &ids, bool deleteAfterwards);
    void deleteDeployments(const QList<qint64> &ids);
    void submitStatus(CreateStatusDialog *dialog, const CreateStatusDialog::Request &request);
    void submitDeployment(NewDeploymentDialog *dialog, const NewDeploymentDialog::Request &request);
    void setStore(DeploymentStore *store);
    // GitHub's full error of a failed write, kept until its writeFinished(): the dialog then
    // shows GitHub's field errors next to their fields.
    void onWriteFailed(qint64 deploymentId, const GitHubError &error);
    void onWriteFinished(qint64 deploymentId, bool ok, const QString &errorString);
    void onDeleteFinished(qint64 deploymentId, bool ok, const QString &errorString);
    void finishBulk();
    void fetchUser();
    void updateVisibleDeployments();
    QModelIndex sourceIndexOf(qint64 deploymentId) const;
    QStringList knownEnvironments() const;
    qint64 currentDeploymentId() const;

    RepositorySession *m_session = nullptr;
    QPointer<DeploymentStore> m_store;
    RepositoryId m_repository;
    QStringList m_recentRepositories;
    QStringList m_savedRecentRepositories; // the user's, while the demo runs
    QString m_apiDescription;
    Welcome m_welcome = Welcome::NoRepository;
    bool m_demo = false;
    bool m_hasRepository = false;
    ConfirmationProvider m_confirm;
    QDateTime m_lastRefresh;
    QString m_message;
    bool m_messageIsError = false;
    int m_autoRefreshSeconds = 60;
    QString m_userLogin;

    // A bulk operation (mark inactive, delete, or both): one write at a time, with progress.
    enum class Bulk { None, MarkInactive, Delete };
    Bulk m_bulk = Bulk::None;
    QList<qint64> m_bulkWaiting; // writes not answered yet
    QList<qint64> m_bulkSucceeded;
    QStringList m_bulkErrors;
    bool m_bulkDeleteAfterwards = false;
    int m_bulkDone = 0;
    int m_bulkTotal = 0;
    // Open create-status dialogs by deployment, told the outcome of their write.
    QHash<qint64, QPointer<CreateStatusDialog>> m_statusDialogs;
    QHash<qint64, GitHubError> m_writeErrors; // from RepositorySession::writeFailed
    QTimer *m_visibleTimer = nullptr;
    QList<qint64> m_visibleIds; // last told to the session

    DeploymentModel *m_deploymentModel = nullptr;
    DeploymentFilterProxy *m_proxy = nullptr;
    EnvironmentModel *m_environmentModel = nullptr;
    StatusModel *m_statusModel = nullptr;

    // Actions.
    QAction *m_addRepositoryAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_autoRefreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomFitAction = nullptr;
    QAction *m_scrollToNowAction = nullptr;
    QAction *m_showEnvironmentsAction = nullptr;
    QAction *m_showDetailsAction = nullptr;
    QAction *m_newDeploymentAction = nullptr;
    QAction *m_newStatusAction = nullptr;
    QAction *m_markInactiveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_markInactiveAndDeleteAction = nullptr;
    QAction *m_copyShaAction = nullptr;
    QAction *m_copyUrlAction = nullptr;
    QAction *m_resetConfirmationsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QList<QAction *> m_languageActions;
    QList<QAction *> m_stateFilterActions;

    // Menus (kept for retranslation).
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_deploymentMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_stateFilterMenu = nullptr;

    // Tool bar.
    QComboBox *m_repositoryBox = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_environmentFilterBox = nullptr;
    QPushButton *m_stateFilterButton = nullptr;
    QLabel *m_repositoryLabel = nullptr;

    // Centre.
    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcomePage = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_welcomeAddButton = nullptr;
    QWidget *m_dashboard = nullptr;
    QLabel *m_messageLabel = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    QLabel *m_environmentsCaption = nullptr;
    QListView *m_environmentList = nullptr;
    EnvironmentDelegate *m_environmentDelegate = nullptr;
    TimelineView *m_timeline = nullptr;
    QTableView *m_table = nullptr;
    DetailsPane *m_details = nullptr;
    QLabel *m_emptyListLabel = nullptr;

    // Status bar.
    QLabel *m_hostLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_waitLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressDelay = nullptr;
    QTimer *m_minuteTimer = nullptr;
};
