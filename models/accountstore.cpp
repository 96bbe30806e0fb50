#include "accountstore.h"

#include <QSettings>

#ifndef DEPLOYDECK_OAUTH_CLIENT_ID
#define DEPLOYDECK_OAUTH_CLIENT_ID ""
#endif

namespace {
const QString accountsKey = QStringLiteral("accounts");
const QString repositoriesKey = QStringLiteral("repositoryAccounts");

QString hostKey(const QString &host, const QString &name)
{
    return QStringLiteral("hosts/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(host.toLower())), name);
}

struct RepositoryEntry
{
    QString repository;
    QUrl apiRoot;
    QString login;
};
} // namespace

AccountStore::AccountStore(QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings)
    , m_ownsSettings(true)
{}

AccountStore::AccountStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

AccountStore::~AccountStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QSettings &AccountStore::settings() const
{
    return *m_settings;
}

namespace {
QList<Account> readAccounts(QSettings &settings)
{
    QList<Account> accounts;
    const int count = settings.beginReadArray(accountsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Account account;
        account.apiRoot = QUrl(settings.value(QStringLiteral("apiRoot")).toString());
        account.login = settings.value(QStringLiteral("login")).toString();
        account.userId = settings.value(QStringLiteral("userId")).toLongLong();
        account.avatarUrl = QUrl(settings.value(QStringLiteral("avatarUrl")).toString());
        account.scopes = settings.value(QStringLiteral("scopes")).toStringList();
        account.tokenOrigin =
            Account::originFromName(settings.value(QStringLiteral("origin")).toString());
        if (account.apiRoot.isValid() && !account.apiRoot.isEmpty() && !account.login.isEmpty())
            accounts.append(account);
    }
    settings.endArray();
    return accounts;
}

void writeAccounts(QSettings &settings, const QList<Account> &accounts)
{
    settings.remove(accountsKey);
    settings.beginWriteArray(accountsKey, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &account = accounts.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("apiRoot"), account.apiRoot.toString());
        settings.setValue(QStringLiteral("login"), account.login);
        settings.setValue(QStringLiteral("userId"), account.userId);
        settings.setValue(QStringLiteral("avatarUrl"), account.avatarUrl.toString());
        settings.setValue(QStringLiteral("scopes"), account.scopes);
        // The environment is looked at afresh on every start; a session token is gone.
        Account::TokenOrigin origin = account.tokenOrigin;
        if (origin == Account::TokenOrigin::Environment || origin == Account::TokenOrigin::Session)
            origin = Account::TokenOrigin::None;
        settings.setValue(QStringLiteral("origin"), Account::originName(origin));
    }
    settings.endArray();
}

QList<RepositoryEntry> readRepositories(QSettings &settings)
{
    QList<RepositoryEntry> entries;
    const int count = settings.beginReadArray(repositoriesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        entries.append({settings.value(QStringLiteral("repository")).toString(),
                        QUrl(settings.value(QStringLiteral("apiRoot")).toString()),
                        settings.value(QStringLiteral("login")).toString()});
    }
    settings.endArray();
    return entries;
}

void writeRepositories(QSettings &settings, const QList<RepositoryEntry> &entries)
{
    settings.remove(repositoriesKey);
    settings.beginWriteArray(repositoriesKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("repository"), entries.at(i).repository);
        settings.setValue(QStringLiteral("apiRoot"), entries.at(i).apiRoot.toString());
        settings.setValue(QStringLiteral("login"), entries.at(i).login);
    }
    settings.endArray();
}
} // namespace

QList<Account> AccountStore::accounts() const
{
    QList<Account> accounts = readAccounts(settings());
    const QString environment = environmentHost();
    if (!environment.isEmpty()) {
        for (Account &account : accounts) {
            if (account.host().compare(environment, Qt::CaseInsensitive) == 0)
                account.tokenOrigin = Account::TokenOrigin::Environment;
        }
    }
    return accounts;
}

QList<Account> AccountStore::accountsForHost(const QString &host) const
{
    QList<Account> result;
    for (const Account &account : accounts()) {
        if (account.host().compare(host, Qt::CaseInsensitive) == 0)
            result.append(account);
    }
    return result;
}

std::optional<Account> AccountStore::find(const QUrl &apiRoot, const QString &login) const
{
    Account wanted;
    wanted.apiRoot = apiRoot;
    wanted.login = login;
    for (const Account &account : accounts()) {
        if (account.sameIdentity(wanted))
            return account;
    }
    return std::nullopt;
}

void AccountStore::addOrUpdate(const Account &account)
{
    if (account.isNull() || account.login.isEmpty())
        return;
    QList<Account> accounts = readAccounts(settings());
    bool replaced = false;
    for (Account &existing : accounts) {
        if (existing.sameIdentity(account)) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        accounts.append(account);
    writeAccounts(settings(), accounts);
    settings().sync();
    Q_EMIT accountsChanged();
}

bool AccountStore::remove(const QUrl &apiRoot, const QString &login)
{
    Account gone;
    gone.apiRoot = apiRoot;
    gone.login = login;
    QList<Account> accounts = readAccounts(settings());
    const qsizetype removed =
        accounts.removeIf([&gone](const Account &account) { return account.sameIdentity(gone); });
    if (removed == 0)
        return false;
    writeAccounts(settings(), accounts);
    QList<RepositoryEntry> entries = readRepositories(settings());
    entries.removeIf([&gone](const RepositoryEntry &entry) {
        Account used;
        used.apiRoot = entry.apiRoot;
        used.login = entry.login;
        return used.sameIdentity(gone);
    });
    writeRepositories(settings(), entries);
    settings().sync();
    Q_EMIT accountsChanged();
    return true;
}

QString AccountStore::environmentHost()
{
    if (qEnvironmentVariable("GH_TOKEN").trimmed().isEmpty() &&
        qEnvironmentVariable("GITHUB_TOKEN").trimmed().isEmpty())
        return QString();
    const QString host = qEnvironmentVariable("GH_HOST").trimmed().toLower();
    return host.isEmpty() ? QStringLiteral("github.com") : host;
}

std::optional<Account> AccountStore::environmentAccount() const
{
    const QString host = environmentHost();
    if (host.isEmpty())
        return std::nullopt;
    Account account;
    account.apiRoot = Account::apiRootForHost(host);
    account.tokenOrigin = Account::TokenOrigin::Environment;
    return account;
}

void AccountStore::setAccountForRepository(const RepositoryId &repository, const Account &account)
{
    QList<RepositoryEntry> entries = readRepositories(settings());
    entries.removeIf([&repository](const RepositoryEntry &entry) {
        return RepositoryId::parse(entry.repository) == repository;
    });
    entries.append({repository.fullName(), account.apiRoot, account.login});
    writeRepositories(settings(), entries);
    settings().sync();
}

std::optional<Account> AccountStore::accountForRepository(const RepositoryId &repository) const
{
    for (const RepositoryEntry &entry : readRepositories(settings())) {
        if (RepositoryId::parse(entry.repository) == repository)
            return find(entry.apiRoot, entry.login);
    }
    return std::nullopt;
}

QString AccountStore::caBundle(const QString &host) const
{
    return settings().value(hostKey(host, QStringLiteral("caBundle"))).toString();
}

void AccountStore::setCaBundle(const QString &host, const QString &pemFile)
{
    if (pemFile.isEmpty())
        settings().remove(hostKey(host, QStringLiteral("caBundle")));
    else
        settings().setValue(hostKey(host, QStringLiteral("caBundle")), pemFile);
}

QString AccountStore::oauthClientId(const QString &host) const
{
    const QString configured =
        settings().value(hostKey(host, QStringLiteral("oauthClientId"))).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    return Account::isGitHubDotCom(host) ? builtInOAuthClientId() : QString();
}

void AccountStore::setOAuthClientId(const QString &host, const QString &clientId)
{
    if (clientId.trimmed().isEmpty())
        settings().remove(hostKey(host, QStringLiteral("oauthClientId")));
    else
        settings().setValue(hostKey(host, QStringLiteral("oauthClientId")), clientId.trimmed());
}

QString AccountStore::builtInOAuthClientId()
{
    return QStringLiteral(DEPLOYDECK_OAUTH_CLIENT_ID);
}
