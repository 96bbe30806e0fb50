// (mainwindow.cpp is over 700 lines: the placement and wiring of about twenty widgets and
// the Overview's and notifications' hooks into them. The next piece to move out is the
// central widgets' construction, createCentralWidgets(), into a class of its own.)
#include "mainwindow.h"

#include "cleanupcontroller.h"
#include "deploymentactions.h"
#include "sessionstatusbar.h"
#include "visibledeployments.h"
#include "windowactions.h"
#include "windowsettings.h"
#include "writedialogs.h"

#include "views/deploymenttable.h"
#include "views/detailspane.h"
#include "views/environmentpanel.h"
#include "views/filterbar.h"
#include "views/messagebanner.h"
#include "views/repositorybox.h"
#include "views/selectionkeeper.h"
#include "views/timelinelegend.h"
#include "views/timelineview.h"

#include "models/deploymentfilterproxy.h"
#include "models/deploymentmodel.h"
#include "models/deploymentroles.h"
#include "models/deploymentstore.h"
#include "models/environmentmodel.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/statusmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

const char confirmMarkInactiveKey[] = "confirm/skipMarkInactive";

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
    m_cleanup = new CleanupController(session, this, this);

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
    connect(m_cleanup, &CleanupController::message, this, &MainWindow::showMessage);
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

    m_visible = new VisibleDeployments(session, m_proxy, m_table, m_timeline, this);
    connect(m_centreSplitter, &QSplitter::splitterMoved, m_visible, &VisibleDeployments::schedule);

    if (m_session) {
        connect(m_session, &RepositorySession::storeChanged, this, &MainWindow::setStore);
        // SAML SSO: the store's error says why; the banner also offers GitHub's page to fix it.
        connect(m_session, &RepositorySession::ssoRequired, this, [this](const QUrl &url) {
            m_banner->showMessage(
                tr("The organisation that owns %1 requires SAML single sign-on authorisation "
                   "for this token. Authorise it on GitHub, then refresh.")
                    .arg(m_session->repository().fullName()),
                true, url, tr("Authorise…"));
        });
        m_session->setAutoRefreshInterval(m_autoRefreshSeconds);
        setStore(m_session->store());
        m_statusBar->fetchUser();
    }

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
    m_ui = new WindowActions(this);
    connect(m_ui->addRepository, &QAction::triggered, this, &MainWindow::addRepository);
    connect(m_ui->openDemo, &QAction::triggered, this, &MainWindow::demoRequested);
    connect(m_ui->accounts, &QAction::triggered, this, &MainWindow::accountsRequested);
    connect(m_ui->preferences, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->refresh, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->refresh();
    });
    connect(m_ui->autoRefresh, &QAction::toggled, this, [this](bool on) {
        if (m_session)
            m_session->setAutoRefreshInterval(on ? m_autoRefreshSeconds : 0);
        if (m_statusBar)
            m_statusBar->setAutoRefreshOn(on);
    });
    connect(m_ui->find, &QAction::triggered, this, [this] { m_filterBar->focusText(); });
    connect(m_ui->overview, &QAction::triggered, this, &MainWindow::overviewRequested);
    connect(m_ui->watchRepository, &QAction::triggered, this, &MainWindow::watchToggled);
    connect(m_ui->resetConfirmations, &QAction::triggered, this, [this] {
        QSettings().remove(QLatin1String(confirmMarkInactiveKey));
        showMessage(tr("DeployDeck will ask again before marking deployments inactive."));
    });
    connect(m_ui->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About DeployDeck"),
                           tr("DeployDeck %1\nA desktop dashboard for GitHub Deployments.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    // The window-wide actions work wherever the focus is; Delete and Copy only in the views
    // (a text field keeps its own).
    addActions({m_ui->addRepository, m_ui->refresh, m_ui->find, m_ui->quit,
                m_actions->newDeploymentAction(), m_actions->newStatusAction(),
                m_actions->markInactiveAction()});
}

void MainWindow::createMenus()
{
    // The Deployment menu: DeploymentActions' actions; nullptr is a separator.
    m_ui->fillMenuBar(menuBar(),
                      {m_actions->newDeploymentAction(), m_actions->newStatusAction(), nullptr,
                       m_actions->markInactiveAction(), m_actions->deleteAction(),
                       m_actions->markInactiveAndDeleteAction(), m_cleanup->action(), nullptr,
                       m_actions->copyShaAction(), m_actions->copyUrlAction()});
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_repositoryLabel = new QLabel;
    m_repositoryLabel->setContentsMargins(4, 0, 4, 0);
    m_repositoryBox = new RepositoryBox;
    m_repositoryLabel->setBuddy(m_repositoryBox);
    connect(
        m_repositoryBox, &RepositoryBox::repositoryChosen, this,
        [this](const RepositoryId &repository) {
            if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::repositoryOpenRequested)))
                Q_EMIT repositoryOpenRequested(repository);
            else
                openRepository(repository);
        });
    connect(m_repositoryBox, &RepositoryBox::addRepositoryRequested, this,
            &MainWindow::addRepository);
    toolBar->addWidget(m_repositoryLabel);
    toolBar->addWidget(m_repositoryBox);
    toolBar->addAction(m_ui->refresh);
    toolBar->addAction(m_ui->autoRefresh);
    toolBar->addAction(m_ui->overview);
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
    connect(m_welcomePage, &WelcomePage::signInRequested, this, &MainWindow::signInRequested);
    connect(m_welcomePage, &WelcomePage::addRepositoryRequested, this, &MainWindow::addRepository);

    m_environmentPanel = new EnvironmentPanel(m_environmentModel);
    m_environmentList = m_environmentPanel->listView();
    connect(m_environmentPanel, &EnvironmentPanel::environmentActivated, this,
            &MainWindow::onEnvironmentClicked);

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
    // One selection for both views: selecting a bar selects its row and the other way round.
    m_timeline->setSelectionModel(m_table->selectionModel());
    m_keeper->setSelectionModel(m_table->selectionModel());
    // The newest deployment is selected as soon as there is one, so the details pane shows
    // something useful from the start (and again after a repository switch).
    m_keeper->setSelectsFirstRow(true);
    // ... without scrolling the timeline away from production, where it opens.
    connect(m_keeper, &SelectionKeeper::firstRowAboutToBeSelected, m_timeline,
            [this] { m_timeline->setAutoScroll(false); });
    connect(m_keeper, &SelectionKeeper::firstRowSelected, m_timeline, [this] {
        m_timeline->setAutoScroll(true);
        // A deployment asked for by the Overview wins over the newest one.
        if (m_pendingReveal)
            revealDeployment(m_pendingReveal);
    });
    // ... or it arrives with a later page.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_pendingReveal)
            revealDeployment(m_pendingReveal);
    });
    connect(m_keeper, &SelectionKeeper::selectionMoved, this, &MainWindow::scrollToSelection);
    m_timeline->addActions(viewActions);
    connect(m_timeline, &TimelineView::contextMenuRequested, this, &MainWindow::showDeploymentMenu);
    connect(m_ui->zoomIn, &QAction::triggered, m_timeline, &TimelineView::zoomIn);
    connect(m_ui->zoomOut, &QAction::triggered, m_timeline, &TimelineView::zoomOut);
    connect(m_ui->zoomFit, &QAction::triggered, m_timeline, &TimelineView::zoomToFit);
    connect(m_ui->scrollToNow, &QAction::triggered, m_timeline, &TimelineView::scrollToNow);
    m_legend = new TimelineLegend;
    connect(m_ui->showLegend, &QAction::toggled, m_legend, &QWidget::setVisible);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    // A removal changes the rows without a selectionChanged(): the pane follows anyway.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::onSelectionChanged);

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
    // No fixed minimum width: the pane's own layout says how narrow its buttons (longer in
    // Japanese) let it be.
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
    m_mainSplitter->addWidget(m_environmentPanel);
    auto centrePanel = new QWidget;
    auto centreLayout = new QVBoxLayout(centrePanel);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(2);
    centreLayout->addWidget(m_filterBar);
    centreLayout->addWidget(m_centreSplitter, 1);
    m_mainSplitter->addWidget(centrePanel);
    // The pane scrolls vertically rather than clip when the window is short (Korean and
    // Japanese details take more lines); it is never narrower than its buttons.
    auto detailsScroll = m_detailsScroll = new QScrollArea;
    detailsScroll->setObjectName(QStringLiteral("detailsScrollArea"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_mainSplitter->addWidget(detailsScroll);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 0);
    m_mainSplitter->setSizes({charWidth * 44, charWidth * 110, charWidth * 60});
    connect(m_ui->showEnvironments, &QAction::toggled, m_environmentPanel, &QWidget::setVisible);
    connect(m_ui->showDetails, &QAction::toggled, detailsScroll, &QWidget::setVisible);

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
    m_ui->retranslate();
    m_actions->retranslate();

    m_repositoryLabel->setText(tr("Repository:"));
    m_filterBar->textEdit()->setToolTip(
        tr("Filter (%1)").arg(m_ui->find->shortcut().toString(QKeySequence::NativeText)));
    m_table->setPlaceholderText(tr("No deployment matches the filters."));
    // The details pane's buttons are as wide as the language makes them (once the pane has
    // retranslated too: the order children hear of a language change is not defined).
    QTimer::singleShot(0, this, [this] {
        m_detailsScroll->setMinimumWidth(m_details->minimumSizeHint().width() +
                                         m_detailsScroll->verticalScrollBar()->sizeHint().width());
    });

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
        m_session->setAutoRefreshInterval(m_ui->autoRefresh->isChecked() ? m_autoRefreshSeconds
                                                                         : 0);
}

void MainWindow::setDemoMode(bool demo, const QStringList &repositories)
{
    m_repositoryBox->setDemoRepositories(demo, repositories);
    m_demo = demo;
    m_welcome = Welcome::NoRepository;
    m_ui->openDemo->setVisible(!demo);
    m_statusBar->setDemo(demo);
}

void MainWindow::openRepository(const RepositoryId &repository)
{
    if (!repository.isValid())
        return;
    m_repository = repository;
    m_hasRepository = true;
    m_repositoryBox->setCurrentRepository(repository);
    setReadOnly(false);
    m_pages->setCurrentIndex(DashboardPageIndex);
    m_banner->clear();
    if (m_session) {
        m_statusBar->fetchUser();
        m_session->setRepository(repository);
    }
    retranslateUi();
    Q_EMIT repositoryChanged(repository);
}

void MainWindow::setReadOnly(bool readOnly, const QString &reason)
{
    m_actions->setReadOnly(readOnly, reason);
    m_cleanup->action()->setVisible(!readOnly); // a cleanup only writes
    m_details->setActionsEnabled(!readOnly && m_session && m_hasRepository);
}

void MainWindow::setStore(DeploymentStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_visible->reset(); // the session forgot them with the old store
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

void MainWindow::addRepository()
{
    // The desktop app answers with its repository picker (it knows the account); a window on
    // its own (tests, screenshots) asks for owner/name.
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::addRepositoryRequested))) {
        Q_EMIT addRepositoryRequested();
        return;
    }
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
    // Only when the filters hide everything: an empty repository says so elsewhere.
    m_table->setPlaceholderShown(m_store && m_store->count() > 0);
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

void MainWindow::revealDeployment(qint64 deploymentId)
{
    m_pendingReveal = deploymentId;
    if (m_proxy->mapFromSource(m_deploymentModel->indexOf(deploymentId)).isValid()) {
        m_pendingReveal = 0;
        selectDeployment(deploymentId);
    }
}

void MainWindow::setWatched(bool watched)
{
    m_ui->watchRepository->setChecked(watched);
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
    m_environmentPanel->setCurrentRow(
        environment.isEmpty() ? -1 : m_environmentModel->rowOf(environment));
    updateWindowActions();
}

void MainWindow::updateWindowActions()
{
    const bool open = m_session && m_hasRepository;
    m_ui->refresh->setEnabled(open);
    m_ui->watchRepository->setEnabled(open);
    for (QAction *action : {m_ui->zoomIn, m_ui->zoomOut, m_ui->zoomFit, m_ui->scrollToNow})
        action->setEnabled(m_hasRepository);
    m_details->setActionsEnabled(open && !m_actions->isReadOnly());
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
    m_cleanup->setConfirmationProvider(provider);
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

// --- settings -------------------------------------------------------------------------------

RepositoryId MainWindow::restoreSettings()
{
    const RepositoryId last = WindowSettings::restore(this);
    applyFilters();
    return last;
}

void MainWindow::saveSettings() const
{
    WindowSettings::save(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
