#include "statusdelegate.h"

#include "models/statusstate.h"
#include "statestyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {

QVariant roleValue(const QModelIndex &index, int role)
{
    QVariant value = index.data(role);
    if (!value.isValid() && index.column() != 0)
        value = index.siblingAtColumn(0).data(role);
    return value;
}

} // namespace

StatusDelegate::StatusDelegate(QObject *parent)
    : PaintedItemDelegate(parent)
{}

void StatusDelegate::setRoles(int stateRole, int rawStateRole, int pendingRole)
{
    m_stateRole = stateRole;
    m_rawStateRole = rawStateRole;
    m_pendingRole = pendingRole;
}

void StatusDelegate::setBadgeOnly(bool badgeOnly)
{
    m_badgeOnly = badgeOnly;
}

QString StatusDelegate::text(const QModelIndex &index) const
{
    const StatusState state = roleValue(index, m_stateRole).value<StatusState>();
    const QString name =
        StateStyle::displayName(state, roleValue(index, m_rawStateRole).toString());
    if (roleValue(index, m_pendingRole).toBool())
        //: A state shown while a new status is being sent to GitHub; %1 is the state
        return tr("%1 (saving…)").arg(name);
    return name;
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    paintBackground(painter, option, index);

    painter->save();
    const StatusState state = roleValue(index, m_stateRole).value<StatusState>();
    const bool pending = roleValue(index, m_pendingRole).toBool();
    const QRect rect = option.rect.adjusted(4, 1, -4, -1);
    const int size = qMin(rect.height() - 2, option.fontMetrics.height() + 2);
    const QRect badge(rect.left(), rect.top() + (rect.height() - size) / 2, size, size);
    StateStyle::paintBadge(painter, badge, state, option.palette,
                           pending ? StateStyle::PendingWrite : StateStyle::NoBadgeOption);
    if (!m_badgeOnly) {
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        painter->setPen(
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(option.font);
        const QRect textRect = rect.adjusted(size + 6, 0, 0, 0);
        painter->drawText(
            textRect, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(text(index), Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

namespace {

// The badge and the gaps around it (see paint()), plus the text.
int widthFor(const QFontMetrics &metrics, const QString &text, bool badgeOnly)
{
    const int badge = metrics.height() + 2;
    return badgeOnly ? badge + 8 : badge + 14 + metrics.horizontalAdvance(text);
}

} // namespace

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int badge = option.fontMetrics.height() + 2;
    return {widthFor(option.fontMetrics, text(index), m_badgeOnly),
            qMax(badge + 4, option.fontMetrics.height() + 6)};
}

int StatusDelegate::preferredWidth(const QStyleOptionViewItem &option) const
{
    // A table cell is its section less a pixel of grid, and eliding rounds: a little slack.
    constexpr int slack = 4;
    int width = 0;
    for (StatusState state : StateStyle::allStates()) {
        width =
            qMax(width, widthFor(option.fontMetrics, StateStyle::displayName(state), m_badgeOnly));
    }
    return width + slack;
}

bool StatusDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                               const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        // Plain text: QToolTip would take "<b>" in an unknown state's name as markup.
        QToolTip::showText(event->globalPos(), text(index).toHtmlEscaped(), view->viewport(),
                           option.rect);
        return true;
    }
    return PaintedItemDelegate::helpEvent(event, view, option, index);
}
