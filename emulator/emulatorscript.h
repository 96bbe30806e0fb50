#pragma once

// Scripted transitions for tests and demos: "at step 3, acme/storefront's new production
// deployment goes failure". A script is plain text, one action a line:
//
//   # STEP  OWNER/NAME       DEPLOYMENT                STATE        [key=value ...]
//   1       acme/storefront  new:production:release    queued       ref=v2.4
//   2       acme/storefront  release                   in_progress
//   3       acme/storefront  release                   failure      log_url=https://ci.example/42
//
//   STEP        a number; each advance() runs the lines of the next step (in file order).
//   DEPLOYMENT  new:ENVIRONMENT[:LABEL]  a new deployment there (ref=, sha=, task=, creator=,
//                                        production=true|false, transient=true|false),
//               LABEL                    the deployment an earlier new:...:LABEL made,
//               latest:ENVIRONMENT       the newest deployment of that environment,
//               a number                 a deployment id.
//   STATE       the status to add (queued, pending, in_progress, success, failure, error,
//               inactive), or "-" for none. Status keys: description=, log_url=,
//               environment_url=, creator=, auto_inactive=true|false.
//   Values are percent-decoded (description=Build%20failed); "#" starts a comment.
//
// Steps run from advance() (tests), POST /_emulator/script/step (another process) or a timer
// (`deploydeck-emulator --script FILE --script-interval SECONDS`). It drives GitHubEmulator's
// public API only, so the statuses it adds look to a client like anyone else's.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class GitHubEmulator;

class EmulatorScript : public QObject
{
    Q_OBJECT
public:
    struct Action
    {
        int step = 0;
        int line = 0;
        QString repository;
        QString deployment; // as written
        QString state;      // "" for none
        QJsonObject deploymentFields;
        QJsonObject statusFields;
    };

    explicit EmulatorScript(GitHubEmulator *emulator, QObject *parent = nullptr);

    // Replaces the script; false with "line N: ..." in `error` when it cannot be read.
    bool load(const QString &text, QString *error = nullptr);
    bool loadFile(const QString &path, QString *error = nullptr);

    QList<int> steps() const { return m_steps; }
    int stepsRun() const { return m_next; }
    bool atEnd() const { return m_next >= m_steps.size(); }
    // Runs the next step; false at the end, or when an action failed (`error` says which).
    bool advance(QString *error = nullptr);
    // The deployment a label names (0 before its step ran).
    qint64 deploymentId(const QString &label) const { return m_labels.value(label); }

    // Advances every `seconds` until the end.
    void start(int seconds);
    // POST /_emulator/script/step runs the next step and answers {"step", "done", "error"}.
    void addControlRoutes();

Q_SIGNALS:
    void stepRun(int step);
    void failed(const QString &error);

private:
    bool run(const Action &action, QString *error);
    qint64 resolve(const Action &action) const;

    GitHubEmulator *m_emulator;
    QList<Action> m_actions;
    QList<int> m_steps; // distinct, ascending
    int m_next = 0;
    QHash<QString, qint64> m_labels;
    QTimer m_timer;
};
