#pragma once

#include "painteditemdelegate.h"
#include <QDateTime>

#include <functional>

// One environment in the environment list (EnvironmentModel, EnvironmentRoles): the state badge
// of its latest deployment, its name, and below it the live deployment's ref, short SHA, who
// deployed it and how long ago ("main · 1a2b3c4 · octocat · 5 minutes ago").
class EnvironmentDelegate : public PaintedItemDelegate
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit EnvironmentDelegate(QObject *parent = nullptr);

    // "Now" for the relative times; the system clock by default.
    void setClock(Clock clock);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The second line drawn for index: "main · 1a2b3c4 · octocat" (elided if it must be) and,
    // right-aligned and never elided, how long it has been live ("5 minutes ago"); or
    // "No live deployment" and nothing.
    QString detailText(const QModelIndex &index) const;
    QString sinceText(const QModelIndex &index) const;

private:
    Clock m_clock;
};
