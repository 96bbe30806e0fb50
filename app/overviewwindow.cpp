#include "overviewwindow.h"

#include "models/boardfilterproxy.h"
#include "models/boardmodel.h"
#include "models/boardsessions.h"
#include "models/pollscheduler.h"
#include "models/relativetime.h"
#include "views/boardview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

OverviewWindow::OverviewWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("OverviewWindow"));
    m_proxy = new BoardFilterProxy(this);

    m_watch = new QAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), QString(), this);
    m_watch->setObjectName(QStringLiteral("watchAction"));
    m_watch->setShortcut(QKeySequence::New);
    m_unwatch = new QAction(style()->standardIcon(QStyle::SP_DialogDiscardButton), QString(), this);
    m_unwatch->setObjectName(QStringLiteral("unwatchAction"));
    m_unwatch->setShortcut(QKeySequence::Delete);
    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_timeline = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    m_timeline->setObjectName(QStringLiteral("timelineAction"));
    connect(m_watch, &QAction::triggered, this, &OverviewWindow::watchRequested);
    connect(m_unwatch, &QAction::triggered, this, &OverviewWindow::unwatchCurrent);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_sessions)
            m_sessions->refreshAll();
    });
    connect(m_timeline, &QAction::triggered, this, &OverviewWindow::timelineRequested);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("overviewToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_timeline, m_watch, m_unwatch, m_refresh});

    // The filters, above the board.
    m_ownerLabel = new QLabel;
    m_ownerBox = new QComboBox;
    m_ownerBox->setObjectName(QStringLiteral("ownerFilter"));
    m_ownerBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ownerLabel->setBuddy(m_ownerBox);
    m_nameEdit = new QLineEdit;
    m_nameEdit->setObjectName(QStringLiteral("nameFilter"));
    m_nameEdit->setClearButtonEnabled(true);
    m_environmentEdit = new QLineEdit;
    m_environmentEdit->setObjectName(QStringLiteral("environmentFilter"));
    m_environmentEdit->setClearButtonEnabled(true);
    m_foldCheck = new QCheckBox;
    m_foldCheck->setObjectName(QStringLiteral("foldCheck"));
    m_foldCheck->setChecked(true);
    connect(m_ownerBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOwner(m_ownerBox->currentData().toString()); });
    connect(m_nameEdit, &QLineEdit::textChanged, m_proxy, &BoardFilterProxy::setNameFilter);
    connect(m_environmentEdit, &QLineEdit::textChanged, m_proxy,
            &BoardFilterProxy::setEnvironmentPattern);
    connect(m_foldCheck, &QCheckBox::toggled, this, [this](bool fold) {
        if (m_model)
            m_model->setFoldRareEnvironments(fold);
    });
    auto filters = new QHBoxLayout;
    filters->addWidget(m_ownerLabel);
    filters->addWidget(m_ownerBox);
    filters->addWidget(m_nameEdit, 1);
    filters->addWidget(m_environmentEdit, 1);
    filters->addWidget(m_foldCheck);

    m_view = new BoardView;
    m_view->setModel(m_proxy);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    connect(m_view, &BoardView::openRequested, this, &OverviewWindow::openIndex);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OverviewWindow::updateActions);

    auto boardPage = new QWidget;
    auto boardLayout = new QVBoxLayout(boardPage);
    boardLayout->setContentsMargins(6, 6, 6, 0);
    boardLayout->addLayout(filters);
    boardLayout->addWidget(m_view, 1);

    // Nothing watched yet: say what the board is and how to fill it.
    auto emptyPage = new QWidget;
    m_emptyLabel = new QLabel;
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyButton = new QPushButton;
    m_emptyButton->setObjectName(QStringLiteral("emptyWatchButton"));
    connect(m_emptyButton, &QPushButton::clicked, this, &OverviewWindow::watchRequested);
    auto emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_pages = new QStackedWidget;
    m_pages->addWidget(emptyPage);
    m_pages->addWidget(boardPage);
    setCentralWidget(m_pages);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);

    // "5 min ago" moves on.
    m_minuteTimer = new QTimer(this);
    m_minuteTimer->setInterval(30 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, [this] {
        m_view->viewport()->update();
        updateStatus();
    });
    m_minuteTimer->start();

    retranslateUi();
    updatePage();
    updateActions();
    resize(1100, 640);
}

OverviewWindow::~OverviewWindow() = default;

void OverviewWindow::setBoard(BoardModel *model, BoardSessions *sessions)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_sessions)
        disconnect(m_sessions, nullptr, this, nullptr);
    m_model = model;
    m_sessions = sessions;
    m_proxy->setSourceModel(model);
    if (model) {
        model->setFoldRareEnvironments(m_foldCheck->isChecked());
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, [this] {
                updateOwners();
                updatePage();
                updateStatus();
                updateActions();
            });
    }
    if (sessions)
        connect(sessions, &BoardSessions::stateChanged, this, &OverviewWindow::updateStatus);
    // The repository column: a long owner/name, elided beyond it.
    m_view->horizontalHeader()->resizeSection(
        0, m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);
    updateOwners();
    updatePage();
    updateStatus();
    updateActions();
}

void OverviewWindow::setCleanupAction(QAction *action)
{
    if (m_cleanup)
        m_toolBar->removeAction(m_cleanup);
    m_cleanup = action;
    if (action) {
        action->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
        m_toolBar->addSeparator();
        m_toolBar->addAction(action);
    }
    updateActions();
}

void OverviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_model)
            m_model->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void OverviewWindow::retranslateUi()
{
    setWindowTitle(tr("Overview — DeployDeck"));
    m_watch->setText(tr("&Watch Repository…"));
    m_watch->setToolTip(tr("Add a repository to the Overview"));
    m_unwatch->setText(tr("&Stop Watching"));
    m_unwatch->setToolTip(tr("Take the selected repository off the Overview (nothing changes on "
                             "GitHub)"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Check every watched repository now"));
    m_timeline->setText(tr("&Timeline"));
    m_timeline->setToolTip(tr("Back to the repository's timeline"));
    m_ownerLabel->setText(tr("&Owner:"));
    m_nameEdit->setPlaceholderText(tr("Filter repositories"));
    m_environmentEdit->setPlaceholderText(tr("Environments, e.g. prod*"));
    m_foldCheck->setText(tr("&Group rare environments"));
    m_foldCheck->setToolTip(tr("Environments only one repository has go to one \"Others\" "
                               "column"));
    m_emptyLabel->setText(tr("The Overview shows every repository you watch on one board: what "
                             "is live in each environment, failed attempts, and staging ahead "
                             "of production.\nNo repository is watched yet."));
    m_emptyButton->setText(tr("&Watch a Repository…"));
    updateOwners();
    updateStatus();
}

void OverviewWindow::updateActions()
{
    m_unwatch->setEnabled(m_view->currentIndex().isValid());
    m_refresh->setEnabled(m_sessions && m_sessions->count() > 0);
    if (m_cleanup)
        m_cleanup->setEnabled(m_sessions && m_sessions->count() > 0);
}

void OverviewWindow::updateOwners()
{
    const QString current = m_ownerBox->currentData().toString();
    QStringList owners;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString name = m_model->index(row, 0).data(BoardModel::RepositoryRole).toString();
            const QString owner = name.section(QLatin1Char('/'), 0, 0);
            if (!owners.contains(owner, Qt::CaseInsensitive))
                owners.append(owner);
        }
    }
    owners.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_ownerBox);
    m_ownerBox->clear();
    m_ownerBox->addItem(tr("All owners"), QString());
    for (const QString &owner : std::as_const(owners))
        m_ownerBox->addItem(owner, owner);
    const int index = m_ownerBox->findData(current);
    m_ownerBox->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        m_proxy->setOwner({});
}

void OverviewWindow::updateStatus()
{
    if (!m_sessions) {
        m_status->clear();
        return;
    }
    QStringList parts;
    parts << tr("%n repositories watched", nullptr, m_sessions->count());
    QDateTime checked;
    for (PollScheduler *scheduler : m_sessions->schedulers()) {
        if (!checked.isValid() || scheduler->lastCycleEnd() < checked)
            checked = scheduler->lastCycleEnd();
    }
    if (checked.isValid())
        parts
            << tr("checked %1").arg(RelativeTime::format(checked, QDateTime::currentDateTimeUtc()));
    for (PollScheduler *scheduler : m_sessions->schedulers()) {
        const QString time =
            QLocale().toString(scheduler->resumesAt().toLocalTime().time(), QLocale::ShortFormat);
        if (scheduler->pace() == PollScheduler::Pace::Paused)
            parts << tr("Paused until %1: the rate limit is nearly spent").arg(time);
        else if (scheduler->pace() == PollScheduler::Pace::Slowed)
            parts << tr("Checking less often: under a fifth of the rate limit is left");
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void OverviewWindow::updatePage()
{
    m_pages->setCurrentIndex(m_model && m_model->rowCount() > 0 ? 1 : 0);
}

void OverviewWindow::openIndex(const QModelIndex &index)
{
    if (!index.isValid() || !m_sessions)
        return;
    const QModelIndex source = m_proxy->mapToSource(index);
    const int row = source.row();
    if (row < 0 || row >= m_sessions->count())
        return;
    Q_EMIT openRequested(
        m_sessions->repository(row), source.data(BoardModel::EnvironmentRole).toString(),
        source.column() > 0 ? source.data(BoardModel::DeploymentIdRole).toLongLong() : 0);
}

void OverviewWindow::unwatchCurrent()
{
    // Only what is selected, and the selection moves to the row that takes its place.
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_sessions)
        return;
    const int row = m_proxy->mapToSource(current).row();
    const WatchedRepository watched = m_sessions->repository(row);
    const int column = current.column();
    const int proxyRow = current.row();
    m_sessions->watchList()->remove(watched.apiRoot, watched.repository);
    const int rows = m_proxy->rowCount();
    if (rows > 0) {
        const QModelIndex next = m_proxy->index(std::min(proxyRow, rows - 1), column);
        m_view->setCurrentIndex(next);
        m_view->scrollTo(next);
    }
    updateActions();
}
