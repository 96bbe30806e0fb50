#include "environmentindex.h"

#include <algorithm>

using StoreTime::isNewer;

void EnvironmentIndex::place(DeploymentEntry *entry, const QString &environment)
{
    entry->environment = environment;
    Members &members = m_members[environment];
    const auto at = std::partition_point(members.begin(), members.end(), [entry](const auto *e) {
        return e->deployment.isNewerThan(entry->deployment);
    });
    members.insert(at, entry);
}

void EnvironmentIndex::take(DeploymentEntry *entry)
{
    const auto it = m_members.find(entry->environment);
    if (it == m_members.end())
        return;
    const auto at = std::find(it->begin(), it->end(), entry);
    if (at != it->end())
        it->erase(at);
}

void EnvironmentIndex::markDirty(const QString &environment, const DeploymentRecord &deployment)
{
    const Key key{deployment.createdAt, deployment.id};
    const auto it = m_dirty.find(environment);
    if (it == m_dirty.end()) {
        m_dirty.insert(environment, Range{key, key});
        return;
    }
    if (isNewer(key.createdAt, key.id, it->newest.createdAt, it->newest.id))
        it->newest = key;
    if (isNewer(it->oldest.createdAt, it->oldest.id, key.createdAt, key.id))
        it->oldest = key;
}

QList<EnvironmentIndex::Change> EnvironmentIndex::recompute(bool *touched)
{
    QList<Change> changes;
    const QHash<QString, Range> dirty = std::exchange(m_dirty, {});
    for (auto it = dirty.cbegin(); it != dirty.cend(); ++it) {
        const auto members = m_members.find(it.key());
        if (members == m_members.end())
            continue;
        if (touched)
            *touched = true;
        if (members->empty())
            m_members.erase(members);
        else
            recomputeOne(*members, it.value(), changes);
    }
    return changes;
}

// Walking the environment newest first: the closest newer success decides whether a
// deployment is live and when its time ended. Only from the newest changed deployment down: a
// deployment's values depend on the newer ones alone, and below the first success after the
// oldest change nothing can differ any more (the success decides everything under it). One
// new status thus costs a few rows, not thousands.
void EnvironmentIndex::recomputeOne(Members &members, const Range &range, QList<Change> &changes)
{
    const auto firstNotNewer = [&members](const Key &key) {
        return int(std::partition_point(members.begin(), members.end(),
                                        [&key](const DeploymentEntry *e) {
                                            return isNewer(e->deployment.createdAt,
                                                           e->deployment.id, key.createdAt, key.id);
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
        DeploymentEntry *entry = members[size_t(i)];
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
        Change change{entry, active != entry->active,
                      end != entry->endTime || end.isValid() != entry->endTime.isValid()};
        if (change.liveness || change.endTime) {
            entry->active = active;
            entry->endTime = end;
            changes.append(change);
        }
        if (i > oldest && state == StatusState::Success)
            break;
    }
}

QStringList EnvironmentIndex::names() const
{
    QStringList names;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        if (!it->empty())
            names.append(it.key());
    }
    return names;
}

const EnvironmentIndex::Members &EnvironmentIndex::members(const QString &name) const
{
    static const Members none;
    const auto it = m_members.constFind(name);
    return it == m_members.cend() ? none : *it;
}
