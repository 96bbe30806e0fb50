#include "ghclitoken.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

GhCliToken::GhCliToken(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<GhCliToken::Result>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        finish({QString(), tr("GitHub CLI (gh) did not answer within %n second(s).", nullptr,
                              qMax(1, m_timeout / 1000))});
    });
}

GhCliToken::~GhCliToken()
{
    cancel();
}

bool GhCliToken::isRunning() const
{
    return !m_process.isNull();
}

void GhCliToken::cancel()
{
    m_timer->stop();
    if (QProcess *process = m_process.data()) {
        m_process = nullptr;
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
        delete process;
    }
}

void GhCliToken::fetch(const QString &host)
{
    cancel();
    m_host = host;
    auto *process = new QProcess(this);
    m_process = process;
    // gh must not ask anything: no terminal prompt, no pager, no update check.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GH_PROMPT_DISABLED"), QStringLiteral("1"));
    environment.insert(QStringLiteral("GH_NO_UPDATE_NOTIFIER"), QStringLiteral("1"));
    environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    process->setProcessEnvironment(environment);
    process->setProgram(m_program);
    process->setArguments(
        {QStringLiteral("auth"), QStringLiteral("token"), QStringLiteral("--hostname"), host});
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (process != m_process || error != QProcess::FailedToStart)
            return; // crashes and exits arrive through finished()
        // QProcess reports this inside start(): answer from the event loop, as for the rest.
        QMetaObject::invokeMethod(
            this,
            [this, process] {
                if (process == m_process)
                    finish({QString(), tr("GitHub CLI (gh) is not installed or not on PATH.")});
            },
            Qt::QueuedConnection);
    });
    connect(process, &QProcess::finished, this,
            [this, process](int exitCode, QProcess::ExitStatus exitStatus) {
                if (process != m_process)
                    return;
                const QString token = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
                if (exitStatus == QProcess::NormalExit && exitCode == 0 && !token.isEmpty() &&
                    !token.contains(QLatin1Char('\n')) && !token.contains(QLatin1Char(' '))) {
                    finish({token, QString()});
                    return;
                }
                if (exitStatus != QProcess::NormalExit) {
                    finish({QString(), tr("GitHub CLI (gh) stopped unexpectedly.")});
                    return;
                }
                // gh's own message is English and may be long: keep the first line.
                const QString said = QString::fromUtf8(process->readAllStandardError())
                                         .trimmed()
                                         .section(QLatin1Char('\n'), 0, 0)
                                         .left(200);
                finish({QString(), said.isEmpty()
                                       ? tr("GitHub CLI (gh) is not signed in to %1.").arg(m_host)
                                       //: %1 is the host, %2 gh's own (English) message
                                       : tr("GitHub CLI (gh) is not signed in to %1 (gh says: %2).")
                                             .arg(m_host, said)});
            });
    m_timer->start(m_timeout);
    process->start();
}

void GhCliToken::finish(const Result &result)
{
    m_timer->stop();
    if (QProcess *process = m_process.data()) {
        m_process = nullptr;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000);
        }
        process->deleteLater();
    }
    Q_EMIT finished(result);
}
