#include "overview.h"

#include "cleanupcontroller.h"
#include "overviewwindow.h"

#include "models/accountstore.h"
#include "models/boardmodel.h"
#include "models/boardsessions.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"
#include "models/tokenresolver.h"

#include <QSettings>
#include <QTemporaryDir>

Overview::Overview(AccountStore *accounts, TokenKeyring *keyring, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_resolver(new TokenResolver(accounts, keyring, this))
{
    connect(
        m_resolver, &TokenResolver::resolved, this, [this](const TokenResolver::Result &result) {
            m_resolving = false;
            if (!m_toResolve.isEmpty()) {
                const WatchedRepository watched = m_toResolve.takeFirst();
                if (result.ok()) {
                    Credentials credentials{result.token, {}};
                    const QString bundle =
                        m_accounts ? m_accounts->caBundle(Account::hostForApiRoot(watched.apiRoot))
                                   : QString();
                    if (!bundle.isEmpty())
                        GitHubClient::loadCaBundle(bundle, &credentials.certificates);
                    m_credentials.insert(key(watched.apiRoot, watched.login), credentials);
                    m_credentials.insert(key(watched.apiRoot, result.login), credentials);
                    if (m_sessions)
                        m_sessions->connectMissing();
                }
            }
            resolveNext();
        });
    makeBoard(std::make_unique<WatchList>());
}

Overview::~Overview()
{
    // The board before the clients it reads with.
    m_model.reset();
    m_sessions.reset();
}

QString Overview::key(const QUrl &apiRoot, const QString &login)
{
    return apiRoot.toString(QUrl::StripTrailingSlash) + QLatin1Char(' ') + login.toLower();
}

void Overview::setAccount(const QUrl &apiRoot, const QString &login, const QString &token,
                          const QList<QSslCertificate> &certificates)
{
    const bool wasDemo = m_demoSettings != nullptr;
    m_apiRoot = apiRoot;
    m_login = login;
    const Credentials credentials{token, certificates};
    m_credentials.insert(key(apiRoot, login), credentials);
    m_credentials.insert(key(apiRoot, QString()), credentials);
    // A client already made for this account gets the token (it may have been refreshed).
    for (const QString &k : {key(apiRoot, login), key(apiRoot, QString())}) {
        if (GitHubClient *client = m_clients.value(k)) {
            client->setCaCertificates(certificates);
            client->setToken(token);
        }
    }
    if (wasDemo) {
        m_demoSettings.reset();
        m_demoDir.reset();
        makeBoard(std::make_unique<WatchList>());
    } else if (m_sessions) {
        m_sessions->connectMissing();
    }
}

void Overview::startDemo(const QUrl &apiRoot, const QString &token, const QStringList &repositories)
{
    m_apiRoot = apiRoot;
    m_login.clear();
    m_credentials.insert(key(apiRoot, QString()), {token, {}});
    m_demoDir = std::make_unique<QTemporaryDir>();
    m_demoSettings = std::make_unique<QSettings>(m_demoDir->filePath(QStringLiteral("demo.ini")),
                                                 QSettings::IniFormat);
    auto list = std::make_unique<WatchList>(m_demoSettings.get());
    for (const QString &name : repositories) {
        if (const std::optional<RepositoryId> id = RepositoryId::parse(name))
            list->add({apiRoot, QString(), *id});
    }
    makeBoard(std::move(list));
}

void Overview::makeBoard(std::unique_ptr<WatchList> list)
{
    if (m_window)
        m_window->setBoard(nullptr, nullptr);
    m_model.reset();
    m_sessions.reset();
    m_list = std::move(list);
    m_sessions = std::make_unique<BoardSessions>(
        m_list.get(), [this](const WatchedRepository &watched) { return clientFor(watched); });
    m_sessions->setInterval(m_interval);
    m_model = std::make_unique<BoardModel>(m_sessions.get());
    if (m_window)
        m_window->setBoard(m_model.get(), m_sessions.get());
    Q_EMIT boardChanged();
}

GitHubClient *Overview::clientFor(const WatchedRepository &watched)
{
    const QString k = key(watched.apiRoot, watched.login);
    if (GitHubClient *client = m_clients.value(k))
        return client;
    const auto credentials = m_credentials.constFind(k);
    if (credentials == m_credentials.cend()) {
        // Its account's token: looked up once, then the row connects (connectMissing()).
        const bool queued =
            std::any_of(m_toResolve.cbegin(), m_toResolve.cend(),
                        [&](const WatchedRepository &w) { return key(w.apiRoot, w.login) == k; });
        if (!queued) {
            m_toResolve.append(watched);
            resolveNext();
        }
        return nullptr;
    }
    auto client = new GitHubClient(this);
    if (!client->setApiRoot(watched.apiRoot)) {
        delete client;
        return nullptr;
    }
    client->setCaCertificates(credentials->certificates);
    client->setToken(credentials->token);
    m_clients.insert(k, client);
    return client;
}

void Overview::resolveNext()
{
    if (m_resolving || m_toResolve.isEmpty())
        return;
    m_resolving = true;
    m_resolver->resolve(m_toResolve.first().apiRoot, m_toResolve.first().login);
}

bool Overview::watch(const RepositoryId &repository)
{
    if (m_apiRoot.isEmpty())
        return false;
    return m_list->add({m_apiRoot, m_login, repository});
}

bool Overview::isWatched(const RepositoryId &repository) const
{
    return !m_apiRoot.isEmpty() && m_list->contains(m_apiRoot, repository);
}

void Overview::unwatch(const RepositoryId &repository)
{
    m_list->remove(m_apiRoot, repository);
}

OverviewWindow *Overview::window()
{
    if (!m_window) {
        m_window = new OverviewWindow;
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->setBoard(m_model.get(), m_sessions.get());
        connect(m_window, &OverviewWindow::watchRequested, this, &Overview::watchPickerRequested);
        connect(m_window, &OverviewWindow::openRequested, this, &Overview::openRequested);
        connect(m_window, &OverviewWindow::timelineRequested, this, &Overview::timelineRequested);
        connect(this, &QObject::destroyed, m_window, &QObject::deleteLater);
        // The watched repositories, each with its account's client (none: not signed in).
        m_cleanup = new CleanupController(
            [this] {
                QList<CleanupController::Source> sources;
                for (int row = 0; m_sessions && row < m_sessions->count(); ++row) {
                    RepositorySession *session = m_sessions->session(row);
                    sources.append({m_sessions->repository(row).repository,
                                    session ? session->client() : nullptr});
                }
                return sources;
            },
            m_window, m_window);
        connect(m_cleanup, &CleanupController::applied, this, [this] {
            if (m_sessions)
                m_sessions->refreshAll();
        });
        m_window->setCleanupAction(m_cleanup->action());
    }
    return m_window;
}

CleanupController *Overview::cleanup() const
{
    return m_cleanup;
}

void Overview::show()
{
    OverviewWindow *w = window();
    w->show();
    w->raise();
    w->activateWindow();
}

void Overview::setInterval(int seconds)
{
    m_interval = seconds;
    if (m_sessions)
        m_sessions->setInterval(seconds);
}
