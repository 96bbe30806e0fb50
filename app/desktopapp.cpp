#include "desktopapp.h"

#include "emulator/githubemulator.h"
#include "mainwindow.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"

#include <QCoreApplication>

namespace {
const QString demoToken = QStringLiteral("demo-token");
const QString demoRepository = QStringLiteral("acme/storefront");
// The demo refreshes often, so the emulator's new deployments show up while one watches.
constexpr int demoAutoRefreshSeconds = 5;
} // namespace

DesktopApp::DesktopApp(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_client = new GitHubClient(this);
    m_session = new RepositorySession(m_client, this);
}

DesktopApp::~DesktopApp()
{
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
    m_window->setAutoRefreshInterval(m_options.autoRefreshSeconds);
    connect(m_window.get(), &MainWindow::demoRequested, this, [this] {
        QString error;
        if (!startDemo(&error))
            m_window->showWelcome(MainWindow::Welcome::NoToken);
    });
    const RepositoryId last = m_window->restoreSettings();
    m_window->show();

    if (m_options.demo) {
        startDemo();
        return;
    }
    m_window->setApiDescription(m_client->apiRoot().host());
    if (!m_client->hasToken()) {
        m_window->showWelcome(MainWindow::Welcome::NoToken);
        return;
    }
    const RepositoryId repository = m_options.repository.isValid() ? m_options.repository : last;
    if (repository.isValid())
        m_window->openRepository(repository);
    else
        m_window->showWelcome(MainWindow::Welcome::NoRepository);
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
    m_client->setToken(demoToken);
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
