#pragma once

#include "models/account.h"
#include "models/githubrequest.h"
#include "models/repositoryentry.h"
#include "models/repositoryid.h"
#include "models/tokenresolver.h"
#include "models/watchlist.h"
#include "views/repositorypicker.h"
#include "views/signindialog.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class AccountStore;
class GitHubClient;
class GitHubEmulator;
class MainWindow;
class NotificationController;
class Overview;
class RepositorySession;
class SignInController;
class TokenKeyring;

// The desktop app's parts, wired together: the GitHub client, the repository session, the main
// window, the accounts (store, keyring, token resolver, sign-in dialogs, repository picker) and,
// for the demo, the in-process GitHub emulator.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        QUrl apiUrl;                // empty: the last repository's account, else api.github.com
        QString token;              // empty: found by TokenResolver (environment, keyring, gh)
        RepositoryId repository;    // invalid: the last one
        int liveSeconds = 20;       // the demo's new deployments; 0: none
        int autoRefreshSeconds = 0; // 0: the interval kept by Settings (60 s by default)
        QString notificationLog;    // empty: <AppDataLocation>/notified.log
    };

    explicit DesktopApp(const Options &options, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Checks the options; returns a translated problem (empty when they are fine).
    QString prepare();
    // Shows the main window; finds the token (or opens the sign-in dialog), then opens the
    // repository (or the welcome page).
    void start();
    // Switches to the built-in emulator with the demo data (also "Try the demo").
    bool startDemo(QString *error = nullptr);

    // File > Add Repository: the picker over the account's repositories and the recent ones.
    RepositoryPicker *openRepositoryPicker();

    MainWindow *window() const { return m_window.get(); }
    RepositorySession *session() const { return m_session; }
    GitHubClient *client() const { return m_client; }
    GitHubEmulator *emulator() const { return m_emulator; }
    SignInController *signInController() const { return m_signIn; }
    AccountStore *accountStore() const { return m_accounts; }
    TokenResolver *tokenResolver() const { return m_resolver; }
    // The account in use (null before sign-in and in the demo).
    Account account() const { return m_account; }
    RepositoryPicker *repositoryPicker() const { return m_picker; }
    // Notifications and the tray (made by start()): tracker()->addStore() watches a repository.
    NotificationController *notifications() const { return m_notifications; }
    // The Overview board of watched repositories (made with the app; its window on demand).
    Overview *overview() const { return m_overview; }
    // The Overview's Watch Repository…: the picker, choosing adds to the watch list only.
    RepositoryPicker *openWatchPicker();
    // Whether the token look-up at start has answered (false while it runs).
    bool isTokenResolved() const { return m_tokenResolved; }

Q_SIGNALS:
    // The start's token look-up answered (found or not).
    void tokenResolved(bool found);

private:
    void wireWindow();
    // The API root and login whose token start() looks for.
    Account startAccount(const RepositoryId &last) const;
    // Points the client at `account` with `token` (and the host's CA bundle); false with a
    // message on the window when the bundle cannot be read or the root is refused.
    bool useAccount(const Account &account, const QString &token);
    void openStartRepository();
    void onSignedIn(const Account &account, const QString &token);
    void onSignedOut(const Account &account);
    void openChosen(const RepositoryEntry &entry);
    // A recent repository: opened with the account it remembers (AccountStore), switching the
    // client's API root and token first when that is another account than the current one.
    void openWithRememberedAccount(const RepositoryId &repository);
    void onRememberedAccountResolved(const TokenResolver::Result &result);
    // GET /repos/{owner}/{repo}: read-only unless the account may push.
    void checkPermissions(const RepositoryId &repository);
    void loadAccountRepositories();
    void openSettings();
    void showSignIn(SignInDialog::Page page);
    void wireOverview();
    // The Overview's repositories go to the notifications' tracker (again when the board is
    // made anew, for the demo).
    void watchBoardForNotifications();
    // The Overview's Enter on a cell: that repository in the window, that deployment selected.
    void openFromOverview(const WatchedRepository &watched, const QString &environment,
                          qint64 deploymentId);

    Options m_options;
    GitHubClient *m_client = nullptr;
    RepositorySession *m_session = nullptr;
    GitHubEmulator *m_emulator = nullptr;
    AccountStore *m_accounts = nullptr;
    TokenKeyring *m_keyring = nullptr;
    TokenResolver *m_resolver = nullptr;
    // Finds a remembered account's token; its own, so it never abandons the start's look-up.
    TokenResolver *m_accountResolver = nullptr;
    // The recent repository waiting for its account's token (invalid: none), and that account.
    RepositoryId m_pendingRepository;
    Account m_pendingAccount;
    SignInController *m_signIn = nullptr;
    NotificationController *m_notifications = nullptr;
    Overview *m_overview = nullptr;
    std::unique_ptr<MainWindow> m_window;
    Account m_account;
    RepositoryId m_lastRepository;
    bool m_tokenResolved = false;
    // A repository opened from the picker already knows its permissions.
    RepositoryId m_permissionsKnown;
    QPointer<RepositoryPicker> m_picker;
    QPointer<UserRepositoryListRequest> m_repositoryList;
    // Whose repositories the picker's model holds ("HOST LOGIN"; empty: none loaded).
    QString m_repositoriesOf;
    bool m_repositoriesComplete = false;
};
