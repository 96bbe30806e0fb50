#include "statusmodel.h"

#include "deploymentstore.h"
#include "relativetime.h"

#include <QSet>

using namespace StatusRoles;

StatusModel::StatusModel(QObject *parent)
    : QAbstractListModel(parent)
{}

StatusModel::~StatusModel() = default;

void StatusModel::setStore(DeploymentStore *store)
{
    if (store == m_store)
        return;
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_deploymentId = 0;
    m_ids.clear();
    if (m_store) {
        connect(m_store, &DeploymentStore::statusesChanged, this, [this](qint64 id) {
            if (id == m_deploymentId)
                sync();
        });
        // A deleted deployment takes its statuses with it.
        connect(m_store, &DeploymentStore::deploymentsRemoved, this, [this] {
            if (m_deploymentId && !m_store->find(m_deploymentId))
                sync();
        });
        connect(m_store, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_ids.clear();
            m_deploymentId = 0;
            endResetModel();
        });
    }
    endResetModel();
}

void StatusModel::setDeploymentId(qint64 deploymentId)
{
    if (deploymentId == m_deploymentId)
        return;
    beginResetModel();
    m_deploymentId = deploymentId;
    m_ids = currentIds();
    endResetModel();
}

QList<qint64> StatusModel::currentIds() const
{
    QList<qint64> ids;
    const DeploymentStore::Entry *entry = m_store ? m_store->find(m_deploymentId) : nullptr;
    if (!entry)
        return ids;
    ids.reserve(entry->statuses.size() + 1);
    if (entry->pending)
        ids.append(PendingId);
    for (const DeploymentStore::StatusRecord &status : entry->statuses)
        ids.append(status.id);
    return ids;
}

// Merges the store's list into the rows: removals, then inserts; both lists are newest first,
// so the rows that stay keep their order.
void StatusModel::sync()
{
    const QList<qint64> target = currentIds();
    // The pending status confirmed by GitHub: the same row, now with its real id.
    if (!m_ids.isEmpty() && m_ids.first() == PendingId && !target.isEmpty() &&
        target.first() != PendingId && !m_ids.contains(target.first())) {
        m_ids[0] = target.first();
        Q_EMIT dataChanged(index(0), index(0));
    }
    const QSet<qint64> keep(target.cbegin(), target.cend());
    for (int last = int(m_ids.size()) - 1; last >= 0;) {
        if (keep.contains(m_ids[last])) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !keep.contains(m_ids[first - 1]))
            --first;
        beginRemoveRows({}, first, last);
        m_ids.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    for (int row = 0; row < target.size(); ++row) {
        if (row < m_ids.size() && m_ids[row] == target[row])
            continue;
        int end = row + 1;
        const qint64 next = row < m_ids.size() ? m_ids[row] : 0;
        while (end < target.size() && target[end] != next)
            ++end;
        beginInsertRows({}, row, end - 1);
        for (int i = row; i < end; ++i)
            m_ids.insert(i, target[i]);
        endInsertRows();
        row = end - 1;
    }
}

const DeploymentStore::StatusRecord *StatusModel::statusAt(int row) const
{
    const DeploymentStore::Entry *entry = m_store ? m_store->find(m_deploymentId) : nullptr;
    if (!entry || row < 0 || row >= m_ids.size())
        return nullptr;
    const qint64 id = m_ids[row];
    if (id == PendingId)
        return entry->pending.get();
    // Usually at the same place; look around otherwise.
    const int guess = row - (entry->pending ? 1 : 0);
    if (guess >= 0 && guess < entry->statuses.size() && entry->statuses[guess].id == id)
        return &entry->statuses[guess];
    for (const DeploymentStore::StatusRecord &status : entry->statuses) {
        if (status.id == id)
            return &status;
    }
    return nullptr;
}

int StatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant StatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeploymentStore::StatusRecord *record = statusAt(index.row());
    if (!record)
        return {};
    const DeploymentStore::Entry *entry = m_store->find(m_deploymentId);
    const DeploymentStatus status = m_store->status(*record);
    StatusState state = status.state;
    if (state == StatusState::Inactive && entry->deployment.transientEnvironment)
        state = StatusState::Destroyed;
    switch (role) {
    case Qt::DisplayRole:
        return StatusStates::displayName(state, status.rawState);
    case Qt::ToolTipRole:
        return RelativeTime::absolute(status.createdAt);
    case IdRole:
        return status.id;
    case StateRole:
        return QVariant::fromValue(state);
    case RawStateRole:
        return status.rawState;
    case DescriptionRole:
        return status.description;
    case CreatorLoginRole:
        return status.creator.login;
    case CreatedAtRole:
        return status.createdAt;
    case LogUrlRole:
        return status.logUrl;
    case EnvironmentUrlRole:
        return status.environmentUrl;
    case EnvironmentRole:
        return status.environment.isEmpty() ? entry->environment : status.environment;
    case PendingRole:
        return m_ids[index.row()] == PendingId;
    }
    return {};
}

QHash<int, QByteArray> StatusModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "statusId"},
                  {StateRole, "state"},
                  {RawStateRole, "rawState"},
                  {DescriptionRole, "description"},
                  {CreatorLoginRole, "creatorLogin"},
                  {CreatedAtRole, "createdAt"},
                  {LogUrlRole, "logUrl"},
                  {EnvironmentUrlRole, "environmentUrl"},
                  {EnvironmentRole, "environment"},
                  {PendingRole, "pending"}});
    return names;
}
