#pragma once

#include "models/statusstate.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPixmap>
#include <QVector>

#include <functional>

class QTimer;

// Deployments on a time axis: one lane per environment (production first, previews last), one
// bar per deployment from its creation to its end (EndTimeRole, or now while live), coloured by
// its latest state, with a marker for each status. Reads DeploymentRoles from any model
// (a proxy is fine: it only uses column 0 and row numbers) and can share its selection model
// with a QTableView. Paints only what is visible from a per-lane layout cache.
class TimelineView : public QAbstractItemView
{
    Q_OBJECT
public:
    // One status on a deployment's bar.
    struct Marker
    {
        qint64 msecs = 0; // ms since the epoch (UTC)
        StatusState state = StatusState::NoStatus;
    };
    // The statuses of the deployment at a (column 0) index, in any order. Called when the view
    // lays out (never while painting). The default provider gives one marker: the latest state
    // (StateRole) at UpdatedAtRole, when the deployment has a status.
    using MarkerProvider = std::function<QVector<Marker>(const QModelIndex &index)>;
    using Clock = std::function<QDateTime()>;

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // "Now" for live bars, the now line and scrollToNow(); the system clock by default.
    void setClock(Clock clock);
    QDateTime now() const;
    void setMarkerProvider(MarkerProvider provider);

    // Zoom: seconds of time per pixel (0.25 s .. about 2 months per 100 px).
    double secondsPerPixel() const { return m_secondsPerPixel; }
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
    struct Item
    {
        int row = -1;
        qint64 start = 0; // ms since epoch
        qint64 end = -1;  // ms since epoch; -1 while live (ends now)
        StatusState state = StatusState::NoStatus;
        bool active = false;
        bool pendingWrite = false;
        int track = 0; // sub-row inside the lane, for overlapping bars
        QString label; // "ref · sha7"
        // The label's width in its font (bold when active), measured at its first paint: a
        // label that fits is drawn without eliding it again every frame. A font change relays
        // out, which makes new items.
        mutable int labelWidth = -1;
        QVector<Marker> markers;
    };
    struct Lane
    {
        QString name;
        int rank = 0;
        int tracks = 1;
        int top = 0; // content y (before vertical scrolling)
        int height = 0;
        QVector<Item> items;    // sorted by start
        QVector<qint64> maxEnd; // maxEnd[i] = max end of items[0..i] (live = INT64_MAX)
    };

    void ensureLayout() const;
    void relayout();
    void invalidateLayout();
    void onRowsRemoved();
    void onLayoutChanged();
    void updateTimeRange();
    void updateScrollBars();
    qint64 nowMsecs() const;
    qint64 itemEnd(const Item &item, qint64 now) const;
    double xForMsecs(qint64 msecs) const;
    qint64 msecsAt(double viewportX) const;
    QRect itemRect(const Lane &lane, const Item &item, qint64 now) const;
    // First and one-past-last item of lane that may intersect [from, to].
    std::pair<int, int> visibleItems(const Lane &lane, qint64 from, qint64 to) const;
    // lane, item for a model row; {-1, -1} when not laid out.
    std::pair<int, int> locate(int row) const;
    QModelIndex indexForItem(int lane, int item) const;
    int trackHeight() const;
    void updateMetrics();
    int computeLaneLabelWidth() const;
    void paintAxis(QPainter *painter, const QRect &area) const;
    void paintLanes(QPainter *painter, const QRect &area) const;
    const QPixmap &badgePixmap(StatusState state, int size) const;
    void setHorizontalValueForTime(qint64 msecs, double viewportX);

    Clock m_clock;
    MarkerProvider m_markerProvider;
    double m_secondsPerPixel = 60.0;
    qint64 m_rangeStart = 0; // time at content x = 0
    qint64 m_rangeEnd = 0;
    mutable bool m_layoutDirty = true;
    mutable QVector<Lane> m_lanes;
    mutable QHash<int, std::pair<int, int>> m_rowToItem;
    int m_contentHeight = 0;
    int m_labelWidth = 90;
    int m_trackHeight = 24;
    int m_axisHeight = 40;
    mutable QHash<quint32, QPixmap> m_badgeCache;
    QTimer *m_nowTimer = nullptr;
    QPoint m_pressPos;
    int m_pressHorizontalValue = 0;
    int m_pressVerticalValue = 0;
    bool m_panning = false;
    bool m_pressed = false;
    QPersistentModelIndex m_pressedIndex;
    bool m_hasScrolledInitially = false;
};
