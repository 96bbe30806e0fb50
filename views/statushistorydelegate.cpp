#include "statushistorydelegate.h"

#include "models/deploymentroles.h"
#include "models/statusstate.h"
#include "statestyle.h"
#include "timeformat.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {
constexpr int gutter = 30;
constexpr int badgeSize = 18;
constexpr int margin = 6;
constexpr int maxDescriptionLines = 4;

int availableWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 320;
}
} // namespace

struct StatusHistoryDelegate::Layout
{
    QRect badge;
    QRect title;
    QRect time;
    QRect description;
    QRect logUrl;
    QRect environmentUrl;
    QString titleText;
    QString creatorText;
    QString timeText;
    QString descriptionText;
    QUrl log;
    QUrl environment;
    int height = 0;
};

StatusHistoryDelegate::StatusHistoryDelegate(QObject *parent)
    : PaintedItemDelegate(parent)
{}

void StatusHistoryDelegate::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool StatusHistoryDelegate::isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

StatusHistoryDelegate::Layout StatusHistoryDelegate::layout(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index) const
{
    Layout result;
    const QFontMetrics &metrics = option.fontMetrics;
    const int width = option.rect.width() > 0 ? option.rect.width() : availableWidth(option);
    const QPoint origin = option.rect.topLeft();
    const int left = origin.x() + gutter + 4;
    const int right = origin.x() + width - margin;
    const int textWidth = qMax(40, right - left);
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();

    const StatusState state = index.data(StatusRoles::StateRole).value<StatusState>();
    const QString creator = index.data(StatusRoles::CreatorLoginRole).toString();
    const QString stateName =
        StateStyle::displayName(state, index.data(StatusRoles::RawStateRole).toString());
    // The state in bold, never elided; who posted it after it, elided first if space is short.
    result.titleText = stateName;
    if (index.data(StatusRoles::PendingRole).toBool())
        result.titleText = tr("%1 (saving…)").arg(result.titleText);
    if (!creator.isEmpty())
        //: Status history, after the state: who posted the status
        result.creatorText = tr("by %1").arg(creator);
    result.timeText =
        TimeFormat::relative(index.data(StatusRoles::CreatedAtRole).toDateTime(), now);
    result.descriptionText = index.data(StatusRoles::DescriptionRole).toString();
    result.log = index.data(StatusRoles::LogUrlRole).toUrl();
    result.environment = index.data(StatusRoles::EnvironmentUrlRole).toUrl();

    int y = origin.y() + margin;
    result.badge = QRect(origin.x() + (gutter - badgeSize) / 2, y, badgeSize, badgeSize);
    const int timeWidth = metrics.horizontalAdvance(result.timeText) + 4;
    result.time = QRect(right - timeWidth, y, timeWidth, badgeSize);
    result.title = QRect(left, y, qMax(0, textWidth - timeWidth - 8), badgeSize);
    y += badgeSize + 2;
    if (!result.descriptionText.isEmpty()) {
        const QRect bounds =
            metrics.boundingRect(QRect(left, y, textWidth, 10000), Qt::TextWordWrap | Qt::AlignLeft,
                                 result.descriptionText);
        const int height = qMin(bounds.height(), maxDescriptionLines * metrics.lineSpacing());
        result.description = QRect(left, y, textWidth, height);
        y += height + 2;
    }
    if (!result.log.isEmpty()) {
        result.logUrl = QRect(left, y, textWidth, metrics.height());
        y += metrics.height() + 2;
    }
    if (!result.environment.isEmpty()) {
        result.environmentUrl = QRect(left, y, textWidth, metrics.height());
        y += metrics.height() + 2;
    }
    result.height = y - origin.y() + margin;
    return result;
}

void StatusHistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    paintBackground(painter, option, index);

    painter->save();
    const Layout l = layout(option, index);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7f);

    // The line joining the statuses (newest first: none above the first, none below the last).
    const int lineX = l.badge.center().x();
    QColor lineColor = pal.color(QPalette::WindowText);
    lineColor.setAlpha(70);
    painter->setPen(QPen(lineColor, 2));
    const int rows = index.model()->rowCount(index.parent());
    if (index.row() > 0)
        painter->drawLine(lineX, option.rect.top(), lineX, l.badge.center().y());
    if (index.row() < rows - 1)
        painter->drawLine(lineX, l.badge.center().y(), lineX, option.rect.bottom() + 1);

    const StatusState state = index.data(StatusRoles::StateRole).value<StatusState>();
    // Clear the line behind the badge so hollow badges read as hollow.
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->drawEllipse(l.badge.adjusted(-1, -1, 1, 1));
    StateStyle::paintBadge(painter, l.badge, state, pal,
                           index.data(StatusRoles::PendingRole).toBool()
                               ? StateStyle::PendingWrite
                               : StateStyle::NoBadgeOption);

    const QFontMetrics &metrics = option.fontMetrics;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics boldMetrics(bold);
    const int titleWidth = qMin(boldMetrics.horizontalAdvance(l.titleText), l.title.width());
    painter->drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(l.titleText, Qt::ElideRight, l.title.width()));
    painter->setFont(option.font);
    const QRect creator = l.title.adjusted(titleWidth + metrics.horizontalAdvance(u' '), 0, 0, 0);
    if (!l.creatorText.isEmpty() && creator.width() > 0) {
        painter->setPen(muted);
        painter->drawText(creator, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(l.creatorText, Qt::ElideRight, creator.width()));
    }
    painter->setPen(muted);
    painter->drawText(l.time, Qt::AlignRight | Qt::AlignVCenter, l.timeText);
    if (!l.description.isNull()) {
        painter->setPen(text);
        painter->setClipRect(l.description);
        // QPainter::drawText never interprets markup: "<img src=x>" shows as typed.
        painter->drawText(l.description, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          l.descriptionText);
        painter->setClipping(false);
    }
    auto drawUrl = [&](const QRect &rect, const QString &caption, const QUrl &url) {
        if (rect.isNull())
            return;
        const QString prefix = caption + QLatin1Char(' ');
        const int prefixWidth = metrics.horizontalAdvance(prefix);
        painter->setPen(muted);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, prefix);
        const QRect urlRect = rect.adjusted(prefixWidth, 0, 0, 0);
        const QString shown =
            metrics.elidedText(url.toDisplayString(), Qt::ElideMiddle, urlRect.width());
        if (isWebUrl(url)) {
            QFont link = option.font;
            link.setUnderline(true);
            painter->setFont(link);
            painter->setPen(selected ? text : pal.color(QPalette::Link));
        } else {
            painter->setPen(muted);
        }
        painter->drawText(urlRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
        painter->setFont(option.font);
    };
    drawUrl(l.logUrl, tr("Log:"), l.log);
    drawUrl(l.environmentUrl, tr("Environment:"), l.environment);
    painter->restore();
}

QSize StatusHistoryDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, availableWidth(option), 0);
    return {opt.rect.width(), layout(opt, index).height};
}

bool StatusHistoryDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                        const QStyleOptionViewItem &option,
                                        const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const Layout l = layout(option, index);
        const QPoint pos = mouse->position().toPoint();
        const QString prefixLog = tr("Log:") + QLatin1Char(' ');
        const QString prefixEnv = tr("Environment:") + QLatin1Char(' ');
        const int logText = option.fontMetrics.horizontalAdvance(prefixLog);
        const int envText = option.fontMetrics.horizontalAdvance(prefixEnv);
        if (l.logUrl.adjusted(logText, 0, 0, 0).contains(pos) && isWebUrl(l.log)) {
            emit linkActivated(l.log);
            return true;
        }
        if (l.environmentUrl.adjusted(envText, 0, 0, 0).contains(pos) && isWebUrl(l.environment)) {
            emit linkActivated(l.environment);
            return true;
        }
    }
    return PaintedItemDelegate::editorEvent(event, model, option, index);
}

bool StatusHistoryDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const Layout l = layout(option, index);
        QStringList lines;
        lines << QStringList{l.titleText, l.creatorText}.join(u' ').trimmed().toHtmlEscaped();
        lines << TimeFormat::absolute(index.data(StatusRoles::CreatedAtRole).toDateTime())
                     .toHtmlEscaped();
        if (!l.descriptionText.isEmpty())
            lines << l.descriptionText.toHtmlEscaped();
        if (!l.log.isEmpty())
            lines << tr("Log: %1").arg(l.log.toDisplayString().toHtmlEscaped());
        if (!l.environment.isEmpty())
            lines << tr("Environment: %1").arg(l.environment.toDisplayString().toHtmlEscaped());
        QToolTip::showText(event->globalPos(),
                           QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                               .arg(lines.join(QStringLiteral("<br/>"))),
                           view->viewport(), option.rect);
        return true;
    }
    return PaintedItemDelegate::helpEvent(event, view, option, index);
}
