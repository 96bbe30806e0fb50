#include "mainwindow.h"

#include "views/createstatusdialog.h"
#include "views/detailspane.h"
#include "views/environmentdelegate.h"
#include "views/newdeploymentdialog.h"
#include "views/statestyle.h"
#include "views/statusdelegate.h"
#include "views/timeformat.h"
#include "views/timelineview.h"

#include "models/deploymentfilterproxy.h"
#include "models/deploymentmodel.h"
#include "models/deploymentroles.h"
#include "models/deploymentstore.h"
#include "models/environmentmodel.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/statusmarker.h"
#include "models/statusmodel.h"
#include "models/uilanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

namespace Keys {
const char geometry[] = "mainWindow/geometry";
const char windowState[] = "mainWindow/state";
const char mainSplitter[] = "mainWindow/mainSplitter";
const char centreSplitter[] = "mainWindow/centreSplitter";
const char tableHeader[] = "mainWindow/tableHeader";
const char textFilter[] = "filters/text";
const char environmentFilter[] = "filters/environment";
const char stateFilter[] = "filters/states";
const char recent[] = "repositories/recent";
const char last[] = "repositories/last";
const char autoRefresh[] = "refresh/auto";
const char confirmMarkInactive[] = "confirm/skipMarkInactive";
} // namespace Keys

constexpr int maxRecentRepositories = 10;

enum Page { WelcomePage, DashboardPage };

QString stateCode(StatusState state)
{
    switch (state) {
    case StatusState::NoStatus:
        return QStringLiteral("none");
    case StatusState::Destroyed:
        return QStringLiteral("destroyed");
    case StatusState::Unknown:
        return QStringLiteral("unknown");
    default:
        return StatusStates::toApi(state);
    }
}

std::optional<StatusState> stateFromCode(const QString &code)
{
    for (StatusState state : StateStyle::allStates()) {
        if (stateCode(state) == code)
            return state;
    }
    return std::nullopt;
}

} // namespace

MainWindow::MainWindow(RepositorySession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_confirm = [this](const Confirmation &confirmation) {
        return askWithMessageBox(this, confirmation);
    };

    m_deploymentModel = new DeploymentModel(this);
    m_proxy = new DeploymentFilterProxy(this);
    m_proxy->setSourceModel(m_deploymentModel);
    m_proxy->setSortRole(DeploymentFilterProxy::sortRoleForColumn(DeploymentRoles::CreatedColumn));
    m_environmentModel = new EnvironmentModel(this);
    m_statusModel = new StatusModel(this);

    createActions();
    createToolBar();
    createCentralWidgets();
    createMenus();
    createStatusBar();

    m_minuteTimer = new QTimer(this);
    m_minuteTimer->setInterval(30 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, [this] {
        m_deploymentModel->refreshRelativeTimes();
        m_environmentList->viewport()->update();
        m_details->refresh();
        updateStatusBar();
    });
    m_minuteTimer->start();

    // Which deployments are on screen, worked out once per event-loop turn however many
    // scroll events or model changes the turn brought.
    m_visibleTimer = new QTimer(this);
    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(0);
    connect(m_visibleTimer, &QTimer::timeout, this, &MainWindow::updateVisibleDeployments);
    const auto scheduleVisible = [this] {
        if (!m_visibleTimer->isActive())
            m_visibleTimer->start();
    };
    for (QAbstractScrollArea *view : {static_cast<QAbstractScrollArea *>(m_table),
                                      static_cast<QAbstractScrollArea *>(m_timeline)}) {
        for (QScrollBar *bar : {view->verticalScrollBar(), view->horizontalScrollBar()}) {
            connect(bar, &QScrollBar::valueChanged, this, scheduleVisible);
            connect(bar, &QScrollBar::rangeChanged, this, scheduleVisible); // resized
        }
    }
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, scheduleVisible);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, scheduleVisible);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, scheduleVisible);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, scheduleVisible);
    connect(m_centreSplitter, &QSplitter::splitterMoved, this, scheduleVisible);

    if (m_session) {
        GitHubClient *client = m_session->client();
        connect(client, &GitHubClient::rateLimitChanged, this, [this] { updateStatusBar(); });
        connect(client, &GitHubClient::waitingChanged, this, [this] { updateStatusBar(); });
        connect(m_session, &RepositorySession::storeChanged, this,
                [this](DeploymentStore *store) { setStore(store); });
        connect(m_session, &RepositorySession::loadingChanged, this, [this] { updateLoading(); });
        connect(m_session, &RepositorySession::refreshFinished, this, [this] {
            m_lastRefresh = QDateTime::currentDateTimeUtc();
            updateStatusBar();
        });
        connect(m_session, &RepositorySession::autoRefreshPausedChanged, this,
                [this] { updateStatusBar(); });
        connect(m_session, &RepositorySession::writeFinished, this, &MainWindow::onWriteFinished);
        connect(m_session, &RepositorySession::deleteFinished, this, &MainWindow::onDeleteFinished);
        connect(m_session, &RepositorySession::markInactiveProgress, this,
                [this](int done, int total) {
                    if (m_bulk != Bulk::MarkInactive)
                        return;
                    m_bulkDone = done;
                    m_bulkTotal = std::max(total, m_bulkTotal);
                    updateLoading();
                });
        // GitHub's full error (with 422 field errors) comes just before writeFinished().
        connect(m_session, &RepositorySession::writeFailed, this, &MainWindow::onWriteFailed);
        m_session->setAutoRefreshInterval(m_autoRefreshSeconds);
        setStore(m_session->store());
        fetchUser();
    }
    connect(UiLanguage::instance(), &UiLanguage::changed, this, [this] {
        for (QAction *action : std::as_const(m_languageActions))
            action->setChecked(action->data().toInt() == int(UiLanguage::choice()));
    });

    retranslateUi();
    showWelcome(Welcome::NoRepository);
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The child widgets and models die after this body, and their last signals (scroll ranges,
    // selections) must not reach slots of a window that is no longer a MainWindow.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

// --- construction ---------------------------------------------------------------------------

void MainWindow::createActions()
{
    const auto make = [this](const char *name,
                             QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        return action;
    };

    m_addRepositoryAction = make("addRepositoryAction", QStyle::SP_DirOpenIcon);
    m_addRepositoryAction->setShortcut(QKeySequence::Open);
    connect(m_addRepositoryAction, &QAction::triggered, this, &MainWindow::addRepository);

    m_openDemoAction = make("openDemoAction");
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::demoRequested);

    m_quitAction = make("quitAction");
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = make("refreshAction", QStyle::SP_BrowserReload);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    // Low priority: icon only in the tool bar (text beside the others), so it fits.
    m_refreshAction->setPriority(QAction::LowPriority);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->refresh();
    });

    m_autoRefreshAction = make("autoRefreshAction");
    m_autoRefreshAction->setCheckable(true);
    m_autoRefreshAction->setChecked(true);
    connect(m_autoRefreshAction, &QAction::toggled, this, [this](bool on) {
        if (m_session)
            m_session->setAutoRefreshInterval(on ? m_autoRefreshSeconds : 0);
        updateStatusBar();
    });

    m_findAction = make("findAction");
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    m_zoomInAction = make("zoomInAction");
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction = make("zoomOutAction");
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomFitAction = make("zoomFitAction");
    m_zoomFitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_scrollToNowAction = make("scrollToNowAction");
    m_scrollToNowAction->setShortcut(QKeySequence(Qt::Key_Home));
    m_showEnvironmentsAction = make("showEnvironmentsAction");
    m_showEnvironmentsAction->setCheckable(true);
    m_showEnvironmentsAction->setChecked(true);
    m_showDetailsAction = make("showDetailsAction");
    m_showDetailsAction->setCheckable(true);
    m_showDetailsAction->setChecked(true);

    m_newDeploymentAction = make("newDeploymentAction", QStyle::SP_FileDialogNewFolder);
    m_newDeploymentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newDeploymentAction, &QAction::triggered, this,
            [this] { openNewDeploymentDialog(); });

    m_newStatusAction = make("newStatusAction", QStyle::SP_FileDialogContentsView);
    m_newStatusAction->setShortcut(QKeySequence::New);
    connect(m_newStatusAction, &QAction::triggered, this, [this] { openCreateStatusDialog(); });

    m_markInactiveAction = make("markInactiveAction");
    m_markInactiveAction->setIcon(StateStyle::icon(StatusState::Inactive, palette()));
    m_markInactiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_markInactiveAction, &QAction::triggered, this, &MainWindow::markSelectedInactive);

    m_deleteAction = make("deleteAction", QStyle::SP_TrashIcon);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setPriority(QAction::LowPriority);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_markInactiveAndDeleteAction = make("markInactiveAndDeleteAction");
    connect(m_markInactiveAndDeleteAction, &QAction::triggered, this,
            &MainWindow::markInactiveAndDeleteSelected);

    m_copyShaAction = make("copyShaAction");
    m_copyShaAction->setShortcut(QKeySequence::Copy);
    m_copyShaAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyShaAction, &QAction::triggered, this, &MainWindow::copySelectedSha);
    m_copyUrlAction = make("copyUrlAction");
    connect(m_copyUrlAction, &QAction::triggered, this, &MainWindow::copySelectedUrl);

    m_resetConfirmationsAction = make("resetConfirmationsAction");
    connect(m_resetConfirmationsAction, &QAction::triggered, this, [this] {
        QSettings().remove(QLatin1String(Keys::confirmMarkInactive));
        showMessage(tr("DeployDeck will ask again before marking deployments inactive."));
    });

    m_aboutAction = make("aboutAction");
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About DeployDeck"),
                           tr("DeployDeck %1\nA desktop dashboard for GitHub Deployments.")
                               .arg(QCoreApplication::applicationVersion()));
    });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const UiLanguage::Option &option : UiLanguage::availableChoices()) {
        auto action = new QAction(m_languageGroup);
        action->setObjectName(QStringLiteral("languageAction_") + option.code);
        action->setCheckable(true);
        action->setData(int(option.choice));
        action->setChecked(option.choice == UiLanguage::choice());
        connect(action, &QAction::triggered, this,
                [choice = option.choice] { UiLanguage::apply(choice); });
        m_languageActions.append(action);
    }

    // The window-wide actions work wherever the focus is.
    addActions({m_addRepositoryAction, m_refreshAction, m_findAction, m_newDeploymentAction,
                m_newStatusAction, m_markInactiveAction, m_quitAction});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_addRepositoryAction);
    m_fileMenu->addAction(m_openDemoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_autoRefreshAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomFitAction);
    m_viewMenu->addAction(m_scrollToNowAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_showEnvironmentsAction);
    m_viewMenu->addAction(m_showDetailsAction);

    m_deploymentMenu = menuBar()->addMenu(QString());
    m_deploymentMenu->addAction(m_newDeploymentAction);
    m_deploymentMenu->addAction(m_newStatusAction);
    m_deploymentMenu->addSeparator();
    m_deploymentMenu->addAction(m_markInactiveAction);
    m_deploymentMenu->addAction(m_deleteAction);
    m_deploymentMenu->addAction(m_markInactiveAndDeleteAction);
    m_deploymentMenu->addSeparator();
    m_deploymentMenu->addAction(m_copyShaAction);
    m_deploymentMenu->addAction(m_copyUrlAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_settingsMenu->addAction(m_resetConfirmationsAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_repositoryLabel = new QLabel;
    m_repositoryBox = new QComboBox;
    m_repositoryBox->setObjectName(QStringLiteral("repositoryBox"));
    m_repositoryBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_repositoryBox->setMinimumContentsLength(16);
    m_repositoryLabel->setBuddy(m_repositoryBox);
    connect(m_repositoryBox, &QComboBox::activated, this, &MainWindow::onRepositoryBoxActivated);
    toolBar->addWidget(m_repositoryLabel);
    toolBar->addWidget(m_repositoryBox);
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_autoRefreshAction);
    toolBar->addSeparator();
    toolBar->addAction(m_newDeploymentAction);
    toolBar->addAction(m_newStatusAction);
    toolBar->addAction(m_markInactiveAction);
    toolBar->addAction(m_deleteAction);

    // The filters live in a bar above the timeline and the table (createCentralWidgets()): next
    // to what they filter, and the toolbar keeps its room for the actions at narrow widths.
    m_environmentFilterBox = new QComboBox;
    m_environmentFilterBox->setObjectName(QStringLiteral("environmentFilterBox"));
    m_environmentFilterBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_environmentFilterBox, &QComboBox::activated, this, [this](int index) {
        setEnvironmentFilter(m_environmentFilterBox->itemData(index).toString());
    });

    m_stateFilterMenu = new QMenu(this);
    for (StatusState state : StateStyle::allStates()) {
        auto action = m_stateFilterMenu->addAction(StateStyle::icon(state, palette()), QString());
        action->setCheckable(true);
        action->setData(QVariant::fromValue(state));
        connect(action, &QAction::toggled, this, [this] { applyFilters(); });
        m_stateFilterActions.append(action);
    }
    m_stateFilterMenu->addSeparator();
    auto clearStates = m_stateFilterMenu->addAction(QString());
    clearStates->setObjectName(QStringLiteral("clearStateFilterAction"));
    connect(clearStates, &QAction::triggered, this, [this] { setStateFilter({}); });
    // A push button reserves room for its menu arrow; a tool button in InstantPopup mode draws
    // the arrow over the end of a longer (Korean, Japanese) label.
    m_stateFilterButton = new QPushButton;
    m_stateFilterButton->setObjectName(QStringLiteral("stateFilterButton"));
    m_stateFilterButton->setMenu(m_stateFilterMenu);

    m_filterEdit = new QLineEdit;
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { applyFilters(); });
}

void MainWindow::createCentralWidgets()
{
    // Welcome page: no token (offer the demo) or no repository yet.
    m_welcomePage = new QWidget;
    m_welcomeTitle = new QLabel;
    m_welcomeTitle->setAlignment(Qt::AlignCenter);
    m_welcomeTitle->setWordWrap(true);
    QFont titleFont = m_welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_welcomeTitle->setFont(titleFont);
    m_welcomeText = new QLabel;
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setTextFormat(Qt::PlainText);
    m_demoButton = new QPushButton;
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_demoButton->setDefault(true);
    connect(m_demoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);
    m_welcomeAddButton = new QPushButton;
    m_welcomeAddButton->setObjectName(QStringLiteral("welcomeAddButton"));
    connect(m_welcomeAddButton, &QPushButton::clicked, this, &MainWindow::addRepository);
    // A centred column: word-wrapped labels get their height for the column's width.
    auto column = new QWidget;
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    auto columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(m_welcomeTitle);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_welcomeText);
    columnLayout->addSpacing(18);
    auto buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_demoButton);
    buttons->addWidget(m_welcomeAddButton);
    buttons->addStretch(1);
    columnLayout->addLayout(buttons);
    auto row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto welcomeLayout = new QVBoxLayout(m_welcomePage);
    welcomeLayout->addStretch(2);
    welcomeLayout->addLayout(row);
    welcomeLayout->addStretch(3);

    // Dashboard.
    m_environmentsCaption = new QLabel;
    m_environmentsCaption->setContentsMargins(4, 4, 4, 0);
    QFont captionFont = m_environmentsCaption->font();
    captionFont.setBold(true);
    m_environmentsCaption->setFont(captionFont);
    m_environmentList = new QListView;
    m_environmentList->setObjectName(QStringLiteral("environmentList"));
    m_environmentDelegate = new EnvironmentDelegate(m_environmentList);
    m_environmentList->setItemDelegate(m_environmentDelegate);
    m_environmentList->setModel(m_environmentModel);
    m_environmentList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_environmentList->setUniformItemSizes(true);
    m_environmentList->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    connect(m_environmentList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onEnvironmentActivated);
    auto environmentsPanel = new QWidget;
    auto environmentsLayout = new QVBoxLayout(environmentsPanel);
    environmentsLayout->setContentsMargins(0, 0, 0, 0);
    environmentsLayout->setSpacing(2);
    environmentsLayout->addWidget(m_environmentsCaption);
    environmentsLayout->addWidget(m_environmentList);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("deploymentTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeploymentRoles::CreatedColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setItemDelegateForColumn(DeploymentRoles::StateColumn, new StatusDelegate(m_table));
    const int charWidth = fontMetrics().averageCharWidth();
    // The header gets its sections when a store's model arrives: then the default widths.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionCountChanged, this,
            [this](int oldCount) {
                if (oldCount == 0)
                    setDefaultColumnWidths();
            });
    setDefaultColumnWidths();
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        showDeploymentMenu(m_table->indexAt(pos), m_table->viewport()->mapToGlobal(pos));
    });
    m_table->addActions({m_deleteAction, m_copyShaAction});

    m_timeline = new TimelineView;
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_timeline->setModel(m_proxy);
    // A marker for every status of a deployment, not only the latest.
    m_timeline->setMarkerProvider([](const QModelIndex &index) {
        const auto statuses =
            index.data(DeploymentRoles::StatusMarkersRole).value<QList<StatusMarker>>();
        QVector<TimelineView::Marker> markers;
        markers.reserve(statuses.size());
        for (const StatusMarker &status : statuses) {
            if (status.time.isValid())
                markers.append({status.time.toMSecsSinceEpoch(), status.state});
        }
        return markers;
    });
    // One selection for both views: selecting a bar selects its row and the other way round.
    m_timeline->setSelectionModel(m_table->selectionModel());
    m_timeline->addActions({m_deleteAction, m_copyShaAction});
    connect(m_timeline, &TimelineView::contextMenuRequested, this, &MainWindow::showDeploymentMenu);
    connect(m_zoomInAction, &QAction::triggered, m_timeline, &TimelineView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_timeline, &TimelineView::zoomOut);
    connect(m_zoomFitAction, &QAction::triggered, m_timeline, &TimelineView::zoomToFit);
    connect(m_scrollToNowAction, &QAction::triggered, m_timeline, &TimelineView::scrollToNow);

    // The newest deployment is selected as soon as there is one, so the details pane shows
    // something useful from the start (and again after a repository switch).
    const auto selectFirstIfNone = [this] {
        if (!m_table->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        }
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, selectFirstIfNone);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, selectFirstIfNone);

    QItemSelectionModel *selection = m_table->selectionModel();
    connect(selection, &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(selection, &QItemSelectionModel::selectionChanged, this, [this] {
        // A selection without a current index (e.g. a rubber band in the timeline) still
        // shows the first selected deployment.
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!m_table->selectionModel()->currentIndex().isValid() && !rows.isEmpty())
            onCurrentChanged(rows.first());
        updateActions();
    });

    m_emptyListLabel = new QLabel(m_table->viewport());
    m_emptyListLabel->setAlignment(Qt::AlignCenter);
    m_emptyListLabel->setWordWrap(true);
    m_emptyListLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyListLabel->hide();

    m_centreSplitter = new QSplitter(Qt::Vertical);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_centreSplitter->addWidget(m_timeline);
    m_centreSplitter->addWidget(m_table);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 2);
    m_centreSplitter->setChildrenCollapsible(false);

    m_details = new DetailsPane;
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setStatusModel(m_statusModel);
    m_details->setMinimumWidth(charWidth * 40);
    connect(m_details, &DetailsPane::markInactiveRequested, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(DeploymentRoles::IdRole).toLongLong();
        if (id)
            markInactive({id}, false);
    });
    connect(m_details, &DetailsPane::newStatusRequested, this,
            [this] { openCreateStatusDialog(); });
    connect(m_details, &DetailsPane::deleteRequested, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(DeploymentRoles::IdRole).toLongLong();
        if (!id)
            return;
        if (whyNotDeletable(id).isEmpty())
            deleteDeployments({id});
        else
            markInactive({id}, true);
    });
    connect(m_details, &DetailsPane::shaCopied, this,
            [this](const QString &sha) { showMessage(tr("Copied %1").arg(sha)); });
    connect(m_details, &DetailsPane::urlCopied, this,
            [this](const QUrl &url) { showMessage(tr("Copied %1").arg(url.toDisplayString())); });

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(environmentsPanel);
    auto centrePanel = new QWidget;
    auto centreLayout = new QVBoxLayout(centrePanel);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(2);
    auto filterBar = new QHBoxLayout;
    filterBar->addWidget(m_environmentFilterBox);
    filterBar->addWidget(m_stateFilterButton);
    filterBar->addWidget(m_filterEdit, 1);
    centreLayout->addLayout(filterBar);
    centreLayout->addWidget(m_centreSplitter, 1);
    m_mainSplitter->addWidget(centrePanel);
    m_mainSplitter->addWidget(m_details);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 0);
    m_mainSplitter->setSizes({charWidth * 44, charWidth * 110, charWidth * 60});
    connect(m_showEnvironmentsAction, &QAction::toggled, environmentsPanel, &QWidget::setVisible);
    connect(m_showDetailsAction, &QAction::toggled, m_details, &QWidget::setVisible);

    // Messages (results of writes, errors) stay until the next one or until dismissed; data
    // already shown stays on screen.
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setFrameShape(QFrame::StyledPanel);
    m_messageLabel->setMargin(6);
    m_messageLabel->setAutoFillBackground(true);
    m_messageLabel->hide();

    m_dashboard = new QWidget;
    auto dashboardLayout = new QVBoxLayout(m_dashboard);
    dashboardLayout->setContentsMargins(4, 4, 4, 0);
    dashboardLayout->setSpacing(4);
    dashboardLayout->addWidget(m_messageLabel);
    dashboardLayout->addWidget(m_mainSplitter, 1);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_dashboard);
    setCentralWidget(m_pages);
}

void MainWindow::createStatusBar()
{
    const auto label = [](const char *name) {
        auto label = new QLabel;
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    m_hostLabel = label("hostLabel");
    m_userLabel = label("userLabel");
    m_rateLabel = label("rateLabel");
    m_refreshLabel = label("refreshLabel");
    m_waitLabel = label("waitLabel");
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("loadingProgress"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->hide();
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(300);
    connect(m_progressDelay, &QTimer::timeout, this, [this] { updateLoading(); });

    statusBar()->addWidget(m_hostLabel);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_waitLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_refreshLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
}

// --- language -------------------------------------------------------------------------------

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        m_markInactiveAction->setIcon(StateStyle::icon(StatusState::Inactive, palette()));
        for (QAction *action : std::as_const(m_stateFilterActions))
            action->setIcon(StateStyle::icon(action->data().value<StatusState>(), palette()));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_hasRepository ? tr("%1 — DeployDeck").arg(m_repository.fullName())
                                   : tr("DeployDeck"));

    m_addRepositoryAction->setText(tr("&Add Repository…"));
    m_openDemoAction->setText(tr("Open the &Demo"));
    m_quitAction->setText(tr("&Quit"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(
        tr("Load the latest deployments and statuses (%1)")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_autoRefreshAction->setText(tr("Auto-&refresh"));
    m_autoRefreshAction->setToolTip(tr("Check for new deployments and statuses regularly"));
    m_findAction->setText(tr("&Filter…"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomFitAction->setText(tr("Zoom to &Fit"));
    m_scrollToNowAction->setText(tr("Go to &Now"));
    m_showEnvironmentsAction->setText(tr("Show &Environments"));
    m_showDetailsAction->setText(tr("Show &Details"));
    m_newDeploymentAction->setText(tr("New &Deployment…"));
    m_newDeploymentAction->setIconText(tr("New Deployment"));
    m_newStatusAction->setText(tr("New &Status…"));
    m_newStatusAction->setIconText(tr("New Status"));
    m_markInactiveAction->setText(tr("Mark &Inactive"));
    m_deleteAction->setText(tr("De&lete"));
    m_markInactiveAndDeleteAction->setText(tr("Mark Inactive and Delete"));
    m_copyShaAction->setText(tr("Copy &SHA"));
    m_copyUrlAction->setText(tr("Copy Deployment &URL"));
    m_resetConfirmationsAction->setText(tr("Ask Again Before Marking Inactive"));
    m_aboutAction->setText(tr("&About DeployDeck"));
    for (QAction *action : std::as_const(m_languageActions))
        action->setText(UiLanguage::nativeName(UiLanguage::Choice(action->data().toInt())));

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_deploymentMenu->setTitle(tr("&Deployment"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_repositoryLabel->setText(tr("Repository:"));
    m_repositoryLabel->setContentsMargins(4, 0, 4, 0);
    m_filterEdit->setPlaceholderText(tr("Filter by ref, SHA, person, description"));
    m_filterEdit->setToolTip(
        tr("Filter (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : std::as_const(m_stateFilterActions))
        action->setText(StateStyle::displayName(action->data().value<StatusState>()));
    m_stateFilterMenu->actions().constLast()->setText(tr("All States"));
    m_environmentsCaption->setText(tr("Environments"));
    m_demoButton->setText(tr("Try the Demo"));
    m_welcomeAddButton->setText(tr("Add Repository…"));
    m_emptyListLabel->setText(tr("No deployment matches the filters."));

    updateRecentRepositories();
    updateEnvironmentFilterBox();
    updateStateFilterButton();
    showWelcome(m_welcome);
    if (m_hasRepository)
        m_pages->setCurrentIndex(DashboardPage);
    if (!m_message.isEmpty())
        showMessage(m_message, m_messageIsError);
    updateActions();
    updateStatusBar();
    fitTableColumns();
}

void MainWindow::setDefaultColumnWidths()
{
    if (m_table->horizontalHeader()->count() == 0)
        return;
    const int charWidth = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(DeploymentRoles::EnvironmentColumn, charWidth * 16);
    m_table->setColumnWidth(DeploymentRoles::RefColumn, charWidth * 18);
    m_table->setColumnWidth(DeploymentRoles::TaskColumn, charWidth * 10);
    m_table->setColumnWidth(DeploymentRoles::CreatorColumn, charWidth * 14);
    // State, SHA and the two times: as narrow as they can be, then fitTableColumns() makes
    // them as wide as the current language needs.
    for (int column : {DeploymentRoles::StateColumn, DeploymentRoles::ShaColumn,
                       DeploymentRoles::CreatedColumn, DeploymentRoles::LatestStatusColumn}) {
        m_table->setColumnWidth(column, m_table->horizontalHeader()->minimumSectionSize());
    }
    fitTableColumns();
}

// Columns whose every value matters (state name, short SHA, relative times) are made wide enough
// for the longest value in the current language, and every column for its header; a user's
// wider column stays as it is.
void MainWindow::fitTableColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    const QFontMetrics metrics = option.fontMetrics;
    const int margin =
        2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;

    QHash<int, int> needed;
    if (auto delegate = qobject_cast<StatusDelegate *>(
            m_table->itemDelegateForColumn(DeploymentRoles::StateColumn))) {
        needed[DeploymentRoles::StateColumn] = delegate->preferredWidth(option);
    }
    int hexWidth = 0;
    for (QChar c : QStringLiteral("0123456789abcdef"))
        hexWidth = qMax(hexWidth, metrics.horizontalAdvance(c));
    needed[DeploymentRoles::ShaColumn] = 7 * hexWidth + margin;
    // The longest relative times: 59 minutes, 23 hours, 30 days, and a short date.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int timeWidth = 0;
    for (qint64 seconds : {59 * 60LL, 23 * 3600LL, 30 * 86400LL, 400 * 86400LL}) {
        timeWidth = qMax(
            timeWidth, metrics.horizontalAdvance(TimeFormat::relative(now.addSecs(-seconds), now)));
    }
    needed[DeploymentRoles::CreatedColumn] = timeWidth + margin;
    needed[DeploymentRoles::LatestStatusColumn] = timeWidth + margin;

    for (int column = 0; column < header->count(); ++column) {
        if (column == header->count() - 1 && header->stretchLastSection())
            continue;
        const int width = qMax(needed.value(column), header->sectionSizeHint(column));
        if (header->sectionSize(column) < width)
            header->resizeSection(column, width);
    }
}

// --- pages and repository -------------------------------------------------------------------

void MainWindow::showWelcome(Welcome welcome)
{
    m_welcome = welcome;
    switch (welcome) {
    case Welcome::NoToken:
        m_welcomeTitle->setText(tr("Welcome to DeployDeck"));
        m_welcomeText->setText(
            tr("DeployDeck shows the deployments of your GitHub repositories. To connect to "
               "GitHub, start it with a token in the GH_TOKEN or GITHUB_TOKEN environment "
               "variable (a token with the repo_deployment scope).\n\nNo token at hand? The "
               "demo runs on a built-in GitHub emulator with realistic data: nothing leaves "
               "this computer."));
        m_demoButton->show();
        m_welcomeAddButton->hide();
        break;
    case Welcome::NoRepository:
        m_welcomeTitle->setText(tr("Choose a repository"));
        m_welcomeText->setText(tr("Add a repository (owner/name) to see its deployments."));
        m_demoButton->setVisible(!m_demo && !(m_session && m_session->client()->hasToken()));
        m_welcomeAddButton->show();
        break;
    }
    if (!m_hasRepository)
        m_pages->setCurrentIndex(WelcomePage);
}

void MainWindow::setApiDescription(const QString &description)
{
    m_apiDescription = description;
    updateStatusBar();
}

void MainWindow::setAutoRefreshInterval(int seconds)
{
    m_autoRefreshSeconds = std::max(1, seconds);
    if (m_session)
        m_session->setAutoRefreshInterval(m_autoRefreshAction->isChecked() ? m_autoRefreshSeconds
                                                                           : 0);
}

void MainWindow::setDemoMode(bool demo, const QStringList &repositories)
{
    if (demo && !m_demo) {
        m_savedRecentRepositories = m_recentRepositories;
        m_recentRepositories = repositories;
    } else if (!demo && m_demo) {
        m_recentRepositories = m_savedRecentRepositories;
    }
    m_demo = demo;
    m_welcome = Welcome::NoRepository;
    updateRecentRepositories();
    m_openDemoAction->setVisible(!demo);
    updateStatusBar();
}

void MainWindow::openRepository(const RepositoryId &repository)
{
    if (!repository.isValid())
        return;
    m_repository = repository;
    m_hasRepository = true;
    const QString name = repository.fullName();
    for (int i = int(m_recentRepositories.size()) - 1; i >= 0; --i) {
        if (RepositoryId::parse(m_recentRepositories.at(i)) == std::optional(repository))
            m_recentRepositories.removeAt(i);
    }
    m_recentRepositories.prepend(name);
    while (m_recentRepositories.size() > maxRecentRepositories)
        m_recentRepositories.removeLast();
    updateRecentRepositories();
    m_pages->setCurrentIndex(DashboardPage);
    m_message.clear();
    m_messageLabel->hide();
    m_lastRefresh = QDateTime();
    if (m_session) {
        if (m_userLogin.isEmpty())
            fetchUser();
        m_session->setRepository(repository);
    }
    retranslateUi();
    Q_EMIT repositoryChanged(repository);
}

void MainWindow::setStore(DeploymentStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_visibleIds.clear(); // the session forgot them with the old store
    m_deploymentModel->setStore(store);
    m_environmentModel->setStore(store);
    m_statusModel->setStore(store);
    m_statusModel->setDeploymentId(0);
    m_details->setDeployment(QModelIndex());
    if (store) {
        connect(store, &DeploymentStore::progressChanged, this, [this] { updateLoading(); });
        connect(store, &DeploymentStore::loadStateChanged, this,
                [this](DeploymentStore::LoadState state) {
                    if (state == DeploymentStore::LoadState::Ready)
                        m_lastRefresh = QDateTime::currentDateTimeUtc();
                    updateLoading();
                    updateStatusBar();
                });
        connect(store, &DeploymentStore::environmentsChanged, this,
                [this] { updateEnvironmentFilterBox(); });
        connect(store, &DeploymentStore::deploymentChanged, this, [this] { updateActions(); });
        connect(store, &DeploymentStore::deploymentsInserted, this, [this] {
            updateActions();
            m_emptyListLabel->setVisible(m_proxy->rowCount() == 0 && m_store &&
                                         m_store->count() > 0);
        });
        connect(store, &DeploymentStore::deploymentsRemoved, this, [this] { updateActions(); });
        connect(store, &DeploymentStore::errorOccurred, this,
                [this](const QString &message) { showMessage(message, true); });
    }
    updateEnvironmentFilterBox();
    updateLoading();
    updateActions();
}

void MainWindow::updateRecentRepositories()
{
    const QSignalBlocker blocker(m_repositoryBox);
    m_repositoryBox->clear();
    for (const QString &name : std::as_const(m_recentRepositories))
        m_repositoryBox->addItem(name, name);
    if (!m_recentRepositories.isEmpty())
        m_repositoryBox->insertSeparator(m_repositoryBox->count());
    m_repositoryBox->addItem(tr("Add Repository…"));
    m_repositoryBox->setCurrentIndex(m_hasRepository ? 0 : -1);
    if (!m_hasRepository)
        m_repositoryBox->setPlaceholderText(tr("No repository"));
}

void MainWindow::onRepositoryBoxActivated(int index)
{
    const QString name = m_repositoryBox->itemData(index).toString();
    if (name.isEmpty()) {
        updateRecentRepositories(); // back to the current one while the dialog is up
        addRepository();
        return;
    }
    if (const auto repository = RepositoryId::parse(name))
        openRepository(*repository);
}

void MainWindow::addRepository()
{
    auto dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("addRepositoryDialog"));
    dialog->setWindowTitle(tr("Add Repository"));
    dialog->setLabelText(tr("Repository (owner/name):"));
    dialog->setTextValue(m_demo ? QStringLiteral("acme/payments-api") : QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const auto repository = RepositoryId::parse(text.trimmed());
        if (!repository) {
            showMessage(tr("\"%1\" is not a repository name. Use the form owner/name, for "
                           "example octocat/hello-world.")
                            .arg(text.trimmed()),
                        true);
            return;
        }
        openRepository(*repository);
    });
    dialog->open();
}

// --- filters --------------------------------------------------------------------------------

QList<StatusState> MainWindow::stateFilter() const
{
    QList<StatusState> states;
    for (QAction *action : m_stateFilterActions) {
        if (action->isChecked())
            states.append(action->data().value<StatusState>());
    }
    return states;
}

void MainWindow::setStateFilter(const QList<StatusState> &states)
{
    for (QAction *action : std::as_const(m_stateFilterActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(states.contains(action->data().value<StatusState>()));
    }
    applyFilters();
}

void MainWindow::setEnvironmentFilter(const QString &environment)
{
    const int index = m_environmentFilterBox->findData(environment);
    if (index < 0 && !environment.isEmpty()) {
        // Not known yet (the repository is still loading): keep it, it will appear.
        m_environmentFilterBox->addItem(environment, environment);
    }
    m_environmentFilterBox->setCurrentIndex(
        std::max(0, m_environmentFilterBox->findData(environment)));
    const int row = environment.isEmpty() ? -1 : m_environmentModel->rowOf(environment);
    {
        const QSignalBlocker blocker(m_environmentList->selectionModel());
        if (row >= 0)
            m_environmentList->setCurrentIndex(m_environmentModel->index(row));
        else
            m_environmentList->clearSelection();
    }
    m_environmentList->viewport()->update();
    applyFilters();
}

void MainWindow::onEnvironmentActivated()
{
    const QModelIndexList selected = m_environmentList->selectionModel()->selectedRows();
    const QString environment = selected.isEmpty()
                                    ? QString()
                                    : selected.first().data(EnvironmentRoles::NameRole).toString();
    const int index = m_environmentFilterBox->findData(environment);
    if (index >= 0)
        m_environmentFilterBox->setCurrentIndex(index);
    applyFilters();
}

void MainWindow::updateEnvironmentFilterBox()
{
    const QString current = m_environmentFilterBox->currentData().toString();
    const QSignalBlocker blocker(m_environmentFilterBox);
    m_environmentFilterBox->clear();
    m_environmentFilterBox->addItem(tr("All Environments"), QString());
    const QStringList names = knownEnvironments();
    for (const QString &name : names)
        m_environmentFilterBox->addItem(name, name);
    if (!current.isEmpty() && m_environmentFilterBox->findData(current) < 0)
        m_environmentFilterBox->addItem(current, current);
    m_environmentFilterBox->setCurrentIndex(std::max(0, m_environmentFilterBox->findData(current)));
    // Keep the list's selection in step (its rows may have moved).
    const int row = current.isEmpty() ? -1 : m_environmentModel->rowOf(current);
    const QSignalBlocker listBlocker(m_environmentList->selectionModel());
    if (row >= 0)
        m_environmentList->setCurrentIndex(m_environmentModel->index(row));
}

void MainWindow::updateStateFilterButton()
{
    const QList<StatusState> states = stateFilter();
    if (states.isEmpty()) {
        m_stateFilterButton->setText(tr("All States"));
        m_stateFilterButton->setIcon(QIcon());
    } else if (states.size() == 1) {
        m_stateFilterButton->setText(StateStyle::displayName(states.first()));
    } else {
        m_stateFilterButton->setText(tr("%n state(s)", nullptr, int(states.size())));
    }
    m_stateFilterButton->setToolTip(tr("Show only deployments in these states"));
}

void MainWindow::applyFilters()
{
    const QString environment = m_environmentFilterBox->currentData().toString();
    m_proxy->setEnvironmentFilter(environment.isEmpty() ? QStringList() : QStringList{environment});
    m_proxy->setStateFilter(stateFilter());
    m_proxy->setTextFilter(m_filterEdit->text().trimmed());
    updateStateFilterButton();
    m_emptyListLabel->setVisible(m_proxy->rowCount() == 0 && m_store && m_store->count() > 0);
    m_emptyListLabel->resize(m_table->viewport()->size());
    updateActions();
}

QStringList MainWindow::knownEnvironments() const
{
    QStringList names;
    for (int row = 0; row < m_environmentModel->rowCount(); ++row)
        names.append(m_environmentModel->index(row).data(EnvironmentRoles::NameRole).toString());
    return names;
}

// --- selection ------------------------------------------------------------------------------

QList<qint64> MainWindow::selectedDeploymentIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(DeploymentRoles::IdRole).toLongLong());
    if (ids.isEmpty()) {
        const qint64 current = currentDeploymentId();
        if (current)
            ids.append(current);
    }
    return ids;
}

qint64 MainWindow::currentDeploymentId() const
{
    return m_table->selectionModel()->currentIndex().data(DeploymentRoles::IdRole).toLongLong();
}

QModelIndex MainWindow::sourceIndexOf(qint64 deploymentId) const
{
    return m_deploymentModel->indexOf(deploymentId);
}

void MainWindow::selectDeployment(qint64 deploymentId)
{
    const QModelIndex index = m_proxy->mapFromSource(sourceIndexOf(deploymentId));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_timeline->scrollTo(index);
}

void MainWindow::onCurrentChanged(const QModelIndex &current)
{
    m_details->setDeployment(current);
    m_statusModel->setDeploymentId(current.data(DeploymentRoles::IdRole).toLongLong());
    updateActions();
}

QString MainWindow::whyNotDeletable(qint64 deploymentId) const
{
    if (!m_store)
        return tr("No repository is open.");
    const DeploymentStore::Entry *entry = m_store->find(deploymentId);
    if (!entry)
        return tr("The deployment is no longer there.");
    const StatusState state = entry->state();
    if (state == StatusState::Inactive || state == StatusState::Destroyed || m_store->count() == 1)
        return QString();
    return tr("GitHub deletes only inactive deployments (or a repository's only deployment). "
              "Mark it inactive first, or use \"Mark Inactive and Delete\".");
}

void MainWindow::updateActions()
{
    const QList<qint64> ids = m_hasRepository ? selectedDeploymentIds() : QList<qint64>();
    const bool canWrite = m_session && m_hasRepository;
    bool anyActive = false;
    bool allDeletable = !ids.isEmpty();
    QString whyNot;
    for (qint64 id : ids) {
        const DeploymentStore::Entry *entry = m_store ? m_store->find(id) : nullptr;
        if (entry && entry->state() != StatusState::Inactive &&
            entry->state() != StatusState::Destroyed && !entry->pending)
            anyActive = true;
        const QString reason = whyNotDeletable(id);
        if (!reason.isEmpty()) {
            allDeletable = false;
            if (whyNot.isEmpty())
                whyNot = reason;
        }
    }
    m_refreshAction->setEnabled(canWrite);
    m_newDeploymentAction->setEnabled(canWrite);
    m_newStatusAction->setEnabled(canWrite && ids.size() == 1);
    m_markInactiveAction->setEnabled(canWrite && anyActive);
    m_markInactiveAction->setToolTip(
        ids.isEmpty() ? tr("Select the deployments to mark inactive")
        : anyActive ? tr("Mark the selected deployment(s) inactive (%1)", nullptr, int(ids.size()))
                          .arg(m_markInactiveAction->shortcut().toString(QKeySequence::NativeText))
                    : tr("The selected deployments are already inactive"));
    m_deleteAction->setEnabled(canWrite && allDeletable);
    m_deleteAction->setToolTip(
        ids.isEmpty()  ? tr("Select an inactive deployment to delete")
        : allDeletable ? tr("Delete the selected deployment(s)", nullptr, int(ids.size()))
                       : whyNot);
    m_markInactiveAndDeleteAction->setEnabled(canWrite && !ids.isEmpty() && !allDeletable);
    m_copyShaAction->setEnabled(ids.size() == 1);
    m_copyUrlAction->setEnabled(ids.size() == 1);
    m_zoomInAction->setEnabled(m_hasRepository);
    m_zoomOutAction->setEnabled(m_hasRepository);
    m_zoomFitAction->setEnabled(m_hasRepository);
    m_scrollToNowAction->setEnabled(m_hasRepository);
    m_details->setActionsEnabled(canWrite);
}

// --- context menu ---------------------------------------------------------------------------

QMenu *MainWindow::createDeploymentMenu(QWidget *parent)
{
    auto menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("deploymentMenu"));
    menu->addAction(m_newStatusAction);
    menu->addAction(m_markInactiveAction);
    menu->addSeparator();
    if (m_deleteAction->isEnabled())
        menu->addAction(m_deleteAction);
    else
        menu->addAction(m_markInactiveAndDeleteAction);
    menu->addSeparator();
    menu->addAction(m_copyShaAction);
    menu->addAction(m_copyUrlAction);
    return menu;
}

void MainWindow::showDeploymentMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!selection->isRowSelected(index.row(), index.parent()))
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateActions();
    QMenu *menu = createDeploymentMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

// --- confirmations and messages -------------------------------------------------------------

void MainWindow::setConfirmationProvider(ConfirmationProvider provider)
{
    m_confirm = std::move(provider);
}

bool MainWindow::askWithMessageBox(QWidget *parent, const Confirmation &confirmation)
{
    QMessageBox box(parent);
    box.setIcon(confirmation.destructive ? QMessageBox::Warning : QMessageBox::Question);
    box.setWindowTitle(confirmation.title);
    box.setTextFormat(Qt::PlainText);
    box.setText(confirmation.text);
    box.setInformativeText(confirmation.informativeText);
    QPushButton *accept = box.addButton(confirmation.acceptText, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(confirmation.destructive ? cancel : accept);
    QCheckBox *dontAsk = nullptr;
    if (!confirmation.dontAskAgainKey.isEmpty()) {
        dontAsk = new QCheckBox(QCoreApplication::translate("MainWindow", "Don't ask again"));
        box.setCheckBox(dontAsk);
    }
    box.exec();
    const bool accepted = box.clickedButton() == accept;
    if (accepted && dontAsk && dontAsk->isChecked())
        QSettings().setValue(confirmation.dontAskAgainKey, true);
    return accepted;
}

bool MainWindow::confirm(const Confirmation &confirmation)
{
    if (!confirmation.dontAskAgainKey.isEmpty() &&
        QSettings().value(confirmation.dontAskAgainKey, false).toBool())
        return true;
    return m_confirm ? m_confirm(confirmation) : true;
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    if (text.isEmpty()) {
        m_messageLabel->hide();
        return;
    }
    QPalette palette;
    if (error) {
        const QColor color = StateStyle::color(StatusState::Failure, this->palette());
        palette.setColor(QPalette::WindowText, color);
        palette.setColor(QPalette::Window, StateStyle::tint(StatusState::Failure, this->palette()));
    }
    m_messageLabel->setPalette(palette);
    m_messageLabel->setText(text);
    m_messageLabel->show();
    statusBar()->showMessage(text, 8000);
}

// --- actions --------------------------------------------------------------------------------

void MainWindow::markSelectedInactive()
{
    QList<qint64> ids;
    for (qint64 id : selectedDeploymentIds()) {
        const DeploymentStore::Entry *entry = m_store ? m_store->find(id) : nullptr;
        if (entry && entry->state() != StatusState::Inactive &&
            entry->state() != StatusState::Destroyed)
            ids.append(id);
    }
    if (!ids.isEmpty())
        markInactive(ids, false);
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = selectedDeploymentIds();
    if (ids.isEmpty() || !m_deleteAction->isEnabled())
        return;
    deleteDeployments(ids);
}

void MainWindow::markInactiveAndDeleteSelected()
{
    const QList<qint64> ids = selectedDeploymentIds();
    if (!ids.isEmpty())
        markInactive(ids, true);
}

void MainWindow::markInactive(const QList<qint64> &ids, bool deleteAfterwards)
{
    if (!m_session || ids.isEmpty())
        return;
    if (m_bulk != Bulk::None) {
        showMessage(tr("Wait until the current changes are written."), true);
        return;
    }
    QStringList names;
    for (qint64 id : ids) {
        const DeploymentStore::Entry *entry = m_store ? m_store->find(id) : nullptr;
        if (entry)
            names.append(tr("#%1 (%2, %3)")
                             .arg(QString::number(id), entry->deployment.ref,
                                  TimeFormat::shortSha(entry->deployment.sha)));
    }
    Confirmation confirmation;
    if (deleteAfterwards) {
        confirmation.title = tr("Mark Inactive and Delete");
        confirmation.text =
            tr("Mark %n deployment(s) inactive and delete them?", nullptr, int(ids.size()));
        confirmation.informativeText =
            tr("%1\n\nGitHub keeps no copy of a deleted deployment or its statuses.")
                .arg(QLocale().createSeparatedList(names));
        confirmation.acceptText = tr("Mark Inactive and Delete");
        confirmation.destructive = true;
    } else {
        confirmation.title = tr("Mark Inactive");
        confirmation.text = tr("Mark %n deployment(s) inactive?", nullptr, int(ids.size()));
        confirmation.informativeText =
            tr("%1\n\nAn inactive deployment is no longer shown as live in its environment; "
               "a transient environment is destroyed.")
                .arg(QLocale().createSeparatedList(names));
        confirmation.acceptText = tr("Mark Inactive");
        confirmation.dontAskAgainKey = QLatin1String(Keys::confirmMarkInactive);
    }
    if (!confirm(confirmation))
        return;

    // Already inactive ones need no write (delete may follow at once).
    QList<qint64> writes;
    QList<qint64> alreadyInactive;
    for (qint64 id : ids) {
        const DeploymentStore::Entry *entry = m_store ? m_store->find(id) : nullptr;
        if (!entry)
            continue;
        if (entry->state() == StatusState::Inactive || entry->state() == StatusState::Destroyed)
            alreadyInactive.append(id);
        else
            writes.append(id);
    }
    m_bulk = Bulk::MarkInactive;
    m_bulkWaiting = writes;
    m_bulkSucceeded = alreadyInactive;
    m_bulkErrors.clear();
    m_bulkDeleteAfterwards = deleteAfterwards;
    m_bulkDone = 0;
    m_bulkTotal = int(writes.size());
    updateLoading();
    if (writes.isEmpty()) {
        finishBulk();
        return;
    }
    // Shown as pending at once; the session writes one at a time.
    m_session->markInactive(writes);
    updateActions();
}

void MainWindow::deleteDeployments(const QList<qint64> &ids)
{
    if (!m_session || ids.isEmpty())
        return;
    if (m_bulk != Bulk::None && m_bulk != Bulk::Delete) {
        showMessage(tr("Wait until the current changes are written."), true);
        return;
    }
    m_bulk = Bulk::Delete;
    m_bulkWaiting = ids;
    m_bulkSucceeded.clear();
    m_bulkErrors.clear();
    m_bulkDeleteAfterwards = false;
    m_bulkDone = 0;
    m_bulkTotal = int(ids.size());
    updateLoading();
    // The client queues writes and sends them one at a time.
    for (qint64 id : ids)
        m_session->deleteDeployment(id);
}

void MainWindow::onWriteFailed(qint64 deploymentId, const GitHubError &error)
{
    m_writeErrors.insert(deploymentId, error);
}

void MainWindow::onWriteFinished(qint64 deploymentId, bool ok, const QString &errorString)
{
    const GitHubError error = m_writeErrors.take(deploymentId);

    // A dialog waiting for this write.
    if (QPointer<CreateStatusDialog> dialog = m_statusDialogs.take(deploymentId)) {
        if (ok) {
            showMessage(tr("Posted \"%1\" for deployment #%2.")
                            .arg(StateStyle::displayName(dialog->request().state),
                                 QString::number(deploymentId)));
            dialog->accept();
        } else {
            // With GitHub's own error the dialog places field errors; without it (the store
            // went away, say), the session's sentence is shown as it is.
            if (error.isError())
                dialog->showError(error);
            else
                dialog->showProblem(errorString);
        }
        updateActions();
        return;
    }

    if (m_bulk == Bulk::MarkInactive && m_bulkWaiting.removeOne(deploymentId)) {
        if (ok) {
            m_bulkSucceeded.append(deploymentId);
        } else {
            //: %1 deployment number, %2 why it failed
            m_bulkErrors.append(tr("#%1: %2").arg(QString::number(deploymentId), errorString));
        }
        m_bulkDone = m_bulkTotal - int(m_bulkWaiting.size());
        updateLoading();
        if (m_bulkWaiting.isEmpty())
            finishBulk();
    }
    updateActions();
}

void MainWindow::onDeleteFinished(qint64 deploymentId, bool ok, const QString &errorString)
{
    if (m_bulk != Bulk::Delete || !m_bulkWaiting.removeOne(deploymentId))
        return;
    if (ok)
        m_bulkSucceeded.append(deploymentId);
    else
        m_bulkErrors.append(tr("#%1: %2").arg(QString::number(deploymentId), errorString));
    m_bulkDone = m_bulkTotal - int(m_bulkWaiting.size());
    updateLoading();
    if (m_bulkWaiting.isEmpty())
        finishBulk();
    updateActions();
}

void MainWindow::finishBulk()
{
    const Bulk bulk = std::exchange(m_bulk, Bulk::None);
    const QList<qint64> succeeded = m_bulkSucceeded;
    const QStringList errors = m_bulkErrors;
    m_bulkDone = m_bulkTotal = 0;
    updateLoading();
    if (bulk == Bulk::MarkInactive) {
        if (!errors.isEmpty()) {
            showMessage(tr("%n deployment(s) could not be marked inactive and are shown as they "
                           "were:",
                           nullptr, int(errors.size())) +
                            QLatin1Char('\n') + errors.join(QLatin1Char('\n')),
                        true);
        } else if (!m_bulkDeleteAfterwards) {
            showMessage(tr("Marked %n deployment(s) inactive.", nullptr, int(succeeded.size())));
        }
        if (m_bulkDeleteAfterwards && !succeeded.isEmpty())
            deleteDeployments(succeeded);
    } else if (bulk == Bulk::Delete) {
        if (!errors.isEmpty()) {
            showMessage(tr("%n deployment(s) could not be deleted:", nullptr, int(errors.size())) +
                            QLatin1Char('\n') + errors.join(QLatin1Char('\n')),
                        true);
        } else {
            showMessage(tr("Deleted %n deployment(s).", nullptr, int(succeeded.size())));
        }
    }
    updateActions();
}

CreateStatusDialog *MainWindow::openCreateStatusDialog(StatusState state)
{
    const qint64 id =
        currentDeploymentId() ? currentDeploymentId() : selectedDeploymentIds().value(0);
    const DeploymentStore::Entry *entry = m_store ? m_store->find(id) : nullptr;
    if (!entry || !m_session)
        return nullptr;
    auto dialog = new CreateStatusDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTarget({id, entry->deployment.ref, entry->deployment.sha, entry->environment});
    dialog->setKnownEnvironments(knownEnvironments());
    dialog->setState(state);
    QPointer<DeploymentStore> store = m_store;
    dialog->setInactivePreview([store](qint64 deploymentId, const QString &environment) {
        QList<CreateStatusDialog::AffectedDeployment> affected;
        if (!store)
            return affected;
        const QList<qint64> ids =
            store->predictAutoInactive(deploymentId, StatusState::Success, true, environment);
        for (qint64 affectedId : ids) {
            if (const DeploymentStore::Entry *other = store->find(affectedId))
                affected.append({affectedId, other->deployment.ref, other->deployment.sha});
        }
        return affected;
    });
    connect(dialog, &CreateStatusDialog::statusRequested, this,
            [this, dialog](const CreateStatusDialog::Request &request) {
                submitStatus(dialog, request);
            });
    dialog->open();
    return dialog;
}

void MainWindow::submitStatus(CreateStatusDialog *dialog,
                              const CreateStatusDialog::Request &request)
{
    if (!m_session)
        return;
    NewStatus status;
    status.state = request.state;
    status.description = request.description;
    status.logUrl = request.logUrl;
    status.environmentUrl = request.environmentUrl;
    status.environment = request.environment;
    status.autoInactive = request.autoInactive;
    if (!m_session->createStatus(request.deploymentId, status)) {
        dialog->showProblem(tr("A status for this deployment is being posted already. Wait "
                               "for it, then try again."));
        return;
    }
    dialog->setBusy(true);
    m_statusDialogs.insert(request.deploymentId, dialog);
}

NewDeploymentDialog *MainWindow::openNewDeploymentDialog()
{
    if (!m_session || !m_hasRepository)
        return nullptr;
    auto dialog = new NewDeploymentDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRepositoryName(m_repository.fullName());
    dialog->setKnownEnvironments(knownEnvironments());
    const QString environment = m_environmentFilterBox->currentData().toString();
    if (!environment.isEmpty())
        dialog->setEnvironment(environment);
    connect(dialog, &NewDeploymentDialog::deploymentRequested, this,
            [this, dialog](const NewDeploymentDialog::Request &request) {
                submitDeployment(dialog, request);
            });
    dialog->open();
    return dialog;
}

void MainWindow::submitDeployment(NewDeploymentDialog *dialog,
                                  const NewDeploymentDialog::Request &request)
{
    if (!m_session || !m_store)
        return;
    NewDeployment deployment;
    deployment.ref = request.ref;
    deployment.task = request.task;
    deployment.environment = request.environment;
    deployment.description = request.description;
    deployment.payload = request.payload;
    deployment.autoMerge = request.autoMerge;
    deployment.requiredContexts = request.requiredContexts;
    deployment.transientEnvironment = request.transientEnvironment;
    deployment.productionEnvironment = request.productionEnvironment;
    dialog->setBusy(true);
    DeploymentRequest *call = m_session->client()->createDeployment(m_repository, deployment);
    QPointer<NewDeploymentDialog> guard = dialog;
    QPointer<DeploymentStore> store = m_store;
    connect(call, &DeploymentRequest::finished, this, [this, guard, store, call, request] {
        if (call->merged()) {
            if (guard)
                guard->showMerged(call->message());
            else
                showMessage(call->message());
            return;
        }
        const Deployment created = call->deployment();
        if (store && store == m_store) {
            store->mergeDeployments({created});
            store->setStatuses(created.id, {});
        }
        showMessage(tr("Created deployment #%1 of %2 to %3.")
                        .arg(QString::number(created.id), created.ref, created.environment));
        if (guard)
            guard->accept();
        selectDeployment(created.id);
    });
    connect(call, &DeploymentRequest::failed, this, [this, guard](const GitHubError &error) {
        if (guard)
            guard->showError(error);
        else
            showMessage(error.toDisplayString(), true);
    });
}

void MainWindow::fetchUser()
{
    if (!m_session || !m_session->client()->hasToken())
        return;
    UserRequest *call = m_session->client()->currentUser();
    connect(call, &UserRequest::finished, this, [this, call] {
        m_userLogin = call->user().login;
        updateStatusBar();
    });
}

void MainWindow::updateVisibleDeployments()
{
    if (!m_session || !m_session->store())
        return;
    // The rows the table shows, then the bars the timeline shows: their statuses are fetched
    // first.
    QList<qint64> ids;
    QSet<qint64> seen;
    const auto add = [&](const QModelIndex &index) {
        const qint64 id = index.data(DeploymentRoles::IdRole).toLongLong();
        if (id != 0 && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    const int rows = m_proxy->rowCount();
    const QRect tableArea = m_table->viewport()->rect();
    if (m_table->isVisible() && !tableArea.isEmpty() && rows > 0) {
        const int first = m_table->indexAt(tableArea.topLeft()).row();
        int last = m_table->indexAt(QPoint(0, tableArea.bottom())).row();
        if (last < 0)
            last = rows - 1; // the rows end above the bottom of the viewport
        for (int row = std::max(0, first); first >= 0 && row <= last; ++row)
            add(m_proxy->index(row, 0));
    }
    const QRect timelineArea = m_timeline->viewport()->rect();
    if (m_timeline->isVisible() && !timelineArea.isEmpty()) {
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (m_timeline->visualRect(index).intersects(timelineArea))
                add(index);
        }
    }
    if (ids == m_visibleIds)
        return;
    m_visibleIds = ids;
    m_session->setVisibleDeployments(ids);
}

void MainWindow::copySelectedSha()
{
    const QModelIndex index = sourceIndexOf(selectedDeploymentIds().value(0));
    const QString sha = index.data(DeploymentRoles::ShaRole).toString();
    if (sha.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(sha);
    showMessage(tr("Copied %1").arg(sha));
}

void MainWindow::copySelectedUrl()
{
    const QModelIndex index = sourceIndexOf(selectedDeploymentIds().value(0));
    const QUrl url = index.data(DeploymentRoles::UrlRole).toUrl();
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url.toString());
    showMessage(tr("Copied %1").arg(url.toDisplayString()));
}

// --- status bar -----------------------------------------------------------------------------

void MainWindow::updateLoading()
{
    const bool writing = m_bulkTotal > 1;
    const bool loading = m_store && m_store->loadState() == DeploymentStore::LoadState::Loading;
    if (!writing && !loading) {
        m_progressDelay->stop();
        m_progress->hide();
        return;
    }
    if (writing) {
        m_progress->setRange(0, m_bulkTotal);
        m_progress->setValue(m_bulkDone);
        m_progress->setFormat(
            tr("Writing %1 of %2")
                .arg(QLocale().toString(m_bulkDone + 1), QLocale().toString(m_bulkTotal)));
        m_progress->setTextVisible(true);
        m_progress->show();
        return;
    }
    // The spinner only appears when loading takes longer than a moment.
    if (!m_progress->isVisible() && !m_progressDelay->isActive()) {
        m_progressDelay->start();
        return;
    }
    if (m_progressDelay->isActive())
        return;
    const int total = m_store->count();
    m_progress->setRange(0, std::max(total, 1) * (total ? 1 : 0));
    m_progress->setValue(m_store->loadedStatusCount());
    m_progress->setFormat(
        tr("Loading %1/%2")
            .arg(QLocale().toString(m_store->loadedStatusCount()), QLocale().toString(total)));
    m_progress->setTextVisible(total > 0);
    m_progress->show();
}

void MainWindow::updateStatusBar()
{
    const QLocale locale;
    m_hostLabel->setText(m_demo ? tr("Demo (built-in emulator)") : m_apiDescription);
    m_hostLabel->setVisible(!m_hostLabel->text().isEmpty());

    QString user;
    if (m_session) {
        const QString login = m_userLogin;
        user = login.isEmpty() ? (m_session->client()->hasToken() ? QString() : tr("Not signed in"))
                               : tr("Signed in as %1").arg(login);
    }
    m_userLabel->setText(user);
    m_userLabel->setVisible(!user.isEmpty());

    QString rate;
    QString wait;
    if (m_session) {
        const GitHubClient *client = m_session->client();
        const RateLimitInfo info = client->rateLimitInfo();
        if (info.isValid()) {
            rate = tr("API: %1 of %2 left, resets %3")
                       .arg(locale.toString(info.remaining), locale.toString(info.limit),
                            locale.toString(info.reset.toLocalTime().time(), QLocale::ShortFormat));
        }
        const QString until =
            locale.toString(client->waitingUntil().toLocalTime().time(), QLocale::ShortFormat);
        switch (client->waitReason()) {
        case GitHubClient::WaitReason::None:
            break;
        case GitHubClient::WaitReason::RateLimit:
            wait = tr("Waiting for GitHub's rate limit to reset at %1").arg(until);
            break;
        case GitHubClient::WaitReason::SecondaryRateLimit:
            wait = tr("GitHub asked to slow down; continuing at %1").arg(until);
            break;
        case GitHubClient::WaitReason::Retry:
            wait = tr("A request failed; trying again at %1").arg(until);
            break;
        }
    }
    m_rateLabel->setText(rate);
    m_rateLabel->setVisible(!rate.isEmpty());
    m_waitLabel->setText(wait);

    QString refreshed;
    if (m_lastRefresh.isValid()) {
        const QString ago = TimeFormat::relative(m_lastRefresh, QDateTime::currentDateTimeUtc());
        //: Status bar; %1 is "5 minutes ago" or "just now"
        refreshed = m_autoRefreshAction->isChecked() ? tr("Updated %1").arg(ago)
                                                     : tr("Updated %1 (auto-refresh off)").arg(ago);
    }
    m_refreshLabel->setText(refreshed);
    m_refreshLabel->setToolTip(m_lastRefresh.isValid() ? TimeFormat::absolute(m_lastRefresh)
                                                       : QString());
    m_refreshLabel->setVisible(!refreshed.isEmpty());
}

// --- settings -------------------------------------------------------------------------------

RepositoryId MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(Keys::geometry)).toByteArray());
    restoreState(settings.value(QLatin1String(Keys::windowState)).toByteArray());
    m_mainSplitter->restoreState(settings.value(QLatin1String(Keys::mainSplitter)).toByteArray());
    m_centreSplitter->restoreState(
        settings.value(QLatin1String(Keys::centreSplitter)).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QLatin1String(Keys::tableHeader)).toByteArray());
    m_recentRepositories = settings.value(QLatin1String(Keys::recent)).toStringList();
    updateRecentRepositories();

    {
        const QSignalBlocker blocker(m_filterEdit);
        m_filterEdit->setText(settings.value(QLatin1String(Keys::textFilter)).toString());
    }
    QList<StatusState> states;
    const QStringList codes = settings.value(QLatin1String(Keys::stateFilter)).toStringList();
    for (const QString &code : codes) {
        if (const auto state = stateFromCode(code))
            states.append(*state);
    }
    for (QAction *action : std::as_const(m_stateFilterActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(states.contains(action->data().value<StatusState>()));
    }
    setEnvironmentFilter(settings.value(QLatin1String(Keys::environmentFilter)).toString());
    m_autoRefreshAction->setChecked(
        settings.value(QLatin1String(Keys::autoRefresh), true).toBool());
    fitTableColumns(); // a header saved in another language may be too narrow for this one

    const auto last = RepositoryId::parse(settings.value(QLatin1String(Keys::last)).toString());
    return last.value_or(RepositoryId());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(Keys::geometry), saveGeometry());
    settings.setValue(QLatin1String(Keys::windowState), saveState());
    settings.setValue(QLatin1String(Keys::mainSplitter), m_mainSplitter->saveState());
    settings.setValue(QLatin1String(Keys::centreSplitter), m_centreSplitter->saveState());
    settings.setValue(QLatin1String(Keys::tableHeader), m_table->horizontalHeader()->saveState());
    // The demo's repositories are not the user's: theirs stay as they were.
    if (!m_demo)
        settings.setValue(QLatin1String(Keys::recent), m_recentRepositories);
    settings.setValue(QLatin1String(Keys::textFilter), m_filterEdit->text());
    settings.setValue(QLatin1String(Keys::environmentFilter),
                      m_environmentFilterBox->currentData().toString());
    QStringList states;
    for (StatusState state : stateFilter())
        states.append(stateCode(state));
    settings.setValue(QLatin1String(Keys::stateFilter), states);
    settings.setValue(QLatin1String(Keys::autoRefresh), m_autoRefreshAction->isChecked());
    if (m_hasRepository && !m_demo)
        settings.setValue(QLatin1String(Keys::last), m_repository.fullName());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
