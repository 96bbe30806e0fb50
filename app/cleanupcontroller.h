#pragma once

#include "confirmation.h"

#include "models/cleanupjob.h"
#include "models/cleanupplan.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

class CleanupDialog;
class GitHubClient;
class QAction;
class QWidget;
class RepositorySession;

// Runs the cleanup window, either for the open repository (the main window's session: the
// dry run from its store) or for the repositories the Overview watches (each checked one read
// in full by a session of its own, through the client of its account). One dry run over them
// all, one confirmation naming the counts (deletes need the repository's name typed, or over
// several repositories the number of deletes), one CleanupJob (one pace for all the writes)
// with a journal (so a cleanup interrupted by a crash or a quit is offered for resuming the
// next time), progress with the time left and GitHub's pauses, and the report.
class CleanupController : public QObject
{
    Q_OBJECT
public:
    // A repository offered for a cleanup, and the client that reads it (nullptr: not signed
    // in on its host).
    struct Source
    {
        RepositoryId repository;
        GitHubClient *client = nullptr;
    };
    using Sources = std::function<QList<Source>()>;

    // The open repository.
    CleanupController(RepositorySession *session, QWidget *window, QObject *parent = nullptr);
    // Several: `sources` is asked each time the dialog opens.
    CleanupController(Sources sources, QWidget *window, QObject *parent = nullptr);
    ~CleanupController() override;

    QAction *action() const { return m_action; } // Deployment → Clean Up…
    void setConfirmationProvider(ConfirmationProvider provider);
    // Where journals are kept (default: the application data directory's "cleanup").
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }
    QString journalPath() const; // of the open repository (one repository)
    QString journalPath(const QList<RepositoryId> &repositories) const;
    // For tests: the pace of the writes (default GitHub's limits, WritePacer()).
    void setPacer(const WritePacer &pacer) { m_pacer = pacer; }

    // Opens (or raises) the dialog for the current repository.
    CleanupDialog *open();
    CleanupDialog *dialog() const;
    CleanupJob *job() const { return m_job; }
    // What the dialog says while the job runs ("GitHub's secondary rate limit: paused until
    // 14:32"), translated.
    static QString stateText(const CleanupJob &job);

Q_SIGNALS:
    void message(const QString &text, bool error);
    // A run ended (what was written is on GitHub: the Overview refreshes).
    void applied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUp();
    void retranslate();
    void preview(const QList<CleanupRule> &rules);
    // Reads the repositories not read yet, then calls `then` (nothing when one cannot be read:
    // the dialog says which).
    void whenRead(const QList<RepositoryId> &repositories, std::function<void()> then);
    void checkRead();
    QList<RepositorySession *> sessionsFor(const QList<RepositoryId> &repositories) const;
    QString resumablePath() const;
    void forgetReadLater();
    void apply();
    void resumeJournal();
    void start(const CleanupPlan &plan, std::unique_ptr<CleanupJournal> journal);
    void showProgress();
    void itemFinished(int index);
    void finished(const CleanupJob::Report &report);
    void offerResume();

    QPointer<RepositorySession> m_session;                        // one repository
    Sources m_sources;                                            // or several
    std::map<QString, std::unique_ptr<RepositorySession>> m_read; // by lower-case full name
    QList<RepositoryId> m_reading;
    std::function<void()> m_afterReading;
    QString m_resumePath;
    QPointer<QWidget> m_window;
    QAction *m_action = nullptr;
    QPointer<CleanupDialog> m_dialog;
    QPointer<CleanupJob> m_job;
    ConfirmationProvider m_confirm;
    QString m_journalDirectory;
    WritePacer m_pacer;
};
