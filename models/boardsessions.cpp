#include "boardsessions.h"

#include "pollscheduler.h"
#include "repositorysession.h"

BoardSessions::BoardSessions(WatchList *list, ClientFor clientFor, QObject *parent, bool useGraphQL)
    : QObject(parent)
    , m_list(list)
    , m_clientFor(std::move(clientFor))
    , m_useGraphQL(useGraphQL)
{
    for (const WatchedRepository &watched : list->repositories())
        append(watched);
    for (int i = 0; i < count(); ++i)
        start(i);
    connect(list, &WatchList::added, this, [this](const WatchedRepository &watched) {
        Q_EMIT rowAboutToBeInserted(count());
        append(watched);
        Q_EMIT rowInserted(count() - 1);
        start(count() - 1);
    });
    connect(list, &WatchList::aboutToBeRemoved, this, &BoardSessions::removeAt);
}

BoardSessions::~BoardSessions()
{
    // Sessions first: their schedulers (children) still know them.
    for (Row &row : m_rows) {
        if (row.scheduler && row.session)
            row.scheduler->removeSession(row.session.get());
    }
    m_rows.clear();
}

DeploymentStore *BoardSessions::store(int row) const
{
    const RepositorySession *session = m_rows.at(size_t(row)).session.get();
    return session ? session->store() : nullptr;
}

int BoardSessions::rowOf(const DeploymentStore *store) const
{
    for (int i = 0; i < count(); ++i) {
        if (store && this->store(i) == store)
            return i;
    }
    return -1;
}

QList<PollScheduler *> BoardSessions::schedulers() const
{
    return m_schedulers.values();
}

void BoardSessions::refreshAll()
{
    for (PollScheduler *scheduler : std::as_const(m_schedulers))
        scheduler->refreshNow();
}

void BoardSessions::setInterval(int seconds)
{
    m_intervalSeconds = seconds;
    for (PollScheduler *scheduler : std::as_const(m_schedulers))
        scheduler->setInterval(seconds);
}

void BoardSessions::append(const WatchedRepository &watched)
{
    Row row;
    row.watched = watched;
    makeSession(row);
    m_rows.push_back(std::move(row));
}

void BoardSessions::makeSession(Row &row)
{
    GitHubClient *client = m_clientFor ? m_clientFor(row.watched) : nullptr;
    if (!client)
        return;
    row.session = std::make_unique<RepositorySession>(client);
    // The first load over GraphQL (every deployment with its statuses, 100 a request; REST when
    // the host refuses it); polling stays on conditional REST requests.
    row.session->setUseGraphQL(m_useGraphQL);
    row.scheduler = schedulerFor(client);
    RepositorySession *session = row.session.get();
    connect(session, &RepositorySession::storeChanged, this,
            [this, session](DeploymentStore *store) {
                for (int i = 0; i < count(); ++i) {
                    if (m_rows.at(size_t(i)).session.get() == session)
                        Q_EMIT storeChanged(i, store);
                }
            });
}

void BoardSessions::connectMissing()
{
    for (int i = 0; i < count(); ++i) {
        Row &row = m_rows.at(size_t(i));
        if (row.session)
            continue;
        makeSession(row);
        if (row.session)
            start(i);
    }
}

void BoardSessions::start(int index)
{
    const Row &row = m_rows.at(size_t(index));
    if (row.scheduler)
        row.scheduler->addSession(row.session.get(), row.watched.repository);
}

void BoardSessions::removeAt(int index)
{
    Q_EMIT rowAboutToBeRemoved(index);
    Row &row = m_rows.at(size_t(index));
    if (row.scheduler && row.session)
        row.scheduler->removeSession(row.session.get());
    m_rows.erase(m_rows.begin() + index);
    Q_EMIT rowRemoved(index);
}

PollScheduler *BoardSessions::schedulerFor(GitHubClient *client)
{
    PollScheduler *&scheduler = m_schedulers[client];
    if (!scheduler) {
        scheduler = new PollScheduler(client, this);
        scheduler->setInterval(m_intervalSeconds);
        connect(scheduler, &PollScheduler::paceChanged, this, &BoardSessions::stateChanged);
        connect(scheduler, &PollScheduler::cycleFinished, this, &BoardSessions::stateChanged);
    }
    return scheduler;
}
