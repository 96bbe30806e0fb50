#pragma once

#include "confirmation.h"

#include "models/cleanupjob.h"
#include "models/cleanupplan.h"

#include <QObject>
#include <QPointer>

class CleanupDialog;
class QAction;
class QWidget;
class RepositorySession;

// Runs the cleanup window for the session's repository: the dry run from the store, one
// confirmation naming the counts (deletes need the repository's name typed), a CleanupJob with
// a journal (so a cleanup interrupted by a crash or a quit is offered for resuming the next
// time), progress with the time left and GitHub's pauses, and the report.
class CleanupController : public QObject
{
    Q_OBJECT
public:
    CleanupController(RepositorySession *session, QWidget *window, QObject *parent = nullptr);
    ~CleanupController() override;

    QAction *action() const { return m_action; } // Deployment → Clean Up…
    void setConfirmationProvider(ConfirmationProvider provider);
    // Where journals are kept (default: the application data directory's "cleanup").
    void setJournalDirectory(const QString &directory) { m_journalDirectory = directory; }
    QString journalPath() const; // of the current repository
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

private:
    void retranslate();
    void preview(const CleanupRule &rule);
    void apply();
    void resumeJournal();
    void start(const CleanupPlan &plan, std::unique_ptr<CleanupJournal> journal);
    void showProgress();
    void itemFinished(int index);
    void finished(const CleanupJob::Report &report);
    void offerResume();

    QPointer<RepositorySession> m_session;
    QPointer<QWidget> m_window;
    QAction *m_action = nullptr;
    QPointer<CleanupDialog> m_dialog;
    QPointer<CleanupJob> m_job;
    ConfirmationProvider m_confirm;
    QString m_journalDirectory;
    WritePacer m_pacer;
};
