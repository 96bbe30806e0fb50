#include "timelinepainter.h"

#include "statestyle.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 msPerHour = 60 * 60 * 1000;
constexpr qint64 msPerDay = 24 * msPerHour;
// Room around a lane header's text: 10 px left, 6 px right, the column's border, and slack.
constexpr int headerPadding = 22;
constexpr int minHeaderWidth = 90;
constexpr int maxHeaderWidth = 220;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.85);
    else
        small.setPixelSize(qMax(6, qRound(small.pixelSize() * 0.85)));
    return small;
}

} // namespace

int TimelinePainter::trackHeight(const QFont &font)
{
    return QFontMetrics(font).height() + 6 + trackGap;
}

int TimelinePainter::axisHeight(const QFont &font)
{
    return 2 * QFontMetrics(font).height() + 12;
}

QFont TimelinePainter::titleFont(const QFont &font)
{
    return boldFont(font);
}

QFont TimelinePainter::countFont(const QFont &font)
{
    return smallFont(font);
}

QString TimelinePainter::laneTitle(const QString &name)
{
    return name.isEmpty() ? QCoreApplication::translate("TimelineView", "(no environment)") : name;
}

QString TimelinePainter::laneCount(int deployments)
{
    return QCoreApplication::translate("TimelineView", "%n deployment(s)", nullptr, deployments);
}

int TimelinePainter::headerWidth(const TimelineLayout &layout, const QFont &font)
{
    const QFontMetrics boldMetrics(boldFont(font));
    const QFontMetrics smallMetrics(smallFont(font));
    QVector<int> names = {boldMetrics.horizontalAdvance(QStringLiteral("production"))};
    QVector<int> counts;
    for (const TimelineLayout::Lane &lane : layout.lanes()) {
        names.append(boldMetrics.horizontalAdvance(laneTitle(lane.name)));
        counts.append(smallMetrics.horizontalAdvance(laneCount(int(lane.items.size()))));
    }
    return TimelineLayout::headerWidth(names, counts, headerPadding, minHeaderWidth,
                                       maxHeaderWidth);
}

QRect TimelinePainter::barRect(const TimelineLayout &layout, const TimeScale &scale, int lane,
                               int item, qint64 now, int top)
{
    const TimelineLayout::Item &bar = layout.lane(lane).items.at(item);
    const double limit = 1.0e6;
    const qint64 end = bar.end < 0 ? qMax(now, bar.start) : bar.end;
    const double x1 = qBound(-limit, scale.xForMsecs(bar.start), limit);
    const double x2 = qBound(-limit, scale.xForMsecs(end), limit);
    const int left = qFloor(x1);
    const int width = qMax(minBarWidth, qCeil(x2) - left);
    const int y = top + layout.trackTop(lane, bar.track) + trackGap / 2;
    return QRect(left, y, width, layout.trackHeight() - trackGap);
}

TimeScale::AxisText TimelinePainter::axisText(const QFont &font, int axisHeight)
{
    const QFontMetrics metrics(font);
    const QFont bold = boldFont(font);
    const QFontMetrics boldMetrics(bold);
    const QLocale locale;
    TimeScale::AxisText text;
    text.height = axisHeight;
    text.rowHeight = metrics.height() + 6;
    text.timeLabelWidth =
        metrics.horizontalAdvance(locale.toString(QTime(22, 58), QLocale::ShortFormat)) + 18;
    // A long day and week label in the UI language ("Wed 28", "28일 (수)", "9月28日").
    const QDate longDate(2022, 9, 28);
    const QString dayFormat =
        //: Date format (QDate::toString) of day ticks on the timeline axis
        QCoreApplication::translate("TimelineView", "ddd d");
    const QString weekFormat =
        //: Date format (QDate::toString) of week ticks on the timeline axis
        QCoreApplication::translate("TimelineView", "MMM d");
    const QString dayHeading =
        //: Date format (QDate::toString) of day headings on the timeline axis
        QCoreApplication::translate("TimelineView", "dddd, MMMM d, yyyy");
    const QString monthHeading =
        //: Date format (QDate::toString) of month headings on the timeline axis
        QCoreApplication::translate("TimelineView", "MMMM yyyy");
    text.dateLabelWidth = qMax(metrics.horizontalAdvance(locale.toString(longDate, dayFormat)),
                               metrics.horizontalAdvance(locale.toString(longDate, weekFormat))) +
                          18;
    text.text = [=](const QDateTime &tick, TimeScale::TickUnit unit, bool major) -> QString {
        using Unit = TimeScale::TickUnit;
        if (major) {
            if (unit == Unit::Day)
                return locale.toString(tick.date(), dayHeading);
            if (unit == Unit::Month)
                return locale.toString(tick.date(), monthHeading);
            return QString::number(tick.date().year());
        }
        switch (unit) {
        case Unit::Minute:
        case Unit::Hour:
            return locale.toString(tick.time(), QLocale::ShortFormat);
        case Unit::Day:
            return locale.toString(tick.date(), dayFormat);
        case Unit::Week:
            return locale.toString(tick.date(), weekFormat);
        case Unit::Month:
            return locale.standaloneMonthName(tick.date().month(), QLocale::ShortFormat);
        case Unit::Year:
            return QString::number(tick.date().year());
        }
        return QString();
    };
    text.width = [metrics, boldMetrics](const QString &label, bool major) -> double {
        return (major ? boldMetrics : metrics).horizontalAdvance(label);
    };
    text.elideMajor = [boldMetrics](const QString &label, double width) {
        const QString elided = boldMetrics.elidedText(label, Qt::ElideRight, int(width));
        return elided == QStringLiteral("…") ? QString() : elided;
    };
    text.nowText = QCoreApplication::translate("TimelineView", "Now");
    text.nowWidth = metrics.horizontalAdvance(text.nowText);
    return text;
}

const QPixmap &TimelinePainter::badge(StatusState state, int size, const Frame &frame) const
{
    const quint32 key = (quint32(state) << 16) | quint32(size);
    auto it = m_badgeCache.find(key);
    if (it == m_badgeCache.end())
        it = m_badgeCache.insert(
            key, StateStyle::pixmap(state, size, frame.devicePixelRatio, frame.palette));
    return *it;
}

void TimelinePainter::paint(QPainter *painter, const Frame &frame) const
{
    const QRect all = frame.viewport;
    const int headerWidth = frame.scale->origin();
    painter->fillRect(all, frame.palette.color(QPalette::Base));
    const QRect lanes(headerWidth, frame.axisHeight, all.width() - headerWidth,
                      all.height() - frame.axisHeight);
    paintLanes(painter, frame, lanes);
    paintHeaders(painter, frame, lanes);
    paintAxis(painter, frame);
}

void TimelinePainter::paintAxis(QPainter *painter, const Frame &frame) const
{
    painter->save();
    const QPalette &pal = frame.palette;
    const int headerWidth = frame.scale->origin();
    const QRect area(0, 0, frame.viewport.width(), frame.axisHeight);
    painter->fillRect(area, pal.color(QPalette::Window));
    painter->setPen(withAlpha(pal.color(QPalette::WindowText), 70));
    painter->drawLine(area.left(), area.bottom(), area.right(), area.bottom());
    painter->drawLine(headerWidth - 1, area.top(), headerWidth - 1, area.bottom());

    const TimeScale::AxisText text = axisText(frame.font, frame.axisHeight);
    const TimeScale::Axis axis = frame.scale->axis(text, frame.now);
    const QRect timeArea(headerWidth, area.top(), area.width() - headerWidth, area.height());
    painter->setClipRect(timeArea);
    painter->setPen(withAlpha(pal.color(QPalette::WindowText), 90));
    for (double x : axis.majorTicks)
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    for (double x : axis.minorTicks)
        painter->drawLine(QPointF(x, area.bottom() - 5), QPointF(x, area.bottom()));

    const QFont bold = boldFont(frame.font);
    painter->setPen(pal.color(QPalette::WindowText));
    for (const TimeScale::AxisLabel &label : axis.labels) {
        painter->setFont(label.major ? bold : frame.font);
        painter->drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                          label.text);
    }

    // The "Now" pill, in the place the axis kept free for it.
    if (!axis.nowLabel.isEmpty()) {
        const QRectF pill = axis.nowLabel;
        painter->setFont(frame.font);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(pal.color(QPalette::HighlightedText));
        painter->drawText(pill, Qt::AlignCenter, text.nowText);
    }
    painter->restore();

    // The corner above the lane headers.
    painter->fillRect(QRect(0, 0, headerWidth - 1, area.height() - 1), pal.color(QPalette::Window));
}

void TimelinePainter::paintLanes(QPainter *painter, const Frame &frame, const QRect &area) const
{
    painter->save();
    const QPalette &pal = frame.palette;
    const TimelineLayout &layout = *frame.layout;
    const TimeScale &scale = *frame.scale;
    const QVector<TimelineBarLook> &looks = *frame.looks;
    const bool dark = StateStyle::isDark(pal);
    const QFontMetrics metrics(frame.font);
    const qint64 now = frame.now;
    const int top = frame.axisHeight - frame.verticalOffset;
    const QColor text = pal.color(QPalette::Text);
    const QColor highlight = pal.color(QPalette::Highlight);

    const qint64 from = scale.msecsAt(area.left() - minBarWidth - 2);
    const qint64 to = scale.msecsAt(area.right() + 2);
    const int barHeight = layout.trackHeight() - trackGap;
    const int badgeSize = barHeight - 6;
    const int markerSize = qMax(8, barHeight / 2);
    const QFont bold = boldFont(frame.font);
    const QFontMetrics boldMetrics(bold);

    // Lane backgrounds (whole width, under the headers too).
    for (int l = 0; l < layout.laneCount(); ++l) {
        const TimelineLayout::Lane &lane = layout.lane(l);
        const int y = top + lane.top;
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
        const double msPerPixel = scale.secondsPerPixel() * 1000.0;
        const qint64 gridStep = msPerPixel * 60 > msPerHour ? msPerDay : msPerHour;
        if (gridStep / msPerPixel >= 24) {
            painter->setPen(withAlpha(pal.color(QPalette::WindowText), dark ? 30 : 22));
            const TimeScale::TickStep step{gridStep == msPerDay ? TimeScale::TickUnit::Day
                                                                : TimeScale::TickUnit::Hour,
                                           1, gridStep};
            for (const QDateTime &tick : TimeScale::ticks(step, from, to)) {
                const double x = scale.xForMsecs(tick.toMSecsSinceEpoch());
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
    for (int l = 0; l < layout.laneCount(); ++l) {
        const TimelineLayout::Lane &lane = layout.lane(l);
        const int laneY = top + lane.top;
        if (laneY > area.bottom() || laneY + lane.height < area.top())
            continue;
        const auto [first, last] = layout.itemsIn(l, from, to);
        int lastRight[TimelineLayout::maxTracks];
        std::fill(std::begin(lastRight), std::end(lastRight), std::numeric_limits<int>::min());
        // Dense zoom: runs of tiny same-coloured blocks merge into one fillRect per track.
        struct Run
        {
            QRect rect;
            const QColor *color = nullptr;
        };
        Run runs[TimelineLayout::maxTracks];
        auto flush = [painter](Run &run) {
            if (run.color)
                painter->fillRect(run.rect, *run.color);
            run.color = nullptr;
        };
        for (int i = first; i < last; ++i) {
            const TimelineLayout::Item &item = lane.items.at(i);
            if (item.end >= 0 && item.end < from)
                continue;
            const TimelineBarLook &look = looks.at(item.row);
            const QRect rect = barRect(layout, scale, l, i, now, top);
            const bool isSelected =
                item.row < frame.selected.size() && frame.selected.testBit(item.row);
            const bool isCurrent = item.row == frame.currentRow;
            const bool special = isSelected || isCurrent || look.active || look.pendingWrite;
            // A bar entirely under an earlier, longer bar of its track would not show.
            if (!special && rect.right() <= lastRight[item.track])
                continue;
            lastRight[item.track] = qMax(lastRight[item.track], rect.right());

            const QColor &stateColor = stateColors[int(look.state)];
            if (!special && rect.width() < 8) {
                // Dense zoom: a plain block in the state's colour (hatched or hollow states
                // keep their look through the tint and outline at closer zoom).
                const QColor *color =
                    StateStyle::isOutlined(look.state) ? &tints[int(look.state)] : &stateColor;
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
            QColor fill = look.active ? stateColor : tints[int(look.state)];
            if (StateStyle::isOutlined(look.state))
                fill = pal.color(QPalette::Base);
            if (isSelected && !look.active)
                fill = QColor::fromRgbF(float(fill.redF() * 0.55 + highlight.redF() * 0.45),
                                        float(fill.greenF() * 0.55 + highlight.greenF() * 0.45),
                                        float(fill.blueF() * 0.55 + highlight.blueF() * 0.45));
            QPen border(stateColor, look.active ? 2.0 : 1.0);
            if (isSelected)
                border = QPen(highlight, 2.0);
            if (look.pendingWrite)
                border = QPen(highlight, 2.0, Qt::DashLine);
            painter->setPen(border);
            painter->setBrush(fill);
            if (detailed)
                painter->drawRoundedRect(bar, radius, radius);
            else
                painter->drawRect(bar);
            if (StateStyle::isHatched(look.state)) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(StateStyle::areaBrush(look.state, pal));
                painter->drawRoundedRect(bar, radius, radius);
            }

            if (isCurrent && frame.hasFocus) {
                painter->setPen(QPen(pal.color(QPalette::WindowText), 1.0, Qt::DotLine));
                painter->setBrush(Qt::NoBrush);
                painter->drawRoundedRect(bar.adjusted(-3, -3, 3, 3), radius + 2, radius + 2);
            }

            // Badge and label.
            int badgeLeft = std::numeric_limits<int>::max();
            int badgeRight = std::numeric_limits<int>::min();
            if (rect.width() >= barHeight) {
                const int badgeX = qMax(rect.left(), area.left()) + 3;
                if (badgeX + badgeSize <= rect.right()) {
                    painter->drawPixmap(badgeX, rect.top() + 3,
                                        badge(look.state, badgeSize, frame));
                    badgeLeft = badgeX - markerSize / 2;
                    badgeRight = badgeX + badgeSize + markerSize / 2;
                }
                const int textLeft = badgeX + badgeSize + 5;
                const int textWidth = rect.right() - 4 - textLeft;
                if (textWidth >= 24) {
                    painter->setFont(look.active ? bold : frame.font);
                    painter->setPen(look.active ? StateStyle::glyphColor(look.state, pal) : text);
                    const QFontMetrics &fm = look.active ? boldMetrics : metrics;
                    if (look.labelWidth < 0)
                        look.labelWidth = fm.horizontalAdvance(look.label);
                    painter->drawText(QRect(textLeft, rect.top(), textWidth, rect.height()),
                                      Qt::AlignLeft | Qt::AlignVCenter,
                                      look.labelWidth <= textWidth
                                          ? look.label
                                          : fm.elidedText(look.label, Qt::ElideRight, textWidth));
                }
            }

            // Status markers on the bar's bottom edge, spaced so they stay apart.
            if (rect.width() >= 2 * markerSize && !look.markers.isEmpty()) {
                double lastX = -1e9;
                for (const TimelineMarker &marker : look.markers) {
                    double x = scale.xForMsecs(marker.msecs);
                    x = qBound<double>(rect.left() + markerSize / 2.0, x,
                                       rect.right() - markerSize / 2.0);
                    // The badge already shows the latest state; keep markers out from under it.
                    if (x - lastX < markerSize * 0.8 || x < area.left() || x > area.right() ||
                        (x >= badgeLeft && x <= badgeRight))
                        continue;
                    lastX = x;
                    painter->drawPixmap(
                        QPointF(x - markerSize / 2.0, rect.bottom() - markerSize / 2.0),
                        badge(marker.state, markerSize, frame));
                }
            }
            painter->setRenderHint(QPainter::Antialiasing, false);
        }
        for (Run &run : runs)
            flush(run);
    }

    // The now line.
    const double nowX = scale.xForMsecs(now);
    if (nowX >= area.left() && nowX <= area.right()) {
        painter->setPen(QPen(highlight, 1.5, Qt::DashLine));
        painter->drawLine(QPointF(nowX, area.top()), QPointF(nowX, area.bottom()));
    }
    painter->restore();
}

void TimelinePainter::paintHeaders(QPainter *painter, const Frame &frame, const QRect &area) const
{
    painter->save();
    const QPalette &pal = frame.palette;
    const TimelineLayout &layout = *frame.layout;
    const int headerWidth = frame.scale->origin();
    const QRect headers(0, area.top(), headerWidth, area.height());
    painter->setClipRect(headers);
    painter->fillRect(headers, pal.color(QPalette::Window));
    const QFontMetrics metrics(frame.font);
    const QFont bold = boldFont(frame.font);
    const QFontMetrics boldMetrics(bold);
    const QFont small = smallFont(frame.font);
    const QFontMetrics smallMetrics(small);
    const int top = area.top() - frame.verticalOffset;
    for (int l = 0; l < layout.laneCount(); ++l) {
        const TimelineLayout::Lane &lane = layout.lane(l);
        const int y = top + lane.top;
        if (y > area.bottom() || y + lane.height < area.top())
            continue;
        const QRect band(0, y, headerWidth - 1, lane.height);
        painter->setPen(withAlpha(pal.color(QPalette::WindowText), 40));
        painter->drawLine(band.left(), band.bottom(), band.right(), band.bottom());
        const QRect textRect = band.adjusted(10, 4, -6, -4);
        const QString count = laneCount(int(lane.items.size()));
        const int total = boldMetrics.height() + smallMetrics.height();
        const bool twoLines = textRect.height() >= total;
        const int textTop = twoLines ? textRect.top() + (textRect.height() - total) / 2
                                     : textRect.top() + (textRect.height() - metrics.height()) / 2;
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::WindowText));
        painter->drawText(
            QRect(textRect.left(), textTop, textRect.width(), boldMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            boldMetrics.elidedText(laneTitle(lane.name), Qt::ElideRight, textRect.width()));
        if (twoLines) {
            // headerWidth() made room for the count: it is never elided.
            painter->setFont(small);
            painter->setPen(pal.color(QPalette::PlaceholderText));
            painter->drawText(QRect(textRect.left(), textTop + boldMetrics.height(),
                                    textRect.width(), smallMetrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, count);
        }
    }
    painter->setClipping(false);
    painter->setPen(withAlpha(pal.color(QPalette::WindowText), 70));
    painter->drawLine(headerWidth - 1, area.top(), headerWidth - 1, area.bottom());
    painter->restore();
}
