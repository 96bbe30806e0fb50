#pragma once

#include "statusstate.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

// One status of a deployment as a point in time (DeploymentRoles::StatusMarkersRole): what a
// timeline needs to draw a marker, without the rest of the status.
struct StatusMarker
{
    QDateTime time; // UTC
    StatusState state = StatusState::NoStatus;

    friend bool operator==(const StatusMarker &a, const StatusMarker &b)
    {
        return a.time == b.time && a.state == b.state;
    }
    friend bool operator!=(const StatusMarker &a, const StatusMarker &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(StatusMarker)
Q_DECLARE_METATYPE(QList<StatusMarker>)
