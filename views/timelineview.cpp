#include "timelineview.h"

#include "models/deploymentroles.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace {

constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
constexpr int minBarWidth = TimelinePainter::minBarWidth;
// Where scrollToNow() puts now: most of the time area shows the past.
constexpr double nowPosition = 0.85;

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_rows(new TimelineRows(this))
    , m_nowTimer(new QTimer(this))
{
    connect(m_rows, &TimelineRows::laneOrderChanged, this, &TimelineView::invalidateLayout);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAutoScroll(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
    updateMetrics();

    // The scale owns the horizontal position; the scroll bar shows it and moves it.
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_syncingScrollBars)
            m_scale.setOffset(value);
    });
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::actionTriggered, this, &TimelineView::stopFollowingHome);

    m_nowTimer->setInterval(30 * 1000);
    connect(m_nowTimer, &QTimer::timeout, this, [this] {
        if (m_layoutDirty || !isVisible())
            return;
        const qint64 left = m_scale.msecsAt(m_labelWidth);
        updateTimeRange();
        if (m_followHome)
            m_scale.scrollTo(nowMsecs(), m_labelWidth + m_scale.viewWidth() * nowPosition);
        else
            m_scale.scrollTo(left, m_labelWidth);
        updateScrollBars();
        viewport()->update();
    });
    m_nowTimer->start();
}

TimelineView::~TimelineView() = default;

void TimelineView::setClock(Clock clock)
{
    m_clock = std::move(clock);
    invalidateLayout();
}

QDateTime TimelineView::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

qint64 TimelineView::nowMsecs() const
{
    return now().toMSecsSinceEpoch();
}

void TimelineView::setMarkerProvider(MarkerProvider provider)
{
    m_rows->setMarkerProvider(std::move(provider));
    invalidateLayout();
}

// --- lane order ----------------------------------------------------------------------------

void TimelineView::setEnvironmentModel(QAbstractItemModel *environments)
{
    m_rows->setEnvironmentModel(environments);
}

QAbstractItemModel *TimelineView::environmentModel() const
{
    return m_rows->environmentModel();
}

void TimelineView::setLaneOrder(const QStringList &environments)
{
    m_rows->setLaneOrder(environments);
}

QStringList TimelineView::laneOrder() const
{
    return m_rows->laneOrder();
}

// --- model plumbing ------------------------------------------------------------------------

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QAbstractItemView::setModel(model);
    if (model) {
        using Model = QAbstractItemModel;
        connect(model, &Model::rowsRemoved, this, &TimelineView::invalidateLayout);
        connect(model, &Model::rowsMoved, this, &TimelineView::invalidateLayout);
        connect(model, &Model::layoutChanged, this, &TimelineView::invalidateLayout);
        connect(model, &Model::modelReset, this, &TimelineView::invalidateLayout);
    }
    m_followHome = true;
    invalidateLayout();
}

void TimelineView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QAbstractItemView::setSelectionModel(selectionModel);
    viewport()->update();
}

void TimelineView::reset()
{
    QAbstractItemView::reset();
    invalidateLayout();
}

void TimelineView::invalidateLayout()
{
    m_layoutDirty = true;
    viewport()->update();
}

void TimelineView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    if (topLeft.parent() != rootIndex())
        return;
    if (m_layoutDirty) {
        viewport()->update();
        return;
    }
    switch (
        m_rows->update(model(), rootIndex(), topLeft.row(), bottomRight.row(), roles, m_layout)) {
    case TimelineRows::Change::Relayout:
        invalidateLayout();
        break;
    case TimelineRows::Change::Repaint:
        viewport()->update();
        break;
    case TimelineRows::Change::None:
        break;
    }
}

void TimelineView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    if (parent == rootIndex())
        invalidateLayout();
}

void TimelineView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    if (parent == rootIndex())
        invalidateLayout();
}

// --- layout --------------------------------------------------------------------------------

int TimelineView::axisHeight() const
{
    return m_axisHeight;
}

void TimelineView::updateMetrics()
{
    m_trackHeight = TimelinePainter::trackHeight(font());
    m_axisHeight = TimelinePainter::axisHeight(font());
}

int TimelineView::laneLabelWidth() const
{
    ensureLayout();
    return m_labelWidth;
}

const TimelineLayout &TimelineView::timelineLayout() const
{
    ensureLayout();
    return m_layout;
}

const TimeScale &TimelineView::timeScale() const
{
    ensureLayout();
    return m_scale;
}

TimeScale::Axis TimelineView::axis() const
{
    ensureLayout();
    return m_scale.axis(TimelinePainter::axisText(font(), m_axisHeight), nowMsecs());
}

QRect TimelineView::laneHeaderRect(int lane) const
{
    ensureLayout();
    if (lane < 0 || lane >= m_layout.laneCount())
        return {};
    const TimelineLayout::Lane &l = m_layout.lane(lane);
    return QRect(0, m_axisHeight + l.top - verticalScrollBar()->value(), m_labelWidth - 1,
                 l.height);
}

void TimelineView::ensureLayout() const
{
    if (m_layoutDirty)
        const_cast<TimelineView *>(this)->relayout();
}

void TimelineView::relayout()
{
    // Keep the time at the left edge where it is across the relayout.
    const bool hadLayout = m_layout.laneCount() > 0;
    const qint64 leftTime = m_scale.msecsAt(m_labelWidth);

    m_layoutDirty = false;
    updateMetrics();
    const QVector<TimelineLayout::Bar> bars = m_rows->read(model(), rootIndex());
    m_layout.setMetrics(m_trackHeight, TimelinePainter::lanePadding);
    m_layout.setLaneOrder(m_rows->laneOrder());
    m_layout.setBars(bars);
    m_labelWidth = TimelinePainter::headerWidth(m_layout, font());

    updateTimeRange();
    updateScrollBars();
    if (m_followHome && !bars.isEmpty())
        goHome();
    else if (hadLayout)
        m_scale.scrollTo(leftTime, m_labelWidth);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::goHome()
{
    verticalScrollBar()->setValue(0);
    m_scale.scrollTo(nowMsecs(), m_labelWidth + m_scale.viewWidth() * nowPosition);
    updateScrollBars();
}

void TimelineView::updateTimeRange()
{
    const qint64 now = nowMsecs();
    qint64 first = 0;
    qint64 last = 0;
    if (!m_layout.timeSpan(now, &first, &last)) {
        first = now - 7 * msPerDay;
        last = now;
    }
    last = qMax(last, now);
    const qint64 pad = qMax(msPerDay, (last - first) / 20);
    m_scale.setRange(first - pad, last + pad);
}

void TimelineView::updateScrollBars()
{
    const int timeWidth = qMax(1, viewport()->width() - m_labelWidth);
    m_scale.setViewport(m_labelWidth, timeWidth);
    QScrollBar *h = horizontalScrollBar();
    const int offset = m_scale.offset();
    m_syncingScrollBars = true;
    h->setRange(0, m_scale.maxOffset());
    h->setPageStep(timeWidth);
    h->setSingleStep(qMax(1, timeWidth / 20));
    h->setValue(offset);
    m_syncingScrollBars = false;
    m_scale.setOffset(offset);

    const int visibleHeight = qMax(0, viewport()->height() - m_axisHeight);
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, qMax(0, m_layout.contentHeight() - visibleHeight));
    v->setPageStep(visibleHeight);
    v->setSingleStep(m_trackHeight);
}

void TimelineView::updateGeometries()
{
    ensureLayout();
    updateScrollBars();
    QAbstractItemView::updateGeometries();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    updateScrollBars();
    if (m_followHome && !m_layoutDirty && m_layout.laneCount() > 0)
        goHome();
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    viewport()->update();
}

int TimelineView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int TimelineView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

QDateTime TimelineView::timeAt(int viewportX) const
{
    ensureLayout();
    return QDateTime::fromMSecsSinceEpoch(m_scale.msecsAt(viewportX), Qt::UTC);
}

double TimelineView::xForTime(const QDateTime &time) const
{
    ensureLayout();
    return m_scale.xForMsecs(time.toMSecsSinceEpoch());
}

void TimelineView::setSecondsPerPixel(double secondsPerPixel)
{
    ensureLayout();
    const int centre = m_labelWidth + m_scale.viewWidth() / 2;
    zoomAt(m_scale.secondsPerPixel() / qMax(1e-9, secondsPerPixel), centre);
}

void TimelineView::zoomAt(double factor, int viewportX)
{
    ensureLayout();
    m_followHome = false;
    const bool changed = m_scale.zoomAt(factor, viewportX);
    updateScrollBars();
    viewport()->update();
    if (changed)
        emit zoomChanged(m_scale.secondsPerPixel());
}

void TimelineView::zoomIn()
{
    setSecondsPerPixel(m_scale.secondsPerPixel() / 1.5);
}

void TimelineView::zoomOut()
{
    setSecondsPerPixel(m_scale.secondsPerPixel() * 1.5);
}

void TimelineView::zoomToFit()
{
    ensureLayout();
    m_followHome = false;
    m_scale.fit();
    updateScrollBars();
    viewport()->update();
    emit zoomChanged(m_scale.secondsPerPixel());
}

void TimelineView::scrollToNow()
{
    ensureLayout();
    m_scale.scrollTo(nowMsecs(), m_labelWidth + m_scale.viewWidth() * nowPosition);
    updateScrollBars();
    viewport()->update();
}

// --- geometry of items ---------------------------------------------------------------------

qint64 TimelineView::itemEnd(const TimelineLayout::Item &item, qint64 now) const
{
    return item.end < 0 ? qMax(now, item.start) : item.end;
}

QRect TimelineView::itemRect(int lane, int item, qint64 now) const
{
    return TimelinePainter::barRect(m_layout, m_scale, lane, item, now,
                                    m_axisHeight - verticalScrollBar()->value());
}

QModelIndex TimelineView::indexForItem(int lane, int item) const
{
    if (!model() || lane < 0 || lane >= m_layout.laneCount() || item < 0 ||
        item >= m_layout.lane(lane).items.size())
        return {};
    return model()->index(m_layout.lane(lane).items.at(item).row, 0, rootIndex());
}

int TimelineView::laneCount() const
{
    ensureLayout();
    return m_layout.laneCount();
}

QString TimelineView::laneName(int lane) const
{
    ensureLayout();
    return lane >= 0 && lane < m_layout.laneCount() ? m_layout.lane(lane).name : QString();
}

int TimelineView::laneAt(int viewportY) const
{
    ensureLayout();
    if (viewportY < m_axisHeight)
        return -1;
    return m_layout.laneAt(viewportY - m_axisHeight + verticalScrollBar()->value());
}

QModelIndex TimelineView::indexAt(const QPoint &point) const
{
    ensureLayout();
    if (point.x() < m_labelWidth)
        return {};
    const int laneIndex = laneAt(point.y());
    if (laneIndex < 0)
        return {};
    const qint64 now = nowMsecs();
    const auto [first, last] = m_layout.itemsIn(
        laneIndex, m_scale.msecsAt(point.x() - minBarWidth - 2), m_scale.msecsAt(point.x() + 2));
    int best = -1;
    double bestDistance = 0;
    for (int i = first; i < last; ++i) {
        const QRect rect = itemRect(laneIndex, i, now);
        if (!rect.contains(point))
            continue;
        const double distance = qAbs(rect.center().x() - point.x());
        // Later items paint on top: on a tie, prefer them.
        if (best < 0 || distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best < 0 ? QModelIndex() : indexForItem(laneIndex, best);
}

QRect TimelineView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex())
        return {};
    ensureLayout();
    const auto [lane, item] = m_layout.locate(index.row());
    if (lane < 0)
        return {};
    return itemRect(lane, item, nowMsecs());
}

bool TimelineView::isIndexHidden(const QModelIndex &index) const
{
    ensureLayout();
    return index.isValid() && m_layout.locate(index.row()).first < 0;
}

void TimelineView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // Another view may make a row current without selecting it (a table taking focus makes
    // its first row current): not a request to look at it, and it would scroll the timeline
    // away from production when the window opens.
    const bool look = m_navigating || !current.isValid() || !selectionModel() ||
                      selectionModel()->isSelected(current) ||
                      selectionModel()->isRowSelected(current.row(), current.parent());
    m_currentNotShown = !look;
    if (look) {
        QAbstractItemView::currentChanged(current, previous);
        return;
    }
    const bool autoScroll = hasAutoScroll();
    setAutoScroll(false);
    QAbstractItemView::currentChanged(current, previous);
    setAutoScroll(autoScroll);
}

void TimelineView::selectionChanged(const QItemSelection &selected,
                                    const QItemSelection &deselected)
{
    QAbstractItemView::selectionChanged(selected, deselected);
    // Selecting the row that was made current without a look (above) is a request to see it.
    if (m_currentNotShown && selected.contains(currentIndex())) {
        m_currentNotShown = false;
        if (hasAutoScroll())
            scrollTo(currentIndex());
    }
}

void TimelineView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    ensureLayout();
    const auto [laneIndex, itemIndex] = m_layout.locate(index.row());
    if (laneIndex < 0 || index.parent() != rootIndex())
        return;
    m_followHome = false;
    const TimelineLayout::Item &item = m_layout.lane(laneIndex).items.at(itemIndex);
    m_scale.show(item.start, itemEnd(item, nowMsecs()), hint == PositionAtCenter);
    updateScrollBars();
    // Vertically: the whole lane.
    verticalScrollBar()->setValue(m_layout.scrollTopFor(
        laneIndex, verticalScrollBar()->value(), viewport()->height() - m_axisHeight,
        hint == PositionAtTop, hint == PositionAtBottom));
    viewport()->update();
}

QModelIndex TimelineView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    ensureLayout();
    if (m_layout.laneCount() == 0)
        return {};
    const QModelIndex current = currentIndex();
    auto [laneIndex, itemIndex] =
        current.isValid() ? m_layout.locate(current.row()) : std::pair{-1, -1};
    if (laneIndex < 0) {
        // Nothing current yet: start at the top lane's item nearest the middle of the screen.
        const qint64 centre = m_scale.msecsAt(m_labelWidth + m_scale.viewWidth() / 2.0);
        return indexForItem(0, qMax(0, m_layout.lastStartingBefore(0, centre)));
    }
    using Move = TimelineLayout::Move;
    const bool ctrl = modifiers & Qt::ControlModifier;
    Move move = Move::Next;
    switch (cursorAction) {
    case MoveLeft:
    case MovePrevious:
        move = Move::Previous;
        break;
    case MoveRight:
    case MoveNext:
        move = Move::Next;
        break;
    case MoveHome:
        move = ctrl ? Move::First : Move::LaneStart;
        break;
    case MoveEnd:
        move = ctrl ? Move::Last : Move::LaneEnd;
        break;
    case MoveUp:
        move = Move::Up;
        break;
    case MoveDown:
        move = Move::Down;
        break;
    case MovePageUp:
        move = Move::TopLane;
        break;
    case MovePageDown:
        move = Move::BottomLane;
        break;
    }
    // Another lane's nearest item to the middle of what shows of the current bar.
    const qint64 now = nowMsecs();
    const TimelineLayout::Item &item = m_layout.lane(laneIndex).items.at(itemIndex);
    const qint64 from = qMax(item.start, m_scale.msecsAt(m_labelWidth));
    const qint64 to = qMin(itemEnd(item, now), m_scale.msecsAt(viewport()->width()));
    const qint64 time = from <= to ? from + (to - from) / 2 : item.start;
    const auto [lane, target] = m_layout.move(laneIndex, itemIndex, move, time, now);
    return indexForItem(lane, target);
}

QItemSelectionModel::SelectionFlags TimelineView::selectionCommand(const QModelIndex &index,
                                                                   const QEvent *event) const
{
    QItemSelectionModel::SelectionFlags flags = QAbstractItemView::selectionCommand(index, event);
    if (flags != QItemSelectionModel::NoUpdate)
        flags |= QItemSelectionModel::Rows;
    return flags;
}

void TimelineView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    ensureLayout();
    if (!selectionModel() || !model())
        return;
    const QRect area = rect.normalized();
    const qint64 now = nowMsecs();
    QItemSelection selection;
    const qint64 from = m_scale.msecsAt(area.left() - minBarWidth - 1);
    const qint64 to = m_scale.msecsAt(area.right() + 1);
    for (int l = 0; l < m_layout.laneCount(); ++l) {
        const auto [first, last] = m_layout.itemsIn(l, from, to);
        for (int i = first; i < last; ++i) {
            if (itemRect(l, i, now).intersects(area)) {
                const QModelIndex index = indexForItem(l, i);
                selection.select(index, index);
            }
        }
    }
    selectionModel()->select(selection, command | QItemSelectionModel::Rows);
}

QRegion TimelineView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const QRect bounds = viewport()->rect();
    for (const QItemSelectionRange &range : selection) {
        if (range.parent() != rootIndex())
            continue;
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QRect rect = visualRect(range.model()->index(row, 0, rootIndex()));
            if (rect.intersects(bounds))
                region += rect.adjusted(-3, -3, 3, 3) & bounds;
        }
    }
    return region;
}

// --- painting ------------------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    ensureLayout();
    TimelinePainter::Frame frame;
    frame.layout = &m_layout;
    frame.scale = &m_scale;
    frame.looks = &m_rows->looks();
    frame.viewport = viewport()->rect();
    frame.axisHeight = m_axisHeight;
    frame.verticalOffset = verticalScrollBar()->value();
    frame.now = nowMsecs();
    frame.hasFocus = hasFocus();
    frame.palette = palette();
    frame.font = font();
    frame.devicePixelRatio = viewport()->devicePixelRatioF();
    // Which rows are selected, once per frame (no per-item selection-model queries).
    if (model() && selectionModel()) {
        frame.selected.resize(model()->rowCount(rootIndex()));
        for (const QItemSelectionRange &range : selectionModel()->selection()) {
            if (range.parent() != rootIndex())
                continue;
            for (int row = range.top(); row <= range.bottom() && row < frame.selected.size(); ++row)
                frame.selected.setBit(row);
        }
        const QModelIndex current = selectionModel()->currentIndex();
        if (current.isValid() && current.parent() == rootIndex())
            frame.currentRow = current.row();
    }
    QPainter painter(viewport());
    m_painter.paint(&painter, frame);
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        m_painter.clearCache();
        viewport()->update();
        break;
    case QEvent::FontChange:
        updateMetrics();
        invalidateLayout();
        break;
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        // The deployment counts in the lane headers change width.
        invalidateLayout();
        break;
    default:
        break;
    }
    QAbstractItemView::changeEvent(event);
}
