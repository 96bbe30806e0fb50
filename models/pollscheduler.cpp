#include "pollscheduler.h"

#include "githubclient.h"
#include "repositorysession.h"

PollScheduler::PollScheduler(GitHubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(m_intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::onTimer);
    m_timer.start();
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this] {
        m_pace = Pace::Normal;
        m_resumesAt = {};
        Q_EMIT paceChanged(m_pace);
        startCycle();
    });
}

PollScheduler::~PollScheduler() = default;

void PollScheduler::addSession(RepositorySession *session, const RepositoryId &repository)
{
    session->setAutoRefreshInterval(0); // the scheduler refreshes it
    session->setScope(RepositorySession::Scope::Environments);
    m_sessions.append({session, repository, false});
    connect(session, &RepositorySession::loadingChanged, this, [this, session](bool loading) {
        if (!loading)
            sessionDone(session);
    });
    m_firstLoadAnnounced = false;
    m_cycleActive = true;
    if (!m_waiting.contains(session))
        m_waiting.append(session);
    pump();
}

void PollScheduler::removeSession(RepositorySession *session)
{
    disconnect(session, nullptr, this, nullptr);
    m_waiting.removeAll(session);
    m_running.remove(session);
    m_sessions.removeIf([session](const Entry &e) { return e.session == session; });
    pump();
}

void PollScheduler::setInterval(int seconds)
{
    m_intervalSeconds = qMax(0, seconds);
    if (m_intervalSeconds == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_intervalSeconds * 1000);
}

void PollScheduler::refreshNow()
{
    if (m_pace != Pace::Paused)
        startCycle();
}

void PollScheduler::onTimer()
{
    // Slowed: only every slowedCycleFactor-th tick polls.
    ++m_tick;
    if (m_pace == Pace::Paused || (m_pace == Pace::Slowed && m_tick % slowedCycleFactor != 0))
        return;
    startCycle();
}

void PollScheduler::startCycle()
{
    if (isCycleRunning() || !m_client)
        return;
    m_cycleActive = true;
    m_cycleStartTransfers = m_client->transfersSent();
    const RateLimitInfo limit = m_client->rateLimitInfo();
    m_cycleStartUsed = limit.isValid() ? limit.used : -1;
    m_cycleStartReset = limit.reset;
    for (const Entry &entry : std::as_const(m_sessions)) {
        if (entry.session)
            m_waiting.append(entry.session);
    }
    pump();
}

void PollScheduler::pump()
{
    while (m_running.size() < m_maxConcurrent && !m_waiting.isEmpty()) {
        RepositorySession *session = m_waiting.takeFirst();
        auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                               [session](const Entry &e) { return e.session == session; });
        if (it == m_sessions.end())
            continue;
        m_running.insert(session);
        if (!it->started) {
            it->started = true;
            session->setRepository(it->repository);
        } else {
            session->refresh();
        }
        // Nothing to do (a listing still running from before, or no repository): done now.
        if (!session->isLoading())
            m_running.remove(session);
    }
    if (m_cycleActive && !isCycleRunning()) {
        m_cycleActive = false;
        finishCycle();
    }
}

void PollScheduler::sessionDone(RepositorySession *session)
{
    if (!m_running.remove(session))
        return;
    pump();
}

void PollScheduler::finishCycle()
{
    if (!m_client)
        return;
    m_lastCycleRequests = m_client->transfersSent() - m_cycleStartTransfers;
    const RateLimitInfo limit = m_client->rateLimitInfo();
    if (!limit.isValid())
        m_lastCyclePoints = -1;
    else if (m_cycleStartUsed >= 0 && limit.reset == m_cycleStartReset)
        m_lastCyclePoints = limit.used - m_cycleStartUsed;
    else
        m_lastCyclePoints = limit.used; // the window reset meanwhile: what the new one used
    m_cycleStartTransfers = m_client->transfersSent();
    m_cycleStartUsed = limit.isValid() ? limit.used : -1;
    m_cycleStartReset = limit.reset;
    ++m_cycles;
    m_lastCycleEnd = QDateTime::currentDateTimeUtc();
    updatePace();
    Q_EMIT cycleFinished();
    const bool allLoaded = std::all_of(m_sessions.cbegin(), m_sessions.cend(),
                                       [](const Entry &e) { return e.started; });
    if (allLoaded && !m_firstLoadAnnounced) {
        m_firstLoadAnnounced = true;
        Q_EMIT firstLoadFinished();
    }
}

void PollScheduler::updatePace()
{
    const RateLimitInfo limit = m_client->rateLimitInfo();
    Pace pace = Pace::Normal;
    if (limit.isValid() && limit.limit > 0) {
        if (limit.remaining < pauseBelowPoints && limit.reset.isValid())
            pace = Pace::Paused;
        else if (limit.remaining < limit.limit * slowBelowShare)
            pace = Pace::Slowed;
    }
    if (pace == Pace::Paused) {
        m_resumesAt = limit.reset;
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(limit.reset);
        // The reset is at most an hour away; a clock far off still resumes within it.
        m_resumeTimer.start(int(std::clamp<qint64>(wait + 1000, 1000, 3600 * 1000)));
    } else {
        m_resumesAt = {};
        m_resumeTimer.stop();
    }
    if (pace != m_pace) {
        m_pace = pace;
        Q_EMIT paceChanged(pace);
    }
}
