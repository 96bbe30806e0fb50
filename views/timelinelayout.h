#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

// The timeline's vertical geometry: one lane per environment in a given order, bars packed into
// tracks inside a lane, lane tops and heights, and which bars a time range meets; plain numbers.
class TimelineLayout
{
public:
    static constexpr int maxTracks = 3;

    // One deployment as the layout sees it.
    struct Bar
    {
        int row = -1;     // model row
        qint64 id = 0;    // deployment id: newer deployments have higher ids
        QString lane;     // environment name
        qint64 start = 0; // ms since the epoch
        qint64 end = -1;  // ms since the epoch; -1 while live (ends now)
    };
    struct Item
    {
        int row = -1;
        qint64 id = 0;
        qint64 start = 0;
        qint64 end = -1; // -1 while live
        int track = 0;   // sub-row inside the lane, for overlapping bars
    };
    struct Lane
    {
        QString name;
        int tracks = 1;
        int top = 0; // content y (before vertical scrolling)
        int height = 0;
        // By creation second, then newest (highest id) first: a deployment and its redeploy
        // in the same second keep a stable order in tracks and in keyboard navigation.
        QVector<Item> items;
        QVector<qint64> maxEnd; // maxEnd[i] = max end of items[0..i] (live = INT64_MAX)
    };

    // Environments top first (EnvironmentModel's order). Lanes of other environments follow,
    // in natural name order (pr-9 before pr-10).
    void setLaneOrder(const QStringList &environments);
    QStringList laneOrder() const { return m_laneOrder; }
    // Height of a track, and the padding above and below a lane's tracks.
    void setMetrics(int trackHeight, int lanePadding);
    int trackHeight() const { return m_trackHeight; }
    int lanePadding() const { return m_lanePadding; }

    // Lays out bars (any order; bars of one lane need not be adjacent).
    void setBars(const QVector<Bar> &bars);
    void clear();

    int laneCount() const { return m_lanes.size(); }
    const Lane &lane(int lane) const { return m_lanes.at(lane); }
    const QVector<Lane> &lanes() const { return m_lanes; }
    int contentHeight() const { return m_contentHeight; }
    // Earliest start and latest end (a live bar ends at now); false when there are no bars.
    bool timeSpan(qint64 now, qint64 *first, qint64 *last) const;

    // The lane at content y, or -1.
    int laneAt(int contentY) const;
    // Content y of a track's top inside a lane.
    int trackTop(int lane, int track) const;
    // {lane, item} for a model row; {-1, -1} when the row has no bar.
    std::pair<int, int> locate(int row) const;
    // First and one-past-last item of a lane that may meet [from, to] (a superset, found by
    // binary search: items are sorted by start and maxEnd never decreases).
    std::pair<int, int> itemsIn(int lane, qint64 from, qint64 to) const;
    // The item of a lane that starts at or before msecs last in the lane's order, or -1.
    int lastStartingBefore(int lane, qint64 msecs) const;
    // The item of a lane nearest in time to msecs: the first one covering it, else the one
    // ending just before or starting just after (live items end at now); -1 for no items.
    int nearestItem(int lane, qint64 msecs, qint64 now) const;

    // Keyboard moves in lane order: within a lane, to the first or last item of all, or to
    // another lane's item nearest msecs (the middle of what shows of the current bar).
    enum class Move {
        Previous,
        Next,
        LaneStart,
        LaneEnd,
        First,
        Last,
        Up,
        Down,
        TopLane,
        BottomLane
    };
    // {lane, item} after a move from {lane, item}; the same when there is nowhere to go.
    std::pair<int, int> move(int lane, int item, Move move, qint64 msecs, qint64 now) const;
    // The scroll position (content y at the top) that shows a lane: unchanged when it shows,
    // else the lane at the top, or at the bottom when it was below. atTop/atBottom force it.
    int scrollTopFor(int lane, int scrollTop, int visibleHeight, bool atTop = false,
                     bool atBottom = false) const;

    // Ordering of items in a lane: by creation second, then higher id first.
    static bool itemBefore(const Item &a, const Item &b);
    // Width of the lane header column: room for the widest name and the widest count, within
    // [minimum, maximum]; the count always fits (a long name is elided instead).
    static int headerWidth(const QVector<int> &nameWidths, const QVector<int> &countWidths,
                           int padding, int minimum, int maximum);

private:
    QStringList m_laneOrder;
    int m_trackHeight = 24;
    int m_lanePadding = 6;
    QVector<Lane> m_lanes;
    QHash<int, std::pair<int, int>> m_rowToItem;
    int m_contentHeight = 0;
};
