#include "deploymentgraphql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The fields both paths need, as fragments. Actor's implementations that carry an id and a
// databaseId are listed one by one (Actor itself has neither).
const char fragments[] = R"(
fragment ActorFields on Actor {
  __typename
  login
  avatarUrl
  url
  ... on User { id databaseId isSiteAdmin }
  ... on Bot { id databaseId }
  ... on Organization { id databaseId }
  ... on Mannequin { id databaseId }
}
fragment StatusFields on DeploymentStatus {
  id
  state
  description
  environment
  environmentUrl
  logUrl
  createdAt
  updatedAt
  creator { ...ActorFields }
}
)";

const char pageQuery[] = R"(query DeploymentPage($owner: String!, $name: String!, $first: Int!,
    $after: String, $environments: [String!], $direction: OrderDirection!, $statusesFirst: Int!,
    $withEnvironments: Boolean!) {
  repository(owner: $owner, name: $name) {
    environments(first: 100) @include(if: $withEnvironments) {
      totalCount
      nodes { databaseId name }
    }
    deployments(first: $first, after: $after, environments: $environments,
                orderBy: {field: CREATED_AT, direction: $direction}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        databaseId
        commitOid
        ref { name }
        task
        environment
        originalEnvironment
        description
        payload
        state
        createdAt
        updatedAt
        creator { ...ActorFields }
        statuses(first: $statusesFirst) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { ...StatusFields }
        }
      }
    }
  }
  rateLimit { cost limit remaining used resetAt }
}
)";

const char statusesQuery[] = R"(query DeploymentStatusPage($id: ID!, $first: Int!, $after: String) {
  node(id: $id) {
    ... on Deployment {
      databaseId
      statuses(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...StatusFields }
      }
    }
  }
  rateLimit { cost limit remaining used resetAt }
}
)";

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QJsonValue textOrEmpty(const QJsonValue &value)
{
    return value.isString() ? value : QJsonValue(QString());
}

// GraphQL's Actor as REST's simple-user, every field GitHub sends: the API URLs are built from
// the API root and the login as GitHub builds them (a bot's "[bot]" percent-encoded).
QJsonObject restUser(const QJsonObject &actor, const QString &apiRoot)
{
    if (actor.isEmpty())
        return {};
    const QString login = actor.value(QLatin1String("login")).toString();
    qint64 id = actor.value(QLatin1String("databaseId")).toInteger();
    if (id <= 0) // an actor type without a databaseId: a stable stand-in
        id = DeploymentGraphQL::statusIdFromNodeId(QLatin1String("actor:") + login);
    const QString users =
        apiRoot + QLatin1String("/users/") + QString::fromLatin1(QUrl::toPercentEncoding(login));
    const auto url = [&users](const char *tail) {
        return QString(users + QLatin1String(tail));
    };
    return QJsonObject{
        {QStringLiteral("login"), login},
        {QStringLiteral("id"), id},
        {QStringLiteral("node_id"), text(actor.value(QLatin1String("id")))},
        {QStringLiteral("avatar_url"), text(actor.value(QLatin1String("avatarUrl")))},
        {QStringLiteral("gravatar_id"), QString()},
        {QStringLiteral("url"), users},
        {QStringLiteral("html_url"), text(actor.value(QLatin1String("url")))},
        {QStringLiteral("followers_url"), url("/followers")},
        {QStringLiteral("following_url"), url("/following{/other_user}")},
        {QStringLiteral("gists_url"), url("/gists{/gist_id}")},
        {QStringLiteral("starred_url"), url("/starred{/owner}{/repo}")},
        {QStringLiteral("subscriptions_url"), url("/subscriptions")},
        {QStringLiteral("organizations_url"), url("/orgs")},
        {QStringLiteral("repos_url"), url("/repos")},
        {QStringLiteral("events_url"), url("/events{/privacy}")},
        {QStringLiteral("received_events_url"), url("/received_events")},
        {QStringLiteral("type"), actor.value(QLatin1String("__typename")).toString()},
        {QStringLiteral("user_view_type"), QStringLiteral("public")},
        {QStringLiteral("site_admin"), actor.value(QLatin1String("isSiteAdmin")).toBool()},
    };
}

QString repositoryUrl(const QUrl &apiRoot, const RepositoryId &repository)
{
    return apiRoot.toString(QUrl::FullyEncoded) + QLatin1String("/repos/") + repository.owner +
           QLatin1Char('/') + repository.name;
}

// REST's `payload`: the object (GraphQL sends its JSON text), or the string as it was made.
QJsonValue restPayload(const QJsonValue &payload)
{
    if (!payload.isString())
        return QJsonObject();
    const QJsonDocument document = QJsonDocument::fromJson(payload.toString().toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return payload;
}

std::optional<DeploymentStatus> readStatus(const QJsonObject &node, const QString &root,
                                           const QString &deploymentUrl, const QString &repoUrl,
                                           QString *error)
{
    const QString nodeId = node.value(QLatin1String("id")).toString();
    const qint64 id = DeploymentGraphQL::statusIdFromNodeId(nodeId);
    const QJsonValue log = textOrEmpty(node.value(QLatin1String("logUrl")));
    const QJsonObject rest{
        {QStringLiteral("url"),
         QString(deploymentUrl + QLatin1String("/statuses/") + QString::number(id))},
        {QStringLiteral("id"), id},
        {QStringLiteral("node_id"), nodeId},
        {QStringLiteral("state"), node.value(QLatin1String("state")).toString().toLower()},
        {QStringLiteral("creator"),
         restUser(node.value(QLatin1String("creator")).toObject(), root)},
        {QStringLiteral("description"), textOrEmpty(node.value(QLatin1String("description")))},
        {QStringLiteral("environment"), textOrEmpty(node.value(QLatin1String("environment")))},
        {QStringLiteral("target_url"), log},
        {QStringLiteral("created_at"), node.value(QLatin1String("createdAt"))},
        {QStringLiteral("updated_at"), node.value(QLatin1String("updatedAt"))},
        {QStringLiteral("deployment_url"), deploymentUrl},
        {QStringLiteral("repository_url"), repoUrl},
        {QStringLiteral("environment_url"),
         textOrEmpty(node.value(QLatin1String("environmentUrl")))},
        {QStringLiteral("log_url"), log},
        {QStringLiteral("performed_via_github_app"), QJsonValue::Null},
    };
    return DeploymentStatus::fromJson(rest, error);
}

std::optional<DeploymentGraphQL::StatusPage>
readStatuses(const QJsonValue &connection, const QString &root, const QString &deploymentUrl,
             const QString &repoUrl, QStringList *warnings, QString *error)
{
    if (!connection.isObject()) {
        if (error)
            *error = QStringLiteral("statuses: not a connection");
        return std::nullopt;
    }
    const QJsonObject object = connection.toObject();
    DeploymentGraphQL::StatusPage page;
    const QJsonObject info = object.value(QLatin1String("pageInfo")).toObject();
    page.hasNextPage = info.value(QLatin1String("hasNextPage")).toBool();
    page.endCursor = text(info.value(QLatin1String("endCursor")));
    for (const QJsonValue &node : object.value(QLatin1String("nodes")).toArray()) {
        QString problem;
        const std::optional<DeploymentStatus> status =
            readStatus(node.toObject(), root, deploymentUrl, repoUrl, &problem);
        if (status)
            page.statuses.append(*status);
        else if (warnings)
            warnings->append(problem);
    }
    return page;
}

// Next-generation node ids: "DES_" + base64url(msgpack([0, repositoryId, id])).
std::optional<qint64> lastMsgPackInteger(const QByteArray &bytes)
{
    int pos = 0;
    auto read = [&](int n) -> std::optional<quint64> {
        if (pos + n > bytes.size())
            return std::nullopt;
        quint64 value = 0;
        for (int i = 0; i < n; ++i)
            value = (value << 8) | quint8(bytes[pos + i]);
        pos += n;
        return value;
    };
    if (bytes.isEmpty())
        return std::nullopt;
    const quint8 head = quint8(bytes[pos++]);
    int count = 0;
    if ((head & 0xf0) == 0x90)
        count = head & 0x0f;
    else
        return std::nullopt;
    std::optional<qint64> last;
    for (int i = 0; i < count; ++i) {
        if (pos >= bytes.size())
            return std::nullopt;
        const quint8 tag = quint8(bytes[pos++]);
        std::optional<quint64> value;
        if (tag < 0x80)
            value = tag;
        else if (tag == 0xcc)
            value = read(1);
        else if (tag == 0xcd)
            value = read(2);
        else if (tag == 0xce)
            value = read(4);
        else if (tag == 0xcf)
            value = read(8);
        if (!value)
            return std::nullopt;
        last = qint64(*value);
    }
    return last;
}

} // namespace

QString DeploymentGraphQL::pageDocument()
{
    return QString::fromLatin1(pageQuery) + QString::fromLatin1(fragments);
}

QJsonObject DeploymentGraphQL::pageVariables(const RepositoryId &repository, const QString &after,
                                             const QString &environment, bool withEnvironments,
                                             bool oldestFirst)
{
    return QJsonObject{
        {QStringLiteral("owner"), repository.owner},
        {QStringLiteral("name"), repository.name},
        {QStringLiteral("first"), deploymentsPerPage},
        {QStringLiteral("after"), after.isEmpty() ? QJsonValue(QJsonValue::Null) : after},
        {QStringLiteral("environments"), environment.isEmpty()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(QJsonArray{environment})},
        {QStringLiteral("direction"), oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC")},
        {QStringLiteral("statusesFirst"), statusesPerDeployment},
        {QStringLiteral("withEnvironments"), withEnvironments},
    };
}

QString DeploymentGraphQL::statusesDocument()
{
    return QString::fromLatin1(statusesQuery) + QString::fromLatin1(fragments);
}

QJsonObject DeploymentGraphQL::statusesVariables(const QString &deploymentNodeId,
                                                 const QString &after)
{
    return QJsonObject{
        {QStringLiteral("id"), deploymentNodeId},
        {QStringLiteral("first"), statusesPerPage},
        {QStringLiteral("after"), after.isEmpty() ? QJsonValue(QJsonValue::Null) : after},
    };
}

DeploymentGraphQL::PageInfo DeploymentGraphQL::readPageInfo(const QJsonObject &data)
{
    const QJsonObject info = data.value(QLatin1String("repository"))
                                 .toObject()
                                 .value(QLatin1String("deployments"))
                                 .toObject()
                                 .value(QLatin1String("pageInfo"))
                                 .toObject();
    const QJsonArray nodes = data.value(QLatin1String("repository"))
                                 .toObject()
                                 .value(QLatin1String("deployments"))
                                 .toObject()
                                 .value(QLatin1String("nodes"))
                                 .toArray();
    PageInfo page;
    page.hasNextPage = info.value(QLatin1String("hasNextPage")).toBool();
    page.endCursor = text(info.value(QLatin1String("endCursor")));
    page.count = int(nodes.size());
    if (!nodes.isEmpty())
        page.lastId = nodes.last().toObject().value(QLatin1String("databaseId")).toInteger();
    return page;
}

std::optional<DeploymentGraphQL::DeploymentPage>
DeploymentGraphQL::readPage(const QJsonObject &data, const QUrl &apiRoot,
                            const RepositoryId &repository, QString *error)
{
    const QJsonValue repositoryValue = data.value(QLatin1String("repository"));
    const QJsonObject connection =
        repositoryValue.toObject().value(QLatin1String("deployments")).toObject();
    if (!repositoryValue.isObject() || connection.isEmpty()) {
        if (error)
            *error = QStringLiteral("repository.deployments: missing");
        return std::nullopt;
    }
    DeploymentPage page;
    const QString root = apiRoot.toString(QUrl::FullyEncoded);
    const QString repoUrl = repositoryUrl(apiRoot, repository);
    page.totalCount = connection.value(QLatin1String("totalCount")).toInt();
    const QJsonObject info = connection.value(QLatin1String("pageInfo")).toObject();
    page.hasNextPage = info.value(QLatin1String("hasNextPage")).toBool();
    page.endCursor = text(info.value(QLatin1String("endCursor")));
    for (const QJsonValue &value : connection.value(QLatin1String("nodes")).toArray()) {
        const QJsonObject node = value.toObject();
        const qint64 id = node.value(QLatin1String("databaseId")).toInteger();
        const QString url = repoUrl + QLatin1String("/deployments/") + QString::number(id);
        const QString sha = node.value(QLatin1String("commitOid")).toString();
        const QString refName =
            node.value(QLatin1String("ref")).toObject().value(QLatin1String("name")).toString();
        const QString environment = text(node.value(QLatin1String("environment")));
        const QJsonObject rest{
            {QStringLiteral("url"), url},
            {QStringLiteral("id"), id},
            {QStringLiteral("node_id"), node.value(QLatin1String("id"))},
            {QStringLiteral("sha"), sha},
            {QStringLiteral("ref"), refName.isEmpty() ? sha : refName},
            {QStringLiteral("task"), textOrEmpty(node.value(QLatin1String("task")))},
            {QStringLiteral("payload"), restPayload(node.value(QLatin1String("payload")))},
            {QStringLiteral("original_environment"),
             textOrEmpty(node.value(QLatin1String("originalEnvironment")))},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("description"), node.value(QLatin1String("description")).isString()
                                                ? node.value(QLatin1String("description"))
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("creator"),
             restUser(node.value(QLatin1String("creator")).toObject(), root)},
            {QStringLiteral("created_at"), node.value(QLatin1String("createdAt"))},
            {QStringLiteral("updated_at"), node.value(QLatin1String("updatedAt"))},
            {QStringLiteral("statuses_url"), QString(url + QLatin1String("/statuses"))},
            {QStringLiteral("repository_url"), repoUrl},
            {QStringLiteral("transient_environment"),
             node.value(QLatin1String("state")).toString() == QLatin1String("DESTROYED")},
            {QStringLiteral("production_environment"), environment == QLatin1String("production")},
            {QStringLiteral("performed_via_github_app"), QJsonValue::Null},
        };
        QString problem;
        const std::optional<Deployment> deployment = Deployment::fromJson(rest, &problem);
        if (!deployment) {
            page.warnings.append(problem);
            continue;
        }
        const std::optional<StatusPage> statuses = readStatuses(
            node.value(QLatin1String("statuses")), root, url, repoUrl, &page.warnings, &problem);
        if (!statuses) {
            page.warnings.append(problem);
            continue;
        }
        page.deployments.append(*deployment);
        page.statuses.insert(deployment->id, *statuses);
    }
    const QJsonValue environments = repositoryValue.toObject().value(QLatin1String("environments"));
    page.environmentsListed = environments.isObject();
    for (const QJsonValue &value :
         environments.toObject().value(QLatin1String("nodes")).toArray()) {
        const QJsonObject node = value.toObject();
        Environment environment;
        environment.id = node.value(QLatin1String("databaseId")).toInteger();
        environment.name = node.value(QLatin1String("name")).toString();
        if (!environment.name.isEmpty())
            page.environments.append(environment);
    }
    return page;
}

std::optional<DeploymentGraphQL::StatusPage>
DeploymentGraphQL::readStatusPage(const QJsonObject &data, const QUrl &apiRoot,
                                  const RepositoryId &repository, qint64 deploymentId,
                                  QString *error)
{
    const QJsonObject node = data.value(QLatin1String("node")).toObject();
    if (node.value(QLatin1String("databaseId")).toInteger() != deploymentId) {
        if (error)
            *error = QStringLiteral("node: not deployment %1").arg(deploymentId);
        return std::nullopt;
    }
    const QString repoUrl = repositoryUrl(apiRoot, repository);
    const QString url = repoUrl + QLatin1String("/deployments/") + QString::number(deploymentId);
    QStringList warnings;
    return readStatuses(node.value(QLatin1String("statuses")), apiRoot.toString(QUrl::FullyEncoded),
                        url, repoUrl, &warnings, error);
}

qint64 DeploymentGraphQL::statusIdFromNodeId(const QString &nodeId)
{
    // Legacy: base64("016:DeploymentStatus42")
    const QByteArray legacy = QByteArray::fromBase64(nodeId.toLatin1());
    const int colon = legacy.indexOf(':');
    if (colon > 0) {
        bool ok = false;
        const int length = legacy.mid(1, colon - 1).toInt(&ok);
        const qint64 id = ok ? legacy.mid(colon + 1 + length).toLongLong(&ok) : 0;
        if (ok && id > 0)
            return id;
    }
    // Next generation: "DES_kwDO..." (base64url msgpack, the id last)
    const int underscore = nodeId.indexOf(QLatin1Char('_'));
    if (underscore > 0) {
        const std::optional<qint64> id = lastMsgPackInteger(QByteArray::fromBase64(
            nodeId.mid(underscore + 1).toLatin1(), QByteArray::Base64UrlEncoding));
        if (id && *id > 0)
            return *id;
    }
    // Unknown form: a stable number above any real id.
    const QByteArray hash = QCryptographicHash::hash(nodeId.toUtf8(), QCryptographicHash::Sha1);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(hash[i]);
    return qint64((value & ((quint64(1) << 61) - 1)) | (quint64(1) << 61));
}
