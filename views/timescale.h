#pragma once

#include <QDateTime>
#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

// The timeline's horizontal geometry: time <-> viewport x, zoom, scrolling, and the axis (tick
// steps, label places, the "Now" label); plain numbers, no widget.
class TimeScale
{
public:
    static constexpr double minSecondsPerPixel = 0.25;
    // Content width is capped so the scroll value stays an int.
    static constexpr double maxContentWidth = 2.0e9;

    enum class TickUnit { Minute, Hour, Day, Week, Month, Year };
    struct TickStep
    {
        TickUnit unit = TickUnit::Minute;
        int count = 1;
        qint64 approxMs = 60 * 1000;

        friend bool operator==(const TickStep &a, const TickStep &b)
        {
            return a.unit == b.unit && a.count == b.count;
        }
    };

    // What the axis needs to know about text: the painter passes its font metrics and locale;
    // tests pass arithmetic.
    struct AxisText
    {
        // Height of the axis and of its first row (major headings and the now label).
        double height = 40;
        double rowHeight = 20;
        // Widest time label ("22:58") and date label ("Wed 28") plus spacing: picks the step.
        int timeLabelWidth = 50;
        int dateLabelWidth = 60;
        std::function<QString(const QDateTime &tick, TickUnit unit, bool major)> text;
        std::function<double(const QString &text, bool major)> width;
        // Shortens a heading to at most width pixels ("March 2…"); may be empty.
        std::function<QString(const QString &text, double width)> elideMajor;
        QString nowText;
        double nowWidth = 0; // width of nowText
    };
    struct AxisLabel
    {
        qint64 msecs = 0;
        QString text; // possibly elided (then shorter than text(...))
        QRectF rect;  // viewport coordinates
        bool major = false;
    };
    struct Axis
    {
        TickStep minor;
        std::optional<TickStep> major;
        QVector<double> minorTicks; // viewport x of each minor tick in the time area
        QVector<double> majorTicks;
        QVector<AxisLabel> labels; // none intersects another, nowLabel, or leaves the time area
        QRectF nowLabel;           // empty when now is off screen
    };

    // Time range of the content (content x = 0 is rangeStart).
    void setRange(qint64 startMs, qint64 endMs);
    qint64 rangeStart() const { return m_rangeStart; }
    qint64 rangeEnd() const { return m_rangeEnd; }
    // The time area in viewport x: [origin, origin + width).
    void setViewport(int origin, int width);
    int origin() const { return m_origin; }
    int viewWidth() const { return m_viewWidth; }

    double secondsPerPixel() const { return m_secondsPerPixel; }
    // Clamped to [minSecondsPerPixel, maxSecondsPerPixel()]; keeps the offset in range.
    void setSecondsPerPixel(double secondsPerPixel);
    // Zoomed fully out: the whole range fits in the time area (at least 2 * the minimum).
    double maxSecondsPerPixel() const;

    // Scroll position: content x at the time area's left edge, 0 .. maxOffset().
    int offset() const { return m_offset; }
    void setOffset(qint64 offset);
    int contentWidth() const;
    int maxOffset() const;

    double xForMsecs(qint64 msecs) const;
    qint64 msecsAt(double viewportX) const;
    // Scrolls so that msecs is at viewportX (as near as the range allows).
    void scrollTo(qint64 msecs, double viewportX);
    // Zooms by factor (> 1 zooms in) keeping the time under viewportX where it is; a viewportX
    // outside the time area zooms around its middle. Returns true when the zoom changed.
    bool zoomAt(double factor, double viewportX);
    // Every time in the range fits; scrolled to the start.
    void fit();
    // Brings [start, end] into view: left alone while a part of it shows (unless centre), else
    // centred when it takes at most 70% of the width, else with its start at 15%.
    void show(qint64 start, qint64 end, bool centre);

    // The smallest step whose labels have room (time steps need timeLabelWidth pixels, date
    // steps dateLabelWidth); the largest step when none has.
    static TickStep minorStep(double secondsPerPixel, int timeLabelWidth, int dateLabelWidth);
    // The headings above a minor step: days over hours, months over days and weeks, years over
    // months; none over years.
    static std::optional<TickStep> majorStep(const TickStep &minor);
    // The first tick at or before time (local time), aligned to the step, and the one after.
    static QDateTime firstTick(const QDateTime &time, const TickStep &step);
    static QDateTime nextTick(const QDateTime &tick, const TickStep &step);
    // Ticks from the last one at or before `from` through the first one after `to` (cached:
    // local-time arithmetic is slow, and scrolling asks for nearly the same ticks every frame).
    static QVector<QDateTime> ticks(const TickStep &step, qint64 from, qint64 to);

    // The axis over the time area for this zoom and scroll, with "now" at nowMsecs: tick
    // positions and the labels to draw. Minor labels sit in the second row right of their tick,
    // major headings in the first row (sticky at the left edge), the now label in the first row
    // centred on now (kept inside the time area). A label that would cross the now label, the
    // edges of the time area or an earlier label is shortened (headings) or left out.
    Axis axis(const AxisText &text, qint64 nowMsecs) const;

private:
    qint64 m_rangeStart = 0;
    qint64 m_rangeEnd = 0;
    int m_origin = 0;
    int m_viewWidth = 1;
    double m_secondsPerPixel = 60.0;
    int m_offset = 0;
};
