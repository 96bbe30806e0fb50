#pragma once

#include "models/deploymentroles.h"

#include "painteditemdelegate.h"

// Draws a state as a badge (StateStyle) followed by its translated name, for the state column
// of the deployments table (and any list showing a StatusState). By default it reads
// DeploymentRoles::StateRole / RawStateRole / PendingWriteRole; setRoles() adapts it to other
// models (e.g. StatusRoles::StateRole, RawStateRole, PendingRole).
class StatusDelegate : public PaintedItemDelegate
{
    Q_OBJECT
public:
    explicit StatusDelegate(QObject *parent = nullptr);

    void setRoles(int stateRole, int rawStateRole, int pendingRole);
    // Badge only, no text (for narrow columns).
    void setBadgeOnly(bool badgeOnly);
    bool badgeOnly() const { return m_badgeOnly; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The text drawn for index ("Success", "Success (posting…)", "Unknown: foo").
    QString text(const QModelIndex &index) const;
    // Wide enough for every known state's translated name with its badge, so a column sized
    // to it clips none of them in any language.
    int preferredWidth(const QStyleOptionViewItem &option) const;

private:
    int m_stateRole = DeploymentRoles::StateRole;
    int m_rawStateRole = DeploymentRoles::RawStateRole;
    int m_pendingRole = DeploymentRoles::PendingWriteRole;
    bool m_badgeOnly = false;
};
