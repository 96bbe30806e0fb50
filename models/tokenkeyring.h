#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

// The tokens in the system keyring (QtKeychain: Secret Service on Linux), one entry per host
// and login: service "DeployDeck", key "HOST LOGIN". With no keyring service (a bare session)
// a written token is kept in this process's memory for this run only, and the result says so.
// Tokens never go to QSettings, a log or a file.
class TokenKeyring : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,          // read: token found; write/remove: done
        NotFound,    // no entry for that host and login
        SessionOnly, // no keyring service: kept (write) / found (read) in memory for this run
        Unavailable, // no keyring service and nothing in memory (read), or remove failed so
        Failed,      // the keyring refused (access denied, locked, ...)
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString token;   // read only
        QString message; // translated, for Unavailable/SessionOnly/Failed; empty otherwise
        QString detail;  // QtKeychain's own (English) error text
        bool ok() const { return status == Status::Ok || status == Status::SessionOnly; }
    };

    explicit TokenKeyring(QObject *parent = nullptr);
    ~TokenKeyring() override;

    static QString serviceName(); // "DeployDeck"
    // For tests: a different service name keeps test entries apart from the user's.
    void setServiceName(const QString &service) { m_service = service; }

    // Each emits exactly one of the matching *Finished signals, later (never inside the call),
    // with the host and login it was asked for.
    void read(const QString &host, const QString &login);
    void write(const QString &host, const QString &login, const QString &token);
    void remove(const QString &host, const QString &login);

    // The run-only tokens (shared by every TokenKeyring in the process).
    static bool hasSessionToken(const QString &host, const QString &login);
    static void clearSessionTokens();

    // Translated sentence for "no keyring service".
    static QString unavailableMessage();

Q_SIGNALS:
    void readFinished(const QString &host, const QString &login,
                      const TokenKeyring::Result &result);
    void writeFinished(const QString &host, const QString &login,
                       const TokenKeyring::Result &result);
    void removeFinished(const QString &host, const QString &login,
                        const TokenKeyring::Result &result);

private:
    QString m_service;
};

Q_DECLARE_METATYPE(TokenKeyring::Result)
