#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class TimeSource;

// GitHub's OAuth device flow (as `gh auth login` does it): POST {web root}/login/device/code,
// show the user code and verification page, then poll /login/oauth/access_token no faster
// than `interval` (slow_down adds 5 s) until a token, expired_token, access_denied, an error
// or cancel(). Never blocks; polls on the TimeSource's timers (a test clock can drive it).
class DeviceFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, RequestingCode, WaitingForUser, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    enum class Failure {
        None,
        NoClientId,   // no OAuth app configured for this host
        Network,      // no answer (refused, TLS, timeout); message says which
        Expired,      // expired_token, or expires_in passed
        AccessDenied, // access_denied: the user pressed Cancel on GitHub
        Refused,      // another OAuth error (incorrect_client_credentials, device_flow_disabled…)
        BadResponse,  // an answer that is not what GitHub sends
    };
    Q_ENUM(Failure)

    explicit DeviceFlow(QObject *parent = nullptr);
    ~DeviceFlow() override;

    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    // https://github.com or https://HOST (Account::webRootForApiRoot).
    void setWebRoot(const QUrl &webRoot) { m_webRoot = webRoot; }
    QUrl webRoot() const { return m_webRoot; }
    void setScopes(const QStringList &scopes) { m_scopes = scopes; } // default: repo
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    // For tests: the clock and timers (not owned; nullptr: the real ones).
    void setTimeSource(TimeSource *timeSource);

    void start();
    void cancel(); // stops polling; emits stateChanged(Cancelled), nothing else

    State state() const { return m_state; }
    QString userCode() const { return m_userCode; }
    QUrl verificationUri() const { return m_verificationUri; } // opened only if https
    int intervalSeconds() const { return m_interval; }
    QDateTime expiresAt() const { return m_expiresAt; }
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    void stateChanged(DeviceFlow::State state);
    // The code to show and the page to open (WaitingForUser).
    void codeReceived(const QString &userCode, const QUrl &verificationUri);
    // Exactly one of these ends a started flow (unless cancelled). The token goes to the
    // caller only: never logged. `message` is translated.
    void succeeded(const QString &token, const QStringList &scopes);
    void failed(DeviceFlow::Failure failure, const QString &message);

private:
    QNetworkReply *post(const QString &path, const QList<std::pair<QString, QString>> &form);
    void handleCode(QNetworkReply *reply);
    void schedulePoll();
    void poll();
    void handlePoll(QNetworkReply *reply);
    void fail(Failure failure, const QString &message);
    void setState(State state);

    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<TimeSource> m_defaultTimeSource;
    TimeSource *m_timeSource = nullptr;
    QList<QSslCertificate> m_caCertificates;
    QString m_clientId;
    QUrl m_webRoot;
    QStringList m_scopes{QStringLiteral("repo")};
    State m_state = State::Idle;
    QString m_deviceCode;
    QString m_userCode;
    QUrl m_verificationUri;
    int m_interval = 5;
    QDateTime m_expiresAt;
    int m_polls = 0;
    quint64 m_generation = 0; // a cancel or restart drops late timers and replies
    QPointer<QNetworkReply> m_reply;
};
