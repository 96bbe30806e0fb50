#pragma once

#include "models/watchlist.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <memory>

class AccountStore;
class BoardModel;
class BoardSessions;
class CleanupController;
class GitHubClient;
class OverviewWindow;
class QSettings;
class QTemporaryDir;
class TokenKeyring;
class TokenResolver;

// The Overview's parts: the watch list (QSettings; in the demo a list of its own, seeded with
// the demo's repositories, so the demo never writes the user's), one GitHubClient per host
// and account that the board reads with (never the window's client: that one follows the
// open repository's account), the sessions and their schedulers, the board model and, made
// when first shown, the window. Polling runs whether or not the window is shown, so
// notifications hear about every watched repository.
class Overview : public QObject
{
    Q_OBJECT

public:
    Overview(AccountStore *accounts, TokenKeyring *keyring, QObject *parent = nullptr);
    ~Overview() override;

    // The account the app is signed in with: repositories on its host read with its token.
    void setAccount(const QUrl &apiRoot, const QString &login, const QString &token,
                    const QList<QSslCertificate> &certificates);
    // The demo: a watch list of its own with `repositories` on the emulator.
    void startDemo(const QUrl &apiRoot, const QString &token, const QStringList &repositories);

    // Adds it with the current account (false when it is watched already).
    bool watch(const RepositoryId &repository);
    bool isWatched(const RepositoryId &repository) const;
    void unwatch(const RepositoryId &repository);

    WatchList *watchList() const { return m_list.get(); }
    BoardSessions *sessions() const { return m_sessions.get(); }
    BoardModel *model() const { return m_model.get(); }
    OverviewWindow *window(); // made on first use
    // Clean Up Watched Repositories… (made with the window).
    CleanupController *cleanup() const;
    void show();

    // Seconds between polling cycles (the app's auto-refresh interval).
    void setInterval(int seconds);

Q_SIGNALS:
    void watchPickerRequested();
    void openRequested(const WatchedRepository &repository, const QString &environment,
                       qint64 deploymentId);
    void timelineRequested();
    // The board was made anew (demo): anything that watched its stores reconnects.
    void boardChanged();

private:
    struct Credentials
    {
        QString token;
        QList<QSslCertificate> certificates;
    };
    static QString key(const QUrl &apiRoot, const QString &login);
    GitHubClient *clientFor(const WatchedRepository &watched);
    void resolveNext();
    void makeBoard(std::unique_ptr<WatchList> list);

    QPointer<AccountStore> m_accounts;
    TokenResolver *m_resolver = nullptr;
    QUrl m_apiRoot; // the signed-in account's
    QString m_login;
    QHash<QString, Credentials> m_credentials; // by key(): tokens known
    QHash<QString, GitHubClient *> m_clients;  // by key()
    QList<WatchedRepository> m_toResolve;      // their accounts' tokens being looked up
    bool m_resolving = false;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<QSettings> m_demoSettings;
    std::unique_ptr<WatchList> m_list;
    std::unique_ptr<BoardSessions> m_sessions;
    std::unique_ptr<BoardModel> m_model;
    QPointer<OverviewWindow> m_window;
    QPointer<CleanupController> m_cleanup;
    int m_interval = 60;
};
