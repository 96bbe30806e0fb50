#include "deploymentmodel.h"

#include "plaintooltip.h"

#include "deploymentstore.h"
#include "statusmarker.h"

#include <QJsonValue>

using namespace DeploymentRoles;

namespace {
using Change = DeploymentStore::Change;

// The roles that show what changed; the displayed texts and tool tips are made of all but the
// liveness, the URLs and GitHub's object.
QList<int> rolesFor(DeploymentStore::Changes changes)
{
    static const std::pair<Change, QList<int>> table[] = {
        {Change::State, {StateRole, RawStateRole}},
        {Change::Statuses, {StatusCountRole, StatusMarkersRole}},
        {Change::Pending, {PendingWriteRole, StatusMarkersRole}},
        {Change::StatusesLoaded, {StatusesLoadedRole}},
        {Change::Liveness, {IsActiveRole}},
        {Change::EndTime, {EndTimeRole}},
        {Change::Environment, {EnvironmentRole}},
        {Change::UpdatedAt, {UpdatedAtRole}},
        {Change::Description, {DescriptionRole}},
        {Change::LogUrl, {LogUrlRole}},
        {Change::EnvironmentUrl, {EnvironmentUrlRole}},
        // The transient flag makes an inactive status a destroyed one: the markers follow.
        {Change::Fields,
         {RefRole, ShaRole, TaskRole, CreatorLoginRole, CreatorAvatarUrlRole, CreatedAtRole,
          TransientRole, ProductionRole, PayloadRole, UrlRole, StatusMarkersRole}},
        {Change::Json, {DeploymentJsonRole}},
    };
    const DeploymentStore::Changes shown = Change::State | Change::Environment | Change::UpdatedAt |
                                           Change::Description | Change::Fields;
    QList<int> roles;
    for (const auto &[change, changeRoles] : table) {
        if (!changes.testFlag(change))
            continue;
        for (int role : changeRoles) {
            if (!roles.contains(role))
                roles.append(role);
        }
    }
    if (changes & shown)
        roles << Qt::DisplayRole << Qt::ToolTipRole;
    return roles;
}

// A transient deployment's inactive status means its environment is gone, as in StateRole.
StatusMarker marker(const DeploymentStore::Entry &entry,
                    const DeploymentStore::StatusRecord &status)
{
    if (status.state == StatusState::Inactive && entry.deployment.transientEnvironment)
        return {status.createdAtTime(), StatusState::Destroyed};
    return {status.createdAtTime(), status.state};
}

QList<StatusMarker> statusMarkers(const DeploymentStore::Entry &entry)
{
    QList<StatusMarker> markers;
    markers.reserve(entry.statuses.size() + (entry.pending ? 1 : 0));
    if (entry.pending)
        markers.append(marker(entry, *entry.pending));
    for (const DeploymentStore::StatusRecord &status : entry.statuses)
        markers.append(marker(entry, status));
    return markers;
}
} // namespace

DeploymentModel::DeploymentModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(RelativeTime::systemClock())
{}

DeploymentModel::~DeploymentModel() = default;

void DeploymentModel::setStore(DeploymentStore *store)
{
    if (store == m_store)
        return;
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &DeploymentStore::deploymentsAboutToBeInserted, this,
                [this](int first, int last) { beginInsertRows({}, first, last); });
        connect(m_store, &DeploymentStore::deploymentsInserted, this, [this] { endInsertRows(); });
        connect(m_store, &DeploymentStore::deploymentsAboutToBeRemoved, this,
                [this](int first, int last) { beginRemoveRows({}, first, last); });
        connect(m_store, &DeploymentStore::deploymentsRemoved, this, [this] { endRemoveRows(); });
        connect(m_store, &DeploymentStore::deploymentChanged, this,
                &DeploymentModel::onDeploymentChanged);
        connect(m_store, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_store = nullptr;
            endResetModel();
        });
    }
    endResetModel();
}

void DeploymentModel::setClock(RelativeTime::Clock clock)
{
    m_clock = clock ? std::move(clock) : RelativeTime::systemClock();
    refreshRelativeTimes();
}

void DeploymentModel::onDeploymentChanged(int row, DeploymentStore::Changes changes)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), rolesFor(changes));
}

void DeploymentModel::refreshRelativeTimes()
{
    if (rowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, CreatedColumn), index(rowCount() - 1, LatestStatusColumn),
                       {Qt::DisplayRole});
}

qint64 DeploymentModel::deploymentId(const QModelIndex &index) const
{
    if (!m_store || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return 0;
    return m_store->entry(index.row()).deployment.id;
}

QModelIndex DeploymentModel::indexOf(qint64 deploymentId, int column) const
{
    const int row = m_store ? m_store->rowOf(deploymentId) : -1;
    return row < 0 ? QModelIndex() : index(row, column);
}

int DeploymentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_store ? 0 : m_store->count();
}

int DeploymentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentModel::data(const QModelIndex &index, int role) const
{
    if (!m_store || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DeploymentStore::Entry &entry = m_store->entry(index.row());
    const DeploymentStore::DeploymentRecord &d = entry.deployment;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return StatusStates::displayName(entry.state(), m_store->rawState(entry));
        case EnvironmentColumn:
            return entry.environment;
        case RefColumn:
            return d.ref;
        case ShaColumn:
            return d.sha.left(7);
        case TaskColumn:
            return d.task;
        case CreatorColumn:
            return m_store->user(d.creator).login;
        case CreatedColumn:
            return RelativeTime::format(d.createdAtTime(), m_clock());
        case LatestStatusColumn:
            return entry.latestStatus() ? RelativeTime::format(entry.updatedAt(), m_clock())
                                        : QString();
        case DescriptionColumn:
            return m_store->description(entry);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StateColumn:
            return plainToolTip(StatusStates::displayName(entry.state(), m_store->rawState(entry)));
        case ShaColumn:
            return plainToolTip(d.sha);
        case CreatedColumn:
            return RelativeTime::absolute(d.createdAtTime());
        case LatestStatusColumn:
            return entry.latestStatus() ? RelativeTime::absolute(entry.updatedAt()) : QString();
        case DescriptionColumn:
            return plainToolTip(m_store->description(entry));
        }
        return {};
    case IdRole:
        return d.id;
    case EnvironmentRole:
        return entry.environment;
    case RefRole:
        return d.ref;
    case ShaRole:
        return d.sha;
    case TaskRole:
        return d.task;
    case CreatorLoginRole:
        return m_store->user(d.creator).login;
    case CreatorAvatarUrlRole:
        return m_store->user(d.creator).avatarUrl;
    case CreatedAtRole:
        return d.createdAtTime();
    case UpdatedAtRole:
        return entry.updatedAt();
    case StateRole:
        return QVariant::fromValue(entry.state());
    case RawStateRole:
        return m_store->rawState(entry);
    case DescriptionRole:
        return m_store->description(entry);
    case LogUrlRole:
        return m_store->logUrl(entry);
    case EnvironmentUrlRole:
        return m_store->environmentUrl(entry);
    case TransientRole:
        return d.transientEnvironment;
    case ProductionRole:
        return d.productionEnvironment;
    case IsActiveRole:
        return entry.active;
    case StatusesLoadedRole:
        return entry.statusesLoaded;
    case PendingWriteRole:
        return entry.pending != nullptr;
    case EndTimeRole:
        return entry.endTime;
    case PayloadRole:
        return QVariant::fromValue(d.payload);
    case DeploymentJsonRole:
        return m_store->json(entry);
    case UrlRole:
        return m_store->url(entry);
    case StatusCountRole:
        return int(entry.statuses.size());
    case StatusMarkersRole:
        return QVariant::fromValue(statusMarkers(entry));
    }
    return {};
}

QVariant DeploymentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case EnvironmentColumn:
        return tr("Environment");
    case RefColumn:
        return tr("Ref");
    case ShaColumn:
        return tr("Commit");
    case TaskColumn:
        return tr("Task");
    case CreatorColumn:
        return tr("Creator");
    case CreatedColumn:
        return tr("Created");
    case LatestStatusColumn:
        return tr("Last status");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

QHash<int, QByteArray> DeploymentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "deploymentId"},
                  {EnvironmentRole, "environment"},
                  {RefRole, "ref"},
                  {ShaRole, "sha"},
                  {TaskRole, "task"},
                  {CreatorLoginRole, "creatorLogin"},
                  {CreatorAvatarUrlRole, "creatorAvatarUrl"},
                  {CreatedAtRole, "createdAt"},
                  {UpdatedAtRole, "updatedAt"},
                  {StateRole, "state"},
                  {RawStateRole, "rawState"},
                  {DescriptionRole, "description"},
                  {LogUrlRole, "logUrl"},
                  {EnvironmentUrlRole, "environmentUrl"},
                  {TransientRole, "transient"},
                  {ProductionRole, "production"},
                  {IsActiveRole, "isActive"},
                  {StatusesLoadedRole, "statusesLoaded"},
                  {PendingWriteRole, "pendingWrite"},
                  {EndTimeRole, "endTime"},
                  {PayloadRole, "payload"},
                  {DeploymentJsonRole, "deploymentJson"},
                  {UrlRole, "url"},
                  {StatusCountRole, "statusCount"},
                  {StatusMarkersRole, "statusMarkers"}});
    return names;
}
