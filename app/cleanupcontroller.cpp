#include "cleanupcontroller.h"

#include "views/cleanupdialog.h"

#include "models/cleanupjournal.h"
#include "models/deploymentstore.h"
#include "models/repositorysession.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

CleanupController::CleanupController(RepositorySession *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
    setUp();
    const auto update = [this] {
        m_action->setEnabled(m_session && m_session->store());
    };
    connect(session, &RepositorySession::storeChanged, this, update);
    update();
}

CleanupController::CleanupController(Sources sources, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
    , m_window(window)
{
    setUp();
}

void CleanupController::setUp()
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
    if (m_window)
        m_window->installEventFilter(this); // its LanguageChange retranslates the action
    retranslate();
}

bool CleanupController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

CleanupController::~CleanupController()
{
    if (m_job)
        m_job->cancel(tr("the window closed"));
}

void CleanupController::retranslate()
{
    if (m_sources) {
        m_action->setText(tr("Clean &Up Watched Repositories…"));
        m_action->setToolTip(tr("Mark inactive or delete old deployments and preview "
                                "environments in the watched repositories, with one preview "
                                "for all of them first"));
        return;
    }
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
    return journalPath({m_session->repository()});
}

QString CleanupController::journalPath(const QList<RepositoryId> &repositories) const
{
    return m_journalDirectory + QLatin1Char('/') + CleanupJournal::fileNameFor(repositories);
}

CleanupDialog *CleanupController::dialog() const
{
    return m_dialog;
}

CleanupDialog *CleanupController::open()
{
    if (!m_sources && (!m_session || !m_session->store()))
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
        connect(m_dialog, &QObject::destroyed, this, &CleanupController::forgetReadLater);
    }
    if (m_sources) {
        QList<CleanupDialog::RepositoryChoice> choices;
        for (const Source &source : m_sources())
            choices.append({source.repository,
                            source.client ? QString()
                                          : tr("Not signed in on its host: sign in to clean it "
                                               "up")});
        m_dialog->setRepositoryChoices(choices);
    } else {
        m_dialog->setRepositoryName(m_session->repository().fullName());
    }
    offerResume();
    m_dialog->open();
    m_dialog->raise();
    return m_dialog;
}

QString CleanupController::resumablePath() const
{
    if (!m_sources)
        return journalPath();
    // Over watched repositories: any unfinished journal about repositories still offered.
    QList<RepositoryId> offered;
    for (const Source &source : m_sources()) {
        if (source.client)
            offered.append(source.repository);
    }
    const QDir directory(m_journalDirectory);
    for (const QString &name :
         directory.entryList({QStringLiteral("*.journal")}, QDir::Files, QDir::Time)) {
        const QString path = directory.filePath(name);
        const auto journal = CleanupJournal::open(path);
        if (!journal || !journal->plan().spansRepositories() ||
            journal->finishedCount() >= journal->plan().items.size())
            continue;
        const QList<RepositoryId> planned = journal->plan().repositories;
        if (std::all_of(planned.cbegin(), planned.cend(),
                        [&](const RepositoryId &r) { return offered.contains(r); }))
            return path;
    }
    return {};
}

void CleanupController::offerResume()
{
    m_resumePath = resumablePath();
    if (!m_dialog || m_job || m_resumePath.isEmpty() || !QFile::exists(m_resumePath)) {
        if (m_dialog)
            m_dialog->setResumable({});
        return;
    }
    const auto journal = CleanupJournal::open(m_resumePath);
    if (!journal || (m_session && journal->plan().repository != m_session->repository())) {
        m_dialog->setResumable({});
        return;
    }
    const int total = int(journal->plan().items.size());
    QString text =
        //: %1 when it was planned, %2 items finished, %3 items in all
        tr("A cleanup planned %1 did not finish: %2 of %3 done. Resume it? Each remaining "
           "target is checked again first.")
            .arg(QLocale().toString(journal->plan().createdAt.toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(journal->finishedCount()), QLocale().toString(total));
    if (journal->plan().spansRepositories()) {
        QStringList names;
        for (const RepositoryId &r : journal->plan().repositories)
            names.append(r.fullName());
        //: %1 the sentence above, %2 the repositories
        text = tr("%1 (%2)").arg(text, names.join(QStringLiteral(", ")));
    }
    m_dialog->setResumable(text);
}

void CleanupController::preview(const QList<CleanupRule> &rules)
{
    if (!m_dialog)
        return;
    if (!m_sources) {
        if (!m_session || !m_session->store())
            return;
        DeploymentStore *store = m_session->store();
        m_dialog->setPlan(CleanupPlan::compute(*store, rules, store->now()));
        return;
    }
    const QList<RepositoryId> repositories = m_dialog->checkedRepositories();
    whenRead(repositories, [this, rules, repositories] {
        QList<const DeploymentStore *> stores;
        for (RepositorySession *session : sessionsFor(repositories))
            stores.append(session->store());
        if (!m_dialog || stores.isEmpty())
            return;
        m_dialog->setPlan(CleanupPlan::compute(stores, rules, stores.first()->now()));
    });
}

void CleanupController::whenRead(const QList<RepositoryId> &repositories,
                                 std::function<void()> then)
{
    QHash<QString, GitHubClient *> clients;
    if (m_sources) {
        for (const Source &source : m_sources())
            clients.insert(source.repository.fullName().toLower(), source.client);
    }
    for (const RepositoryId &repository : repositories) {
        const QString key = repository.fullName().toLower();
        auto it = m_read.find(key);
        const bool failed = it != m_read.end() && it->second->store() &&
                            it->second->store()->loadState() == DeploymentStore::LoadState::Error;
        if (it != m_read.end() && !failed)
            continue;
        GitHubClient *client = clients.value(key);
        if (!client)
            continue;
        auto session = std::make_unique<RepositorySession>(client);
        session->setAutoRefreshInterval(0);
        connect(session.get(), &RepositorySession::loadingChanged, this,
                &CleanupController::checkRead);
        RepositorySession *raw = session.get();
        m_read[key] = std::move(session);
        raw->setRepository(repository);
    }
    m_reading = repositories;
    m_afterReading = std::move(then);
    if (m_dialog)
        m_dialog->setLoading(tr("Reading %n repositories…", nullptr, int(repositories.size())));
    checkRead();
}

void CleanupController::checkRead()
{
    if (!m_afterReading)
        return;
    QStringList failures;
    for (const RepositoryId &repository : std::as_const(m_reading)) {
        const auto it = m_read.find(repository.fullName().toLower());
        if (it == m_read.end()) {
            //: %1 a repository
            failures.append(tr("%1: not signed in on its host").arg(repository.fullName()));
            continue;
        }
        RepositorySession *session = it->second.get();
        if (session->isLoading() || !session->store())
            return; // still reading
        if (session->store()->loadState() != DeploymentStore::LoadState::Ready)
            //: %1 a repository, %2 why it could not be read
            failures.append(
                tr("%1: %2").arg(repository.fullName(), session->store()->errorString()));
    }
    auto then = std::exchange(m_afterReading, nullptr);
    if (!m_dialog)
        return;
    m_dialog->setLoading({});
    if (!failures.isEmpty()) {
        m_dialog->setError(tr("Not every repository could be read; uncheck it or try again.") +
                           QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
        return;
    }
    m_dialog->setError({});
    then();
}

QList<RepositorySession *>
CleanupController::sessionsFor(const QList<RepositoryId> &repositories) const
{
    if (!m_sources)
        return {m_session.data()};
    QList<RepositorySession *> sessions;
    for (const RepositoryId &repository : repositories) {
        const auto it = m_read.find(repository.fullName().toLower());
        if (it != m_read.end() && it->second->store() &&
            it->second->store()->loadState() == DeploymentStore::LoadState::Ready)
            sessions.append(it->second.get());
    }
    return sessions;
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
    auto journal = CleanupJournal::create(journalPath(plan.repositories), plan, &error);
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
    auto journal = CleanupJournal::open(m_resumePath, &error);
    if (!journal) {
        m_dialog->setResumable(error);
        return;
    }
    m_dialog->setResumable({});
    const CleanupPlan plan = journal->plan();
    if (!m_sources) {
        m_dialog->setPlan(plan);
        start(plan, std::move(journal));
        return;
    }
    // The journal is opened again once its repositories are read (a file, not a lock).
    journal.reset();
    const QString path = m_resumePath;
    whenRead(plan.repositories, [this, plan, path] {
        if (!m_dialog || m_job)
            return;
        QString problem;
        auto reopened = CleanupJournal::open(path, &problem);
        if (!reopened) {
            m_dialog->setError(problem);
            return;
        }
        m_dialog->setPlan(plan);
        start(plan, std::move(reopened));
    });
}

void CleanupController::start(const CleanupPlan &plan, std::unique_ptr<CleanupJournal> journal)
{
    m_job = new CleanupJob(sessionsFor(plan.repositories), plan, this);
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
    forgetReadLater();
    Q_EMIT applied();
}

void CleanupController::forgetReadLater()
{
    // The next preview reads the repositories afresh. Later: a session may be the sender.
    QTimer::singleShot(0, this, [this] {
        if (!m_job && !m_afterReading)
            m_read.clear();
    });
}
