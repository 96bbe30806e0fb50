#include "cleanuprule.h"

#include <QJsonArray>

#include <QLocale>

QString CleanupRule::validate() const
{
    if (keepNewest < 0)
        return tr("The number of deployments to keep cannot be negative.");
    if (olderThanSeconds < 0)
        return tr("The age cannot be negative.");
    if (action == Action::DeleteEnvironment && environmentPatterns.isEmpty())
        return tr("Deleting environments needs at least one environment pattern.");
    for (const QString &pattern : environmentPatterns) {
        if (pattern.trimmed().isEmpty())
            return tr("An environment pattern is empty.");
    }
    return {};
}

QRegularExpression CleanupRule::patternExpression(const QString &pattern)
{
    QString expression;
    expression.reserve(pattern.size() * 2 + 4);
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            expression += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            expression += QLatin1Char('.');
        else
            expression += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(expression),
                              QRegularExpression::DotMatchesEverythingOption);
}

bool CleanupRule::matchesEnvironment(const QString &environment) const
{
    if (environmentPatterns.isEmpty())
        return true;
    for (const QString &pattern : environmentPatterns) {
        if (patternExpression(pattern.trimmed()).match(environment).hasMatch())
            return true;
    }
    return false;
}

std::optional<qint64> CleanupRule::parseDuration(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    qint64 unit = 86400;
    QString number = t;
    const QChar last = t.back();
    if (!last.isDigit()) {
        number.chop(1);
        switch (last.toLatin1()) {
        case 's':
            unit = 1;
            break;
        case 'm':
            unit = 60;
            break;
        case 'h':
            unit = 3600;
            break;
        case 'd':
            unit = 86400;
            break;
        case 'w':
            unit = 7 * 86400;
            break;
        default:
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 value = number.toLongLong(&ok);
    if (!ok || value < 0 || value > 100 * 365)
        return std::nullopt;
    return value * unit;
}

QString CleanupRule::durationText(qint64 seconds)
{
    if (seconds > 0 && seconds % (7 * 86400) == 0)
        return QString::number(seconds / (7 * 86400)) + QLatin1Char('w');
    if (seconds > 0 && seconds % 86400 == 0)
        return QString::number(seconds / 86400) + QLatin1Char('d');
    if (seconds > 0 && seconds % 3600 == 0)
        return QString::number(seconds / 3600) + QLatin1Char('h');
    if (seconds > 0 && seconds % 60 == 0)
        return QString::number(seconds / 60) + QLatin1Char('m');
    return QString::number(seconds) + QLatin1Char('s');
}

QString CleanupRule::actionName(Action action)
{
    switch (action) {
    case Action::MarkInactive:
        return QStringLiteral("mark-inactive");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::DeleteEnvironment:
        return QStringLiteral("delete-environment");
    }
    return {};
}

std::optional<CleanupRule::Action> CleanupRule::actionFromName(const QString &name)
{
    for (Action a : {Action::MarkInactive, Action::Delete, Action::DeleteEnvironment}) {
        if (actionName(a) == name)
            return a;
    }
    return std::nullopt;
}

QString CleanupRule::actionDisplayName(Action action)
{
    switch (action) {
    case Action::MarkInactive:
        return tr("Mark inactive");
    case Action::Delete:
        return tr("Delete");
    case Action::DeleteEnvironment:
        return tr("Delete environment");
    }
    return {};
}

QString CleanupRule::describe() const
{
    QStringList parts;
    parts.append(environmentPatterns.isEmpty() ? tr("every environment")
                                               : environmentPatterns.join(QLatin1String(", ")));
    if (olderThanSeconds > 0)
        //: %1 a duration such as 30d (days), 12h (hours), 2w (weeks)
        parts.append(tr("older than %1").arg(durationText(olderThanSeconds)));
    if (keepNewest > 0)
        parts.append(tr("keep the newest %n", nullptr, keepNewest));
    if (!states.isEmpty()) {
        QStringList names;
        for (StatusState s : states)
            names.append(StatusStates::displayName(s));
        //: %1 a list of states
        parts.append(tr("states: %1").arg(names.join(QLatin1String(", "))));
    }
    if (includeLive)
        parts.append(tr("live ones too"));
    //: Separates the parts of a rule's description
    return parts.join(tr("; "));
}

QString CleanupRule::stateName(StatusState state)
{
    switch (state) {
    case StatusState::NoStatus:
        return QStringLiteral("none");
    case StatusState::Destroyed:
        return QStringLiteral("destroyed");
    case StatusState::Unknown:
        return QStringLiteral("unknown");
    default:
        return StatusStates::toApi(state);
    }
}

StatusState CleanupRule::stateFromName(const QString &name)
{
    if (name == QLatin1String("none"))
        return StatusState::NoStatus;
    if (name == QLatin1String("destroyed"))
        return StatusState::Destroyed;
    return StatusStates::fromApi(name);
}

QJsonObject CleanupRule::toJson() const
{
    QJsonArray stateArray;
    for (StatusState s : states)
        stateArray.append(stateName(s));
    return {{QStringLiteral("name"), name},
            {QStringLiteral("environments"), QJsonArray::fromStringList(environmentPatterns)},
            {QStringLiteral("older_than_seconds"), olderThanSeconds},
            {QStringLiteral("keep"), keepNewest},
            {QStringLiteral("states"), stateArray},
            {QStringLiteral("action"), actionName(action)},
            {QStringLiteral("include_live"), includeLive}};
}

std::optional<CleanupRule> CleanupRule::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<CleanupRule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    CleanupRule rule;
    rule.name = o.value(QStringLiteral("name")).toString();
    const QJsonValue environments = o.value(QStringLiteral("environments"));
    if (environments.isString())
        rule.environmentPatterns.append(environments.toString());
    for (const QJsonValue &v : environments.toArray())
        rule.environmentPatterns.append(v.toString());
    rule.olderThanSeconds = o.value(QStringLiteral("older_than_seconds")).toInteger();
    if (o.contains(QStringLiteral("older_than"))) {
        const QString text = o.value(QStringLiteral("older_than")).toString();
        const auto seconds = parseDuration(text);
        if (!seconds)
            return fail(
                tr("\"%1\" is not an age: use a number and d, h, m or w (30d, 12h).").arg(text));
        rule.olderThanSeconds = *seconds;
    }
    rule.keepNewest = o.value(QStringLiteral("keep")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("states")).toArray()) {
        const StatusState state = stateFromName(v.toString().trimmed().toLower());
        if (state == StatusState::Unknown)
            return fail(tr("\"%1\" is not a state.").arg(v.toString()));
        rule.states.append(state);
    }
    const QString action = o.value(QStringLiteral("action")).toString();
    const auto a =
        action.isEmpty() ? std::optional<Action>(Action::MarkInactive) : actionFromName(action);
    if (!a)
        return fail(tr("\"%1\" is not an action: mark-inactive, delete or delete-environment.")
                        .arg(action));
    rule.action = *a;
    rule.includeLive = o.value(QStringLiteral("include_live")).toBool();
    return rule;
}
