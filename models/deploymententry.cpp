#include "deploymententry.h"

const StatusRecord *DeploymentEntry::latestStatus() const
{
    if (pending)
        return pending.get();
    return statuses.isEmpty() ? nullptr : &statuses.first();
}

StatusState DeploymentEntry::state() const
{
    if (predictedInactiveAt.isValid())
        return deployment.transientEnvironment ? StatusState::Destroyed : StatusState::Inactive;
    const StatusRecord *latest = latestStatus();
    if (!latest)
        return StatusState::NoStatus;
    if (latest->state == StatusState::Inactive && deployment.transientEnvironment)
        return StatusState::Destroyed;
    return latest->state;
}

QDateTime DeploymentEntry::updatedAt() const
{
    if (predictedInactiveAt.isValid())
        return predictedInactiveAt;
    if (const StatusRecord *latest = latestStatus())
        return latest->createdAtTime();
    return StoreTime::toDateTime(deployment.updatedAt != StoreTime::noTime ? deployment.updatedAt
                                                                           : deployment.createdAt);
}

bool DeploymentEntry::statusesMayHaveChanged() const
{
    // A deployment GitHub sent without updated_at cannot tell: its final states are trusted.
    return !statusesLoaded || !StatusStates::isFinal(state()) ||
           (deployment.updatedAt != StoreTime::noTime &&
            statusesFetchedFor != deployment.updatedAt);
}
