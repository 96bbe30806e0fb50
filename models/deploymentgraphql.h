#pragma once

#include "deployment.h"
#include "deploymentstatus.h"
#include "environment.h"
#include "repositoryid.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// The GraphQL documents DeployDeck sends for bulk reads of deployments, their variables, and
// the readers that turn GraphQL's nodes into the same value types REST gives (Deployment,
// DeploymentStatus, Environment). The documents are constants; every value travels as a
// variable. Each node is rebuilt as the REST object GitHub would have sent and read by the REST
// parsers, so both paths fill the store through one parser.
//
// Where GraphQL has no twin of a REST field (checked against @octokit/graphql-schema):
// - a status's numeric id: read from its node id (GitHub's legacy base64 "016:DeploymentStatus42"
//   and next-generation "DES_<msgpack>" forms), else a stable number made from the node id;
// - `ref`: Deployment.ref is a Ref, null when the deployment was made from a SHA (REST then gives
//   the SHA) or the branch is gone (REST still has its name; we give the SHA);
// - `transient_environment`: only a DESTROYED state shows it; `production_environment`: GitHub's
//   default (environment "production"). The first REST refresh brings both exactly;
// - `target_url` is `logUrl` (GitHub sets both from log_url); the API URLs are built from the
//   API root, the repository and the ids, as GitHub builds them; so are a creator's (simple-user:
//   every field, from the Actor's login, node id, databaseId and isSiteAdmin);
// - `performed_via_github_app`: none (null here; DeploymentExporter leaves it out).
namespace DeploymentGraphQL {

// Deployments a page; statuses a deployment in the first request (more follow through
// statusesDocument()). Either way the page costs 1 point: (1 + 100) requests / 100, rounded.
inline constexpr int deploymentsPerPage = 100;
inline constexpr int statusesPerDeployment = 50;
inline constexpr int statusesPerPage = 100;

// query DeploymentPage($owner, $name, $first, $after, $environments, $direction, $statusesFirst,
// $withEnvironments): a page of deployments, newest (or oldest) first, each with its first statuses
// and latest status; the repository's environments when $withEnvironments; rateLimit.
QString pageDocument();
// oldestFirst: the other end of the list (the loader reads from both ends at once).
QJsonObject pageVariables(const RepositoryId &repository, const QString &after,
                          const QString &environment, bool withEnvironments,
                          bool oldestFirst = false);
// query DeploymentStatusPage($id, $first, $after): more statuses of one deployment.
QString statusesDocument();
QJsonObject statusesVariables(const QString &deploymentNodeId, const QString &after);

struct StatusPage
{
    QList<DeploymentStatus> statuses; // newest first
    bool hasNextPage = false;
    QString endCursor;
};

struct DeploymentPage
{
    QList<Deployment> deployments; // newest first
    QHash<qint64, StatusPage> statuses;
    QList<Environment> environments; // when asked for
    bool environmentsListed = false;
    int totalCount = 0;
    bool hasNextPage = false;
    QString endCursor;
    QStringList warnings; // nodes skipped, and why
};

struct PageInfo
{
    bool hasNextPage = false;
    QString endCursor;
    int count = 0;
    qint64 lastId = -1; // databaseId of the page's last node
};
// Only repository.deployments.pageInfo of a DeploymentPage answer (cheap: no node is read).
PageInfo readPageInfo(const QJsonObject &data);

// `data` of a DeploymentPage answer; nullopt (with `error`) when its shape is not GraphQL's.
std::optional<DeploymentPage> readPage(const QJsonObject &data, const QUrl &apiRoot,
                                       const RepositoryId &repository, QString *error = nullptr);
// `data` of a DeploymentStatusPage answer.
std::optional<StatusPage> readStatusPage(const QJsonObject &data, const QUrl &apiRoot,
                                         const RepositoryId &repository, qint64 deploymentId,
                                         QString *error = nullptr);

// A status's REST id from its node id (see above); never 0.
qint64 statusIdFromNodeId(const QString &nodeId);

} // namespace DeploymentGraphQL
