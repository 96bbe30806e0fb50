#pragma once

#include "deploymentstore.h" // EnvironmentModel holds a QPointer to it
#include "environmentmodel.h"
#include "statusstate.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>
#include <functional>

class BoardSessions;
class DeploymentStore;
struct DeploymentEntry;

// The overview board: one row per watched repository (BoardSessions' order), column 0 the
// repository, then one column per environment in the timeline's lane order (production
// first), then "Others" (environments only one repository has, when folding is on) and
// "Previews" (transient and preview environments, grouped). A cell is read from the
// repository's DeploymentStore when asked: nothing is copied. It shows the environment's live
// deployment and, when a newer attempt has not gone live (failed, or still running), that
// attempt too; a cell whose live SHA differs from the next environment toward production
// (staging ahead of production, qa ahead of staging) is marked as drift.
// Changes merge without resets: a repository's change repaints its row, a new environment
// inserts its column where it belongs, a gone one removes it.
class BoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StateRole = Qt::UserRole + 1, // StatusState: the live deployment's, else the newest's
        RefRole,                      // the live deployment's ref
        ShaRole,                      // its full SHA
        SinceRole,                    // QDateTime: when it went live (its latest status)
        CreatorRole,                  // who deployed it
        AttemptStateRole,             // StatusState of a newer attempt (NoStatus: none)
        AttemptRefRole,
        AttemptTimeRole,  // QDateTime of the attempt's latest status
        DriftRole,        // bool
        DriftTextRole,    // "Staging runs 1a2b3c4; production runs 5d6e7f8"
        DeploymentIdRole, // qint64: the live deployment (else the newest), 0: none
        EnvironmentRole,  // the column's environment ("" for Others/Previews)
        GroupCountRole,   // Others/Previews: environments with a deployment
        SeverityRole,     // int: 0 failure/error ... 5 nothing (sorting, tray)
        RepositoryRole,   // "owner/name"
        ApiRootRole,      // QUrl of the repository's host
        ColumnKindRole,   // ColumnKind (header and cells)
        LoadingRole,      // bool: the repository's first load runs
        ProblemRole,      // QString: why the repository shows nothing (error)
        DriftTargetRole,  // the environment it differs from ("production")
        CellRole,         // CellValue: everything a delegate paints, read once
    };
    enum class ColumnKind { Repository, Environment, Others, Previews };
    Q_ENUM(ColumnKind)

    using Clock = std::function<QDateTime()>;

    // What a delegate paints in one cell (CellRole), so painting asks the model once per cell.
    struct CellValue
    {
        ColumnKind kind = ColumnKind::Repository;
        StatusState state = StatusState::NoStatus;
        QString ref;
        QString sha;
        QString creator;
        QDateTime since;
        bool live = false; // `ref` is live there (not only the newest attempt)
        StatusState attemptState = StatusState::NoStatus;
        QString attemptRef;
        QDateTime attemptTime;
        QString driftTarget; // non-empty: drift against that environment
        int groupCount = 0;
        QStringList groupNames; // Others/Previews: the environments with a deployment
        int severity = 5;
        // The repository column:
        QString repository;
        QString host;
        bool loading = false;
        QString problem;
    };

    explicit BoardModel(BoardSessions *sessions, QObject *parent = nullptr);
    ~BoardModel() override;

    // Environments only one repository has go to "Others" (when two or more are watched).
    void setFoldRareEnvironments(bool fold);
    bool foldRareEnvironments() const { return m_fold; }
    void setClock(Clock clock); // for "5 min ago"; default: current UTC

    ColumnKind columnKind(int column) const;
    QString columnEnvironment(int column) const;    // "" for the others
    int columnOf(const QString &environment) const; // its own column, else -1
    // The column that shows `environment` (its own, or Others/Previews).
    int columnShowing(int row, const QString &environment) const;
    // Environments a group cell covers in that row, lane order.
    QStringList groupEnvironments(int row, int column) const;
    // The worst state on the whole board (for the tray icon): severity 0..5.
    int worstSeverity() const;

    static int severity(StatusState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The language changed: every text (headers, cells, tool tips) is asked for again.
    void retranslate();

private:
    struct Column
    {
        ColumnKind kind = ColumnKind::Repository;
        QString name;
        EnvironmentModel::Lane lane = EnvironmentModel::OtherLane;
        friend bool operator==(const Column &a, const Column &b)
        {
            return a.kind == b.kind && a.name == b.name;
        }
    };
    // What one cell shows, read from the store.
    struct Cell
    {
        const DeploymentEntry *live = nullptr;
        const DeploymentEntry *attempt = nullptr; // newer than live, not live
        const DeploymentEntry *shown = nullptr;   // live, else the newest
        StatusState state = StatusState::NoStatus;
        int groupCount = 0;
        int severity = 5;
        QString driftText;
        QString driftTarget;
        QStringList groupNames;
    };
    Cell cell(int row, int column) const;
    Cell environmentCell(const DeploymentStore *store, const QString &name) const;
    // Sets cell.driftText and cell.driftTarget.
    void computeDrift(Cell &cell, const DeploymentStore *store, const QString &name,
                      EnvironmentModel::Lane lane) const;
    CellValue cellValue(int row, int column) const; // from the cache
    CellValue computeCellValue(int row, int column) const;
    QVariant repositoryData(int row, int role) const;
    QVariant cellData(int row, int column, int role) const;
    QString cellText(int row, const Cell &cell) const;
    QString cellToolTip(int row, int column, const Cell &cell) const;
    QList<Column> wantedColumns() const;
    void syncColumns();
    void connectStore(int row, DeploymentStore *store);
    void markDirty(int row);
    void flush();
    bool isGrouped(const DeploymentStore *store, const QString &name) const;

    BoardSessions *m_sessions;
    QList<Column> m_columns; // [0] is the repository column
    // What the cells show, computed when first painted and dropped when their repository (or
    // the columns) change: derived values for painting, not a copy of the deployments.
    mutable QHash<quint64, CellValue> m_cellCache;
    static quint64 cacheKey(int row, int column) { return (quint64(row) << 32) | quint32(column); }
    void dropCache(int row = -1); // -1: every row
    QSet<int> m_dirty;
    bool m_flushQueued = false;
    bool m_fold = true;
    Clock m_clock;
};

Q_DECLARE_METATYPE(BoardModel::CellValue)
