#include "deploymentexporter.h"

#include "githubclient.h"

#include <QJsonDocument>
#include <QJsonObject>

DeploymentExporter::DeploymentExporter(GitHubClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

DeploymentExporter::~DeploymentExporter()
{
    cancel();
}

void DeploymentExporter::start()
{
    cancel();
    m_deployments.clear();
    m_statuses.clear();
    m_statusListsDone = 0;
    m_listDone = false;
    if (!m_client) {
        fail(GitHubError(GitHubError::Kind::Cancelled, QStringLiteral("no client")));
        return;
    }
    m_running = true;
    DeploymentQuery query;
    query.environment = m_environment;
    m_listRequest = m_client->listDeployments(m_repository, query);
    connect(m_listRequest, &DeploymentListRequest::pageReceived, this,
            &DeploymentExporter::fetchStatuses);
    connect(m_listRequest, &GitHubRequest::finished, this, [this] {
        m_listDone = true;
        checkDone();
    });
    connect(m_listRequest, &GitHubRequest::failed, this, &DeploymentExporter::fail);
}

void DeploymentExporter::cancel()
{
    if (m_listRequest)
        m_listRequest->cancel();
    for (const QPointer<StatusListRequest> &request : std::as_const(m_statusRequests)) {
        if (request)
            request->cancel();
    }
    m_statusRequests.clear();
    m_running = false;
}

void DeploymentExporter::fetchStatuses(const QList<Deployment> &page)
{
    for (const Deployment &deployment : page) {
        m_deployments.append(deployment);
        // Queued in list order (newest first); the pool runs a few at a time.
        StatusListRequest *request = m_client->listStatuses(m_repository, deployment.id);
        m_statusRequests.append(request);
        const qint64 id = deployment.id;
        connect(request, &StatusListRequest::finished, this, [this, request, id] {
            m_statuses.insert(id, request->statuses());
            ++m_statusListsDone;
            Q_EMIT progress(m_statusListsDone, int(m_deployments.size()));
            checkDone();
        });
        connect(request, &GitHubRequest::failed, this, &DeploymentExporter::fail);
    }
    Q_EMIT progress(m_statusListsDone, int(m_deployments.size()));
}

void DeploymentExporter::checkDone()
{
    if (!m_running || !m_listDone || m_statusListsDone < m_deployments.size())
        return;
    m_running = false;
    m_statusRequests.clear();
    Q_EMIT finished();
}

void DeploymentExporter::fail(const GitHubError &error)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT failed(error);
}

namespace {
QJsonObject withStatuses(const Deployment &deployment, const QList<DeploymentStatus> &statuses)
{
    QJsonObject object = deployment.json;
    QJsonArray statusArray;
    for (const DeploymentStatus &status : statuses)
        statusArray.append(status.json);
    object.insert(QStringLiteral("statuses"), statusArray);
    return object;
}
} // namespace

QJsonArray DeploymentExporter::toJson() const
{
    return toJson(m_deployments, m_statuses);
}

QByteArray DeploymentExporter::toCsv() const
{
    return toCsv(m_deployments, m_statuses);
}

QJsonArray DeploymentExporter::toJson(const QList<Deployment> &deployments,
                                      const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    QJsonArray result;
    for (const Deployment &deployment : deployments)
        result.append(withStatuses(deployment, statuses.value(deployment.id)));
    return result;
}

QByteArray DeploymentExporter::toJsonText() const
{
    return toJsonText(m_deployments, m_statuses);
}

QByteArray DeploymentExporter::toJsonText(const QList<Deployment> &deployments,
                                          const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    QByteArray text = "[";
    bool first = true;
    for (const Deployment &deployment : deployments) {
        text += first ? "\n" : ",\n";
        first = false;
        text += QJsonDocument(withStatuses(deployment, statuses.value(deployment.id)))
                    .toJson(QJsonDocument::Compact);
    }
    text += "\n]\n";
    return text;
}

QByteArray DeploymentExporter::csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') ||
        field.contains('\r')) {
        field.replace('"', "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QByteArray DeploymentExporter::toCsv(const QList<Deployment> &deployments,
                                     const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    QByteArray csv = "id,environment,ref,sha,task,creator,created_at,latest_state,"
                     "latest_status_at,description\r\n";
    for (const Deployment &deployment : deployments) {
        const QList<DeploymentStatus> list = statuses.value(deployment.id);
        // GitHub lists statuses newest first.
        const DeploymentStatus latest = list.isEmpty() ? DeploymentStatus() : list.constFirst();
        const QList<QString> fields = {QString::number(deployment.id),
                                       deployment.environment,
                                       deployment.ref,
                                       deployment.sha,
                                       deployment.task,
                                       deployment.creator.login,
                                       time(deployment.createdAt),
                                       list.isEmpty() ? QString() : latest.rawState,
                                       list.isEmpty() ? QString() : time(latest.createdAt),
                                       deployment.description};
        QList<QByteArray> encoded;
        for (const QString &field : fields)
            encoded.append(csvField(field));
        csv += encoded.join(',') + "\r\n";
    }
    return csv;
}
