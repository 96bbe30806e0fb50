#include "statestyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QtMath>

namespace {

struct StateColors
{
    QRgb light; // on a light Base/Window
    QRgb dark;  // on a dark Base/Window
};

// Chosen for >= 3:1 contrast against white / #ffffff..#eeeeee (light) and #1e1e1e..#353535
// (dark), the WCAG minimum for graphical objects. Failure and error differ in lightness as well
// as in shape: error is the darker red on light palettes and the paler red on dark ones.
StateColors colorsFor(StatusState state)
{
    switch (state) {
    case StatusState::NoStatus:
        return {0xff57606a, 0xff9198a1};
    case StatusState::Queued:
        return {0xff9a6700, 0xffd29922};
    case StatusState::Pending:
        return {0xff9a6700, 0xffd29922};
    case StatusState::InProgress:
        return {0xff0969da, 0xff58a6ff};
    case StatusState::Success:
        return {0xff1a7f37, 0xff3fb950};
    case StatusState::Failure:
        return {0xffcf222e, 0xfff85149};
    case StatusState::Error:
        return {0xff82071e, 0xffffa198};
    case StatusState::Inactive:
        return {0xff6e7781, 0xff8b949e};
    case StatusState::Destroyed:
        return {0xff6e7781, 0xff8b949e};
    case StatusState::Unknown:
        return {0xff8250df, 0xffbc8cff};
    }
    return {0xff8250df, 0xffbc8cff};
}

qreal relativeLuminance(const QColor &color)
{
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QColor blend(const QColor &a, const QColor &b, qreal amountOfA)
{
    const qreal k = qBound<qreal>(0.0, amountOfA, 1.0);
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * (1 - k)),
                            float(a.greenF() * k + b.greenF() * (1 - k)),
                            float(a.blueF() * k + b.blueF() * (1 - k)));
}

QPointF at(const QRectF &box, qreal x, qreal y)
{
    return {box.left() + x * box.width(), box.top() + y * box.height()};
}

} // namespace

bool StateStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 &&
           palette.color(QPalette::Window).lightness() < 160;
}

qreal StateStyle::contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QList<StatusState> StateStyle::allStates()
{
    return {StatusState::NoStatus,   StatusState::Queued,   StatusState::Pending,
            StatusState::InProgress, StatusState::Success,  StatusState::Failure,
            StatusState::Error,      StatusState::Inactive, StatusState::Destroyed,
            StatusState::Unknown};
}

QColor StateStyle::color(StatusState state, const QPalette &palette)
{
    const StateColors colors = colorsFor(state);
    return QColor::fromRgb(isDark(palette) ? colors.dark : colors.light);
}

QColor StateStyle::tint(StatusState state, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return blend(color(state, palette), base, isDark(palette) ? 0.38 : 0.22);
}

QColor StateStyle::glyphColor(StatusState state, const QPalette &palette)
{
    const QColor fill = color(state, palette);
    return contrastRatio(fill, Qt::white) >= contrastRatio(fill, Qt::black) ? QColor(Qt::white)
                                                                            : QColor(Qt::black);
}

StateStyle::Shape StateStyle::shape(StatusState state)
{
    switch (state) {
    case StatusState::NoStatus:
        return Shape::Hollow;
    case StatusState::Queued:
        return Shape::Hourglass;
    case StatusState::Pending:
        return Shape::Clock;
    case StatusState::InProgress:
        return Shape::Spinner;
    case StatusState::Success:
        return Shape::Check;
    case StatusState::Failure:
        return Shape::Cross;
    case StatusState::Error:
        return Shape::Exclamation;
    case StatusState::Inactive:
        return Shape::Dash;
    case StatusState::Destroyed:
        return Shape::Slash;
    case StatusState::Unknown:
        return Shape::Question;
    }
    return Shape::Question;
}

bool StateStyle::isOutlined(StatusState state)
{
    return state == StatusState::NoStatus;
}

bool StateStyle::isHatched(StatusState state)
{
    return state == StatusState::Destroyed;
}

QBrush StateStyle::areaBrush(StatusState state, const QPalette &palette)
{
    if (isOutlined(state))
        return Qt::NoBrush;
    if (isHatched(state)) {
        QColor hatch = color(state, palette);
        hatch.setAlphaF(0.55f);
        return QBrush(hatch, Qt::BDiagPattern);
    }
    return tint(state, palette);
}

QString StateStyle::displayName(StatusState state, const QString &raw)
{
    return StatusStates::displayName(state, raw);
}

void StateStyle::paintGlyph(QPainter *painter, const QRectF &rect, Shape shape, const QColor &color)
{
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, qMax<qreal>(1.2, side * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    auto dot = [&](qreal x, qreal y) {
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        const qreal r = pen.widthF() * 0.62;
        painter->drawEllipse(at(box, x, y), r, r);
        painter->restore();
    };
    switch (shape) {
    case Shape::Hollow:
        break;
    case Shape::Check: {
        QPainterPath path(at(box, 0.28, 0.53));
        path.lineTo(at(box, 0.43, 0.68));
        path.lineTo(at(box, 0.72, 0.36));
        painter->drawPath(path);
        break;
    }
    case Shape::Cross:
        painter->drawLine(at(box, 0.34, 0.34), at(box, 0.66, 0.66));
        painter->drawLine(at(box, 0.66, 0.34), at(box, 0.34, 0.66));
        break;
    case Shape::Exclamation:
        painter->drawLine(at(box, 0.5, 0.27), at(box, 0.5, 0.55));
        dot(0.5, 0.72);
        break;
    case Shape::Clock: {
        QPen thin = pen;
        thin.setWidthF(pen.widthF() * 0.8);
        painter->setPen(thin);
        painter->drawEllipse(QRectF(at(box, 0.24, 0.24), at(box, 0.76, 0.76)));
        painter->drawLine(at(box, 0.5, 0.5), at(box, 0.5, 0.34));
        painter->drawLine(at(box, 0.5, 0.5), at(box, 0.62, 0.57));
        break;
    }
    case Shape::Hourglass: {
        QPen thin = pen;
        thin.setWidthF(pen.widthF() * 0.85);
        painter->setPen(thin);
        QPainterPath path(at(box, 0.33, 0.27));
        path.lineTo(at(box, 0.67, 0.27));
        path.lineTo(at(box, 0.33, 0.73));
        path.lineTo(at(box, 0.67, 0.73));
        path.closeSubpath();
        painter->drawPath(path);
        break;
    }
    case Shape::Spinner: {
        const QRectF arcBox(at(box, 0.27, 0.27), at(box, 0.73, 0.73));
        // A 270 degree arc ending at 12 o'clock, with an arrow head pointing clockwise.
        painter->drawArc(arcBox, 90 * 16, -270 * 16);
        QPainterPath head(at(box, 0.5, 0.17));
        head.lineTo(at(box, 0.63, 0.27));
        head.lineTo(at(box, 0.5, 0.37));
        painter->drawPath(head);
        break;
    }
    case Shape::Dash:
        painter->drawLine(at(box, 0.3, 0.5), at(box, 0.7, 0.5));
        break;
    case Shape::Slash:
        painter->drawLine(at(box, 0.33, 0.67), at(box, 0.67, 0.33));
        break;
    case Shape::Question: {
        QPainterPath path(at(box, 0.37, 0.38));
        path.cubicTo(at(box, 0.37, 0.2), at(box, 0.64, 0.2), at(box, 0.63, 0.38));
        path.cubicTo(at(box, 0.62, 0.48), at(box, 0.5, 0.47), at(box, 0.5, 0.57));
        painter->drawPath(path);
        dot(0.5, 0.73);
        break;
    }
    }
    painter->restore();
}

void StateStyle::paintBadge(QPainter *painter, const QRectF &rect, StatusState state,
                            const QPalette &palette, BadgeOptions options)
{
    qreal side = qMin(rect.width(), rect.height());
    QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (options & (PendingWrite | Emphasized)) {
        const qreal ring = qMax<qreal>(1.0, side * 0.09);
        const QRectF outer = box.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2);
        QPen pen(options & PendingWrite ? palette.color(QPalette::Highlight)
                                        : palette.color(QPalette::WindowText),
                 ring);
        if (options & PendingWrite)
            pen.setDashPattern({2.0, 1.5});
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(outer);
        box = box.adjusted(ring * 1.8, ring * 1.8, -ring * 1.8, -ring * 1.8);
        side = box.width();
    }

    const QColor fill = color(state, palette);
    QPainterPath outline;
    if (state == StatusState::Error) {
        const QPointF c = box.center();
        const qreal r = side / 2;
        outline.moveTo(c.x(), c.y() - r);
        outline.lineTo(c.x() + r, c.y());
        outline.lineTo(c.x(), c.y() + r);
        outline.lineTo(c.x() - r, c.y());
        outline.closeSubpath();
    } else {
        outline.addEllipse(box);
    }

    if (isOutlined(state)) {
        const qreal width = qMax<qreal>(1.2, side * 0.13);
        painter->setPen(QPen(fill, width));
        painter->setBrush(Qt::NoBrush);
        const qreal inset = width / 2;
        QPainterPath ring;
        ring.addEllipse(box.adjusted(inset, inset, -inset, -inset));
        painter->drawPath(ring);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawPath(outline);
        if (isHatched(state)) {
            QColor hatch = glyphColor(state, palette);
            hatch.setAlphaF(0.45f);
            painter->setClipPath(outline);
            painter->setBrush(QBrush(hatch, Qt::BDiagPattern));
            painter->drawPath(outline);
            painter->setClipping(false);
        }
        paintGlyph(painter, box, shape(state), glyphColor(state, palette));
    }
    painter->restore();
}

QPixmap StateStyle::pixmap(StatusState state, int size, qreal devicePixelRatio,
                           const QPalette &palette, BadgeOptions options)
{
    const QString key = QStringLiteral("deploydeck-state-%1-%2-%3-%4-%5")
                            .arg(int(state))
                            .arg(size)
                            .arg(devicePixelRatio)
                            .arg(int(options))
                            .arg(isDark(palette) ? QLatin1String("d") : QLatin1String("l"));
    QPixmap result;
    if (QPixmapCache::find(key, &result))
        return result;
    const int pixels = qCeil(size * devicePixelRatio);
    result = QPixmap(pixels, pixels);
    result.setDevicePixelRatio(devicePixelRatio);
    result.fill(Qt::transparent);
    {
        QPainter painter(&result);
        paintBadge(&painter, QRectF(0, 0, size, size), state, palette, options);
    }
    QPixmapCache::insert(key, result);
    return result;
}

QIcon StateStyle::icon(StatusState state, const QPalette &palette, BadgeOptions options)
{
    QIcon result;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        result.addPixmap(pixmap(state, size, 1.0, palette, options));
        result.addPixmap(pixmap(state, size, 2.0, palette, options));
    }
    return result;
}
