#include "writedialogs.h"

#include "views/statestyle.h"

#include "models/deploymentstore.h"
#include "models/githubclient.h"
#include "models/githubrequest.h"
#include "models/repositorysession.h"

WriteDialogs::WriteDialogs(RepositorySession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    // GitHub's full error (with 422 field errors) comes just before writeFinished().
    connect(m_session, &RepositorySession::writeFailed, this,
            [this](qint64 id, const GitHubError &error) {
                if (m_statusDialogs.contains(id))
                    m_writeErrors.insert(id, error);
            });
    connect(m_session, &RepositorySession::writeFinished, this, &WriteDialogs::onWriteFinished);
}

CreateStatusDialog *WriteDialogs::openCreateStatus(qint64 deploymentId, StatusState state)
{
    DeploymentStore *store = m_session->store();
    const DeploymentStore::Entry *entry = store ? store->find(deploymentId) : nullptr;
    if (!entry)
        return nullptr;
    auto dialog = new CreateStatusDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTarget(
        {deploymentId, entry->deployment.ref, entry->deployment.sha, entry->environment});
    dialog->setKnownEnvironments(m_environments);
    dialog->setState(state);
    QPointer<DeploymentStore> guard = store;
    dialog->setInactivePreview([guard](qint64 id, const QString &environment) {
        QList<CreateStatusDialog::AffectedDeployment> affected;
        if (!guard)
            return affected;
        const QList<qint64> ids =
            guard->predictAutoInactive(id, StatusState::Success, true, environment);
        for (qint64 affectedId : ids) {
            if (const DeploymentStore::Entry *other = guard->find(affectedId))
                affected.append({affectedId, other->deployment.ref, other->deployment.sha});
        }
        return affected;
    });
    connect(dialog, &CreateStatusDialog::statusRequested, this,
            [this, dialog](const CreateStatusDialog::Request &request) {
                submitStatus(dialog, request);
            });
    dialog->open();
    return dialog;
}

void WriteDialogs::submitStatus(CreateStatusDialog *dialog,
                                const CreateStatusDialog::Request &request)
{
    NewStatus status;
    status.state = request.state;
    status.description = request.description;
    status.logUrl = request.logUrl;
    status.environmentUrl = request.environmentUrl;
    status.environment = request.environment;
    status.autoInactive = request.autoInactive;
    m_statusDialogs.insert(request.deploymentId, dialog);
    if (!m_session->createStatus(request.deploymentId, status)) {
        m_statusDialogs.remove(request.deploymentId);
        dialog->showProblem(m_session->store() && m_session->store()->find(request.deploymentId)
                                ? tr("A status for this deployment is being posted already. "
                                     "Wait for it, then try again.")
                                : tr("The deployment is no longer there: it was deleted, or "
                                     "another repository was opened."));
        return;
    }
    dialog->setBusy(true);
}

void WriteDialogs::onWriteFinished(qint64 deploymentId, bool ok, const QString &errorString)
{
    const GitHubError error = m_writeErrors.take(deploymentId);
    const QPointer<CreateStatusDialog> dialog = m_statusDialogs.take(deploymentId);
    if (!dialog)
        return;
    if (ok) {
        Q_EMIT message(tr("Posted \"%1\" for deployment #%2.")
                           .arg(StateStyle::displayName(dialog->request().state),
                                QString::number(deploymentId)),
                       false);
        dialog->accept();
        return;
    }
    // With GitHub's own error the dialog places field errors; without it, the session's
    // sentence is shown as it is. Either way the dialog stays open with what was typed.
    if (error.isError())
        dialog->showError(error);
    else
        dialog->showProblem(errorString);
}

NewDeploymentDialog *WriteDialogs::openNewDeployment(const QString &environment)
{
    if (!m_session->store())
        return nullptr;
    auto dialog = new NewDeploymentDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRepositoryName(m_session->repository().fullName());
    dialog->setKnownEnvironments(m_environments);
    if (!environment.isEmpty())
        dialog->setEnvironment(environment);
    connect(dialog, &NewDeploymentDialog::deploymentRequested, this,
            [this, dialog,
             repository = m_session->repository()](const NewDeploymentDialog::Request &request) {
                // Never into another repository than the one the dialog names.
                if (m_session->repository() != repository || !m_session->store()) {
                    dialog->showProblem(tr("Another repository was opened; this dialog was for %1.")
                                            .arg(repository.fullName()));
                    return;
                }
                submitDeployment(dialog, request);
            });
    dialog->open();
    return dialog;
}

void WriteDialogs::submitDeployment(NewDeploymentDialog *dialog,
                                    const NewDeploymentDialog::Request &request)
{
    NewDeployment deployment;
    deployment.ref = request.ref;
    deployment.task = request.task;
    deployment.environment = request.environment;
    deployment.description = request.description;
    deployment.payload = request.payload;
    deployment.autoMerge = request.autoMerge;
    deployment.requiredContexts = request.requiredContexts;
    deployment.transientEnvironment = request.transientEnvironment;
    deployment.productionEnvironment = request.productionEnvironment;
    DeploymentRequest *call = m_session->createDeployment(deployment);
    if (!call)
        return; // no repository: checked by the caller
    dialog->setBusy(true);
    QPointer<NewDeploymentDialog> guard = dialog;
    connect(call, &DeploymentRequest::finished, this, [this, guard, call] {
        if (call->merged()) {
            if (guard)
                guard->showMerged(call->message());
            else
                Q_EMIT message(call->message(), false);
            return;
        }
        const Deployment created = call->deployment();
        Q_EMIT message(tr("Created deployment #%1 of %2 to %3.")
                           .arg(QString::number(created.id), created.ref, created.environment),
                       false);
        if (guard)
            guard->accept();
        Q_EMIT deploymentCreated(created.id);
    });
    connect(call, &DeploymentRequest::failed, this, [this, guard](const GitHubError &error) {
        if (guard)
            guard->showError(error);
        else
            Q_EMIT message(error.toDisplayString(), true);
    });
}
