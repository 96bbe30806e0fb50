#pragma once

#include "views/createstatusdialog.h"
#include "views/newdeploymentdialog.h"

#include "models/githuberror.h"
#include "models/statusstate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;
class RepositorySession;

// Opens the create-status and new-deployment dialogs and submits them through the session. A
// dialog closes only when GitHub accepted the write; on any failure it stays open with what was
// typed, and shows GitHub's reason (field errors next to their fields).
class WriteDialogs : public QObject
{
    Q_OBJECT
public:
    WriteDialogs(RepositorySession *session, QWidget *dialogParent, QObject *parent = nullptr);

    // Environment names offered by the dialogs, in lane order.
    void setKnownEnvironments(const QStringList &environments) { m_environments = environments; }

    // Opened with open() (window-modal, non-blocking); nullptr when the deployment is unknown.
    CreateStatusDialog *openCreateStatus(qint64 deploymentId,
                                         StatusState state = StatusState::Success);
    NewDeploymentDialog *openNewDeployment(const QString &environment = {});

Q_SIGNALS:
    void message(const QString &text, bool error);
    // GitHub created it and it is in the store: the window selects it.
    void deploymentCreated(qint64 deploymentId);

private:
    void submitStatus(CreateStatusDialog *dialog, const CreateStatusDialog::Request &request);
    void submitDeployment(NewDeploymentDialog *dialog, const NewDeploymentDialog::Request &request);
    void onWriteFinished(qint64 deploymentId, bool ok, const QString &errorString);

    RepositorySession *m_session = nullptr;
    QPointer<QWidget> m_dialogParent;
    QStringList m_environments;
    // Open create-status dialogs by deployment, told the outcome of their write.
    QHash<qint64, QPointer<CreateStatusDialog>> m_statusDialogs;
    QHash<qint64, GitHubError> m_writeErrors; // from RepositorySession::writeFailed
};
