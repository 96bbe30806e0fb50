#pragma once

#include "githubclient.h" // QPointer<GitHubClient> needs the type
#include "repositoryid.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class RepositorySession;

// Polls many repositories of one host (one GitHubClient, so one rate limit) for the overview
// board: a cycle every interval, at most maxConcurrent repositories loading or refreshing at a
// time, each refresh a conditional request (an unchanged repository costs a 304, 0 points).
// It slows down when the rate limit runs low and pauses until the reset when it is nearly
// spent, and says so (pace()); while the client waits out a secondary limit it waits too.
class PollScheduler : public QObject
{
    Q_OBJECT

public:
    enum class Pace {
        Normal,
        Slowed, // under a fifth of the limit left: every fourth cycle only
        Paused, // under the reserve: nothing until the limit resets (resumesAt())
    };
    Q_ENUM(Pace)

    explicit PollScheduler(GitHubClient *client, QObject *parent = nullptr);
    ~PollScheduler() override;

    GitHubClient *client() const { return m_client; }

    // The session's first load starts when a slot is free; it is polled from then on.
    // The session is not owned; remove it before deleting it.
    void addSession(RepositorySession *session, const RepositoryId &repository);
    void removeSession(RepositorySession *session);
    int sessionCount() const { return int(m_sessions.size()); }

    void setInterval(int seconds); // between cycles; default 60; 0 stops the timer
    int interval() const { return m_intervalSeconds; }
    void setMaxConcurrent(int count) { m_maxConcurrent = qMax(1, count); }
    int maxConcurrent() const { return m_maxConcurrent; }

    // Starts a cycle now (unless one runs); Paused still holds.
    void refreshNow();
    bool isCycleRunning() const { return !m_waiting.isEmpty() || !m_running.isEmpty(); }

    Pace pace() const { return m_pace; }
    QDateTime resumesAt() const { return m_resumesAt; } // Paused: when the limit resets
    // The latest finished cycle: transfers sent and rate-limit points used (-1: unknown).
    int lastCycleRequests() const { return m_lastCycleRequests; }
    int lastCyclePoints() const { return m_lastCyclePoints; }
    int cyclesFinished() const { return m_cycles; }
    QDateTime lastCycleEnd() const { return m_lastCycleEnd; } // UTC; invalid before the first

    // Pace thresholds: the share of the limit under which polling slows, and the points kept
    // in reserve (for the user's own clicks) under which it pauses until the reset.
    static constexpr double slowBelowShare = 0.2;
    static constexpr int pauseBelowPoints = 100;
    static constexpr int slowedCycleFactor = 4;

Q_SIGNALS:
    void paceChanged(PollScheduler::Pace pace);
    void cycleFinished();
    // Every session has finished its first load.
    void firstLoadFinished();

private:
    struct Entry
    {
        QPointer<RepositorySession> session;
        RepositoryId repository;
        bool started = false; // its first load began
    };
    void onTimer();
    void startCycle();
    void pump();
    void sessionDone(RepositorySession *session);
    void finishCycle();
    void updatePace();

    QPointer<GitHubClient> m_client;
    QList<Entry> m_sessions;
    QList<RepositorySession *> m_waiting; // this cycle's, not started yet
    QSet<RepositorySession *> m_running;
    QTimer m_timer;
    QTimer m_resumeTimer;
    int m_intervalSeconds = 60;
    int m_maxConcurrent = 4;
    int m_tick = 0;
    Pace m_pace = Pace::Normal;
    QDateTime m_resumesAt;
    int m_cycleStartTransfers = 0;
    int m_cycleStartUsed = -1;
    QDateTime m_cycleStartReset;
    int m_lastCycleRequests = -1;
    int m_lastCyclePoints = -1;
    int m_cycles = 0;
    QDateTime m_lastCycleEnd;
    bool m_firstLoadAnnounced = false;
    bool m_cycleActive = false; // a cycle (or a first load) runs until its sessions are done
};
