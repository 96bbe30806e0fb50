#pragma once

#include <QIcon>

// DeployDeck's icon (resources/icons/deploydeck.svg), painted in code at the usual sizes so the
// window icon needs no SVG image plugin.
namespace AppIcon {
QIcon icon();
QPixmap pixmap(int size, qreal devicePixelRatio = 1.0);
} // namespace AppIcon
