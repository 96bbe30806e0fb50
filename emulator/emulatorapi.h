#pragma once

// GitHub's REST routes over an EmulatorStore: routing, validation, pagination (Link),
// ETags, GitHub's error bodies, and what the caller may see and write (permissions, token
// scopes, SAML SSO). Transport (sockets, which token is whose, rate limit, faults) is not here.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

class EmulatorStore;

// Who sends a request: the token's user and what the token allows.
struct EmulatorCaller
{
    qint64 userId = 1; // EmulatorStore::authenticatedUserId
    bool fineGrained = false;
    QStringList scopes{QStringLiteral("repo"), QStringLiteral("read:org")}; // classic only
    QSet<QString> ssoOwners; // lower-case owners whose SSO the token is authorised for

    bool hasScope(const QString &scope) const { return !fineGrained && scopes.contains(scope); }
};

struct EmulatorRequest
{
    QByteArray method; // upper case
    QString path;      // decoded path, e.g. /repos/acme/storefront/deployments
    QString rawPath;   // as sent (percent-encoded), for Link URLs
    QUrlQuery query;
    QString root; // API root, e.g. http://127.0.0.1:8080
    QByteArray ifNoneMatch;
    QByteArray body;
    EmulatorCaller caller;
};

struct EmulatorResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
};

namespace EmulatorApi {

// The documentation_url GitHub puts in its error bodies.
inline constexpr char documentationRoot[] = "https://docs.github.com/rest";

EmulatorResponse handle(EmulatorStore &store, const EmulatorRequest &request);

EmulatorResponse error(int status, const QString &message,
                       const QString &documentationUrl = QString::fromLatin1(documentationRoot));
QByteArray reasonPhrase(int status);

} // namespace EmulatorApi
