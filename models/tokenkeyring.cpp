#include "tokenkeyring.h"

#include "account.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>

#ifdef DEPLOYDECK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

Q_LOGGING_CATEGORY(lcKeyring, "deploydeck.keyring", QtWarningMsg)

namespace {
// Tokens written while no keyring service answered: this process only, gone at exit.
QHash<QString, QString> &sessionTokens()
{
    static QHash<QString, QString> tokens;
    return tokens;
}

using Status = TokenKeyring::Status;
using Result = TokenKeyring::Result;

#ifdef DEPLOYDECK_HAVE_KEYCHAIN
Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::Failed;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // No Secret Service on the bus, no bus at all, or a backend that cannot start.
    return Status::Unavailable;
}
#endif

Result failedResult(Status status, const QString &detail)
{
    Result result;
    result.status = status;
    result.detail = detail;
    if (status == Status::Failed)
        result.message = TokenKeyring::tr("The system keyring refused access to the token.");
    else if (status == Status::Unavailable)
        result.message = TokenKeyring::unavailableMessage();
    return result;
}
} // namespace

TokenKeyring::TokenKeyring(QObject *parent)
    : QObject(parent)
    , m_service(serviceName())
{
    qRegisterMetaType<TokenKeyring::Result>();
}

TokenKeyring::~TokenKeyring() = default;

QString TokenKeyring::serviceName()
{
    return QStringLiteral("DeployDeck");
}

QString TokenKeyring::unavailableMessage()
{
    return tr("No system keyring is available (no Secret Service is running), so the token is "
              "kept only until DeployDeck quits.");
}

bool TokenKeyring::hasSessionToken(const QString &host, const QString &login)
{
    return sessionTokens().contains(Account::keyringKey(host, login));
}

void TokenKeyring::clearSessionTokens()
{
    sessionTokens().clear();
}

void TokenKeyring::read(const QString &host, const QString &login)
{
    const QString key = Account::keyringKey(host, login);
    auto emitLater = [this, host, login](const Result &result) {
        QMetaObject::invokeMethod(
            this, [this, host, login, result] { Q_EMIT readFinished(host, login, result); },
            Qt::QueuedConnection);
    };
    const auto session = sessionTokens().constFind(key);
    if (session != sessionTokens().constEnd()) {
        Result result;
        result.status = Status::SessionOnly;
        result.token = *session;
        emitLater(result);
        return;
    }
#ifdef DEPLOYDECK_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text QSettings copy
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, host, login](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const Status status = statusFor(readJob->error());
        qCDebug(lcKeyring) << "read" << host << login << int(status);
        Result result;
        if (status == Status::Ok) {
            result.status = Status::Ok;
            result.token = readJob->textData();
        } else if (status == Status::NotFound) {
            result.status = Status::NotFound;
        } else {
            result = failedResult(status, readJob->errorString());
        }
        Q_EMIT readFinished(host, login, result);
    });
    job->start();
#else
    emitLater(failedResult(Status::Unavailable, QStringLiteral("built without QtKeychain")));
#endif
}

void TokenKeyring::write(const QString &host, const QString &login, const QString &token)
{
    const QString key = Account::keyringKey(host, login);
    auto keepForSession = [key, token](const QString &detail) {
        sessionTokens().insert(key, token);
        Result result;
        result.status = Status::SessionOnly;
        result.message = unavailableMessage();
        result.detail = detail;
        return result;
    };
#ifdef DEPLOYDECK_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
            [this, host, login, keepForSession](QKeychain::Job *finished) {
                const Status status = statusFor(finished->error());
                qCDebug(lcKeyring) << "write" << host << login << int(status);
                Result result;
                if (status == Status::Ok) {
                    result.status = Status::Ok;
                    sessionTokens().remove(Account::keyringKey(host, login));
                } else if (status == Status::Unavailable) {
                    result = keepForSession(finished->errorString());
                } else {
                    result = failedResult(status, finished->errorString());
                }
                Q_EMIT writeFinished(host, login, result);
            });
    job->start();
#else
    const Result result = keepForSession(QStringLiteral("built without QtKeychain"));
    QMetaObject::invokeMethod(
        this, [this, host, login, result] { Q_EMIT writeFinished(host, login, result); },
        Qt::QueuedConnection);
#endif
}

void TokenKeyring::remove(const QString &host, const QString &login)
{
    const QString key = Account::keyringKey(host, login);
    const bool hadSessionToken = sessionTokens().remove(key) > 0;
#ifdef DEPLOYDECK_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, host, login, hadSessionToken](QKeychain::Job *finished) {
                Status status = statusFor(finished->error());
                qCDebug(lcKeyring) << "remove" << host << login << int(status);
                Result result;
                if (status == Status::Ok || (status != Status::Failed && hadSessionToken))
                    result.status = Status::Ok; // gone from wherever it was
                else if (status == Status::NotFound)
                    result.status = Status::NotFound;
                else
                    result = failedResult(status, finished->errorString());
                Q_EMIT removeFinished(host, login, result);
            });
    job->start();
#else
    Result result = hadSessionToken ? Result{Status::Ok, {}, {}, {}}
                                    : failedResult(Status::Unavailable,
                                                   QStringLiteral("built without QtKeychain"));
    QMetaObject::invokeMethod(
        this, [this, host, login, result] { Q_EMIT removeFinished(host, login, result); },
        Qt::QueuedConnection);
#endif
}
