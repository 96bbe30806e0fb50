#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemModel;
class QItemSelectionModel;
class QModelIndex;

// Keeps a row selection on something the user can see: when the selected rows are removed
// (deleted here or elsewhere, or filtered out), the neighbouring row of the model as sorted and
// filtered becomes selected and current (the next one, else the previous one, else nothing), and
// selectionMoved() asks the views to scroll to it. The current index always lies in the
// selection, so nothing acts on a row that is not highlighted.
//
// Create it before any view gets `model`: it must see a removal before the selection model
// does, which drops the removed rows from the selection and moves the current index (to the
// row above, unselected) in its own rowsAboutToBeRemoved handler.
class SelectionKeeper : public QObject
{
    Q_OBJECT
public:
    explicit SelectionKeeper(QAbstractItemModel *model, QObject *parent = nullptr);

    void setSelectionModel(QItemSelectionModel *selection);
    // When rows arrive (or the model resets) and nothing is selected, the first row becomes
    // selected and current. Off by default.
    void setSelectsFirstRow(bool on) { m_selectsFirstRow = on; }

Q_SIGNALS:
    // The selection moved to `index` (invalid: nothing left to select).
    void selectionMoved(const QModelIndex &index);
    // Around the automatic selection of the first row (setSelectsFirstRow): not the user's
    // choice, so a view may keep where it is (the timeline stays on production).
    void firstRowAboutToBeSelected();
    void firstRowSelected();

private:
    void aboutToRemove(const QModelIndex &parent, int first, int last);
    void removed();
    void selectFirstIfNone();

    QPointer<QItemSelectionModel> m_selection;
    QPersistentModelIndex m_neighbour;
    bool m_lostSelection = false;
    bool m_selectsFirstRow = false;
};
