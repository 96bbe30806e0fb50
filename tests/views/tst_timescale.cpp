#include "views/timescale.h"

#include <QTest>

namespace {

constexpr qint64 msPerHour = 3600 * 1000;
constexpr qint64 msPerDay = 24 * msPerHour;

// 2024-03-14T12:00:00Z
const qint64 now = QDateTime(QDate(2024, 3, 14), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

// A scale over [now - 10 days, now + 1 day] in a 1000 px time area right of a 120 px header.
TimeScale makeScale(double secondsPerPixel)
{
    TimeScale scale;
    scale.setRange(now - 10 * msPerDay, now + msPerDay);
    scale.setViewport(120, 1000);
    scale.setSecondsPerPixel(secondsPerPixel);
    return scale;
}

// Text measured as 7 px a character (bold: 8), so the tests can count pixels.
TimeScale::AxisText axisText()
{
    TimeScale::AxisText text;
    text.height = 40;
    text.rowHeight = 20;
    text.timeLabelWidth = 5 * 7 + 18;
    text.dateLabelWidth = 6 * 7 + 18;
    text.text = [](const QDateTime &tick, TimeScale::TickUnit unit, bool major) {
        const QDateTime utc = tick.toUTC();
        if (major)
            return unit == TimeScale::TickUnit::Day ? utc.toString(QStringLiteral("dddd, MMMM d"))
                                                    : utc.toString(QStringLiteral("MMMM yyyy"));
        return unit <= TimeScale::TickUnit::Hour ? utc.toString(QStringLiteral("HH:mm"))
                                                 : utc.toString(QStringLiteral("ddd d"));
    };
    text.width = [](const QString &label, bool major) {
        return double(label.size() * (major ? 8 : 7));
    };
    text.elideMajor = [](const QString &label, double width) {
        const int chars = int(width / 8) - 1;
        return chars < 2 ? QString() : label.left(chars) + QChar(0x2026);
    };
    text.nowText = QStringLiteral("Now");
    text.nowWidth = 3 * 7;
    return text;
}

} // namespace

class TestTimeScale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mapsTimeToX_data();
    void mapsTimeToX();
    void secondsPerPixelLimits();
    void offsetStaysInRange();
    void fitShowsEverything();
    void zoomKeepsTimeUnderPoint_data();
    void zoomKeepsTimeUnderPoint();
    void zoomOutsideTimeAreaUsesMiddle();
    void showBringsARangeIntoView();
    void minorStep_data();
    void minorStep();
    void majorStep();
    void ticksAreAlignedAndCoverTheRange_data();
    void ticksAreAlignedAndCoverTheRange();
    void nowLabelCoversNoAxisLabel_data();
    void nowLabelCoversNoAxisLabel();
    void headingUnderNowLabelMovesOrShortens();
};

void TestTimeScale::initTestCase()
{
    // Ticks are in local time: pin it so the numbers below hold anywhere.
    qputenv("TZ", "UTC");
    tzset();
}

void TestTimeScale::mapsTimeToX_data()
{
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<int>("offset");
    QTest::addRow("1 min/px at start") << 60.0 << 0;
    QTest::addRow("1 min/px scrolled") << 60.0 << 5000;
    QTest::addRow("1 s/px scrolled") << 1.0 << 400000;
    QTest::addRow("minimum zoom") << 0.25 << 123456;
}

void TestTimeScale::mapsTimeToX()
{
    QFETCH(double, secondsPerPixel);
    QFETCH(int, offset);
    TimeScale scale = makeScale(secondsPerPixel);
    scale.setOffset(offset);
    QCOMPARE(scale.offset(), offset);
    // Given the range start at content x 0, when scrolled by offset, then it is at x origin-offset.
    QCOMPARE(scale.xForMsecs(scale.rangeStart()), double(120 - offset));
    // One pixel further is secondsPerPixel later.
    const qint64 t = scale.msecsAt(500);
    QCOMPARE(scale.msecsAt(501) - t, qint64(secondsPerPixel * 1000));
    // And back.
    QVERIFY(qAbs(scale.xForMsecs(t) - 500) < 1e-6);
}

void TestTimeScale::secondsPerPixelLimits()
{
    TimeScale scale = makeScale(60);
    scale.setSecondsPerPixel(0.01);
    QCOMPARE(scale.secondsPerPixel(), TimeScale::minSecondsPerPixel);
    scale.setSecondsPerPixel(1e9);
    // Fully out: 11 days over 1000 px.
    QCOMPARE(scale.secondsPerPixel(), 11 * 86400.0 / 1000);
    QCOMPARE(scale.maxSecondsPerPixel(), 11 * 86400.0 / 1000);
    // A tiny range still allows zooming to twice the minimum.
    TimeScale tiny;
    tiny.setRange(now, now + 100);
    tiny.setViewport(0, 1000);
    QCOMPARE(tiny.maxSecondsPerPixel(), 2 * TimeScale::minSecondsPerPixel);
}

void TestTimeScale::offsetStaysInRange()
{
    TimeScale scale = makeScale(60); // 11 days = 15840 px
    QCOMPARE(scale.contentWidth(), 15840);
    QCOMPARE(scale.maxOffset(), 15840 - 1000);
    scale.setOffset(-50);
    QCOMPARE(scale.offset(), 0);
    scale.setOffset(1'000'000);
    QCOMPARE(scale.offset(), scale.maxOffset());
    // Zooming out clamps the offset to the new, shorter content.
    scale.setSecondsPerPixel(600);
    QCOMPARE(scale.offset(), scale.maxOffset());
    QCOMPARE(scale.maxOffset(), 1584 - 1000);
}

void TestTimeScale::fitShowsEverything()
{
    TimeScale scale = makeScale(1);
    scale.setOffset(100000);
    scale.fit();
    QCOMPARE(scale.offset(), 0);
    QVERIFY(qAbs(scale.xForMsecs(scale.rangeStart()) - 120) < 1e-6);
    QVERIFY(qAbs(scale.xForMsecs(scale.rangeEnd()) - 1120) < 1e-6);
}

void TestTimeScale::zoomKeepsTimeUnderPoint_data()
{
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<double>("factor");
    QTest::addColumn<int>("x");
    QTest::addRow("in at left") << 120.0 << 1.5 << 130;
    QTest::addRow("in at right") << 120.0 << 2.0 << 1100;
    QTest::addRow("out in the middle") << 30.0 << 1 / 1.5 << 600;
    QTest::addRow("deep in") << 2.0 << 1.2 << 777;
}

void TestTimeScale::zoomKeepsTimeUnderPoint()
{
    QFETCH(double, secondsPerPixel);
    QFETCH(double, factor);
    QFETCH(int, x);
    TimeScale scale = makeScale(secondsPerPixel);
    scale.scrollTo(now - 2 * msPerDay, 600);
    const qint64 before = scale.msecsAt(x);
    QVERIFY(scale.zoomAt(factor, x));
    QVERIFY(qAbs(scale.secondsPerPixel() - secondsPerPixel / factor) < 1e-9);
    // Within a pixel.
    QVERIFY2(qAbs(scale.msecsAt(x) - before) <= scale.secondsPerPixel() * 1000,
             qPrintable(QString::number(scale.msecsAt(x) - before)));
}

void TestTimeScale::zoomOutsideTimeAreaUsesMiddle()
{
    TimeScale scale = makeScale(120);
    scale.scrollTo(now - 2 * msPerDay, 600);
    const qint64 middle = scale.msecsAt(620);
    QVERIFY(scale.zoomAt(2, 10)); // over the lane headers
    QVERIFY(qAbs(scale.msecsAt(620) - middle) <= 60 * 1000);
    // At the limit, zooming further changes nothing.
    scale.setSecondsPerPixel(TimeScale::minSecondsPerPixel);
    QVERIFY(!scale.zoomAt(2, 600));
    QVERIFY(!scale.zoomAt(0, 600));
}

void TestTimeScale::showBringsARangeIntoView()
{
    TimeScale scale = makeScale(60); // 1000 px = 16.7 hours
    scale.scrollTo(now, 1000);
    const int offset = scale.offset();
    // Partly showing: left alone, unless asked to centre.
    scale.show(now - 20 * msPerHour, now - 10 * msPerHour, false);
    QCOMPARE(scale.offset(), offset);
    scale.show(now - 20 * msPerHour, now - 10 * msPerHour, true);
    QVERIFY(qAbs(scale.xForMsecs(now - 15 * msPerHour) - 620) <= 1);
    // Off screen and short: centred.
    scale.show(now - 5 * msPerDay, now - 5 * msPerDay + msPerHour, false);
    QVERIFY(qAbs(scale.xForMsecs(now - 5 * msPerDay + msPerHour / 2) - 620) <= 1);
    // Longer than 70% of the width: its start at 15%.
    scale.show(now - 8 * msPerDay, now - 7 * msPerDay, false);
    QVERIFY(qAbs(scale.xForMsecs(now - 8 * msPerDay) - 270) <= 1);
}

void TestTimeScale::minorStep_data()
{
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("count");
    // Labels need 53 px (times) or 60 px (dates).
    QTest::addRow("1 s/px: minutes") << 1.0 << int(TimeScale::TickUnit::Minute) << 1;
    QTest::addRow("10 s/px: 10 minutes") << 10.0 << int(TimeScale::TickUnit::Minute) << 10;
    QTest::addRow("1 min/px: hours") << 60.0 << int(TimeScale::TickUnit::Hour) << 1;
    QTest::addRow("10 min/px: 12 hours") << 600.0 << int(TimeScale::TickUnit::Hour) << 12;
    QTest::addRow("30 min/px: 2 days") << 1800.0 << int(TimeScale::TickUnit::Day) << 2;
    QTest::addRow("1 h/px: weeks") << 3600.0 << int(TimeScale::TickUnit::Week) << 1;
    QTest::addRow("1 day/px: quarters") << 86400.0 << int(TimeScale::TickUnit::Month) << 3;
    QTest::addRow("30 days/px: 5 years") << 30 * 86400.0 << int(TimeScale::TickUnit::Year) << 5;
}

void TestTimeScale::minorStep()
{
    QFETCH(double, secondsPerPixel);
    QFETCH(int, unit);
    QFETCH(int, count);
    const TimeScale::TickStep step = TimeScale::minorStep(secondsPerPixel, 53, 60);
    QCOMPARE(int(step.unit), unit);
    QCOMPARE(step.count, count);
    // The chosen step leaves room for its labels (the largest step is the fallback).
    if (step.unit != TimeScale::TickUnit::Year)
        QVERIFY(step.approxMs / (secondsPerPixel * 1000) >= 53);
}

void TestTimeScale::majorStep()
{
    using Unit = TimeScale::TickUnit;
    QCOMPARE(TimeScale::majorStep({Unit::Minute, 5, 0})->unit, Unit::Day);
    QCOMPARE(TimeScale::majorStep({Unit::Hour, 3, 0})->unit, Unit::Day);
    QCOMPARE(TimeScale::majorStep({Unit::Day, 1, 0})->unit, Unit::Month);
    QCOMPARE(TimeScale::majorStep({Unit::Week, 1, 0})->unit, Unit::Month);
    QCOMPARE(TimeScale::majorStep({Unit::Month, 3, 0})->unit, Unit::Year);
    QVERIFY(!TimeScale::majorStep({Unit::Year, 1, 0}).has_value());
}

void TestTimeScale::ticksAreAlignedAndCoverTheRange_data()
{
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addRow("15 minutes") << 15.0;
    QTest::addRow("hours") << 60.0;
    QTest::addRow("days") << 1800.0;
    QTest::addRow("months") << 86400.0;
}

void TestTimeScale::ticksAreAlignedAndCoverTheRange()
{
    QFETCH(double, secondsPerPixel);
    const TimeScale::TickStep step = TimeScale::minorStep(secondsPerPixel, 53, 60);
    const qint64 from = now - 3 * msPerDay + 12345;
    const qint64 to = from + qint64(1000 * secondsPerPixel * 1000);
    const QVector<QDateTime> ticks = TimeScale::ticks(step, from, to);
    QVERIFY(ticks.size() >= 3);
    QVERIFY(ticks.constFirst().toMSecsSinceEpoch() <= from);
    QVERIFY(ticks.constLast().toMSecsSinceEpoch() > to);
    for (int i = 1; i < ticks.size(); ++i) {
        QCOMPARE(TimeScale::nextTick(ticks.at(i - 1), step), ticks.at(i));
        const QDateTime local = ticks.at(i).toLocalTime();
        if (step.unit >= TimeScale::TickUnit::Day)
            QCOMPARE(local.time(), QTime(0, 0));
        else
            QCOMPARE(local.time().msecsSinceStartOfDay() % step.approxMs, 0);
    }
}

void TestTimeScale::nowLabelCoversNoAxisLabel_data()
{
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<double>("nowX"); // where now is in the viewport
    for (double spp : {20.0, 60.0, 300.0, 1800.0, 7200.0}) {
        for (double x : {121.0, 140.0, 400.0, 625.0, 1050.0, 1119.0})
            QTest::addRow("%g s/px, now at %g", spp, x) << spp << x;
    }
    // Now just right of midnight: the day heading would start under the now label.
    QTest::addRow("now at 00:01, 20 s/px") << -20.0 << 600.0;
}

void TestTimeScale::nowLabelCoversNoAxisLabel()
{
    QFETCH(double, secondsPerPixel);
    QFETCH(double, nowX);
    qint64 nowMsecs = now;
    if (secondsPerPixel < 0) {
        secondsPerPixel = -secondsPerPixel;
        nowMsecs = QDateTime(QDate(2024, 3, 14), QTime(0, 1), Qt::UTC).toMSecsSinceEpoch();
    }
    TimeScale scale = makeScale(secondsPerPixel);
    scale.scrollTo(nowMsecs, nowX);
    const double x = scale.xForMsecs(nowMsecs);
    const TimeScale::Axis axis = scale.axis(axisText(), nowMsecs);

    // The now label is whole, inside the time area, and over the now line when it can be.
    QVERIFY(!axis.nowLabel.isEmpty());
    QVERIFY(axis.nowLabel.left() >= 120 && axis.nowLabel.right() <= 1120);
    QVERIFY(axis.nowLabel.left() <= x && axis.nowLabel.right() >= x);
    QVERIFY(!axis.labels.isEmpty());
    int minor = 0;
    for (int i = 0; i < axis.labels.size(); ++i) {
        const TimeScale::AxisLabel &label = axis.labels.at(i);
        minor += label.major ? 0 : 1;
        QVERIFY2(!label.rect.intersects(axis.nowLabel),
                 qPrintable(QStringLiteral("%1 under the now label").arg(label.text)));
        // No half-cut labels: each is inside the time area and as wide as its text.
        QVERIFY(label.rect.left() >= 120 && label.rect.right() <= 1120);
        QVERIFY(label.rect.width() >= axisText().width(label.text, label.major) - 0.01);
        for (int j = 0; j < i; ++j)
            QVERIFY(!label.rect.intersects(axis.labels.at(j).rect));
    }
    QVERIFY(minor >= 2);
}

void TestTimeScale::headingUnderNowLabelMovesOrShortens()
{
    // Given now at 00:01 and midnight in the middle of the screen at 20 s/px,
    TimeScale scale = makeScale(20);
    const qint64 nowMsecs = QDateTime(QDate(2024, 3, 14), QTime(0, 1), Qt::UTC).toMSecsSinceEpoch();
    scale.scrollTo(nowMsecs, 600);
    // when the axis is laid out,
    const TimeScale::Axis axis = scale.axis(axisText(), nowMsecs);
    // then the new day's heading follows the now label instead of hiding under it,
    bool found = false;
    for (const TimeScale::AxisLabel &label : axis.labels) {
        if (label.major && label.text.startsWith(QLatin1String("Thursday"))) {
            found = true;
            QVERIFY(label.rect.left() >= axis.nowLabel.right());
        }
        // and the day before ends before it.
        if (label.major && label.text.startsWith(QLatin1String("Wed")))
            QVERIFY(label.rect.right() <= axis.nowLabel.left());
    }
    QVERIFY(found);
}

QTEST_APPLESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
