#include "account.h"

#include <QHostAddress>

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

bool Account::sameIdentity(const Account &other) const
{
    return apiRoot.adjusted(QUrl::StripTrailingSlash) ==
               other.apiRoot.adjusted(QUrl::StripTrailingSlash) &&
           login.compare(other.login, Qt::CaseInsensitive) == 0;
}

bool Account::isGitHubDotCom(const QString &host)
{
    return host.compare(QLatin1String("github.com"), Qt::CaseInsensitive) == 0 ||
           host.compare(QLatin1String("api.github.com"), Qt::CaseInsensitive) == 0;
}

QUrl Account::apiRootForHost(const QString &hostOrUrl)
{
    const QString text = hostOrUrl.trimmed();
    if (text.contains(QLatin1String("://")))
        return QUrl(text).adjusted(QUrl::StripTrailingSlash);
    if (text.isEmpty() || isGitHubDotCom(text))
        return QUrl(QStringLiteral("https://api.github.com"));
    const QString name = text.section(QLatin1Char(':'), 0, 0);
    if (isLoopback(name))
        return QUrl(QStringLiteral("http://%1").arg(text)); // an emulator on this machine
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setAuthority(text);
    url.setPath(QStringLiteral("/api/v3"));
    return url;
}

QString Account::hostForApiRoot(const QUrl &apiRoot)
{
    const QString host = apiRoot.host().toLower();
    if (host == QLatin1String("api.github.com"))
        return QStringLiteral("github.com");
    const int defaultPort = apiRoot.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = apiRoot.port(defaultPort);
    return port == defaultPort ? host : QStringLiteral("%1:%2").arg(host).arg(port);
}

QUrl Account::webRootForApiRoot(const QUrl &apiRoot)
{
    const QString host = hostForApiRoot(apiRoot);
    if (isGitHubDotCom(host))
        return QUrl(QStringLiteral("https://github.com"));
    QUrl url = apiRoot;
    url.setPath(QString());
    url.setQuery(QString());
    return url;
}

QUrl Account::tokenSettingsUrl(const QUrl &apiRoot)
{
    QUrl url = webRootForApiRoot(apiRoot);
    url.setPath(QStringLiteral("/settings/tokens"));
    return url;
}

QString Account::keyringKey(const QString &host, const QString &login)
{
    return host + QLatin1Char(' ') + login;
}

QString Account::originText(TokenOrigin origin)
{
    switch (origin) {
    case TokenOrigin::None:
        return tr("no token");
    case TokenOrigin::Environment:
        return tr("from the environment");
    case TokenOrigin::Keyring:
        return tr("from the system keyring");
    case TokenOrigin::GhCli:
        return tr("from GitHub CLI");
    case TokenOrigin::Session:
        return tr("for this session only");
    }
    return QString();
}

QString Account::originName(TokenOrigin origin)
{
    switch (origin) {
    case TokenOrigin::None:
        return QStringLiteral("none");
    case TokenOrigin::Environment:
        return QStringLiteral("environment");
    case TokenOrigin::Keyring:
        return QStringLiteral("keyring");
    case TokenOrigin::GhCli:
        return QStringLiteral("gh");
    case TokenOrigin::Session:
        return QStringLiteral("session");
    }
    return QString();
}

Account::TokenOrigin Account::originFromName(const QString &name)
{
    for (TokenOrigin origin : {TokenOrigin::Environment, TokenOrigin::Keyring, TokenOrigin::GhCli,
                               TokenOrigin::Session}) {
        if (originName(origin) == name)
            return origin;
    }
    return TokenOrigin::None;
}
