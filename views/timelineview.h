#pragma once

#include "models/statusstate.h"
#include "timelinelayout.h"
#include "timelinepainter.h"
#include "timelinerows.h"
#include "timescale.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QStringList>
#include <QVector>

#include <functional>

class QTimer;

// Deployments on a time axis: one lane per environment in EnvironmentModel's order, one bar per
// deployment from its creation to its end (EndTimeRole, or now while live), coloured by its
// latest state, with a marker for each status. Reads DeploymentRoles from any model (a proxy is
// fine: it only uses column 0 and row numbers) and can share its selection model with a
// QTableView. TimelineRows reads the models, TimelineLayout (lanes, tracks) and TimeScale (time
// <-> x, axis) hold the geometry, TimelinePainter draws; this class holds the state and handles
// input (in timelineviewinput.cpp). Opens with the top lane and now in view.
class TimelineView : public QAbstractItemView
{
    Q_OBJECT
public:
    using Marker = TimelineMarker;
    // The statuses of the deployment at a (column 0) index, in any order. Called when the view
    // lays out (never while painting). The default provider gives one marker: the latest state
    // (StateRole) at UpdatedAtRole, when the deployment has a status.
    using MarkerProvider = TimelineMarkerProvider;
    using Clock = std::function<QDateTime()>;

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // "Now" for live bars, the now line and scrollToNow(); the system clock by default.
    void setClock(Clock clock);
    QDateTime now() const;
    void setMarkerProvider(MarkerProvider provider);

    // Lane order, top first: the rows of an environment model (EnvironmentRoles::NameRole),
    // followed as it changes. Lanes of environments it does not list (yet) come after, in
    // natural name order. Not owned; nullptr goes back to name order.
    void setEnvironmentModel(QAbstractItemModel *environments);
    QAbstractItemModel *environmentModel() const;
    // The same without a model (an environment model replaces it on its next change).
    void setLaneOrder(const QStringList &environments);
    QStringList laneOrder() const;

    // Zoom: seconds of time per pixel (0.25 s .. about 2 months per 100 px).
    double secondsPerPixel() const { return m_scale.secondsPerPixel(); }
    void setSecondsPerPixel(double secondsPerPixel);
    // Zooms by factor (> 1 zooms in) keeping the time under viewport x where it is.
    void zoomAt(double factor, int viewportX);

    // Mapping between time and viewport x (valid for x right of the lane labels).
    QDateTime timeAt(int viewportX) const;
    double xForTime(const QDateTime &time) const;
    // Width of the lane label column and height of the time axis, in viewport pixels.
    int laneLabelWidth() const;
    int axisHeight() const;

    // Lanes (environments) in display order.
    int laneCount() const;
    QString laneName(int lane) const;
    // The lane at viewport y, or -1.
    int laneAt(int viewportY) const;

    // The geometry as laid out now (for tests and the legend's sizes): lanes and tracks, the
    // time scale (its origin is the header width), and the axis as painted.
    const TimelineLayout &timelineLayout() const;
    const TimeScale &timeScale() const;
    TimeScale::Axis axis() const;
    // The viewport rect of a lane's header (lane name and deployment count).
    QRect laneHeaderRect(int lane) const;

    // The tooltip shown for a deployment: ref, SHA, environment, state, creator, time,
    // description; HTML-escaped (API text stays plain text).
    QString toolTipText(const QModelIndex &index) const;

    QModelIndex indexAt(const QPoint &point) const override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;

public slots:
    // Jumps so that now is visible (near the right edge).
    void scrollToNow();
    void zoomIn();
    void zoomOut();
    // Fits every deployment into the viewport.
    void zoomToFit();
    void reset() override;

signals:
    // Right-click on a deployment (index valid) or on empty space (index invalid).
    void contextMenuRequested(const QModelIndex &index, const QPoint &globalPos);
    void zoomChanged(double secondsPerPixel);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(const QItemSelection &selected,
                          const QItemSelection &deselected) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex &index,
                                                         const QEvent *event) const override;

    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void ensureLayout() const;
    void relayout();
    void invalidateLayout();
    void updateTimeRange();
    void updateScrollBars();
    // Production at the top, now in view: where the view opens and stays until the user moves.
    void goHome();
    void stopFollowingHome() { m_followHome = false; }
    qint64 nowMsecs() const;
    qint64 itemEnd(const TimelineLayout::Item &item, qint64 now) const;
    QRect itemRect(int lane, int item, qint64 now) const;
    QModelIndex indexForItem(int lane, int item) const;
    void updateMetrics();

    Clock m_clock;
    TimelineRows *m_rows = nullptr;
    TimeScale m_scale;
    TimelineLayout m_layout;
    TimelinePainter m_painter;
    mutable bool m_layoutDirty = true;
    bool m_syncingScrollBars = false;
    int m_labelWidth = 90;
    int m_trackHeight = 24;
    int m_axisHeight = 40;
    QTimer *m_nowTimer = nullptr;
    QPoint m_pressPos;
    int m_pressHorizontalValue = 0;
    int m_pressVerticalValue = 0;
    bool m_panning = false;
    bool m_pressed = false;
    QPersistentModelIndex m_pressedIndex;
    bool m_followHome = true;
    bool m_navigating = false;      // in keyPressEvent: a current change is the user's
    bool m_currentNotShown = false; // current changed without scrolling to it
};
