#pragma once

#include "account.h"
#include "githuberror.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

class GitHubClient;
class UserRequest;

// Checks a token before it is saved: GET /user on the API root, then classifies the answer
// (who it is, which kind of token, whether it can work with deployments). Emits finished()
// exactly once per start(); the state says whether it is running (for a spinner).
class TokenCheck : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Done };
    Q_ENUM(State)

    enum class Verdict {
        None,                // not checked yet / cancelled
        Valid,               // classic token with repo or repo_deployment, or an OAuth token
        ClassicMissingScope, // classic token without repo / repo_deployment: explain first
        FineGrained,         // no X-OAuth-Scopes: needs "Deployments: read and write"
        BadCredentials,      // 401
        SsoRequired,         // 403 with X-GitHub-SSO: required (error().ssoUrl)
        Failed,              // anything else: network, TLS, timeout, server (error())
    };
    Q_ENUM(Verdict)

    struct Result
    {
        Verdict verdict = Verdict::None;
        Account account;    // apiRoot, login, userId, avatarUrl, scopes (when GET /user answered)
        QStringList scopes; // X-OAuth-Scopes as sent
        bool hasScopesHeader = false;
        QDateTime expiresAt; // github-authentication-token-expiration, when sent
        GitHubError error;   // for BadCredentials, SsoRequired, Failed
        // True when the token can be saved (Valid, ClassicMissingScope, FineGrained: the last
        // two only after the explanation was shown).
        bool signedIn() const;
        // Translated: "Signed in as LOGIN.", the scope explanation, or why it failed.
        QString message() const;
    };

    explicit TokenCheck(QObject *parent = nullptr);
    ~TokenCheck() override;

    // PEM CA certificates for the API root's host (AccountStore::caBundle), added to the system's.
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }
    void setTransferTimeout(int milliseconds) { m_transferTimeout = milliseconds; }

    void start(const QUrl &apiRoot, const QString &token);
    void cancel(); // no finished() follows
    State state() const { return m_state; }
    Result result() const { return m_result; }

    // Classifies a /user answer (public for tests without a server).
    static Result classify(const QUrl &apiRoot, const QStringList &scopes, bool hasScopesHeader);
    // Needed scopes present? (repo or repo_deployment; "repo" covers "repo_deployment")
    static bool scopesAllowDeployments(const QStringList &scopes);
    // Translated: what a token for `apiRoot` needs, for the paste-a-token page.
    static QString requirementsText();

Q_SIGNALS:
    void stateChanged(TokenCheck::State state);
    void finished(const TokenCheck::Result &result);

private:
    void setState(State state);

    GitHubClient *m_client = nullptr;
    QPointer<UserRequest> m_request;
    QList<QSslCertificate> m_caCertificates;
    bool m_allowInsecureHttp = false;
    int m_transferTimeout = 30000;
    State m_state = State::Idle;
    Result m_result;
};

Q_DECLARE_METATYPE(TokenCheck::Result)
