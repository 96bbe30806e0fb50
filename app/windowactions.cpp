#include "windowactions.h"

#include "models/uilanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QWidget>

WindowActions::WindowActions(QWidget *window)
    : QObject(window)
{
    const auto make = [this, window](const char *name,
                                     QStyle::StandardPixmap icon = QStyle::SP_CustomBase) {
        auto action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(window->style()->standardIcon(icon));
        return action;
    };
    const auto checkable = [&make](const char *name) {
        QAction *action = make(name);
        action->setCheckable(true);
        action->setChecked(true);
        return action;
    };

    addRepository = make("addRepositoryAction", QStyle::SP_DirOpenIcon);
    addRepository->setShortcut(QKeySequence::Open);
    openDemo = make("openDemoAction");
    accounts = make("accountsAction");
    preferences = make("preferencesAction");
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    quit = make("quitAction");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    refresh = make("refreshAction", QStyle::SP_BrowserReload);
    refresh->setShortcut(QKeySequence::Refresh);
    // Low priority: icon only in the tool bar (text beside the others), so it fits.
    refresh->setPriority(QAction::LowPriority);
    autoRefresh = checkable("autoRefreshAction");
    overview = make("overviewAction", QStyle::SP_FileDialogListView);
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    overview->setPriority(QAction::LowPriority); // icon only in the tool bar
    watchRepository = make("watchRepositoryAction");
    watchRepository->setCheckable(true);
    find = make("findAction");
    find->setShortcut(QKeySequence::Find);
    zoomIn = make("zoomInAction");
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    zoomOut = make("zoomOutAction");
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomFit = make("zoomFitAction");
    zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    scrollToNow = make("scrollToNowAction");
    scrollToNow->setShortcut(QKeySequence(Qt::Key_Home));
    showEnvironments = checkable("showEnvironmentsAction");
    showDetails = checkable("showDetailsAction");
    showLegend = checkable("showLegendAction");
    resetConfirmations = make("resetConfirmationsAction");
    about = make("aboutAction");
    about->setMenuRole(QAction::AboutRole);

    languageGroup = new QActionGroup(this);
    languageGroup->setExclusive(true);
    for (const UiLanguage::Option &option : UiLanguage::availableChoices()) {
        auto action = new QAction(languageGroup);
        action->setObjectName(QStringLiteral("languageAction_") + option.code);
        action->setCheckable(true);
        action->setData(int(option.choice));
        action->setChecked(option.choice == UiLanguage::choice());
        connect(action, &QAction::triggered, this,
                [choice = option.choice] { UiLanguage::apply(choice); });
    }
    connect(UiLanguage::instance(), &UiLanguage::changed, this, [this] {
        for (QAction *action : languageGroup->actions())
            action->setChecked(action->data().toInt() == int(UiLanguage::choice()));
    });
}

void WindowActions::fillMenuBar(QMenuBar *menuBar, const QList<QAction *> &deploymentActions)
{
    m_fileMenu = menuBar->addMenu(QString());
    m_fileMenu->addActions({addRepository, watchRepository, openDemo, accounts});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_viewMenu = menuBar->addMenu(QString());
    m_viewMenu->addAction(overview);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({refresh, autoRefresh});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(find);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({zoomIn, zoomOut, zoomFit, scrollToNow});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({showEnvironments, showDetails, showLegend});

    m_deploymentMenu = menuBar->addMenu(QString());
    for (QAction *action : deploymentActions) {
        if (action)
            m_deploymentMenu->addAction(action);
        else
            m_deploymentMenu->addSeparator();
    }

    m_settingsMenu = menuBar->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(languageGroup->actions());
    m_settingsMenu->addAction(resetConfirmations);
    m_settingsMenu->addSeparator();
    m_settingsMenu->addAction(preferences);

    m_helpMenu = menuBar->addMenu(QString());
    m_helpMenu->addAction(about);
    retranslate();
}

void WindowActions::retranslate()
{
    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File"));
        m_viewMenu->setTitle(tr("&View"));
        m_deploymentMenu->setTitle(tr("&Deployment"));
        m_settingsMenu->setTitle(tr("&Settings"));
        m_languageMenu->setTitle(tr("&Language"));
        m_helpMenu->setTitle(tr("&Help"));
    }
    addRepository->setText(tr("&Add Repository…"));
    openDemo->setText(tr("Open the &Demo"));
    accounts->setText(tr("A&ccounts…"));
    preferences->setText(tr("&Preferences…"));
    quit->setText(tr("&Quit"));
    refresh->setText(tr("&Refresh"));
    refresh->setToolTip(tr("Load the latest deployments and statuses (%1)")
                            .arg(refresh->shortcut().toString(QKeySequence::NativeText)));
    autoRefresh->setText(tr("Auto-&refresh"));
    overview->setText(tr("&Overview"));
    overview->setToolTip(tr("Every watched repository's environments on one board (%1)")
                             .arg(overview->shortcut().toString(QKeySequence::NativeText)));
    watchRepository->setText(tr("&Watch on the Overview"));
    autoRefresh->setToolTip(tr("Check for new deployments and statuses regularly"));
    find->setText(tr("&Filter…"));
    zoomIn->setText(tr("Zoom &In"));
    zoomOut->setText(tr("Zoom &Out"));
    zoomFit->setText(tr("Zoom to &Fit"));
    scrollToNow->setText(tr("Go to &Now"));
    showEnvironments->setText(tr("Show &Environments"));
    showDetails->setText(tr("Show &Details"));
    showLegend->setText(tr("Show Timeline &Legend"));
    resetConfirmations->setText(tr("Ask Again Before Marking Inactive"));
    about->setText(tr("&About DeployDeck"));
    for (QAction *action : languageGroup->actions())
        action->setText(UiLanguage::nativeName(UiLanguage::Choice(action->data().toInt())));
}
