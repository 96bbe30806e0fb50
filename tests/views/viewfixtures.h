#pragma once

#include "models/deploymentroles.h"
#include "models/statusstate.h"
#include "views/timelineview.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QStandardItemModel>
#include <QUrl>

// Small QStandardItemModel fixtures that serve DeploymentRoles / StatusRoles like the real
// models do, for the view tests, the screenshots and the benchmark.
namespace ViewFixtures {

// A fixture-only role holding QVector<TimelineView::Marker> (the real model's marker role is a
// request to the lead).
constexpr int MarkersRole = DeploymentRoles::StatusCountRole + 1;

struct Deployment
{
    qint64 id = 0;
    QString environment;
    QString ref;
    QString sha;
    QString task = QStringLiteral("deploy");
    QString creator;
    QDateTime created;
    QDateTime end; // invalid while live
    StatusState state = StatusState::NoStatus;
    QString rawState;
    bool active = false;
    bool transient = false;
    bool production = false;
    bool pendingWrite = false;
    QString description;
    QUrl logUrl;
    QUrl environmentUrl;
    QJsonValue payload;
    QVector<TimelineView::Marker> markers;
};

struct Status
{
    StatusState state = StatusState::NoStatus;
    QString description;
    QString creator;
    QDateTime created;
    QUrl logUrl;
    QUrl environmentUrl;
    bool pending = false;
};

// 2024-03-14T12:00:00Z.
QDateTime fixedNow();

QStandardItemModel *makeDeploymentModel(const QList<Deployment> &deployments,
                                        QObject *parent = nullptr);
void appendDeployment(QStandardItemModel *model, const Deployment &deployment);
// Writes every role of row from deployment without emitting dataChanged.
void writeDeployment(QStandardItemModel *model, int row, const Deployment &deployment);

QStandardItemModel *makeStatusModel(const QList<Status> &statuses, QObject *parent = nullptr);

enum class Language { English, Korean, Japanese };
// Realistic history: production, staging, qa, dev and a few previews over `days` days before
// now; superseded deployments inactive, some failures, the newest ones still running.
QList<Deployment> realisticDeployments(const QDateTime &now, int days, int count, quint32 seed,
                                       Language language = Language::English);
// The statuses of a deployment (newest first), consistent with its markers.
QList<Status> statusesFor(const Deployment &deployment, Language language = Language::English);

TimelineView::MarkerProvider markerProvider();

// What a table's selection model gives for the given rows: every cell of each row, the way
// selectedIndexes() does (a view should fold them to one deployment a row).
QModelIndexList selectedCells(const QAbstractItemModel *model, const QList<int> &rows);

} // namespace ViewFixtures
