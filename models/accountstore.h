#pragma once

#include "account.h"
#include "repositoryid.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSettings;

// The signed-in accounts (API root and login; never a token) and which account each repository
// uses, kept in QSettings under the organisation and application names. An environment token
// (GH_TOKEN / GITHUB_TOKEN for GH_HOST or github.com) wins for its host and is reported as
// Account::TokenOrigin::Environment, as gh does.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    // Uses QSettings() (organisation/application names) unless `settings` is given (not owned).
    explicit AccountStore(QObject *parent = nullptr);
    explicit AccountStore(QSettings *settings, QObject *parent = nullptr);
    ~AccountStore() override;

    // Accounts remembered in the settings, in the order they were added; an account on the
    // environment token's host has tokenOrigin Environment.
    QList<Account> accounts() const;
    QList<Account> accountsForHost(const QString &host) const;
    std::optional<Account> find(const QUrl &apiRoot, const QString &login) const;
    // Adds or updates (same API root and login) an account; emits accountsChanged().
    void addOrUpdate(const Account &account);
    // Forgets the account and every repository that used it; emits accountsChanged().
    // The keyring entry is TokenKeyring's business (auth logout does both).
    bool remove(const QUrl &apiRoot, const QString &login);

    // The host an environment token is for: GH_HOST, else github.com; empty when no
    // GH_TOKEN/GITHUB_TOKEN is set. (GH_ENTERPRISE_TOKEN serves any other host: see
    // TokenResolver::environmentToken.)
    static QString environmentHost();
    // The account shown for the environment token (login empty: check it with TokenCheck),
    // or nullopt when no environment token is set.
    std::optional<Account> environmentAccount() const;

    // Per repository: which account it uses (API root + login).
    void setAccountForRepository(const RepositoryId &repository, const Account &account);
    std::optional<Account> accountForRepository(const RepositoryId &repository) const;

    // Per host: a PEM CA bundle added to the system CAs for that host only (empty: none).
    QString caBundle(const QString &host) const;
    void setCaBundle(const QString &host, const QString &pemFile);

    // The OAuth app client ID for the device flow on a host: the setting (Enterprise admins),
    // else the build's DEPLOYDECK_OAUTH_CLIENT_ID for github.com. Empty: no browser sign-in.
    QString oauthClientId(const QString &host) const;
    void setOAuthClientId(const QString &host, const QString &clientId);
    static QString builtInOAuthClientId();

Q_SIGNALS:
    void accountsChanged();

private:
    QSettings &settings() const;

    QSettings *m_settings = nullptr;
    bool m_ownsSettings = false;
};
