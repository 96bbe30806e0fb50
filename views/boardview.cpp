#include "boardview.h"

#include "boardcelldelegate.h"

#include <QHeaderView>
#include <QKeyEvent>

BoardView::BoardView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new BoardCellDelegate(this))
{
    setObjectName(QStringLiteral("boardView"));
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setWordWrap(false);
    setShowGrid(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    updateRowHeight();
    connect(this, &QAbstractItemView::doubleClicked, this, &BoardView::openRequested);
}

void BoardView::updateRowHeight()
{
    verticalHeader()->setDefaultSectionSize(BoardCellDelegate::rowHeight(fontMetrics()));
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    horizontalHeader()->setDefaultSectionSize(charWidth * 30 + 40);
    horizontalHeader()->setMinimumSectionSize(charWidth * 10);
}

void BoardView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        currentIndex().isValid()) {
        Q_EMIT openRequested(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void BoardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateRowHeight();
    QTableView::changeEvent(event);
}
