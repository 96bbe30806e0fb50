#pragma once

#include "timelinelayout.h"
#include "timelinerows.h"
#include "timescale.h"

#include <QBitArray>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QPixmap>
#include <QRect>
#include <QVector>

class QPainter;

// Paints the timeline (axis, lanes, bars, markers, the now line, lane headers) from a layout
// and a time scale; the view owns the state, this class owns the look.
class TimelinePainter
{
public:
    static constexpr int minBarWidth = 5;
    static constexpr int trackGap = 8;
    static constexpr int lanePadding = 6;

    // Everything one frame needs; the painter reads nothing else.
    struct Frame
    {
        const TimelineLayout *layout = nullptr;
        const TimeScale *scale = nullptr;
        const QVector<TimelineBarLook> *looks = nullptr; // by model row
        QRect viewport;
        int axisHeight = 40;
        int verticalOffset = 0;
        qint64 now = 0;
        QBitArray selected; // by model row
        int currentRow = -1;
        bool hasFocus = false;
        QPalette palette;
        QFont font;
        qreal devicePixelRatio = 1.0;
    };

    // Track and axis heights for a font.
    static int trackHeight(const QFont &font);
    static int axisHeight(const QFont &font);
    // Width of the lane header column: every lane's name and deployment count fit (a very long
    // name is elided; the count never is).
    static int headerWidth(const TimelineLayout &layout, const QFont &font);
    // The viewport rect of a bar; top is the viewport y of content y 0.
    static QRect barRect(const TimelineLayout &layout, const TimeScale &scale, int lane, int item,
                         qint64 now, int top);
    // The axis's text, in the UI language and locale, measured in font.
    static TimeScale::AxisText axisText(const QFont &font, int axisHeight);
    // The header texts of a lane, and their fonts (bold name, smaller count).
    static QString laneTitle(const QString &name);
    static QString laneCount(int deployments);
    static QFont titleFont(const QFont &font);
    static QFont countFont(const QFont &font);

    void paint(QPainter *painter, const Frame &frame) const;
    // Drops cached badges (palette, style or scale changes).
    void clearCache() { m_badgeCache.clear(); }

private:
    void paintAxis(QPainter *painter, const Frame &frame) const;
    void paintLanes(QPainter *painter, const Frame &frame, const QRect &area) const;
    void paintHeaders(QPainter *painter, const Frame &frame, const QRect &area) const;
    const QPixmap &badge(StatusState state, int size, const Frame &frame) const;

    mutable QHash<quint32, QPixmap> m_badgeCache;
};
