#pragma once

#include "deployment.h"
#include "deploymentstatus.h"
#include "environment.h"
#include "repositoryid.h"
#include "statusstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

// The deployments and statuses of one repository, newest first: the one copy of the data that
// DeploymentModel, StatusModel and EnvironmentModel read. It is fed with parsed value types
// (by RepositorySession, or by tests from fixture JSON) and merges them: it announces inserted
// and removed rows before changing them, and changed rows with the exact roles that changed.
class DeploymentStore : public QObject
{
    Q_OBJECT
public:
    enum class LoadState { Idle, Loading, Ready, Error };
    Q_ENUM(LoadState)

    // One deployment with its statuses and the values derived from them.
    struct Entry
    {
        Deployment deployment;
        QList<DeploymentStatus> statuses;        // confirmed, newest first (lean copies)
        std::optional<DeploymentStatus> pending; // a status being posted right now
        QDateTime predictedInactiveAt;           // valid: a success elsewhere will retire it
        QByteArray json; // GitHub's object as compressed compact text (deployment.json is empty)
        bool statusesLoaded = false;
        // Derived, kept current by the store.
        QString environment; // where it is now: a status may move it to another environment
        bool active = false;
        QDateTime endTime;
        int row = -1;

        // The newest status, the pending one included; nullptr when there is none.
        const DeploymentStatus *latestStatus() const;
        StatusState state() const; // NoStatus, Destroyed for an inactive transient one, ...
        QString rawState() const;  // GitHub's text ("" when no status)
        QDateTime updatedAt() const;
        QString description() const;
        QUrl logUrl() const;
        QUrl environmentUrl() const;
        QJsonObject jsonObject() const; // GitHub's object, parsed from `json`
    };

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

    QStringList environmentNames() const; // seen in deployments or listed by the endpoint
    EnvironmentSummary environmentSummary(const QString &name) const;
    // Deployments of an environment, newest first.
    QList<qint64> environmentDeployments(const QString &name) const;

    // Deployments whose latest state cannot change by itself any more are final; the rest
    // (or the ones created after `recentSince`) are worth re-checking on refresh.
    QList<qint64> changeableDeployments(const QDateTime &recentSince) const;

    // Which deployments a new status would mark inactive (GitHub's auto_inactive rule):
    // earlier non-transient, non-production deployments of the same environment whose latest
    // state is success. Empty unless state is success and autoInactive is true. `environment`
    // is the status's environment (empty: the deployment's own).
    QList<qint64> predictAutoInactive(qint64 deploymentId, StatusState state, bool autoInactive,
                                      const QString &environment = {}) const;

    // --- feeding (merges; never resets) ---
    // A page of GET .../deployments: new ones are inserted in order, known ones updated.
    void mergeDeployments(const QList<Deployment> &deployments);
    // After a complete listing: removes every deployment not in `listed`.
    void removeMissing(const QSet<qint64> &listed);
    void removeDeployment(qint64 deploymentId);
    // All statuses of one deployment (any order; kept newest first).
    void setStatuses(qint64 deploymentId, const QList<DeploymentStatus> &statuses);
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
    void setLoadState(LoadState state, const QString &errorString = {});
    void reportError(const QString &message); // a problem that does not end the load

Q_SIGNALS:
    void deploymentsAboutToBeInserted(int first, int last);
    void deploymentsInserted(int first, int last);
    void deploymentsAboutToBeRemoved(int first, int last);
    void deploymentsRemoved(int first, int last);
    // DeploymentRoles::Role values that changed (never empty).
    void deploymentChanged(int row, const QList<int> &roles);
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
    void addRoles(qint64 id, const QList<int> &roles);
    void updateDeployment(Entry *entry, const Deployment &deployment);
    void insertRun(int row, std::vector<std::unique_ptr<Entry>> &entries);
    void removeRun(int first, int last);
    void reindexFrom(int row);
    void placeInEnvironment(Entry *entry, const QString &environment);
    void takeFromEnvironment(Entry *entry);
    void refreshEnvironment(Entry *entry); // effective environment after a status change
    // A deployment of `environment` changed (or came, or went): who is live there and the end
    // times must be recomputed from it downwards.
    void markDirty(const QString &environment, const Deployment &deployment);
    struct DirtyRange;
    void recomputeEnvironment(const QString &name, const DirtyRange &range);
    void flush();
    void setLoaded(Entry *entry, bool loaded);
    DeploymentStatus lean(const DeploymentStatus &status);
    void compact(Entry *entry, const Deployment &deployment);
    QString intern(const QString &text);
    QUrl internUrl(const QUrl &url);

    RepositoryId m_repository;
    Clock m_clock;
    std::vector<std::unique_ptr<Entry>> m_rows; // newest first
    QHash<qint64, Entry *> m_byId;
    QHash<QString, std::vector<Entry *>> m_members; // per environment, newest first
    QHash<QString, Environment> m_environments;
    QHash<qint64, QList<qint64>> m_predictions; // writer -> deployments predicted inactive
    QSet<QString> m_strings;
    QSet<QUrl> m_urls;
    QHash<qint64, GitHubUser> m_users; // shared creators (their URLs are not small)
    QUrl m_repositoryUrl;

    // The batch being applied.
    int m_updateDepth = 0;
    QHash<qint64, QList<int>> m_changedRoles;
    // Per environment, the newest and the oldest deployment (createdAt, id) that changed.
    struct DirtyKey
    {
        QDateTime createdAt;
        qint64 id = 0;
    };
    struct DirtyRange
    {
        DirtyKey newest;
        DirtyKey oldest;
    };
    QHash<QString, DirtyRange> m_dirtyEnvironments;
    QList<qint64> m_changedStatuses;
    bool m_environmentsChanged = false;
    bool m_progressChanged = false;

    int m_loadedCount = 0;
    LoadState m_loadState = LoadState::Idle;
    QString m_errorString;
};
