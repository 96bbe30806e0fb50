#pragma once

#include "bulkwritejob.h"
#include "cleanupjournal.h"
#include "cleanupplan.h"
#include "githuberror.h"
#include "writepacer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class DeploymentStatus;
class GitHubRequest;
class RepositorySession;
class TimeSource;

// Applies a CleanupPlan, one write at a time, and always ends with one finished(report)
// (KJob's contract). Right before an item's first write it is read again from GitHub; if it
// changed since the dry run (a new status, now live, a new deployment in an environment) it is
// skipped and the report says why. Writes are paced under GitHub's secondary limits
// (WritePacer); a secondary-limit answer (403/429 with retry-after) pauses until the time
// GitHub gave, then the same write is tried again (it was not carried out). Pause, resume and
// cancel at any time. With a journal, every write is announced before it is sent, and a
// resumed run re-reads what was in flight: nothing is done twice, nothing left out.
// Deployment writes go through RepositorySession's BulkWriteJob (one deployment a job), so the
// window shows them as they happen. A plan over several repositories takes one session per
// repository (each item is written through its repository's) and one pacer for them all:
// GitHub's secondary limits count per user, not per repository.
class CleanupJob : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Checking,    // reading the target again before its first write
        Writing,     // a write is in flight
        Pacing,      // waiting for the next slot under the secondary limits
        RateLimited, // GitHub answered with a secondary limit: waiting until waitingUntil()
        Paused,      // by the user
        Finished,
    };
    Q_ENUM(State)

    enum class Outcome { NotAttempted, Done, Skipped, Failed };
    Q_ENUM(Outcome)

    struct ItemResult
    {
        CleanupItem item;
        Outcome outcome = Outcome::NotAttempted;
        QString reason;           // translated: why skipped or failed
        bool fromJournal = false; // finished by an earlier run
    };

    struct Report
    {
        Q_DECLARE_TR_FUNCTIONS(CleanupJob)
    public:
        QString repository;       // the first (or only) one
        QStringList repositories; // every repository of the plan
        QList<ItemResult> items;  // in the plan's order
        QString stopReason;       // empty when it ran to the end
        int writesSent = 0;
        int rateLimitPauses = 0; // secondary-limit answers from GitHub

        int count(Outcome outcome) const;
        bool isComplete() const { return stopReason.isEmpty(); }
        bool hasFailures() const { return count(Outcome::Failed) > 0; }
        // "12 done, 2 skipped, 1 failed" (translated), with the stop reason.
        QString summary() const;
        // {"repository", "repositories", "complete", "stop_reason", "done", "skipped", "failed",
        //  "not_attempted", "writes", "rate_limit_pauses", "items": [...]}
        QJsonObject toJson() const;
    };

    CleanupJob(RepositorySession *session, const CleanupPlan &plan, QObject *parent = nullptr);
    // One session per repository of the plan (not owned), all through one account.
    CleanupJob(const QList<RepositorySession *> &sessions, const CleanupPlan &plan,
               QObject *parent = nullptr);
    ~CleanupJob() override;

    // Not owned; default: the (first) session's client's.
    void setTimeSource(TimeSource *timeSource);
    void setPacer(const WritePacer &pacer) { m_pacer = pacer; }
    // Records every write and outcome there (and skips what it says is finished: a resume).
    // Its plan must be this job's. Call before start().
    void setJournal(std::unique_ptr<CleanupJournal> journal);
    CleanupJournal *journal() const { return m_journal.get(); }

    const CleanupPlan &plan() const { return m_plan; }
    State state() const { return m_state; }
    int total() const { return int(m_report.items.size()); }
    int finishedCount() const { return m_next; }
    QDateTime waitingUntil() const { return m_waitingUntil; } // Pacing and RateLimited
    // When the remaining writes would be done at the limits' pace (invalid once finished).
    QDateTime estimatedEnd() const;
    const Report &report() const { return m_report; }

    void start();
    void pause(); // after the write in flight
    void resume();
    // Ends now: a write in flight is left to the journal (a resume reads it again).
    void cancel(const QString &reason = {});

Q_SIGNALS:
    void stateChanged(CleanupJob::State state);
    void progress(int finished, int total);
    void itemFinished(int index);
    void finished(const CleanupJob::Report &report);

private:
    enum class Step { None, MarkInactive, Delete, DeleteEnvironment };

    void setState(State state);
    void next();
    void check();
    void checked(const QList<DeploymentStatus> &statuses, const GitHubError &error);
    bool checkFailed(const GitHubError &error);
    void checkedEnvironment(const QList<qint64> &ids, const GitHubError &error);
    void runStep();
    void send();
    void written(BulkWriteJob::Outcome outcome, const GitHubError &error);
    void environmentWritten(bool ok, const GitHubError &error);
    void waitUntil(State state, const QDateTime &until, void (CleanupJob::*then)());
    void finishItem(Outcome outcome, const QString &reason = {});
    void finish(const QString &stopReason = {});
    QDateTime now() const;
    // The session of the item being worked on (nullptr: its repository has none).
    RepositorySession *session() const;
    bool isCurrent(const RepositorySession *session) const;
    int remainingWrites() const;
    static QString stepName(Step step);

    QList<QPointer<RepositorySession>> m_sessions;
    CleanupPlan m_plan;
    TimeSource *m_timeSource = nullptr;
    WritePacer m_pacer;
    std::unique_ptr<CleanupJournal> m_journal;
    Report m_report;
    State m_state = State::Idle;
    int m_next = 0;       // the item being worked on
    QList<Step> m_steps;  // the current item's writes still to send
    int m_itemWrites = 0; // writes sent for the current item by this run
    QPointer<GitHubRequest> m_check;
    QPointer<BulkWriteJob> m_write;
    GitHubError m_lastError; // GitHub's, for the write in flight
    QDateTime m_waitingUntil;
    quint64 m_waitId = 0; // a wait that is no longer wanted ignores its timer
    void (CleanupJob::*m_resumeWith)() = nullptr;
    bool m_pauseRequested = false;
    bool m_started = false;
};

Q_DECLARE_METATYPE(CleanupJob::Report)
