#include "mainwindow.h"

#include "deploymentactions.h"
#include "sessionstatusbar.h"
#include "writedialogs.h"

#include "views/deploymenttable.h"
#include "views/detailspane.h"
#include "views/environmentdelegate.h"
#include "views/filterbar.h"
#include "views/messagebanner.h"
#include "views/selectionkeeper.h"
#include "views/timelinelegend.h"
#include "views/timelineview.h"

#include "models/deploymentfilterproxy.h"
#include "models/deploymentmodel.h"
#include "models/deploymentroles.h"
#include "models/deploymentstore.h"
#include "models/environmentmodel.h"
#include "models/githubclient.h"
#include "models/githubrequest.h"
#include "models/repositorysession.h"
#include "models/statusmarker.h"
#include "models/statusmodel.h"
#include "models/uilanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
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
const char showLegend[] = "view/legend";
const char confirmMarkInactive[] = "confirm/skipMarkInactive";
} // namespace Keys

constexpr int maxRecentRepositories = 10;

enum Page { WelcomePageIndex, DashboardPageIndex };

} // namespace

MainWindow::MainWindow(RepositorySession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("MainWindow"));

    m_deploymentModel = new DeploymentModel(this);
    m_proxy = new DeploymentFilterProxy(this);
    m_proxy->setSourceModel(m_deploymentModel);
    m_proxy->setSortRole(DeploymentFilterProxy::sortRoleForColumn(DeploymentRoles::CreatedColumn));
    // Before any view gets the proxy: it must see a removal before the selection model does.
    m_keeper = new SelectionKeeper(m_proxy, this);
    m_environmentModel = new EnvironmentModel(this);
    m_statusModel = new StatusModel(this);
    m_actions = new DeploymentActions(session, this, this);
    m_dialogs = new WriteDialogs(session, this, this);

    createActions();
    createToolBar();
    createCentralWidgets();
    createMenus();
    m_statusBar = new SessionStatusBar(session, statusBar(), m_actions->stopWritingAction(), this);

    connect(m_actions, &DeploymentActions::message, this, &MainWindow::showMessage);
    connect(m_actions, &DeploymentActions::writeProgress, m_statusBar,
            &SessionStatusBar::setWriteProgress);
    connect(m_actions, &DeploymentActions::newStatusRequested, this,
            [this] { openCreateStatusDialog(); });
    connect(m_actions, &DeploymentActions::newDeploymentRequested, this,
            [this] { openNewDeploymentDialog(); });
    connect(m_dialogs, &WriteDialogs::message, this, &MainWindow::showMessage);
    connect(m_dialogs, &WriteDialogs::deploymentCreated, this, &MainWindow::selectDeployment);

    m_minuteTimer = new QTimer(this);
    m_minuteTimer->setInterval(30 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, [this] {
        m_deploymentModel->refreshRelativeTimes();
        m_environmentList->viewport()->update();
        m_details->refresh();
        m_statusBar->update();
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
        connect(m_session, &RepositorySession::storeChanged, this, &MainWindow::setStore);
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
        if (m_statusBar)
            m_statusBar->setAutoRefreshOn(on);
    });

    m_findAction = make("findAction");
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] { m_filterBar->focusText(); });
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
    m_showLegendAction = make("showLegendAction");
    m_showLegendAction->setCheckable(true);
    m_showLegendAction->setChecked(true);

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

    // The window-wide actions work wherever the focus is; Delete and Copy only in the views
    // (a text field keeps its own).
    addActions({m_addRepositoryAction, m_refreshAction, m_findAction, m_quitAction,
                m_actions->newDeploymentAction(), m_actions->newStatusAction(),
                m_actions->markInactiveAction()});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_addRepositoryAction);
    m_fileMenu->addAction(m_openDemoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_refreshAction, m_autoRefreshAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_zoomInAction, m_zoomOutAction, m_zoomFitAction, m_scrollToNowAction});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_showEnvironmentsAction, m_showDetailsAction, m_showLegendAction});

    m_deploymentMenu = menuBar()->addMenu(QString());
    m_deploymentMenu->addActions({m_actions->newDeploymentAction(), m_actions->newStatusAction()});
    m_deploymentMenu->addSeparator();
    m_deploymentMenu->addActions({m_actions->markInactiveAction(), m_actions->deleteAction(),
                                  m_actions->markInactiveAndDeleteAction()});
    m_deploymentMenu->addSeparator();
    m_deploymentMenu->addActions({m_actions->copyShaAction(), m_actions->copyUrlAction()});

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
    m_repositoryLabel->setContentsMargins(4, 0, 4, 0);
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
    toolBar->addAction(m_actions->newDeploymentAction());
    toolBar->addAction(m_actions->newStatusAction());
    toolBar->addAction(m_actions->markInactiveAction());
    toolBar->addAction(m_actions->deleteAction());
}

void MainWindow::createCentralWidgets()
{
    m_welcomePage = new WelcomePage;
    connect(m_welcomePage, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_welcomePage, &WelcomePage::addRepositoryRequested, this, &MainWindow::addRepository);

    // Environments: a click selects the environment's live deployment in the timeline and the
    // table; filtering by environment is the filter bar's.
    m_environmentsCaption = new QLabel;
    m_environmentsCaption->setContentsMargins(4, 4, 4, 0);
    QFont captionFont = m_environmentsCaption->font();
    captionFont.setBold(true);
    m_environmentsCaption->setFont(captionFont);
    m_environmentList = new QListView;
    m_environmentList->setObjectName(QStringLiteral("environmentList"));
    m_environmentList->setItemDelegate(new EnvironmentDelegate(m_environmentList));
    m_environmentList->setModel(m_environmentModel);
    m_environmentList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_environmentList->setUniformItemSizes(true);
    m_environmentList->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    connect(m_environmentList, &QListView::clicked, this, &MainWindow::onEnvironmentClicked);
    connect(m_environmentList, &QListView::activated, this, &MainWindow::onEnvironmentClicked);
    auto environmentsPanel = new QWidget;
    auto environmentsLayout = new QVBoxLayout(environmentsPanel);
    environmentsLayout->setContentsMargins(0, 0, 0, 0);
    environmentsLayout->setSpacing(2);
    environmentsLayout->addWidget(m_environmentsCaption);
    environmentsLayout->addWidget(m_environmentList);

    m_table = new DeploymentTable;
    m_table->setModel(m_proxy);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        showDeploymentMenu(m_table->indexAt(pos), m_table->viewport()->mapToGlobal(pos));
    });
    const QList<QAction *> viewActions = {m_actions->deleteAction(), m_actions->copyShaAction()};
    m_table->addActions(viewActions);

    m_timeline = new TimelineView;
    m_timeline->setObjectName(QStringLiteral("timelineView"));
    m_timeline->setModel(m_proxy);
    // Lanes in the environment model's order, production first: one rule for both.
    m_timeline->setEnvironmentModel(m_environmentModel);
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
    m_keeper->setSelectionModel(m_table->selectionModel());
    connect(m_keeper, &SelectionKeeper::selectionMoved, this, &MainWindow::scrollToSelection);
    m_timeline->addActions(viewActions);
    connect(m_timeline, &TimelineView::contextMenuRequested, this, &MainWindow::showDeploymentMenu);
    connect(m_zoomInAction, &QAction::triggered, m_timeline, &TimelineView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_timeline, &TimelineView::zoomOut);
    connect(m_zoomFitAction, &QAction::triggered, m_timeline, &TimelineView::zoomToFit);
    connect(m_scrollToNowAction, &QAction::triggered, m_timeline, &TimelineView::scrollToNow);
    m_legend = new TimelineLegend;
    connect(m_showLegendAction, &QAction::toggled, m_legend, &QWidget::setVisible);

    // The newest deployment is selected as soon as there is one, so the details pane shows
    // something useful from the start (and again after a repository switch).
    const auto selectFirstIfNone = [this] {
        QItemSelectionModel *selection = m_table->selectionModel();
        if (!selection->hasSelection() && !selection->currentIndex().isValid() &&
            m_proxy->rowCount() > 0) {
            selection->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        }
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, selectFirstIfNone);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, selectFirstIfNone);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    // A removal changes the rows without a selectionChanged(): the pane follows anyway.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onSelectionChanged);

    m_emptyListLabel = new QLabel(m_table->viewport());
    m_emptyListLabel->setAlignment(Qt::AlignCenter);
    m_emptyListLabel->setWordWrap(true);
    m_emptyListLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyListLabel->hide();

    auto timelinePanel = new QWidget;
    auto timelineLayout = new QVBoxLayout(timelinePanel);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(2);
    timelineLayout->addWidget(m_timeline, 1);
    timelineLayout->addWidget(m_legend);
    m_centreSplitter = new QSplitter(Qt::Vertical);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_centreSplitter->addWidget(timelinePanel);
    m_centreSplitter->addWidget(m_table);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 2);
    m_centreSplitter->setChildrenCollapsible(false);

    const int charWidth = fontMetrics().averageCharWidth();
    m_details = new DetailsPane;
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setStatusModel(m_statusModel);
    m_details->setMinimumWidth(charWidth * 40);
    // The pane acts on what it shows, which is the selection.
    connect(m_details, &DetailsPane::markInactiveRequested, m_actions,
            &DeploymentActions::markInactive);
    connect(m_details, &DetailsPane::deleteRequested, m_actions, &DeploymentActions::remove);
    connect(m_details, &DetailsPane::newStatusRequested, this,
            [this] { openCreateStatusDialog(); });
    connect(m_details, &DetailsPane::shaCopied, this,
            [this](const QString &sha) { showMessage(tr("Copied %1").arg(sha)); });
    connect(m_details, &DetailsPane::urlCopied, this,
            [this](const QUrl &url) { showMessage(tr("Copied %1").arg(url.toDisplayString())); });

    m_filterBar = new FilterBar;
    connect(m_filterBar, &FilterBar::filtersChanged, this, &MainWindow::applyFilters);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(environmentsPanel);
    auto centrePanel = new QWidget;
    auto centreLayout = new QVBoxLayout(centrePanel);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(2);
    centreLayout->addWidget(m_filterBar);
    centreLayout->addWidget(m_centreSplitter, 1);
    m_mainSplitter->addWidget(centrePanel);
    m_mainSplitter->addWidget(m_details);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 0);
    m_mainSplitter->setSizes({charWidth * 40, charWidth * 116, charWidth * 56});
    connect(m_showEnvironmentsAction, &QAction::toggled, environmentsPanel, &QWidget::setVisible);
    connect(m_showDetailsAction, &QAction::toggled, m_details, &QWidget::setVisible);

    // Results of writes and errors stay until the next one or until closed; data already
    // shown stays on screen.
    m_banner = new MessageBanner;

    m_dashboard = new QWidget;
    auto dashboardLayout = new QVBoxLayout(m_dashboard);
    dashboardLayout->setContentsMargins(4, 4, 4, 0);
    dashboardLayout->setSpacing(4);
    dashboardLayout->addWidget(m_banner);
    dashboardLayout->addWidget(m_mainSplitter, 1);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_dashboard);
    setCentralWidget(m_pages);
}

// --- language -------------------------------------------------------------------------------

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange && m_actions) {
        m_actions->updateIcons(palette());
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
    m_showLegendAction->setText(tr("Show Timeline &Legend"));
    m_resetConfirmationsAction->setText(tr("Ask Again Before Marking Inactive"));
    m_aboutAction->setText(tr("&About DeployDeck"));
    for (QAction *action : std::as_const(m_languageActions))
        action->setText(UiLanguage::nativeName(UiLanguage::Choice(action->data().toInt())));
    m_actions->retranslate();

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_deploymentMenu->setTitle(tr("&Deployment"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_repositoryLabel->setText(tr("Repository:"));
    m_filterBar->textEdit()->setToolTip(
        tr("Filter (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_environmentsCaption->setText(tr("Environments"));
    m_environmentList->setToolTip(
        tr("Click an environment to select its live deployment in the timeline and the table"));
    m_emptyListLabel->setText(tr("No deployment matches the filters."));

    updateRecentRepositories();
    if (m_hasRepository)
        m_pages->setCurrentIndex(DashboardPageIndex);
    updateWindowActions();
    if (m_statusBar)
        m_statusBar->update();
}

// --- pages and repository -------------------------------------------------------------------

void MainWindow::showWelcome(Welcome welcome)
{
    m_welcome = welcome;
    m_welcomePage->setSituation(welcome,
                                !m_demo && !(m_session && m_session->client()->hasToken()));
    if (!m_hasRepository)
        m_pages->setCurrentIndex(WelcomePageIndex);
}

void MainWindow::setApiDescription(const QString &description)
{
    m_statusBar->setApiDescription(description);
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
    m_statusBar->setDemo(demo);
}

void MainWindow::openRepository(const RepositoryId &repository)
{
    if (!repository.isValid())
        return;
    m_repository = repository;
    m_hasRepository = true;
    for (int i = int(m_recentRepositories.size()) - 1; i >= 0; --i) {
        if (RepositoryId::parse(m_recentRepositories.at(i)) == std::optional(repository))
            m_recentRepositories.removeAt(i);
    }
    m_recentRepositories.prepend(repository.fullName());
    while (m_recentRepositories.size() > maxRecentRepositories)
        m_recentRepositories.removeLast();
    m_pages->setCurrentIndex(DashboardPageIndex);
    m_banner->clear();
    if (m_session) {
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
    onSelectionChanged();
    if (store) {
        connect(store, &DeploymentStore::environmentsChanged, this,
                &MainWindow::updateEnvironments);
        connect(store, &DeploymentStore::deploymentsInserted, this,
                &MainWindow::updateEmptyListLabel);
        connect(store, &DeploymentStore::errorOccurred, this,
                [this](const QString &message) { showMessage(message, true); });
    }
    updateEnvironments();
    updateWindowActions();
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

// --- filters and environments ---------------------------------------------------------------

QList<StatusState> MainWindow::stateFilter() const
{
    return m_filterBar->states();
}

void MainWindow::setStateFilter(const QList<StatusState> &states)
{
    m_filterBar->setStates(states);
    applyFilters();
}

void MainWindow::setEnvironmentFilter(const QString &environment)
{
    m_filterBar->setEnvironment(environment);
    applyFilters();
}

void MainWindow::applyFilters()
{
    const QString environment = m_filterBar->environment();
    m_proxy->setEnvironmentFilter(environment.isEmpty() ? QStringList() : QStringList{environment});
    m_proxy->setStateFilter(m_filterBar->states());
    m_proxy->setTextFilter(m_filterBar->text());
    updateEmptyListLabel();
}

void MainWindow::updateEmptyListLabel()
{
    m_emptyListLabel->setVisible(m_proxy->rowCount() == 0 && m_store && m_store->count() > 0);
    m_emptyListLabel->resize(m_table->viewport()->size());
}

void MainWindow::updateEnvironments()
{
    const QStringList names = knownEnvironments();
    m_filterBar->setEnvironments(names);
    m_dialogs->setKnownEnvironments(names);
}

QStringList MainWindow::knownEnvironments() const
{
    QStringList names;
    for (int row = 0; row < m_environmentModel->rowCount(); ++row)
        names.append(m_environmentModel->index(row).data(EnvironmentRoles::NameRole).toString());
    return names;
}

void MainWindow::onEnvironmentClicked(const QModelIndex &index)
{
    qint64 id = index.data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong();
    if (!id)
        id = index.data(EnvironmentRoles::LatestDeploymentIdRole).toLongLong();
    if (!id)
        return;
    QModelIndex row = m_proxy->mapFromSource(m_deploymentModel->indexOf(id));
    if (!row.isValid() && !m_filterBar->environment().isEmpty()) {
        // Hidden by the environment filter: show every environment again.
        m_filterBar->setEnvironment(QString());
        applyFilters();
        row = m_proxy->mapFromSource(m_deploymentModel->indexOf(id));
    }
    if (!row.isValid()) {
        showMessage(tr("The live deployment of %1 is hidden by the filters.")
                        .arg(index.data(EnvironmentRoles::NameRole).toString()));
        return;
    }
    selectDeployment(id);
}

// --- selection ------------------------------------------------------------------------------

QTableView *MainWindow::tableView() const
{
    return m_table;
}

QList<qint64> MainWindow::selectedDeploymentIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(DeploymentRoles::IdRole).toLongLong());
    return ids;
}

void MainWindow::selectDeployment(qint64 deploymentId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_deploymentModel->indexOf(deploymentId));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    scrollToSelection(index);
}

void MainWindow::scrollToSelection(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_table->scrollTo(index);
    m_timeline->scrollTo(index);
}

void MainWindow::onSelectionChanged()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    m_details->setSelection(rows);
    m_statusModel->setDeploymentId(
        rows.size() == 1 ? rows.first().data(DeploymentRoles::IdRole).toLongLong() : 0);
    m_actions->setSelection(selectedDeploymentIds());
    // The environment list marks the environment of a single selection.
    const QString environment = rows.size() == 1
                                    ? rows.first().data(DeploymentRoles::EnvironmentRole).toString()
                                    : QString();
    const int envRow = environment.isEmpty() ? -1 : m_environmentModel->rowOf(environment);
    if (envRow >= 0)
        m_environmentList->setCurrentIndex(m_environmentModel->index(envRow));
    else
        m_environmentList->clearSelection();
    updateWindowActions();
}

void MainWindow::updateWindowActions()
{
    const bool open = m_session && m_hasRepository;
    m_refreshAction->setEnabled(open);
    for (QAction *action : {m_zoomInAction, m_zoomOutAction, m_zoomFitAction, m_scrollToNowAction})
        action->setEnabled(m_hasRepository);
    m_details->setActionsEnabled(open);
}

// --- context menu ---------------------------------------------------------------------------

QMenu *MainWindow::createDeploymentMenu(QWidget *parent)
{
    auto menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("deploymentMenu"));
    menu->addAction(m_actions->newStatusAction());
    menu->addAction(m_actions->markInactiveAction());
    menu->addSeparator();
    if (m_actions->deleteAction()->isEnabled())
        menu->addAction(m_actions->deleteAction());
    else
        menu->addAction(m_actions->markInactiveAndDeleteAction());
    menu->addSeparator();
    menu->addAction(m_actions->copyShaAction());
    menu->addAction(m_actions->copyUrlAction());
    return menu;
}

void MainWindow::showDeploymentMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    // A right-click on a row outside the selection selects it first: the menu acts on what is
    // highlighted.
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!selection->isRowSelected(index.row(), index.parent()))
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu *menu = createDeploymentMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

// --- writes and messages --------------------------------------------------------------------

void MainWindow::setConfirmationProvider(ConfirmationProvider provider)
{
    m_actions->setConfirmationProvider(std::move(provider));
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_banner->showMessage(text, error);
}

CreateStatusDialog *MainWindow::openCreateStatusDialog(StatusState state)
{
    const QList<qint64> ids = selectedDeploymentIds();
    if (ids.size() != 1)
        return nullptr;
    return m_dialogs->openCreateStatus(ids.first(), state);
}

NewDeploymentDialog *MainWindow::openNewDeploymentDialog()
{
    if (!m_session || !m_hasRepository)
        return nullptr;
    return m_dialogs->openNewDeployment(m_filterBar->environment());
}

void MainWindow::fetchUser()
{
    if (!m_session || !m_session->client()->hasToken())
        return;
    UserRequest *call = m_session->client()->currentUser();
    connect(call, &UserRequest::finished, this,
            [this, call] { m_statusBar->setUserLogin(call->user().login); });
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

// --- accessors for tests --------------------------------------------------------------------

QLineEdit *MainWindow::filterEdit() const
{
    return m_filterBar->textEdit();
}
QComboBox *MainWindow::environmentFilterBox() const
{
    return m_filterBar->environmentBox();
}
QPushButton *MainWindow::stateFilterButton() const
{
    return m_filterBar->stateButton();
}
QAction *MainWindow::markInactiveAction() const
{
    return m_actions->markInactiveAction();
}
QAction *MainWindow::deleteAction() const
{
    return m_actions->deleteAction();
}
QAction *MainWindow::markInactiveAndDeleteAction() const
{
    return m_actions->markInactiveAndDeleteAction();
}
QAction *MainWindow::newStatusAction() const
{
    return m_actions->newStatusAction();
}
QAction *MainWindow::newDeploymentAction() const
{
    return m_actions->newDeploymentAction();
}
QLabel *MainWindow::messageLabel() const
{
    return m_banner->label();
}
QPushButton *MainWindow::demoButton() const
{
    return m_welcomePage->demoButton();
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
        const QSignalBlocker blocker(m_filterBar);
        m_filterBar->setText(settings.value(QLatin1String(Keys::textFilter)).toString());
        QList<StatusState> states;
        const QStringList codes = settings.value(QLatin1String(Keys::stateFilter)).toStringList();
        for (const QString &code : codes) {
            if (const auto state = FilterBar::stateFromCode(code))
                states.append(*state);
        }
        m_filterBar->setStates(states);
        m_filterBar->setEnvironment(
            settings.value(QLatin1String(Keys::environmentFilter)).toString());
    }
    applyFilters();
    m_autoRefreshAction->setChecked(
        settings.value(QLatin1String(Keys::autoRefresh), true).toBool());
    m_showLegendAction->setChecked(settings.value(QLatin1String(Keys::showLegend), true).toBool());
    m_table->fitColumns(); // a header saved in another language may be too narrow for this one

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
    settings.setValue(QLatin1String(Keys::textFilter), m_filterBar->textEdit()->text());
    settings.setValue(QLatin1String(Keys::environmentFilter), m_filterBar->environment());
    QStringList states;
    for (StatusState state : m_filterBar->states())
        states.append(FilterBar::stateCode(state));
    settings.setValue(QLatin1String(Keys::stateFilter), states);
    settings.setValue(QLatin1String(Keys::autoRefresh), m_autoRefreshAction->isChecked());
    settings.setValue(QLatin1String(Keys::showLegend), m_showLegendAction->isChecked());
    if (m_hasRepository && !m_demo)
        settings.setValue(QLatin1String(Keys::last), m_repository.fullName());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
