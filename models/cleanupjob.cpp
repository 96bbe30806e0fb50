#include "cleanupjob.h"

#include "deploymentstatus.h"
#include "deploymentstore.h"
#include "githubclient.h"
#include "githubrequest.h"
#include "repositorysession.h"
#include "timesource.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace {
// A secondary-limit answer without a usable retry-after: GitHub asks for at least a minute.
constexpr qint64 defaultRateLimitPauseSeconds = 60;

QString outcomeName(CleanupJob::Outcome outcome)
{
    switch (outcome) {
    case CleanupJob::Outcome::NotAttempted:
        return QStringLiteral("not_attempted");
    case CleanupJob::Outcome::Done:
        return QStringLiteral("done");
    case CleanupJob::Outcome::Skipped:
        return QStringLiteral("skipped");
    case CleanupJob::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

CleanupJob::Outcome fromJournal(CleanupJournal::Outcome outcome)
{
    switch (outcome) {
    case CleanupJournal::Outcome::Done:
        return CleanupJob::Outcome::Done;
    case CleanupJournal::Outcome::Skipped:
        return CleanupJob::Outcome::Skipped;
    case CleanupJournal::Outcome::Failed:
        return CleanupJob::Outcome::Failed;
    }
    return CleanupJob::Outcome::Failed;
}

CleanupJournal::Outcome toJournal(CleanupJob::Outcome outcome)
{
    switch (outcome) {
    case CleanupJob::Outcome::Done:
        return CleanupJournal::Outcome::Done;
    case CleanupJob::Outcome::Skipped:
        return CleanupJournal::Outcome::Skipped;
    default:
        return CleanupJournal::Outcome::Failed;
    }
}
} // namespace

// ---------------------------------------------------------------------------------------------
// Report

int CleanupJob::Report::count(Outcome outcome) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [outcome](const ItemResult &r) { return r.outcome == outcome; }));
}

QString CleanupJob::Report::summary() const
{
    QStringList parts;
    parts.append(tr("%n done", nullptr, count(Outcome::Done)));
    if (const int n = count(Outcome::Skipped))
        parts.append(tr("%n skipped", nullptr, n));
    if (const int n = count(Outcome::Failed))
        parts.append(tr("%n failed", nullptr, n));
    if (const int n = count(Outcome::NotAttempted))
        parts.append(tr("%n not attempted", nullptr, n));
    //: Separates the parts of a result: "12 done; 2 skipped"
    QString text = parts.join(tr("; "));
    if (!stopReason.isEmpty())
        //: %1 the result so far, %2 why the cleanup stopped
        text = tr("%1 (stopped: %2)").arg(text, stopReason);
    return text;
}

QJsonObject CleanupJob::Report::toJson() const
{
    QJsonArray array;
    for (const ItemResult &r : items) {
        QJsonObject o = r.item.toJson();
        o.insert(QStringLiteral("outcome"), outcomeName(r.outcome));
        if (!r.reason.isEmpty())
            o.insert(QStringLiteral("reason"), r.reason);
        if (r.fromJournal)
            o.insert(QStringLiteral("from_journal"), true);
        array.append(o);
    }
    QJsonObject o{{QStringLiteral("repository"), repository},
                  {QStringLiteral("repositories"), QJsonArray::fromStringList(repositories)},
                  {QStringLiteral("complete"), isComplete()},
                  {QStringLiteral("done"), count(Outcome::Done)},
                  {QStringLiteral("skipped"), count(Outcome::Skipped)},
                  {QStringLiteral("failed"), count(Outcome::Failed)},
                  {QStringLiteral("not_attempted"), count(Outcome::NotAttempted)},
                  {QStringLiteral("writes"), writesSent},
                  {QStringLiteral("rate_limit_pauses"), rateLimitPauses},
                  {QStringLiteral("items"), array}};
    if (!stopReason.isEmpty())
        o.insert(QStringLiteral("stop_reason"), stopReason);
    return o;
}

// ---------------------------------------------------------------------------------------------
// The job

CleanupJob::CleanupJob(RepositorySession *session, const CleanupPlan &plan, QObject *parent)
    : CleanupJob(QList<RepositorySession *>{session}, plan, parent)
{}

CleanupJob::CleanupJob(const QList<RepositorySession *> &sessions, const CleanupPlan &plan,
                       QObject *parent)
    : QObject(parent)
    , m_plan(plan)
{
    m_report.repository = plan.repository.fullName();
    for (const RepositoryId &repository : plan.repositories)
        m_report.repositories.append(repository.fullName());
    for (const CleanupItem &item : plan.items)
        m_report.items.append({item, Outcome::NotAttempted, {}, false});
    for (RepositorySession *session : sessions) {
        if (!session)
            continue;
        m_sessions.append(session);
        if (!m_timeSource && session->client())
            m_timeSource = session->client()->timeSource();

        // GitHub's error for the write in flight (BulkWriteJob keeps only its translated text).
        connect(session, &RepositorySession::writeFailed, this,
                [this, session](qint64 id, const GitHubError &error) {
                    if (m_state == State::Writing && isCurrent(session) &&
                        m_report.items[m_next].item.deploymentId == id)
                        m_lastError = error;
                });
        connect(session, &RepositorySession::deleteFinished, this,
                [this, session](qint64 id, bool ok, const GitHubError &error) {
                    if (!ok && m_state == State::Writing && isCurrent(session) &&
                        m_report.items[m_next].item.deploymentId == id)
                        m_lastError = error;
                });
        connect(session, &RepositorySession::environmentDeleteFinished, this,
                [this, session](const QString &name, bool ok, const GitHubError &error) {
                    if (m_state == State::Writing && isCurrent(session) &&
                        m_steps.value(0) == Step::DeleteEnvironment &&
                        m_report.items[m_next].item.environment == name)
                        environmentWritten(ok, error);
                });
    }
}

RepositorySession *CleanupJob::session() const
{
    if (m_next >= total())
        return nullptr;
    const RepositoryId &repository = m_report.items[m_next].item.repository;
    for (const QPointer<RepositorySession> &session : m_sessions) {
        if (session && (!repository.isValid() || session->repository() == repository))
            return session;
    }
    return nullptr;
}

bool CleanupJob::isCurrent(const RepositorySession *session) const
{
    return m_next < total() && session && session == this->session();
}

CleanupJob::~CleanupJob()
{
    cancel(tr("the window closed"));
}

void CleanupJob::setTimeSource(TimeSource *timeSource)
{
    m_timeSource = timeSource;
}

void CleanupJob::setJournal(std::unique_ptr<CleanupJournal> journal)
{
    m_journal = std::move(journal);
}

QDateTime CleanupJob::now() const
{
    return m_timeSource ? m_timeSource->now() : QDateTime::currentDateTimeUtc();
}

void CleanupJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

int CleanupJob::remainingWrites() const
{
    int writes = int(m_steps.size());
    for (int i = m_next + (m_steps.isEmpty() ? 0 : 1); i < total(); ++i)
        writes += m_report.items[i].item.writes();
    return writes;
}

QDateTime CleanupJob::estimatedEnd() const
{
    if (m_state == State::Finished)
        return {};
    QDateTime from = now();
    if ((m_state == State::RateLimited || m_state == State::Pacing) && m_waitingUntil > from)
        from = m_waitingUntil;
    return m_pacer.estimateEnd(from, remainingWrites());
}

void CleanupJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_journal) {
        // Writes of an earlier run count against the limits' windows too.
        for (const QDateTime &at : m_journal->writeTimes())
            m_pacer.record(at);
    }
    Q_EMIT progress(0, total());
    next();
}

void CleanupJob::pause()
{
    if (m_state == State::Finished || m_state == State::Paused)
        return;
    m_pauseRequested = true;
    if (m_state == State::Pacing || m_state == State::Idle) {
        // Nothing in flight: pause now and take the same step up again on resume.
        ++m_waitId;
        m_resumeWith = m_state == State::Idle ? &CleanupJob::next : &CleanupJob::runStep;
        m_pauseRequested = false;
        m_waitingUntil = {};
        setState(State::Paused);
    }
}

void CleanupJob::resume()
{
    m_pauseRequested = false;
    if (m_state != State::Paused)
        return;
    auto then = std::exchange(m_resumeWith, nullptr);
    setState(State::Idle);
    (this->*(then ? then : &CleanupJob::next))();
}

void CleanupJob::cancel(const QString &reason)
{
    if (m_state == State::Finished || !m_started) {
        if (!m_started && m_state != State::Finished) {
            m_started = true;
            finish(reason.isEmpty() ? tr("cancelled") : reason);
        }
        return;
    }
    ++m_waitId;
    if (m_check)
        m_check->cancel();
    if (BulkWriteJob *write = m_write) {
        m_write = nullptr;
        write->disconnect(this);
        write->stop(tr("cancelled"));
    }
    if (m_next < total() && m_report.items[m_next].outcome == Outcome::NotAttempted &&
        m_state == State::Writing)
        m_report.items[m_next].reason =
            tr("interrupted while being written: resuming reads it again");
    finish(reason.isEmpty() ? tr("cancelled") : reason);
}

void CleanupJob::next()
{
    if (m_state == State::Finished)
        return;
    m_steps.clear();
    m_itemWrites = 0;
    if (m_pauseRequested) {
        m_pauseRequested = false;
        m_resumeWith = &CleanupJob::next;
        setState(State::Paused);
        return;
    }
    while (m_next < total()) {
        ItemResult &result = m_report.items[m_next];
        const CleanupJournal::Record record =
            m_journal ? m_journal->record(result.item.key()) : CleanupJournal::Record();
        if (!record.finished)
            break;
        result.outcome = fromJournal(record.outcome);
        result.reason = record.reason;
        result.fromJournal = true;
        ++m_next;
        Q_EMIT itemFinished(m_next - 1);
        Q_EMIT progress(m_next, total());
    }
    if (m_next >= total()) {
        finish();
        return;
    }
    RepositorySession *session = this->session();
    if (!session || !session->store() || !session->client()) {
        //: %1 the repository, owner/name
        finish(tr("%1 is not open").arg(m_report.items[m_next].item.repository.fullName()));
        return;
    }
    check();
}

void CleanupJob::check()
{
    setState(State::Checking);
    RepositorySession *session = this->session();
    if (!session || !session->client()) {
        finish(tr("no repository is open"));
        return;
    }
    GitHubClient *client = session->client();
    const CleanupItem &item = m_report.items[m_next].item;
    const RepositoryId repository = session->repository();
    if (item.target == CleanupItem::Target::Environment) {
        DeploymentQuery query;
        query.environment = item.environment;
        auto *request =
            client->listDeployments(repository, query, GitHubRequest::Priority::Visible);
        m_check = request;
        connect(request, &DeploymentListRequest::finished, this, [this, request] {
            QList<qint64> ids;
            for (const Deployment &d : request->deployments())
                ids.append(d.id);
            checkedEnvironment(ids, {});
        });
        connect(request, &DeploymentListRequest::failed, this,
                [this](const GitHubError &error) { checkedEnvironment({}, error); });
        return;
    }
    auto *request =
        client->listStatuses(repository, item.deploymentId, GitHubRequest::Priority::Visible);
    m_check = request;
    connect(request, &StatusListRequest::finished, this,
            [this, request] { checked(request->statuses(), {}); });
    connect(request, &StatusListRequest::failed, this,
            [this](const GitHubError &error) { checked({}, error); });
}

void CleanupJob::checked(const QList<DeploymentStatus> &statuses, const GitHubError &error)
{
    m_check = nullptr;
    const CleanupItem &item = m_report.items[m_next].item;
    const CleanupJournal::Record record =
        m_journal ? m_journal->record(item.key()) : CleanupJournal::Record();
    const bool ourWriteMayHaveLanded = record.writesBegun > 0 || m_itemWrites > 0;
    RepositorySession *session = this->session();
    DeploymentStore *store = session ? session->store() : nullptr;
    if (error.kind == GitHubError::Kind::NotFound) {
        if (store)
            store->removeDeployment(item.deploymentId);
        // Deleted: by our own delete of an earlier run, or by someone else.
        if (ourWriteMayHaveLanded && item.action == CleanupRule::Action::Delete)
            finishItem(Outcome::Done);
        else
            finishItem(Outcome::Skipped, tr("it no longer exists"));
        return;
    }
    if (checkFailed(error))
        return;
    const DeploymentStatus *newest = nullptr;
    for (const DeploymentStatus &s : statuses) {
        if (!newest || s.createdAt > newest->createdAt ||
            (s.createdAt == newest->createdAt && s.id > newest->id))
            newest = &s;
    }
    if (store && store->find(item.deploymentId))
        store->setStatuses(item.deploymentId, statuses);
    const qint64 newestId = newest ? newest->id : 0;
    const bool nowInactive = newest && StatusStates::isInactive(newest->state);
    if (newestId != item.latestStatusId) {
        // Our own `inactive` from an interrupted run is no change; anything else is.
        if (!(ourWriteMayHaveLanded && nowInactive)) {
            const bool live =
                store && store->find(item.deploymentId) && store->find(item.deploymentId)->active;
            const QString state =
                newest ? StatusStates::displayName(newest->state, newest->rawState) : QString();
            finishItem(Outcome::Skipped,
                       live && !item.live
                           ? tr("it changed since the dry run: it is live now")
                           //: %1 the deployment's new state
                           : tr("it changed since the dry run: a new status (%1)").arg(state));
            return;
        }
    }
    m_steps.clear();
    if (item.action == CleanupRule::Action::MarkInactive) {
        if (nowInactive) {
            finishItem(ourWriteMayHaveLanded ? Outcome::Done : Outcome::Skipped,
                       ourWriteMayHaveLanded ? QString() : tr("it is inactive already"));
            return;
        }
        m_steps = {Step::MarkInactive};
    } else {
        m_steps =
            nowInactive ? QList<Step>{Step::Delete} : QList<Step>{Step::MarkInactive, Step::Delete};
    }
    runStep();
}

// A re-check that GitHub did not answer: a rate limit pauses and checks again; anything else
// fails the item. False when there is no error.
bool CleanupJob::checkFailed(const GitHubError &error)
{
    if (!error.isError())
        return false;
    if (error.kind == GitHubError::Kind::RateLimited) {
        ++m_report.rateLimitPauses;
        waitUntil(State::RateLimited,
                  error.retryAt.isValid() ? error.retryAt
                                          : now().addSecs(defaultRateLimitPauseSeconds),
                  &CleanupJob::check);
        return true;
    }
    //: %1 GitHub's error
    finishItem(Outcome::Failed,
               tr("could not read it again before writing: %1").arg(error.toDisplayString()));
    return true;
}

void CleanupJob::checkedEnvironment(const QList<qint64> &ids, const GitHubError &error)
{
    m_check = nullptr;
    const CleanupItem &item = m_report.items[m_next].item;
    if (checkFailed(error))
        return;
    const QSet<qint64> known(item.environmentDeployments.cbegin(),
                             item.environmentDeployments.cend());
    for (qint64 id : ids) {
        if (!known.contains(id)) {
            finishItem(Outcome::Skipped,
                       tr("it changed since the dry run: a new deployment (#%1)").arg(id));
            return;
        }
    }
    m_steps = {Step::DeleteEnvironment};
    runStep();
}

void CleanupJob::waitUntil(State state, const QDateTime &until, void (CleanupJob::*then)())
{
    m_waitingUntil = until;
    const quint64 id = ++m_waitId;
    setState(state);
    const qint64 delay = std::max<qint64>(0, now().msecsTo(until));
    auto fire = [this, id, then] {
        if (id != m_waitId || m_state == State::Finished)
            return;
        m_waitingUntil = {};
        if (m_pauseRequested) {
            m_pauseRequested = false;
            m_resumeWith = then;
            setState(State::Paused);
            return;
        }
        (this->*then)();
    };
    if (m_timeSource)
        m_timeSource->singleShot(delay, this, fire);
    else
        QTimer::singleShot(delay, this, fire);
}

void CleanupJob::runStep()
{
    if (m_steps.isEmpty()) {
        finishItem(Outcome::Done);
        return;
    }
    if (m_pauseRequested) {
        m_pauseRequested = false;
        m_resumeWith = &CleanupJob::runStep;
        setState(State::Paused);
        return;
    }
    const QDateTime at = now();
    const QDateTime slot = m_pacer.nextSlot(at);
    if (slot > at) {
        waitUntil(State::Pacing, slot, &CleanupJob::runStep);
        return;
    }
    send();
}

void CleanupJob::send()
{
    const CleanupItem &item = m_report.items[m_next].item;
    const Step step = m_steps.first();
    const QDateTime at = now();
    // Announced before it is sent: a kill after this line leaves a write to read again.
    if (m_journal && !m_journal->beginWrite(item.key(), stepName(step), at)) {
        finish(tr("the journal cannot be written (%1)").arg(m_journal->path()));
        return;
    }
    m_pacer.record(at);
    ++m_report.writesSent;
    ++m_itemWrites;
    m_lastError = {};
    setState(State::Writing);
    RepositorySession *session = this->session();
    if (!session) {
        finish(tr("no repository is open"));
        return;
    }
    if (step == Step::DeleteEnvironment) {
        if (!session->deleteEnvironment(item.environment))
            finish(tr("no repository is open"));
        return;
    }
    BulkWriteJob *job =
        session->startBulkWrite(step == Step::MarkInactive ? BulkWriteJob::Action::MarkInactive
                                                           : BulkWriteJob::Action::Delete,
                                {item.deploymentId});
    if (!job) {
        finish(tr("another change is being written: try again when it has finished"));
        return;
    }
    const auto done = [this](const BulkWriteJob::Result &result) {
        m_write = nullptr;
        const BulkWriteJob::Item item = result.items.value(0);
        GitHubError error = std::exchange(m_lastError, {});
        if (!error.isError() && item.outcome == BulkWriteJob::Outcome::Failed)
            error = GitHubError(GitHubError::Kind::BadResponse, item.error);
        written(item.outcome, error);
    };
    if (job->isFinished()) { // nothing to send (already inactive, or gone from the store)
        done(job->result());
        return;
    }
    m_write = job;
    connect(job, &BulkWriteJob::finished, this, done);
}

void CleanupJob::written(BulkWriteJob::Outcome outcome, const GitHubError &error)
{
    if (m_state == State::Finished)
        return;
    switch (outcome) {
    case BulkWriteJob::Outcome::Done:
    case BulkWriteJob::Outcome::AlreadyDone:
        m_steps.removeFirst();
        if (m_steps.isEmpty())
            finishItem(Outcome::Done);
        else
            runStep();
        return;
    case BulkWriteJob::Outcome::Gone:
        finishItem(Outcome::Skipped, tr("it no longer exists"));
        return;
    case BulkWriteJob::Outcome::Failed:
        if (error.kind == GitHubError::Kind::RateLimited) {
            // Not carried out: the same target is read again and written after the pause.
            ++m_report.rateLimitPauses;
            waitUntil(State::RateLimited,
                      error.retryAt.isValid() ? error.retryAt
                                              : now().addSecs(defaultRateLimitPauseSeconds),
                      &CleanupJob::check);
            return;
        }
        finishItem(Outcome::Failed, error.toDisplayString());
        return;
    case BulkWriteJob::Outcome::Interrupted:
    case BulkWriteJob::Outcome::NotAttempted:
        finish(tr("the repository was closed"));
        return;
    }
}

void CleanupJob::environmentWritten(bool ok, const GitHubError &error)
{
    const CleanupItem &item = m_report.items[m_next].item;
    const CleanupJournal::Record record =
        m_journal ? m_journal->record(item.key()) : CleanupJournal::Record();
    if (ok) {
        finishItem(Outcome::Done);
    } else if (error.kind == GitHubError::Kind::RateLimited) {
        ++m_report.rateLimitPauses;
        waitUntil(State::RateLimited,
                  error.retryAt.isValid() ? error.retryAt
                                          : now().addSecs(defaultRateLimitPauseSeconds),
                  &CleanupJob::check);
    } else if (error.kind == GitHubError::Kind::NotFound) {
        // An earlier run's delete may have landed before it was killed.
        if (record.writesBegun > m_itemWrites)
            finishItem(Outcome::Done);
        else
            finishItem(Outcome::Skipped,
                       tr("GitHub does not know this environment (404): it was deleted "
                          "already, or the token may not administer the repository"));
    } else if (error.kind == GitHubError::Kind::Forbidden) {
        //: %1 GitHub's message
        finishItem(Outcome::Failed,
                   tr("GitHub refused (403): deleting an environment needs admin rights on "
                      "the repository. %1")
                       .arg(error.message));
    } else {
        finishItem(Outcome::Failed, error.toDisplayString());
    }
}

void CleanupJob::finishItem(Outcome outcome, const QString &reason)
{
    if (m_state == State::Finished)
        return;
    ItemResult &result = m_report.items[m_next];
    result.outcome = outcome;
    result.reason = reason;
    if (m_journal && !m_journal->finish(result.item.key(), toJournal(outcome), reason)) {
        finish(tr("the journal cannot be written (%1)").arg(m_journal->path()));
        return;
    }
    m_steps.clear();
    ++m_next;
    setState(State::Idle);
    Q_EMIT itemFinished(m_next - 1);
    Q_EMIT progress(m_next, total());
    // Asynchronously: a long run of skips cannot recurse.
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Idle)
            next();
    });
}

void CleanupJob::finish(const QString &stopReason)
{
    if (m_state == State::Finished)
        return;
    m_report.stopReason = stopReason;
    m_waitingUntil = {};
    setState(State::Finished);
    Q_EMIT finished(m_report);
}

QString CleanupJob::stepName(Step step)
{
    switch (step) {
    case Step::None:
        return {};
    case Step::MarkInactive:
        return QStringLiteral("mark-inactive");
    case Step::Delete:
        return QStringLiteral("delete");
    case Step::DeleteEnvironment:
        return QStringLiteral("delete-environment");
    }
    return {};
}
