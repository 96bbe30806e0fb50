#pragma once

#include <QTableView>

class BoardCellDelegate;

// The overview board's table: a cell per repository and environment, painted by
// BoardCellDelegate; sorting by clicking a header; arrow keys, Home/End and Page keys move
// between cells, and Enter (or a double-click) asks to open that repository's timeline at
// that environment. It paints only what is on screen (QTableView) and asks each visible cell
// once.
class BoardView : public QTableView
{
    Q_OBJECT

public:
    explicit BoardView(QWidget *parent = nullptr);

    BoardCellDelegate *cellDelegate() const { return m_delegate; }

Q_SIGNALS:
    void openRequested(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateRowHeight();

    BoardCellDelegate *m_delegate;
};
