#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>
#include <functional>

// Paints the overview board's cells from BoardModel::CellRole, read once per cell: the state
// badge (ringed when live), the ref and short SHA, how long ago and who; a newer attempt that
// did not go live on a line of its own in its state's colour ("Attempt v2.4: Failure, 5 min
// ago"); drift as a marked line ("≠ production"). Group cells show how many environments and
// their names; the repository column its name, its host and what stops it loading.
class BoardCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit BoardCellDelegate(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Three lines of text and the margins: every row is this tall.
    static int rowHeight(const QFontMetrics &metrics);

private:
    Clock m_clock;
};
