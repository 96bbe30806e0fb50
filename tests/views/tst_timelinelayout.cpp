#include "views/timelinelayout.h"

#include <QTest>

namespace {

constexpr qint64 hour = 3600 * 1000;
constexpr qint64 t0 = 1710417600000; // 2024-03-14T12:00:00Z

TimelineLayout::Bar bar(int row, qint64 id, const QString &lane, qint64 start, qint64 end = -1)
{
    TimelineLayout::Bar b;
    b.row = row;
    b.id = id;
    b.lane = lane;
    b.start = start;
    b.end = end;
    return b;
}

QStringList laneNames(const TimelineLayout &layout)
{
    QStringList names;
    for (const TimelineLayout::Lane &lane : layout.lanes())
        names << lane.name;
    return names;
}

// Ids of a lane's items, in the lane's order.
QList<qint64> idsOf(const TimelineLayout &layout, int lane)
{
    QList<qint64> result;
    for (const TimelineLayout::Item &item : layout.lane(lane).items)
        result << item.id;
    return result;
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT
private slots:
    void lanesFollowTheGivenOrder_data();
    void lanesFollowTheGivenOrder();
    void overlappingBarsGetTracks_data();
    void overlappingBarsGetTracks();
    void tiesKeepNewestFirst_data();
    void tiesKeepNewestFirst();
    void laneGeometry();
    void keyboardMoves_data();
    void keyboardMoves();
    void scrollTopShowsTheLane();
    void rowLookup();
    void itemsInARange_data();
    void itemsInARange();
    void timeSpan();
    void headerWidthFitsTheCount_data();
    void headerWidthFitsTheCount();
};

void TestTimelineLayout::lanesFollowTheGivenOrder_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QStringList>("barLanes");
    QTest::addColumn<QStringList>("expected");
    const QStringList lanes = {QStringLiteral("preview/pr-100"), QStringLiteral("qa"),
                               QStringLiteral("staging"), QStringLiteral("preview/pr-90"),
                               QStringLiteral("production")};
    QTest::addRow("environment model order")
        << QStringList{QStringLiteral("production"), QStringLiteral("staging"),
                       QStringLiteral("qa"), QStringLiteral("preview/pr-90"),
                       QStringLiteral("preview/pr-100")}
        << lanes
        << QStringList{QStringLiteral("production"), QStringLiteral("staging"),
                       QStringLiteral("qa"), QStringLiteral("preview/pr-90"),
                       QStringLiteral("preview/pr-100")};
    QTest::addRow("unknown lanes after, natural order")
        << QStringList{QStringLiteral("production"), QStringLiteral("staging")} << lanes
        << QStringList{QStringLiteral("production"), QStringLiteral("staging"),
                       QStringLiteral("preview/pr-90"), QStringLiteral("preview/pr-100"),
                       QStringLiteral("qa")};
    QTest::addRow("no order: natural names")
        << QStringList{} << lanes
        << QStringList{QStringLiteral("preview/pr-90"), QStringLiteral("preview/pr-100"),
                       QStringLiteral("production"), QStringLiteral("qa"),
                       QStringLiteral("staging")};
    QTest::addRow("order lists environments without bars")
        << QStringList{QStringLiteral("dev"), QStringLiteral("qa"), QStringLiteral("canary"),
                       QStringLiteral("production")}
        << QStringList{QStringLiteral("production"), QStringLiteral("qa")}
        << QStringList{QStringLiteral("qa"), QStringLiteral("production")};
}

void TestTimelineLayout::lanesFollowTheGivenOrder()
{
    QFETCH(QStringList, order);
    QFETCH(QStringList, barLanes);
    QFETCH(QStringList, expected);
    QVector<TimelineLayout::Bar> bars;
    for (int i = 0; i < barLanes.size(); ++i)
        bars << bar(i, i + 1, barLanes.at(i), t0 + i * hour);
    TimelineLayout layout;
    layout.setLaneOrder(order);
    layout.setBars(bars);
    QCOMPARE(laneNames(layout), expected);
    // Lanes are stacked top first in that order.
    for (int lane = 1; lane < layout.laneCount(); ++lane)
        QVERIFY(layout.lane(lane).top > layout.lane(lane - 1).top);
}

void TestTimelineLayout::overlappingBarsGetTracks_data()
{
    QTest::addColumn<QList<qint64>>("starts"); // hours after t0
    QTest::addColumn<QList<qint64>>("ends");   // -1: live
    QTest::addColumn<QList<int>>("tracks");    // in start order
    QTest::addColumn<int>("laneTracks");
    QTest::addRow("one after another")
        << QList<qint64>{0, 2, 4} << QList<qint64>{2, 4, -1} << QList<int>{0, 0, 0} << 1;
    QTest::addRow("two overlap") << QList<qint64>{0, 1, 3} << QList<qint64>{2, 4, -1}
                                 << QList<int>{0, 1, 0} << 2;
    QTest::addRow("three live") << QList<qint64>{0, 1, 2} << QList<qint64>{-1, -1, -1}
                                << QList<int>{0, 1, 2} << 3;
    // A fourth overlapping bar shares the track that frees first (at most three tracks).
    QTest::addRow("four overlap") << QList<qint64>{0, 1, 2, 3} << QList<qint64>{10, 5, 8, 9}
                                  << QList<int>{0, 1, 2, 1} << 3;
}

void TestTimelineLayout::overlappingBarsGetTracks()
{
    QFETCH(QList<qint64>, starts);
    QFETCH(QList<qint64>, ends);
    QFETCH(QList<int>, tracks);
    QFETCH(int, laneTracks);
    QVector<TimelineLayout::Bar> bars;
    // Given in reverse: the layout sorts.
    for (int i = starts.size() - 1; i >= 0; --i)
        bars << bar(i, i + 1, QStringLiteral("production"), t0 + starts.at(i) * hour,
                    ends.at(i) < 0 ? -1 : t0 + ends.at(i) * hour);
    TimelineLayout layout;
    layout.setBars(bars);
    QCOMPARE(layout.laneCount(), 1);
    QCOMPARE(layout.lane(0).tracks, laneTracks);
    QList<int> actual;
    for (const TimelineLayout::Item &item : layout.lane(0).items)
        actual << item.track;
    QCOMPARE(actual, tracks);
}

void TestTimelineLayout::tiesKeepNewestFirst_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<QList<qint64>>("startOffsets"); // ms after t0
    QTest::addColumn<QList<qint64>>("expectedOrder");
    QTest::addRow("same millisecond")
        << QList<qint64>{5, 7, 6} << QList<qint64>{0, 0, 0} << QList<qint64>{7, 6, 5};
    // GitHub gives seconds; within one second the id decides, not the milliseconds.
    QTest::addRow("same second") << QList<qint64>{5, 7, 6} << QList<qint64>{900, 0, 500}
                                 << QList<qint64>{7, 6, 5};
    QTest::addRow("next second is later")
        << QList<qint64>{9, 3} << QList<qint64>{0, 1000} << QList<qint64>{9, 3};
}

void TestTimelineLayout::tiesKeepNewestFirst()
{
    QFETCH(QList<qint64>, ids);
    QFETCH(QList<qint64>, startOffsets);
    QFETCH(QList<qint64>, expectedOrder);
    QVector<TimelineLayout::Bar> bars;
    for (int i = 0; i < ids.size(); ++i)
        bars << bar(i, ids.at(i), QStringLiteral("staging"), t0 + startOffsets.at(i));
    // Whatever order the rows come in.
    for (int rotation = 0; rotation < bars.size(); ++rotation) {
        std::rotate(bars.begin(), bars.begin() + 1, bars.end());
        TimelineLayout layout;
        layout.setBars(bars);
        QCOMPARE(idsOf(layout, 0), expectedOrder);
        // Track assignment follows the same order: the newest takes the top track.
        const TimelineLayout::Lane &lane = layout.lane(0);
        if (startOffsets.constLast() < 1000) {
            for (int i = 0; i < lane.items.size(); ++i)
                QCOMPARE(lane.items.at(i).track, i);
        }
        for (const TimelineLayout::Item &item : lane.items) {
            const auto [l, i] = layout.locate(item.row);
            QCOMPARE(lane.items.at(i).id, item.id);
            QCOMPARE(l, 0);
        }
    }
}

void TestTimelineLayout::laneGeometry()
{
    TimelineLayout layout;
    layout.setMetrics(30, 6);
    layout.setLaneOrder({QStringLiteral("production"), QStringLiteral("staging")});
    layout.setBars({bar(0, 1, QStringLiteral("production"), t0),
                    bar(1, 2, QStringLiteral("production"), t0 + hour),
                    bar(2, 3, QStringLiteral("staging"), t0, t0 + hour)});
    // production: two live bars, two tracks: 6 + 2 * 30 + 6 = 72 px; staging: 42 px.
    QCOMPARE(layout.lane(0).top, 0);
    QCOMPARE(layout.lane(0).height, 72);
    QCOMPARE(layout.lane(1).top, 72);
    QCOMPARE(layout.lane(1).height, 42);
    QCOMPARE(layout.contentHeight(), 114);
    QCOMPARE(layout.trackTop(0, 1), 36);
    QCOMPARE(layout.trackTop(1, 0), 78);
    QCOMPARE(layout.laneAt(-1), -1);
    QCOMPARE(layout.laneAt(0), 0);
    QCOMPARE(layout.laneAt(71), 0);
    QCOMPARE(layout.laneAt(72), 1);
    QCOMPARE(layout.laneAt(113), 1);
    QCOMPARE(layout.laneAt(114), -1);
    layout.clear();
    QCOMPARE(layout.laneCount(), 0);
    QCOMPARE(layout.laneAt(0), -1);
}

void TestTimelineLayout::keyboardMoves_data()
{
    using Move = TimelineLayout::Move;
    QTest::addColumn<qint64>("fromId");
    QTest::addColumn<int>("move");
    QTest::addColumn<qint64>("hours"); // the time aimed at in another lane, hours after t0
    QTest::addColumn<qint64>("toId");
    // production: 1 [0h, 2h), then 4 and 3 created in the same second (4 first: newest);
    // staging: 5 [1h, 3h), 6 [4.5h, live).
    QTest::addRow("next from the oldest") << qint64(1) << int(Move::Next) << qint64(0) << qint64(4);
    QTest::addRow("tie: newest, then older")
        << qint64(4) << int(Move::Next) << qint64(0) << qint64(3);
    QTest::addRow("next stops at the end")
        << qint64(3) << int(Move::Next) << qint64(0) << qint64(3);
    QTest::addRow("previous of the tie's older")
        << qint64(3) << int(Move::Previous) << qint64(0) << qint64(4);
    QTest::addRow("lane end") << qint64(1) << int(Move::LaneEnd) << qint64(0) << qint64(3);
    QTest::addRow("lane start") << qint64(3) << int(Move::LaneStart) << qint64(0) << qint64(1);
    QTest::addRow("down onto a covering bar")
        << qint64(1) << int(Move::Down) << qint64(2) << qint64(5);
    QTest::addRow("down to the nearest bar")
        << qint64(1) << int(Move::Down) << qint64(4) << qint64(6);
    QTest::addRow("up from the top lane stays")
        << qint64(1) << int(Move::Up) << qint64(0) << qint64(1);
    QTest::addRow("last of all") << qint64(1) << int(Move::Last) << qint64(0) << qint64(6);
    QTest::addRow("first of all") << qint64(6) << int(Move::First) << qint64(0) << qint64(1);
}

void TestTimelineLayout::keyboardMoves()
{
    QFETCH(qint64, fromId);
    QFETCH(int, move);
    QFETCH(qint64, hours);
    QFETCH(qint64, toId);
    TimelineLayout layout;
    layout.setLaneOrder({QStringLiteral("production"), QStringLiteral("staging")});
    layout.setBars({bar(0, 3, QStringLiteral("production"), t0 + 6 * hour),
                    bar(1, 1, QStringLiteral("production"), t0, t0 + 2 * hour),
                    bar(2, 4, QStringLiteral("production"), t0 + 6 * hour + 400),
                    bar(3, 5, QStringLiteral("staging"), t0 + hour, t0 + 3 * hour),
                    bar(4, 6, QStringLiteral("staging"), t0 + 4 * hour + hour / 2)});
    int fromLane = -1;
    int fromItem = -1;
    for (int l = 0; l < layout.laneCount(); ++l) {
        for (int i = 0; i < layout.lane(l).items.size(); ++i) {
            if (layout.lane(l).items.at(i).id == fromId) {
                fromLane = l;
                fromItem = i;
            }
        }
    }
    QVERIFY(fromLane >= 0);
    const auto [lane, item] = layout.move(fromLane, fromItem, TimelineLayout::Move(move),
                                          t0 + hours * hour, t0 + 10 * hour);
    QCOMPARE(layout.lane(lane).items.at(item).id, toId);
}

void TestTimelineLayout::scrollTopShowsTheLane()
{
    TimelineLayout layout;
    layout.setMetrics(30, 5); // 40 px a lane
    QVector<TimelineLayout::Bar> bars;
    for (int i = 0; i < 10; ++i)
        bars << bar(i, i + 1, QStringLiteral("env-%1").arg(i), t0);
    layout.setBars(bars);
    // 100 px show: lanes 0..1 and half of 2 at scroll 0.
    QCOMPARE(layout.scrollTopFor(1, 0, 100), 0);                 // shows: unchanged
    QCOMPARE(layout.scrollTopFor(5, 0, 100), 5 * 40 + 40 - 100); // below: at the bottom
    QCOMPARE(layout.scrollTopFor(2, 200, 100), 80);              // above: at the top
    QCOMPARE(layout.scrollTopFor(1, 0, 100, true), 40);          // asked for the top
    QCOMPARE(layout.scrollTopFor(9, 0, 100, false, true), 300);
}

void TestTimelineLayout::rowLookup()
{
    TimelineLayout layout;
    layout.setLaneOrder({QStringLiteral("production"), QStringLiteral("staging")});
    // Row 1 has no bar (no creation time): rows need not be contiguous.
    layout.setBars({bar(0, 1, QStringLiteral("staging"), t0 + 2 * hour),
                    bar(2, 3, QStringLiteral("production"), t0),
                    bar(3, 4, QStringLiteral("staging"), t0)});
    QCOMPARE(layout.locate(2), std::make_pair(0, 0));
    QCOMPARE(layout.locate(3), std::make_pair(1, 0));
    QCOMPARE(layout.locate(0), std::make_pair(1, 1));
    QCOMPARE(layout.locate(1), std::make_pair(-1, -1));
    QCOMPARE(layout.locate(99), std::make_pair(-1, -1));
    QCOMPARE(layout.lastStartingBefore(1, t0 - 1000), -1);
    QCOMPARE(layout.lastStartingBefore(1, t0 + hour), 0);
    QCOMPARE(layout.lastStartingBefore(1, t0 + 3 * hour), 1);
}

void TestTimelineLayout::itemsInARange_data()
{
    QTest::addColumn<qint64>("from"); // hours after t0
    QTest::addColumn<qint64>("to");
    QTest::addRow("start") << qint64(0) << qint64(3);
    QTest::addRow("middle") << qint64(500) << qint64(510);
    QTest::addRow("end, with the live bar") << qint64(995) << qint64(2000);
    QTest::addRow("before everything") << qint64(-50) << qint64(-10);
}

void TestTimelineLayout::itemsInARange()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    // 1000 one-hour deployments back to back, the last one live.
    QVector<TimelineLayout::Bar> bars;
    for (int i = 0; i < 1000; ++i)
        bars << bar(i, i + 1, QStringLiteral("production"), t0 + i * hour,
                    i == 999 ? -1 : t0 + (i + 1) * hour);
    TimelineLayout layout;
    layout.setBars(bars);
    const auto [first, last] = layout.itemsIn(0, t0 + from * hour, t0 + to * hour);
    // Every bar that meets the range is in [first, last), and little else.
    int meeting = 0;
    for (int i = 0; i < 1000; ++i) {
        const TimelineLayout::Item &item = layout.lane(0).items.at(i);
        const qint64 end = item.end < 0 ? std::numeric_limits<qint64>::max() : item.end;
        if (item.start <= t0 + to * hour && end >= t0 + from * hour) {
            ++meeting;
            QVERIFY(i >= first && i < last);
        }
    }
    QVERIFY(last - first <= meeting + 2);
}

void TestTimelineLayout::timeSpan()
{
    TimelineLayout layout;
    qint64 first = 0;
    qint64 last = 0;
    QVERIFY(!layout.timeSpan(t0, &first, &last));
    layout.setBars({bar(0, 1, QStringLiteral("qa"), t0 - 5 * hour, t0 - 4 * hour),
                    bar(1, 2, QStringLiteral("production"), t0 - 3 * hour)});
    QVERIFY(layout.timeSpan(t0, &first, &last));
    QCOMPARE(first, t0 - 5 * hour);
    QCOMPARE(last, t0); // the live bar ends now
}

void TestTimelineLayout::headerWidthFitsTheCount_data()
{
    QTest::addColumn<QVector<int>>("names");
    QTest::addColumn<QVector<int>>("counts");
    QTest::addColumn<int>("expected");
    QTest::addRow("short names: the minimum") << QVector<int>{40, 50} << QVector<int>{30} << 90;
    QTest::addRow("name decides") << QVector<int>{40, 150} << QVector<int>{60} << 170;
    QTest::addRow("long name: the maximum") << QVector<int>{600} << QVector<int>{60} << 220;
    QTest::addRow("count wider than a name") << QVector<int>{80} << QVector<int>{120} << 140;
    // A count wider than the maximum still fits: it is never cut.
    QTest::addRow("count wider than the maximum") << QVector<int>{600} << QVector<int>{230} << 250;
}

void TestTimelineLayout::headerWidthFitsTheCount()
{
    QFETCH(QVector<int>, names);
    QFETCH(QVector<int>, counts);
    QFETCH(int, expected);
    QCOMPARE(TimelineLayout::headerWidth(names, counts, 20, 90, 220), expected);
}

QTEST_APPLESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
