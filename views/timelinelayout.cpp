#include "timelinelayout.h"

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 liveEnd = std::numeric_limits<qint64>::max();

// GitHub gives creation times in whole seconds: two deployments of one second are a tie.
qint64 secondOf(qint64 msecs)
{
    return msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
}

// Natural order: digit runs compare as numbers ("pr-9" < "pr-10"), the rest case-insensitively.
int naturalCompare(const QString &a, const QString &b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int endA = i;
            int endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            while (i < endA - 1 && a.at(i) == QLatin1Char('0'))
                ++i;
            while (j < endB - 1 && b.at(j) == QLatin1Char('0'))
                ++j;
            if (endA - i != endB - j)
                return (endA - i) - (endB - j);
            const int digits =
                QStringView(a).mid(i, endA - i).compare(QStringView(b).mid(j, endB - j));
            if (digits != 0)
                return digits;
            i = endA;
            j = endB;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca.unicode() < cb.unicode() ? -1 : 1;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) - (b.size() - j);
    return a.compare(b);
}

} // namespace

void TimelineLayout::setLaneOrder(const QStringList &environments)
{
    m_laneOrder = environments;
}

void TimelineLayout::setMetrics(int trackHeight, int lanePadding)
{
    m_trackHeight = qMax(1, trackHeight);
    m_lanePadding = qMax(0, lanePadding);
}

void TimelineLayout::clear()
{
    m_lanes.clear();
    m_rowToItem.clear();
    m_contentHeight = 0;
}

bool TimelineLayout::itemBefore(const Item &a, const Item &b)
{
    const qint64 secondA = secondOf(a.start);
    const qint64 secondB = secondOf(b.start);
    if (secondA != secondB)
        return secondA < secondB;
    if (a.id != b.id)
        return a.id > b.id;
    return a.row < b.row;
}

void TimelineLayout::setBars(const QVector<Bar> &bars)
{
    clear();
    QHash<QString, int> laneByName;
    for (const Bar &bar : bars) {
        int laneIndex = laneByName.value(bar.lane, -1);
        if (laneIndex < 0) {
            laneIndex = m_lanes.size();
            laneByName.insert(bar.lane, laneIndex);
            Lane lane;
            lane.name = bar.lane;
            m_lanes.append(lane);
        }
        Item item;
        item.row = bar.row;
        item.id = bar.id;
        item.start = bar.start;
        item.end = bar.end < 0 ? -1 : qMax(bar.start, bar.end);
        m_lanes[laneIndex].items.append(item);
    }

    QHash<QString, int> rank;
    for (int i = 0; i < m_laneOrder.size(); ++i) {
        if (!rank.contains(m_laneOrder.at(i)))
            rank.insert(m_laneOrder.at(i), i);
    }
    // Environments the order does not list go last.
    const int unknown = std::numeric_limits<int>::max();
    std::sort(m_lanes.begin(), m_lanes.end(), [&rank, unknown](const Lane &a, const Lane &b) {
        const int rankA = rank.value(a.name, unknown);
        const int rankB = rank.value(b.name, unknown);
        if (rankA != rankB)
            return rankA < rankB;
        return naturalCompare(a.name, b.name) < 0;
    });

    int top = 0;
    for (int l = 0; l < m_lanes.size(); ++l) {
        Lane &lane = m_lanes[l];
        std::sort(lane.items.begin(), lane.items.end(), &TimelineLayout::itemBefore);
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
                // Every track is busy: share the one that frees first.
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
        lane.height = 2 * m_lanePadding + lane.tracks * m_trackHeight;
        top += lane.height;
    }
    m_contentHeight = top;
}

bool TimelineLayout::timeSpan(qint64 now, qint64 *first, qint64 *last) const
{
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (const Lane &lane : m_lanes) {
        if (lane.items.isEmpty())
            continue;
        // Sorted by second: the earliest start is among the first second's items.
        const qint64 firstSecond = secondOf(lane.items.constFirst().start);
        for (const Item &item : lane.items) {
            if (secondOf(item.start) != firstSecond)
                break;
            from = qMin(from, item.start);
        }
        const qint64 end = lane.maxEnd.constLast();
        to = qMax(to, end == liveEnd ? qMax(now, from) : end);
    }
    if (from > to)
        return false;
    *first = from;
    *last = to;
    return true;
}

int TimelineLayout::laneAt(int contentY) const
{
    // Lanes are stacked without gaps: binary search on their tops.
    const auto it = std::upper_bound(m_lanes.cbegin(), m_lanes.cend(), contentY,
                                     [](int y, const Lane &lane) { return y < lane.top; });
    if (it == m_lanes.cbegin())
        return -1;
    const int lane = int(it - m_lanes.cbegin()) - 1;
    return contentY < m_lanes.at(lane).top + m_lanes.at(lane).height ? lane : -1;
}

int TimelineLayout::trackTop(int lane, int track) const
{
    return m_lanes.at(lane).top + m_lanePadding + track * m_trackHeight;
}

std::pair<int, int> TimelineLayout::locate(int row) const
{
    return m_rowToItem.value(row, {-1, -1});
}

std::pair<int, int> TimelineLayout::itemsIn(int laneIndex, qint64 from, qint64 to) const
{
    const Lane &lane = m_lanes.at(laneIndex);
    const auto firstEnd = std::lower_bound(lane.maxEnd.cbegin(), lane.maxEnd.cend(), from);
    const qint64 toSecond = secondOf(to);
    const auto pastStart = std::upper_bound(
        lane.items.cbegin(), lane.items.cend(), toSecond,
        [](qint64 second, const Item &item) { return second < secondOf(item.start); });
    const int first = int(firstEnd - lane.maxEnd.cbegin());
    const int last = int(pastStart - lane.items.cbegin());
    return {first, qMax(first, last)};
}

int TimelineLayout::lastStartingBefore(int laneIndex, qint64 msecs) const
{
    const Lane &lane = m_lanes.at(laneIndex);
    const qint64 second = secondOf(msecs);
    const auto it =
        std::upper_bound(lane.items.cbegin(), lane.items.cend(), second,
                         [](qint64 s, const Item &item) { return s < secondOf(item.start); });
    return int(it - lane.items.cbegin()) - 1;
}

int TimelineLayout::nearestItem(int laneIndex, qint64 msecs, qint64 now) const
{
    const Lane &lane = m_lanes.at(laneIndex);
    auto endOf = [now](const Item &item) {
        return item.end < 0 ? qMax(now, item.start) : item.end;
    };
    const auto [first, last] = itemsIn(laneIndex, msecs, msecs);
    for (int i = first; i < last; ++i) {
        if (lane.items.at(i).start <= msecs && endOf(lane.items.at(i)) >= msecs)
            return i;
    }
    const int before = lastStartingBefore(laneIndex, msecs);
    int best = lane.items.isEmpty() ? -1 : 0;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (int i : {before, before + 1}) {
        if (i < 0 || i >= lane.items.size())
            continue;
        const Item &candidate = lane.items.at(i);
        const qint64 distance = msecs < candidate.start ? candidate.start - msecs
                                                        : qMax<qint64>(0, msecs - endOf(candidate));
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

std::pair<int, int> TimelineLayout::move(int lane, int item, Move move, qint64 msecs,
                                         qint64 now) const
{
    const int lastLane = m_lanes.size() - 1;
    const int lastItem = m_lanes.at(lane).items.size() - 1;
    int target = lane;
    switch (move) {
    case Move::Previous:
        return {lane, qMax(0, item - 1)};
    case Move::Next:
        return {lane, qMin(lastItem, item + 1)};
    case Move::LaneStart:
        return {lane, 0};
    case Move::LaneEnd:
        return {lane, lastItem};
    case Move::First:
        return {0, 0};
    case Move::Last:
        return {lastLane, m_lanes.at(lastLane).items.size() - 1};
    case Move::Up:
        target = lane - 1;
        break;
    case Move::Down:
        target = lane + 1;
        break;
    case Move::TopLane:
        target = 0;
        break;
    case Move::BottomLane:
        target = lastLane;
        break;
    }
    if (target < 0 || target > lastLane || target == lane)
        return {lane, item};
    return {target, nearestItem(target, msecs, now)};
}

int TimelineLayout::scrollTopFor(int lane, int scrollTop, int visibleHeight, bool atTop,
                                 bool atBottom) const
{
    const int top = m_lanes.at(lane).top;
    const int bottom = top + m_lanes.at(lane).height;
    if (atTop || top < scrollTop)
        return top;
    if (atBottom || bottom > scrollTop + visibleHeight)
        return qMin(top, bottom - visibleHeight);
    return scrollTop;
}

int TimelineLayout::headerWidth(const QVector<int> &nameWidths, const QVector<int> &countWidths,
                                int padding, int minimum, int maximum)
{
    int name = 0;
    for (int width : nameWidths)
        name = qMax(name, width);
    int count = 0;
    for (int width : countWidths)
        count = qMax(count, width);
    return qMax(qBound(minimum, name + padding, maximum), count + padding);
}
