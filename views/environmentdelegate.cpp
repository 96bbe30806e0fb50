#include "environmentdelegate.h"

#include "models/deploymentroles.h"
#include "models/statusstate.h"
#include "statestyle.h"
#include "timeformat.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

EnvironmentDelegate::EnvironmentDelegate(QObject *parent)
    : PaintedItemDelegate(parent)
{}

void EnvironmentDelegate::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QString EnvironmentDelegate::detailText(const QModelIndex &index) const
{
    const qint64 active = index.data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong();
    const QString ref = index.data(EnvironmentRoles::ActiveRefRole).toString();
    if (active == 0 && ref.isEmpty())
        return tr("No live deployment");
    const QString sha =
        TimeFormat::shortSha(index.data(EnvironmentRoles::ActiveShaRole).toString());
    const QString creator = index.data(EnvironmentRoles::ActiveCreatorRole).toString();
    //: Environment list: %1 ref, %2 short commit SHA, %3 who deployed
    return tr("%1 · %2 · %3").arg(ref, sha, creator);
}

QString EnvironmentDelegate::sinceText(const QModelIndex &index) const
{
    if (index.data(EnvironmentRoles::ActiveDeploymentIdRole).toLongLong() == 0)
        return {};
    const QDateTime since = index.data(EnvironmentRoles::ActiveSinceRole).toDateTime();
    return TimeFormat::relative(since, m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
}

void EnvironmentDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    paintBackground(painter, option, index);

    painter->save();
    const QFontMetrics &metrics = option.fontMetrics;
    const QRect rect = option.rect.adjusted(6, 4, -6, -4);
    const StatusState state = index.data(EnvironmentRoles::LatestStateRole).value<StatusState>();
    const int badgeSize = qMin(rect.height(), 2 * metrics.height() - 4);
    const QRect badge(rect.left(), rect.top() + (rect.height() - badgeSize) / 2, badgeSize,
                      badgeSize);
    StateStyle::paintBadge(painter, badge, state, option.palette);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7f);
    const int left = badge.right() + 8;
    const int width = rect.right() - left;

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    QString name = index.data(EnvironmentRoles::NameRole).toString();
    if (name.isEmpty())
        name = index.data(Qt::DisplayRole).toString();
    const int count = index.data(EnvironmentRoles::DeploymentCountRole).toInt();
    const QString countText = count > 0 ? tr("%n deployment(s)", nullptr, count) : QString();
    const int countWidth = countText.isEmpty() ? 0 : metrics.horizontalAdvance(countText) + 8;
    const int nameWidth = qMax(0, width - countWidth);

    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(left, rect.top(), nameWidth, metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(name, Qt::ElideRight, nameWidth));
    painter->setFont(option.font);
    if (!countText.isEmpty() && width > countWidth + 40) {
        painter->setPen(muted);
        painter->drawText(QRect(left, rect.top(), width, metrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, countText);
    }
    painter->setPen(muted);
    const QRect second(left, rect.top() + metrics.height() + 2, width, metrics.height());
    const QString since = sinceText(index);
    const int sinceWidth = since.isEmpty() ? 0 : metrics.horizontalAdvance(since) + 8;
    if (sinceWidth > 0)
        painter->drawText(second, Qt::AlignRight | Qt::AlignVCenter, since);
    painter->drawText(
        second.adjusted(0, 0, -sinceWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(detailText(index), Qt::ElideRight, qMax(0, width - sinceWidth)));
    painter->restore();
}

QSize EnvironmentDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics &metrics = option.fontMetrics;
    return {metrics.horizontalAdvance(QLatin1Char('x')) * 36, 2 * metrics.height() + 10};
}

bool EnvironmentDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const StatusState state =
            index.data(EnvironmentRoles::LatestStateRole).value<StatusState>();
        const QString raw = index.data(EnvironmentRoles::LatestRawStateRole).toString();
        const QDateTime since = index.data(EnvironmentRoles::ActiveSinceRole).toDateTime();
        QStringList lines;
        lines << index.data(EnvironmentRoles::NameRole).toString().toHtmlEscaped();
        lines << tr("Latest state: %1").arg(StateStyle::displayName(state, raw).toHtmlEscaped());
        lines << detailText(index).toHtmlEscaped();
        if (since.isValid())
            lines << tr("Live since %1").arg(TimeFormat::absolute(since).toHtmlEscaped());
        QToolTip::showText(event->globalPos(),
                           QStringLiteral("<p style='white-space:pre'>%1</p>")
                               .arg(lines.join(QStringLiteral("<br/>"))),
                           view->viewport(), option.rect);
        return true;
    }
    return PaintedItemDelegate::helpEvent(event, view, option, index);
}
