#include "tokenresolver.h"

#include "accountstore.h"
#include "ghclitoken.h"

#include <QHostAddress>

namespace {
bool isLoopbackHost(const QString &host)
{
    const QString name = host.section(QLatin1Char(':'), 0, 0);
    if (name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

QString firstSet(const char *first, const char *second, QString *variable)
{
    for (const char *name : {first, second}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty()) {
            if (variable)
                *variable = QString::fromLatin1(name);
            return value;
        }
    }
    return QString();
}
} // namespace

TokenResolver::TokenResolver(AccountStore *store, TokenKeyring *keyring, QObject *parent)
    : QObject(parent)
    , m_store(store ? store : new AccountStore(this))
    , m_keyring(keyring ? keyring : new TokenKeyring(this))
    , m_gh(new GhCliToken(this))
{
    qRegisterMetaType<TokenResolver::Result>();
    connect(m_keyring, &TokenKeyring::readFinished, this,
            [this](const QString &host, const QString &login, const TokenKeyring::Result &result) {
                if (host != m_host || m_logins.isEmpty() || m_logins.constFirst() != login)
                    return; // someone else's read, or an abandoned look-up
                m_logins.removeFirst();
                if (result.ok() && !result.token.isEmpty()) {
                    Result found;
                    found.token = result.token;
                    found.origin = result.status == TokenKeyring::Status::SessionOnly
                                       ? Account::TokenOrigin::Session
                                       : Account::TokenOrigin::Keyring;
                    found.login = login;
                    finish(found);
                    return;
                }
                if (!result.message.isEmpty() && !m_notes.contains(result.message))
                    m_notes.append(result.message);
                if (result.status == TokenKeyring::Status::Unavailable)
                    m_logins.clear(); // no point asking an absent keyring again
                tryNextKeyringEntry();
            });
    connect(m_gh, &GhCliToken::finished, this, [this](const GhCliToken::Result &result) {
        if (result.ok()) {
            Result found;
            found.token = result.token;
            found.origin = Account::TokenOrigin::GhCli;
            finish(found);
            return;
        }
        m_notes.append(result.error);
        Result none;
        none.error = noTokenMessage(m_host);
        finish(none);
    });
}

TokenResolver::~TokenResolver() = default;

void TokenResolver::setGhProgram(const QString &program)
{
    m_gh->setProgram(program);
}

void TokenResolver::setGhTimeout(int milliseconds)
{
    m_gh->setTimeout(milliseconds);
}

QString TokenResolver::environmentToken(const QString &host, QString *variable)
{
    // As gh: GH_TOKEN/GITHUB_TOKEN are github.com's (and GH_HOST's, and a loopback emulator's);
    // GH_ENTERPRISE_TOKEN/GITHUB_ENTERPRISE_TOKEN serve every other host.
    const QString ghHost = qEnvironmentVariable("GH_HOST").trimmed();
    const bool dotCom = Account::isGitHubDotCom(host) ||
                        host.endsWith(QLatin1String(".ghe.com"), Qt::CaseInsensitive);
    if (dotCom || isLoopbackHost(host) ||
        (!ghHost.isEmpty() && host.compare(ghHost, Qt::CaseInsensitive) == 0)) {
        const QString token = firstSet("GH_TOKEN", "GITHUB_TOKEN", variable);
        if (!token.isEmpty() || dotCom)
            return token;
    }
    return firstSet("GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN", variable);
}

QString TokenResolver::noTokenMessage(const QString &host)
{
    const bool dotCom = Account::isGitHubDotCom(host) || isLoopbackHost(host);
    //: %1 is a host name, %2 the environment variables
    return tr("No token for %1: none in the environment (%2), none in the system keyring "
              "(deploydeck auth login --hostname %1 --with-token), and GitHub CLI (gh auth token "
              "--hostname %1) has none.")
        .arg(host, dotCom ? QStringLiteral("GH_TOKEN, GITHUB_TOKEN")
                          : QStringLiteral("GH_ENTERPRISE_TOKEN, GITHUB_ENTERPRISE_TOKEN"));
}

void TokenResolver::resolve(const QUrl &apiRoot, const QString &login)
{
    ++m_generation;
    m_gh->cancel();
    m_apiRoot = apiRoot;
    m_host = Account::hostForApiRoot(apiRoot);
    m_notes.clear();
    m_logins.clear();

    const QString environment = environmentToken(m_host);
    if (!environment.isEmpty()) {
        Result found;
        found.token = environment;
        found.origin = Account::TokenOrigin::Environment;
        // From the event loop, as every other answer.
        QMetaObject::invokeMethod(
            this,
            [this, found, generation = m_generation] {
                if (generation == m_generation)
                    finish(found);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!login.isEmpty()) {
        m_logins.append(login);
    } else if (m_store) {
        for (const Account &account : m_store->accountsForHost(m_host))
            m_logins.append(account.login);
    }
    tryNextKeyringEntry();
}

void TokenResolver::tryNextKeyringEntry()
{
    if (!m_logins.isEmpty() && m_keyring) {
        m_keyring->read(m_host, m_logins.constFirst());
        return;
    }
    tryGhCli();
}

void TokenResolver::tryGhCli()
{
    if (m_useGh) {
        m_gh->fetch(m_host);
        return;
    }
    Result none;
    none.error = noTokenMessage(m_host);
    QMetaObject::invokeMethod(
        this,
        [this, none, generation = m_generation] {
            if (generation == m_generation)
                finish(none);
        },
        Qt::QueuedConnection);
}

void TokenResolver::finish(Result result)
{
    m_logins.clear();
    result.notes = m_notes;
    Q_EMIT resolved(result);
}
