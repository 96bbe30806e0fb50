#pragma once

#include <QStyledItemDelegate>

// Base of the delegates that paint their own content (badges, several lines of text): the
// style draws the item's background, selection and focus, without text or icon, and the
// subclass paints on top.
class PaintedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const;
};
