#include "githuberror.h"

#include "clientlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

GitHubError::GitHubError(Kind kind, QString detail, int httpStatus)
    : kind(kind)
    , httpStatus(httpStatus)
    , detail(std::move(detail))
{}

GitHubError::Kind GitHubError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
    case 422:
        return Kind::Validation;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus <= 599)
        return Kind::Server;
    if (httpStatus >= 200 && httpStatus <= 299)
        return Kind::None;
    return Kind::BadResponse;
}

/*
  {"message": "Validation Failed",
   "errors": [{"resource": "Label", "code": "invalid", "field": "color"}],
   "documentation_url": "https://docs.github.com/rest/reference/issues#create-a-label"}
*/
GitHubError GitHubError::fromResponse(int httpStatus, const QByteArray &contentType,
                                      const QByteArray &body)
{
    GitHubError error(kindForStatus(httpStatus), QString(), httpStatus);
    if (error.kind == Kind::None)
        error.kind = Kind::BadResponse;
    if (!contentType.toLower().contains("json")) {
        // A proxy's or load balancer's HTML page: nothing of GitHub's to show.
        error.detail = QStringLiteral("HTTP %1 with content type \"%2\"")
                           .arg(httpStatus)
                           .arg(QString::fromLatin1(contentType.left(80)));
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        error.detail =
            QStringLiteral("HTTP %1 with a body that is not a JSON object").arg(httpStatus);
        return error;
    }
    const QJsonObject object = document.object();
    error.message = object.value(QLatin1String("message")).toString();
    const QString documentation = object.value(QLatin1String("documentation_url")).toString();
    if (!documentation.isEmpty())
        error.documentationUrl = QUrl(documentation);
    const QJsonValue errors = object.value(QLatin1String("errors"));
    for (const QJsonValue &item : errors.toArray()) {
        FieldError fieldError;
        if (item.isString()) {
            fieldError.message = item.toString(); // GitHub sometimes sends plain strings
        } else {
            const QJsonObject entry = item.toObject();
            fieldError.resource = entry.value(QLatin1String("resource")).toString();
            fieldError.field = entry.value(QLatin1String("field")).toString();
            fieldError.code = entry.value(QLatin1String("code")).toString();
            fieldError.message = entry.value(QLatin1String("message")).toString();
        }
        error.fieldErrors.append(fieldError);
    }
    return error;
}

bool GitHubError::parseSsoHeader(const QByteArray &value, QUrl *url)
{
    // "required; url=https://github.com/orgs/octo/sso?authorization_request=A1B2"
    const QList<QByteArray> parts = value.split(';');
    if (parts.isEmpty() || parts.constFirst().trimmed().toLower() != "required")
        return false;
    for (const QByteArray &part : parts.mid(1)) {
        const QByteArray item = part.trimmed();
        if (!item.toLower().startsWith("url="))
            continue;
        const QUrl target(QString::fromLatin1(item.mid(4).trimmed()), QUrl::StrictMode);
        if (url && target.isValid() && target.scheme() == QLatin1String("https") &&
            !target.host().isEmpty())
            *url = target;
    }
    return true;
}

bool GitHubError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Server:
        return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

QString GitHubError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::BadResponse:
        return QStringLiteral("BadResponse");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QString();
}

QString GitHubError::toDisplayString() const
{
    QString sentence;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        sentence = certificateProblems.isEmpty()
                       ? tr("Could not reach GitHub.")
                       //: %1 lists what was wrong with the server's certificate(s)
                       : tr("The secure connection to GitHub failed: %1")
                             .arg(certificateProblems.join(QLatin1Char(' ')));
        break;
    case Kind::Timeout:
        sentence = tr("GitHub did not answer in time.");
        break;
    case Kind::Unauthorized:
        sentence = tr("GitHub did not accept the token. Check that it is valid and not expired.");
        break;
    case Kind::Forbidden:
        if (ssoRequired) {
            sentence =
                ssoUrl.isEmpty()
                    ? tr("The organisation requires SAML single sign-on authorisation for this "
                         "token.")
                    //: %1 is the https URL where the token is authorised
                    : tr("The organisation requires SAML single sign-on authorisation for this "
                         "token. Authorise it at %1")
                          .arg(ssoUrl.toString(QUrl::FullyEncoded));
            break;
        }
        sentence = tr("The token is not allowed to do this (it may lack the repo_deployment "
                      "scope or write access).");
        break;
    case Kind::NotFound:
        sentence = tr("Not found: the repository or deployment does not exist, or the token "
                      "cannot see it.");
        break;
    case Kind::Conflict:
        sentence = tr("GitHub reported a conflict.");
        break;
    case Kind::Validation:
        sentence = tr("GitHub refused the request.");
        break;
    case Kind::RateLimited:
        sentence = retryAt.isValid()
                       ? tr("GitHub's rate limit is reached; it can be used again at %1.")
                             .arg(QLocale().toString(retryAt.toLocalTime(), QLocale::ShortFormat))
                       : tr("GitHub's rate limit is reached. Try again later.");
        break;
    case Kind::Server:
        sentence = tr("GitHub had a server error (HTTP %1). Try again later.").arg(httpStatus);
        break;
    case Kind::BadResponse:
        sentence =
            limitExceeded ? detail : tr("GitHub sent an answer DeployDeck does not understand.");
        break;
    case Kind::Cancelled:
        sentence = tr("The request was cancelled.");
        break;
    }
    // GitHub's words, cut to ClientLimits' length: a proxy's HTML page or a hostile server's
    // megabyte of text must not become a dialog the size of the screen.
    const auto shown = [](const QString &text) {
        const QString simple = text.simplified();
        return simple.size() <= ClientLimits::maxShownMessageLength
                   ? simple
                   : simple.left(ClientLimits::maxShownMessageLength - 1) + QChar(0x2026);
    };
    QStringList details;
    if (!message.isEmpty())
        details.append(shown(message));
    for (const FieldError &fieldError : fieldErrors) {
        if (details.size() > ClientLimits::maxShownFieldErrors)
            break;
        if (!fieldError.message.isEmpty())
            details.append(shown(fieldError.message));
        else if (!fieldError.field.isEmpty())
            details.append(shown(tr("%1: %2").arg(fieldError.field, fieldError.code)));
    }
    if (details.isEmpty())
        return sentence;
    //: %1 is the translated sentence, %2 GitHub's own (English) message
    return tr("%1 GitHub says: %2").arg(sentence, details.join(QStringLiteral("; ")));
}

QDebug operator<<(QDebug debug, const GitHubError &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "GitHubError(" << GitHubError::kindName(error.kind) << ", "
                    << error.httpStatus;
    if (!error.message.isEmpty())
        debug << ", " << error.message;
    if (!error.detail.isEmpty())
        debug << ", " << error.detail;
    debug << ')';
    return debug;
}
