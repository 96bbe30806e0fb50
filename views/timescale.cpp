#include "timescale.h"

#include <QLocale>
#include <QtMath>

#include <algorithm>

namespace {

constexpr qint64 msPerMinute = 60 * 1000;
constexpr qint64 msPerHour = 60 * msPerMinute;
constexpr qint64 msPerDay = 24 * msPerHour;

using TickUnit = TimeScale::TickUnit;
using TickStep = TimeScale::TickStep;

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

// Space kept between a label and its tick, the time area's edges and the now label.
constexpr double labelGap = 4;
constexpr double headingGap = 6;
// A heading shorter than this is left out rather than elided to "…".
constexpr double minHeadingWidth = 40;

} // namespace

void TimeScale::setRange(qint64 startMs, qint64 endMs)
{
    m_rangeStart = startMs;
    m_rangeEnd = qMax(startMs + 1, endMs);
    setSecondsPerPixel(m_secondsPerPixel);
}

void TimeScale::setViewport(int origin, int width)
{
    m_origin = origin;
    m_viewWidth = qMax(1, width);
    setSecondsPerPixel(m_secondsPerPixel);
}

double TimeScale::maxSecondsPerPixel() const
{
    return qMax(minSecondsPerPixel * 2, double(m_rangeEnd - m_rangeStart) / 1000.0 / m_viewWidth);
}

void TimeScale::setSecondsPerPixel(double secondsPerPixel)
{
    m_secondsPerPixel = qBound(minSecondsPerPixel, secondsPerPixel, maxSecondsPerPixel());
    setOffset(m_offset);
}

void TimeScale::setOffset(qint64 offset)
{
    m_offset = int(qBound(qint64(0), offset, qint64(maxOffset())));
}

int TimeScale::contentWidth() const
{
    return int(
        qMin(maxContentWidth, double(m_rangeEnd - m_rangeStart) / (m_secondsPerPixel * 1000.0)));
}

int TimeScale::maxOffset() const
{
    return qMax(0, contentWidth() - m_viewWidth);
}

double TimeScale::xForMsecs(qint64 msecs) const
{
    return double(msecs - m_rangeStart) / (m_secondsPerPixel * 1000.0) - m_offset + m_origin;
}

qint64 TimeScale::msecsAt(double viewportX) const
{
    return m_rangeStart + qint64((m_offset + viewportX - m_origin) * m_secondsPerPixel * 1000.0);
}

void TimeScale::scrollTo(qint64 msecs, double viewportX)
{
    const double value =
        double(msecs - m_rangeStart) / (m_secondsPerPixel * 1000.0) - (viewportX - m_origin);
    setOffset(qRound64(qBound(-1.0e9, value, maxContentWidth)));
}

bool TimeScale::zoomAt(double factor, double viewportX)
{
    if (factor <= 0)
        return false;
    if (viewportX < m_origin || viewportX > m_origin + m_viewWidth)
        viewportX = m_origin + m_viewWidth / 2;
    // Keep the exact (sub-pixel) time under the cursor.
    const qint64 anchor = msecsAt(viewportX);
    const double old = m_secondsPerPixel;
    setSecondsPerPixel(m_secondsPerPixel / factor);
    scrollTo(anchor, viewportX);
    return !qFuzzyCompare(old, m_secondsPerPixel);
}

void TimeScale::fit()
{
    setSecondsPerPixel(double(m_rangeEnd - m_rangeStart) / 1000.0 / m_viewWidth);
    setOffset(0);
}

void TimeScale::show(qint64 start, qint64 end, bool centre)
{
    const double left = xForMsecs(start);
    const double right = xForMsecs(end);
    const bool visible = right >= m_origin + 4 && left <= m_origin + m_viewWidth - 4;
    if (visible && !centre)
        return;
    if (right - left < m_viewWidth * 0.7)
        scrollTo(start + (end - start) / 2, m_origin + m_viewWidth / 2.0);
    else
        scrollTo(start, m_origin + m_viewWidth * 0.15);
}

TimeScale::TickStep TimeScale::minorStep(double secondsPerPixel, int timeLabelWidth,
                                         int dateLabelWidth)
{
    const double msPerPixel = secondsPerPixel * 1000.0;
    for (const TickStep &step : tickSteps) {
        const int needed = step.unit <= TickUnit::Hour ? timeLabelWidth : dateLabelWidth;
        if (step.approxMs / msPerPixel >= needed)
            return step;
    }
    return tickSteps[std::size(tickSteps) - 1];
}

std::optional<TimeScale::TickStep> TimeScale::majorStep(const TickStep &minor)
{
    switch (minor.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        return TickStep{TickUnit::Day, 1, msPerDay};
    case TickUnit::Day:
    case TickUnit::Week:
        return TickStep{TickUnit::Month, 1, 30 * msPerDay};
    case TickUnit::Month:
        return TickStep{TickUnit::Year, 1, 365 * msPerDay};
    case TickUnit::Year:
        break;
    }
    return std::nullopt;
}

QDateTime TimeScale::firstTick(const QDateTime &time, const TickStep &step)
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

QDateTime TimeScale::nextTick(const QDateTime &tick, const TickStep &step)
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

QVector<QDateTime> TimeScale::ticks(const TickStep &step, qint64 from, qint64 to)
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

TimeScale::Axis TimeScale::axis(const AxisText &text, qint64 nowMsecs) const
{
    Axis axis;
    axis.minor = minorStep(m_secondsPerPixel, text.timeLabelWidth, text.dateLabelWidth);
    axis.major = majorStep(axis.minor);
    const double left = m_origin;
    const double right = m_origin + m_viewWidth;
    const qint64 from = msecsAt(left);
    const qint64 to = msecsAt(right);

    // The now label first: every other label makes way for it. It stays whole inside the time
    // area while the now line is on screen.
    const double nowX = xForMsecs(nowMsecs);
    if (nowX >= left && nowX <= right) {
        const double width = qMin(text.nowWidth + 10, double(m_viewWidth));
        const double x = qBound(left, nowX - width / 2, right - width);
        axis.nowLabel = QRectF(x, 3, width, text.rowHeight - 4);
    }
    auto fits = [&](const QRectF &rect) {
        return rect.left() >= left && rect.right() <= right && !rect.intersects(axis.nowLabel);
    };

    // Major headings, sticky at the left edge, shortened to end before the next heading, the
    // right edge and the now label.
    if (axis.major) {
        const QVector<QDateTime> ticks = TimeScale::ticks(*axis.major, from, to);
        for (int t = 0; t < ticks.size(); ++t) {
            const QDateTime &tick = ticks.at(t);
            if (tick.toMSecsSinceEpoch() > to)
                break;
            const QDateTime next =
                t + 1 < ticks.size() ? ticks.at(t + 1) : nextTick(tick, *axis.major);
            const double x1 = xForMsecs(tick.toMSecsSinceEpoch());
            const double x2 = qMin(xForMsecs(next.toMSecsSinceEpoch()), right);
            if (x1 > left)
                axis.majorTicks.append(x1);
            double labelLeft = qMax(x1, left) + headingGap;
            double available = x2 - headingGap - labelLeft;
            if (!axis.nowLabel.isEmpty() && axis.nowLabel.right() > labelLeft &&
                axis.nowLabel.left() < labelLeft + available) {
                if (axis.nowLabel.left() - headingGap - labelLeft >= minHeadingWidth) {
                    available = axis.nowLabel.left() - headingGap - labelLeft;
                } else {
                    // Starts under the now label: the heading follows it.
                    labelLeft = axis.nowLabel.right() + headingGap;
                    available = x2 - headingGap - labelLeft;
                }
            }
            if (available < minHeadingWidth)
                continue;
            const QString full = text.text(tick, axis.major->unit, true);
            const double width = text.width(full, true);
            AxisLabel label{tick.toMSecsSinceEpoch(), full, {}, true};
            if (width > available) {
                label.text = text.elideMajor ? text.elideMajor(full, available) : QString();
                if (label.text.isEmpty())
                    continue;
            }
            label.rect = QRectF(labelLeft, 3, qMin(width, available), text.rowHeight - 3);
            if (fits(label.rect))
                axis.labels.append(label);
        }
    }

    // Minor ticks, and their labels right of them in the second row.
    const double minorTop = text.rowHeight;
    const double minorHeight = text.height - text.rowHeight - 2;
    QRectF previous;
    for (const QDateTime &tick : ticks(axis.minor, from, to)) {
        if (tick.toMSecsSinceEpoch() > to)
            break;
        const double x = xForMsecs(tick.toMSecsSinceEpoch());
        if (x >= left && x <= right)
            axis.minorTicks.append(x);
        if (x + labelGap < left)
            continue; // its label would be cut in half by the lane labels
        const QString label = text.text(tick, axis.minor.unit, false);
        const QRectF rect(x + labelGap, minorTop, text.width(label, false), minorHeight);
        if (!fits(rect) || (!previous.isNull() && rect.left() < previous.right() + labelGap))
            continue;
        previous = rect;
        axis.labels.append({tick.toMSecsSinceEpoch(), label, rect, false});
    }
    return axis;
}
