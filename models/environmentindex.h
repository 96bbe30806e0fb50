#pragma once

#include "deploymententry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// The deployments of each environment, newest first, and who is live there (each entry's
// `active` and `endTime`), recomputed from the deployments that changed downwards only.
class EnvironmentIndex
{
public:
    using Members = std::vector<DeploymentEntry *>;

    // Puts an entry into `environment` (and sets its `environment`), or takes it out. Neither
    // recomputes anything: markDirty() the environment, then recompute().
    void place(DeploymentEntry *entry, const QString &environment);
    void take(DeploymentEntry *entry);

    // A deployment of `environment` changed (or came, or went): who is live there and the end
    // times must be recomputed from it downwards.
    void markDirty(const QString &environment, const DeploymentRecord &deployment);

    struct Change
    {
        DeploymentEntry *entry = nullptr;
        bool liveness = false; // `active` changed
        bool endTime = false;
    };
    // Brings `active` and `endTime` up to date in the environments marked dirty, drops the
    // ones left empty, and returns the entries that changed. `touched`: whether any
    // environment was looked at (its summary may have changed).
    QList<Change> recompute(bool *touched = nullptr);

    QStringList names() const;                         // environments with a deployment
    const Members &members(const QString &name) const; // newest first; empty when unknown

private:
    struct Key
    {
        qint64 createdAt = 0;
        qint64 id = 0;
    };
    // The newest and the oldest deployment that changed in one environment.
    struct Range
    {
        Key newest;
        Key oldest;
    };
    void recomputeOne(Members &members, const Range &range, QList<Change> &changes);

    QHash<QString, Members> m_members;
    QHash<QString, Range> m_dirty;
};
