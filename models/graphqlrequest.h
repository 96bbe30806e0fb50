#pragma once

#include "githubrequest.h"
#include "ratelimitinfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// One GraphQL query (POST /graphql, or /api/graphql on Enterprise Server), handed out by
// GitHubClient::graphQL(). A query only reads, so it runs in the client's read pool and is
// retried like a GET; it is never cached (GraphQL has no ETags).
//
// GitHub answers GraphQL errors with HTTP 200: `errors` beside partial `data`. The request
// finishes when there is data and no error touches it; otherwise it fails with the errors
// classified like REST's (GitHubError::fromGraphQL), and data() still holds what came.
class GraphQLRequest : public GitHubRequest
{
    Q_OBJECT
public:
    QString document() const { return m_document; }
    QJsonObject variables() const { return m_variables; }

    QJsonObject data() const { return m_data; }
    QJsonArray errors() const { return m_errors; }
    // `rateLimit { cost limit remaining used resetAt }` of the answer (resource "graphql"),
    // when the query asked for it; cost() is -1 otherwise.
    RateLimitInfo rateLimit() const { return m_rateLimit; }
    int cost() const { return m_cost; }

    // The POST body: {"query": document, "variables": {...}}.
    static QByteArray body(const QString &document, const QJsonObject &variables);

protected:
    GitHubError acceptPage(int httpStatus, const QJsonDocument &json) override;

private:
    friend class GitHubClient;
    using GitHubRequest::GitHubRequest;
    QString m_document;
    QJsonObject m_variables;
    QJsonObject m_data;
    QJsonArray m_errors;
    RateLimitInfo m_rateLimit;
    int m_cost = -1;
};
