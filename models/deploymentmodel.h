#pragma once

#include "deploymentroles.h"
#include "deploymentstore.h"
#include "relativetime.h"

#include <QAbstractTableModel>
#include <QPointer>

// One row per deployment of the current repository, newest first, read straight from a
// DeploymentStore (it keeps no copy). Columns and roles: models/deploymentroles.h. Refreshes
// arrive as row inserts, removals and dataChanged with the roles of what the store says changed
// (DeploymentStore::Changes); only a new
// store (another repository) resets the model.
class DeploymentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DeploymentModel(QObject *parent = nullptr);
    ~DeploymentModel() override;

    void setStore(DeploymentStore *store); // not owned; nullptr empties the model
    DeploymentStore *store() const { return m_store; }
    // The clock behind "3 minutes ago"; default: the system clock.
    void setClock(RelativeTime::Clock clock);

    qint64 deploymentId(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 deploymentId, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // The relative times ("3 minutes ago") moved on: repaint those columns (call it every
    // minute or so from the UI; it is not done on a timer here so refreshes stay silent).
    void refreshRelativeTimes();

private:
    void onDeploymentChanged(int row, DeploymentStore::Changes changes);

    QPointer<DeploymentStore> m_store;
    RelativeTime::Clock m_clock;
};
