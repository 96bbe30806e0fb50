#include "timelineview.h"

#include "models/deploymentroles.h"
#include "statestyle.h"
#include "timeformat.h"

#include <QApplication>
#include <QBitArray>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>
#include <QtMath>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 msPerMinute = 60 * 1000;
constexpr qint64 msPerHour = 60 * msPerMinute;
constexpr qint64 msPerDay = 24 * msPerHour;
constexpr qint64 liveEnd = std::numeric_limits<qint64>::max();
constexpr double minSecondsPerPixel = 0.25;
constexpr int minBarWidth = 5;
constexpr int maxTracks = 3;
constexpr int lanePadding = 6;
constexpr int trackGap = 8;

// production first, then staging, qa, others, previews (transient) last.
int laneRank(const QString &name, bool production, bool transient)
{
    const QString lower = name.toLower();
    if (transient || lower.startsWith(QLatin1String("pr-")) ||
        lower.contains(QLatin1String("preview")) || lower.contains(QLatin1String("review")))
        return 4;
    if (production || lower == QLatin1String("prod") || lower.startsWith(QLatin1String("prod")))
        return 0;
    if (lower.contains(QLatin1String("stag")))
        return 1;
    if (lower == QLatin1String("qa") || lower.contains(QLatin1String("qa")) ||
        lower.contains(QLatin1String("test")))
        return 2;
    return 3;
}

enum class TickUnit { Minute, Hour, Day, Week, Month, Year };
struct TickStep
{
    TickUnit unit;
    int count;
    qint64 approxMs;
};

const TickStep tickSteps[] = {
    {TickUnit::Minute, 1, msPerMinute},       {TickUnit::Minute, 2, 2 * msPerMinute},
    {TickUnit::Minute, 5, 5 * msPerMinute},   {TickUnit::Minute, 10, 10 * msPerMinute},
    {TickUnit::Minute, 15, 15 * msPerMinute}, {TickUnit::Minute, 30, 30 * msPerMinute},
    {TickUnit::Hour, 1, msPerHour},           {TickUnit::Hour, 2, 2 * msPerHour},
    {TickUnit::Hour, 3, 3 * msPerHour},       {TickUnit::Hour, 6, 6 * msPerHour},
    {TickUnit::Hour, 12, 12 * msPerHour},     {TickUnit::Day, 1, msPerDay},
    {TickUnit::Day, 2, 2 * msPerDay},         {TickUnit::Week, 1, 7 * msPerDay},
    {TickUnit::Month, 1, 30 * msPerDay},      {TickUnit::Month, 3, 91 * msPerDay},
    {TickUnit::Month, 6, 182 * msPerDay},     {TickUnit::Year, 1, 365 * msPerDay},
    {TickUnit::Year, 5, 5 * 365 * msPerDay},
};

// The first tick at or before `time` (local time), aligned to the step.
QDateTime firstTick(const QDateTime &time, const TickStep &step)
{
    const QDateTime local = time.toLocalTime();
    const QDate date = local.date();
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour: {
        const qint64 stepMs = step.approxMs;
        const QDateTime midnight = date.startOfDay();
        const qint64 since = midnight.msecsTo(local);
        return midnight.addMSecs(since - since % stepMs);
    }
    case TickUnit::Day: {
        const qint64 jd = date.toJulianDay();
        return QDate::fromJulianDay(jd - jd % step.count).startOfDay();
    }
    case TickUnit::Week: {
        const int first = int(QLocale().firstDayOfWeek());
        const int back = (date.dayOfWeek() - first + 7) % 7;
        return date.addDays(-back).startOfDay();
    }
    case TickUnit::Month: {
        const int month0 = date.month() - 1;
        return QDate(date.year(), month0 - month0 % step.count + 1, 1).startOfDay();
    }
    case TickUnit::Year:
        return QDate(date.year() - date.year() % step.count, 1, 1).startOfDay();
    }
    return local;
}

QDateTime nextTick(const QDateTime &tick, const TickStep &step)
{
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour: {
        const QDateTime next = tick.addMSecs(step.approxMs);
        // Re-align after a daylight saving change.
        return next.date() != tick.date() ? next.date().startOfDay() : next;
    }
    case TickUnit::Day:
        return tick.date().addDays(step.count).startOfDay();
    case TickUnit::Week:
        return tick.date().addDays(7).startOfDay();
    case TickUnit::Month:
        return tick.date().addMonths(step.count).startOfDay();
    case TickUnit::Year:
        return tick.date().addYears(step.count).startOfDay();
    }
    return tick.addMSecs(step.approxMs);
}

// Tick times for a step over a range, cached: local-time arithmetic is slow, and scrolling
// asks for nearly the same ticks every frame. Returns the ticks from the last one at or before
// `from` through the first one after `to`.
QVector<QDateTime> ticksFor(const TickStep &step, qint64 from, qint64 to)
{
    struct Entry
    {
        int unit = -1;
        int count = 0;
        qint64 from = 0;
        qint64 to = 0;
        QVector<QDateTime> ticks;
    };
    static Entry cache[4];
    static int next = 0;
    Entry *entry = nullptr;
    for (Entry &candidate : cache) {
        if (candidate.unit == int(step.unit) && candidate.count == step.count &&
            candidate.from <= from && candidate.to >= to)
            entry = &candidate;
    }
    if (!entry) {
        entry = &cache[next];
        next = (next + 1) % 4;
        const qint64 span = to - from;
        entry->unit = int(step.unit);
        entry->count = step.count;
        entry->from = from - span;
        entry->to = to + span;
        entry->ticks.clear();
        QDateTime tick = firstTick(QDateTime::fromMSecsSinceEpoch(entry->from, Qt::UTC), step);
        for (int guard = 0; guard < 6000; ++guard) {
            entry->ticks.append(tick);
            if (tick.toMSecsSinceEpoch() > entry->to)
                break;
            tick = nextTick(tick, step);
        }
    }
    const auto begin = std::upper_bound(
        entry->ticks.cbegin(), entry->ticks.cend(), from,
        [](qint64 time, const QDateTime &tick) { return time < tick.toMSecsSinceEpoch(); });
    const auto end =
        std::upper_bound(begin, entry->ticks.cend(), to, [](qint64 time, const QDateTime &tick) {
            return time < tick.toMSecsSinceEpoch();
        });
    const auto first = begin == entry->ticks.cbegin() ? begin : begin - 1;
    const auto last = end == entry->ticks.cend() ? end : end + 1;
    return QVector<QDateTime>(first, last);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_nowTimer(new QTimer(this))
{
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

    m_nowTimer->setInterval(30 * 1000);
    connect(m_nowTimer, &QTimer::timeout, this, [this] {
        if (m_layoutDirty || !isVisible())
            return;
        const qint64 left = msecsAt(m_labelWidth);
        updateTimeRange();
        updateScrollBars();
        setHorizontalValueForTime(left, m_labelWidth);
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
    m_markerProvider = std::move(provider);
    invalidateLayout();
}

// --- model plumbing ------------------------------------------------------------------------

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (this->model()) {
        disconnect(this->model(), nullptr, this, nullptr);
    }
    QAbstractItemView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::onRowsRemoved);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineView::onRowsRemoved);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::onLayoutChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::onLayoutChanged);
    }
    m_hasScrolledInitially = false;
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

void TimelineView::onRowsRemoved()
{
    invalidateLayout();
}

void TimelineView::onLayoutChanged()
{
    invalidateLayout();
}

void TimelineView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                               const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    if (topLeft.parent() != rootIndex())
        return;
    // An empty list means "all roles".
    static const QList<int> geometryRoles = {
        DeploymentRoles::EnvironmentRole, DeploymentRoles::CreatedAtRole,
        DeploymentRoles::EndTimeRole, DeploymentRoles::TransientRole,
        DeploymentRoles::ProductionRole};
    static const QList<int> paintRoles = {
        DeploymentRoles::StateRole,        DeploymentRoles::IsActiveRole,
        DeploymentRoles::PendingWriteRole, DeploymentRoles::RefRole,
        DeploymentRoles::ShaRole,          DeploymentRoles::UpdatedAtRole,
        DeploymentRoles::StatusCountRole,  DeploymentRoles::RawStateRole};
    bool geometry = roles.isEmpty();
    bool paint = roles.isEmpty();
    for (int role : roles) {
        geometry = geometry || geometryRoles.contains(role);
        paint = paint || paintRoles.contains(role) || role > DeploymentRoles::StatusCountRole;
    }
    if (!geometry && !paint)
        return;
    if (m_layoutDirty) {
        viewport()->update();
        return;
    }
    // Cheap path: update the cached items in place when they stay where they are.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const auto [laneIndex, itemIndex] = locate(row);
        if (laneIndex < 0) {
            invalidateLayout();
            return;
        }
        Lane &lane = m_lanes[laneIndex];
        Item &item = lane.items[itemIndex];
        const QModelIndex index = model()->index(row, 0, rootIndex());
        if (geometry) {
            const QDateTime created = index.data(DeploymentRoles::CreatedAtRole).toDateTime();
            const QDateTime ended = index.data(DeploymentRoles::EndTimeRole).toDateTime();
            const qint64 end = ended.isValid() ? qMax(item.start, ended.toMSecsSinceEpoch()) : -1;
            if (index.data(DeploymentRoles::EnvironmentRole).toString() != lane.name ||
                created.toMSecsSinceEpoch() != item.start || end != item.end) {
                invalidateLayout();
                return;
            }
        }
        const QString ref = index.data(DeploymentRoles::RefRole).toString();
        const QString sha = TimeFormat::shortSha(index.data(DeploymentRoles::ShaRole).toString());
        item.state = index.data(DeploymentRoles::StateRole).value<StatusState>();
        item.active = index.data(DeploymentRoles::IsActiveRole).toBool();
        item.pendingWrite = index.data(DeploymentRoles::PendingWriteRole).toBool();
        item.label =
            (sha.isEmpty() || ref.startsWith(sha)) ? ref : ref + QStringLiteral(" · ") + sha;
        if (m_markerProvider) {
            item.markers = m_markerProvider(index);
            std::sort(item.markers.begin(), item.markers.end(),
                      [](const Marker &a, const Marker &b) { return a.msecs < b.msecs; });
        } else if (item.state != StatusState::NoStatus) {
            item.markers = {
                {index.data(DeploymentRoles::UpdatedAtRole).toDateTime().toMSecsSinceEpoch(),
                 item.state}};
        } else {
            item.markers.clear();
        }
    }
    viewport()->update();
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

int TimelineView::trackHeight() const
{
    return m_trackHeight;
}

int TimelineView::axisHeight() const
{
    return m_axisHeight;
}

void TimelineView::updateMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    m_trackHeight = metrics.height() + 6 + trackGap;
    m_axisHeight = 2 * metrics.height() + 12;
}

int TimelineView::laneLabelWidth() const
{
    ensureLayout();
    return m_labelWidth;
}

int TimelineView::computeLaneLabelWidth() const
{
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("production"));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    for (const Lane &lane : m_lanes)
        widest = qMax(widest, boldMetrics.horizontalAdvance(lane.name));
    return qBound(90, widest + 28, 220);
}

void TimelineView::ensureLayout() const
{
    if (m_layoutDirty)
        const_cast<TimelineView *>(this)->relayout();
}

void TimelineView::relayout()
{
    // Keep the time at the left edge where it is across the relayout.
    const bool hadLayout = !m_lanes.isEmpty() && m_rangeStart != 0;
    const qint64 leftTime = hadLayout ? msecsAt(m_labelWidth) : 0;

    m_layoutDirty = false;
    updateMetrics();
    m_lanes.clear();
    m_rowToItem.clear();
    QAbstractItemModel *model = this->model();
    const int rows = model ? model->rowCount(rootIndex()) : 0;
    QHash<QString, int> laneByName;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0, rootIndex());
        QDateTime created = index.data(DeploymentRoles::CreatedAtRole).toDateTime();
        if (!created.isValid())
            created = index.data(DeploymentRoles::UpdatedAtRole).toDateTime();
        if (!created.isValid())
            continue;
        const QString environment = index.data(DeploymentRoles::EnvironmentRole).toString();
        int laneIndex = laneByName.value(environment, -1);
        if (laneIndex < 0) {
            laneIndex = m_lanes.size();
            laneByName.insert(environment, laneIndex);
            Lane lane;
            lane.name = environment;
            lane.rank = laneRank(environment, index.data(DeploymentRoles::ProductionRole).toBool(),
                                 index.data(DeploymentRoles::TransientRole).toBool());
            m_lanes.append(lane);
        }
        Item item;
        item.row = row;
        item.start = created.toMSecsSinceEpoch();
        const QDateTime ended = index.data(DeploymentRoles::EndTimeRole).toDateTime();
        item.end = ended.isValid() ? qMax(item.start, ended.toMSecsSinceEpoch()) : -1;
        item.state = index.data(DeploymentRoles::StateRole).value<StatusState>();
        item.active = index.data(DeploymentRoles::IsActiveRole).toBool();
        item.pendingWrite = index.data(DeploymentRoles::PendingWriteRole).toBool();
        const QString ref = index.data(DeploymentRoles::RefRole).toString();
        const QString sha = TimeFormat::shortSha(index.data(DeploymentRoles::ShaRole).toString());
        item.label =
            (sha.isEmpty() || ref.startsWith(sha)) ? ref : ref + QStringLiteral(" · ") + sha;
        if (m_markerProvider) {
            item.markers = m_markerProvider(index);
            std::sort(item.markers.begin(), item.markers.end(),
                      [](const Marker &a, const Marker &b) { return a.msecs < b.msecs; });
        } else if (item.state != StatusState::NoStatus) {
            const QDateTime updated = index.data(DeploymentRoles::UpdatedAtRole).toDateTime();
            item.markers = {
                {updated.isValid() ? updated.toMSecsSinceEpoch() : item.start, item.state}};
        }
        m_lanes[laneIndex].items.append(std::move(item));
    }

    std::stable_sort(m_lanes.begin(), m_lanes.end(), [](const Lane &a, const Lane &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });

    const int laneTrackHeight = trackHeight();
    int top = 0;
    for (int l = 0; l < m_lanes.size(); ++l) {
        Lane &lane = m_lanes[l];
        std::stable_sort(lane.items.begin(), lane.items.end(),
                         [](const Item &a, const Item &b) { return a.start < b.start; });
        // Greedy interval packing into at most maxTracks sub-rows.
        qint64 trackEnd[maxTracks];
        int tracks = 0;
        lane.maxEnd.resize(lane.items.size());
        qint64 maxEnd = std::numeric_limits<qint64>::min();
        for (int i = 0; i < lane.items.size(); ++i) {
            Item &item = lane.items[i];
            const qint64 end = item.end < 0 ? liveEnd : item.end;
            int track = -1;
            for (int t = 0; t < tracks; ++t) {
                if (trackEnd[t] <= item.start) {
                    track = t;
                    break;
                }
            }
            if (track < 0 && tracks < maxTracks)
                track = tracks++;
            if (track < 0) {
                track = 0;
                for (int t = 1; t < tracks; ++t) {
                    if (trackEnd[t] < trackEnd[track])
                        track = t;
                }
            }
            trackEnd[track] = end;
            item.track = track;
            maxEnd = qMax(maxEnd, end);
            lane.maxEnd[i] = maxEnd;
            m_rowToItem.insert(item.row, {l, i});
        }
        lane.tracks = qMax(1, tracks);
        lane.top = top;
        lane.height = 2 * lanePadding + lane.tracks * laneTrackHeight;
        top += lane.height;
    }
    m_contentHeight = top;
    m_labelWidth = computeLaneLabelWidth();

    updateTimeRange();
    updateScrollBars();
    if (hadLayout) {
        setHorizontalValueForTime(leftTime, m_labelWidth);
    } else if (!m_hasScrolledInitially && rows > 0) {
        m_hasScrolledInitially = true;
        scrollToNow();
    }
    viewport()->update();
}

void TimelineView::updateTimeRange()
{
    const qint64 now = nowMsecs();
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const Lane &lane : std::as_const(m_lanes)) {
        if (lane.items.isEmpty())
            continue;
        first = qMin(first, lane.items.constFirst().start);
        const qint64 end = lane.maxEnd.constLast();
        last = qMax(last, end == liveEnd ? now : end);
    }
    if (first > last) {
        first = now - 7 * msPerDay;
        last = now;
    }
    last = qMax(last, now);
    const qint64 pad = qMax(msPerDay, (last - first) / 20);
    m_rangeStart = first - pad;
    m_rangeEnd = last + pad;
}

void TimelineView::updateScrollBars()
{
    const int timeWidth = qMax(1, viewport()->width() - m_labelWidth);
    const double maxSpp =
        qMax(minSecondsPerPixel * 2, double(m_rangeEnd - m_rangeStart) / 1000.0 / timeWidth);
    m_secondsPerPixel = qBound(minSecondsPerPixel, m_secondsPerPixel, maxSpp);
    const double contentWidth =
        qMin(2.0e9, double(m_rangeEnd - m_rangeStart) / (m_secondsPerPixel * 1000.0));
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, qMax(0, int(contentWidth) - timeWidth));
    h->setPageStep(timeWidth);
    h->setSingleStep(qMax(1, timeWidth / 20));

    const int visibleHeight = qMax(0, viewport()->height() - axisHeight());
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, qMax(0, m_contentHeight - visibleHeight));
    v->setPageStep(visibleHeight);
    v->setSingleStep(trackHeight());
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

qint64 TimelineView::msecsAt(double viewportX) const
{
    return m_rangeStart + qint64((horizontalScrollBar()->value() + viewportX - m_labelWidth) *
                                 m_secondsPerPixel * 1000.0);
}

double TimelineView::xForMsecs(qint64 msecs) const
{
    return double(msecs - m_rangeStart) / (m_secondsPerPixel * 1000.0) -
           horizontalScrollBar()->value() + m_labelWidth;
}

QDateTime TimelineView::timeAt(int viewportX) const
{
    ensureLayout();
    return QDateTime::fromMSecsSinceEpoch(msecsAt(viewportX), Qt::UTC);
}

double TimelineView::xForTime(const QDateTime &time) const
{
    ensureLayout();
    return xForMsecs(time.toMSecsSinceEpoch());
}

void TimelineView::setHorizontalValueForTime(qint64 msecs, double viewportX)
{
    const double value =
        double(msecs - m_rangeStart) / (m_secondsPerPixel * 1000.0) - (viewportX - m_labelWidth);
    horizontalScrollBar()->setValue(int(qBound(-1.0e9, qRound64(value) * 1.0, 2.0e9)));
}

void TimelineView::setSecondsPerPixel(double secondsPerPixel)
{
    ensureLayout();
    m_hasScrolledInitially = true;
    const int centre = m_labelWidth + (viewport()->width() - m_labelWidth) / 2;
    zoomAt(m_secondsPerPixel / qMax(1e-9, secondsPerPixel), centre);
}

void TimelineView::zoomAt(double factor, int viewportX)
{
    ensureLayout();
    m_hasScrolledInitially = true;
    if (factor <= 0)
        return;
    if (viewportX < m_labelWidth)
        viewportX = m_labelWidth + (viewport()->width() - m_labelWidth) / 2;
    // Keep the exact (sub-pixel) time under the cursor.
    const double contentX = horizontalScrollBar()->value() + viewportX - m_labelWidth;
    const qint64 anchor = m_rangeStart + qint64(contentX * m_secondsPerPixel * 1000.0);
    const double old = m_secondsPerPixel;
    m_secondsPerPixel = m_secondsPerPixel / factor;
    updateScrollBars();
    setHorizontalValueForTime(anchor, viewportX);
    viewport()->update();
    if (!qFuzzyCompare(old, m_secondsPerPixel))
        emit zoomChanged(m_secondsPerPixel);
}

void TimelineView::zoomIn()
{
    setSecondsPerPixel(m_secondsPerPixel / 1.5);
}

void TimelineView::zoomOut()
{
    setSecondsPerPixel(m_secondsPerPixel * 1.5);
}

void TimelineView::zoomToFit()
{
    ensureLayout();
    m_hasScrolledInitially = true;
    const int timeWidth = qMax(1, viewport()->width() - m_labelWidth);
    m_secondsPerPixel = double(m_rangeEnd - m_rangeStart) / 1000.0 / timeWidth;
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    emit zoomChanged(m_secondsPerPixel);
}

void TimelineView::scrollToNow()
{
    ensureLayout();
    m_hasScrolledInitially = true;
    const int timeWidth = qMax(1, viewport()->width() - m_labelWidth);
    setHorizontalValueForTime(nowMsecs(), m_labelWidth + timeWidth * 0.85);
    viewport()->update();
}

// --- geometry of items ---------------------------------------------------------------------

qint64 TimelineView::itemEnd(const Item &item, qint64 now) const
{
    return item.end < 0 ? qMax(now, item.start) : item.end;
}

QRect TimelineView::itemRect(const Lane &lane, const Item &item, qint64 now) const
{
    const double limit = 1.0e6;
    const double x1 = qBound(-limit, xForMsecs(item.start), limit);
    const double x2 = qBound(-limit, xForMsecs(itemEnd(item, now)), limit);
    const int left = qFloor(x1);
    const int width = qMax(minBarWidth, qCeil(x2) - left);
    const int barHeight = trackHeight() - trackGap;
    const int y = axisHeight() + lane.top - verticalScrollBar()->value() + lanePadding +
                  item.track * trackHeight() + trackGap / 2;
    return QRect(left, y, width, barHeight);
}

std::pair<int, int> TimelineView::visibleItems(const Lane &lane, qint64 from, qint64 to) const
{
    // Items are sorted by start, and maxEnd is non-decreasing: both can be binary-searched.
    const auto firstEnd = std::lower_bound(lane.maxEnd.cbegin(), lane.maxEnd.cend(), from);
    const auto pastStart =
        std::upper_bound(lane.items.cbegin(), lane.items.cend(), to,
                         [](qint64 time, const Item &item) { return time < item.start; });
    const int first = int(firstEnd - lane.maxEnd.cbegin());
    const int last = int(pastStart - lane.items.cbegin());
    return {first, qMax(first, last)};
}

std::pair<int, int> TimelineView::locate(int row) const
{
    ensureLayout();
    return m_rowToItem.value(row, {-1, -1});
}

QModelIndex TimelineView::indexForItem(int lane, int item) const
{
    if (!model() || lane < 0 || lane >= m_lanes.size() || item < 0 ||
        item >= m_lanes[lane].items.size())
        return {};
    return model()->index(m_lanes[lane].items[item].row, 0, rootIndex());
}

int TimelineView::laneCount() const
{
    ensureLayout();
    return m_lanes.size();
}

QString TimelineView::laneName(int lane) const
{
    ensureLayout();
    return lane >= 0 && lane < m_lanes.size() ? m_lanes[lane].name : QString();
}

int TimelineView::laneAt(int viewportY) const
{
    ensureLayout();
    if (viewportY < axisHeight())
        return -1;
    const int y = viewportY - axisHeight() + verticalScrollBar()->value();
    for (int l = 0; l < m_lanes.size(); ++l) {
        if (y >= m_lanes[l].top && y < m_lanes[l].top + m_lanes[l].height)
            return l;
    }
    return -1;
}

QModelIndex TimelineView::indexAt(const QPoint &point) const
{
    ensureLayout();
    if (point.x() < m_labelWidth)
        return {};
    const int laneIndex = laneAt(point.y());
    if (laneIndex < 0)
        return {};
    const Lane &lane = m_lanes[laneIndex];
    const qint64 now = nowMsecs();
    const auto [first, last] =
        visibleItems(lane, msecsAt(point.x() - minBarWidth - 2), msecsAt(point.x() + 2));
    int best = -1;
    double bestDistance = 0;
    for (int i = first; i < last; ++i) {
        const Item &item = lane.items[i];
        const QRect rect = itemRect(lane, item, now);
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
    const auto [lane, item] = locate(index.row());
    if (lane < 0)
        return {};
    return itemRect(m_lanes[lane], m_lanes[lane].items[item], nowMsecs());
}

bool TimelineView::isIndexHidden(const QModelIndex &index) const
{
    return index.isValid() && locate(index.row()).first < 0;
}

void TimelineView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const auto [laneIndex, itemIndex] = locate(index.row());
    if (laneIndex < 0 || index.parent() != rootIndex())
        return;
    const Lane &lane = m_lanes[laneIndex];
    const Item &item = lane.items[itemIndex];
    const QRect rect = itemRect(lane, item, nowMsecs());
    const QRect area(m_labelWidth, axisHeight(), viewport()->width() - m_labelWidth,
                     viewport()->height() - axisHeight());

    // Horizontally: leave a bar alone while any part of it shows, unless asked to centre.
    const bool visible = rect.right() >= area.left() + 4 && rect.left() <= area.right() - 4;
    if (hint == PositionAtCenter || !visible) {
        if (rect.width() < area.width() * 0.7)
            setHorizontalValueForTime((item.start + itemEnd(item, nowMsecs())) / 2,
                                      area.left() + area.width() / 2.0);
        else
            setHorizontalValueForTime(item.start, area.left() + area.width() * 0.15);
    } else if (hint == PositionAtTop || hint == PositionAtBottom) {
        // No vertical meaning in time; handled below.
    }

    // Vertically: the whole lane if it fits, else the track.
    QScrollBar *v = verticalScrollBar();
    const int laneTop = lane.top;
    const int laneBottom = lane.top + lane.height;
    if (hint == PositionAtTop || laneTop < v->value())
        v->setValue(laneTop);
    else if (hint == PositionAtBottom || laneBottom > v->value() + area.height())
        v->setValue(qMin(laneTop, laneBottom - area.height()));
    viewport()->update();
}

QModelIndex TimelineView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    ensureLayout();
    if (m_lanes.isEmpty())
        return {};
    const QModelIndex current = currentIndex();
    auto [laneIndex, itemIndex] = current.isValid() ? locate(current.row()) : std::pair{-1, -1};
    if (laneIndex < 0) {
        // Nothing current yet: start at the lane's item nearest to now on screen.
        const Lane &lane = m_lanes.constFirst();
        const qint64 centre = msecsAt(m_labelWidth + (viewport()->width() - m_labelWidth) / 2.0);
        const auto it =
            std::upper_bound(lane.items.cbegin(), lane.items.cend(), centre,
                             [](qint64 time, const Item &item) { return time < item.start; });
        return indexForItem(0, qMax(0, int(it - lane.items.cbegin()) - 1));
    }
    const Lane &lane = m_lanes[laneIndex];
    switch (cursorAction) {
    case MoveLeft:
    case MovePrevious:
        return indexForItem(laneIndex, qMax(0, itemIndex - 1));
    case MoveRight:
    case MoveNext:
        return indexForItem(laneIndex, qMin(lane.items.size() - 1, itemIndex + 1));
    case MoveHome:
        if (modifiers & Qt::ControlModifier)
            return indexForItem(0, 0);
        return indexForItem(laneIndex, 0);
    case MoveEnd:
        if (modifiers & Qt::ControlModifier)
            return indexForItem(m_lanes.size() - 1, m_lanes.constLast().items.size() - 1);
        return indexForItem(laneIndex, lane.items.size() - 1);
    case MoveUp:
    case MoveDown:
    case MovePageUp:
    case MovePageDown: {
        int target = laneIndex;
        if (cursorAction == MoveUp)
            target = laneIndex - 1;
        else if (cursorAction == MoveDown)
            target = laneIndex + 1;
        else if (cursorAction == MovePageUp)
            target = 0;
        else
            target = m_lanes.size() - 1;
        if (target < 0 || target >= m_lanes.size() || target == laneIndex)
            return current;
        // The item of the target lane nearest in time to the middle of the current bar's
        // visible part.
        const qint64 now = nowMsecs();
        const Item &item = lane.items[itemIndex];
        const qint64 visibleFrom = qMax(item.start, msecsAt(m_labelWidth));
        const qint64 visibleTo = qMin(itemEnd(item, now), msecsAt(viewport()->width()));
        const qint64 time =
            visibleFrom <= visibleTo ? visibleFrom + (visibleTo - visibleFrom) / 2 : item.start;
        const Lane &other = m_lanes[target];
        int best = 0;
        qint64 bestDistance = std::numeric_limits<qint64>::max();
        const auto [first, last] = visibleItems(other, time, time);
        for (int i = first; i < last; ++i) {
            if (other.items[i].start <= time && itemEnd(other.items[i], now) >= time) {
                return indexForItem(target, i); // a bar covering that time
            }
        }
        const auto it =
            std::upper_bound(other.items.cbegin(), other.items.cend(), time,
                             [](qint64 t, const Item &candidate) { return t < candidate.start; });
        const int after = int(it - other.items.cbegin());
        for (int i : {after - 1, after}) {
            if (i < 0 || i >= other.items.size())
                continue;
            const Item &candidate = other.items[i];
            const qint64 distance = time < candidate.start
                                        ? candidate.start - time
                                        : qMax<qint64>(0, time - itemEnd(candidate, now));
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return indexForItem(target, best);
    }
    }
    return current;
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
    const qint64 from = msecsAt(area.left() - minBarWidth - 1);
    const qint64 to = msecsAt(area.right() + 1);
    for (int l = 0; l < m_lanes.size(); ++l) {
        const Lane &lane = m_lanes[l];
        const auto [first, last] = visibleItems(lane, from, to);
        for (int i = first; i < last; ++i) {
            if (itemRect(lane, lane.items[i], now).intersects(area)) {
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

namespace {

struct AxisTicks
{
    TickStep minor;
    TickUnit majorUnit;
    bool hasMajor;
};

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

const QPixmap &TimelineView::badgePixmap(StatusState state, int size) const
{
    const quint32 key = (quint32(state) << 16) | quint32(size);
    auto it = m_badgeCache.find(key);
    if (it == m_badgeCache.end())
        it = m_badgeCache.insert(
            key, StateStyle::pixmap(state, size, viewport()->devicePixelRatioF(), palette()));
    return *it;
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    ensureLayout();
    QPainter painter(viewport());
    const QRect all = viewport()->rect();
    painter.fillRect(all, palette().color(QPalette::Base));
    paintLanes(&painter, QRect(m_labelWidth, m_axisHeight, all.width() - m_labelWidth,
                               all.height() - m_axisHeight));
    paintAxis(&painter, QRect(0, 0, all.width(), m_axisHeight));
}

void TimelineView::paintAxis(QPainter *painter, const QRect &area) const
{
    painter->save();
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();
    painter->fillRect(area, pal.color(QPalette::Window));
    painter->setPen(withAlpha(pal.color(QPalette::WindowText), 70));
    painter->drawLine(area.left(), area.bottom(), area.right(), area.bottom());
    painter->drawLine(m_labelWidth - 1, area.top(), m_labelWidth - 1, area.bottom());

    const QRect timeArea(m_labelWidth, area.top(), area.width() - m_labelWidth, area.height());
    painter->setClipRect(timeArea);
    const QLocale locale;
    const int rowHeight = metrics.height() + 6;

    // Minor step: the smallest that leaves room for its labels.
    const double msPerPixel = m_secondsPerPixel * 1000.0;
    const int timeLabelWidth =
        metrics.horizontalAdvance(locale.toString(QTime(22, 58), QLocale::ShortFormat)) + 18;
    // A long day and week label in the UI language ("Wed 28", "28일 (수)", "9月28日").
    const QDate longDate(2022, 9, 28);
    const int dateLabelWidth =
        qMax(metrics.horizontalAdvance(locale.toString(longDate, tr("ddd d"))),
             metrics.horizontalAdvance(locale.toString(longDate, tr("MMM d")))) +
        18;
    TickStep minor = tickSteps[std::size(tickSteps) - 1];
    for (const TickStep &step : tickSteps) {
        const int needed = step.unit <= TickUnit::Hour ? timeLabelWidth : dateLabelWidth;
        if (step.approxMs / msPerPixel >= needed) {
            minor = step;
            break;
        }
    }
    TickStep major{TickUnit::Day, 1, msPerDay};
    bool hasMajor = true;
    if (minor.unit == TickUnit::Day || minor.unit == TickUnit::Week)
        major = {TickUnit::Month, 1, 30 * msPerDay};
    else if (minor.unit == TickUnit::Month)
        major = {TickUnit::Year, 1, 365 * msPerDay};
    else if (minor.unit == TickUnit::Year)
        hasMajor = false;

    const qint64 from = msecsAt(timeArea.left());
    const qint64 to = msecsAt(timeArea.right());

    auto minorLabel = [&](const QDateTime &tick) {
        switch (minor.unit) {
        case TickUnit::Minute:
        case TickUnit::Hour:
            return locale.toString(tick.time(), QLocale::ShortFormat);
        case TickUnit::Day:
            //: Date format (QDate::toString) of day ticks on the timeline axis
            return locale.toString(tick.date(), tr("ddd d"));
        case TickUnit::Week:
            //: Date format (QDate::toString) of week ticks on the timeline axis
            return locale.toString(tick.date(), tr("MMM d"));
        case TickUnit::Month:
            return locale.standaloneMonthName(tick.date().month(), QLocale::ShortFormat);
        case TickUnit::Year:
            return QString::number(tick.date().year());
        }
        return QString();
    };
    auto majorLabel = [&](const QDateTime &tick) {
        switch (major.unit) {
        case TickUnit::Day:
            //: Date format (QDate::toString) of day headings on the timeline axis
            return locale.toString(tick.date(), tr("dddd, MMMM d, yyyy"));
        case TickUnit::Month:
            //: Date format (QDate::toString) of month headings on the timeline axis
            return locale.toString(tick.date(), tr("MMMM yyyy"));
        default:
            return QString::number(tick.date().year());
        }
    };

    // Major headings, sticky at the left edge.
    if (hasMajor) {
        QFont bold = font();
        bold.setBold(true);
        painter->setFont(bold);
        const QFontMetrics boldMetrics(bold);
        const QVector<QDateTime> ticks = ticksFor(major, from, to);
        for (int t = 0; t < ticks.size(); ++t) {
            const QDateTime &tick = ticks.at(t);
            if (tick.toMSecsSinceEpoch() > to)
                break;
            const QDateTime next = t + 1 < ticks.size() ? ticks.at(t + 1) : nextTick(tick, major);
            const double x1 = xForMsecs(tick.toMSecsSinceEpoch());
            const double x2 = xForMsecs(next.toMSecsSinceEpoch());
            if (x1 > timeArea.left()) {
                painter->setPen(withAlpha(pal.color(QPalette::WindowText), 90));
                painter->drawLine(QPointF(x1, area.top()), QPointF(x1, area.bottom()));
            }
            const double left = qMax<double>(x1, timeArea.left()) + 6;
            const int width = int(x2 - left) - 6;
            if (width < 20)
                continue;
            painter->setPen(pal.color(QPalette::WindowText));
            painter->drawText(QRectF(left, area.top() + 3, width, rowHeight),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              boldMetrics.elidedText(majorLabel(tick), Qt::ElideRight, width));
        }
        painter->setFont(font());
    }

    // Minor ticks and labels.
    for (const QDateTime &tick : ticksFor(minor, from, to)) {
        if (tick.toMSecsSinceEpoch() > to)
            break;
        const double x = xForMsecs(tick.toMSecsSinceEpoch());
        painter->setPen(withAlpha(pal.color(QPalette::WindowText), 90));
        painter->drawLine(QPointF(x, area.bottom() - 5), QPointF(x, area.bottom()));
        if (x + 4 < timeArea.left())
            continue; // its label would be cut in half by the lane labels
        const QString label = minorLabel(tick);
        painter->setPen(pal.color(QPalette::WindowText));
        painter->drawText(QRectF(x + 4, area.top() + rowHeight, 400, area.height() - rowHeight - 2),
                          Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    // "Now" pill.
    const double nowX = xForMsecs(nowMsecs());
    if (nowX >= timeArea.left() && nowX <= timeArea.right()) {
        const QString text = tr("Now");
        const int w = metrics.horizontalAdvance(text) + 10;
        const QRectF pill(nowX - w / 2.0, area.top() + 4, w, metrics.height() + 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(pal.color(QPalette::HighlightedText));
        painter->drawText(pill, Qt::AlignCenter, text);
    }
    painter->restore();

    // The corner above the lane labels.
    painter->save();
    painter->fillRect(QRect(0, 0, m_labelWidth - 1, area.height() - 1),
                      pal.color(QPalette::Window));
    painter->restore();
}

void TimelineView::paintLanes(QPainter *painter, const QRect &area) const
{
    painter->save();
    const QPalette pal = palette();
    const bool dark = StateStyle::isDark(pal);
    const QFontMetrics metrics = fontMetrics();
    const qint64 now = nowMsecs();
    const int vOffset = verticalScrollBar()->value();
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Highlight);

    // Which rows are selected, once per frame (no per-item selection-model queries).
    QBitArray selected;
    int currentRow = -1;
    if (model() && selectionModel()) {
        selected.resize(model()->rowCount(rootIndex()));
        for (const QItemSelectionRange &range : selectionModel()->selection()) {
            if (range.parent() != rootIndex())
                continue;
            for (int row = range.top(); row <= range.bottom() && row < selected.size(); ++row)
                selected.setBit(row);
        }
        const QModelIndex current = selectionModel()->currentIndex();
        if (current.isValid() && current.parent() == rootIndex())
            currentRow = current.row();
    }

    const qint64 from = msecsAt(area.left() - minBarWidth - 2);
    const qint64 to = msecsAt(area.right() + 2);
    const int barHeight = m_trackHeight - trackGap;
    const int badgeSize = barHeight - 6;
    const int markerSize = qMax(8, barHeight / 2);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);

    // Lane backgrounds (whole width, under the labels too).
    for (int l = 0; l < m_lanes.size(); ++l) {
        const Lane &lane = m_lanes[l];
        const int y = area.top() + lane.top - vOffset;
        if (y > area.bottom() || y + lane.height < area.top())
            continue;
        const QRect band(0, y, area.right() + 1, lane.height);
        if (l % 2)
            painter->fillRect(band, pal.color(QPalette::AlternateBase));
        painter->setPen(withAlpha(pal.color(QPalette::WindowText), 40));
        painter->drawLine(band.left(), band.bottom(), band.right(), band.bottom());
    }

    painter->setClipRect(area);
    // Vertical grid lines at day boundaries (or hours when zoomed in).
    {
        const qint64 gridStep = m_secondsPerPixel * 1000.0 * 60 > msPerHour ? msPerDay : msPerHour;
        if (gridStep / (m_secondsPerPixel * 1000.0) >= 24) {
            painter->setPen(withAlpha(pal.color(QPalette::WindowText), dark ? 30 : 22));
            const TickStep step{gridStep == msPerDay ? TickUnit::Day : TickUnit::Hour, 1, gridStep};
            for (const QDateTime &tick : ticksFor(step, from, to)) {
                const double x = xForMsecs(tick.toMSecsSinceEpoch());
                painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            }
        }
    }

    // Per-frame colour tables: no palette lookups per bar.
    constexpr int stateCount = int(StatusState::Unknown) + 1;
    QColor stateColors[stateCount];
    QColor tints[stateCount];
    for (int state = 0; state < stateCount; ++state) {
        stateColors[state] = StateStyle::color(StatusState(state), pal);
        tints[state] = StateStyle::tint(StatusState(state), pal);
    }

    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const Lane &lane : m_lanes) {
        const int laneY = area.top() + lane.top - vOffset;
        if (laneY > area.bottom() || laneY + lane.height < area.top())
            continue;
        const auto [first, last] = visibleItems(lane, from, to);
        int lastRight[maxTracks];
        std::fill(std::begin(lastRight), std::end(lastRight), std::numeric_limits<int>::min());
        // Dense zoom: runs of tiny same-coloured blocks merge into one fillRect per track.
        struct Run
        {
            QRect rect;
            const QColor *color = nullptr;
        };
        Run runs[maxTracks];
        auto flush = [painter](Run &run) {
            if (run.color)
                painter->fillRect(run.rect, *run.color);
            run.color = nullptr;
        };
        for (int i = first; i < last; ++i) {
            const Item &item = lane.items[i];
            if (item.end >= 0 && item.end < from)
                continue;
            const QRect rect = itemRect(lane, item, now);
            const bool isSelected = item.row < selected.size() && selected.testBit(item.row);
            const bool isCurrent = item.row == currentRow;
            const bool special = isSelected || isCurrent || item.active || item.pendingWrite;
            // A bar entirely under an earlier, longer bar of its track would not show.
            if (!special && rect.right() <= lastRight[item.track])
                continue;
            lastRight[item.track] = qMax(lastRight[item.track], rect.right());

            const QColor &stateColor = stateColors[int(item.state)];
            if (!special && rect.width() < 8) {
                // Dense zoom: a plain block in the state's colour (hatched or hollow states
                // keep their look through the tint and outline at closer zoom).
                const QColor *color =
                    StateStyle::isOutlined(item.state) ? &tints[int(item.state)] : &stateColor;
                Run &run = runs[item.track];
                if (run.color == color && rect.left() <= run.rect.right() + 1) {
                    run.rect.setRight(qMax(run.rect.right(), rect.right()));
                } else {
                    flush(run);
                    run.rect = rect;
                    run.color = color;
                }
                continue;
            }
            flush(runs[item.track]);
            const QRectF bar = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
            const bool detailed = rect.width() >= 8;
            if (detailed)
                painter->setRenderHint(QPainter::Antialiasing, true);
            const qreal radius = detailed ? 3.0 : 0.0;

            // Fill: solid for the live deployment, a tint otherwise.
            QColor fill = item.active ? stateColor : tints[int(item.state)];
            if (StateStyle::isOutlined(item.state))
                fill = pal.color(QPalette::Base);
            if (isSelected && !item.active)
                fill = QColor::fromRgbF(float(fill.redF() * 0.55 + highlight.redF() * 0.45),
                                        float(fill.greenF() * 0.55 + highlight.greenF() * 0.45),
                                        float(fill.blueF() * 0.55 + highlight.blueF() * 0.45));
            QPen border(stateColor, item.active ? 2.0 : 1.0);
            if (isSelected)
                border = QPen(highlight, 2.0);
            if (item.pendingWrite) {
                border = QPen(highlight, 2.0, Qt::DashLine);
            }
            painter->setPen(border);
            painter->setBrush(fill);
            if (detailed)
                painter->drawRoundedRect(bar, radius, radius);
            else
                painter->drawRect(bar);
            if (StateStyle::isHatched(item.state)) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(StateStyle::areaBrush(item.state, pal));
                painter->drawRoundedRect(bar, radius, radius);
            }

            if (isCurrent && hasFocus()) {
                painter->setPen(QPen(pal.color(QPalette::WindowText), 1.0, Qt::DotLine));
                painter->setBrush(Qt::NoBrush);
                painter->drawRoundedRect(bar.adjusted(-3, -3, 3, 3), radius + 2, radius + 2);
            }

            // Badge and label.
            int badgeLeft = std::numeric_limits<int>::max();
            int badgeRight = std::numeric_limits<int>::min();
            if (rect.width() >= barHeight) {
                const QPixmap &badge = badgePixmap(item.state, badgeSize);
                const int badgeX = qMax(rect.left(), area.left()) + 3;
                if (badgeX + badgeSize <= rect.right()) {
                    painter->drawPixmap(badgeX, rect.top() + 3, badge);
                    badgeLeft = badgeX - markerSize / 2;
                    badgeRight = badgeX + badgeSize + markerSize / 2;
                }
                const int textLeft = badgeX + badgeSize + 5;
                const int textWidth = rect.right() - 4 - textLeft;
                if (textWidth >= 24) {
                    painter->setFont(item.active ? bold : font());
                    painter->setPen(item.active ? StateStyle::glyphColor(item.state, pal) : text);
                    const QFontMetrics &fm = item.active ? boldMetrics : metrics;
                    if (item.labelWidth < 0)
                        item.labelWidth = fm.horizontalAdvance(item.label);
                    painter->drawText(QRect(textLeft, rect.top(), textWidth, rect.height()),
                                      Qt::AlignLeft | Qt::AlignVCenter,
                                      item.labelWidth <= textWidth
                                          ? item.label
                                          : fm.elidedText(item.label, Qt::ElideRight, textWidth));
                }
            }

            // Status markers on the bar's bottom edge, spaced so they stay apart.
            if (rect.width() >= 2 * markerSize && !item.markers.isEmpty()) {
                double lastX = -1e9;
                for (const Marker &marker : item.markers) {
                    double x = xForMsecs(marker.msecs);
                    x = qBound<double>(rect.left() + markerSize / 2.0, x,
                                       rect.right() - markerSize / 2.0);
                    // The badge already shows the latest state; keep markers out from under it.
                    if (x - lastX < markerSize * 0.8 || x < area.left() || x > area.right() ||
                        (x >= badgeLeft && x <= badgeRight))
                        continue;
                    lastX = x;
                    painter->drawPixmap(
                        QPointF(x - markerSize / 2.0, rect.bottom() - markerSize / 2.0),
                        badgePixmap(marker.state, markerSize));
                }
            }
            painter->setRenderHint(QPainter::Antialiasing, false);
        }
        for (Run &run : runs)
            flush(run);
    }

    // The now line.
    const double nowX = xForMsecs(now);
    if (nowX >= area.left() && nowX <= area.right()) {
        painter->setPen(QPen(highlight, 1.5, Qt::DashLine));
        painter->drawLine(QPointF(nowX, area.top()), QPointF(nowX, area.bottom()));
    }
    painter->setClipping(false);

    // Lane labels.
    const QRect labels(0, area.top(), m_labelWidth, area.height());
    painter->setClipRect(labels);
    painter->fillRect(labels, pal.color(QPalette::Window));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    for (int l = 0; l < m_lanes.size(); ++l) {
        const Lane &lane = m_lanes[l];
        const int y = area.top() + lane.top - vOffset;
        if (y > area.bottom() || y + lane.height < area.top())
            continue;
        const QRect band(0, y, m_labelWidth - 1, lane.height);
        painter->setPen(withAlpha(pal.color(QPalette::WindowText), 40));
        painter->drawLine(band.left(), band.bottom(), band.right(), band.bottom());
        const QRect textRect = band.adjusted(10, 4, -6, -4);
        const QString name = lane.name.isEmpty() ? tr("(no environment)") : lane.name;
        const QString count = tr("%n deployment(s)", nullptr, int(lane.items.size()));
        const int total = metrics.height() + smallMetrics.height();
        const bool twoLines = textRect.height() >= total;
        const int top = twoLines ? textRect.top() + (textRect.height() - total) / 2
                                 : textRect.top() + (textRect.height() - metrics.height()) / 2;
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::WindowText));
        painter->drawText(QRect(textRect.left(), top, textRect.width(), boldMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(name, Qt::ElideRight, textRect.width()));
        if (twoLines) {
            painter->setFont(small);
            painter->setPen(pal.color(QPalette::PlaceholderText));
            painter->drawText(QRect(textRect.left(), top + metrics.height(), textRect.width(),
                                    smallMetrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              smallMetrics.elidedText(count, Qt::ElideRight, textRect.width()));
        }
    }
    painter->setClipping(false);
    painter->setPen(withAlpha(pal.color(QPalette::WindowText), 70));
    painter->drawLine(m_labelWidth - 1, area.top(), m_labelWidth - 1, area.bottom());
    painter->restore();
}

// --- interaction ---------------------------------------------------------------------------

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractItemView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_panning = false;
    m_pressPos = event->position().toPoint();
    m_pressHorizontalValue = horizontalScrollBar()->value();
    m_pressVerticalValue = verticalScrollBar()->value();
    const QModelIndex index = indexAt(m_pressPos);
    m_pressedIndex = index;
    if (index.isValid() && selectionModel()) {
        selectionModel()->setCurrentIndex(index, selectionCommand(index, event));
        emit pressed(index);
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_panning &&
            (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_panning = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_panning) {
            m_hasScrolledInitially = true;
            horizontalScrollBar()->setValue(m_pressHorizontalValue - (pos.x() - m_pressPos.x()));
            verticalScrollBar()->setValue(m_pressVerticalValue - (pos.y() - m_pressPos.y()));
        }
        return;
    }
    const QModelIndex hovered = indexAt(pos);
    if (hovered.isValid())
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractItemView::mouseReleaseEvent(event);
        return;
    }
    const bool wasPanning = m_panning;
    m_pressed = false;
    m_panning = false;
    viewport()->unsetCursor();
    if (wasPanning)
        return;
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && index == m_pressedIndex) {
        emit clicked(index);
        if (style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, this))
            emit activated(index);
    } else if (!index.isValid() && !m_pressedIndex.isValid() && selectionModel() &&
               !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))) {
        selectionModel()->clearSelection();
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !index.isValid())
        return;
    if (index != currentIndex() && selectionModel())
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    emit doubleClicked(index);
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, this))
        emit activated(index);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pos = event->position().toPoint();
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        if (delta != 0)
            zoomAt(qPow(1.2, delta / 120.0), pos.x());
        event->accept();
        return;
    }
    m_hasScrolledInitially = true;
    const bool horizontal = angle.x() != 0 || (event->modifiers() & Qt::ShiftModifier) ||
                            verticalScrollBar()->maximum() == 0;
    if (horizontal) {
        const int delta = angle.x() != 0 ? angle.x() : angle.y();
        QScrollBar *h = horizontalScrollBar();
        h->setValue(h->value() - delta * h->pageStep() / 1200);
    } else {
        QScrollBar *v = verticalScrollBar();
        v->setValue(v->value() - angle.y() * v->singleStep() / 40);
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int centre = m_labelWidth + (viewport()->width() - m_labelWidth) / 2;
    // Zoom around the current deployment when it is on screen, else around the centre.
    int anchor = centre;
    const QRect current = visualRect(currentIndex());
    if (current.isValid() && current.intersects(viewport()->rect()))
        anchor = qBound(m_labelWidth, current.center().x(), viewport()->width());
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(1.5, anchor);
        event->accept();
        return;
    case Qt::Key_Minus:
        zoomAt(1 / 1.5, anchor);
        event->accept();
        return;
    default:
        break;
    }
    QAbstractItemView::keyPressEvent(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index;
    if (event->reason() == QContextMenuEvent::Mouse)
        index = indexAt(event->pos());
    else
        index = currentIndex();
    QPoint global = event->globalPos();
    if (event->reason() != QContextMenuEvent::Mouse && index.isValid())
        global = viewport()->mapToGlobal(visualRect(index).center());
    if (index.isValid() && selectionModel() &&
        !selectionModel()->isRowSelected(index.row(), index.parent()))
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    emit contextMenuRequested(index, global);
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid()) {
            QToolTip::showText(help->globalPos(), toolTipText(index), viewport(),
                               visualRect(index));
        } else {
            const int lane = laneAt(help->pos().y());
            if (lane >= 0 && help->pos().x() < m_labelWidth)
                QToolTip::showText(help->globalPos(), laneName(lane).toHtmlEscaped(), viewport());
            else
                QToolTip::hideText();
        }
        return true;
    }
    return QAbstractItemView::viewportEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        m_badgeCache.clear();
        viewport()->update();
        break;
    case QEvent::FontChange:
        updateMetrics();
        invalidateLayout();
        break;
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        viewport()->update();
        break;
    default:
        break;
    }
    QAbstractItemView::changeEvent(event);
}

QString TimelineView::toolTipText(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    auto value = [&](int role) {
        return index.data(role);
    };
    const QString ref = value(DeploymentRoles::RefRole).toString();
    const QString sha = value(DeploymentRoles::ShaRole).toString();
    const StatusState state = value(DeploymentRoles::StateRole).value<StatusState>();
    QString stateText =
        StateStyle::displayName(state, value(DeploymentRoles::RawStateRole).toString());
    if (value(DeploymentRoles::PendingWriteRole).toBool())
        stateText = tr("%1 (saving…)").arg(stateText);
    const QDateTime created = value(DeploymentRoles::CreatedAtRole).toDateTime();
    const QDateTime ended = value(DeploymentRoles::EndTimeRole).toDateTime();
    QString description = value(DeploymentRoles::DescriptionRole).toString();
    if (description.size() > 300)
        description = description.left(300) + QChar(0x2026);

    // Every API string is escaped: the tooltip is rich text only for the bold ref.
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(ref.toHtmlEscaped());
    lines << tr("Commit: %1").arg(TimeFormat::shortSha(sha).toHtmlEscaped());
    lines << tr("Environment: %1")
                 .arg(value(DeploymentRoles::EnvironmentRole).toString().toHtmlEscaped());
    lines << tr("State: %1").arg(stateText.toHtmlEscaped());
    lines << tr("Created by: %1")
                 .arg(value(DeploymentRoles::CreatorLoginRole).toString().toHtmlEscaped());
    lines << tr("Created: %1 (%2)")
                 .arg(TimeFormat::brief(created).toHtmlEscaped(),
                      TimeFormat::relative(created, now()).toHtmlEscaped());
    if (value(DeploymentRoles::IsActiveRole).toBool())
        lines << tr("Live now");
    else if (ended.isValid())
        lines << tr("Ended: %1").arg(TimeFormat::brief(ended).toHtmlEscaped());
    if (!description.isEmpty())
        lines << description.toHtmlEscaped();
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
        .arg(lines.join(QStringLiteral("<br/>")));
}
