#include "environmentmodel.h"

#include "plaintooltip.h"

#include "deploymentstore.h"
#include "relativetime.h"

#include <QSet>

#include <algorithm>

using namespace EnvironmentRoles;

namespace {
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
} // namespace

QList<int> EnvironmentModel::Row::changedRoles(const Row &o) const
{
    QList<int> roles;
    if (activeId != o.activeId)
        roles << ActiveDeploymentIdRole;
    if (activeRef != o.activeRef)
        roles << ActiveRefRole;
    if (activeSha != o.activeSha)
        roles << ActiveShaRole;
    if (activeCreator != o.activeCreator)
        roles << ActiveCreatorRole;
    if (activeSince != o.activeSince || activeSince.isValid() != o.activeSince.isValid())
        roles << ActiveSinceRole;
    if (latestId != o.latestId)
        roles << LatestDeploymentIdRole;
    if (latestState != o.latestState)
        roles << LatestStateRole;
    if (latestRawState != o.latestRawState)
        roles << LatestRawStateRole;
    if (count != o.count)
        roles << DeploymentCountRole;
    if (transient != o.transient)
        roles << TransientRole;
    if (production != o.production)
        roles << ProductionRole;
    // The tool tip tells what is live, or how many deployments there are when nothing is.
    const bool tip = std::any_of(roles.cbegin(), roles.cend(), [](int role) {
        return role != LatestDeploymentIdRole && role != LatestStateRole &&
               role != LatestRawStateRole && role != TransientRole && role != ProductionRole;
    });
    if (tip)
        roles << Qt::ToolTipRole;
    return roles;
}

bool EnvironmentModel::Row::sortsBefore(const Row &other) const
{
    if (lane != other.lane)
        return lane < other.lane;
    return compareNames(name, other.name) < 0;
}

int EnvironmentModel::compareNames(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isAsciiDigit(a[i]) && isAsciiDigit(b[j])) {
            // A run of digits against a run of digits: by value, whatever the leading zeros.
            while (i < a.size() && a[i] == QLatin1Char('0'))
                ++i;
            while (j < b.size() && b[j] == QLatin1Char('0'))
                ++j;
            qsizetype endA = i;
            while (endA < a.size() && isAsciiDigit(a[endA]))
                ++endA;
            qsizetype endB = j;
            while (endB < b.size() && isAsciiDigit(b[endB]))
                ++endB;
            if (endA - i != endB - j)
                return endA - i < endB - j ? -1 : 1;
            const int order =
                QStringView(a).mid(i, endA - i).compare(QStringView(b).mid(j, endB - j));
            if (order != 0)
                return order < 0 ? -1 : 1;
            i = endA;
            j = endB;
            continue;
        }
        const QChar x = a[i].toCaseFolded();
        const QChar y = b[j].toCaseFolded();
        if (x != y)
            return x < y ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    // Alike by those rules ("QA" and "qa", "pr-7" and "pr-07"): a fixed order all the same.
    const int order = a.compare(b);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

EnvironmentModel::EnvironmentModel(QObject *parent)
    : QAbstractListModel(parent)
{}

EnvironmentModel::~EnvironmentModel() = default;

EnvironmentModel::Lane EnvironmentModel::laneFor(const QString &name, bool transient,
                                                 bool production)
{
    const QString n = name.toLower();
    if (transient || n.startsWith(QLatin1String("pr-")) || n.startsWith(QLatin1String("preview")) ||
        n.startsWith(QLatin1String("review")))
        return PreviewLane;
    if (production || n == QLatin1String("prod") || n.startsWith(QLatin1String("production")) ||
        n == QLatin1String("live"))
        return ProductionLane;
    if (n.startsWith(QLatin1String("staging")) || n == QLatin1String("stage") ||
        n == QLatin1String("pre-production") || n == QLatin1String("preprod"))
        return StagingLane;
    if (n.startsWith(QLatin1String("qa")) || n == QLatin1String("test") ||
        n == QLatin1String("testing"))
        return QaLane;
    return OtherLane;
}

void EnvironmentModel::setStore(DeploymentStore *store)
{
    if (store == m_store)
        return;
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_rows.clear();
    if (m_store) {
        m_rows = currentRows();
        connect(m_store, &DeploymentStore::environmentsChanged, this, &EnvironmentModel::sync);
        connect(m_store, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows.clear();
            endResetModel();
        });
    }
    endResetModel();
}

QList<EnvironmentModel::Row> EnvironmentModel::currentRows() const
{
    QList<Row> rows;
    if (!m_store)
        return rows;
    const QStringList names = m_store->environmentNames();
    rows.reserve(names.size());
    for (const QString &name : names) {
        const DeploymentStore::EnvironmentSummary s = m_store->environmentSummary(name);
        Row row;
        row.name = name;
        if (s.active) {
            row.activeId = s.active->deployment.id;
            row.activeRef = s.active->deployment.ref;
            row.activeSha = s.active->deployment.sha;
            row.activeCreator = m_store->user(s.active->deployment.creator).login;
            row.activeSince = s.active->updatedAt();
        }
        if (s.latest) {
            row.latestId = s.latest->deployment.id;
            row.latestState = s.latest->state();
            row.latestRawState = m_store->rawState(*s.latest);
        }
        row.count = s.count;
        row.transient = s.transient;
        row.production = s.production;
        row.lane = laneFor(name, s.transient, s.production);
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return a.sortsBefore(b); });
    return rows;
}

// Merges the new summaries into the rows: an environment that changed lane moves (removed,
// then inserted), the rest get dataChanged.
void EnvironmentModel::sync()
{
    const QList<Row> target = currentRows();
    QHash<QString, Lane> lanes;
    for (const Row &row : target)
        lanes.insert(row.name, row.lane);
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        const auto it = lanes.constFind(m_rows[r].name);
        if (it != lanes.cend() && *it == m_rows[r].lane)
            continue;
        beginRemoveRows({}, r, r);
        m_rows.removeAt(r);
        endRemoveRows();
    }
    for (int r = 0; r < target.size(); ++r) {
        if (r < m_rows.size() && m_rows[r].name == target[r].name) {
            const QList<int> roles = m_rows[r].changedRoles(target[r]);
            if (!roles.isEmpty()) {
                m_rows[r] = target[r];
                Q_EMIT dataChanged(index(r), index(r), roles);
            }
            continue;
        }
        beginInsertRows({}, r, r);
        m_rows.insert(r, target[r]);
        endInsertRows();
    }
}

int EnvironmentModel::rowOf(const QString &name) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].name == name)
            return r;
    }
    return -1;
}

int EnvironmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EnvironmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case Qt::ToolTipRole:
        if (!row.activeId)
            return plainToolTip(
                tr("%1: nothing live, %Ln deployment(s)", nullptr, row.count).arg(row.name));
        //: %1 environment, %2 ref, %3 short SHA, %4 who, %5 since when
        return plainToolTip(tr("%1: %2 (%3) by %4, %5")
                                .arg(row.name, row.activeRef, row.activeSha.left(7),
                                     row.activeCreator, RelativeTime::absolute(row.activeSince)));
    case ActiveDeploymentIdRole:
        return row.activeId;
    case ActiveRefRole:
        return row.activeRef;
    case ActiveShaRole:
        return row.activeSha;
    case ActiveCreatorRole:
        return row.activeCreator;
    case ActiveSinceRole:
        return row.activeSince;
    case LatestDeploymentIdRole:
        return row.latestId;
    case LatestStateRole:
        return QVariant::fromValue(row.latestState);
    case LatestRawStateRole:
        return row.latestRawState;
    case DeploymentCountRole:
        return row.count;
    case TransientRole:
        return row.transient;
    case ProductionRole:
        return row.production;
    case LaneOrderRole:
        return int(row.lane);
    }
    return {};
}

QHash<int, QByteArray> EnvironmentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{NameRole, "name"},
                  {ActiveDeploymentIdRole, "activeDeploymentId"},
                  {ActiveRefRole, "activeRef"},
                  {ActiveShaRole, "activeSha"},
                  {ActiveCreatorRole, "activeCreator"},
                  {ActiveSinceRole, "activeSince"},
                  {LatestDeploymentIdRole, "latestDeploymentId"},
                  {LatestStateRole, "latestState"},
                  {LatestRawStateRole, "latestRawState"},
                  {DeploymentCountRole, "deploymentCount"},
                  {TransientRole, "transient"},
                  {ProductionRole, "production"},
                  {LaneOrderRole, "laneOrder"}});
    return names;
}
