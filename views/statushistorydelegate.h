#pragma once

#include "painteditemdelegate.h"
#include <QDateTime>
#include <QUrl>

#include <functional>

// One status in the vertical status history of the details pane (StatusModel, StatusRoles):
// a colour-coded badge on a vertical line joining the statuses, then the state, creator and
// relative time, the description (plain text) and the log / environment URLs. URLs are drawn
// as links and reported through linkActivated() only when they are http(s); anything else is
// drawn as plain text and does nothing when clicked.
class StatusHistoryDelegate : public PaintedItemDelegate
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit StatusHistoryDelegate(QObject *parent = nullptr);
    void setClock(Clock clock);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // True for the URLs the app opens: http and https with a host.
    static bool isWebUrl(const QUrl &url);

signals:
    // A click on an http(s) log_url or environment_url.
    void linkActivated(const QUrl &url);

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    Clock m_clock;
};
