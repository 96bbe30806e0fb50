#include "timelinelegend.h"

#include "statestyle.h"

#include <QEvent>
#include <QPainter>

namespace {

constexpr int sampleWidth = 30;
constexpr int sampleGap = 6; // between a sample and its text
constexpr int entryGap = 16; // between entries in a row
constexpr int margin = 6;

} // namespace

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    retranslate();
}

void TimelineLegend::retranslate()
{
    m_entries.clear();
    for (StatusState state : StateStyle::allStates()) {
        //: The legend's name for a state GitHub may add later (shown as "Unknown: <name>")
        const QString name = state == StatusState::Unknown
                                 ? StateStyle::displayName(state, tr("new state"))
                                 : StateStyle::displayName(state);
        m_entries.append({Sample::State, state, name});
    }
    //: Legend: a solid bar is the deployment an environment runs now
    m_entries.append({Sample::LiveBar, StatusState::Success, tr("Live deployment")});
    //: Legend: a light bar is a deployment that no longer runs
    m_entries.append({Sample::EndedBar, StatusState::Inactive, tr("Ended deployment")});
    //: Legend: a small badge on a bar's lower edge marks when a status was posted
    m_entries.append({Sample::StatusMarker, StatusState::Success, tr("Status update")});
    //: Legend: a dashed outline while a status is being posted
    m_entries.append({Sample::PendingWrite, StatusState::InProgress, tr("Saving…")});
    //: Legend: the dashed vertical line at the current time
    m_entries.append({Sample::NowLine, StatusState::NoStatus, tr("Now")});
    setAccessibleName(tr("Timeline legend"));
    updateGeometry();
    update();
}

int TimelineLegend::entryWidth(const Entry &entry) const
{
    return sampleWidth + sampleGap + fontMetrics().horizontalAdvance(entry.text);
}

QVector<QRect> TimelineLegend::entryRects(int width) const
{
    const int rowHeight = qMax(fontMetrics().height(), 18) + 4;
    QVector<QRect> rects;
    int x = margin;
    int y = margin;
    for (const Entry &entry : m_entries) {
        const int w = entryWidth(entry);
        if (x > margin && x + w > width - margin) {
            x = margin;
            y += rowHeight;
        }
        rects.append(QRect(x, y, w, rowHeight));
        x += w + entryGap;
    }
    return rects;
}

int TimelineLegend::heightForWidth(int width) const
{
    const QVector<QRect> rects = entryRects(width);
    return rects.isEmpty() ? 2 * margin : rects.constLast().bottom() + 1 + margin;
}

QSize TimelineLegend::sizeHint() const
{
    // Two or three rows at a typical timeline width.
    const int width = 640;
    return QSize(width, heightForWidth(width));
}

QSize TimelineLegend::minimumSizeHint() const
{
    int widest = 0;
    for (const Entry &entry : m_entries)
        widest = qMax(widest, entryWidth(entry));
    const int width = widest + 2 * margin;
    return QSize(width, heightForWidth(width));
}

void TimelineLegend::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const QVector<QRect> rects = entryRects(width());
    for (int i = 0; i < m_entries.size(); ++i) {
        const QRect entry = rects.at(i);
        paintSample(&painter, QRect(entry.left(), entry.top(), sampleWidth, entry.height()),
                    m_entries.at(i));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(entry.adjusted(sampleWidth + sampleGap, 0, 0, 0),
                         Qt::AlignLeft | Qt::AlignVCenter, m_entries.at(i).text);
    }
}

void TimelineLegend::paintSample(QPainter *painter, const QRect &rect, const Entry &entry) const
{
    // The same drawing as TimelinePainter's bars, at legend size.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int barHeight = qMin(rect.height() - 4, 16);
    const QRectF bar(rect.left() + 0.5, rect.center().y() - barHeight / 2.0 + 0.5,
                     rect.width() - 1.0, barHeight - 1.0);
    const QColor color = StateStyle::color(entry.state, pal);
    const QColor highlight = pal.color(QPalette::Highlight);
    switch (entry.sample) {
    case Sample::State: {
        const int size = qMin(rect.height() - 2, 18);
        StateStyle::paintBadge(painter,
                               QRectF(rect.left() + (rect.width() - size) / 2.0,
                                      rect.center().y() - size / 2.0 + 0.5, size, size),
                               entry.state, pal);
        break;
    }
    case Sample::LiveBar:
        painter->setPen(QPen(color, 2.0));
        painter->setBrush(color);
        painter->drawRoundedRect(bar, 3, 3);
        break;
    case Sample::EndedBar:
    case Sample::StatusMarker:
    case Sample::PendingWrite: {
        QPen border(color, 1.0);
        if (entry.sample == Sample::PendingWrite)
            border = QPen(highlight, 2.0, Qt::DashLine);
        painter->setPen(border);
        painter->setBrush(StateStyle::tint(entry.state, pal));
        painter->drawRoundedRect(bar, 3, 3);
        if (entry.sample == Sample::StatusMarker) {
            const int size = qMax(8, barHeight / 2 + 2);
            StateStyle::paintBadge(
                painter,
                QRectF(bar.center().x() - size / 2.0, bar.bottom() - size / 2.0, size, size),
                entry.state, pal);
        }
        break;
    }
    case Sample::NowLine:
        painter->setPen(QPen(highlight, 1.5, Qt::DashLine));
        painter->drawLine(QPointF(rect.center().x(), rect.top() + 1),
                          QPointF(rect.center().x(), rect.bottom() - 1));
        break;
    }
    painter->restore();
}

void TimelineLegend::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateGeometry();
        update();
        break;
    case QEvent::PaletteChange:
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}
