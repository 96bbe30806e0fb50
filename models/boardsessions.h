#pragma once

#include "watchlist.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class DeploymentStore;
class GitHubClient;
class PollScheduler;
class RepositorySession;

// The overview board's data: one RepositorySession (Environments scope) per repository of the
// WatchList, in its order, and one PollScheduler per GitHubClient (per host and account) that
// polls them. A repository whose account has no client (not signed in there) has no session;
// the board shows it as such. Rows follow the WatchList: added at the end, removed in place.
class BoardSessions : public QObject
{
    Q_OBJECT

public:
    // The client that reads a watched repository, or nullptr when there is none (no token for
    // that host). Called once per repository; the client is not owned.
    using ClientFor = std::function<GitHubClient *(const WatchedRepository &)>;

    // `useGraphQL`: first loads over GraphQL (default; REST when the host refuses it).
    BoardSessions(WatchList *list, ClientFor clientFor, QObject *parent = nullptr,
                  bool useGraphQL = true);
    ~BoardSessions() override;

    WatchList *watchList() const { return m_list; }
    int count() const { return int(m_rows.size()); }
    WatchedRepository repository(int row) const { return m_rows.at(row).watched; }
    RepositorySession *session(int row) const { return m_rows.at(row).session.get(); }
    DeploymentStore *store(int row) const; // nullptr until its first load starts
    int rowOf(const DeploymentStore *store) const;
    QList<PollScheduler *> schedulers() const;

    // Asks ClientFor again for the rows that have no session (a token became available).
    void connectMissing();
    // Every host's scheduler starts a cycle now.
    void refreshAll();
    // Seconds between cycles, for every scheduler (also the ones made later).
    void setInterval(int seconds);

Q_SIGNALS:
    void rowAboutToBeInserted(int row);
    void rowInserted(int row);
    void rowAboutToBeRemoved(int row);
    void rowRemoved(int row);
    // The row's session made a new store (its first load started).
    void storeChanged(int row, DeploymentStore *store);
    // Every scheduler's pace, or a first load, changed: for the status line.
    void stateChanged();

private:
    struct Row
    {
        WatchedRepository watched;
        std::unique_ptr<RepositorySession> session;
        QPointer<PollScheduler> scheduler;
    };
    void append(const WatchedRepository &watched);
    void makeSession(Row &row);
    void start(int row); // hands the row's session to its scheduler (its first load)
    void removeAt(int row);
    PollScheduler *schedulerFor(GitHubClient *client);

    WatchList *m_list;
    ClientFor m_clientFor;
    std::vector<Row> m_rows;
    QHash<GitHubClient *, PollScheduler *> m_schedulers;
    int m_intervalSeconds = 60;
    bool m_useGraphQL = true;
};
