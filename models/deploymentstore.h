#pragma once

#include "deployment.h"
#include "deploymententry.h"
#include "deploymentstatus.h"
#include "environment.h"
#include "environmentindex.h"
#include "githubuser.h"
#include "recordtables.h"
#include "repositoryid.h"
#include "statusstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

// The deployments and statuses of one repository, newest first: the one copy of the data that
// DeploymentModel, StatusModel and EnvironmentModel read. It is fed with parsed value types
// (by RepositorySession, or by tests from fixture JSON) and merges them: it announces inserted
// and removed rows before changing them, and changed rows with what changed on them (Changes),
// which each model maps to its own roles.
class DeploymentStore : public QObject
{
    Q_OBJECT
public:
    enum class LoadState { Idle, Loading, Ready, Error };
    Q_ENUM(LoadState)

    // The records (deploymententry.h), by their names in the store.
    using StatusRecord = ::StatusRecord;
    using DeploymentRecord = ::DeploymentRecord;
    using Entry = DeploymentEntry;

    // What changed on one deployment, in domain terms; each model maps it to its roles.
    enum class Change : quint32 {
        State = 0x1,            // its state, or GitHub's text of it
        Statuses = 0x2,         // its confirmed statuses (a new one, usually)
        Pending = 0x4,          // a status being posted appeared or went
        StatusesLoaded = 0x8,   // whether its statuses are known
        Liveness = 0x10,        // live in its environment, or no longer
        EndTime = 0x20,         // when its time in the environment ended
        Environment = 0x40,     // where it is now (a status moved it)
        UpdatedAt = 0x80,       // the time of its latest status, else the deployment's
        Description = 0x100,    // the latest status's description, else the deployment's
        LogUrl = 0x200,         // the newest log URL given
        EnvironmentUrl = 0x400, // the newest environment URL given
        Fields = 0x800,         // its own fields: ref, SHA, task, creator, flags, payload, url
        Json = 0x1000,          // GitHub's object as it sent it (its updated_at moved, mostly)
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    // What an environment looks like now (for EnvironmentModel).
    struct EnvironmentSummary
    {
        QString name;
        const Entry *active = nullptr; // live deployment, if any
        const Entry *latest = nullptr; // newest deployment, if any
        int count = 0;
        bool transient = false;
        bool production = false;
        bool known = false; // listed by the environments endpoint
    };

    using Clock = std::function<QDateTime()>;

    explicit DeploymentStore(const RepositoryId &repository, QObject *parent = nullptr);
    ~DeploymentStore() override;

    RepositoryId repository() const { return m_repository; }
    void setClock(Clock clock); // stamps pending statuses; default: current UTC
    QDateTime now() const { return m_clock(); }

    // --- reading ---
    int count() const { return int(m_rows.size()); }
    const Entry &entry(int row) const { return *m_rows[size_t(row)]; }
    const Entry *find(qint64 deploymentId) const { return m_byId.value(deploymentId); }
    int rowOf(qint64 deploymentId) const;                   // -1 when unknown
    QList<qint64> deploymentIds() const;                    // newest first
    int loadedStatusCount() const { return m_loadedCount; } // deployments with statuses known

    // The values of an entry that live in the shared tables.
    QString rawState(const Entry &entry) const { return m_tables.rawState(entry); } // "" if none
    QString description(const Entry &entry) const { return m_tables.description(entry); }
    QUrl logUrl(const Entry &entry) const { return m_tables.logUrl(entry); }
    QUrl environmentUrl(const Entry &entry) const { return m_tables.environmentUrl(entry); }
    QUrl url(const Entry &entry) const { return m_tables.url(entry); }          // the API url
    QJsonObject json(const Entry &entry) const { return m_tables.json(entry); } // as GitHub sent it
    const GitHubUser &user(quint32 index) const { return m_tables.user(index); }
    // A record as the value type the client parses (without `json`).
    DeploymentStatus status(const StatusRecord &record) const { return m_tables.status(record); }
    Deployment deployment(const Entry &entry) const { return m_tables.deployment(entry); }

    QStringList environmentNames() const; // seen in deployments or listed by the endpoint
    EnvironmentSummary environmentSummary(const QString &name) const;
    // Deployments of an environment, newest first.
    QList<qint64> environmentDeployments(const QString &name) const;

    // The deployments whose statuses are worth fetching again after a listing: not known yet,
    // in a state that moves on by itself, or listed with another updated_at than the one
    // their statuses were fetched for (GitHub added a status since: another client's, or
    // auto_inactive's), however old.
    QList<qint64> deploymentsToRecheck() const;

    // Which deployments a new status would mark inactive (GitHub's auto_inactive rule):
    // earlier non-transient, non-production deployments of the same environment whose latest
    // state is success. Empty unless state is success and autoInactive is true. `environment`
    // is the status's environment (empty: the deployment's own).
    QList<qint64> predictAutoInactive(qint64 deploymentId, StatusState state, bool autoInactive,
                                      const QString &environment = {}) const;

    // --- feeding (merges; never resets) ---
    // A page of GET .../deployments: new ones are inserted in order, known ones updated.
    void mergeDeployments(const QList<Deployment> &deployments);
    // The same, from a source that lacks some of GitHub's REST fields (GraphQL: the transient and
    // production flags, GitHub's exact object): the next mergeDeployments() of each of these
    // takes all its fields even when updated_at has not moved.
    void mergeProvisionalDeployments(const QList<Deployment> &deployments);
    // After a complete listing: removes every deployment not in `listed`.
    void removeMissing(const QSet<qint64> &listed);
    void removeDeployment(qint64 deploymentId);
    // All statuses of one deployment (any order; kept newest first), as of its updated_at.
    void setStatuses(qint64 deploymentId, const QList<DeploymentStatus> &statuses);
    // GitHub answered that the statuses known are still all there are (a 304).
    void markStatusesCurrent(qint64 deploymentId);
    void setEnvironments(const QList<Environment> &environments);

    // Several feeding calls as one: derived values and change signals are computed once at
    // the end (inserts and removals are still announced as they happen).
    void beginUpdate();
    void endUpdate();

    // --- optimistic writes ---
    // Shows `status` at once as pending (and, for a success with autoInactive, the
    // deployments it would retire as inactive). False when one is already pending.
    bool beginStatusWrite(qint64 deploymentId, const DeploymentStatus &status,
                          bool autoInactive = true);
    // GitHub created it: the pending status becomes `created`.
    void confirmStatusWrite(qint64 deploymentId, const DeploymentStatus &created);
    // The write failed: back to what was there before.
    void rollbackStatusWrite(qint64 deploymentId);
    bool hasPendingWrite(qint64 deploymentId) const;

    // --- load state ---
    LoadState loadState() const { return m_loadState; }
    QString errorString() const { return m_errorString; }
    // Ready (or Loading) clears the error string.
    void setLoadState(LoadState state, const QString &errorString = {});
    void reportError(const QString &message); // a problem that does not end the load

Q_SIGNALS:
    void deploymentsAboutToBeInserted(int first, int last);
    void deploymentsInserted(int first, int last);
    void deploymentsAboutToBeRemoved(int first, int last);
    void deploymentsRemoved(int first, int last);
    // What changed on the deployment at `row` (never nothing).
    void deploymentChanged(int row, DeploymentStore::Changes changes);
    // The statuses (or the pending status) of one deployment changed.
    void statusesChanged(qint64 deploymentId);
    // Environment names or summaries may have changed.
    void environmentsChanged();
    void loadStateChanged(DeploymentStore::LoadState state);
    void progressChanged(int statusesLoaded, int deployments);
    void errorOccurred(const QString &message);

private:
    struct RowValues;
    RowValues values(const Entry &entry) const;
    void noteChanges(Entry *entry, const RowValues &before);
    void updateDeployment(Entry *entry, const Deployment &deployment);
    bool sameShownFields(const Entry &entry, const Deployment &deployment) const;
    void insertRun(int row, std::vector<std::unique_ptr<Entry>> &entries);
    void removeRun(int first, int last);
    void reindexFrom(int row);
    void refreshEnvironment(Entry *entry); // effective environment after a status change
    void flush();
    void setLoaded(Entry *entry, bool loaded);

    RepositoryId m_repository;
    Clock m_clock;
    std::vector<std::unique_ptr<Entry>> m_rows; // newest first
    QHash<qint64, Entry *> m_byId;
    QSet<qint64> m_provisional; // merged from a source without every REST field
    EnvironmentIndex m_index;   // per environment, newest first; who is live there
    QHash<QString, Environment> m_environments;
    QHash<qint64, QList<qint64>> m_predictions; // writer -> deployments predicted inactive
    RecordTables m_tables; // what repeats, kept once; records to values and back

    // The batch being applied.
    int m_updateDepth = 0;
    QHash<qint64, Changes> m_changes;
    QList<qint64> m_changedStatuses;
    bool m_environmentsChanged = false;
    bool m_progressChanged = false;

    int m_loadedCount = 0;
    LoadState m_loadState = LoadState::Idle;
    QString m_errorString;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DeploymentStore::Changes)
