#include "deploymentstore.h"

#include <algorithm>

using StoreTime::noTime;
using StoreTime::toMsecs;

namespace {

bool isNewerStatus(const StatusRecord &a, const StatusRecord &b)
{
    return a.isNewerThan(b);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Derived values of a row, compared before and after a change to find what changed.

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
    return RowValues{entry.environment,     entry.state(),        rawState(entry),
                     entry.updatedAt(),     description(entry),   logUrl(entry),
                     environmentUrl(entry), entry.endTime,        int(entry.statuses.size()),
                     entry.active,          entry.statusesLoaded, entry.pending != nullptr};
}

void DeploymentStore::noteChanges(Entry *entry, const RowValues &before)
{
    const RowValues after = values(*entry);
    Changes changes;
    changes.setFlag(Change::Environment, after.environment != before.environment);
    changes.setFlag(Change::UpdatedAt, after.updatedAt != before.updatedAt);
    changes.setFlag(Change::State,
                    after.state != before.state || after.rawState != before.rawState);
    changes.setFlag(Change::Description, after.description != before.description);
    changes.setFlag(Change::LogUrl, after.logUrl != before.logUrl);
    changes.setFlag(Change::EnvironmentUrl, after.environmentUrl != before.environmentUrl);
    changes.setFlag(Change::Liveness, after.active != before.active);
    changes.setFlag(Change::StatusesLoaded, after.loaded != before.loaded);
    changes.setFlag(Change::Pending, after.pending != before.pending);
    changes.setFlag(Change::EndTime, after.endTime != before.endTime);
    changes.setFlag(Change::Statuses, after.statusCount != before.statusCount);
    if (!changes)
        return;
    m_changes[entry->deployment.id] |= changes;
    // The state or time of one deployment can change who is live in its environment.
    m_index.markDirty(entry->environment, entry->deployment);
    m_index.markDirty(before.environment, entry->deployment);
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
    QStringList names = m_index.names();
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
    const EnvironmentIndex::Members &members = m_index.members(name);
    if (members.empty())
        return summary;
    summary.count = int(members.size());
    summary.latest = members.front();
    const auto active =
        std::find_if(members.cbegin(), members.cend(), [](const Entry *e) { return e->active; });
    summary.active = active == members.cend() ? nullptr : *active;
    summary.transient = summary.latest->deployment.transientEnvironment;
    summary.production = summary.latest->deployment.productionEnvironment;
    return summary;
}

QList<qint64> DeploymentStore::environmentDeployments(const QString &name) const
{
    QList<qint64> ids;
    for (const Entry *entry : m_index.members(name))
        ids.append(entry->deployment.id);
    return ids;
}

QList<qint64> DeploymentStore::deploymentsToRecheck() const
{
    QList<qint64> ids;
    for (const auto &entry : m_rows) {
        if (entry->statusesMayHaveChanged())
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
    for (const Entry *entry : m_index.members(name)) {
        if (entry == target || !target->deployment.isNewerThan(entry->deployment))
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

void DeploymentStore::mergeProvisionalDeployments(const QList<Deployment> &deployments)
{
    mergeDeployments(deployments);
    for (const Deployment &deployment : deployments)
        m_provisional.insert(deployment.id);
}

void DeploymentStore::mergeDeployments(const QList<Deployment> &deployments)
{
    beginUpdate();
    struct Fresh
    {
        qint64 createdAt;
        qint64 id;
        const Deployment *deployment;
    };
    std::vector<Fresh> fresh;
    QSet<qint64> freshIds;
    for (const Deployment &deployment : deployments) {
        if (deployment.id == 0)
            continue;
        if (Entry *entry = m_byId.value(deployment.id))
            updateDeployment(entry, deployment);
        else if (!freshIds.contains(deployment.id)) {
            freshIds.insert(deployment.id);
            fresh.push_back({toMsecs(deployment.createdAt), deployment.id, &deployment});
        }
    }
    const auto freshIsNewer = [](const Fresh &a, const Fresh &b) {
        return StoreTime::isNewer(a.createdAt, a.id, b.createdAt, b.id);
    };
    std::stable_sort(fresh.begin(), fresh.end(), freshIsNewer);
    // Insert runs: consecutive new deployments that land between the same two rows go in with
    // one beginInsertRows (a first page, or the deployments created since the last refresh).
    size_t i = 0;
    while (i < fresh.size()) {
        const Fresh &first = fresh[i];
        const auto at = std::partition_point(
            m_rows.begin(), m_rows.end(), [&first](const std::unique_ptr<Entry> &e) {
                return StoreTime::isNewer(e->deployment.createdAt, e->deployment.id,
                                          first.createdAt, first.id);
            });
        const int row = int(at - m_rows.begin());
        const Entry *next = at == m_rows.end() ? nullptr : at->get();
        size_t j = i + 1;
        while (j < fresh.size() &&
               (!next || StoreTime::isNewer(fresh[j].createdAt, fresh[j].id,
                                            next->deployment.createdAt, next->deployment.id)))
            ++j;
        std::vector<std::unique_ptr<Entry>> run;
        run.reserve(j - i);
        for (size_t k = i; k < j; ++k) {
            auto entry = std::make_unique<Entry>();
            m_tables.store(entry.get(), *fresh[k].deployment);
            run.push_back(std::move(entry));
        }
        insertRun(row, run);
        i = j;
    }
    endUpdate();
}

// The fields a refresh can change and a view can show; equal ones need no signal.
bool DeploymentStore::sameShownFields(const Entry &entry, const Deployment &d) const
{
    const DeploymentRecord &r = entry.deployment;
    const GitHubUser &creator = m_tables.user(r.creator);
    return r.updatedAt == toMsecs(d.updatedAt) && r.environment == d.environment &&
           r.description == d.description && r.ref == d.ref && r.sha == d.sha && r.task == d.task &&
           r.transientEnvironment == d.transientEnvironment &&
           r.productionEnvironment == d.productionEnvironment && creator.login == d.creator.login &&
           creator.avatarUrl == d.creator.avatarUrl && r.createdAt == toMsecs(d.createdAt) &&
           url(entry) == d.url && r.payload == d.payload;
}

void DeploymentStore::updateDeployment(Entry *entry, const Deployment &deployment)
{
    const DeploymentRecord &old = entry->deployment;
    // GitHub has no way to edit a deployment: whatever it changes on one moves updated_at.
    // Checked first, so an unchanged listing touches no strings, URLs or payloads; except after
    // a provisional merge (GraphQL), whose missing fields the REST listing brings.
    const bool provisional = m_provisional.remove(deployment.id);
    if (!provisional && old.updatedAt != noTime && old.updatedAt == toMsecs(deployment.updatedAt) &&
        old.createdAt == toMsecs(deployment.createdAt))
        return;
    if (!provisional && sameShownFields(*entry, deployment))
        return;
    const GitHubUser &creator = m_tables.user(old.creator);
    // createdAt: GitHub never changes it; the row keeps its place.
    const bool fieldsChanged = old.ref != deployment.ref || old.sha != deployment.sha ||
                               old.task != deployment.task ||
                               creator.login != deployment.creator.login ||
                               creator.avatarUrl != deployment.creator.avatarUrl ||
                               old.createdAt != toMsecs(deployment.createdAt) ||
                               old.transientEnvironment != deployment.transientEnvironment ||
                               old.productionEnvironment != deployment.productionEnvironment ||
                               old.payload != deployment.payload || url(*entry) != deployment.url;
    const QByteArray oldJson = entry->json;
    const quint32 oldJsonCreator = entry->jsonCreator;
    const RowValues before = values(*entry);
    m_tables.store(entry, deployment);
    Changes changes;
    changes.setFlag(Change::Fields, fieldsChanged);
    changes.setFlag(Change::Json, oldJson != entry->json || oldJsonCreator != entry->jsonCreator);
    refreshEnvironment(entry);
    if (changes) {
        m_changes[deployment.id] |= changes;
        m_index.markDirty(entry->environment, entry->deployment);
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
        m_index.place(entry, entry->deployment.environment);
        m_index.markDirty(entry->environment, entry->deployment);
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
        m_index.take(entry);
        m_index.markDirty(entry->environment, entry->deployment);
        m_byId.remove(id);
        m_provisional.remove(id);
        m_changes.remove(id);
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

void DeploymentStore::refreshEnvironment(Entry *entry)
{
    // The newest status that names an environment moved the deployment there.
    const QString environment = m_tables.environment(*entry);
    if (environment == entry->environment)
        return;
    m_index.markDirty(entry->environment, entry->deployment);
    m_index.take(entry);
    m_index.place(entry, m_tables.sharedText(environment));
    m_index.markDirty(entry->environment, entry->deployment);
    m_environmentsChanged = true;
}

void DeploymentStore::flush()
{
    bool environmentsTouched = false;
    for (const EnvironmentIndex::Change &change : m_index.recompute(&environmentsTouched)) {
        Changes &changes = m_changes[change.entry->deployment.id];
        changes.setFlag(Change::Liveness, change.liveness || changes.testFlag(Change::Liveness));
        changes.setFlag(Change::EndTime, change.endTime || changes.testFlag(Change::EndTime));
    }
    m_environmentsChanged = m_environmentsChanged || environmentsTouched;

    const QHash<qint64, Changes> changed = std::exchange(m_changes, {});
    QList<std::pair<int, Changes>> rows;
    rows.reserve(changed.size());
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (const Entry *entry = m_byId.value(it.key()))
            rows.append({entry->row, it.value()});
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[row, changes] : std::as_const(rows))
        Q_EMIT deploymentChanged(row, changes);

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
    entry->statusesFetchedFor = entry->deployment.updatedAt;
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
        const auto newestId = [](const auto &list) {
            qint64 newest = 0;
            for (const auto &status : list)
                newest = std::max(newest, status.id);
            return newest;
        };
        if (newestId(statuses) == newestId(entry->statuses))
            return;
    }
    QList<StatusRecord> sorted;
    sorted.reserve(statuses.size());
    for (const DeploymentStatus &status : statuses)
        sorted.append(m_tables.record(status));
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

void DeploymentStore::markStatusesCurrent(qint64 deploymentId)
{
    if (Entry *entry = m_byId.value(deploymentId); entry && entry->statusesLoaded)
        entry->statusesFetchedFor = entry->deployment.updatedAt;
}

void DeploymentStore::setEnvironments(const QList<Environment> &environments)
{
    QHash<QString, Environment> byName;
    for (const Environment &environment : environments)
        byName.insert(m_tables.sharedText(environment.name), environment);
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
    StatusRecord pending = m_tables.record(status);
    pending.id = 0;
    if (pending.createdAt == noTime)
        pending.createdAt = now().toMSecsSinceEpoch();
    const QList<qint64> retired =
        predictAutoInactive(deploymentId, pending.state, autoInactive, status.environment);

    beginUpdate();
    const RowValues before = values(*entry);
    entry->pending = std::make_unique<StatusRecord>(pending);
    refreshEnvironment(entry);
    noteChanges(entry, before);
    m_changedStatuses.append(deploymentId);
    for (qint64 id : retired) {
        Entry *other = m_byId.value(id);
        const RowValues otherBefore = values(*other);
        other->predictedInactiveAt = pending.createdAtTime();
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
        entry->statuses.append(m_tables.record(created));
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
    const QString error = state == LoadState::Error ? errorString : QString();
    const bool changed = state != m_loadState || error != m_errorString;
    m_loadState = state;
    m_errorString = error;
    if (changed)
        Q_EMIT loadStateChanged(state);
    if (state == LoadState::Error && !errorString.isEmpty())
        Q_EMIT errorOccurred(errorString);
}

void DeploymentStore::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}
