#include "deploymentexporter.h"

#include "deploymentgraphqlloader.h"
#include "githubclient.h"

#include <QJsonDocument>

#include <QJsonObject>
#include <algorithm>

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
    m_statusArrays.clear();
    m_jsonLines.clear();
    m_statusListsDone = 0;
    m_listDone = false;
    if (!m_client) {
        fail(GitHubError(GitHubError::Kind::Cancelled, QStringLiteral("no client")));
        return;
    }
    m_running = true;
    m_usedGraphQL = false;
    if (m_useGraphQL && !m_client->isGraphQLRefused()) {
        if (!m_loader) {
            m_loader = new DeploymentGraphQLLoader(m_client, this);
            m_loader->setListsEnvironments(false);
            connect(m_loader, &DeploymentGraphQLLoader::pageReceived, this,
                    &DeploymentExporter::takeGraphQLPage);
            connect(m_loader, &DeploymentGraphQLLoader::finished, this, [this] {
                // The loader reads from both ends: newest first, as GitHub lists them.
                std::stable_sort(m_deployments.begin(), m_deployments.end(),
                                 [](const Deployment &a, const Deployment &b) {
                                     return a.createdAt != b.createdAt ? a.createdAt > b.createdAt
                                                                       : a.id > b.id;
                                 });
                m_listDone = true;
                checkDone();
            });
            connect(m_loader, &DeploymentGraphQLLoader::failed, this,
                    [this](const GitHubError &error, bool useRest) {
                        if (!useRest) {
                            fail(error);
                            return;
                        }
                        // Nothing of GraphQL's is kept: REST reads it all again.
                        m_deployments.clear();
                        m_statusArrays.clear();
                        m_jsonLines.clear();
                        m_statusListsDone = 0;
                        startRest();
                    });
        }
        m_loader->setRepository(m_repository);
        m_loader->setEnvironment(m_environment);
        if (m_loader->start()) {
            m_usedGraphQL = true;
            return;
        }
    }
    startRest();
}

void DeploymentExporter::startRest()
{
    m_usedGraphQL = false;
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
    if (m_loader)
        m_loader->cancel();
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
        connect(request, &StatusListRequest::finished, this, [this, request, deployment] {
            // Only GitHub's objects are kept (the parsed statuses go with the request), and the
            // line of text is made now, while other transfers run.
            const QJsonArray statuses = statusArray(request->statuses());
            m_statusArrays.insert(deployment.id, statuses);
            m_jsonLines.insert(deployment.id, jsonLine(deployment, statuses));
            ++m_statusListsDone;
            Q_EMIT progress(m_statusListsDone, int(m_deployments.size()));
            checkDone();
        });
        connect(request, &GitHubRequest::failed, this, &DeploymentExporter::fail);
    }
    Q_EMIT progress(m_statusListsDone, int(m_deployments.size()));
}

void DeploymentExporter::takeGraphQLPage(const QList<Deployment> &deployments,
                                         const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    for (const Deployment &deployment : deployments) {
        m_deployments.append(deployment);
        const QJsonArray array = statusArray(statuses.value(deployment.id));
        m_statusArrays.insert(deployment.id, array);
        m_jsonLines.insert(deployment.id, jsonLine(deployment, array));
        ++m_statusListsDone;
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

QList<DeploymentStatus> DeploymentExporter::statuses(qint64 deploymentId) const
{
    return DeploymentStatus::listFromJson(m_statusArrays.value(deploymentId));
}

QJsonArray DeploymentExporter::statusArray(const QList<DeploymentStatus> &statuses)
{
    QJsonArray array;
    for (const DeploymentStatus &status : statuses)
        array.append(status.json);
    return array;
}

namespace {

QJsonObject withStatuses(const Deployment &deployment, const QJsonArray &statuses)
{
    QJsonObject object = deployment.json;
    object.insert(QStringLiteral("statuses"), statuses);
    return object;
}

template <typename ArrayOf>
QJsonArray jsonArray(const QList<Deployment> &deployments, ArrayOf arrayOf)
{
    QJsonArray result;
    for (const Deployment &deployment : deployments)
        result.append(withStatuses(deployment, arrayOf(deployment.id)));
    return result;
}

// "[", the lines separated by ",\n", "]": a JSON array a line-oriented tool can read too.
template <typename LineOf>
QByteArray joinLines(const QList<Deployment> &deployments, LineOf lineOf)
{
    QList<QByteArray> lines;
    lines.reserve(deployments.size());
    qsizetype size = 0;
    for (const Deployment &deployment : deployments) {
        lines.append(lineOf(deployment));
        size += lines.constLast().size() + 2;
    }
    QByteArray text;
    text.reserve(size + 4);
    text += '[';
    for (qsizetype i = 0; i < lines.size(); ++i) {
        text += i == 0 ? "\n" : ",\n";
        text += lines.at(i);
    }
    text += "\n]\n";
    return text;
}

// latestOf(id) is the deployment's newest status (GitHub lists them newest first), if any.
template <typename LatestOf>
QByteArray csvRows(const QList<Deployment> &deployments, LatestOf latestOf)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    QByteArray csv = "id,environment,ref,sha,task,creator,created_at,latest_state,"
                     "latest_status_at,description\r\n";
    for (const Deployment &deployment : deployments) {
        const std::optional<DeploymentStatus> latest = latestOf(deployment.id);
        const QList<QString> fields = {QString::number(deployment.id),
                                       deployment.environment,
                                       deployment.ref,
                                       deployment.sha,
                                       deployment.task,
                                       deployment.creator.login,
                                       time(deployment.createdAt),
                                       latest ? latest->rawState : QString(),
                                       latest ? time(latest->createdAt) : QString(),
                                       deployment.description};
        QList<QByteArray> encoded;
        for (const QString &field : fields)
            encoded.append(DeploymentExporter::csvField(field));
        csv += encoded.join(',') + "\r\n";
    }
    return csv;
}

} // namespace

QByteArray DeploymentExporter::jsonLine(const Deployment &deployment, const QJsonArray &statuses)
{
    return QJsonDocument(withStatuses(deployment, statuses)).toJson(QJsonDocument::Compact);
}

QJsonArray DeploymentExporter::toJson() const
{
    return jsonArray(m_deployments, [this](qint64 id) { return m_statusArrays.value(id); });
}

QJsonArray DeploymentExporter::toJson(const QList<Deployment> &deployments,
                                      const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    return jsonArray(deployments,
                     [&statuses](qint64 id) { return statusArray(statuses.value(id)); });
}

QByteArray DeploymentExporter::toJsonText() const
{
    return joinLines(m_deployments, [this](const Deployment &deployment) {
        const auto line = m_jsonLines.constFind(deployment.id);
        return line != m_jsonLines.constEnd()
                   ? *line
                   : jsonLine(deployment, m_statusArrays.value(deployment.id));
    });
}

QByteArray DeploymentExporter::toJsonText(const QList<Deployment> &deployments,
                                          const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    return joinLines(deployments, [&statuses](const Deployment &deployment) {
        return jsonLine(deployment, statusArray(statuses.value(deployment.id)));
    });
}

QByteArray DeploymentExporter::toCsv() const
{
    return csvRows(m_deployments, [this](qint64 id) -> std::optional<DeploymentStatus> {
        const QJsonArray statuses = m_statusArrays.value(id);
        if (statuses.isEmpty())
            return std::nullopt;
        return DeploymentStatus::fromJson(statuses.first());
    });
}

QByteArray DeploymentExporter::toCsv(const QList<Deployment> &deployments,
                                     const QHash<qint64, QList<DeploymentStatus>> &statuses)
{
    return csvRows(deployments, [&statuses](qint64 id) -> std::optional<DeploymentStatus> {
        const QList<DeploymentStatus> list = statuses.value(id);
        if (list.isEmpty())
            return std::nullopt;
        return list.constFirst();
    });
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
