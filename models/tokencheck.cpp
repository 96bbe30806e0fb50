#include "tokencheck.h"

#include "githubclient.h"
#include "githubrequest.h"

bool TokenCheck::Result::signedIn() const
{
    return verdict == Verdict::Valid || verdict == Verdict::ClassicMissingScope ||
           verdict == Verdict::FineGrained;
}

QString TokenCheck::Result::message() const
{
    switch (verdict) {
    case Verdict::None:
        return QString();
    case Verdict::Valid:
        return tr("Signed in as %1.").arg(account.login);
    case Verdict::ClassicMissingScope:
        //: %1 is the login, %2 the token's scopes as GitHub lists them
        return tr("Signed in as %1, but this token cannot work with deployments: it has the "
                  "scopes \"%2\" and needs \"repo\" (or \"repo_deployment\" for public "
                  "repositories).")
            .arg(account.login,
                 scopes.isEmpty() ? tr("(none)") : scopes.join(QStringLiteral(", ")));
    case Verdict::FineGrained:
        return tr("Signed in as %1 with a fine-grained token. It works with a repository only if "
                  "it grants the \"Deployments: read and write\" permission for it.")
            .arg(account.login);
    case Verdict::BadCredentials:
        return tr("GitHub did not accept the token (bad credentials). Check that it was copied "
                  "whole and has not expired or been revoked.");
    case Verdict::SsoRequired:
    case Verdict::Failed:
        return error.toDisplayString();
    }
    return QString();
}

TokenCheck::TokenCheck(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TokenCheck::Result>();
}

TokenCheck::~TokenCheck()
{
    cancel();
}

void TokenCheck::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

bool TokenCheck::scopesAllowDeployments(const QStringList &scopes)
{
    return scopes.contains(QLatin1String("repo")) ||
           scopes.contains(QLatin1String("repo_deployment"));
}

QString TokenCheck::requirementsText()
{
    return tr("A classic token needs the \"repo\" scope (\"repo_deployment\" is enough for "
              "public repositories). A fine-grained token needs the \"Deployments: read and "
              "write\" permission on each repository.");
}

TokenCheck::Result TokenCheck::classify(const QUrl &apiRoot, const QStringList &scopes,
                                        bool hasScopesHeader)
{
    Result result;
    result.account.apiRoot = apiRoot;
    result.scopes = scopes;
    result.hasScopesHeader = hasScopesHeader;
    result.account.scopes = scopes;
    if (!hasScopesHeader)
        result.verdict = Verdict::FineGrained;
    else if (scopesAllowDeployments(scopes))
        result.verdict = Verdict::Valid;
    else
        result.verdict = Verdict::ClassicMissingScope;
    return result;
}

void TokenCheck::start(const QUrl &apiRoot, const QString &token)
{
    cancel();
    m_result = Result();
    m_result.account.apiRoot = apiRoot;
    delete m_client;
    m_client = new GitHubClient(this);
    m_client->setRetryPolicy(0, 0); // a check answers now; the person can press it again
    m_client->setTransferTimeout(m_transferTimeout);
    m_client->setCaCertificates(m_caCertificates);
    QString problem;
    if (!m_client->setApiRoot(apiRoot, m_allowInsecureHttp, &problem)) {
        m_result.verdict = Verdict::Failed;
        m_result.error = GitHubError(GitHubError::Kind::Network, problem);
        setState(State::Running);
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_state != State::Running)
                    return; // cancelled meanwhile
                setState(State::Done);
                Q_EMIT finished(m_result);
            },
            Qt::QueuedConnection);
        return;
    }
    m_client->setToken(token);
    m_request = m_client->currentUser();
    m_request->setAutoDelete(false);
    UserRequest *request = m_request;
    connect(request, &GitHubRequest::finished, this, [this, request, apiRoot] {
        const GitHubUser user = request->user();
        m_result = classify(apiRoot, request->scopes(), request->hasScopesHeader());
        m_result.expiresAt = request->tokenExpiration();
        m_result.account.login = user.login;
        m_result.account.userId = user.id;
        m_result.account.avatarUrl = user.avatarUrl;
        request->deleteLater();
        setState(State::Done);
        Q_EMIT finished(m_result);
    });
    connect(request, &GitHubRequest::failed, this, [this, request](const GitHubError &error) {
        m_result.error = error;
        if (error.kind == GitHubError::Kind::Unauthorized)
            m_result.verdict = Verdict::BadCredentials;
        else if (error.ssoRequired)
            m_result.verdict = Verdict::SsoRequired;
        else
            m_result.verdict = Verdict::Failed;
        request->deleteLater();
        setState(State::Done);
        Q_EMIT finished(m_result);
    });
    setState(State::Running);
}

void TokenCheck::cancel()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
        m_request->deleteLater();
        m_request = nullptr;
    }
    if (m_state == State::Running)
        setState(State::Idle);
}

void TokenCheck::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
