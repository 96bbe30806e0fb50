#pragma once

// LayoutCheck: finds what a person would see as a broken layout in a shown window: a widget
// squeezed below the size it needs (clipped text), sibling widgets drawn over each other, and a
// widget sticking out of its parent. For tests:
//
//     LayoutCheck::settle();
//     const QStringList problems = LayoutCheck::problems(&dialog);
//     QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QFocusFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QSplitterHandle>
#include <QStackedWidget>
#include <QStatusBar>
#include <QString>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace LayoutCheck {

namespace Detail {

inline QString rectText(const QRect &rect)
{
    return QStringLiteral("%1x%2 at (%3,%4)")
        .arg(rect.width())
        .arg(rect.height())
        .arg(rect.x())
        .arg(rect.y());
}

inline QString shown(const QString &text)
{
    QString plain = text;
    plain.remove(QChar(0x200B)); // break opportunities the views add to long words
    plain.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return plain.size() > 48 ? plain.left(47) + QChar(0x2026) : plain;
}

// Children that a widget places itself and that may legitimately be smaller than their hints,
// overlap each other or lie outside it. Keep this list short: each entry hides a class of real
// bugs.
inline bool isManagedChild(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return false;
    // A stacked widget's pages share one rectangle.
    if (qobject_cast<const QStackedWidget *>(parent))
        return true;
    // A scroll area's viewport, scroll bars and corner are placed by the area; what lies in the
    // viewport is scrolled content, partly outside it by design.
    if (qobject_cast<const QAbstractScrollArea *>(parent))
        return true;
    if (const QWidget *grandParent = parent->parentWidget()) {
        const auto area = qobject_cast<const QAbstractScrollArea *>(grandParent);
        if (area && area->viewport() == parent)
            return true;
    }
    // A splitter handle's grab area may reach over its neighbours; a focus frame is drawn
    // around (over) the focused widget on purpose.
    if (qobject_cast<const QSplitterHandle *>(widget) || qobject_cast<const QFocusFrame *>(widget))
        return true;
    // Buttons sized to fit their owner's frame: a line edit's actions (the clear button), a tab
    // bar's scroll arrows (which also touch each other), a dock widget's title buttons.
    if (qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent) ||
        widget->inherits("QDockWidgetTitleButton"))
        return true;
    // A status bar shows its temporary message over its normal widgets.
    if (qobject_cast<const QStatusBar *>(parent))
        return true;
    return false;
}

// The smallest size the widget can show its content in, the way layouts see it: an explicit
// minimum size wins (e.g. a label that elides on purpose), an Ignored policy needs nothing, and
// a height-for-width widget (a word-wrapped label, a flow layout) needs the height of its content
// wrapped at the width it has rather than its minimumSizeHint()'s.
inline QSize neededSize(const QWidget *widget)
{
    const QSize hint = widget->minimumSizeHint();
    const QSize explicitMinimum = widget->minimumSize();
    const QSizePolicy policy = widget->sizePolicy();
    int width = policy.horizontalPolicy() == QSizePolicy::Ignored ? 0 : qMax(0, hint.width());
    int height = policy.verticalPolicy() == QSizePolicy::Ignored ? 0 : qMax(0, hint.height());
    int wrappedHeight = 0;
    if (widget->hasHeightForWidth() && policy.verticalPolicy() != QSizePolicy::Ignored) {
        const QLayout *layout = widget->layout();
        wrappedHeight = layout ? layout->totalMinimumHeightForWidth(widget->width())
                               : widget->heightForWidth(widget->width());
        height = wrappedHeight;
    }
    if (explicitMinimum.width() > 0)
        width = explicitMinimum.width();
    if (explicitMinimum.height() > 0)
        height = qMax(explicitMinimum.height(), wrappedHeight);
    return QSize(width, height);
}

inline void collect(QWidget *widget, QList<QWidget *> *children)
{
    for (QObject *object : widget->children()) {
        auto child = qobject_cast<QWidget *>(object);
        // Other windows (menus, popups, tool tips, dialogs) are checked on their own.
        if (!child || child->isWindow() || !child->isVisible())
            continue;
        children->append(child);
    }
}

} // namespace Detail

// "QLabel 'generalError' "GitHub refused the…" 420x16 at (12,300)": class, object name,
// text and the rectangle in `top`'s coordinates.
inline QString describe(const QWidget *widget, const QWidget *top = nullptr)
{
    QString text;
    if (const auto label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto edit = qobject_cast<const QLineEdit *>(widget))
        text = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    else if (const auto box = qobject_cast<const QGroupBox *>(widget))
        text = box->title();
    QString result = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        result += QStringLiteral(" '%1'").arg(widget->objectName());
    if (!text.isEmpty())
        result += QStringLiteral(" \"%1\"").arg(Detail::shown(text));
    QRect rect = widget->rect();
    if (top && top != widget && top->isAncestorOf(widget))
        rect.moveTopLeft(widget->mapTo(top, QPoint(0, 0)));
    else
        rect = widget->geometry();
    return result + QLatin1Char(' ') + Detail::rectText(rect);
}

enum Option {
    NoOption = 0x0,
    // Skip "larger than the screen": for a window a test sizes past the offscreen platform's
    // 800x800 screen on purpose (a main window at 1280x800).
    IgnoreScreenSize = 0x1,
};
Q_DECLARE_FLAGS(Options, Option)
Q_DECLARE_OPERATORS_FOR_FLAGS(Options)

// Everything that looks broken in `top` (a shown window) and its visible descendants, one
// readable sentence each; empty when the layout is sound. Checks
//  (a) clipped: a widget smaller than its minimumSizeHint() (an explicit minimum size and an
//      Ignored size policy are respected), or a height-for-width widget (a word-wrapped QLabel,
//      a flow layout) lower than its minimum height for its width; `top` itself also must fit
//      on its screen (unless IgnoreScreenSize);
//  (b) overlap: visible siblings whose rectangles intersect;
//  (c) outside: a widget that extends outside its parent's rectangle.
// Widgets that overlap by design are left out (see Detail::isManagedChild).
inline QStringList problems(QWidget *top, Options options = NoOption)
{
    QStringList found;
    if (!top->isVisible()) {
        found.append(QStringLiteral("not shown: %1").arg(describe(top)));
        return found;
    }
    const QScreen *screen = options.testFlag(IgnoreScreenSize) ? nullptr : top->screen();
    if (screen) {
        const QSize available = screen->availableGeometry().size();
        if (top->frameGeometry().width() > available.width() ||
            top->frameGeometry().height() > available.height())
            found.append(QStringLiteral("larger than the screen (%1x%2): %3")
                             .arg(available.width())
                             .arg(available.height())
                             .arg(describe(top)));
    }

    QList<QWidget *> queue = {top};
    while (!queue.isEmpty()) {
        QWidget *parent = queue.takeFirst();
        QList<QWidget *> children;
        Detail::collect(parent, &children);
        queue += children;

        const QSize need = Detail::neededSize(parent);
        if (!Detail::isManagedChild(parent) &&
            (parent->width() < need.width() || parent->height() < need.height()))
            found.append(QStringLiteral("clipped: %1 needs %2x%3")
                             .arg(describe(parent, top))
                             .arg(need.width())
                             .arg(need.height()));

        for (qsizetype i = 0; i < children.size(); ++i) {
            QWidget *child = children.at(i);
            if (Detail::isManagedChild(child))
                continue;
            if (!parent->rect().contains(child->geometry()))
                found.append(QStringLiteral("outside its parent: %1 in %2")
                                 .arg(describe(child, top), describe(parent, top)));
            for (qsizetype j = i + 1; j < children.size(); ++j) {
                QWidget *other = children.at(j);
                if (Detail::isManagedChild(other))
                    continue;
                const QRect common = child->geometry().intersected(other->geometry());
                if (!common.isEmpty())
                    found.append(QStringLiteral("overlap: %1 and %2 share %3")
                                     .arg(describe(child, top), describe(other, top),
                                          Detail::rectText(common)));
            }
        }
    }
    return found;
}

// Lets pending layout requests (and what they resize) run, so problems() sees the layout a
// person would see after the last change.
inline void settle()
{
    for (int round = 0; round < 4; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

} // namespace LayoutCheck
