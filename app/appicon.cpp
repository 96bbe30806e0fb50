#include "appicon.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace AppIcon {

QPixmap pixmap(int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // The SVG's 128-unit canvas.
    painter.scale(size / 128.0, size / 128.0);

    QLinearGradient background(0, 8, 0, 120);
    background.setColorAt(0, QColor(0x2f, 0x4f, 0x7f));
    background.setColorAt(1, QColor(0x1c, 0x2f, 0x4d));
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(8, 8, 112, 112), 22, 22);

    const auto bar = [&painter](qreal x, qreal y, qreal width, const QColor &color) {
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(x, y, width, 14), 7, 7);
    };
    QColor lane(0x8f, 0xa7, 0xc9);
    lane.setAlphaF(0.35);
    for (qreal y : {30.0, 57.0, 84.0})
        bar(24, y, 80, lane);
    bar(24, 30, 34, QColor(0x9a, 0xa5, 0xb1));
    bar(40, 57, 30, QColor(0xe0, 0x5d, 0x5d));
    bar(52, 84, 52, QColor(0x3f, 0xb2, 0x7f));

    painter.setBrush(QColor(0x3f, 0xb2, 0x7f));
    painter.setPen(QPen(Qt::white, 4));
    painter.drawEllipse(QPointF(96, 91), 15, 15);
    QPainterPath check;
    check.moveTo(88.5, 91.5);
    check.lineTo(93.5, 96.5);
    check.lineTo(103.5, 85.5);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(check);
    return pixmap;
}

QIcon icon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(pixmap(size));
    return icon;
}

} // namespace AppIcon
