#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Why a GitHub call failed: one kind, the HTTP status, GitHub's own message and field errors,
// and a translated sentence for people. Never holds the token or request headers.
class GitHubError
{
    Q_DECLARE_TR_FUNCTIONS(GitHubError)
public:
    enum class Kind {
        None,
        Network,      // no HTTP answer: refused, reset, DNS, TLS, redirect to another host
        Timeout,      // the transfer timeout expired
        Unauthorized, // 401: bad or expired token
        Forbidden,    // 403 that is not a rate limit: missing scope or permission
        NotFound,     // 404 (also a private repository the token cannot see)
        Conflict,     // 409: merge conflict or failing commit checks
        Validation,   // 422 (and 400): GitHub refused the input
        RateLimited,  // 429, or 403 with a rate-limit header or message
        Server,       // 5xx
        BadResponse,  // an answer the client cannot use (wrong type, broken JSON, odd status)
        Cancelled,    // cancelled by the caller
    };

    // One entry of GitHub's `errors` array.
    struct FieldError
    {
        QString resource;
        QString field;
        QString code;
        QString message;
    };

    GitHubError() = default;
    GitHubError(Kind kind, QString detail, int httpStatus = 0);

    // Builds the error for a non-2xx answer: classified by `httpStatus` first, then by
    // GitHub's JSON body when the content type says it is JSON.
    static GitHubError fromResponse(int httpStatus, const QByteArray &contentType,
                                    const QByteArray &body);
    // Kind for an HTTP status alone (403 -> Forbidden; the caller upgrades rate limits).
    static Kind kindForStatus(int httpStatus);
    // `X-GitHub-SSO: required; url=https://github.com/orgs/ORG/sso?authorization_request=...`:
    // true for "required"; `url` gets the URL when it is https (anything else is not offered).
    static bool parseSsoHeader(const QByteArray &value, QUrl *url);

    bool isError() const { return kind != Kind::None; }
    // True for transient failures an idempotent GET may retry.
    bool isTransient() const;

    // A translated sentence for people, with GitHub's message and field errors when present.
    QString toDisplayString() const;
    // Kind as an identifier ("NotFound"), for logs and tests.
    static QString kindName(Kind kind);

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;       // GitHub's `message` (English, as GitHub sent it)
    QUrl documentationUrl; // GitHub's `documentation_url`
    QList<FieldError> fieldErrors;
    QString detail;    // the client's own technical detail (never the token)
    QDateTime retryAt; // for RateLimited: when the client may try again (UTC)
    // A 403 with `X-GitHub-SSO: required`: the organisation wants the token authorised for
    // SAML single sign-on at ssoUrl (https only; empty if GitHub sent none or another scheme).
    bool ssoRequired = false;
    QUrl ssoUrl;
    // TLS failures (kind Network): one translated sentence per certificate error, naming the
    // certificate's subject and issuer and the reason. Never ignored by the client.
    QStringList certificateProblems;
    // A GraphQL error (HTTP 200 with `errors`): GitHub's `type` (NOT_FOUND, FORBIDDEN,
    // RATE_LIMITED, MAX_NODE_LIMIT_EXCEEDED, ...) or the validator's `extensions.code`
    // (undefinedField, ...) of the first error. Empty for REST errors.
    QString graphQLType;

    // Classifies GraphQL's `errors` like REST's statuses: NOT_FOUND -> NotFound, FORBIDDEN and
    // INSUFFICIENT_SCOPES -> Forbidden, RATE_LIMITED -> RateLimited, a refused document (limits,
    // unknown fields, syntax) -> Validation. `message` is the first error's; the others become
    // fieldErrors (resource = their path). Defined in graphqlrequest.cpp.
    static GitHubError fromGraphQL(const QJsonArray &errors);
    // The host's schema lacks something the query asks for (an older Enterprise Server).
    bool isGraphQLSchemaMismatch() const;
    // BadResponse because the answer went past one of ClientLimits (too large, too many pages,
    // a Link loop): `detail` is then a translated sentence saying which, shown as it is.
    bool limitExceeded = false;
};

QDebug operator<<(QDebug debug, const GitHubError &error);

Q_DECLARE_METATYPE(GitHubError)
Q_DECLARE_METATYPE(GitHubError::Kind)
