#include "visibledeployments.h"

#include "views/timelineview.h"

#include "models/deploymentroles.h"
#include "models/repositorysession.h"

#include <algorithm>

#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTimer>

VisibleDeployments::VisibleDeployments(RepositorySession *session, QAbstractItemModel *model,
                                       QTableView *table, TimelineView *timeline, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_table(table)
    , m_timeline(timeline)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &VisibleDeployments::update);
    for (QAbstractScrollArea *view : {static_cast<QAbstractScrollArea *>(table),
                                      static_cast<QAbstractScrollArea *>(timeline)}) {
        for (QScrollBar *bar : {view->verticalScrollBar(), view->horizontalScrollBar()}) {
            connect(bar, &QScrollBar::valueChanged, this, &VisibleDeployments::schedule);
            connect(bar, &QScrollBar::rangeChanged, this, &VisibleDeployments::schedule); // resized
        }
    }
    connect(model, &QAbstractItemModel::rowsInserted, this, &VisibleDeployments::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &VisibleDeployments::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &VisibleDeployments::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &VisibleDeployments::schedule);
}

void VisibleDeployments::schedule()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void VisibleDeployments::update()
{
    if (!m_session || !m_session->store() || !m_table || !m_timeline)
        return;
    QList<qint64> ids;
    QSet<qint64> seen;
    const auto add = [&](const QModelIndex &index) {
        const qint64 id = index.data(DeploymentRoles::IdRole).toLongLong();
        if (id != 0 && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    const int rows = m_model->rowCount();
    const QRect tableArea = m_table->viewport()->rect();
    if (m_table->isVisible() && !tableArea.isEmpty() && rows > 0) {
        // By row only: the column at x = 0 may be hidden or moved.
        const int first = m_table->rowAt(tableArea.top());
        int last = m_table->rowAt(tableArea.bottom());
        if (last < 0)
            last = rows - 1; // the rows end above the bottom of the viewport
        for (int row = std::max(0, first); first >= 0 && row <= last; ++row)
            add(m_model->index(row, 0));
    }
    const QRect timelineArea = m_timeline->viewport()->rect();
    if (m_timeline->isVisible() && !timelineArea.isEmpty()) {
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (m_timeline->visualRect(index).intersects(timelineArea))
                add(index);
        }
    }
    // std::equal, not QList::operator==: for two empty lists, one never allocated, Qt 6.4's
    // calls memcmp(nullptr, p, 0), which is undefined (UBSan: null pointer passed as argument).
    if (std::equal(ids.cbegin(), ids.cend(), m_lastIds.cbegin(), m_lastIds.cend()))
        return;
    m_lastIds = ids;
    m_session->setVisibleDeployments(ids);
}
