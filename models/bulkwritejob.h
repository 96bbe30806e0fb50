#pragma once

#include "githuberror.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class RepositorySession;

// Marks several deployments inactive and/or deletes them, one write at a time, and always ends:
// result() is emitted exactly once, whether every write was answered, a deployment went away,
// a write failed, or the job was stopped (KJob's contract). Owned and started by
// RepositorySession, which stops it when the repository changes.
class BulkWriteJob : public QObject
{
    Q_OBJECT
public:
    enum class Action {
        MarkInactive,
        Delete,
        MarkInactiveAndDelete, // inactive first where needed: GitHub deletes only inactive ones
    };
    Q_ENUM(Action)

    // What happened to one deployment.
    enum class Outcome {
        NotAttempted, // the job stopped before it was written
        Done,
        AlreadyDone, // already inactive: nothing to write
        Gone,        // no longer exists (deleted elsewhere meanwhile)
        Failed,
        Interrupted, // stopped while its write was in flight: GitHub may or may not have it
    };
    Q_ENUM(Outcome)

    struct Item
    {
        qint64 id = 0;
        Outcome outcome = Outcome::NotAttempted;
        QString error; // translated, for Failed
    };

    struct Result
    {
        Action action = Action::MarkInactive;
        QList<Item> items;  // in the order given
        QString stopReason; // why it stopped early; empty when it ran to the end

        int count(Outcome outcome) const;
        // Done or AlreadyDone.
        int succeeded() const { return count(Outcome::Done) + count(Outcome::AlreadyDone); }
        bool isComplete() const { return succeeded() == items.size(); }
        QList<qint64> ids(Outcome outcome) const;
        // One translated sentence a person reads: "2 of 3 marked inactive; 1 no longer exists."
        QString summary() const;
        // The failed ones, one per line: "#42: GitHub's reason".
        QStringList errors() const;
    };

    BulkWriteJob(RepositorySession *session, Action action, const QList<qint64> &deploymentIds);
    ~BulkWriteJob() override;

    Action action() const { return m_result.action; }
    QList<qint64> deploymentIds() const;
    int total() const { return int(m_result.items.size()); }
    int done() const { return m_next; } // items finished (any outcome)
    bool isFinished() const { return m_finished; }
    const Result &result() const { return m_result; }

    // Starts now: the first write is on screen as pending when this returns (connect first; a
    // job with nothing to write finishes before it returns).
    void start();
    // Ends now: the write in flight counts as Interrupted, the rest NotAttempted; result() is
    // emitted before this returns (once: a finished job ignores it).
    void stop(const QString &reason);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const BulkWriteJob::Result &result);

private:
    enum class Step { None, MarkInactive, Delete };
    void next();
    void writeInactive(Item &item);
    void writeDelete(Item &item);
    void onStatusWritten(qint64 deploymentId, bool ok);
    void onDeleted(qint64 deploymentId, bool ok, const GitHubError &error);
    void itemDone(Outcome outcome, const QString &error = {});
    void finish();

    QPointer<RepositorySession> m_session;
    Result m_result;
    int m_next = 0; // index of the item being written
    Step m_step = Step::None;
    GitHubError m_lastError; // from writeFailed, just before writeFinished
    bool m_started = false;
    bool m_finished = false;
};

Q_DECLARE_METATYPE(BulkWriteJob::Result)
