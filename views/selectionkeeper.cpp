#include "selectionkeeper.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>

SelectionKeeper::SelectionKeeper(QAbstractItemModel *model, QObject *parent)
    : QObject(parent)
{
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &SelectionKeeper::aboutToRemove);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SelectionKeeper::removed);
    // Queued: this object hears of an insertion before the views do (see the class comment),
    // and selecting while a view's header has not counted the new rows yet makes it count them
    // twice.
    connect(model, &QAbstractItemModel::rowsInserted, this, &SelectionKeeper::selectFirstIfNone,
            Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::modelReset, this, &SelectionKeeper::selectFirstIfNone,
            Qt::QueuedConnection);
}

void SelectionKeeper::selectFirstIfNone()
{
    if (!m_selectsFirstRow || !m_selection || m_selection->hasSelection() ||
        m_selection->currentIndex().isValid() || m_selection->model()->rowCount() == 0)
        return;
    Q_EMIT firstRowAboutToBeSelected();
    m_selection->setCurrentIndex(m_selection->model()->index(0, 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Q_EMIT firstRowSelected();
}

void SelectionKeeper::setSelectionModel(QItemSelectionModel *selection)
{
    m_selection = selection;
}

void SelectionKeeper::aboutToRemove(const QModelIndex &parent, int first, int last)
{
    if (!m_selection || parent.isValid())
        return;
    const QModelIndexList selected = m_selection->selectedRows();
    if (selected.isEmpty())
        return;
    bool removesSelected = false;
    for (const QModelIndex &index : selected) {
        if (index.row() >= first && index.row() <= last)
            removesSelected = true;
    }
    if (!removesSelected)
        return;
    m_lostSelection = true;
    // The row that takes the removed rows' place, else the one before them; a neighbour kept
    // from an earlier removal in the same run stays when it survives this one.
    if (m_neighbour.isValid() && (m_neighbour.row() < first || m_neighbour.row() > last))
        return;
    const QAbstractItemModel *model = m_selection->model();
    if (last + 1 < model->rowCount())
        m_neighbour = model->index(last + 1, 0);
    else if (first > 0)
        m_neighbour = model->index(first - 1, 0);
    else
        m_neighbour = QPersistentModelIndex();
}

void SelectionKeeper::removed()
{
    if (!m_selection || !m_lostSelection)
        return;
    m_lostSelection = false;
    const QPersistentModelIndex neighbour = std::exchange(m_neighbour, {});
    const QModelIndexList selected = m_selection->selectedRows();
    if (!selected.isEmpty()) {
        // Some of the selection is left: the current index moves into it.
        if (!m_selection->isRowSelected(m_selection->currentIndex().row(), {}))
            m_selection->setCurrentIndex(selected.first(), QItemSelectionModel::NoUpdate);
        return;
    }
    if (!neighbour.isValid()) {
        m_selection->clearCurrentIndex();
        Q_EMIT selectionMoved(QModelIndex());
        return;
    }
    m_selection->setCurrentIndex(neighbour,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Q_EMIT selectionMoved(neighbour);
}
