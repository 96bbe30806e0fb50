#include "graphqlrequest.h"

#include "githubclient.h"
#include "graphqlrefusals.h"

#include <QJsonDocument>
#include <QSet>

namespace {

QString origin(const QUrl &url)
{
    return url.scheme().toLower() + QLatin1String("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

// `type` (GitHub's own) or `extensions.code` (the validator's) of one GraphQL error.
QString errorType(const QJsonObject &error)
{
    const QString type = error.value(QLatin1String("type")).toString();
    if (!type.isEmpty())
        return type;
    return error.value(QLatin1String("extensions"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

QString pathText(const QJsonArray &path)
{
    QStringList parts;
    for (const QJsonValue &part : path)
        parts.append(part.isDouble() ? QString::number(part.toInt()) : part.toString());
    return parts.join(QLatin1Char('.'));
}

} // namespace

QByteArray GraphQLRequest::body(const QString &document, const QJsonObject &variables)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("query"), document},
                                     {QStringLiteral("variables"), variables}})
        .toJson(QJsonDocument::Compact);
}

/*
  {"data": {"repository": null, "rateLimit": {"cost": 1, "limit": 5000, "remaining": 4999,
   "used": 1, "resetAt": "2025-03-14T10:26:53Z"}},
   "errors": [{"type": "NOT_FOUND", "path": ["repository"], "locations": [{"line": 2,
   "column": 3}], "message": "Could not resolve to a Repository with the name 'octo/nope'."}]}
*/
GitHubError GraphQLRequest::acceptPage(int httpStatus, const QJsonDocument &json)
{
    Q_UNUSED(httpStatus)
    if (!json.isObject())
        return GitHubError(GitHubError::Kind::BadResponse,
                           QStringLiteral("a GraphQL answer that is not an object"));
    const QJsonObject answer = json.object();
    m_data = answer.value(QLatin1String("data")).toObject();
    m_errors = answer.value(QLatin1String("errors")).toArray();
    const QJsonObject rate = m_data.value(QLatin1String("rateLimit")).toObject();
    if (!rate.isEmpty()) {
        m_cost = rate.value(QLatin1String("cost")).toInt(-1);
        m_rateLimit.limit = rate.value(QLatin1String("limit")).toInt(-1);
        m_rateLimit.remaining = rate.value(QLatin1String("remaining")).toInt(-1);
        m_rateLimit.used = rate.value(QLatin1String("used")).toInt(-1);
        m_rateLimit.reset =
            QDateTime::fromString(rate.value(QLatin1String("resetAt")).toString(), Qt::ISODate);
        m_rateLimit.resource = QStringLiteral("graphql");
    }
    if (!m_errors.isEmpty())
        return GitHubError::fromGraphQL(m_errors);
    if (!answer.value(QLatin1String("data")).isObject())
        return GitHubError(GitHubError::Kind::BadResponse,
                           QStringLiteral("a GraphQL answer without data or errors"));
    return {};
}

GitHubError GitHubError::fromGraphQL(const QJsonArray &errors)
{
    GitHubError error(Kind::BadResponse, QString(), 200);
    const QJsonObject first = errors.at(0).toObject();
    error.graphQLType = errorType(first);
    error.message = first.value(QLatin1String("message")).toString();
    const QString &type = error.graphQLType;
    if (type == QLatin1String("NOT_FOUND"))
        error.kind = Kind::NotFound;
    else if (type == QLatin1String("FORBIDDEN") || type == QLatin1String("INSUFFICIENT_SCOPES"))
        error.kind = Kind::Forbidden;
    else if (type == QLatin1String("RATE_LIMITED"))
        error.kind = Kind::RateLimited;
    else if (!type.isEmpty() || first.contains(QLatin1String("locations")))
        error.kind = Kind::Validation; // GitHub refused the document (limits, schema, syntax)
    for (int i = 1; i < errors.size(); ++i) {
        const QJsonObject item = errors.at(i).toObject();
        error.fieldErrors.append({pathText(item.value(QLatin1String("path")).toArray()), QString(),
                                  errorType(item),
                                  item.value(QLatin1String("message")).toString()});
    }
    error.detail = QStringLiteral("GraphQL %1 at %2")
                       .arg(type.isEmpty() ? QStringLiteral("error") : type,
                            pathText(first.value(QLatin1String("path")).toArray()));
    return error;
}

bool GitHubError::isGraphQLSchemaMismatch() const
{
    // What an Enterprise Server whose schema is older than github.com's answers.
    static const QSet<QString> codes{
        QStringLiteral("undefinedField"), QStringLiteral("undefinedType"),
        QStringLiteral("argumentNotAccepted"), QStringLiteral("variableRequiresValidType"),
        QStringLiteral("fieldNotDefined")};
    return codes.contains(graphQLType);
}

QUrl GitHubClient::graphQLEndpoint() const
{
    // https://api.github.com/graphql; Enterprise Server: https://HOST/api/v3 -> /api/graphql
    QUrl url = m_apiRoot;
    QString path = m_apiRoot.path();
    if (path.endsWith(QLatin1String("/api/v3")))
        path.chop(int(qstrlen("/v3")));
    url.setPath(path + QLatin1String("/graphql"));
    return url;
}

GraphQLRequest *GitHubClient::graphQL(const QString &document, const QJsonObject &variables,
                                      const RepositoryId &repository, Priority priority)
{
    auto *request =
        new GraphQLRequest(GitHubRequest::Method::Post, graphQLEndpoint(), repository, this);
    request->m_readOnly = true; // a query: read pool, retried like a GET
    request->m_document = document;
    request->m_variables = variables;
    request->m_body = GraphQLRequest::body(document, variables);
    request->m_priority = priority;
    request->m_sequence = ++m_nextSequence;
    m_requests.append(request);
    updateBusy();
    enqueue(request);
    return request;
}

bool GitHubClient::isGraphQLRefused() const
{
    return GraphQLRefusals::isRefused(origin(m_apiRoot));
}

void GitHubClient::setGraphQLRefused(bool refused)
{
    GraphQLRefusals::setRefused(origin(m_apiRoot), refused);
}

void GitHubClient::noteGraphQLRateLimit(const RateLimitInfo &info)
{
    if (!info.isValid() || info == m_graphQLRateLimit)
        return;
    m_graphQLRateLimit = info;
    Q_EMIT rateLimitChanged(info);
}
