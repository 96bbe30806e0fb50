#include "desktopapp.h"

#include "emulator/githubemulator.h"
#include "mainwindow.h"
#include "models/boardsessions.h"
#include "models/transitiontracker.h"
#include "notificationcontroller.h"
#include "overview.h"
#include "overviewwindow.h"
#include "signincontroller.h"

#include "models/accountstore.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/tokenkeyring.h"
#include "models/tokenresolver.h"
#include "views/repositorypicker.h"
#include "views/settingsdialog.h"

#include <QCoreApplication>
#include <QSettings>

#include <utility>

namespace {
const QString demoToken = QStringLiteral("demo-token");
const QString demoRepository = QStringLiteral("acme/storefront");
// The demo refreshes often, so the emulator's new deployments show up while one watches.
constexpr int demoAutoRefreshSeconds = 5;
// Repositories the user took off the picker's list (full names).
const char hiddenRepositoriesKey[] = "picker/hidden";

QString readOnlyReason(const RepositoryId &repository)
{
    return DesktopApp::tr("You can read %1 but not push to it, so DeployDeck cannot write "
                          "deployments or statuses there.")
        .arg(repository.fullName());
}
} // namespace

DesktopApp::DesktopApp(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_client = new GitHubClient(this);
    m_session = new RepositorySession(m_client, this);
    // A cold open reads over GraphQL (every deployment with its statuses, 100 a request);
    // polling and writes stay on REST; a host that refuses GraphQL is read over REST.
    m_session->setUseGraphQL(true);
    m_accounts = new AccountStore(this);
    m_keyring = new TokenKeyring(this);
    m_resolver = new TokenResolver(m_accounts, m_keyring, this);
    m_accountResolver = new TokenResolver(m_accounts, m_keyring, this);
    connect(m_accountResolver, &TokenResolver::resolved, this,
            &DesktopApp::onRememberedAccountResolved);
    m_signIn = new SignInController(m_accounts, m_keyring, this);
    m_overview = new Overview(m_accounts, m_keyring, this);
    connect(m_signIn, &SignInController::signedIn, this, &DesktopApp::onSignedIn);
    connect(m_signIn, &SignInController::signedOut, this, &DesktopApp::onSignedOut);
    connect(m_signIn, &SignInController::repositoryChosen, this, &DesktopApp::openChosen);
    // As from the toolbar's box: with the account the repository remembers.
    connect(m_signIn, &SignInController::recentRepositoryChosen, this,
            &DesktopApp::openWithRememberedAccount);
    connect(m_signIn, &SignInController::demoRequested, this, [this] {
        QString error;
        if (!startDemo(&error) && m_window)
            m_window->showWelcome(MainWindow::Welcome::NoToken);
    });
}

DesktopApp::~DesktopApp()
{
    if (m_repositoryList)
        m_repositoryList->cancel();
    // The window reads the session's store: it goes first.
    m_window.reset();
}

QString DesktopApp::prepare()
{
    if (m_options.demo)
        return QString();
    QString error;
    const QUrl root =
        m_options.apiUrl.isEmpty() ? GitHubClient::defaultApiRoot() : m_options.apiUrl;
    if (!m_client->setApiRoot(root, false, &error))
        return error;
    m_client->setToken(m_options.token);
    return QString();
}

void DesktopApp::start()
{
    m_window = std::make_unique<MainWindow>(m_session);
    m_window->setAutoRefreshInterval(m_options.autoRefreshSeconds > 0
                                         ? m_options.autoRefreshSeconds
                                         : SettingsDialog::storedRefreshInterval());
    const int interval = m_options.autoRefreshSeconds > 0 ? m_options.autoRefreshSeconds
                                                          : SettingsDialog::storedRefreshInterval();
    m_overview->setInterval(interval > 0 ? interval : 60);
    wireWindow();
    NotificationController::Options notifications;
    notifications.logPath = m_options.notificationLog;
    m_notifications = new NotificationController(m_session, m_client, notifications, this);
    m_notifications->setWindow(m_window.get());
    m_notifications->setRepositoryOpener(
        [this](const RepositoryId &repository) { openWithRememberedAccount(repository); });
    connect(m_notifications, &NotificationController::overviewRequested, m_overview,
            &Overview::show);
    watchBoardForNotifications();
    connect(m_overview, &Overview::boardChanged, this, &DesktopApp::watchBoardForNotifications);
    m_lastRepository = m_window->restoreSettings();
    m_signIn->repositoryModel()->setHidden(
        QSettings().value(QLatin1String(hiddenRepositoriesKey)).toStringList());
    m_window->show();

    if (m_options.demo) {
        m_tokenResolved = true;
        startDemo();
        return;
    }
    m_window->setApiDescription(m_client->apiRoot().host());
    const Account wanted = startAccount(m_lastRepository);
    if (!m_options.token.isEmpty()) {
        m_tokenResolved = true;
        useAccount(wanted, m_options.token);
        openStartRepository();
        return;
    }
    // Environment, keyring, then gh: the first that has a token for the host wins.
    connect(
        m_resolver, &TokenResolver::resolved, this,
        [this, wanted](const TokenResolver::Result &result) {
            m_tokenResolved = true;
            if (!result.ok()) {
                // First run (from the desktop menu: no environment): straight to sign-in.
                m_window->showWelcome(MainWindow::Welcome::NoToken);
                showSignIn(SignInDialog::Page::Welcome);
                Q_EMIT tokenResolved(false);
                return;
            }
            Account account = wanted;
            if (!result.login.isEmpty()) {
                account = m_accounts->find(wanted.apiRoot, result.login).value_or(account);
                account.login = result.login;
            }
            account.tokenOrigin = result.origin;
            if (useAccount(account, result.token))
                openStartRepository();
            Q_EMIT tokenResolved(true);
        },
        Qt::SingleShotConnection);
    m_resolver->resolve(wanted.apiRoot, wanted.login);
}

void DesktopApp::wireWindow()
{
    MainWindow *window = m_window.get();
    connect(window, &MainWindow::demoRequested, this, [this] {
        QString error;
        if (!startDemo(&error))
            m_window->showWelcome(MainWindow::Welcome::NoToken);
    });
    connect(window, &MainWindow::addRepositoryRequested, this, &DesktopApp::openRepositoryPicker);
    connect(window, &MainWindow::repositoryOpenRequested, this,
            &DesktopApp::openWithRememberedAccount);
    connect(window, &MainWindow::signInRequested, this,
            [this] { showSignIn(SignInDialog::Page::SignIn); });
    connect(window, &MainWindow::accountsRequested, this,
            [this] { m_signIn->openAccounts(m_window.get()); });
    connect(window, &MainWindow::settingsRequested, this, &DesktopApp::openSettings);
    // The recent list, the command line, the last repository: ask GitHub what this account
    // may do there (the picker's choice already knows).
    connect(window, &MainWindow::repositoryChanged, this, &DesktopApp::checkPermissions);
    wireOverview();
}

void DesktopApp::wireOverview()
{
    MainWindow *window = m_window.get();
    connect(window, &MainWindow::overviewRequested, m_overview, &Overview::show);
    connect(window, &MainWindow::watchToggled, this, [this](bool watch) {
        const RepositoryId repository = m_window->repository();
        if (watch)
            m_overview->watch(repository);
        else
            m_overview->unwatch(repository);
        m_window->setWatched(m_overview->isWatched(repository));
    });
    const auto syncWatched = [this] {
        if (m_window)
            m_window->setWatched(m_overview->isWatched(m_window->repository()));
    };
    connect(window, &MainWindow::repositoryChanged, this, syncWatched);
    const auto connectList = [this, syncWatched] {
        connect(m_overview->watchList(), &WatchList::added, this, syncWatched);
        connect(m_overview->watchList(), &WatchList::removed, this, syncWatched);
        syncWatched();
    };
    connect(m_overview, &Overview::boardChanged, this, connectList);
    connectList();
    connect(m_overview, &Overview::watchPickerRequested, this, &DesktopApp::openWatchPicker);
    connect(m_overview, &Overview::openRequested, this, &DesktopApp::openFromOverview);
    connect(m_overview, &Overview::timelineRequested, this, [this] {
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    });
}

void DesktopApp::watchBoardForNotifications()
{
    // Every repository the Overview polls is watched for notifications too.
    BoardSessions *sessions = m_overview->sessions();
    if (!m_notifications || !sessions)
        return;
    TransitionTracker *tracker = m_notifications->tracker();
    const auto add = [tracker, sessions](int row, DeploymentStore *store) {
        if (store)
            tracker->addStore(sessions->repository(row).repository,
                              sessions->repository(row).apiRoot, store);
    };
    for (int row = 0; row < sessions->count(); ++row)
        add(row, sessions->store(row));
    connect(sessions, &BoardSessions::storeChanged, tracker, add);
    connect(sessions, &BoardSessions::rowAboutToBeRemoved, tracker, [tracker, sessions](int row) {
        if (DeploymentStore *store = sessions->store(row))
            tracker->removeStore(store);
    });
}

void DesktopApp::openFromOverview(const WatchedRepository &watched, const QString &environment,
                                  qint64 deploymentId)
{
    Q_UNUSED(environment)
    if (watched.apiRoot == m_client->apiRoot() && !(m_window->repository() == watched.repository))
        m_window->openRepository(watched.repository);
    else if (watched.apiRoot != m_client->apiRoot())
        openWithRememberedAccount(watched.repository);
    if (deploymentId)
        m_window->revealDeployment(deploymentId);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

RepositoryPicker *DesktopApp::openWatchPicker()
{
    QWidget *parent = m_overview->window();
    RepositoryPicker *picker =
        m_signIn->openRepositoryPicker(parent, m_client, m_window->recentRepositories());
    // Choosing adds it to the Overview; nothing opens.
    disconnect(picker, &RepositoryPicker::repositoryChosen, m_signIn, nullptr);
    picker->setPurpose(RepositoryPicker::Purpose::Watch);
    connect(picker, &RepositoryPicker::repositoryChosen, this,
            [this](const RepositoryEntry &entry) { m_overview->watch(entry.id); });
    loadAccountRepositories();
    if (m_repositoryList)
        picker->setLoading(true);
    return picker;
}

Account DesktopApp::startAccount(const RepositoryId &last) const
{
    const RepositoryId repository = m_options.repository.isValid() ? m_options.repository : last;
    const std::optional<Account> remembered =
        repository.isValid() ? m_accounts->accountForRepository(repository) : std::nullopt;
    Account account;
    if (!m_options.apiUrl.isEmpty()) {
        account.apiRoot = m_options.apiUrl;
        if (remembered && remembered->host() == account.host())
            account.login = remembered->login;
        return account;
    }
    if (remembered)
        return *remembered;
    if (const std::optional<Account> environment = m_accounts->environmentAccount())
        return *environment;
    const QList<Account> known = m_accounts->accounts();
    if (!known.isEmpty())
        return known.first();
    account.apiRoot = GitHubClient::defaultApiRoot();
    return account;
}

bool DesktopApp::useAccount(const Account &account, const QString &token)
{
    QString error;
    QList<QSslCertificate> certificates;
    const QString bundle = m_accounts->caBundle(account.host());
    if (!bundle.isEmpty() && !GitHubClient::loadCaBundle(bundle, &certificates, &error)) {
        m_window->messageBanner()->showMessage(error, true);
        return false;
    }
    if (!m_client->setApiRoot(account.apiRoot, false, &error)) {
        m_window->messageBanner()->showMessage(error, true);
        return false;
    }
    m_client->setCaCertificates(certificates);
    m_client->setToken(token);
    m_overview->setAccount(account.apiRoot, account.login, token, certificates);
    if (!m_account.sameIdentity(account) || m_account.isNull()) {
        // Another account sees other repositories.
        if (m_repositoryList)
            m_repositoryList->cancel();
        m_signIn->repositoryModel()->clearAccountRepositories();
        m_repositoriesOf.clear();
        m_repositoriesComplete = false;
    }
    m_account = account;
    if (m_window->isDemoMode()) {
        m_window->setDemoMode(false);
        m_window->setAutoRefreshInterval(m_options.autoRefreshSeconds > 0
                                             ? m_options.autoRefreshSeconds
                                             : SettingsDialog::storedRefreshInterval());
    }
    m_window->setApiDescription(account.host());
    return true;
}

void DesktopApp::openStartRepository()
{
    const RepositoryId repository =
        m_options.repository.isValid() ? m_options.repository : m_lastRepository;
    if (repository.isValid())
        m_window->openRepository(repository);
    else
        m_window->showWelcome(MainWindow::Welcome::NoRepository);
}

void DesktopApp::onSignedIn(const Account &account, const QString &token)
{
    const bool wasDemo = m_window->isDemoMode();
    if (!useAccount(account, token))
        return;
    // Fetch the account's repositories now, so the picker is full when it opens.
    loadAccountRepositories();
    if (m_window->hasRepository() && !wasDemo) {
        m_window->openRepository(m_window->repository()); // again, with this account's token
        return;
    }
    const RepositoryId repository =
        m_options.repository.isValid() ? m_options.repository : m_lastRepository;
    if (repository.isValid()) {
        m_window->openRepository(repository);
        return;
    }
    m_window->showWelcome(MainWindow::Welcome::NoRepository);
    // Nothing to open yet: the picker, once "Signed in as LOGIN" has been read.
    SignInDialog *dialog = m_signIn->signInDialog();
    if (!dialog) {
        openRepositoryPicker();
        return;
    }
    connect(
        dialog, &QDialog::finished, this,
        [this, shown = m_window->repository(), hadOne = m_window->hasRepository()] {
            const bool opened =
                m_window->hasRepository() && (!hadOne || !(m_window->repository() == shown));
            if (m_client->hasToken() && !m_account.isNull() && !opened)
                openRepositoryPicker();
        },
        Qt::SingleShotConnection);
}

void DesktopApp::onSignedOut(const Account &account)
{
    if (!account.sameIdentity(m_account))
        return;
    m_client->setToken(QString());
    if (m_repositoryList)
        m_repositoryList->cancel();
    m_signIn->repositoryModel()->clearAccountRepositories();
    m_repositoriesOf.clear();
    m_repositoriesComplete = false;
    m_account = Account();
    m_window->showWelcome(MainWindow::Welcome::NoToken);
}

void DesktopApp::showSignIn(SignInDialog::Page page)
{
    SignInDialog *dialog = m_signIn->openSignIn(m_window.get(), page);
    // --api-url names the host to sign in to (unless another one was typed already).
    if (!m_options.apiUrl.isEmpty() && dialog->state() == SignInDialog::State::Editing &&
        dialog->host() == QLatin1String("github.com"))
        dialog->setHost(Account::hostForApiRoot(m_options.apiUrl));
}

RepositoryPicker *DesktopApp::openRepositoryPicker()
{
    if (m_picker) {
        m_picker->raise();
        m_picker->activateWindow();
        return m_picker;
    }
    m_picker =
        m_signIn->openRepositoryPicker(m_window.get(), m_client, m_window->recentRepositories());
    connect(m_picker, &RepositoryPicker::repositoryChosen, this,
            [this, picker = m_picker](const RepositoryEntry &entry) {
                if (picker && picker->watchRequested())
                    m_overview->watch(entry.id);
            });
    connect(m_picker, &RepositoryPicker::repositoryRemoved, this, [this] {
        QSettings().setValue(QLatin1String(hiddenRepositoriesKey),
                             m_signIn->repositoryModel()->hidden());
    });
    loadAccountRepositories();
    if (m_repositoryList) {
        m_repositoryList->setPriority(GitHubClient::Priority::Visible); // someone is waiting
        m_picker->setLoading(true);
    }
    return m_picker;
}

void DesktopApp::loadAccountRepositories()
{
    if (!m_client->hasToken())
        return;
    const QString owner =
        m_window->isDemoMode()
            ? QStringLiteral("demo")
            : Account::keyringKey(Account::hostForApiRoot(m_client->apiRoot()), m_account.login);
    if (m_repositoriesOf == owner && (m_repositoriesComplete || m_repositoryList))
        return;
    if (m_repositoryList)
        m_repositoryList->cancel();
    if (m_repositoriesOf != owner)
        m_signIn->repositoryModel()->clearAccountRepositories();
    m_repositoriesOf = owner;
    m_repositoriesComplete = false;
    UserRepositoryListRequest *request =
        m_client->listUserRepositories(100, GitHubClient::Priority::Background);
    request->setKeepsItems(false); // the model holds them
    m_repositoryList = request;
    RepositoryListModel *model = m_signIn->repositoryModel();
    connect(request, &UserRepositoryListRequest::pageReceived, model,
            &RepositoryListModel::mergeAccountRepositories);
    connect(request, &GitHubRequest::finished, this, [this] {
        m_repositoriesComplete = true;
        if (m_picker)
            m_picker->setLoading(false);
    });
    connect(request, &GitHubRequest::failed, this, [this](const GitHubError &error) {
        m_repositoriesOf.clear(); // tried again when the picker opens next
        if (m_picker) {
            m_picker->setLoading(false);
            m_picker->showListProblem(error.toDisplayString());
        }
    });
}

void DesktopApp::openChosen(const RepositoryEntry &entry)
{
    m_permissionsKnown = entry.id;
    m_window->openRepository(entry.id);
    m_permissionsKnown = RepositoryId();
    m_window->setReadOnly(!entry.canPush, readOnlyReason(entry.id));
    if (!m_account.login.isEmpty())
        m_accounts->setAccountForRepository(entry.id, m_account);
}

void DesktopApp::openWithRememberedAccount(const RepositoryId &repository)
{
    m_pendingRepository = RepositoryId(); // a newer choice wins over a running look-up
    const std::optional<Account> remembered = m_window->isDemoMode() || !m_tokenResolved
                                                  ? std::nullopt
                                                  : m_accounts->accountForRepository(repository);
    if (!remembered || remembered->login.isEmpty() || remembered->sameIdentity(m_account)) {
        m_window->openRepository(repository);
        return;
    }
    // Another account (maybe on another host): its token first, then the repository, so no
    // request for it goes out with the wrong token.
    m_pendingRepository = repository;
    m_pendingAccount = *remembered;
    m_accountResolver->resolve(remembered->apiRoot, remembered->login);
}

void DesktopApp::onRememberedAccountResolved(const TokenResolver::Result &result)
{
    const RepositoryId repository = std::exchange(m_pendingRepository, RepositoryId());
    if (!repository.isValid() || !m_window)
        return;
    Account account = m_pendingAccount;
    if (!result.ok()) {
        // Signed out of it since, or its token is gone: the current account tries instead.
        m_window->openRepository(repository);
        m_window->messageBanner()->showMessage(
            tr("%1 was last opened as %2 on %3, but DeployDeck has no token for that account "
               "now, so it opened with the current account. %4")
                .arg(repository.fullName(), account.login, account.host(), result.error),
            true);
        return;
    }
    account.tokenOrigin = result.origin;
    if (useAccount(account, result.token))
        m_window->openRepository(repository);
}

void DesktopApp::checkPermissions(const RepositoryId &repository)
{
    if (repository == m_permissionsKnown || m_window->isDemoMode() || !m_client->hasToken())
        return;
    QPointer<RepositoryRequest> request = m_client->repository(repository);
    connect(request, &GitHubRequest::finished, this, [this, request, repository] {
        if (!request || m_window->repository() != repository)
            return;
        m_window->setReadOnly(!request->canPush(), readOnlyReason(repository));
        if (!m_account.login.isEmpty())
            m_accounts->setAccountForRepository(repository, m_account);
    });
    // A repository that cannot be read shows the session's own error.
}

void DesktopApp::openSettings()
{
    auto dialog = new SettingsDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRefreshInterval(SettingsDialog::storedRefreshInterval());
    // With none, the dialog's own "Not signed in" stays.
    if (const int accounts = int(m_accounts->accounts().size()); accounts > 0)
        dialog->setAccountSummary(tr("%n account(s)", nullptr, accounts));
    connect(dialog, &SettingsDialog::accountsRequested, this,
            [this, dialog] { m_signIn->openAccounts(dialog); });
    connect(dialog, &SettingsDialog::notificationsRequested, this,
            [this, dialog] { m_notifications->openSettings(dialog); });
    connect(dialog, &SettingsDialog::refreshIntervalChanged, this, [this](int seconds) {
        if (!m_window->isDemoMode())
            m_window->setAutoRefreshInterval(seconds);
        m_overview->setInterval(seconds > 0 ? seconds : 60);
    });
    dialog->open();
}

bool DesktopApp::startDemo(QString *error)
{
    if (!m_emulator) {
        auto emulator = new GitHubEmulator(this);
        if (!emulator->listen(QHostAddress::LocalHost, 0)) {
            delete emulator;
            if (error)
                *error = tr("The built-in GitHub emulator could not start.");
            return false;
        }
        emulator->setToken(demoToken);
        emulator->loadDemo(1);
        if (m_options.liveSeconds > 0)
            emulator->startLive(m_options.liveSeconds);
        m_emulator = emulator;
    }
    if (!m_client->setApiRoot(m_emulator->baseUrl(), false, error))
        return false;
    m_client->setCaCertificates({});
    m_client->setToken(demoToken);
    m_overview->startDemo(m_emulator->baseUrl(), demoToken, m_emulator->repositories());
    m_account = Account();
    if (m_repositoryList)
        m_repositoryList->cancel();
    m_signIn->repositoryModel()->clearAccountRepositories();
    m_repositoriesOf.clear();
    m_repositoriesComplete = false;
    if (m_window) {
        m_window->setDemoMode(true, m_emulator->repositories());
        m_window->setAutoRefreshInterval(demoAutoRefreshSeconds);
        const RepositoryId repository =
            m_options.demo && m_options.repository.isValid() &&
                    m_emulator->repositories().contains(m_options.repository.fullName(),
                                                        Qt::CaseInsensitive)
                ? m_options.repository
                : *RepositoryId::parse(demoRepository);
        m_window->openRepository(repository);
    }
    return true;
}
