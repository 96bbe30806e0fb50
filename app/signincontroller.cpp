#include "signincontroller.h"

#include "models/accountstore.h"
#include "models/avatarfetcher.h"
#include "models/deviceflow.h"
#include "models/ghclitoken.h"
#include "models/githubclient.h"
#include "models/tokencheck.h"
#include "models/tokenkeyring.h"
#include "views/accountsdialog.h"
#include "views/repositorypicker.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>
#include <QPixmap>
#include <QStandardPaths>

namespace {

AccountsDialog::Source sourceFor(Account::TokenOrigin origin)
{
    switch (origin) {
    case Account::TokenOrigin::Environment:
        return AccountsDialog::Source::Environment;
    case Account::TokenOrigin::GhCli:
        return AccountsDialog::Source::GitHubCli;
    case Account::TokenOrigin::Session:
        return AccountsDialog::Source::Session;
    case Account::TokenOrigin::Keyring:
    case Account::TokenOrigin::None:
        break;
    }
    return AccountsDialog::Source::Keyring;
}

// The dialogs show avatars at 48 logical pixels at most: decoding straight to this size keeps
// a large (or hostile) image from costing more memory than that.
constexpr int AvatarDecodeSize = 144;

QPixmap decodeAvatar(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > AvatarDecodeSize || size.height() > AvatarDecodeSize))
        reader.setScaledSize(size.scaled(AvatarDecodeSize, AvatarDecodeSize, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    return image.isNull() ? QPixmap() : QPixmap::fromImage(image);
}

} // namespace

SignInController::SignInController(AccountStore *store, TokenKeyring *keyring, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keyring(keyring)
{
    m_check = new TokenCheck(this);
    m_gh = new GhCliToken(this);
    m_deviceFlow = new DeviceFlow(this);
    m_repositories = new RepositoryListModel(this);
    m_avatars = new AvatarFetcher(this);
    connect(m_avatars, &AvatarFetcher::fetched, this, &SignInController::onAvatarFetched);
    // A failed fetch changes nothing: the login's initial stays.
}

SignInController::~SignInController() = default;

void SignInController::setApiRootResolver(std::function<QUrl(const QString &)> resolver)
{
    m_resolver = std::move(resolver);
}

void SignInController::setGhProgram(const QString &program)
{
    m_gh->setProgram(program);
}

QUrl SignInController::apiRoot(const QString &host) const
{
    return m_resolver ? m_resolver(host) : SignInDialog::apiRootForHost(host);
}

SignInDialog *SignInController::openSignIn(QWidget *parent, SignInDialog::Page page)
{
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return m_signIn;
    }
    auto dialog = new SignInDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString program = m_gh->program();
    dialog->setGitHubCliAvailable(
        !QStandardPaths::findExecutable(program).isEmpty() ||
        (program.contains(QLatin1Char('/')) && QFileInfo(program).isExecutable()));
    // A client ID may be configured for one host only: asked again as the host is edited.
    dialog->setBrowserSignInAvailability(
        [self = QPointer<SignInController>(this)](const QString &host) {
            return self && (!self->m_clientIdOverride.isEmpty() ||
                            !self->m_store->oauthClientId(host).isEmpty());
        });
    dialog->setPage(page);
    connect(dialog, &SignInDialog::demoRequested, this, &SignInController::demoRequested);
    connect(dialog, &SignInDialog::tokenSubmitted, this,
            [this](const QString &host, const QString &token) {
                checkToken(host, token, Account::TokenOrigin::Keyring);
            });
    connect(dialog, &SignInDialog::gitHubCliSignInRequested, this, [this](const QString &host) {
        const quint64 attempt = ++m_attempt;
        m_gh->fetch(host);
        // One connection per attempt: a late answer for an older one is dropped.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_gh, &GhCliToken::finished, this,
                              [this, host, attempt, connection](const GhCliToken::Result &r) {
                                  disconnect(*connection);
                                  if (attempt != m_attempt || !m_signIn)
                                      return;
                                  if (!r.ok())
                                      m_signIn->showProblem(r.error);
                                  else
                                      checkToken(host, r.token, Account::TokenOrigin::GhCli);
                              });
    });
    connect(dialog, &SignInDialog::browserSignInRequested, this,
            &SignInController::startBrowserSignIn);
    connect(dialog, &SignInDialog::browserSignInCancelled, this, [this] {
        ++m_attempt;
        m_deviceFlow->cancel();
    });
    connect(dialog, &QObject::destroyed, this, [this] {
        ++m_attempt;
        m_check->cancel();
        m_gh->cancel();
        m_deviceFlow->cancel();
    });
    m_signIn = dialog;
    dialog->open();
    return dialog;
}

void SignInController::checkToken(const QString &host, const QString &token,
                                  Account::TokenOrigin origin)
{
    const QUrl root = apiRoot(host);
    if (!root.isValid()) {
        if (m_signIn) {
            QString problem;
            SignInDialog::apiRootForHost(host, &problem);
            m_signIn->showProblem(problem);
        }
        return;
    }
    const quint64 attempt = ++m_attempt;
    if (m_signIn)
        m_signIn->showChecking();
    m_check->cancel();
    m_check->setAllowInsecureHttp(false);
    const QString bundle = m_store->caBundle(Account::hostForApiRoot(root));
    QList<QSslCertificate> certificates;
    QString bundleError;
    if (!bundle.isEmpty() && !GitHubClient::loadCaBundle(bundle, &certificates, &bundleError)) {
        if (m_signIn)
            m_signIn->showProblem(bundleError);
        return;
    }
    m_check->setCaCertificates(certificates);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_check, &TokenCheck::finished, this,
                          [this, token, origin, attempt, connection](const TokenCheck::Result &) {
                              disconnect(*connection);
                              if (attempt == m_attempt)
                                  onChecked(token, origin);
                          });
    m_check->start(root, token);
}

void SignInController::onChecked(const QString &token, Account::TokenOrigin origin)
{
    const TokenCheck::Result result = m_check->result();
    const bool usable = result.verdict == TokenCheck::Verdict::Valid ||
                        result.verdict == TokenCheck::Verdict::FineGrained;
    // A classic token without repo / repo_deployment is explained before anything is saved.
    if (!usable) {
        if (m_signIn)
            m_signIn->showProblem(result.message());
        return;
    }
    Account account = result.account;
    account.tokenOrigin = origin;
    auto finish = [this](const Account &saved, const QString &token) {
        m_store->addOrUpdate(saved);
        if (m_signIn) {
            m_signIn->showSignedIn(saved.login);
            m_signedInAvatar = saved.avatarUrl;
            if (!saved.avatarUrl.isEmpty())
                m_avatars->fetch(saved.avatarUrl);
        }
        refreshAccounts();
        Q_EMIT signedIn(saved, token);
    };
    if (origin == Account::TokenOrigin::GhCli) {
        finish(account, token); // gh keeps it; DeployDeck asks gh again next time
        return;
    }
    const quint64 attempt = m_attempt;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        m_keyring, &TokenKeyring::writeFinished, this,
        [this, account, token, attempt, connection,
         finish](const QString &host, const QString &login, const TokenKeyring::Result &written) {
            if (host != account.host() || login != account.login)
                return;
            disconnect(*connection);
            if (attempt != m_attempt)
                return;
            Account saved = account;
            // No keyring service: signed in for this run only (the dialog says so).
            saved.tokenOrigin = written.status == TokenKeyring::Status::Ok
                                    ? Account::TokenOrigin::Keyring
                                    : Account::TokenOrigin::Session;
            finish(saved, token);
        });
    m_keyring->write(account.host(), account.login, token);
}

void SignInController::startBrowserSignIn(const QString &host)
{
    const QUrl root = apiRoot(host);
    const QString clientId = m_clientIdOverride.isEmpty()
                                 ? m_store->oauthClientId(Account::hostForApiRoot(root))
                                 : m_clientIdOverride;
    const quint64 attempt = ++m_attempt;
    m_deviceFlow->cancel();
    m_deviceFlow->disconnect(this);
    m_deviceFlow->setClientId(clientId);
    m_deviceFlow->setWebRoot(Account::webRootForApiRoot(root));
    connect(m_deviceFlow, &DeviceFlow::codeReceived, this,
            [this, attempt](const QString &userCode, const QUrl &verificationUri) {
                if (attempt == m_attempt && m_signIn)
                    m_signIn->showDeviceCode(userCode, verificationUri);
            });
    // slow_down only stretches the polls: nothing to show.
    connect(m_deviceFlow, &DeviceFlow::failed, this,
            [this, attempt](DeviceFlow::Failure, const QString &message) {
                if (attempt == m_attempt && m_signIn)
                    m_signIn->showProblem(message);
            });
    connect(m_deviceFlow, &DeviceFlow::succeeded, this,
            [this, attempt, host](const QString &token, const QStringList &) {
                if (attempt == m_attempt)
                    checkToken(host, token, Account::TokenOrigin::Keyring);
            });
    m_deviceFlow->start();
}

AccountsDialog *SignInController::openAccounts(QWidget *parent)
{
    if (m_accounts) {
        m_accounts->raise();
        return m_accounts;
    }
    auto dialog = new AccountsDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_accounts = dialog;
    refreshAccounts();
    connect(dialog, &AccountsDialog::addAccountRequested, this,
            [this, dialog] { openSignIn(dialog, SignInDialog::Page::SignIn); });
    connect(dialog, &AccountsDialog::signOutRequested, this,
            [this](const QString &host, const QString &login) {
                for (const Account &account : m_store->accounts()) {
                    if (account.host() != host || account.login != login)
                        continue;
                    if (account.tokenOrigin == Account::TokenOrigin::Keyring ||
                        account.tokenOrigin == Account::TokenOrigin::Session)
                        m_keyring->remove(host, login);
                    m_store->remove(account.apiRoot, login);
                    refreshAccounts();
                    Q_EMIT signedOut(account);
                    return;
                }
            });
    dialog->open();
    return dialog;
}

void SignInController::refreshAccounts()
{
    if (!m_accounts)
        return;
    QList<AccountsDialog::Account> rows;
    const QList<Account> accounts = m_store->accounts();
    for (const Account &account : accounts)
        rows.append({account.host(), account.login, sourceFor(account.tokenOrigin),
                     decodeAvatar(m_avatars->cached(account.avatarUrl))});
    m_accounts->setAccounts(rows);
    for (const Account &account : accounts) {
        if (!account.avatarUrl.isEmpty() && m_avatars->cached(account.avatarUrl).isEmpty())
            m_avatars->fetch(account.avatarUrl);
    }
}

void SignInController::onAvatarFetched(const QUrl &url, const QByteArray &imageData)
{
    const QPixmap avatar = decodeAvatar(imageData);
    if (avatar.isNull())
        return; // not an image: the initial stays
    if (m_signIn && url == m_signedInAvatar && m_signIn->state() == SignInDialog::State::SignedIn)
        m_signIn->setAvatar(avatar);
    if (!m_accounts)
        return;
    for (const Account &account : m_store->accounts()) {
        if (account.avatarUrl == url)
            m_accounts->setAvatar(account.host(), account.login, avatar);
    }
}

RepositoryPicker *SignInController::openRepositoryPicker(QWidget *parent, GitHubClient *client,
                                                         const QStringList &recent)
{
    m_repositories->setRecent(recent);
    auto picker = new RepositoryPicker(m_repositories, parent);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<GitHubClient> guardedClient(client);
    connect(picker, &RepositoryPicker::checkRequested, picker,
            [picker, guardedClient](const RepositoryId &id) {
                if (!guardedClient)
                    return;
                QPointer<RepositoryRequest> request = guardedClient->repository(id);
                QObject::connect(request, &GitHubRequest::finished, picker, [picker, request, id] {
                    if (!request)
                        return;
                    RepositoryEntry entry;
                    entry.id = RepositoryId::parse(request->fullName()).value_or(id);
                    entry.canPush = request->canPush();
                    entry.isPrivate = request->isPrivate();
                    picker->showChecked(entry);
                });
                QObject::connect(request, &GitHubRequest::failed, picker,
                                 [picker, id](const GitHubError &error) {
                                     if (error.kind == GitHubError::Kind::NotFound)
                                         picker->showNotFound(id);
                                     else
                                         picker->showProblem(error.toDisplayString());
                                 });
            });
    connect(picker, &RepositoryPicker::repositoryChosen, this,
            [this, picker](const RepositoryEntry &entry) {
                if (!picker->chosenWasChecked() && !m_repositories->isAccountRepository(entry.id))
                    Q_EMIT recentRepositoryChosen(entry.id);
                else
                    Q_EMIT repositoryChosen(entry);
            });
    picker->open();
    return picker;
}
