#pragma once

#include "account.h"
#include "tokenkeyring.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class AccountStore;
class GhCliToken;

// Finds the token for an API root in gh's fixed order: the environment (GH_TOKEN/GITHUB_TOKEN
// for github.com, GH_HOST's host and loopback; GH_ENTERPRISE_TOKEN/GITHUB_ENTERPRISE_TOKEN for
// other hosts), then the keyring entry for that host (the login given, else the host's accounts
// in AccountStore order), then `gh auth token --hostname HOST`. Emits resolved() exactly once.
class TokenResolver : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString token; // empty: none found; `error` names all three places
        Account::TokenOrigin origin = Account::TokenOrigin::None;
        QString login;     // the keyring entry's login (empty for environment / gh)
        QString error;     // translated, when token is empty
        QStringList notes; // translated reasons per place tried (keyring locked, gh missing)
        bool ok() const { return !token.isEmpty(); }
    };

    // `store` and `keyring` are not owned; nullptr: a private default (QSettings(), the
    // "DeployDeck" keyring service).
    explicit TokenResolver(AccountStore *store = nullptr, TokenKeyring *keyring = nullptr,
                           QObject *parent = nullptr);
    ~TokenResolver() override;

    void setGhProgram(const QString &program); // default "gh" from PATH
    void setGhTimeout(int milliseconds);
    void setUseGhCli(bool use) { m_useGh = use; } // default true

    // Starts a look-up; a running one is abandoned (no signal for it).
    void resolve(const QUrl &apiRoot, const QString &login = QString());

    // The environment's token for a host ("github.com", "ghe.example.com", "127.0.0.1:PORT")
    // and which variable it came from; empty when none applies.
    static QString environmentToken(const QString &host, QString *variable = nullptr);
    // Translated "no token" sentence naming all three places for `host`.
    static QString noTokenMessage(const QString &host);

Q_SIGNALS:
    void resolved(const TokenResolver::Result &result);

private:
    void tryNextKeyringEntry();
    void tryGhCli();
    void finish(Result result);

    QPointer<AccountStore> m_store;
    QPointer<TokenKeyring> m_keyring;
    GhCliToken *m_gh = nullptr;
    bool m_useGh = true;
    quint64 m_generation = 0;
    QUrl m_apiRoot;
    QString m_host;
    QStringList m_logins; // keyring entries still to try
    QStringList m_notes;
};

Q_DECLARE_METATYPE(TokenResolver::Result)
