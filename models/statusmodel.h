#pragma once

#include "deploymentroles.h"
#include "deploymentstore.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

// The statuses of one deployment, newest first (a status being posted on top), for the details
// pane and the timeline's markers. Reads the store; follows its changes with row inserts and
// removals, so a selected status stays selected. Roles: StatusRoles in deploymentroles.h.
class StatusModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit StatusModel(QObject *parent = nullptr);
    ~StatusModel() override;

    void setStore(DeploymentStore *store); // not owned
    DeploymentStore *store() const { return m_store; }
    void setDeploymentId(qint64 deploymentId); // 0: no deployment
    qint64 deploymentId() const { return m_deploymentId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static constexpr qint64 PendingId = -1;
    QList<qint64> currentIds() const;
    const DeploymentStore::StatusRecord *statusAt(int row) const;
    void sync();

    QPointer<DeploymentStore> m_store;
    qint64 m_deploymentId = 0;
    QList<qint64> m_ids; // the rows as the views know them (ids only; the data is the store's)
};
