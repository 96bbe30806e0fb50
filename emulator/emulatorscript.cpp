#include "emulator/emulatorscript.h"

#include "emulator/githubemulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {
const QStringList deploymentKeys = {QStringLiteral("ref"),        QStringLiteral("sha"),
                                    QStringLiteral("task"),       QStringLiteral("creator"),
                                    QStringLiteral("production"), QStringLiteral("transient")};
const QStringList statusKeys = {QStringLiteral("description"), QStringLiteral("log_url"),
                                QStringLiteral("environment_url"), QStringLiteral("creator"),
                                QStringLiteral("auto_inactive")};
const QStringList states = {QStringLiteral("queued"),      QStringLiteral("pending"),
                            QStringLiteral("in_progress"), QStringLiteral("success"),
                            QStringLiteral("failure"),     QStringLiteral("error"),
                            QStringLiteral("inactive")};

QJsonValue typed(const QString &key, const QString &value)
{
    if (key == QLatin1String("production") || key == QLatin1String("transient") ||
        key == QLatin1String("auto_inactive"))
        return value == QLatin1String("true");
    return value;
}
} // namespace

EmulatorScript::EmulatorScript(GitHubEmulator *emulator, QObject *parent)
    : QObject(parent)
    , m_emulator(emulator)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString error;
        if (!advance(&error) && !error.isEmpty())
            Q_EMIT failed(error);
        if (atEnd())
            m_timer.stop();
    });
}

bool EmulatorScript::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    return load(QString::fromUtf8(file.readAll()), error);
}

bool EmulatorScript::load(const QString &text, QString *error)
{
    QList<Action> actions;
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const auto fail = [&](const QString &why) {
            if (error)
                *error = QStringLiteral("line %1: %2").arg(i + 1).arg(why);
            return false;
        };
        const QStringList words = line.split(space);
        if (words.size() < 4)
            return fail(QStringLiteral("STEP OWNER/NAME DEPLOYMENT STATE [key=value ...]"));
        Action action;
        bool ok = false;
        action.step = words.at(0).toInt(&ok);
        if (!ok || action.step < 0)
            return fail(QStringLiteral("the step is a number, not %1").arg(words.at(0)));
        action.line = i + 1;
        action.repository = words.at(1);
        action.deployment = words.at(2);
        action.state = words.at(3) == QLatin1String("-") ? QString() : words.at(3);
        if (!action.state.isEmpty() && !states.contains(action.state))
            return fail(QStringLiteral("unknown state %1").arg(action.state));
        if (action.deployment.startsWith(QLatin1String("new:"))) {
            const QStringList parts = action.deployment.split(QLatin1Char(':'));
            if (parts.size() < 2 || parts.size() > 3 || parts.at(1).isEmpty())
                return fail(QStringLiteral("new:ENVIRONMENT[:LABEL]"));
            action.deploymentFields.insert(QStringLiteral("environment"), parts.at(1));
        } else if (action.state.isEmpty()) {
            return fail(QStringLiteral("a known deployment needs a state"));
        }
        for (int w = 4; w < words.size(); ++w) {
            const QString key = words.at(w).section(QLatin1Char('='), 0, 0);
            const QString value =
                QUrl::fromPercentEncoding(words.at(w).section(QLatin1Char('='), 1).toUtf8());
            if (!words.at(w).contains(QLatin1Char('=')))
                return fail(QStringLiteral("key=value, not %1").arg(words.at(w)));
            const bool forDeployment =
                deploymentKeys.contains(key) && action.deployment.startsWith(QLatin1String("new:"));
            if (forDeployment)
                action.deploymentFields.insert(
                    key == QLatin1String("production")  ? QStringLiteral("production_environment")
                    : key == QLatin1String("transient") ? QStringLiteral("transient_environment")
                                                        : key,
                    typed(key, value));
            if (statusKeys.contains(key))
                action.statusFields.insert(key, typed(key, value));
            else if (!forDeployment)
                return fail(QStringLiteral("unknown key %1").arg(key));
        }
        if (!action.state.isEmpty())
            action.statusFields.insert(QStringLiteral("state"), action.state);
        actions.append(action);
    }
    std::stable_sort(actions.begin(), actions.end(),
                     [](const Action &a, const Action &b) { return a.step < b.step; });
    m_actions = actions;
    m_steps.clear();
    for (const Action &action : std::as_const(m_actions)) {
        if (m_steps.isEmpty() || m_steps.last() != action.step)
            m_steps.append(action.step);
    }
    m_next = 0;
    m_labels.clear();
    return true;
}

qint64 EmulatorScript::resolve(const Action &action) const
{
    const QString &target = action.deployment;
    if (target.startsWith(QLatin1String("latest:"))) {
        const QString environment = target.mid(7);
        const QList<qint64> ids = m_emulator->deploymentIds(action.repository); // newest first
        for (qint64 id : ids) {
            const QJsonObject json = m_emulator->deploymentJson(action.repository, id);
            if (json.value(QStringLiteral("environment")).toString() == environment)
                return id;
        }
        return -1;
    }
    bool ok = false;
    const qint64 id = target.toLongLong(&ok);
    if (ok)
        return id;
    return m_labels.value(target, -1);
}

bool EmulatorScript::run(const Action &action, QString *error)
{
    qint64 id = -1;
    if (action.deployment.startsWith(QLatin1String("new:"))) {
        id = m_emulator->createDeploymentDirect(action.repository, action.deploymentFields);
        const QString label = action.deployment.section(QLatin1Char(':'), 2);
        if (id > 0 && !label.isEmpty())
            m_labels.insert(label, id);
    } else {
        id = resolve(action);
    }
    if (id <= 0) {
        if (error)
            *error = QStringLiteral("line %1: no deployment %2 in %3")
                         .arg(action.line)
                         .arg(action.deployment, action.repository);
        return false;
    }
    if (action.state.isEmpty())
        return true;
    if (m_emulator->addStatusDirect(action.repository, id, action.statusFields) < 0) {
        if (error)
            *error = QStringLiteral("line %1: the status was refused").arg(action.line);
        return false;
    }
    return true;
}

bool EmulatorScript::advance(QString *error)
{
    if (atEnd())
        return false;
    const int step = m_steps.at(m_next++);
    bool ok = true;
    for (const Action &action : std::as_const(m_actions)) {
        if (action.step == step)
            ok = run(action, error) && ok;
    }
    Q_EMIT stepRun(step);
    return ok;
}

void EmulatorScript::start(int seconds)
{
    m_timer.start(std::max(1, seconds) * 1000);
}

void EmulatorScript::addControlRoutes()
{
    m_emulator->addControlRoute("POST", QStringLiteral("script/step"), [this](const QJsonObject &) {
        QString error;
        const bool ran = advance(&error);
        QJsonObject answer{{QStringLiteral("steps_run"), m_next},
                           {QStringLiteral("done"), atEnd()}};
        if (!ran)
            answer.insert(QStringLiteral("error"),
                          error.isEmpty() ? QStringLiteral("no steps left") : error);
        return answer;
    });
}
