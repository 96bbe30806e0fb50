#pragma once

#include "statusstate.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

// Filters DeploymentModel by environment, by state and by free text (ref, SHA, creator,
// description), and sorts any column by the value under it (times as QDateTime, states in
// their enum order), not by the displayed text. Rows that tie stay newest first (created, then
// id) whichever the direction. The source must be newest first, as DeploymentModel is.
class DeploymentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DeploymentFilterProxy(QObject *parent = nullptr);

    // Empty: every environment.
    void setEnvironmentFilter(const QStringList &environments);
    QStringList environmentFilter() const { return m_environments; }
    // Empty: every state.
    void setStateFilter(const QList<StatusState> &states);
    QList<StatusState> stateFilter() const { return m_states; }
    // Case-insensitive, over ref, SHA, creator and description; empty: everything.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    // The role whose value orders a column.
    static int sortRoleForColumn(int column);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_environments;
    QList<StatusState> m_states;
    QString m_text;
};
