#include "deploymentfilterproxy.h"

#include "deploymentroles.h"

#include <QDateTime>

using namespace DeploymentRoles;

DeploymentFilterProxy::DeploymentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DeploymentFilterProxy::setEnvironmentFilter(const QStringList &environments)
{
    if (environments == m_environments)
        return;
    m_environments = environments;
    invalidateRowsFilter();
}

void DeploymentFilterProxy::setStateFilter(const QList<StatusState> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    invalidateRowsFilter();
}

void DeploymentFilterProxy::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

int DeploymentFilterProxy::sortRoleForColumn(int column)
{
    switch (column) {
    case StateColumn:
        return StateRole;
    case EnvironmentColumn:
        return EnvironmentRole;
    case RefColumn:
        return RefRole;
    case ShaColumn:
        return ShaRole;
    case TaskColumn:
        return TaskRole;
    case CreatorColumn:
        return CreatorLoginRole;
    case CreatedColumn:
        return CreatedAtRole;
    case LatestStatusColumn:
        return UpdatedAtRole;
    case DescriptionColumn:
        return DescriptionRole;
    }
    return Qt::DisplayRole;
}

bool DeploymentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_environments.isEmpty() &&
        !m_environments.contains(index.data(EnvironmentRole).toString()))
        return false;
    if (!m_states.isEmpty() && !m_states.contains(index.data(StateRole).value<StatusState>()))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int role : {RefRole, ShaRole, CreatorLoginRole, DescriptionRole}) {
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool DeploymentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int role = sortRoleForColumn(left.column());
    const QVariant a = left.data(role);
    const QVariant b = right.data(role);
    int order = 0;
    switch (role) {
    case StateRole:
        order = int(a.value<StatusState>()) - int(b.value<StatusState>());
        if (order == 0)
            order = left.data(RawStateRole).toString().compare(right.data(RawStateRole).toString());
        break;
    case CreatedAtRole:
    case UpdatedAtRole: {
        const QDateTime x = a.toDateTime();
        const QDateTime y = b.toDateTime();
        order = x < y ? -1 : (y < x ? 1 : 0);
        break;
    }
    default:
        order =
            QString::localeAwareCompare(a.toString().toCaseFolded(), b.toString().toCaseFolded());
        break;
    }
    if (order != 0)
        return order < 0;
    // Ties: newest first (created, then id: the source's row order) in both directions. A
    // descending sort asks lessThan(right, left), so there the newer one must be "greater".
    const bool leftIsNewer = left.row() < right.row();
    return sortOrder() == Qt::AscendingOrder ? leftIsNewer
                                             : !leftIsNewer && left.row() != right.row();
}
