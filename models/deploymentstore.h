#pragma once

#include "deployment.h"
#include "deploymentstatus.h"
#include "environment.h"
#include "githubuser.h"
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
// and removed rows before changing them, and changed rows with the exact roles that changed.
class DeploymentStore : public QObject
{
    Q_OBJECT
public:
    enum class LoadState { Idle, Loading, Ready, Error };
    Q_ENUM(LoadState)

    // A deployment status as the store keeps it. A large repository has fifty thousand, so
    // what repeats (descriptions, environments, URLs, creators) is an index into the store's
    // shared tables, and GitHub's text of the state only kept when the enum does not say it.
    // DeploymentStore::status() gives it back as a DeploymentStatus.
    struct StatusRecord
    {
        qint64 id = 0;        // 0 for a status being posted
        qint64 createdAt = 0; // msecs since the epoch (UTC)
        quint32 description = 0;
        quint32 environment = 0; // 0: none named (the deployment's own)
        quint32 logUrl = 0;      // log_url, else the legacy target_url
        quint32 environmentUrl = 0;
        quint32 creator = 0;
        quint32 rawState = 0; // 0: StatusStates::toApi(state)
        StatusState state = StatusState::Unknown;

        QDateTime createdAtTime() const;
    };

    // A deployment as the store keeps it: the fields the views show, the repeating texts
    // shared, times in msecs, the creator an index (DeploymentStore::user()). The rest of
    // GitHub's object is in Entry::json; DeploymentStore::deployment() gives a Deployment back.
    struct DeploymentRecord
    {
        qint64 id = 0;
        QString ref;
        QString sha;
        QString task;
        QString environment; // the one it was created for; Entry::environment is where it is now
        QString description; // may be empty (GitHub sends null)
        QJsonValue payload;
        QUrl url;             // as GitHub sent it, unless it is the usual one (usualUrl)
        qint64 createdAt = 0; // msecs since the epoch (UTC)
        qint64 updatedAt = 0;
        quint32 creator = 0;
        bool transientEnvironment = false;
        bool productionEnvironment = false;
        bool usualUrl = false; // the url is <repository_url>/deployments/<id>, not kept

        QDateTime createdAtTime() const;
        QDateTime updatedAtTime() const; // invalid when GitHub sent none
    };

    // One deployment with its statuses and the values derived from them.
    struct Entry
    {
        DeploymentRecord deployment;
        QList<StatusRecord> statuses; // confirmed, newest first
        // A status being posted right now (rare: held apart, not inline in every entry).
        std::unique_ptr<StatusRecord> pending;
        QDateTime predictedInactiveAt; // valid: a success elsewhere will retire it
        // GitHub's object (for DeploymentJsonRole) as compressed compact text, without its
        // creator when that is one of the shared creator objects (jsonCreator).
        QByteArray json;
        quint32 jsonCreator = 0;
        bool statusesLoaded = false;
        // Derived, kept current by the store.
        bool active = false;
        QString environment; // where it is now: a status may move it to another environment
        QDateTime endTime;
        int row = -1;

        // The newest status, the pending one included; nullptr when there is none.
        const StatusRecord *latestStatus() const;
        StatusState state() const; // NoStatus, Destroyed for an inactive transient one, ...
        QDateTime updatedAt() const;
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

    // The values of an entry that live in the shared tables.
    QString rawState(const Entry &entry) const; // GitHub's text ("" when no status)
    QString description(const Entry &entry) const;
    QUrl logUrl(const Entry &entry) const;
    QUrl environmentUrl(const Entry &entry) const;
    QUrl url(const Entry &entry) const;         // the deployment's API url
    QJsonObject json(const Entry &entry) const; // GitHub's object, as it sent it
    const GitHubUser &user(quint32 index) const { return m_users.at(index); }
    // A record as the value type the client parses (without `json`).
    DeploymentStatus status(const StatusRecord &record) const;
    Deployment deployment(const Entry &entry) const;

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
    // Values that repeat (environments, descriptions, logins, URLs, payloads), each kept once
    // and handed out by index; index 0 is the empty value.
    template <typename T>
    class SharedValues
    {
    public:
        quint32 add(const T &value)
        {
            if (value == T())
                return 0;
            const auto it = m_index.constFind(value);
            if (it != m_index.cend())
                return *it;
            m_values.append(value);
            return m_index.insert(value, quint32(m_values.size() - 1)).value();
        }
        const T &at(quint32 index) const { return m_values.at(index); }
        T shared(const T &value) { return at(add(value)); } // an implicitly shared copy

    private:
        QList<T> m_values{T()};
        QHash<T, quint32> m_index;
    };

    struct RowValues;
    RowValues values(const Entry &entry) const;
    void noteChanges(Entry *entry, const RowValues &before);
    void addRoles(qint64 id, const QList<int> &roles);
    void updateDeployment(Entry *entry, const Deployment &deployment);
    bool sameShownFields(const Entry &entry, const Deployment &deployment) const;
    void insertRun(int row, std::vector<std::unique_ptr<Entry>> &entries);
    void removeRun(int first, int last);
    void reindexFrom(int row);
    void placeInEnvironment(Entry *entry, const QString &environment);
    void takeFromEnvironment(Entry *entry);
    void refreshEnvironment(Entry *entry); // effective environment after a status change
    // A deployment of `environment` changed (or came, or went): who is live there and the end
    // times must be recomputed from it downwards.
    void markDirty(const QString &environment, const DeploymentRecord &deployment);
    struct DirtyRange;
    void recomputeEnvironment(const QString &name, const DirtyRange &range);
    void flush();
    void setLoaded(Entry *entry, bool loaded);
    StatusRecord record(const DeploymentStatus &status);
    void store(Entry *entry, const Deployment &deployment);
    quint32 addUser(const GitHubUser &user);

    RepositoryId m_repository;
    Clock m_clock;
    std::vector<std::unique_ptr<Entry>> m_rows; // newest first
    QHash<qint64, Entry *> m_byId;
    QHash<QString, std::vector<Entry *>> m_members; // per environment, newest first
    QHash<QString, Environment> m_environments;
    QHash<qint64, QList<qint64>> m_predictions; // writer -> deployments predicted inactive
    SharedValues<QString> m_texts;
    SharedValues<QUrl> m_urls;
    SharedValues<QJsonValue> m_payloads;
    SharedValues<QJsonObject> m_creatorJson; // creators as GitHub sent them, out of Entry::json
    QList<GitHubUser> m_users{GitHubUser()}; // every creator seen; index 0: none
    QHash<qint64, quint32> m_userIndex;      // GitHub's user id -> its latest entry in m_users
    QUrl m_repositoryUrl;

    // The batch being applied.
    int m_updateDepth = 0;
    QHash<qint64, QList<int>> m_changedRoles;
    // Per environment, the newest and the oldest deployment (createdAt, id) that changed.
    struct DirtyKey
    {
        qint64 createdAt = 0;
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
