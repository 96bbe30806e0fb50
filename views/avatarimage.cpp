#include "avatarimage.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace AvatarImage {

QPixmap rounded(const QPixmap &image, const QString &login, int size, qreal devicePixelRatio,
                const QPalette &palette)
{
    QPixmap result(QSize(size, size) * devicePixelRatio);
    result.setDevicePixelRatio(devicePixelRatio);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF circle(0.5, 0.5, size - 1, size - 1);
    QPainterPath clip;
    clip.addEllipse(circle);
    if (!image.isNull()) {
        painter.setClipPath(clip);
        painter.drawPixmap(QRectF(0, 0, size, size), image, QRectF(image.rect()));
        return result;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Highlight));
    painter.drawEllipse(circle);
    QFont font = painter.font();
    font.setPixelSize(size / 2);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::HighlightedText));
    const QString initial = login.isEmpty() ? QStringLiteral("?") : login.left(1).toUpper();
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initial);
    return result;
}

} // namespace AvatarImage
