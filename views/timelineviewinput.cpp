// TimelineView's input: mouse (select, pan), wheel (scroll, Ctrl zooms), keys (+/- zoom),
// context menu and tooltips. The class's other half is timelineview.cpp; input reads the view
// only through its geometry (indexAt, visualRect, laneAt) and scroll bars.
#include "timelineview.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <QtMath>

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractItemView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressed = true;
    m_panning = false;
    m_pressPos = event->position().toPoint();
    m_pressHorizontalValue = horizontalScrollBar()->value();
    m_pressVerticalValue = verticalScrollBar()->value();
    const QModelIndex index = indexAt(m_pressPos);
    m_pressedIndex = index;
    if (index.isValid() && selectionModel()) {
        selectionModel()->setCurrentIndex(index, selectionCommand(index, event));
        emit pressed(index);
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_panning &&
            (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_panning = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_panning) {
            m_followHome = false;
            horizontalScrollBar()->setValue(m_pressHorizontalValue - (pos.x() - m_pressPos.x()));
            verticalScrollBar()->setValue(m_pressVerticalValue - (pos.y() - m_pressPos.y()));
        }
        return;
    }
    const QModelIndex hovered = indexAt(pos);
    if (hovered.isValid())
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractItemView::mouseReleaseEvent(event);
        return;
    }
    const bool wasPanning = m_panning;
    m_pressed = false;
    m_panning = false;
    viewport()->unsetCursor();
    if (wasPanning)
        return;
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && index == m_pressedIndex) {
        emit clicked(index);
        if (style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, this))
            emit activated(index);
    } else if (!index.isValid() && !m_pressedIndex.isValid() && selectionModel() &&
               !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))) {
        selectionModel()->clearSelection();
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !index.isValid())
        return;
    if (index != currentIndex() && selectionModel())
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    emit doubleClicked(index);
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, this))
        emit activated(index);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pos = event->position().toPoint();
    m_followHome = false;
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = angle.y() != 0 ? angle.y() : angle.x();
        if (delta != 0)
            zoomAt(qPow(1.2, delta / 120.0), pos.x());
        event->accept();
        return;
    }
    const bool horizontal = angle.x() != 0 || (event->modifiers() & Qt::ShiftModifier) ||
                            verticalScrollBar()->maximum() == 0;
    if (horizontal) {
        const int delta = angle.x() != 0 ? angle.x() : angle.y();
        QScrollBar *h = horizontalScrollBar();
        h->setValue(h->value() - delta * h->pageStep() / 1200);
    } else {
        QScrollBar *v = verticalScrollBar();
        v->setValue(v->value() - angle.y() * v->singleStep() / 40);
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    m_followHome = false;
    const int centre = m_labelWidth + (viewport()->width() - m_labelWidth) / 2;
    // Zoom around the current deployment when it is on screen, else around the centre.
    int anchor = centre;
    const QRect current = visualRect(currentIndex());
    if (current.isValid() && current.intersects(viewport()->rect()))
        anchor = qBound(m_labelWidth, current.center().x(), viewport()->width());
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(1.5, anchor);
        event->accept();
        return;
    case Qt::Key_Minus:
        zoomAt(1 / 1.5, anchor);
        event->accept();
        return;
    default:
        break;
    }
    // Ctrl+arrows move the current bar without selecting it: still scroll to it.
    m_navigating = true;
    QAbstractItemView::keyPressEvent(event);
    m_navigating = false;
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index;
    if (event->reason() == QContextMenuEvent::Mouse)
        index = indexAt(event->pos());
    else
        index = currentIndex();
    QPoint global = event->globalPos();
    if (event->reason() != QContextMenuEvent::Mouse && index.isValid())
        global = viewport()->mapToGlobal(visualRect(index).center());
    if (index.isValid() && selectionModel() &&
        !selectionModel()->isRowSelected(index.row(), index.parent()))
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    emit contextMenuRequested(index, global);
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid()) {
            QToolTip::showText(help->globalPos(), toolTipText(index), viewport(),
                               visualRect(index));
        } else {
            const int lane = laneAt(help->pos().y());
            if (lane >= 0 && help->pos().x() < m_labelWidth)
                QToolTip::showText(help->globalPos(), laneName(lane).toHtmlEscaped(), viewport());
            else
                QToolTip::hideText();
        }
        return true;
    }
    return QAbstractItemView::viewportEvent(event);
}

QString TimelineView::toolTipText(const QModelIndex &index) const
{
    return TimelineRows::toolTip(index, now());
}
