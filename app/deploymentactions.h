#pragma once

#include "confirmation.h"

#include "models/bulkwritejob.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QPalette;
class QWidget;
class RepositorySession;

// The deployment actions in one place (KActionCollection-style): new deployment, new status,
// mark inactive, delete, stop writing, copy SHA/URL. Their enabled state and tool tips follow
// exactly what the user sees selected (setSelection) and what the session is doing; triggering
// one asks first where it must and writes through the session. Testable without a window.
class DeploymentActions : public QObject
{
    Q_OBJECT
public:
    // `dialogParent` parents the confirmation boxes.
    DeploymentActions(RepositorySession *session, QWidget *dialogParent, QObject *parent = nullptr);
    ~DeploymentActions() override;

    // The deployments the user sees selected (highlighted), in table order. Every action acts
    // on these and nothing else.
    void setSelection(const QList<qint64> &deploymentIds);
    QList<qint64> selection() const { return m_selection; }

    void setConfirmationProvider(ConfirmationProvider provider);

    // A repository the account can read but not push to: every write is disabled with `reason`
    // (translated) as its tool tip, and nothing offers a write that GitHub would refuse.
    void setReadOnly(bool readOnly, const QString &reason = {});
    bool isReadOnly() const { return m_readOnly; }

    QAction *newDeploymentAction() const { return m_newDeployment; }
    QAction *newStatusAction() const { return m_newStatus; }
    QAction *markInactiveAction() const { return m_markInactive; }
    QAction *deleteAction() const { return m_delete; }
    QAction *markInactiveAndDeleteAction() const { return m_markInactiveAndDelete; }
    QAction *stopWritingAction() const { return m_stopWriting; }
    QAction *copyShaAction() const { return m_copySha; }
    QAction *copyUrlAction() const { return m_copyUrl; }
    QList<QAction *> actions() const;

    // Why `deploymentIds` cannot be deleted as they are (translated); empty when they can.
    QString whyNotDeletable(const QList<qint64> &deploymentIds) const;

    // The writes, each asking first. They act on `deploymentIds` (the details pane passes what
    // it shows, which is the selection).
    void markInactive(const QList<qint64> &deploymentIds);
    // Deletes; the ones still active are marked inactive first (asked as such).
    void remove(const QList<qint64> &deploymentIds);

    void retranslate();
    void updateIcons(const QPalette &palette);

Q_SIGNALS:
    // A result or a refusal to show the user (translated).
    void message(const QString &text, bool error);
    void newStatusRequested(qint64 deploymentId);
    void newDeploymentRequested();
    // A bulk write's progress (done of total); total 0 when none runs.
    void writeProgress(int done, int total);

public Q_SLOTS:
    void updateActions();

private:
    bool confirm(const Confirmation &confirmation);
    void startBulk(BulkWriteJob::Action action, const QList<qint64> &ids);
    void onBulkFinished(const BulkWriteJob::Result &result);
    void watchStore();
    QList<qint64> activeOnes(const QList<qint64> &ids) const;

    RepositorySession *m_session = nullptr;
    QPointer<QWidget> m_dialogParent;
    ConfirmationProvider m_confirm;
    QList<qint64> m_selection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QMetaObject::Connection m_storeConnections[4];

    QAction *m_newDeployment = nullptr;
    QAction *m_newStatus = nullptr;
    QAction *m_markInactive = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_markInactiveAndDelete = nullptr;
    QAction *m_stopWriting = nullptr;
    QAction *m_copySha = nullptr;
    QAction *m_copyUrl = nullptr;
};
