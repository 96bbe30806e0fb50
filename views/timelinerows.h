#pragma once

#include "models/statusstate.h"
#include "timelinelayout.h"

#include <QAbstractItemModel>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

#include <functional>

class QModelIndex;

// One status on a deployment's bar.
struct TimelineMarker
{
    qint64 msecs = 0; // ms since the epoch (UTC)
    StatusState state = StatusState::NoStatus;
};

// How one deployment's bar looks, read from the model when the view lays out (never while
// painting).
struct TimelineBarLook
{
    StatusState state = StatusState::NoStatus;
    bool active = false;
    bool pendingWrite = false;
    QString label; // "ref · sha7"
    // The label's width in its font (bold when active), measured at its first paint: a label
    // that fits is drawn without eliding it again every frame. A font change relays out.
    mutable int labelWidth = -1;
    QVector<TimelineMarker> markers; // sorted by time
};

// The statuses of the deployment at a (column 0) index, in any order.
using TimelineMarkerProvider = std::function<QVector<TimelineMarker>(const QModelIndex &index)>;

// What the timeline reads from its models: a bar (for TimelineLayout) and a look (for
// TimelinePainter) per deployment row, and the lane order from an environment model.
class TimelineRows : public QObject
{
    Q_OBJECT
public:
    // What a dataChanged() means for the timeline.
    enum class Change { None, Repaint, Relayout };

    explicit TimelineRows(QObject *parent = nullptr);

    void setMarkerProvider(TimelineMarkerProvider provider);

    // Lane order, top first: the environment model's rows (EnvironmentRoles::NameRole), followed
    // as it changes; or a list. Not owned.
    void setEnvironmentModel(QAbstractItemModel *environments);
    QAbstractItemModel *environmentModel() const { return m_environmentModel; }
    void setLaneOrder(const QStringList &environments);
    QStringList laneOrder() const { return m_laneOrder; }

    // Reads every row of model under root (column 0): the looks by row, and the bars of the rows
    // that have a time (CreatedAtRole, else UpdatedAtRole).
    QVector<TimelineLayout::Bar> read(const QAbstractItemModel *model, const QModelIndex &root);
    const QVector<TimelineBarLook> &looks() const { return m_looks; }
    // Reads rows first..last again after dataChanged(roles) (empty: all roles). Relayout when a
    // bar moved, changed lane or is not laid out; the looks are then left as they were.
    Change update(const QAbstractItemModel *model, const QModelIndex &root, int first, int last,
                  const QList<int> &roles, const TimelineLayout &layout);

    // A deployment's look. Without a marker provider: one marker, the latest state at
    // UpdatedAtRole.
    static TimelineBarLook look(const QModelIndex &index,
                                const TimelineMarkerProvider &markerProvider);
    // Ref, SHA, environment, state, creator, times and description, HTML-escaped (API text
    // stays plain text).
    static QString toolTip(const QModelIndex &index, const QDateTime &now);

signals:
    void laneOrderChanged();

private:
    void readLaneOrder();
    static bool readBar(const QModelIndex &index, TimelineLayout::Bar *bar);

    TimelineMarkerProvider m_markerProvider;
    QPointer<QAbstractItemModel> m_environmentModel;
    QStringList m_laneOrder;
    QVector<TimelineBarLook> m_looks; // by row
};
