#pragma once

#include "deploymentroles.h"
#include "statusstate.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

class DeploymentStore;

// One row per environment (listed by GitHub's environments endpoint or seen in deployments),
// in lane order: production first, then staging, qa, others, previews (transient) last, and by
// name within a lane (compareNames). This is the one place that defines the lanes' order: the
// timeline and the filters follow these rows. Each row says what is live there (ref, SHA, who,
// since when) and the latest deployment's state; an environment is gone once it has no
// deployment left and GitHub's environments endpoint does not list it.
class EnvironmentModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Lane { ProductionLane, StagingLane, QaLane, OtherLane, PreviewLane };
    Q_ENUM(Lane)

    explicit EnvironmentModel(QObject *parent = nullptr);
    ~EnvironmentModel() override;

    void setStore(DeploymentStore *store); // not owned
    DeploymentStore *store() const { return m_store; }

    static Lane laneFor(const QString &name, bool transient, bool production);
    // The order of names within a lane: numbers by value ("pr-90" before "pr-100"), letters
    // case-insensitively, the same on every machine and locale. Negative, 0 or positive.
    static int compareNames(const QString &a, const QString &b);
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // A summary of one environment: a few values, recomputed when the store changes.
    struct Row
    {
        QString name;
        qint64 activeId = 0;
        QString activeRef;
        QString activeSha;
        QString activeCreator;
        QDateTime activeSince;
        qint64 latestId = 0;
        StatusState latestState = StatusState::NoStatus;
        QString latestRawState;
        int count = 0;
        bool transient = false;
        bool production = false;
        Lane lane = OtherLane;

        // The roles whose values differ in `other`, the same environment later.
        QList<int> changedRoles(const Row &other) const;
        bool sortsBefore(const Row &other) const;
    };
    QList<Row> currentRows() const;
    void sync();

    QPointer<DeploymentStore> m_store;
    QList<Row> m_rows;
};
