#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// One signed-in GitHub identity on one host: where its API lives, who it is and where its token
// comes from. Never holds the token itself.
class Account
{
    Q_DECLARE_TR_FUNCTIONS(Account)
public:
    // Where the token was found (TokenResolver's order: Environment, Keyring, GhCli).
    enum class TokenOrigin {
        None,
        Environment, // GH_TOKEN / GITHUB_TOKEN (or GH_ENTERPRISE_TOKEN / GITHUB_ENTERPRISE_TOKEN)
        Keyring,     // the system keyring (Secret Service), entry "HOST LOGIN"
        GhCli,       // `gh auth token --hostname HOST`
        Session,     // kept in memory for this run only (no keyring service)
    };

    QUrl apiRoot;  // https://api.github.com, https://HOST/api/v3, or a loopback emulator
    QString login; // empty until GET /user answered (an environment token not checked yet)
    qint64 userId = 0;
    QUrl avatarUrl;
    TokenOrigin tokenOrigin = TokenOrigin::None;
    QStringList scopes; // X-OAuth-Scopes of the last check (empty: fine-grained or unknown)

    bool isNull() const { return apiRoot.isEmpty(); }
    // gh's host name: "github.com", "ghe.example.com", "127.0.0.1:8080" (port only if not
    // the scheme's default).
    QString host() const { return hostForApiRoot(apiRoot); }
    // The keyring entry's key: "HOST LOGIN".
    QString keyringKey() const { return keyringKey(host(), login); }
    bool sameIdentity(const Account &other) const; // same API root and login

    // "github.com" -> https://api.github.com; "HOST" -> https://HOST/api/v3; a URL
    // (http://127.0.0.1:8080, https://ghe.example.com/api/v3) is taken as the API root itself.
    static QUrl apiRootForHost(const QString &hostOrUrl);
    static QString hostForApiRoot(const QUrl &apiRoot);
    // Where people sign in and the device flow lives: https://github.com, https://HOST
    // (for a loopback emulator, its own root).
    static QUrl webRootForApiRoot(const QUrl &apiRoot);
    // GitHub's page for creating a token on that host.
    static QUrl tokenSettingsUrl(const QUrl &apiRoot);
    static QString keyringKey(const QString &host, const QString &login);
    static bool isGitHubDotCom(const QString &host);

    // Translated, for "Signed in as LOGIN (from the environment)".
    static QString originText(TokenOrigin origin);
    // Identifier for settings and the command line ("keyring", "environment", ...).
    static QString originName(TokenOrigin origin);
    static TokenOrigin originFromName(const QString &name);
};

Q_DECLARE_METATYPE(Account)
