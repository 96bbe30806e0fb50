#include "emulator/emulatordeviceflow.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace {

const QString errorUri = QStringLiteral("https://docs.github.com/developers/apps/building-oauth-"
                                        "apps/authorizing-oauth-apps#error-codes-for-the-device-"
                                        "flow");
const QString grantType = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
constexpr int slowDownStep = 5; // seconds GitHub adds to the interval

QString describe(const QString &error)
{
    static const QHash<QString, QString> descriptions{
        {QStringLiteral("authorization_pending"),
         QStringLiteral("The authorization request is still pending.")},
        {QStringLiteral("slow_down"),
         QStringLiteral("Too many requests have been made in the same timeframe.")},
        {QStringLiteral("expired_token"), QStringLiteral("The device code has expired.")},
        {QStringLiteral("access_denied"), QStringLiteral("The authorization request was denied.")},
        {QStringLiteral("incorrect_client_credentials"),
         QStringLiteral("The client_id and/or client_secret passed are incorrect.")},
        {QStringLiteral("incorrect_device_code"),
         QStringLiteral("The device_code provided is not valid.")},
        {QStringLiteral("unsupported_grant_type"),
         QStringLiteral("The grant type is not supported.")},
    };
    return descriptions.value(error);
}

// The request's parameters: JSON body, form body, or the query string (GitHub takes all three).
QHash<QString, QString> parameters(const EmulatorRequest &request)
{
    QHash<QString, QString> params;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        params.insert(key, value);
    const QByteArray body = request.body.trimmed();
    if (body.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            params.insert(it.key(), it.value().toVariant().toString());
    } else if (!body.isEmpty()) {
        // '+' is a space in forms; QUrlQuery keeps it literal.
        QByteArray form = body;
        form.replace('+', ' ');
        for (const auto &[key, value] :
             QUrlQuery(QString::fromUtf8(form)).queryItems(QUrl::FullyDecoded))
            params.insert(key, value);
    }
    return params;
}

// GitHub answers JSON only to `Accept: application/json`; otherwise a form-encoded body.
EmulatorResponse answer(const QJsonObject &o, const QByteArray &accept)
{
    EmulatorResponse r;
    r.status = 200;
    if (accept.contains("json")) {
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        return r;
    }
    QUrlQuery form;
    for (auto it = o.begin(); it != o.end(); ++it)
        form.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(
                                        it.value().toVariant().toString())));
    r.body = form.toString(QUrl::FullyEncoded).toUtf8();
    r.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    return r;
}

EmulatorResponse failure(const QString &error, const QByteArray &accept, int interval = 0)
{
    QJsonObject o{{QStringLiteral("error"), error},
                  {QStringLiteral("error_description"), describe(error)},
                  {QStringLiteral("error_uri"), errorUri}};
    if (interval > 0)
        o.insert(QStringLiteral("interval"), interval);
    return answer(o, accept);
}

QString digest(const QString &seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

EmulatorDeviceFlow::EmulatorDeviceFlow()
{
    m_clients.insert(QString::fromLatin1(defaultClientId));
}

bool EmulatorDeviceFlow::handles(const QString &path)
{
    return path == QLatin1String("/login/device/code") ||
           path == QLatin1String("/login/oauth/access_token");
}

EmulatorResponse EmulatorDeviceFlow::handle(const EmulatorRequest &request,
                                            const QByteArray &accept, const QString &root)
{
    if (request.method != "POST")
        return EmulatorApi::error(404, QStringLiteral("Not Found"));
    const QHash<QString, QString> params = parameters(request);
    if (request.path == QLatin1String("/login/device/code"))
        return deviceCode(params, accept, root);
    return accessToken(params, accept);
}

void EmulatorDeviceFlow::setTiming(int intervalSeconds, int expiresInSeconds)
{
    m_interval = std::max(0, intervalSeconds);
    m_expiresIn = std::max(1, expiresInSeconds);
}

QString EmulatorDeviceFlow::nextUserCode()
{
    // GitHub's codes: eight letters from an alphabet without vowels or look-alikes.
    ++m_serial;
    if (m_serial == 1)
        return QStringLiteral("WDJB-MJHT");
    static const QString alphabet = QStringLiteral("BCDFGHJKLMNPQRSTVWXZ");
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray::number(m_serial).append("user-code"), QCryptographicHash::Sha1);
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += QLatin1Char('-');
        code += alphabet.at(quint8(hash.at(i)) % alphabet.size());
    }
    return code;
}

EmulatorResponse EmulatorDeviceFlow::deviceCode(const QHash<QString, QString> &params,
                                                const QByteArray &accept, const QString &root)
{
    const QString clientId = params.value(QStringLiteral("client_id"));
    if (!m_clients.contains(clientId))
        return failure(QStringLiteral("incorrect_client_credentials"), accept);
    Grant grant;
    grant.userCode = nextUserCode();
    grant.deviceCode = digest(QStringLiteral("device-code/%1/%2").arg(m_serial).arg(clientId));
    grant.clientId = clientId;
    grant.scope = params.value(QStringLiteral("scope"));
    const QDateTime now = clock ? clock() : QDateTime::currentDateTimeUtc();
    grant.expiresAt = now.addSecs(m_expiresIn);
    grant.interval = m_interval;
    m_grants.push_back(grant);
    if (issued)
        issued(grant.userCode, clientId, grant.scope);
    return answer(QJsonObject{{QStringLiteral("device_code"), grant.deviceCode},
                              {QStringLiteral("user_code"), grant.userCode},
                              {QStringLiteral("verification_uri"),
                               QString(root + QLatin1String("/login/device"))},
                              {QStringLiteral("expires_in"), m_expiresIn},
                              {QStringLiteral("interval"), grant.interval}},
                  accept);
}

EmulatorResponse EmulatorDeviceFlow::accessToken(const QHash<QString, QString> &params,
                                                 const QByteArray &accept)
{
    if (params.value(QStringLiteral("grant_type")) != grantType)
        return failure(QStringLiteral("unsupported_grant_type"), accept);
    const QString clientId = params.value(QStringLiteral("client_id"));
    if (!m_clients.contains(clientId))
        return failure(QStringLiteral("incorrect_client_credentials"), accept);
    const QString deviceCode = params.value(QStringLiteral("device_code"));
    const auto it = std::find_if(m_grants.begin(), m_grants.end(), [&](const Grant &g) {
        return g.deviceCode == deviceCode && g.clientId == clientId;
    });
    if (deviceCode.isEmpty() || it == m_grants.end() || it->state == State::Used)
        return failure(QStringLiteral("incorrect_device_code"), accept);
    Grant &grant = *it;
    const QDateTime now = clock ? clock() : QDateTime::currentDateTimeUtc();
    if ((grant.state == State::Pending || grant.state == State::Approved) && now >= grant.expiresAt)
        grant.state = State::Expired;
    if (m_slowDowns > 0 && grant.state != State::Expired) {
        --m_slowDowns;
        grant.interval += slowDownStep;
        return failure(QStringLiteral("slow_down"), accept, grant.interval);
    }
    if (grant.state == State::Pending && !m_autoApprove.isEmpty())
        approve(grant.userCode, m_autoApprove);
    switch (grant.state) {
    case State::Pending:
        return failure(QStringLiteral("authorization_pending"), accept);
    case State::Denied:
        return failure(QStringLiteral("access_denied"), accept);
    case State::Expired:
        return failure(QStringLiteral("expired_token"), accept);
    case State::Used:
        return failure(QStringLiteral("incorrect_device_code"), accept);
    case State::Approved:
        break;
    }
    grant.state = State::Used;
    // The token response lists scopes separated by commas (X-OAuth-Scopes uses ", ").
    const QStringList scopes =
        grant.scope.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    return answer(QJsonObject{{QStringLiteral("access_token"), grant.token},
                              {QStringLiteral("token_type"), QStringLiteral("bearer")},
                              {QStringLiteral("scope"), scopes.join(QLatin1Char(','))}},
                  accept);
}

EmulatorDeviceFlow::Grant *EmulatorDeviceFlow::find(const QString &userCode)
{
    const auto it = std::find_if(m_grants.begin(), m_grants.end(), [&](const Grant &g) {
        return g.userCode.compare(userCode, Qt::CaseInsensitive) == 0;
    });
    return it == m_grants.end() ? nullptr : &*it;
}

QString EmulatorDeviceFlow::approve(const QString &userCode, const QString &login)
{
    Grant *grant = find(userCode);
    if (!grant || grant->state != State::Pending || login.isEmpty())
        return {};
    const QStringList scopes =
        grant->scope.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    grant->token =
        QStringLiteral("gho_") + digest(grant->deviceCode + QLatin1Char('/') + login).left(36);
    if (registerToken)
        registerToken(grant->token, login, scopes);
    grant->state = State::Approved;
    return grant->token;
}

bool EmulatorDeviceFlow::deny(const QString &userCode)
{
    Grant *grant = find(userCode);
    if (!grant || grant->state != State::Pending)
        return false;
    grant->state = State::Denied;
    return true;
}

bool EmulatorDeviceFlow::expire(const QString &userCode)
{
    Grant *grant = find(userCode);
    if (!grant || grant->state == State::Used)
        return false;
    grant->state = State::Expired;
    return true;
}

QStringList EmulatorDeviceFlow::userCodes() const
{
    QStringList codes;
    for (const Grant &g : m_grants)
        codes << g.userCode;
    return codes;
}
