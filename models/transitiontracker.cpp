#include "transitiontracker.h"

#include <QTimer>

#include <optional>

namespace {
bool isWaiting(StatusState state)
{
    return state == StatusState::Queued || state == StatusState::Pending ||
           state == StatusState::InProgress;
}

bool isFailed(StatusState state)
{
    return state == StatusState::Failure || state == StatusState::Error;
}

const char *kindName(DeploymentTransition::Kind kind)
{
    switch (kind) {
    case DeploymentTransition::Kind::Failed:
        return "failed";
    case DeploymentTransition::Kind::Succeeded:
        return "succeeded";
    case DeploymentTransition::Kind::Overdue:
        return "overdue";
    case DeploymentTransition::Kind::MarkedInactive:
        return "inactive";
    }
    return "unknown";
}
} // namespace

TransitionTracker::TransitionTracker(const QString &logPath, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_log(logPath)
    , m_rules(settings)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<DeploymentTransition>();
    qRegisterMetaType<TransitionTracker::Worst>();
    m_overdueTimer.setInterval(60 * 1000);
    connect(&m_overdueTimer, &QTimer::timeout, this, &TransitionTracker::checkOverdue);
}

TransitionTracker::~TransitionTracker()
{
    for (auto &[store, watched] : m_watched) {
        for (const QMetaObject::Connection &c : std::as_const(watched.connections))
            disconnect(c);
    }
}

void TransitionTracker::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QString TransitionTracker::hostOf(const QUrl &apiRoot)
{
    const QString host = apiRoot.host().toLower();
    // api.github.com is github.com's; GHES roots are the host itself (…/api/v3).
    if (host == QLatin1String("api.github.com"))
        return QStringLiteral("github.com");
    if (apiRoot.port() > 0)
        return host + QLatin1Char(':') + QString::number(apiRoot.port());
    return host;
}

int TransitionTracker::severity(StatusState state)
{
    if (isFailed(state))
        return 3;
    if (isWaiting(state))
        return 2;
    if (state == StatusState::Success)
        return 1;
    return 0;
}

void TransitionTracker::addStore(const RepositoryId &repository, const QUrl &apiRoot,
                                 DeploymentStore *store)
{
    if (!store || m_watched.count(store))
        return;
    Watched &watched = m_watched[store];
    watched.repository = repository;
    watched.apiRoot = apiRoot;
    watched.host = hostOf(apiRoot);
    watched.listed = store->loadState() == DeploymentStore::LoadState::Ready;
    watched.watchStart = m_clock().toMSecsSinceEpoch();

    auto &c = watched.connections;
    c << connect(store, &DeploymentStore::deploymentsInserted, this,
                 [this, store](int first, int last) {
                     Watched &w = m_watched.at(store);
                     for (int row = first; row <= last; ++row) {
                         const DeploymentRecord &d = store->entry(row).deployment;
                         if (w.listed || d.createdAt > w.watchStart)
                             w.fresh.insert(d.id);
                         examine(store, w, row);
                     }
                     scheduleWorst();
                 });
    c << connect(store, &DeploymentStore::deploymentsAboutToBeRemoved, this,
                 [this, store](int first, int last) {
                     Watched &w = m_watched.at(store);
                     for (int row = first; row <= last; ++row) {
                         const qint64 id = store->entry(row).deployment.id;
                         w.known.remove(id);
                         w.fresh.remove(id);
                         w.ownPending.remove(id);
                         w.ownInactive.remove(id);
                     }
                 });
    c << connect(store, &DeploymentStore::deploymentsRemoved, this, [this] { scheduleWorst(); });
    c << connect(store, &DeploymentStore::deploymentChanged, this,
                 [this, store](int row, DeploymentStore::Changes changes) {
                     constexpr DeploymentStore::Changes relevant =
                         DeploymentStore::Change::State | DeploymentStore::Change::Statuses |
                         DeploymentStore::Change::StatusesLoaded | DeploymentStore::Change::Pending;
                     if (changes & relevant) {
                         examine(store, m_watched.at(store), row);
                         scheduleWorst();
                     }
                 });
    c << connect(store, &DeploymentStore::environmentsChanged, this, [this] { scheduleWorst(); });
    c << connect(store, &DeploymentStore::loadStateChanged, this,
                 [this, store](DeploymentStore::LoadState state) {
                     if (state == DeploymentStore::LoadState::Ready)
                         m_watched.at(store).listed = true;
                 });
    c << connect(store, &QObject::destroyed, this, [this, store] {
        m_watched.erase(store);
        scheduleWorst();
    });

    // What it holds already is the baseline.
    for (int row = 0; row < store->count(); ++row)
        examine(store, watched, row);
    if (!m_overdueTimer.isActive())
        m_overdueTimer.start();
    scheduleWorst();
}

void TransitionTracker::removeStore(DeploymentStore *store)
{
    const auto it = m_watched.find(store);
    if (it == m_watched.end())
        return;
    for (const QMetaObject::Connection &c : std::as_const(it->second.connections))
        disconnect(c);
    m_watched.erase(it);
    if (m_watched.empty())
        m_overdueTimer.stop();
    scheduleWorst();
}

bool TransitionTracker::isWatching(const DeploymentStore *store) const
{
    return m_watched.count(const_cast<DeploymentStore *>(store)) > 0;
}

QList<DeploymentStore *> TransitionTracker::stores() const
{
    QList<DeploymentStore *> result;
    for (const auto &[store, watched] : m_watched)
        result.append(store);
    return result;
}

QList<TransitionTracker::WatchedRepository> TransitionTracker::watchedRepositories() const
{
    QList<WatchedRepository> result;
    for (const auto &[store, watched] : m_watched)
        result.append({store, watched.repository, watched.apiRoot, watched.host});
    return result;
}

TransitionTracker::Known TransitionTracker::knownFrom(const DeploymentStore::Entry &entry) const
{
    Known known;
    known.knownSince = m_clock().toMSecsSinceEpoch();
    if (entry.statuses.isEmpty())
        return known;
    const StatusRecord &latest = entry.statuses.first();
    known.state = latest.state;
    known.statusId = latest.id;
    // The wait began with the oldest of the newest run of waiting states.
    for (const StatusRecord &status : entry.statuses) {
        if (!isWaiting(status.state))
            break;
        known.runStart = status.createdAt;
        known.runStatusId = status.id;
    }
    return known;
}

void TransitionTracker::examine(DeploymentStore *store, Watched &watched, int row)
{
    const DeploymentStore::Entry &entry = store->entry(row);
    const qint64 id = entry.deployment.id;
    if (entry.pending) {
        // This app is posting it: the confirmed status that follows is ours.
        watched.ownPending.insert(id, entry.pending->state);
        return;
    }
    if (entry.predictedInactiveAt.isValid())
        watched.ownInactive.insert(id);
    if (!entry.statusesLoaded)
        return;

    const Known now = knownFrom(entry);
    const auto it = watched.known.find(id);
    if (it == watched.known.end()) {
        watched.known.insert(id, now);
        if (watched.fresh.remove(id)) {
            Known nothing;
            nothing.knownSince = now.knownSince;
            evaluate(store, watched, entry, nothing, now);
        }
        watched.ownPending.remove(id);
        return;
    }
    if (it->statusId == now.statusId && it->state == now.state) {
        // Nothing confirmed changed: a write rolled back, or a prediction was dropped.
        watched.ownPending.remove(id);
        if (!entry.predictedInactiveAt.isValid())
            watched.ownInactive.remove(id);
        return;
    }
    Known prior = *it;
    Known next = now;
    if (next.runStart != StoreTime::noTime && next.runStatusId == prior.runStatusId)
        next.knownSince = prior.knownSince; // the same wait goes on
    *it = next;
    evaluate(store, watched, entry, prior, next);
    watched.ownPending.remove(id);
    if (!entry.predictedInactiveAt.isValid())
        watched.ownInactive.remove(id);
}

void TransitionTracker::evaluate(const DeploymentStore *store, const Watched &watched,
                                 const DeploymentStore::Entry &entry, const Known &prior,
                                 const Known &now)
{
    using Kind = DeploymentTransition::Kind;
    const StatusState state = now.state;
    if (state == prior.state)
        return;
    std::optional<Kind> kind;
    if (isFailed(state))
        kind = Kind::Failed;
    else if (state == StatusState::Success)
        kind = Kind::Succeeded;
    else if (StatusStates::isInactive(state) && !StatusStates::isInactive(prior.state))
        kind = Kind::MarkedInactive;
    if (!kind)
        return;
    // What this app posted is no news to its user (and a test that posts a failure through
    // the window must not reach the desktop): for "inactive" the rule says so, for the rest
    // the same reason holds.
    const bool own =
        watched.ownPending.value(entry.deployment.id, StatusState::NoStatus) == state ||
        (*kind == Kind::MarkedInactive && watched.ownInactive.contains(entry.deployment.id));
    if (own)
        return;
    const NotificationRules::Rule rule =
        m_rules.rule(watched.host, watched.repository, entry.environment,
                     entry.deployment.productionEnvironment);
    const bool wanted = (*kind == Kind::Failed && rule.failure) ||
                        (*kind == Kind::Succeeded && rule.success) ||
                        (*kind == Kind::MarkedInactive && rule.inactive);
    if (wanted)
        fire(store, watched, entry, *kind, now.statusId, rule);
}

void TransitionTracker::checkOverdue()
{
    const qint64 now = m_clock().toMSecsSinceEpoch();
    // fire() may lead a slot to remove a store: iterate over a copy of the keys.
    const QList<DeploymentStore *> watchedStores = stores();
    for (DeploymentStore *store : watchedStores) {
        const auto it = m_watched.find(store);
        if (it == m_watched.end())
            continue;
        Watched &watched = it->second;
        QList<QPair<qint64, Known>> candidates;
        for (auto k = watched.known.cbegin(); k != watched.known.cend(); ++k) {
            if (k->runStart != StoreTime::noTime && isWaiting(k->state))
                candidates.append({k.key(), k.value()});
        }
        for (const auto &[id, known] : std::as_const(candidates)) {
            const DeploymentStore::Entry *entry = store->find(id);
            if (!entry || entry->pending)
                continue;
            const NotificationRules::Rule rule =
                m_rules.rule(watched.host, watched.repository, entry->environment,
                             entry->deployment.productionEnvironment);
            if (!rule.overdue)
                continue;
            const qint64 limit = known.runStart + qint64(rule.overdueMinutes) * 60 * 1000;
            // Past the limit, and it passed while watched (not before the first look).
            if (now < limit || limit < known.knownSince)
                continue;
            fire(store, watched, *entry, DeploymentTransition::Kind::Overdue, known.runStatusId,
                 rule);
            if (m_watched.find(store) == m_watched.end())
                break;
        }
    }
}

void TransitionTracker::fire(const DeploymentStore *store, const Watched &watched,
                             const DeploymentStore::Entry &entry, DeploymentTransition::Kind kind,
                             qint64 statusId, const NotificationRules::Rule &rule)
{
    const QString key = QStringLiteral("%1/%2/%3/%4/%5/%6")
                            .arg(watched.host, watched.repository.owner.toLower(),
                                 watched.repository.name.toLower())
                            .arg(entry.deployment.id)
                            .arg(statusId)
                            .arg(QLatin1String(kindName(kind)));
    if (m_log.contains(key))
        return; // told already: by another store of the same repository, or before a restart
    const QDateTime at = m_clock();
    m_log.record(key, at); // a full disk still notifies (it may repeat after a restart then)

    DeploymentTransition t;
    t.kind = kind;
    t.repository = watched.repository;
    t.apiRoot = watched.apiRoot;
    t.deploymentId = entry.deployment.id;
    t.environment = entry.environment;
    t.production = entry.deployment.productionEnvironment;
    t.ref = entry.deployment.ref;
    t.sha = entry.deployment.sha;
    t.key = key;
    t.overdueMinutes = rule.overdueMinutes;
    for (const StatusRecord &status : entry.statuses) {
        if (status.id != statusId)
            continue;
        const DeploymentStatus value = store->status(status);
        t.state = status.state;
        t.description = value.description;
        t.creator = value.creator.login;
        t.logUrl = value.logUrl.isEmpty() ? value.targetUrl : value.logUrl;
        t.since = status.createdAtTime();
        break;
    }
    if (kind == DeploymentTransition::Kind::Overdue && !entry.statuses.isEmpty())
        t.state = entry.statuses.first().state; // what it is now; since: when the wait began
    if (t.logUrl.isEmpty())
        t.logUrl = store->logUrl(entry);
    Q_EMIT transitionOccurred(t);
}

void TransitionTracker::scheduleWorst()
{
    if (m_worstScheduled)
        return;
    m_worstScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_worstScheduled = false;
        updateWorst();
    });
}

void TransitionTracker::updateWorst()
{
    Worst worst;
    for (const auto &[store, watched] : m_watched) {
        const QStringList environments = store->environmentNames();
        for (const QString &name : environments) {
            const DeploymentStore::EnvironmentSummary summary = store->environmentSummary(name);
            if (!summary.latest || summary.transient)
                continue;
            const StatusState state = summary.latest->state();
            if (isFailed(state))
                ++worst.failing;
            if (severity(state) > severity(worst.state) ||
                (worst.state == StatusState::NoStatus && severity(state) > 0)) {
                worst.state = state;
                worst.repository = watched.repository;
                worst.environment = name;
            }
        }
    }
    if (worst == m_worst)
        return;
    m_worst = worst;
    Q_EMIT worstChanged(m_worst);
}
