#include "cleanupcontroller.h"

#include "views/cleanupdialog.h"

#include "models/cleanupjournal.h"
#include "models/deploymentstore.h"
#include "models/repositorysession.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>

CleanupController::CleanupController(RepositorySession *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("cleanUp"));
    connect(m_action, &QAction::triggered, this, [this] { open(); });
    m_confirm = [this](const Confirmation &c) {
        return Confirmation::askWithMessageBox(
            m_dialog ? static_cast<QWidget *>(m_dialog) : m_window.data(), c);
    };
    m_journalDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/cleanup");
    const auto update = [this] {
        m_action->setEnabled(m_session && m_session->store());
    };
    connect(session, &RepositorySession::storeChanged, this, update);
    update();
    retranslate();
}

CleanupController::~CleanupController()
{
    if (m_job)
        m_job->cancel(tr("the window closed"));
}

void CleanupController::retranslate()
{
    m_action->setText(tr("&Clean Up…"));
    m_action->setToolTip(tr("Mark inactive or delete old deployments and preview environments "
                            "in bulk, with a preview first"));
}

void CleanupController::setConfirmationProvider(ConfirmationProvider provider)
{
    m_confirm = std::move(provider);
}

QString CleanupController::journalPath() const
{
    if (!m_session)
        return {};
    const RepositoryId repository = m_session->repository();
    return m_journalDirectory + QLatin1Char('/') + repository.owner.toLower() + QLatin1Char('_') +
           repository.name.toLower() + QStringLiteral(".journal");
}

CleanupDialog *CleanupController::dialog() const
{
    return m_dialog;
}

CleanupDialog *CleanupController::open()
{
    if (!m_session || !m_session->store())
        return nullptr;
    if (!m_dialog) {
        m_dialog = new CleanupDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &CleanupDialog::previewRequested, this, &CleanupController::preview);
        connect(m_dialog, &CleanupDialog::applyRequested, this, &CleanupController::apply);
        connect(m_dialog, &CleanupDialog::resumeJournalRequested, this,
                &CleanupController::resumeJournal);
        connect(m_dialog, &CleanupDialog::pauseRequested, this, [this] {
            if (m_job)
                m_job->pause();
        });
        connect(m_dialog, &CleanupDialog::resumeRequested, this, [this] {
            if (m_job)
                m_job->resume();
        });
        connect(m_dialog, &CleanupDialog::cancelRequested, this, [this] {
            if (m_job)
                m_job->cancel(tr("stopped by you"));
        });
    }
    m_dialog->setRepositoryName(m_session->repository().fullName());
    offerResume();
    m_dialog->open();
    m_dialog->raise();
    return m_dialog;
}

void CleanupController::offerResume()
{
    const QString path = journalPath();
    if (!m_dialog || m_job || !QFile::exists(path)) {
        if (m_dialog)
            m_dialog->setResumable({});
        return;
    }
    const auto journal = CleanupJournal::open(path);
    if (!journal || journal->plan().repository != m_session->repository()) {
        m_dialog->setResumable({});
        return;
    }
    const int total = int(journal->plan().items.size());
    //: %1 when it was planned, %2 items finished, %3 items in all
    m_dialog->setResumable(
        tr("A cleanup planned %1 did not finish: %2 of %3 done. Resume it? Each remaining "
           "target is checked again first.")
            .arg(QLocale().toString(journal->plan().createdAt.toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(journal->finishedCount()), QLocale().toString(total)));
}

void CleanupController::preview(const CleanupRule &rule)
{
    if (!m_session || !m_session->store() || !m_dialog)
        return;
    DeploymentStore *store = m_session->store();
    m_dialog->setPlan(CleanupPlan::compute(*store, {rule}, store->now()));
}

void CleanupController::apply()
{
    if (!m_dialog || m_job || m_dialog->plan().isEmpty())
        return;
    const CleanupPlan plan = m_dialog->plan();
    if (!m_confirm(Confirmation::forCleanup(plan)))
        return;
    QDir().mkpath(m_journalDirectory);
    QString error;
    auto journal = CleanupJournal::create(journalPath(), plan, &error);
    if (!journal) {
        Q_EMIT message(error, true);
        m_dialog->setFinished(error);
        return;
    }
    start(plan, std::move(journal));
}

void CleanupController::resumeJournal()
{
    if (!m_dialog || m_job)
        return;
    QString error;
    auto journal = CleanupJournal::open(journalPath(), &error);
    if (!journal) {
        m_dialog->setResumable(error);
        return;
    }
    m_dialog->setResumable({});
    const CleanupPlan plan = journal->plan();
    m_dialog->setPlan(plan);
    start(plan, std::move(journal));
}

void CleanupController::start(const CleanupPlan &plan, std::unique_ptr<CleanupJournal> journal)
{
    m_job = new CleanupJob(m_session, plan, this);
    m_job->setJournal(std::move(journal));
    m_job->setPacer(m_pacer);
    connect(m_job, &CleanupJob::stateChanged, this, &CleanupController::showProgress);
    connect(m_job, &CleanupJob::progress, this, &CleanupController::showProgress);
    connect(m_job, &CleanupJob::itemFinished, this, &CleanupController::itemFinished);
    connect(m_job, &CleanupJob::finished, this, &CleanupController::finished);
    m_dialog->setProgress(0, m_job->total(), QString(), {});
    m_job->start();
}

QString CleanupController::stateText(const CleanupJob &job)
{
    const QLocale locale;
    const auto time = [&](const QDateTime &t) {
        return locale.toString(t.toLocalTime().time(), QLocale::LongFormat);
    };
    switch (job.state()) {
    case CleanupJob::State::Checking:
        return tr("checking the next target again");
    case CleanupJob::State::Writing:
        return tr("writing");
    case CleanupJob::State::Pacing:
        //: %1 a time of day
        return tr("keeping under GitHub's limits for writes: next at %1")
            .arg(time(job.waitingUntil()));
    case CleanupJob::State::RateLimited:
        //: %1 a time of day
        return tr("GitHub's secondary rate limit: paused until %1").arg(time(job.waitingUntil()));
    case CleanupJob::State::Paused:
        return tr("paused");
    case CleanupJob::State::Idle:
    case CleanupJob::State::Finished:
        break;
    }
    return {};
}

void CleanupController::showProgress()
{
    if (!m_job || !m_dialog)
        return;
    m_dialog->setPaused(m_job->state() == CleanupJob::State::Paused);
    m_dialog->setProgress(m_job->finishedCount(), m_job->total(), stateText(*m_job),
                          m_job->estimatedEnd());
}

void CleanupController::itemFinished(int index)
{
    if (!m_job || !m_dialog)
        return;
    const CleanupJob::ItemResult &r = m_job->report().items.value(index);
    QString outcome;
    switch (r.outcome) {
    case CleanupJob::Outcome::Done:
        outcome = tr("Done");
        break;
    case CleanupJob::Outcome::Skipped:
        outcome = tr("Skipped");
        break;
    case CleanupJob::Outcome::Failed:
        outcome = tr("Failed");
        break;
    case CleanupJob::Outcome::NotAttempted:
        outcome = tr("Not attempted");
        break;
    }
    m_dialog->setItemResult(index, outcome, r.reason, r.outcome == CleanupJob::Outcome::Failed);
}

void CleanupController::finished(const CleanupJob::Report &report)
{
    // A run that ended (not stopped) leaves nothing to resume.
    if (report.isComplete() && m_job && m_job->journal())
        QFile::remove(m_job->journal()->path());
    if (m_dialog) {
        for (int i = 0; i < report.items.size(); ++i) {
            if (report.items[i].outcome == CleanupJob::Outcome::NotAttempted)
                itemFinished(i);
        }
        m_dialog->setFinished(report.summary());
    }
    Q_EMIT message(tr("Cleanup: %1").arg(report.summary()), report.hasFailures());
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    if (m_session)
        m_session->refresh();
}
