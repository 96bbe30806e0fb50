#pragma once

#include <QPixmap>
#include <QString>

class QPalette;

// An account's avatar as the dialogs show it: round, at `size` logical pixels. Without an image
// (not loaded yet, or none) a circle with the login's first letter stands in.
namespace AvatarImage {
QPixmap rounded(const QPixmap &image, const QString &login, int size, qreal devicePixelRatio,
                const QPalette &palette);
}
