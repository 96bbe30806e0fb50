#include "cleanupplan.h"

#include "deploymentexporter.h"
#include "deploymentstore.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace {

QString stateName(StatusState state)
{
    return CleanupRule::stateName(state);
}

StatusState stateFromName(const QString &name)
{
    return CleanupRule::stateFromName(name);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// What one environment looks like to the rules.
struct EnvironmentView
{
    QString name;
    std::vector<const DeploymentEntry *> members; // newest first
    bool production = false;
    bool transient = false;
    const DeploymentEntry *live = nullptr;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// CleanupItem

int CleanupItem::writes() const
{
    if (target == Target::Environment)
        return 1;
    if (action == CleanupRule::Action::Delete && !StatusStates::isInactive(state))
        return 2;
    return 1;
}

QString CleanupItem::key() const
{
    const QString local = target == Target::Environment
                              ? QStringLiteral("e:") + environment
                              : QStringLiteral("d:") + QString::number(deploymentId);
    return repository.isValid() ? repository.fullName() + QLatin1Char('#') + local : local;
}

QJsonObject CleanupItem::toJson() const
{
    QJsonObject o{{QStringLiteral("target"), target == Target::Environment
                                                 ? QStringLiteral("environment")
                                                 : QStringLiteral("deployment")},
                  {QStringLiteral("repository"), repository.fullName()},
                  {QStringLiteral("action"), CleanupRule::actionName(action)},
                  {QStringLiteral("environment"), environment},
                  {QStringLiteral("created_at"), isoTime(createdAt)},
                  {QStringLiteral("live"), live},
                  {QStringLiteral("rule"), rule},
                  {QStringLiteral("rule_name"), ruleName}};
    if (target == Target::Deployment) {
        o.insert(QStringLiteral("id"), deploymentId);
        o.insert(QStringLiteral("ref"), ref);
        o.insert(QStringLiteral("sha"), sha);
        o.insert(QStringLiteral("state"), stateName(state));
        o.insert(QStringLiteral("latest_status_id"), latestStatusId);
    } else {
        QJsonArray ids;
        for (qint64 id : environmentDeployments)
            ids.append(id);
        o.insert(QStringLiteral("deployments"), ids);
    }
    return o;
}

std::optional<CleanupItem> CleanupItem::fromJson(const QJsonObject &o)
{
    CleanupItem item;
    const QString target = o.value(QStringLiteral("target")).toString();
    if (target == QLatin1String("environment"))
        item.target = Target::Environment;
    else if (target != QLatin1String("deployment"))
        return std::nullopt;
    const auto action = CleanupRule::actionFromName(o.value(QStringLiteral("action")).toString());
    if (!action)
        return std::nullopt;
    item.action = *action;
    if (const auto repository =
            RepositoryId::parse(o.value(QStringLiteral("repository")).toString()))
        item.repository = *repository;
    item.environment = o.value(QStringLiteral("environment")).toString();
    item.createdAt =
        QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    item.live = o.value(QStringLiteral("live")).toBool();
    item.rule = o.value(QStringLiteral("rule")).toInt();
    item.ruleName = o.value(QStringLiteral("rule_name")).toString();
    if (item.target == Target::Deployment) {
        item.deploymentId = o.value(QStringLiteral("id")).toInteger();
        item.ref = o.value(QStringLiteral("ref")).toString();
        item.sha = o.value(QStringLiteral("sha")).toString();
        item.state = stateFromName(o.value(QStringLiteral("state")).toString());
        item.latestStatusId = o.value(QStringLiteral("latest_status_id")).toInteger();
        if (item.deploymentId <= 0)
            return std::nullopt;
    } else {
        for (const QJsonValue &v : o.value(QStringLiteral("deployments")).toArray())
            item.environmentDeployments.append(v.toInteger());
        if (item.environment.isEmpty())
            return std::nullopt;
    }
    return item;
}

// ---------------------------------------------------------------------------------------------
// CleanupPlan

CleanupPlan CleanupPlan::compute(const DeploymentStore &store, const QList<CleanupRule> &rules,
                                 const QDateTime &now)
{
    CleanupPlan plan;
    plan.repository = store.repository();
    plan.repositories = {plan.repository};
    plan.createdAt = now;
    plan.rules = rules;
    plan.deploymentsLookedAt = store.count();
    const qint64 nowMs = now.toMSecsSinceEpoch();

    // Each environment once: its members newest first, who is live, whether it is production.
    QList<EnvironmentView> environments;
    {
        QHash<QString, int> index;
        for (int row = 0; row < store.count(); ++row) { // rows are newest first
            const DeploymentEntry &entry = store.entry(row);
            auto it = index.constFind(entry.environment);
            if (it == index.constEnd()) {
                it = index.insert(entry.environment, int(environments.size()));
                environments.append({entry.environment, {}, false, false, nullptr});
            }
            EnvironmentView &view = environments[*it];
            view.members.push_back(&entry);
            view.production = view.production || entry.deployment.productionEnvironment;
            view.transient = view.transient || entry.deployment.transientEnvironment;
            if (entry.active && !view.live)
                view.live = &entry;
        }
        QCollator collator;
        collator.setNumericMode(true);
        std::sort(environments.begin(), environments.end(),
                  [&](const EnvironmentView &a, const EnvironmentView &b) {
                      return collator.compare(a.name, b.name) < 0;
                  });
    }

    QHash<qint64, CleanupItem> chosen; // deployment id -> item
    QSet<QString> environmentsChosen;
    QList<CleanupItem> environmentItems;
    for (int r = 0; r < rules.size(); ++r) {
        const CleanupRule &rule = rules.at(r);
        if (!rule.validate().isEmpty())
            continue;
        const QString ruleName =
            rule.name.isEmpty() ? tr("rule %1").arg(QLocale().toString(r + 1)) : rule.name;
        const qint64 cutoff = rule.olderThanSeconds > 0 ? nowMs - rule.olderThanSeconds * 1000
                                                        : std::numeric_limits<qint64>::max();
        for (const EnvironmentView &env : std::as_const(environments)) {
            if (!rule.matchesEnvironment(env.name))
                continue;
            if (rule.action == CleanupRule::Action::DeleteEnvironment) {
                // The whole environment: never production's, never while it keeps anything,
                // never with a live deployment unless the rule says so, and only when even its
                // newest deployment is old enough.
                if (env.production || rule.keepNewest > 0 || environmentsChosen.contains(env.name))
                    continue;
                if (env.live && !rule.includeLive)
                    continue;
                const DeploymentEntry *newest = env.members.front();
                if (newest->deployment.createdAt > cutoff)
                    continue;
                if (!rule.states.isEmpty()) {
                    const bool all = std::all_of(
                        env.members.cbegin(), env.members.cend(),
                        [&](const DeploymentEntry *e) { return rule.states.contains(e->state()); });
                    if (!all)
                        continue;
                }
                CleanupItem item;
                item.target = CleanupItem::Target::Environment;
                item.repository = plan.repository;
                item.action = rule.action;
                item.environment = env.name;
                item.createdAt = newest->deployment.createdAtTime();
                item.live = env.live != nullptr;
                item.rule = r;
                item.ruleName = ruleName;
                item.environmentDeployments.reserve(qsizetype(env.members.size()));
                for (const DeploymentEntry *e : env.members)
                    item.environmentDeployments.append(e->deployment.id);
                environmentsChosen.insert(env.name);
                environmentItems.append(item);
                continue;
            }
            for (size_t i = size_t(std::max(0, rule.keepNewest)); i < env.members.size(); ++i) {
                const DeploymentEntry *e = env.members[i];
                if (e->deployment.createdAt > cutoff)
                    continue; // members are newest first, but ties and noTime: just skip
                if (e->active &&
                    (!rule.includeLive || e->deployment.productionEnvironment || env.production))
                    continue;
                const StatusState state = e->state();
                if (!rule.states.isEmpty() && !rule.states.contains(state))
                    continue;
                if (rule.action == CleanupRule::Action::MarkInactive && e->isInactive())
                    continue; // nothing to do
                if (chosen.contains(e->deployment.id))
                    continue;
                CleanupItem item;
                item.repository = plan.repository;
                item.action = rule.action;
                item.deploymentId = e->deployment.id;
                item.environment = env.name;
                item.ref = e->deployment.ref;
                item.sha = e->deployment.sha;
                item.state = state;
                item.createdAt = e->deployment.createdAtTime();
                item.live = e->active;
                item.rule = r;
                item.ruleName = ruleName;
                const StatusRecord *latest = e->latestStatus();
                item.latestStatusId = latest ? latest->id : 0;
                chosen.insert(item.deploymentId, item);
            }
        }
    }
    // Deployments in the store's order (newest first), then environments.
    plan.items.reserve(chosen.size() + environmentItems.size());
    for (int row = 0; row < store.count() && !chosen.isEmpty(); ++row) {
        const auto it = chosen.constFind(store.entry(row).deployment.id);
        if (it != chosen.constEnd())
            plan.items.append(*it);
    }
    plan.items += environmentItems;
    return plan;
}

CleanupPlan CleanupPlan::compute(const QList<const DeploymentStore *> &stores,
                                 const QList<CleanupRule> &rules, const QDateTime &now)
{
    CleanupPlan plan;
    plan.createdAt = now;
    plan.rules = rules;
    for (const DeploymentStore *store : stores) {
        if (!store || plan.repositories.contains(store->repository()))
            continue;
        const CleanupPlan one = compute(*store, rules, now);
        plan.repositories.append(one.repository);
        plan.items += one.items;
        plan.deploymentsLookedAt += one.deploymentsLookedAt;
    }
    plan.repository = plan.repositories.value(0);
    return plan;
}

int CleanupPlan::count(CleanupRule::Action action) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [action](const CleanupItem &i) { return i.action == action; }));
}

int CleanupPlan::count(const RepositoryId &repository, CleanupRule::Action action) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [&](const CleanupItem &i) {
        return i.action == action && (!repository.isValid() || i.repository == repository);
    }));
}

QList<RepositoryId> CleanupPlan::repositoriesWithItems() const
{
    QList<RepositoryId> list;
    for (const CleanupItem &item : items) {
        if (!list.contains(item.repository))
            list.append(item.repository);
    }
    return list;
}

int CleanupPlan::writes() const
{
    int sum = 0;
    for (const CleanupItem &item : items)
        sum += item.writes();
    return sum;
}

QList<CleanupPlan::Count> CleanupPlan::counts() const
{
    // Keyed by the repository's place in the plan, so the list follows the plan's order.
    std::map<std::tuple<int, QString, int>, int> counts;
    for (const CleanupItem &item : items) {
        const int place = int(repositories.indexOf(item.repository));
        ++counts[{place < 0 ? int(repositories.size()) : place, item.environment,
                  int(item.action)}];
    }
    QList<std::pair<int, Count>> list;
    for (const auto &[key, n] : counts) {
        const auto &[place, environment, action] = key;
        list.append(
            {place, {repositories.value(place), environment, CleanupRule::Action(action), n}});
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(list.begin(), list.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const int c = collator.compare(a.second.environment, b.second.environment);
        return c != 0 ? c < 0 : int(a.second.action) < int(b.second.action);
    });
    QList<Count> result;
    result.reserve(list.size());
    for (const auto &[place, count] : list)
        result.append(count);
    return result;
}

QString CleanupPlan::summary() const
{
    if (items.isEmpty())
        return tr("Nothing to clean up.");
    QStringList parts;
    if (const int n = count(CleanupRule::Action::MarkInactive))
        parts.append(tr("%n deployment(s) to mark inactive", nullptr, n));
    if (const int n = count(CleanupRule::Action::Delete))
        parts.append(tr("%n deployment(s) to delete", nullptr, n));
    if (const int n = count(CleanupRule::Action::DeleteEnvironment))
        parts.append(tr("%n environment(s) to delete", nullptr, n));
    //: Separates the parts of a summary: "3 deployments to delete; 1 environment to delete"
    const QString text = parts.join(tr("; "));
    if (!spansRepositories())
        return text;
    //: %1 the counts ("3 deployments to delete"), %n the repositories that have items
    return tr("%1, in %n repositories", nullptr, int(repositoriesWithItems().size())).arg(text);
}

QByteArray CleanupPlan::toCsv() const
{
    QByteArray out =
        "repository,target,action,deployment,environment,ref,sha,state,created_at,live,rule\r\n";
    for (const CleanupItem &item : items) {
        const bool env = item.target == CleanupItem::Target::Environment;
        const QStringList fields{item.repository.fullName(),
                                 env ? QStringLiteral("environment") : QStringLiteral("deployment"),
                                 CleanupRule::actionName(item.action),
                                 env ? QString() : QString::number(item.deploymentId),
                                 item.environment,
                                 item.ref,
                                 item.sha,
                                 env ? QString() : stateName(item.state),
                                 isoTime(item.createdAt),
                                 item.live ? QStringLiteral("true") : QStringLiteral("false"),
                                 item.ruleName};
        QByteArrayList row;
        for (const QString &field : fields)
            row.append(DeploymentExporter::csvField(field));
        out += row.join(',') + "\r\n";
    }
    return out;
}

QJsonObject CleanupPlan::toJson() const
{
    QJsonArray ruleArray;
    for (const CleanupRule &rule : rules)
        ruleArray.append(rule.toJson());
    QJsonArray countArray;
    for (const Count &c : counts())
        countArray.append(QJsonObject{{QStringLiteral("repository"), c.repository.fullName()},
                                      {QStringLiteral("environment"), c.environment},
                                      {QStringLiteral("action"), CleanupRule::actionName(c.action)},
                                      {QStringLiteral("count"), c.count}});
    QJsonArray itemArray;
    for (const CleanupItem &item : items)
        itemArray.append(item.toJson());
    QJsonArray repositoryArray;
    for (const RepositoryId &r : repositories)
        repositoryArray.append(r.fullName());
    return {{QStringLiteral("repository"), repository.fullName()},
            {QStringLiteral("repositories"), repositoryArray},
            {QStringLiteral("created_at"), isoTime(createdAt)},
            {QStringLiteral("deployments_looked_at"), deploymentsLookedAt},
            {QStringLiteral("writes"), writes()},
            {QStringLiteral("rules"), ruleArray},
            {QStringLiteral("counts"), countArray},
            {QStringLiteral("items"), itemArray}};
}

std::optional<CleanupPlan> CleanupPlan::fromJson(const QJsonObject &o)
{
    CleanupPlan plan;
    const auto repository = RepositoryId::parse(o.value(QStringLiteral("repository")).toString());
    if (!repository)
        return std::nullopt;
    plan.repository = *repository;
    for (const QJsonValue &v : o.value(QStringLiteral("repositories")).toArray()) {
        const auto r = RepositoryId::parse(v.toString());
        if (!r)
            return std::nullopt;
        if (!plan.repositories.contains(*r))
            plan.repositories.append(*r);
    }
    if (plan.repositories.isEmpty()) // a journal from before plans spanned repositories
        plan.repositories = {plan.repository};
    plan.createdAt =
        QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    plan.deploymentsLookedAt = o.value(QStringLiteral("deployments_looked_at")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("rules")).toArray()) {
        const auto rule = CleanupRule::fromJson(v.toObject());
        if (!rule)
            return std::nullopt;
        plan.rules.append(*rule);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray()) {
        auto item = CleanupItem::fromJson(v.toObject());
        if (!item)
            return std::nullopt;
        if (!item->repository.isValid())
            item->repository = plan.repository;
        else if (!plan.repositories.contains(item->repository))
            return std::nullopt;
        plan.items.append(*item);
    }
    return plan;
}
