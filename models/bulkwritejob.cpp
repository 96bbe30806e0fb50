#include "bulkwritejob.h"

#include "deploymentstore.h"
#include "githubclient.h"
#include "repositorysession.h"
#include "statusstate.h"

#include <QLocale>
#include <QTimer>

// ---------------------------------------------------------------------------------------------
// Result

int BulkWriteJob::Result::count(Outcome outcome) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [outcome](const Item &item) { return item.outcome == outcome; }));
}

QList<qint64> BulkWriteJob::Result::ids(Outcome outcome) const
{
    QList<qint64> ids;
    for (const Item &item : items) {
        if (item.outcome == outcome)
            ids.append(item.id);
    }
    return ids;
}

QStringList BulkWriteJob::Result::errors() const
{
    QStringList lines;
    for (const Item &item : items) {
        if (item.outcome == Outcome::Failed) {
            //: %1 deployment number, %2 why it failed
            lines.append(BulkWriteJob::tr("#%1: %2").arg(QString::number(item.id), item.error));
        }
    }
    return lines;
}

QString BulkWriteJob::Result::summary() const
{
    const int total = int(items.size());
    const QString of = QLocale().toString(total);
    QStringList parts;
    switch (action) {
    case Action::MarkInactive:
        //: %1 of %2 (the count is %n)
        parts.append(BulkWriteJob::tr("%n of %1 marked inactive", nullptr, succeeded()).arg(of));
        break;
    case Action::Delete:
    case Action::MarkInactiveAndDelete:
        parts.append(BulkWriteJob::tr("%n of %1 deleted", nullptr, succeeded()).arg(of));
        break;
    }
    if (const int gone = count(Outcome::Gone))
        parts.append(BulkWriteJob::tr("%n no longer exist(s)", nullptr, gone));
    if (const int failed = count(Outcome::Failed))
        parts.append(BulkWriteJob::tr("%n failed", nullptr, failed));
    if (const int interrupted = count(Outcome::Interrupted)) {
        parts.append(BulkWriteJob::tr("%n interrupted (refresh to see GitHub's state)", nullptr,
                                      interrupted));
    }
    if (const int notAttempted = count(Outcome::NotAttempted))
        parts.append(BulkWriteJob::tr("%n not attempted", nullptr, notAttempted));
    //: Separates the parts of a result: "2 of 3 marked inactive; 1 no longer exists"
    QString text = parts.join(BulkWriteJob::tr("; "));
    if (!stopReason.isEmpty())
        //: %1 the result so far, %2 why the work stopped
        text = BulkWriteJob::tr("%1 (stopped: %2)").arg(text, stopReason);
    return text;
}

// ---------------------------------------------------------------------------------------------
// The job

BulkWriteJob::BulkWriteJob(RepositorySession *session, Action action,
                           const QList<qint64> &deploymentIds)
    : QObject(session)
    , m_session(session)
{
    m_result.action = action;
    for (qint64 id : deploymentIds) {
        const bool seen = std::any_of(m_result.items.cbegin(), m_result.items.cend(),
                                      [id](const Item &item) { return item.id == id; });
        if (!seen)
            m_result.items.append({id, Outcome::NotAttempted, {}});
    }
    // One connection per signal, filtered by the deployment being written.
    connect(session, &RepositorySession::writeFailed, this,
            [this](qint64 id, const GitHubError &error) {
                if (m_step == Step::MarkInactive && m_next < total() &&
                    m_result.items[m_next].id == id)
                    m_lastError = error;
            });
    connect(session, &RepositorySession::writeFinished, this,
            [this](qint64 id, bool ok, const QString &) { onStatusWritten(id, ok); });
    connect(session, &RepositorySession::deleteFinished, this, &BulkWriteJob::onDeleted);
}

BulkWriteJob::~BulkWriteJob()
{
    // A job destroyed while running still ends with a result.
    stop(tr("the window closed"));
}

QList<qint64> BulkWriteJob::deploymentIds() const
{
    QList<qint64> ids;
    for (const Item &item : m_result.items)
        ids.append(item.id);
    return ids;
}

void BulkWriteJob::start()
{
    if (m_started)
        return;
    m_started = true;
    Q_EMIT progress(0, total());
    next();
}

void BulkWriteJob::stop(const QString &reason)
{
    if (m_finished)
        return;
    if (m_step != Step::None && m_next < total())
        m_result.items[m_next].outcome = Outcome::Interrupted;
    m_step = Step::None;
    m_result.stopReason = reason;
    finish();
}

void BulkWriteJob::next()
{
    if (m_finished)
        return;
    DeploymentStore *store = m_session ? m_session->store() : nullptr;
    if (!store) {
        stop(tr("no repository is open"));
        return;
    }
    while (m_next < total()) {
        Item &item = m_result.items[m_next];
        const DeploymentStore::Entry *entry = store->find(item.id);
        if (!entry) {
            itemDone(Outcome::Gone);
            continue;
        }
        const bool inactive = entry->isInactive();
        switch (m_result.action) {
        case Action::MarkInactive:
            if (inactive) {
                itemDone(Outcome::AlreadyDone);
                continue;
            }
            writeInactive(item);
            return;
        case Action::Delete:
            writeDelete(item);
            return;
        case Action::MarkInactiveAndDelete:
            if (inactive)
                writeDelete(item);
            else
                writeInactive(item);
            return;
        }
    }
    finish();
}

void BulkWriteJob::writeInactive(Item &item)
{
    m_step = Step::MarkInactive;
    m_lastError = {};
    NewStatus status;
    status.state = StatusState::Inactive;
    if (!m_session->createStatus(item.id, status)) {
        m_step = Step::None;
        itemDone(Outcome::Failed, tr("a status for it is being posted already"));
        // Asynchronously, so a long list of refusals cannot recurse.
        QTimer::singleShot(0, this, &BulkWriteJob::next);
    }
}

void BulkWriteJob::writeDelete(Item &item)
{
    m_step = Step::Delete;
    m_session->deleteDeployment(item.id);
}

void BulkWriteJob::onStatusWritten(qint64 deploymentId, bool ok)
{
    if (m_finished || m_step != Step::MarkInactive || m_next >= total() ||
        m_result.items[m_next].id != deploymentId)
        return;
    m_step = Step::None;
    if (!ok) {
        const GitHubError error = std::exchange(m_lastError, {});
        if (error.kind == GitHubError::Kind::NotFound)
            itemDone(Outcome::Gone);
        else
            itemDone(Outcome::Failed, error.isError() ? error.toDisplayString()
                                                      : tr("GitHub did not accept the status"));
    } else if (m_result.action == Action::MarkInactiveAndDelete) {
        writeDelete(m_result.items[m_next]);
        return;
    } else {
        itemDone(Outcome::Done);
    }
    next();
}

void BulkWriteJob::onDeleted(qint64 deploymentId, bool ok, const GitHubError &error)
{
    if (m_finished || m_step != Step::Delete || m_next >= total() ||
        m_result.items[m_next].id != deploymentId)
        return;
    m_step = Step::None;
    if (ok)
        itemDone(Outcome::Done);
    else if (error.kind == GitHubError::Kind::NotFound)
        itemDone(Outcome::Gone);
    else
        itemDone(Outcome::Failed, error.toDisplayString());
    next();
}

void BulkWriteJob::itemDone(Outcome outcome, const QString &error)
{
    Item &item = m_result.items[m_next];
    item.outcome = outcome;
    item.error = error;
    ++m_next;
    Q_EMIT progress(m_next, total());
}

void BulkWriteJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_result);
}
