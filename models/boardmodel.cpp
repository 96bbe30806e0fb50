#include "boardmodel.h"

#include "boardsessions.h"
#include "deploymentstore.h"
#include "plaintooltip.h"
#include "relativetime.h"
#include "repositorysession.h"

#include <QCoreApplication>
#include <QMap>

namespace {

QString shortSha(const QString &sha)
{
    return sha.left(7);
}

QDateTime statusTime(const DeploymentEntry *entry)
{
    if (!entry)
        return {};
    const StatusRecord *latest = entry->latestStatus();
    return latest ? latest->createdAtTime() : entry->deployment.createdAtTime();
}

} // namespace

BoardModel::BoardModel(BoardSessions *sessions, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sessions(sessions)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_columns.append(Column{});
    for (int row = 0; row < sessions->count(); ++row)
        connectStore(row, sessions->store(row));
    m_columns = wantedColumns();

    connect(sessions, &BoardSessions::rowAboutToBeInserted, this, [this](int row) {
        beginInsertRows({}, row, row);
        dropCache(); // rows below move
    });
    connect(sessions, &BoardSessions::rowInserted, this, [this](int row) {
        endInsertRows();
        connectStore(row, m_sessions->store(row));
        markDirty(row);
    });
    connect(sessions, &BoardSessions::rowAboutToBeRemoved, this, [this](int row) {
        if (DeploymentStore *store = m_sessions->store(row))
            disconnect(store, nullptr, this, nullptr);
        beginRemoveRows({}, row, row);
    });
    connect(sessions, &BoardSessions::rowRemoved, this, [this](int row) {
        dropCache(); // rows below moved
        endRemoveRows();
        // Rows after it moved up: their pending repaints move with them.
        QSet<int> dirty;
        for (int r : std::as_const(m_dirty))
            if (r != row)
                dirty.insert(r > row ? r - 1 : r);
        m_dirty = dirty;
        if (!m_flushQueued) {
            m_flushQueued = true;
            QMetaObject::invokeMethod(this, &BoardModel::flush, Qt::QueuedConnection);
        }
    });
    connect(sessions, &BoardSessions::storeChanged, this, [this](int row, DeploymentStore *store) {
        connectStore(row, store);
        markDirty(row);
    });
}

BoardModel::~BoardModel() = default;

void BoardModel::setFoldRareEnvironments(bool fold)
{
    if (fold == m_fold)
        return;
    m_fold = fold;
    dropCache();
    syncColumns();
    if (rowCount() > 0 && columnCount() > 1)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1));
}

void BoardModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void BoardModel::retranslate()
{
    dropCache();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

BoardModel::ColumnKind BoardModel::columnKind(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).kind
                                                    : ColumnKind::Repository;
}

QString BoardModel::columnEnvironment(int column) const
{
    return columnKind(column) == ColumnKind::Environment ? m_columns.at(column).name : QString();
}

int BoardModel::columnOf(const QString &environment) const
{
    for (int c = 1; c < m_columns.size(); ++c) {
        if (m_columns.at(c).kind == ColumnKind::Environment && m_columns.at(c).name == environment)
            return c;
    }
    return -1;
}

int BoardModel::columnShowing(int row, const QString &environment) const
{
    const int own = columnOf(environment);
    if (own >= 0)
        return own;
    const DeploymentStore *store = m_sessions->store(row);
    if (!store)
        return -1;
    const DeploymentStore::EnvironmentSummary s = store->environmentSummary(environment);
    const ColumnKind kind = EnvironmentModel::laneFor(environment, s.transient, s.production) ==
                                    EnvironmentModel::PreviewLane
                                ? ColumnKind::Previews
                                : ColumnKind::Others;
    for (int c = 1; c < m_columns.size(); ++c) {
        if (m_columns.at(c).kind == kind)
            return c;
    }
    return -1;
}

bool BoardModel::isGrouped(const DeploymentStore *store, const QString &name) const
{
    Q_UNUSED(store)
    return columnOf(name) < 0;
}

QStringList BoardModel::groupEnvironments(int row, int column) const
{
    QStringList names;
    const ColumnKind kind = columnKind(column);
    const DeploymentStore *store = row >= 0 && row < rowCount() ? m_sessions->store(row) : nullptr;
    if (!store || (kind != ColumnKind::Others && kind != ColumnKind::Previews))
        return names;
    for (const QString &name : store->environmentNames()) {
        if (columnOf(name) >= 0)
            continue;
        const DeploymentStore::EnvironmentSummary s = store->environmentSummary(name);
        const bool preview = EnvironmentModel::laneFor(name, s.transient, s.production) ==
                             EnvironmentModel::PreviewLane;
        if (preview == (kind == ColumnKind::Previews))
            names.append(name);
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return EnvironmentModel::compareNames(a, b) < 0;
    });
    return names;
}

int BoardModel::severity(StatusState state)
{
    switch (state) {
    case StatusState::Failure:
    case StatusState::Error:
        return 0;
    case StatusState::InProgress:
    case StatusState::Queued:
    case StatusState::Pending:
        return 1;
    case StatusState::Unknown:
        return 2;
    case StatusState::Success:
        return 3;
    case StatusState::Inactive:
    case StatusState::Destroyed:
        return 4;
    case StatusState::NoStatus:
        break;
    }
    return 5;
}

int BoardModel::worstSeverity() const
{
    int worst = 5;
    for (int row = 0; row < rowCount(); ++row)
        worst = std::min(worst, data(index(row, 0), SeverityRole).toInt());
    return worst;
}

// ---------------------------------------------------------------------------------------------
// Cells

BoardModel::Cell BoardModel::environmentCell(const DeploymentStore *store,
                                             const QString &name) const
{
    Cell cell;
    const DeploymentStore::EnvironmentSummary s = store->environmentSummary(name);
    cell.live = s.active;
    cell.shown = s.active ? s.active : s.latest;
    if (s.latest && s.latest != s.active && !s.latest->isInactive() &&
        (!s.active || s.latest->deployment.isNewerThan(s.active->deployment)))
        cell.attempt = s.latest;
    cell.state = cell.shown ? cell.shown->state() : StatusState::NoStatus;
    cell.severity = severity(cell.state);
    if (cell.attempt)
        cell.severity = std::min(cell.severity, severity(cell.attempt->state()));
    cell.groupCount = s.count > 0 ? 1 : 0;
    return cell;
}

void BoardModel::computeDrift(Cell &cell, const DeploymentStore *store, const QString &name,
                              EnvironmentModel::Lane lane) const
{
    // Promotion order: qa -> staging -> production. The next environment toward production
    // is the first, in lane order, of the lane before this one that has a live deployment.
    const DeploymentEntry *live = cell.live;
    if (!live || (lane != EnvironmentModel::StagingLane && lane != EnvironmentModel::QaLane))
        return;
    const auto target = lane == EnvironmentModel::StagingLane ? EnvironmentModel::ProductionLane
                                                              : EnvironmentModel::StagingLane;
    QString nextName;
    const DeploymentEntry *next = nullptr;
    for (const QString &other : store->environmentNames()) {
        const DeploymentStore::EnvironmentSummary s = store->environmentSummary(other);
        if (!s.active || EnvironmentModel::laneFor(other, s.transient, s.production) != target)
            continue;
        if (!next || EnvironmentModel::compareNames(other, nextName) < 0) {
            nextName = other;
            next = s.active;
        }
    }
    if (!next || next->deployment.sha == live->deployment.sha)
        return;
    cell.driftTarget = nextName;
    //: Drift between environments: %1 environment, %2 its short SHA, %3 the next environment
    //: toward production, %4 its short SHA
    cell.driftText =
        tr("%1 runs %2; %3 runs %4.")
            .arg(name, shortSha(live->deployment.sha), nextName, shortSha(next->deployment.sha));
}

BoardModel::Cell BoardModel::cell(int row, int column) const
{
    Cell result;
    const DeploymentStore *store = m_sessions->store(row);
    if (!store || column <= 0 || column >= m_columns.size())
        return result;
    const Column &c = m_columns.at(column);
    if (c.kind == ColumnKind::Environment) {
        result = environmentCell(store, c.name);
        computeDrift(result, store, c.name, c.lane);
        return result;
    }
    // A group: how many of its environments have a deployment, and the worst of their states.
    for (const QString &name : groupEnvironments(row, column)) {
        const Cell one = environmentCell(store, name);
        if (!one.shown || (c.kind == ColumnKind::Previews && one.shown->isInactive()))
            continue; // a torn-down preview is not worth a look
        ++result.groupCount;
        result.groupNames.append(name);
        if (one.severity < result.severity || !result.shown) {
            result.severity = one.severity;
            result.state = one.attempt && severity(one.attempt->state()) < severity(one.state)
                               ? one.attempt->state()
                               : one.state;
            result.shown = one.shown;
        }
    }
    return result;
}

QVariant BoardModel::repositoryData(int row, int role) const
{
    const WatchedRepository watched = m_sessions->repository(row);
    const DeploymentStore *store = m_sessions->store(row);
    switch (role) {
    case Qt::DisplayRole:
    case RepositoryRole:
        return watched.repository.fullName();
    case ApiRootRole:
        return watched.apiRoot;
    case ColumnKindRole:
        return QVariant::fromValue(ColumnKind::Repository);
    case LoadingRole:
        return !store || store->loadState() == DeploymentStore::LoadState::Loading ||
               store->loadState() == DeploymentStore::LoadState::Idle;
    case ProblemRole:
        if (!m_sessions->session(row))
            return tr("Not signed in on %1.").arg(watched.apiRoot.host());
        if (store && store->loadState() == DeploymentStore::LoadState::Error)
            return store->errorString();
        return QString();
    case SeverityRole: {
        int worst = 5;
        for (int c = 1; c < m_columns.size(); ++c)
            worst = std::min(worst, cellValue(row, c).severity);
        return worst;
    }
    case Qt::ToolTipRole: {
        QString tip = watched.repository.fullName() + QLatin1Char('\n') + watched.apiRoot.host();
        const QString problem = repositoryData(row, ProblemRole).toString();
        if (!problem.isEmpty())
            tip += QLatin1Char('\n') + problem;
        return plainToolTip(tip);
    }
    case CellRole:
        return QVariant::fromValue(cellValue(row, 0));
    default:
        return {};
    }
}

QString BoardModel::cellText(int row, const Cell &cell) const
{
    Q_UNUSED(row)
    if (!cell.shown)
        return {};
    return cell.shown->deployment.ref + QStringLiteral(" · ") +
           shortSha(cell.shown->deployment.sha);
}

QString BoardModel::cellToolTip(int row, int column, const Cell &cell) const
{
    const DeploymentStore *store = m_sessions->store(row);
    if (!store)
        return {};
    const QDateTime now = m_clock();
    const auto describe = [&](const DeploymentEntry *e) {
        const QString who = store->user(e->deployment.creator).login;
        //: %1 ref, %2 short SHA, %3 state, %4 "5 min ago", %5 login
        return tr("%1 (%2), %3 %4 by %5")
            .arg(e->deployment.ref, shortSha(e->deployment.sha),
                 StatusStates::displayName(e->state(), store->rawState(*e)).toLower(),
                 RelativeTime::format(statusTime(e), now), who.isEmpty() ? tr("unknown") : who);
    };
    const Column &c = m_columns.at(column);
    QStringList lines;
    lines << m_sessions->repository(row).repository.fullName();
    if (c.kind == ColumnKind::Environment) {
        lines << c.name;
        if (cell.live)
            lines << tr("Live: %1").arg(describe(cell.live));
        else if (!cell.shown)
            lines << tr("No deployment");
        else
            lines << tr("Nothing live. Newest: %1").arg(describe(cell.shown));
        if (cell.attempt)
            lines << tr("Newer attempt: %1").arg(describe(cell.attempt));
        if (!cell.driftText.isEmpty())
            lines << tr("Drift: %1").arg(cell.driftText);
    } else {
        for (const QString &name : groupEnvironments(row, column)) {
            const Cell one = environmentCell(store, name);
            if (one.shown)
                lines << name + QStringLiteral(": ") + describe(one.shown);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

BoardModel::CellValue BoardModel::cellValue(int row, int column) const
{
    const quint64 key = cacheKey(row, column);
    if (const auto it = m_cellCache.constFind(key); it != m_cellCache.cend())
        return *it;
    CellValue value = computeCellValue(row, column);
    m_cellCache.insert(key, value);
    return value;
}

void BoardModel::dropCache(int row)
{
    if (row < 0) {
        m_cellCache.clear();
        return;
    }
    for (int column = 0; column < m_columns.size(); ++column)
        m_cellCache.remove(cacheKey(row, column));
}

BoardModel::CellValue BoardModel::computeCellValue(int row, int column) const
{
    CellValue value;
    value.kind = m_columns.at(column).kind;
    const DeploymentStore *store = m_sessions->store(row);
    if (column == 0) {
        const WatchedRepository watched = m_sessions->repository(row);
        value.repository = watched.repository.fullName();
        value.host = watched.apiRoot.host();
        value.loading = repositoryData(row, LoadingRole).toBool();
        value.problem = repositoryData(row, ProblemRole).toString();
        for (int c = 1; c < m_columns.size(); ++c)
            value.severity = std::min(value.severity, cellValue(row, c).severity);
        return value;
    }
    const Cell cell = this->cell(row, column);
    value.state = cell.state;
    value.severity = cell.severity;
    value.groupCount = cell.groupCount;
    value.groupNames = cell.groupNames;
    value.driftTarget = cell.driftTarget;
    if (cell.shown && store) {
        value.ref = cell.shown->deployment.ref;
        value.sha = cell.shown->deployment.sha;
        value.creator = store->user(cell.shown->deployment.creator).login;
        value.since = statusTime(cell.shown);
        value.live = cell.live != nullptr;
    }
    if (cell.attempt) {
        value.attemptState = cell.attempt->state();
        value.attemptRef = cell.attempt->deployment.ref;
        value.attemptTime = statusTime(cell.attempt);
    }
    return value;
}

QVariant BoardModel::cellData(int row, int column, int role) const
{
    const Column &c = m_columns.at(column);
    if (role == ColumnKindRole)
        return QVariant::fromValue(c.kind);
    if (role == EnvironmentRole)
        return c.kind == ColumnKind::Environment ? c.name : QString();
    if (role == RepositoryRole)
        return m_sessions->repository(row).repository.fullName();
    if (role == ApiRootRole)
        return m_sessions->repository(row).apiRoot;
    if (role == SeverityRole)
        return cellValue(row, column).severity;
    if (role == CellRole)
        return QVariant::fromValue(cellValue(row, column));
    const Cell cell = this->cell(row, column);
    const DeploymentStore *store = m_sessions->store(row);
    switch (role) {
    case Qt::DisplayRole:
        if (c.kind != ColumnKind::Environment)
            return cell.groupCount > 0 ? QString::number(cell.groupCount) : QString();
        return cellText(row, cell);
    case Qt::ToolTipRole:
        return plainToolTip(cellToolTip(row, column, cell));
    case DriftTargetRole:
        return cell.driftTarget;
    case StateRole:
        return QVariant::fromValue(cell.state);
    case RefRole:
        return cell.shown ? cell.shown->deployment.ref : QString();
    case ShaRole:
        return cell.shown ? cell.shown->deployment.sha : QString();
    case SinceRole:
        return statusTime(cell.shown);
    case CreatorRole:
        return cell.shown && store ? store->user(cell.shown->deployment.creator).login : QString();
    case AttemptStateRole:
        return QVariant::fromValue(cell.attempt ? cell.attempt->state() : StatusState::NoStatus);
    case AttemptRefRole:
        return cell.attempt ? cell.attempt->deployment.ref : QString();
    case AttemptTimeRole:
        return statusTime(cell.attempt);
    case DriftRole:
        return !cell.driftText.isEmpty();
    case DriftTextRole:
        return cell.driftText;
    case DeploymentIdRole:
        return cell.shown ? cell.shown->deployment.id : qint64(0);
    case GroupCountRole:
        return cell.groupCount;
    case SeverityRole:
        return cell.severity;
    default:
        return {};
    }
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_sessions->count();
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return index.column() == 0 ? repositoryData(index.row(), role)
                               : cellData(index.row(), index.column(), role);
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &c = m_columns.at(section);
    if (role == ColumnKindRole)
        return QVariant::fromValue(c.kind);
    if (role == EnvironmentRole)
        return c.name;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (c.kind) {
    case ColumnKind::Repository:
        return tr("Repository");
    case ColumnKind::Environment:
        return c.name;
    case ColumnKind::Others:
        return role == Qt::ToolTipRole
                   ? tr("Environments only one watched repository has, together.")
                   : tr("Others");
    case ColumnKind::Previews:
        return role == Qt::ToolTipRole
                   ? tr("Preview and other transient environments, together: how many have a "
                        "deployment, and the worst state among them.")
                   : tr("Previews");
    }
    return {};
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(RefRole, "ref");
    names.insert(ShaRole, "sha");
    names.insert(SinceRole, "since");
    names.insert(CreatorRole, "creator");
    names.insert(AttemptStateRole, "attemptState");
    names.insert(AttemptRefRole, "attemptRef");
    names.insert(AttemptTimeRole, "attemptTime");
    names.insert(DriftRole, "drift");
    names.insert(DriftTextRole, "driftText");
    names.insert(DeploymentIdRole, "deploymentId");
    names.insert(EnvironmentRole, "environment");
    names.insert(GroupCountRole, "groupCount");
    names.insert(SeverityRole, "severity");
    names.insert(RepositoryRole, "repository");
    names.insert(ApiRootRole, "apiRoot");
    names.insert(ColumnKindRole, "columnKind");
    names.insert(LoadingRole, "loading");
    names.insert(ProblemRole, "problem");
    names.insert(DriftTargetRole, "driftTarget");
    names.insert(CellRole, "cell");
    return names;
}

// ---------------------------------------------------------------------------------------------
// Merging

QList<BoardModel::Column> BoardModel::wantedColumns() const
{
    struct Seen
    {
        int repositories = 0;
        EnvironmentModel::Lane lane = EnvironmentModel::OtherLane;
    };
    QMap<QString, Seen> named;
    bool previews = false;
    int stores = 0;
    for (int row = 0; row < m_sessions->count(); ++row) {
        const DeploymentStore *store = m_sessions->store(row);
        if (!store)
            continue;
        ++stores;
        for (const QString &name : store->environmentNames()) {
            const DeploymentStore::EnvironmentSummary s = store->environmentSummary(name);
            const EnvironmentModel::Lane lane =
                EnvironmentModel::laneFor(name, s.transient, s.production);
            if (lane == EnvironmentModel::PreviewLane) {
                previews = true;
                continue;
            }
            Seen &seen = named[name];
            ++seen.repositories;
            seen.lane = std::min(seen.lane, lane); // production in any repository wins
        }
    }
    QList<Column> columns{Column{}};
    bool others = false;
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        // Production, staging and qa always get their own column; a rare other one is folded.
        if (m_fold && stores > 1 && it->repositories < 2 && it->lane == EnvironmentModel::OtherLane)
            others = true;
        else
            columns.append(Column{ColumnKind::Environment, it.key(), it->lane});
    }
    std::sort(columns.begin() + 1, columns.end(), [](const Column &a, const Column &b) {
        if (a.lane != b.lane)
            return a.lane < b.lane;
        return EnvironmentModel::compareNames(a.name, b.name) < 0;
    });
    if (others)
        columns.append(Column{ColumnKind::Others, {}, EnvironmentModel::OtherLane});
    if (previews)
        columns.append(Column{ColumnKind::Previews, {}, EnvironmentModel::PreviewLane});
    return columns;
}

void BoardModel::syncColumns()
{
    const QList<Column> wanted = wantedColumns();
    if (wanted == m_columns)
        return;
    dropCache();
    // Remove what is gone, then insert what is new where it belongs; a column that moved is
    // inserted at its new place and its old one removed at the end.
    for (int c = int(m_columns.size()) - 1; c >= 1; --c) {
        if (!wanted.contains(m_columns.at(c))) {
            beginRemoveColumns({}, c, c);
            m_columns.removeAt(c);
            endRemoveColumns();
        }
    }
    for (int c = 1; c < wanted.size(); ++c) {
        if (c < m_columns.size() && m_columns.at(c) == wanted.at(c))
            continue;
        beginInsertColumns({}, c, c);
        m_columns.insert(c, wanted.at(c));
        endInsertColumns();
    }
    if (m_columns.size() > wanted.size()) {
        beginRemoveColumns({}, int(wanted.size()), int(m_columns.size()) - 1);
        m_columns.resize(wanted.size());
        endRemoveColumns();
    }
}

void BoardModel::connectStore(int row, DeploymentStore *store)
{
    if (!store)
        return;
    // The row is looked up when the signal comes: rows move when one above is removed.
    const auto dirty = [this, store] {
        markDirty(m_sessions->rowOf(store));
    };
    connect(store, &DeploymentStore::deploymentsInserted, this, dirty);
    connect(store, &DeploymentStore::deploymentsRemoved, this, dirty);
    connect(store, &DeploymentStore::deploymentChanged, this, dirty);
    connect(store, &DeploymentStore::environmentsChanged, this, dirty);
    connect(store, &DeploymentStore::loadStateChanged, this, dirty);
    Q_UNUSED(row)
}

void BoardModel::markDirty(int row)
{
    if (row < 0)
        return;
    dropCache(row); // what it shows is read again, even before the queued merge
    m_dirty.insert(row);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &BoardModel::flush, Qt::QueuedConnection);
    }
}

void BoardModel::flush()
{
    m_flushQueued = false;
    syncColumns();
    const QSet<int> dirty = std::exchange(m_dirty, {});
    const int last = columnCount() - 1;
    for (int row : dirty)
        dropCache(row);
    for (int row : dirty) {
        if (row < rowCount())
            Q_EMIT dataChanged(index(row, 0), index(row, last));
    }
}
