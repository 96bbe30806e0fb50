#pragma once

// GitHub's REST routes over an EmulatorStore: routing, validation, pagination (Link),
// ETags and GitHub's error bodies. Transport (sockets, auth, rate limit, faults) is not here.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class EmulatorStore;

struct EmulatorRequest
{
    QByteArray method; // upper case
    QString path;      // decoded path, e.g. /repos/acme/storefront/deployments
    QString rawPath;   // as sent (percent-encoded), for Link URLs
    QUrlQuery query;
    QString root; // API root, e.g. http://127.0.0.1:8080
    QByteArray ifNoneMatch;
    QByteArray body;
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
