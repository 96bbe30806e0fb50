#include "deviceflow.h"

#include "timesource.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QScopedPointer>
#include <QSslConfiguration>
#include <QUrlQuery>

#ifndef DEPLOYDECK_VERSION
#define DEPLOYDECK_VERSION "0"
#endif

namespace {
constexpr int slowDownSeconds = 5; // RFC 8628 and GitHub: slow_down adds 5 s
const QString grantType = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
} // namespace

DeviceFlow::DeviceFlow(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_defaultTimeSource(std::make_unique<TimeSource>())
    , m_timeSource(m_defaultTimeSource.get())
{
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
}

DeviceFlow::~DeviceFlow()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
}

void DeviceFlow::setClientId(const QString &clientId)
{
    m_clientId = clientId.trimmed();
}

void DeviceFlow::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

void DeviceFlow::setTimeSource(TimeSource *timeSource)
{
    m_timeSource = timeSource ? timeSource : m_defaultTimeSource.get();
}

void DeviceFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QNetworkReply *DeviceFlow::post(const QString &path, const QList<std::pair<QString, QString>> &form)
{
    QUrl url = m_webRoot;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "DeployDeck/" DEPLOYDECK_VERSION);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(30000);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    QUrlQuery body;
    for (const auto &[name, value] : form)
        body.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return m_network->post(request, body.query(QUrl::FullyEncoded).toLatin1());
}

void DeviceFlow::start()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    m_deviceCode.clear();
    m_userCode.clear();
    m_verificationUri.clear();
    m_polls = 0;
    m_interval = 5;
    if (m_clientId.isEmpty()) {
        setState(State::Failed);
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    Q_EMIT failed(Failure::NoClientId,
                                  tr("Browser sign-in is not set up for this host: no OAuth app "
                                     "client ID is configured."));
            },
            Qt::QueuedConnection);
        return;
    }
    setState(State::RequestingCode);
    QNetworkReply *reply = post(QStringLiteral("/login/device/code"),
                                {{QStringLiteral("client_id"), m_clientId},
                                 {QStringLiteral("scope"), m_scopes.join(QLatin1Char(' '))}});
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> owner(reply);
        if (generation == m_generation)
            handleCode(reply);
    });
}

void DeviceFlow::cancel()
{
    if (m_state != State::RequestingCode && m_state != State::WaitingForUser)
        return;
    ++m_generation; // late timers and replies are dropped
    if (m_reply)
        m_reply->abort();
    setState(State::Cancelled);
}

namespace {
// The JSON object of an answer, or an empty object with `problem` set.
QJsonObject readAnswer(QNetworkReply *reply, QString *problem)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        *problem = reply->error() == QNetworkReply::OperationCanceledError
                       ? DeviceFlow::tr("GitHub did not answer in time.")
                       //: %1 is Qt's reason
                       : DeviceFlow::tr("Could not reach GitHub: %1").arg(reply->errorString());
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    if (!document.isObject()) {
        *problem = DeviceFlow::tr("GitHub sent an answer DeployDeck does not understand "
                                  "(HTTP %1).")
                       .arg(status);
        return {};
    }
    return document.object();
}

QString oauthErrorText(const QJsonObject &answer)
{
    const QString description = answer.value(QLatin1String("error_description")).toString();
    return description.isEmpty() ? answer.value(QLatin1String("error")).toString() : description;
}
} // namespace

/*
  {"device_code": "3584d83530557fdd1f46af8289938c8ef79f9dc5", "user_code": "WDJB-MJHT",
   "verification_uri": "https://github.com/login/device", "expires_in": 900, "interval": 5}
*/
void DeviceFlow::handleCode(QNetworkReply *reply)
{
    QString problem;
    const QJsonObject answer = readAnswer(reply, &problem);
    if (!problem.isEmpty()) {
        fail(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0
                 ? Failure::Network
                 : Failure::BadResponse,
             problem);
        return;
    }
    if (answer.contains(QLatin1String("error"))) {
        //: %1 is GitHub's own (English) reason
        fail(Failure::Refused,
             tr("GitHub refused browser sign-in: %1").arg(oauthErrorText(answer)));
        return;
    }
    m_deviceCode = answer.value(QLatin1String("device_code")).toString();
    m_userCode = answer.value(QLatin1String("user_code")).toString();
    m_verificationUri = QUrl(answer.value(QLatin1String("verification_uri")).toString());
    const int expiresIn = answer.value(QLatin1String("expires_in")).toInt(900);
    m_interval = qMax(1, answer.value(QLatin1String("interval")).toInt(5));
    if (m_deviceCode.isEmpty() || m_userCode.isEmpty() || !m_verificationUri.isValid()) {
        fail(Failure::BadResponse,
             tr("GitHub sent an answer DeployDeck does not understand (no device code)."));
        return;
    }
    m_expiresAt = m_timeSource->now().addSecs(expiresIn);
    setState(State::WaitingForUser);
    Q_EMIT codeReceived(m_userCode, m_verificationUri);
    schedulePoll();
}

void DeviceFlow::schedulePoll()
{
    const quint64 generation = m_generation;
    m_timeSource->singleShot(qint64(m_interval) * 1000, this, [this, generation] {
        if (generation == m_generation && m_state == State::WaitingForUser)
            poll();
    });
}

void DeviceFlow::poll()
{
    if (m_timeSource->now() >= m_expiresAt) {
        fail(Failure::Expired, tr("The sign-in code expired before it was entered. Start again "
                                  "for a new code."));
        return;
    }
    ++m_polls;
    QNetworkReply *reply = post(QStringLiteral("/login/oauth/access_token"),
                                {{QStringLiteral("client_id"), m_clientId},
                                 {QStringLiteral("device_code"), m_deviceCode},
                                 {QStringLiteral("grant_type"), grantType}});
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> owner(reply);
        if (generation == m_generation)
            handlePoll(reply);
    });
}

/*
  {"error": "authorization_pending", "error_description": "...", "error_uri": "..."}
  {"error": "slow_down", "interval": 10, ...}
  {"access_token": "gho_16C7e42F292c6912E7710c838347Ae178B4a", "token_type": "bearer",
   "scope": "repo"}
*/
void DeviceFlow::handlePoll(QNetworkReply *reply)
{
    QString problem;
    const QJsonObject answer = readAnswer(reply, &problem);
    if (!problem.isEmpty()) {
        fail(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0
                 ? Failure::Network
                 : Failure::BadResponse,
             problem);
        return;
    }
    const QString token = answer.value(QLatin1String("access_token")).toString();
    if (!token.isEmpty()) {
        setState(State::Succeeded);
        Q_EMIT succeeded(
            token, answer.value(QLatin1String("scope"))
                       .toString()
                       .split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts));
        return;
    }
    const QString error = answer.value(QLatin1String("error")).toString();
    if (error == QLatin1String("authorization_pending")) {
        schedulePoll();
    } else if (error == QLatin1String("slow_down")) {
        // GitHub may say the new interval; otherwise add 5 s, as the spec asks.
        const int said = answer.value(QLatin1String("interval")).toInt(0);
        m_interval = qMax(m_interval + slowDownSeconds, said);
        schedulePoll();
    } else if (error == QLatin1String("expired_token")) {
        fail(Failure::Expired, tr("The sign-in code expired before it was entered. Start again "
                                  "for a new code."));
    } else if (error == QLatin1String("access_denied")) {
        fail(Failure::AccessDenied, tr("Sign-in was cancelled on GitHub."));
    } else if (!error.isEmpty()) {
        fail(Failure::Refused,
             tr("GitHub refused browser sign-in: %1").arg(oauthErrorText(answer)));
    } else {
        fail(Failure::BadResponse,
             tr("GitHub sent an answer DeployDeck does not understand (no token)."));
    }
}

void DeviceFlow::fail(Failure failure, const QString &message)
{
    setState(State::Failed);
    Q_EMIT failed(failure, message);
}
