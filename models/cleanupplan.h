#pragma once

#include "cleanuprule.h"
#include "repositoryid.h"
#include "statusstate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class DeploymentStore;

// One thing a cleanup will do: a deployment to mark inactive or delete, or an environment to
// delete, with the rule that chose it and what it looked like when the plan was made (so the
// apply can tell whether it changed since).
struct CleanupItem
{
    enum class Target { Deployment, Environment };

    Target target = Target::Deployment;
    RepositoryId repository; // the repository it belongs to (a plan may span several)
    CleanupRule::Action action = CleanupRule::Action::MarkInactive;
    qint64 deploymentId = 0; // 0 for an environment
    QString environment;
    QString ref;
    QString sha;
    StatusState state = StatusState::NoStatus;
    QDateTime createdAt; // the deployment's; for an environment, its newest deployment's
    bool live = false;   // the live deployment of its environment (or: the environment has one)
    int rule = 0;        // index of the rule that chose it
    QString ruleName;
    // What it looked like: the newest status's id (0: none) of a deployment; the deployments an
    // environment had.
    qint64 latestStatusId = 0;
    QList<qint64> environmentDeployments;

    // Writes this takes on GitHub: mark inactive 1, delete 1 (2 if not inactive yet),
    // delete environment 1.
    int writes() const;
    // "octo/app#d:123" or "octo/app#e:preview/pr-1" (without a repository: "d:123"): one item
    // in a journal, unique across the repositories of a plan.
    QString key() const;

    QJsonObject toJson() const;
    static std::optional<CleanupItem> fromJson(const QJsonObject &object);
};

// The dry run: exactly what a cleanup would do to one repository or several, in the order it
// will be done (repository by repository: deployments newest first, then environments),
// computed from DeploymentStores without any request. The first rule that chooses a deployment
// is the one named for it; every item names its repository.
class CleanupPlan
{
    Q_DECLARE_TR_FUNCTIONS(CleanupPlan)
public:
    struct Count
    {
        RepositoryId repository;
        QString environment;
        CleanupRule::Action action = CleanupRule::Action::MarkInactive;
        int count = 0;
    };

    static CleanupPlan compute(const DeploymentStore &store, const QList<CleanupRule> &rules,
                               const QDateTime &now);
    // Over several repositories (the stores' order): one plan whose items name their
    // repository, the rules the same for each.
    static CleanupPlan compute(const QList<const DeploymentStore *> &stores,
                               const QList<CleanupRule> &rules, const QDateTime &now);

    RepositoryId repository;          // the first (or only) one of `repositories`
    QList<RepositoryId> repositories; // every repository looked at, with or without items
    QDateTime createdAt;
    QList<CleanupRule> rules;
    QList<CleanupItem> items;
    int deploymentsLookedAt = 0;

    bool isEmpty() const { return items.isEmpty(); }
    bool spansRepositories() const { return repositories.size() > 1; }
    int count(CleanupRule::Action action) const;
    // Items of one repository (all of them when `repository` is invalid).
    int count(const RepositoryId &repository, CleanupRule::Action action) const;
    // The repositories that have items, in the plan's order.
    QList<RepositoryId> repositoriesWithItems() const;
    int writes() const; // sum of items' writes()
    // Per repository (the plan's order), environment (natural order) and action.
    QList<Count> counts() const;
    // "12 to mark inactive, 30 to delete, 2 environments to delete" (translated); over several
    // repositories, "… in 3 repositories".
    QString summary() const;

    // One row per item (RFC 4180, CRLF): repository, target, action, deployment, environment,
    // ref, sha, state, created_at, live, rule.
    QByteArray toCsv() const;
    // {"repository", "repositories", "created_at", "rules": [...], "counts": [...],
    //  "items": [...]} (each count and item names its repository)
    QJsonObject toJson() const;
    static std::optional<CleanupPlan> fromJson(const QJsonObject &object);
};
