#pragma once

#include "models/statusstate.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QPixmap>

class QPainter;
class QRectF;

// The one place that says how a StatusState looks: colour, shape and icon. The timeline, the
// table, the environment list, the details pane and the dialogs all draw states through it, so
// a state looks the same everywhere. Colour is never the only signal: every state also has its
// own glyph and badge outline. Colours adapt to light and dark palettes.
class StateStyle
{
public:
    // The glyph drawn inside a state's badge.
    enum class Shape {
        Hollow,      // NoStatus: an empty outlined ring
        Hourglass,   // Queued
        Clock,       // Pending
        Spinner,     // InProgress: a circular arrow
        Check,       // Success
        Cross,       // Failure
        Exclamation, // Error (in a diamond instead of a circle)
        Dash,        // Inactive
        Slash,       // Destroyed (hatched)
        Question,    // Unknown
    };

    // Options for badges and icons.
    enum BadgeOption {
        NoBadgeOption = 0x0,
        PendingWrite = 0x1, // a status is being posted: dashed outline around the badge
        Emphasized = 0x2,   // the live deployment: a ring in the palette's text colour
    };
    Q_DECLARE_FLAGS(BadgeOptions, BadgeOption)

    // The state's colour, readable (contrast >= 3:1) against the palette's Base and Window.
    static QColor color(StatusState state, const QPalette &palette = QPalette());
    // A quiet tint of the state's colour blended into the palette's Base, for large areas (bars).
    static QColor tint(StatusState state, const QPalette &palette = QPalette());
    // Black or white, whichever reads better on color(state, palette).
    static QColor glyphColor(StatusState state, const QPalette &palette = QPalette());
    static Shape shape(StatusState state);
    // True for states drawn as an outline only (NoStatus).
    static bool isOutlined(StatusState state);
    // True for states drawn hatched (Destroyed).
    static bool isHatched(StatusState state);
    // The brush for a bar or area in this state: tint, hatched for Destroyed, none for NoStatus.
    static QBrush areaBrush(StatusState state, const QPalette &palette = QPalette());

    // Paints a round (diamond for Error) badge with the state's glyph, filling rect's largest
    // centred square. Saves and restores the painter.
    static void paintBadge(QPainter *painter, const QRectF &rect, StatusState state,
                           const QPalette &palette = QPalette(),
                           BadgeOptions options = NoBadgeOption);
    // Only the glyph, in the given colour (for monochrome use, e.g. on a coloured button).
    static void paintGlyph(QPainter *painter, const QRectF &rect, Shape shape, const QColor &color);

    // A badge rendered into a pixmap of size x size device-independent pixels.
    static QPixmap pixmap(StatusState state, int size, qreal devicePixelRatio = 1.0,
                          const QPalette &palette = QPalette(),
                          BadgeOptions options = NoBadgeOption);
    // An icon with the usual sizes (16, 22, 24, 32, 48, 64); good for actions, combo boxes and
    // menus.
    static QIcon icon(StatusState state, const QPalette &palette = QPalette(),
                      BadgeOptions options = NoBadgeOption);

    // The translated name ("In progress", "Unknown: <raw>").
    static QString displayName(StatusState state, const QString &raw = {});

    static bool isDark(const QPalette &palette);
    // WCAG 2 contrast ratio between two colours (1..21).
    static qreal contrastRatio(const QColor &a, const QColor &b);
    // Every StatusState, in enum order (for tests, legends and combo boxes).
    static QList<StatusState> allStates();
};

Q_DECLARE_OPERATORS_FOR_FLAGS(StateStyle::BadgeOptions)
