#include "boardcelldelegate.h"

#include "models/boardmodel.h"
#include "models/relativetime.h"
#include "models/statusstate.h"
#include "statestyle.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int margin = 6;
constexpr int badgeSize = 16;
} // namespace

BoardCellDelegate::BoardCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_clock(RelativeTime::systemClock())
{}

int BoardCellDelegate::rowHeight(const QFontMetrics &metrics)
{
    return 3 * metrics.height() + 2 * margin;
}

QSize BoardCellDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const auto kind = index.data(BoardModel::ColumnKindRole).value<BoardModel::ColumnKind>();
    const QFontMetrics &fm = option.fontMetrics;
    const int width = kind == BoardModel::ColumnKind::Repository
                          ? fm.horizontalAdvance(QLatin1Char('x')) * 26
                          : fm.horizontalAdvance(QLatin1Char('x')) * 24 + badgeSize + 3 * margin;
    return {width, rowHeight(fm)};
}

void BoardCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const auto cell = index.data(BoardModel::CellRole).value<BoardModel::CellValue>();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The background and selection without asking the model for its display roles again.
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.7);
    const QFontMetrics &fm = option.fontMetrics;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
    const int line = fm.height();
    const QDateTime now = m_clock();

    const auto drawLine = [&](int n, int left, const QString &s, const QColor &colour,
                              const QFont &font, const QFontMetrics &metrics) {
        const QRect r(left, area.top() + n * line, area.right() - left, line);
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(s, Qt::ElideRight, r.width()));
    };

    if (cell.kind == BoardModel::ColumnKind::Repository) {
        drawLine(0, area.left(), cell.repository, text, bold, boldMetrics);
        drawLine(1, area.left(), cell.host, quiet, option.font, fm);
        if (!cell.problem.isEmpty()) {
            drawLine(2, area.left(), cell.problem, StateStyle::color(StatusState::Error, palette),
                     option.font, fm);
        } else if (cell.loading) {
            drawLine(2, area.left(), BoardModel::tr("Loading…"), quiet, option.font, fm);
        }
        painter->restore();
        return;
    }

    const int textLeft = area.left() + badgeSize + margin;
    const bool group = cell.kind != BoardModel::ColumnKind::Environment;
    if (group ? cell.groupCount == 0 : cell.ref.isEmpty()) {
        drawLine(0, area.left(), QStringLiteral("—"), quiet, option.font, fm);
        painter->restore();
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    StateStyle::paintBadge(
        painter, QRectF(area.left(), area.top() + (line - badgeSize) / 2.0, badgeSize, badgeSize),
        cell.state, palette, cell.live ? StateStyle::Emphasized : StateStyle::NoBadgeOption);
    if (group) {
        const QString count = cell.kind == BoardModel::ColumnKind::Previews
                                  ? BoardModel::tr("%n preview(s)", nullptr, cell.groupCount)
                                  : BoardModel::tr("%n environment(s)", nullptr, cell.groupCount);
        drawLine(0, textLeft, count, text, bold, boldMetrics);
        drawLine(1, textLeft, cell.groupNames.join(QStringLiteral(", ")), quiet, option.font, fm);
        painter->restore();
        return;
    }
    drawLine(0, textLeft, cell.ref + QStringLiteral(" · ") + cell.sha.left(7), text, bold,
             boldMetrics);
    QString when = RelativeTime::format(cell.since, now);
    if (!cell.creator.isEmpty())
        when += QStringLiteral(" · ") + cell.creator;
    drawLine(1, textLeft, when, quiet, option.font, fm);
    if (cell.attemptState != StatusState::NoStatus) {
        const QColor colour = selected ? text : StateStyle::color(cell.attemptState, palette);
        StateStyle::paintBadge(
            painter, QRectF(area.left() + 2, area.top() + 2 * line + (line - 12) / 2.0, 12, 12),
            cell.attemptState, palette);
        // A newer deployment that did not go live: "v2.4 Failure · 5 minutes ago" (no words of
        // ours to translate: the state's name is translated, the ref is GitHub's)
        drawLine(2, textLeft,
                 cell.attemptRef + QLatin1Char(' ') + StatusStates::displayName(cell.attemptState) +
                     QStringLiteral(" · ") + RelativeTime::format(cell.attemptTime, now),
                 colour, option.font, fm);
    } else if (!cell.driftTarget.isEmpty()) {
        const QColor colour = selected ? text : StateStyle::color(StatusState::Pending, palette);
        //: Drift: this environment runs another commit than %1 (the next one toward production)
        drawLine(2, textLeft, BoardModel::tr("≠ %1 (drift)").arg(cell.driftTarget), colour,
                 option.font, fm);
    }
    painter->restore();
}
