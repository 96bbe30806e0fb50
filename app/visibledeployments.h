#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QTableView;
class QTimer;
class RepositorySession;
class TimelineView;

// Tells the session which deployments are on screen (the table's rows, then the timeline's
// bars), so their statuses are fetched first: worked out once per event-loop turn, however many
// scroll events or model changes the turn brought.
class VisibleDeployments : public QObject
{
    Q_OBJECT
public:
    VisibleDeployments(RepositorySession *session, QAbstractItemModel *model, QTableView *table,
                       TimelineView *timeline, QObject *parent = nullptr);

    // The session forgot them (a new store): the next update tells it again.
    void reset() { m_lastIds.clear(); }
    // Works it out on the next event-loop turn.
    void schedule();

private:
    void update();

    RepositorySession *m_session = nullptr;
    QAbstractItemModel *m_model = nullptr;
    QPointer<QTableView> m_table;
    QPointer<TimelineView> m_timeline;
    QTimer *m_timer = nullptr;
    QList<qint64> m_lastIds;
};
