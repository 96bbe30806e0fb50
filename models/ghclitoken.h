#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QProcess;
class QTimer;

// GitHub CLI's token for a host: `gh auth token --hostname HOST`, run with a timeout. A missing
// `gh`, a host it is not signed in to, or a `gh` that hangs ends in a translated reason.
class GhCliToken : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString token; // empty on failure
        QString error; // translated reason when token is empty
        bool ok() const { return !token.isEmpty(); }
    };

    explicit GhCliToken(QObject *parent = nullptr);
    ~GhCliToken() override;

    // "gh" from PATH by default; tests point it at a script.
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    void setTimeout(int milliseconds) { m_timeout = milliseconds; } // default 10000

    // Emits finished() exactly once, later. Calling again while running restarts.
    void fetch(const QString &host);
    void cancel(); // no signal follows
    bool isRunning() const;

Q_SIGNALS:
    void finished(const GhCliToken::Result &result);

private:
    void finish(const Result &result);

    QString m_program = QStringLiteral("gh");
    QString m_host;
    int m_timeout = 10000;
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
};

Q_DECLARE_METATYPE(GhCliToken::Result)
