#pragma once

#include "models/account.h"
#include "models/repositorylistmodel.h"
#include "views/signindialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AccountStore;
class AccountsDialog;
class AvatarFetcher;
class DeviceFlow;
class GhCliToken;
class GitHubClient;
class RepositoryPicker;
class TokenCheck;
class TokenKeyring;

// Connects the sign-in dialogs to the accounts API: a pasted token, GitHub CLI's token or the
// browser's device flow is checked with GET /user (TokenCheck), saved in the keyring and
// remembered in the AccountStore; the dialog is told each outcome. The Accounts dialog signs
// out (keyring entry and account), and the repository picker's typed OWNER/REPO is checked
// with GET /repos/{owner}/{repo}. It owns no window: each open*() returns the dialog it opened.
class SignInController : public QObject
{
    Q_OBJECT
public:
    SignInController(AccountStore *store, TokenKeyring *keyring, QObject *parent = nullptr);
    ~SignInController() override;

    // For tests: the API root for a host as typed (default SignInDialog::apiRootForHost), and
    // the `gh` program (default "gh" from PATH).
    void setApiRootResolver(std::function<QUrl(const QString &host)> resolver);
    void setGhProgram(const QString &program);
    // Where the browser sign-in's OAuth client ID comes from (default: the store's per host).
    void setOAuthClientId(const QString &clientId) { m_clientIdOverride = clientId; }

    SignInDialog *openSignIn(QWidget *parent, SignInDialog::Page page = SignInDialog::Page::SignIn);
    AccountsDialog *openAccounts(QWidget *parent);
    // The picker over repositoryModel(); a typed repository is checked through `client`.
    RepositoryPicker *openRepositoryPicker(QWidget *parent, GitHubClient *client,
                                           const QStringList &recent);
    RepositoryListModel *repositoryModel() const { return m_repositories; }

    SignInDialog *signInDialog() const { return m_signIn; }
    // Fetches the accounts' avatars (no token sent); the dialogs show the login's initial until
    // one arrives, and keep it when the fetch fails.
    AvatarFetcher *avatarFetcher() const { return m_avatars; }

Q_SIGNALS:
    // A checked token, saved (or kept for this session): the app switches to it.
    void signedIn(const Account &account, const QString &token);
    void signedOut(const Account &account);
    void demoRequested();
    // From the picker: one of the account's repositories, or a typed one just checked with it.
    void repositoryChosen(const RepositoryEntry &entry);
    // From the picker: a recent repository the account's list does not hold; it opens with
    // the account it remembers (AccountStore::accountForRepository), as from the toolbar.
    void recentRepositoryChosen(const RepositoryId &repository);

private:
    QUrl apiRoot(const QString &host) const;
    void checkToken(const QString &host, const QString &token, Account::TokenOrigin origin);
    void onChecked(const QString &token, Account::TokenOrigin origin);
    void startBrowserSignIn(const QString &host);
    void refreshAccounts();
    void onAvatarFetched(const QUrl &url, const QByteArray &imageData);

    AccountStore *m_store = nullptr;
    TokenKeyring *m_keyring = nullptr;
    TokenCheck *m_check = nullptr;
    GhCliToken *m_gh = nullptr;
    DeviceFlow *m_deviceFlow = nullptr;
    RepositoryListModel *m_repositories = nullptr;
    AvatarFetcher *m_avatars = nullptr;
    QUrl m_signedInAvatar; // the avatar the sign-in dialog's "Signed in as" waits for
    std::function<QUrl(const QString &)> m_resolver;
    QString m_clientIdOverride;
    QPointer<SignInDialog> m_signIn;
    QPointer<AccountsDialog> m_accounts;
    // Whose token is being checked or saved (dropped when another attempt starts).
    quint64 m_attempt = 0;
};
