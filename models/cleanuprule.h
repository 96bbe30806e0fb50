#pragma once

#include "statusstate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

// One retention rule of a cleanup: which deployments (or environments) of a repository it
// chooses and what is done to them. A rule is a plain value; CleanupPlan applies rules to a
// DeploymentStore. Protections that no rule can lift: a production environment's live
// deployment, and a production environment itself.
struct CleanupRule
{
    Q_DECLARE_TR_FUNCTIONS(CleanupRule)
public:
    enum class Action {
        MarkInactive,      // post an `inactive` status
        Delete,            // mark inactive first where needed (GitHub deletes only inactive ones)
        DeleteEnvironment, // DELETE /repos/{owner}/{repo}/environments/{name} (admin rights)
    };

    QString name; // shown beside each item it chose; empty: "rule N"
    // Shell-like patterns (`*` any text, `?` one character), matched against the whole
    // environment name, case-sensitively as GitHub names are. Empty: every environment.
    QStringList environmentPatterns;
    qint64 olderThanSeconds = 0; // only deployments created longer ago than this (0: any age)
    int keepNewest = 0;          // per environment, the newest N deployments are never chosen
    QList<StatusState> states;   // the deployment's current state must be one of these (empty: any)
    Action action = Action::MarkInactive;
    // The live deployment of an environment is chosen only when this says so, and a
    // production environment's never.
    bool includeLive = false;

    // Empty when the rule can be applied; otherwise a translated reason.
    QString validate() const;
    bool matchesEnvironment(const QString &environment) const;
    // "preview/*, pr-*; older than 30 days; keep 3; states: success, failure".
    QString describe() const;

    // "30d", "12h", "90m", "45s", "2w" (a bare number is days): seconds, or nullopt.
    static std::optional<qint64> parseDuration(const QString &text);
    static QString durationText(qint64 seconds); // "30d" (the largest exact unit)
    // The command line's names: mark-inactive, delete, delete-environment.
    static QString actionName(Action action);
    static std::optional<Action> actionFromName(const QString &name);
    static QString actionDisplayName(Action action); // translated

    // The names of states in JSON and on the command line: GitHub's, and "none", "destroyed".
    static QString stateName(StatusState state);
    static StatusState stateFromName(const QString &name); // Unknown when it is none of them

    // {"name", "environments": [...], "older_than_seconds", "keep", "states": [...], "action",
    //  "include_live"}. fromJson also takes "older_than": "30d" (a rules file written by hand)
    // and gives nullopt with a translated `error` for a wrong action, state or age.
    QJsonObject toJson() const;
    static std::optional<CleanupRule> fromJson(const QJsonObject &object, QString *error = nullptr);

    // A pattern as a regular expression anchored at both ends.
    static QRegularExpression patternExpression(const QString &pattern);
};
