#pragma once

// GitHub's OAuth device flow (RFC 8628 as github.com speaks it): POST /login/device/code and
// POST /login/oauth/access_token, with a test's hand on the user's side of it (approve, deny,
// expire, slow down). Answers JSON when the request accepts it, else form-encoded, as GitHub.

#include "emulator/emulatorapi.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class EmulatorDeviceFlow
{
public:
    static constexpr char defaultClientId[] = "deploydeck-test-client";

    EmulatorDeviceFlow();

    // True for the two paths this class answers (at the server root).
    static bool handles(const QString &path);
    // `root` is the web root (scheme://host:port), for verification_uri.
    EmulatorResponse handle(const EmulatorRequest &request, const QByteArray &accept,
                            const QString &root);

    std::function<QDateTime()> clock;
    // Registers a new classic token of `login` with `scopes` (on approval).
    std::function<void(const QString &token, const QString &login, const QStringList &scopes)>
        registerToken;
    // A device code was issued.
    std::function<void(const QString &userCode, const QString &clientId, const QString &scope)>
        issued;

    void addClient(const QString &clientId) { m_clients.insert(clientId); }
    void setTiming(int intervalSeconds, int expiresInSeconds);
    void setAutoApprove(const QString &login) { m_autoApprove = login; }
    void slowDownNextPoll(int count) { m_slowDowns = std::max(0, count); }

    QString approve(const QString &userCode, const QString &login);
    bool deny(const QString &userCode);
    bool expire(const QString &userCode);
    QStringList userCodes() const;

private:
    enum class State { Pending, Approved, Denied, Expired, Used };
    struct Grant
    {
        QString deviceCode;
        QString userCode;
        QString clientId;
        QString scope; // as requested
        QDateTime expiresAt;
        int interval = 5;
        State state = State::Pending;
        QString token;
    };

    EmulatorResponse deviceCode(const QHash<QString, QString> &params, const QByteArray &accept,
                                const QString &root);
    EmulatorResponse accessToken(const QHash<QString, QString> &params, const QByteArray &accept);
    Grant *find(const QString &userCode);
    QString nextUserCode();

    QSet<QString> m_clients;
    std::vector<Grant> m_grants;
    int m_interval = 5;
    int m_expiresIn = 900;
    int m_slowDowns = 0;
    int m_serial = 0;
    QString m_autoApprove;
};
