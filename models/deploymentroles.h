#pragma once

#include <Qt>

// The roles and columns that DeploymentModel, StatusModel and EnvironmentModel serve, shared by
// every view (timeline, table, environment list, details pane, dialogs). The model says *what*
// (a StatusState, a time); the views decide how it looks.
namespace DeploymentRoles {

enum Role {
    IdRole = Qt::UserRole + 1, // qint64
    EnvironmentRole,           // QString
    RefRole,                   // QString
    ShaRole,                   // QString (full)
    TaskRole,                  // QString
    CreatorLoginRole,          // QString
    CreatorAvatarUrlRole,      // QUrl
    CreatedAtRole,             // QDateTime (UTC)
    UpdatedAtRole,             // QDateTime (UTC): the latest status's time, else the deployment's
    StateRole,                 // StatusState (NoStatus, Destroyed and Unknown included)
    RawStateRole,              // QString: GitHub's text for the latest state ("" when none)
    DescriptionRole,           // QString: the latest status's description, else the deployment's
    LogUrlRole,                // QUrl
    EnvironmentUrlRole,        // QUrl
    TransientRole,             // bool
    ProductionRole,            // bool
    IsActiveRole,              // bool: the deployment live in its environment now
    StatusesLoadedRole,        // bool
    PendingWriteRole,          // bool: a status is being posted for it right now
    EndTimeRole,               // QDateTime: superseded / went inactive; invalid while live
    PayloadRole,               // QJsonValue
    DeploymentJsonRole,        // QJsonObject: the deployment as GitHub sent it
    UrlRole,                   // QUrl: the deployment's API url
    StatusCountRole,           // int
    StatusMarkersRole,         // QList<StatusMarker>: every status (pending included), newest first
};

enum Column {
    StateColumn,
    EnvironmentColumn,
    RefColumn,
    ShaColumn,
    TaskColumn,
    CreatorColumn,
    CreatedColumn,
    LatestStatusColumn,
    DescriptionColumn,
    ColumnCount
};

} // namespace DeploymentRoles

// StatusModel's roles (the statuses of one deployment, newest first).
namespace StatusRoles {
enum Role {
    IdRole = Qt::UserRole + 1, // qint64
    StateRole,                 // StatusState
    RawStateRole,              // QString
    DescriptionRole,           // QString
    CreatorLoginRole,          // QString
    CreatedAtRole,             // QDateTime
    LogUrlRole,                // QUrl
    EnvironmentUrlRole,        // QUrl
    EnvironmentRole,           // QString
    PendingRole,               // bool: optimistic, not yet confirmed by GitHub
};
}

// EnvironmentModel's roles (one row per environment).
namespace EnvironmentRoles {
enum Role {
    NameRole = Qt::UserRole + 1, // QString
    ActiveDeploymentIdRole,      // qint64 (0 when none)
    ActiveRefRole,               // QString
    ActiveShaRole,               // QString
    ActiveCreatorRole,           // QString
    ActiveSinceRole,             // QDateTime
    LatestDeploymentIdRole,      // qint64
    LatestStateRole,             // StatusState
    LatestRawStateRole,          // QString
    DeploymentCountRole,         // int
    TransientRole,               // bool
    ProductionRole,              // bool
    LaneOrderRole,               // int: production first, then staging, qa, others, previews last
};
}
