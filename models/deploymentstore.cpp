#include "deploymentstore.h"

#include "deploymentroles.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

// Newest first: by creation time, then by id (GitHub's ids grow with time).
bool isNewer(const Deployment &a, const Deployment &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

bool isNewerKey(const QDateTime &aCreated, qint64 aId, const QDateTime &bCreated, qint64 bId)
{
    if (aCreated != bCreated)
        return aCreated > bCreated;
    return aId > bId;
}

bool isNewerStatus(const DeploymentStatus &a, const DeploymentStatus &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

// The fields a refresh can change and a view can show; equal ones need no signal.
bool sameShownFields(const Deployment &a, const Deployment &b)
{
    return a.updatedAt == b.updatedAt && a.environment == b.environment &&
           a.description == b.description && a.ref == b.ref && a.sha == b.sha && a.task == b.task &&
           a.transientEnvironment == b.transientEnvironment &&
           a.productionEnvironment == b.productionEnvironment &&
           a.creator.login == b.creator.login && a.creator.avatarUrl == b.creator.avatarUrl &&
           a.createdAt == b.createdAt && a.url == b.url && a.payload == b.payload;
}

void appendUnique(QList<int> &list, int value)
{
    if (!list.contains(value))
        list.append(value);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Entry

const DeploymentStatus *DeploymentStore::Entry::latestStatus() const
{
    if (pending)
        return &*pending;
    return statuses.isEmpty() ? nullptr : &statuses.first();
}

StatusState DeploymentStore::Entry::state() const
{
    if (predictedInactiveAt.isValid())
        return deployment.transientEnvironment ? StatusState::Destroyed : StatusState::Inactive;
    const DeploymentStatus *latest = latestStatus();
    if (!latest)
        return StatusState::NoStatus;
    if (latest->state == StatusState::Inactive && deployment.transientEnvironment)
        return StatusState::Destroyed;
    return latest->state;
}

QString DeploymentStore::Entry::rawState() const
{
    if (predictedInactiveAt.isValid())
        return StatusStates::toApi(StatusState::Inactive);
    const DeploymentStatus *latest = latestStatus();
    return latest ? latest->rawState : QString();
}

QDateTime DeploymentStore::Entry::updatedAt() const
{
    if (predictedInactiveAt.isValid())
        return predictedInactiveAt;
    if (const DeploymentStatus *latest = latestStatus())
        return latest->createdAt;
    return deployment.updatedAt.isValid() ? deployment.updatedAt : deployment.createdAt;
}

QString DeploymentStore::Entry::description() const
{
    const DeploymentStatus *latest = latestStatus();
    if (latest && !latest->description.isEmpty())
        return latest->description;
    return deployment.description;
}

QUrl DeploymentStore::Entry::logUrl() const
{
    // An automatic `inactive` status carries no URLs: keep showing the last one given.
    if (pending && !pending->logUrl.isEmpty())
        return pending->logUrl;
    for (const DeploymentStatus &status : statuses) {
        if (!status.logUrl.isEmpty())
            return status.logUrl;
    }
    return {};
}

QUrl DeploymentStore::Entry::environmentUrl() const
{
    if (pending && !pending->environmentUrl.isEmpty())
        return pending->environmentUrl;
    for (const DeploymentStatus &status : statuses) {
        if (!status.environmentUrl.isEmpty())
            return status.environmentUrl;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Derived values of a row, compared before and after a change to find the roles that changed.

struct DeploymentStore::RowValues
{
    QString environment;
    StatusState state;
    QString rawState;
    QDateTime updatedAt;
    QString description;
    QUrl logUrl;
    QUrl environmentUrl;
    QDateTime endTime;
    int statusCount;
    bool active;
    bool loaded;
    bool pending;
};

DeploymentStore::RowValues DeploymentStore::values(const Entry &entry) const
{
    return RowValues{entry.environment,      entry.state(),        entry.rawState(),
                     entry.updatedAt(),      entry.description(),  entry.logUrl(),
                     entry.environmentUrl(), entry.endTime,        int(entry.statuses.size()),
                     entry.active,           entry.statusesLoaded, entry.pending.has_value()};
}

void DeploymentStore::noteChanges(Entry *entry, const RowValues &before)
{
    using namespace DeploymentRoles;
    const RowValues after = values(*entry);
    QList<int> roles;
    if (after.environment != before.environment)
        roles.append(EnvironmentRole);
    if (after.updatedAt != before.updatedAt)
        roles.append(UpdatedAtRole);
    if (after.state != before.state)
        roles.append(StateRole);
    if (after.rawState != before.rawState)
        roles.append(RawStateRole);
    if (after.description != before.description)
        roles.append(DescriptionRole);
    if (after.logUrl != before.logUrl)
        roles.append(LogUrlRole);
    if (after.environmentUrl != before.environmentUrl)
        roles.append(EnvironmentUrlRole);
    if (after.active != before.active)
        roles.append(IsActiveRole);
    if (after.loaded != before.loaded)
        roles.append(StatusesLoadedRole);
    if (after.pending != before.pending)
        roles.append(PendingWriteRole);
    if (after.endTime != before.endTime)
        roles.append(EndTimeRole);
    if (after.statusCount != before.statusCount)
        roles.append(StatusCountRole);
    if (roles.isEmpty())
        return;
    addRoles(entry->deployment.id, roles);
    // The state or time of one deployment can change who is live in its environment.
    markDirty(entry->environment, entry->deployment);
    markDirty(before.environment, entry->deployment);
}

void DeploymentStore::addRoles(qint64 id, const QList<int> &roles)
{
    QList<int> &known = m_changedRoles[id];
    for (int role : roles)
        appendUnique(known, role);
}

// ---------------------------------------------------------------------------------------------

DeploymentStore::DeploymentStore(const RepositoryId &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

DeploymentStore::~DeploymentStore() = default;

void DeploymentStore::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

int DeploymentStore::rowOf(qint64 deploymentId) const
{
    const Entry *entry = m_byId.value(deploymentId);
    return entry ? entry->row : -1;
}

QList<qint64> DeploymentStore::deploymentIds() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_rows.size()));
    for (const auto &entry : m_rows)
        ids.append(entry->deployment.id);
    return ids;
}

QStringList DeploymentStore::environmentNames() const
{
    QStringList names;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (!it->empty())
            names.append(it.key());
    }
    for (auto it = m_environments.cbegin(); it != m_environments.cend(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }
    return names;
}

DeploymentStore::EnvironmentSummary DeploymentStore::environmentSummary(const QString &name) const
{
    EnvironmentSummary summary;
    summary.name = name;
    summary.known = m_environments.contains(name);
    const auto it = m_members.constFind(name);
    if (it == m_members.cend() || it->empty())
        return summary;
    summary.count = int(it->size());
    summary.latest = it->front();
    for (const Entry *entry : *it) {
        if (entry->active) {
            summary.active = entry;
            break;
        }
    }
    summary.transient = summary.latest->deployment.transientEnvironment;
    summary.production = summary.latest->deployment.productionEnvironment;
    return summary;
}

QList<qint64> DeploymentStore::environmentDeployments(const QString &name) const
{
    QList<qint64> ids;
    const auto it = m_members.constFind(name);
    if (it == m_members.cend())
        return ids;
    for (const Entry *entry : *it)
        ids.append(entry->deployment.id);
    return ids;
}

QList<qint64> DeploymentStore::changeableDeployments(const QDateTime &recentSince) const
{
    QList<qint64> ids;
    for (const auto &entry : m_rows) {
        if (!entry->statusesLoaded || !StatusStates::isFinal(entry->state()) ||
            (recentSince.isValid() && entry->deployment.createdAt >= recentSince))
            ids.append(entry->deployment.id);
    }
    return ids;
}

QList<qint64> DeploymentStore::predictAutoInactive(qint64 deploymentId, StatusState state,
                                                   bool autoInactive,
                                                   const QString &environment) const
{
    QList<qint64> ids;
    const Entry *target = m_byId.value(deploymentId);
    if (!target || !autoInactive || state != StatusState::Success)
        return ids;
    const QString name = environment.isEmpty() ? target->environment : environment;
    const auto it = m_members.constFind(name);
    if (it == m_members.cend())
        return ids;
    for (const Entry *entry : *it) {
        if (entry == target || !isNewer(target->deployment, entry->deployment))
            continue;
        if (entry->deployment.transientEnvironment || entry->deployment.productionEnvironment)
            continue;
        if (entry->state() == StatusState::Success)
            ids.append(entry->deployment.id);
    }
    return ids;
}

// ---------------------------------------------------------------------------------------------
// Feeding

void DeploymentStore::beginUpdate()
{
    ++m_updateDepth;
}

void DeploymentStore::endUpdate()
{
    Q_ASSERT(m_updateDepth > 0);
    if (--m_updateDepth == 0)
        flush();
}

void DeploymentStore::mergeDeployments(const QList<Deployment> &deployments)
{
    beginUpdate();
    std::vector<const Deployment *> fresh;
    QSet<qint64> freshIds;
    for (const Deployment &deployment : deployments) {
        if (deployment.id == 0)
            continue;
        if (Entry *entry = m_byId.value(deployment.id))
            updateDeployment(entry, deployment);
        else if (!freshIds.contains(deployment.id)) {
            freshIds.insert(deployment.id);
            fresh.push_back(&deployment);
        }
    }
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const Deployment *a, const Deployment *b) { return isNewer(*a, *b); });
    // Insert runs: consecutive new deployments that land between the same two rows go in with
    // one beginInsertRows (a first page, or the deployments created since the last refresh).
    size_t i = 0;
    while (i < fresh.size()) {
        const Deployment &first = *fresh[i];
        const auto at = std::partition_point(
            m_rows.begin(), m_rows.end(),
            [&first](const std::unique_ptr<Entry> &e) { return isNewer(e->deployment, first); });
        const int row = int(at - m_rows.begin());
        const Entry *next = at == m_rows.end() ? nullptr : at->get();
        size_t j = i + 1;
        while (j < fresh.size() && (!next || isNewer(*fresh[j], next->deployment)))
            ++j;
        std::vector<std::unique_ptr<Entry>> run;
        run.reserve(j - i);
        for (size_t k = i; k < j; ++k) {
            auto entry = std::make_unique<Entry>();
            compact(entry.get(), *fresh[k]);
            run.push_back(std::move(entry));
        }
        insertRun(row, run);
        i = j;
    }
    endUpdate();
}

void DeploymentStore::updateDeployment(Entry *entry, const Deployment &deployment)
{
    using namespace DeploymentRoles;
    const Deployment &old = entry->deployment;
    // GitHub has no way to edit a deployment: whatever it changes on one moves updated_at.
    // Checked first, so an unchanged listing touches no strings, URLs or payloads.
    if (old.updatedAt.isValid() && old.updatedAt == deployment.updatedAt &&
        old.createdAt == deployment.createdAt)
        return;
    if (sameShownFields(old, deployment))
        return;
    QList<int> roles;
    if (old.ref != deployment.ref)
        roles.append(RefRole);
    if (old.sha != deployment.sha)
        roles.append(ShaRole);
    if (old.task != deployment.task)
        roles.append(TaskRole);
    if (old.creator.login != deployment.creator.login)
        roles.append(CreatorLoginRole);
    if (old.creator.avatarUrl != deployment.creator.avatarUrl)
        roles.append(CreatorAvatarUrlRole);
    if (old.createdAt != deployment.createdAt)
        roles.append(CreatedAtRole); // GitHub never changes it; the row keeps its place
    if (old.transientEnvironment != deployment.transientEnvironment)
        roles.append(TransientRole);
    if (old.productionEnvironment != deployment.productionEnvironment)
        roles.append(ProductionRole);
    if (old.payload != deployment.payload)
        roles.append(PayloadRole);
    if (old.url != deployment.url)
        roles.append(UrlRole);
    const QByteArray oldJson = entry->json;
    const RowValues before = values(*entry);
    compact(entry, deployment);
    if (oldJson != entry->json)
        roles.append(DeploymentJsonRole);
    refreshEnvironment(entry);
    if (!roles.isEmpty()) {
        addRoles(deployment.id, roles);
        markDirty(entry->environment, entry->deployment);
    }
    noteChanges(entry, before);
}

void DeploymentStore::insertRun(int row, std::vector<std::unique_ptr<Entry>> &entries)
{
    const int count = int(entries.size());
    Q_EMIT deploymentsAboutToBeInserted(row, row + count - 1);
    m_rows.insert(m_rows.begin() + row, std::make_move_iterator(entries.begin()),
                  std::make_move_iterator(entries.end()));
    for (int r = row; r < row + count; ++r) {
        Entry *entry = m_rows[size_t(r)].get();
        m_byId.insert(entry->deployment.id, entry);
        placeInEnvironment(entry, entry->deployment.environment);
        markDirty(entry->environment, entry->deployment);
    }
    reindexFrom(row);
    m_environmentsChanged = true;
    m_progressChanged = true;
    Q_EMIT deploymentsInserted(row, row + count - 1);
}

void DeploymentStore::removeMissing(const QSet<qint64> &listed)
{
    beginUpdate();
    // From the bottom up, in contiguous runs, so the rows above keep their numbers.
    int last = count() - 1;
    while (last >= 0) {
        if (listed.contains(m_rows[size_t(last)]->deployment.id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !listed.contains(m_rows[size_t(first - 1)]->deployment.id))
            --first;
        removeRun(first, last);
        last = first - 1;
    }
    endUpdate();
}

void DeploymentStore::removeDeployment(qint64 deploymentId)
{
    const int row = rowOf(deploymentId);
    if (row < 0)
        return;
    beginUpdate();
    removeRun(row, row);
    endUpdate();
}

void DeploymentStore::removeRun(int first, int last)
{
    Q_EMIT deploymentsAboutToBeRemoved(first, last);
    for (int r = first; r <= last; ++r) {
        Entry *entry = m_rows[size_t(r)].get();
        const qint64 id = entry->deployment.id;
        takeFromEnvironment(entry);
        markDirty(entry->environment, entry->deployment);
        m_byId.remove(id);
        m_changedRoles.remove(id);
        m_changedStatuses.removeAll(id);
        m_predictions.remove(id);
        if (entry->statusesLoaded)
            --m_loadedCount;
    }
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    reindexFrom(first);
    m_environmentsChanged = true;
    m_progressChanged = true;
    Q_EMIT deploymentsRemoved(first, last);
}

void DeploymentStore::reindexFrom(int row)
{
    for (size_t r = size_t(row); r < m_rows.size(); ++r)
        m_rows[r]->row = int(r);
}

void DeploymentStore::placeInEnvironment(Entry *entry, const QString &environment)
{
    entry->environment = environment;
    std::vector<Entry *> &members = m_members[environment];
    const auto at = std::partition_point(members.begin(), members.end(), [entry](Entry *e) {
        return isNewer(e->deployment, entry->deployment);
    });
    members.insert(at, entry);
}

void DeploymentStore::takeFromEnvironment(Entry *entry)
{
    const auto it = m_members.find(entry->environment);
    if (it == m_members.end())
        return;
    const auto at = std::find(it->begin(), it->end(), entry);
    if (at != it->end())
        it->erase(at);
}

void DeploymentStore::refreshEnvironment(Entry *entry)
{
    QString environment = entry->deployment.environment;
    // The newest status that names an environment moved the deployment there.
    if (entry->pending && !entry->pending->environment.isEmpty()) {
        environment = entry->pending->environment;
    } else {
        for (const DeploymentStatus &status : entry->statuses) {
            if (!status.environment.isEmpty()) {
                environment = status.environment;
                break;
            }
        }
    }
    if (environment == entry->environment)
        return;
    markDirty(entry->environment, entry->deployment);
    takeFromEnvironment(entry);
    placeInEnvironment(entry, intern(environment));
    markDirty(entry->environment, entry->deployment);
    m_environmentsChanged = true;
}

void DeploymentStore::markDirty(const QString &environment, const Deployment &deployment)
{
    const DirtyKey key{deployment.createdAt, deployment.id};
    const auto it = m_dirtyEnvironments.find(environment);
    if (it == m_dirtyEnvironments.end()) {
        m_dirtyEnvironments.insert(environment, DirtyRange{key, key});
        return;
    }
    if (isNewerKey(key.createdAt, key.id, it->newest.createdAt, it->newest.id))
        it->newest = key;
    if (isNewerKey(it->oldest.createdAt, it->oldest.id, key.createdAt, key.id))
        it->oldest = key;
}

// Who is live, and when each deployment's time ended, walking the environment newest first.
// Only from the newest changed deployment down: a deployment's values depend on the newer ones
// alone, and below the first success after the oldest change nothing can differ any more (the
// success decides everything under it). One new status thus costs a few rows, not thousands.
void DeploymentStore::recomputeEnvironment(const QString &name, const DirtyRange &range)
{
    const auto it = m_members.find(name);
    if (it == m_members.end())
        return;
    m_environmentsChanged = true;
    if (it->empty()) {
        m_members.erase(it);
        return;
    }
    const std::vector<Entry *> &members = *it;
    const auto firstNotNewer = [&members](const DirtyKey &key) {
        return int(std::partition_point(members.begin(), members.end(),
                                        [&key](const Entry *e) {
                                            return isNewerKey(e->deployment.createdAt,
                                                              e->deployment.id, key.createdAt,
                                                              key.id);
                                        }) -
                   members.begin());
    };
    const int start = firstNotNewer(range.newest);
    const int oldest = firstNotNewer(range.oldest);

    // The state above `start`: the closest newer success decides both.
    bool activeFound = false;
    QDateTime supersededAt; // when the closest newer deployment became successful
    for (int i = start - 1; i >= 0; --i) {
        if (members[size_t(i)]->state() == StatusState::Success) {
            activeFound = true;
            supersededAt = members[size_t(i)]->updatedAt();
            break;
        }
    }
    for (int i = start; i < int(members.size()); ++i) {
        Entry *entry = members[size_t(i)];
        const StatusState state = entry->state();
        const QDateTime time = entry->updatedAt();
        const bool active = !activeFound && state == StatusState::Success;
        QDateTime end;
        switch (state) {
        case StatusState::Inactive:
        case StatusState::Destroyed:
        case StatusState::Failure:
        case StatusState::Error:
            end = time;
            break;
        default:
            end = supersededAt;
            break;
        }
        if (state == StatusState::Success) {
            activeFound = true;
            supersededAt = time;
        }
        QList<int> roles;
        if (active != entry->active)
            roles.append(DeploymentRoles::IsActiveRole);
        if (end != entry->endTime || end.isValid() != entry->endTime.isValid())
            roles.append(DeploymentRoles::EndTimeRole);
        if (!roles.isEmpty()) {
            entry->active = active;
            entry->endTime = end;
            addRoles(entry->deployment.id, roles);
        }
        if (i > oldest && state == StatusState::Success)
            break;
    }
}

void DeploymentStore::flush()
{
    const QHash<QString, DirtyRange> dirty = std::exchange(m_dirtyEnvironments, {});
    for (auto it = dirty.cbegin(); it != dirty.cend(); ++it)
        recomputeEnvironment(it.key(), it.value());

    const QHash<qint64, QList<int>> changed = std::exchange(m_changedRoles, {});
    QList<std::pair<int, QList<int>>> rows;
    rows.reserve(changed.size());
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (const Entry *entry = m_byId.value(it.key()))
            rows.append({entry->row, it.value()});
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[row, roles] : rows) {
        std::sort(roles.begin(), roles.end());
        Q_EMIT deploymentChanged(row, roles);
    }

    const QList<qint64> statuses = std::exchange(m_changedStatuses, {});
    for (qint64 id : statuses)
        Q_EMIT statusesChanged(id);
    if (std::exchange(m_environmentsChanged, false))
        Q_EMIT environmentsChanged();
    if (std::exchange(m_progressChanged, false))
        Q_EMIT progressChanged(m_loadedCount, count());
}

void DeploymentStore::setLoaded(Entry *entry, bool loaded)
{
    if (entry->statusesLoaded == loaded)
        return;
    entry->statusesLoaded = loaded;
    m_loadedCount += loaded ? 1 : -1;
    m_progressChanged = true;
}

void DeploymentStore::setStatuses(qint64 deploymentId, const QList<DeploymentStatus> &statuses)
{
    Entry *entry = m_byId.value(deploymentId);
    if (!entry)
        return;
    bool dropPrediction = false;
    if (entry->predictedInactiveAt.isValid()) {
        bool predictionHeld = false;
        for (const QList<qint64> &ids : std::as_const(m_predictions))
            predictionHeld = predictionHeld || ids.contains(deploymentId);
        dropPrediction = !predictionHeld;
    }

    // Statuses are never edited or deleted, and their ids grow: the same count and the same
    // newest id mean the same list. Checked before copying anything, as a refresh mostly
    // brings what is known already.
    if (entry->statusesLoaded && !dropPrediction && statuses.size() == entry->statuses.size()) {
        const auto newestId = [](const QList<DeploymentStatus> &list) {
            qint64 newest = 0;
            for (const DeploymentStatus &status : list)
                newest = std::max(newest, status.id);
            return newest;
        };
        if (newestId(statuses) == newestId(entry->statuses))
            return;
    }
    QList<DeploymentStatus> sorted;
    sorted.reserve(statuses.size());
    for (const DeploymentStatus &status : statuses)
        sorted.append(lean(status));
    std::stable_sort(sorted.begin(), sorted.end(), isNewerStatus);
    beginUpdate();
    const RowValues before = values(*entry);
    entry->statuses = std::move(sorted);
    if (dropPrediction)
        entry->predictedInactiveAt = {};
    setLoaded(entry, true);
    refreshEnvironment(entry);
    noteChanges(entry, before);
    if (!m_changedStatuses.contains(deploymentId))
        m_changedStatuses.append(deploymentId);
    endUpdate();
}

void DeploymentStore::setEnvironments(const QList<Environment> &environments)
{
    QHash<QString, Environment> byName;
    for (const Environment &environment : environments)
        byName.insert(intern(environment.name), environment);
    bool same = byName.size() == m_environments.size();
    for (auto it = byName.cbegin(); same && it != byName.cend(); ++it)
        same = m_environments.value(it.key()).id == it->id;
    if (same)
        return;
    beginUpdate();
    m_environments = byName;
    m_environmentsChanged = true;
    endUpdate();
}

// ---------------------------------------------------------------------------------------------
// Optimistic writes

bool DeploymentStore::beginStatusWrite(qint64 deploymentId, const DeploymentStatus &status,
                                       bool autoInactive)
{
    Entry *entry = m_byId.value(deploymentId);
    if (!entry || entry->pending)
        return false;
    DeploymentStatus pending = lean(status);
    pending.id = 0;
    if (!pending.createdAt.isValid())
        pending.createdAt = now();
    if (pending.rawState.isEmpty())
        pending.rawState = StatusStates::toApi(pending.state);
    const QList<qint64> retired =
        predictAutoInactive(deploymentId, pending.state, autoInactive, pending.environment);

    beginUpdate();
    const RowValues before = values(*entry);
    entry->pending = pending;
    refreshEnvironment(entry);
    noteChanges(entry, before);
    m_changedStatuses.append(deploymentId);
    for (qint64 id : retired) {
        Entry *other = m_byId.value(id);
        const RowValues otherBefore = values(*other);
        other->predictedInactiveAt = pending.createdAt;
        noteChanges(other, otherBefore);
    }
    m_predictions.insert(deploymentId, retired);
    endUpdate();
    return true;
}

void DeploymentStore::confirmStatusWrite(qint64 deploymentId, const DeploymentStatus &created)
{
    Entry *entry = m_byId.value(deploymentId);
    if (!entry)
        return;
    beginUpdate();
    const RowValues before = values(*entry);
    entry->pending.reset();
    // The predictions stay until the next statuses of those deployments confirm them.
    m_predictions.remove(deploymentId);
    const bool known = std::any_of(entry->statuses.cbegin(), entry->statuses.cend(),
                                   [&created](const auto &s) { return s.id == created.id; });
    if (!known && created.id != 0) {
        entry->statuses.append(lean(created));
        std::stable_sort(entry->statuses.begin(), entry->statuses.end(), isNewerStatus);
    }
    refreshEnvironment(entry);
    noteChanges(entry, before);
    m_changedStatuses.append(deploymentId);
    endUpdate();
}

void DeploymentStore::rollbackStatusWrite(qint64 deploymentId)
{
    Entry *entry = m_byId.value(deploymentId);
    if (!entry)
        return;
    beginUpdate();
    const RowValues before = values(*entry);
    entry->pending.reset();
    for (qint64 id : m_predictions.take(deploymentId)) {
        if (Entry *other = m_byId.value(id)) {
            const RowValues otherBefore = values(*other);
            other->predictedInactiveAt = {};
            noteChanges(other, otherBefore);
        }
    }
    refreshEnvironment(entry);
    noteChanges(entry, before);
    m_changedStatuses.append(deploymentId);
    endUpdate();
}

bool DeploymentStore::hasPendingWrite(qint64 deploymentId) const
{
    const Entry *entry = m_byId.value(deploymentId);
    return entry && entry->pending;
}

// ---------------------------------------------------------------------------------------------

void DeploymentStore::setLoadState(LoadState state, const QString &errorString)
{
    const bool changed = state != m_loadState || errorString != m_errorString;
    m_loadState = state;
    m_errorString = errorString;
    if (changed)
        Q_EMIT loadStateChanged(state);
    if (state == LoadState::Error && !errorString.isEmpty())
        Q_EMIT errorOccurred(errorString);
}

void DeploymentStore::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

// Statuses are many (five per deployment and more): keep what the views show, share the
// strings that repeat (states, environments, logins), drop the rest of GitHub's object.
DeploymentStatus DeploymentStore::lean(const DeploymentStatus &status)
{
    DeploymentStatus s;
    s.id = status.id;
    s.state = status.state;
    s.rawState = intern(status.rawState);
    s.description = intern(status.description);
    s.environment = intern(status.environment);
    s.logUrl = internUrl(status.logUrl.isEmpty() ? status.targetUrl : status.logUrl);
    s.environmentUrl = internUrl(status.environmentUrl);
    s.creator.id = status.creator.id;
    s.creator.login = intern(status.creator.login);
    s.creator.type = intern(status.creator.type);
    s.createdAt = status.createdAt;
    s.updatedAt = status.updatedAt;
    return s;
}

// Ten thousand deployments must fit in little memory: GitHub's object is kept as compact text
// (parsed again only when asked for), and what repeats (creators, names) is shared.
void DeploymentStore::compact(Entry *entry, const Deployment &deployment)
{
    // Compressed: the creator's many URLs make most of the text, and they repeat.
    entry->json = deployment.json.isEmpty()
                      ? QByteArray()
                      : qCompress(QJsonDocument(deployment.json).toJson(QJsonDocument::Compact));
    Deployment &d = entry->deployment;
    d = deployment;
    d.json = QJsonObject();
    d.environment = intern(d.environment);
    d.originalEnvironment = intern(d.originalEnvironment);
    d.task = intern(d.task);
    d.statusesUrl = QUrl(); // derivable from url
    if (d.repositoryUrl == m_repositoryUrl)
        d.repositoryUrl = m_repositoryUrl;
    else if (m_repositoryUrl.isEmpty())
        m_repositoryUrl = d.repositoryUrl;
    const auto user = m_users.constFind(d.creator.id);
    if (user != m_users.cend() && user->login == d.creator.login &&
        user->avatarUrl == d.creator.avatarUrl && user->htmlUrl == d.creator.htmlUrl &&
        user->type == d.creator.type) {
        d.creator = *user;
    } else {
        d.creator.login = intern(d.creator.login);
        d.creator.type = intern(d.creator.type);
        m_users.insert(d.creator.id, d.creator);
    }
}

QJsonObject DeploymentStore::Entry::jsonObject() const
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(qUncompress(json)).object();
}

// A deployment's statuses mostly repeat its log URL, and an environment's its address.
QUrl DeploymentStore::internUrl(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    const auto it = m_urls.constFind(url);
    if (it != m_urls.cend())
        return *it;
    m_urls.insert(url);
    return url;
}

QString DeploymentStore::intern(const QString &text)
{
    if (text.isEmpty())
        return {};
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    m_strings.insert(text);
    return text;
}
