#include "connection.h"

#include "clicore.h"

#include "models/accountstore.h"
#include "models/githubclient.h"
#include "models/tokenresolver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>

namespace CommandLine {

namespace {} // namespace

// Value names (<URL>, <ENV>) stay as written in every language: they are placeholders.
QCommandLineOption Connection::repoOption()
{
    return QCommandLineOption(QStringLiteral("repo"), tr("The repository, as OWNER/REPO."),
                              QStringLiteral("OWNER/REPO"));
}

QCommandLineOption Connection::deploymentOption()
{
    return QCommandLineOption(QStringLiteral("deployment"), tr("The deployment id."),
                              QStringLiteral("ID"));
}

QUrl parseApiUrl(const QString &value, bool allowInsecure, QString *error)
{
    const QString text = value.trimmed();
    // "ghe.example.com" or "ghe.example.com/api/v3": a host without a scheme. QUrl would take
    // it as a relative path; fromUserInput as http://, which is refused further down with a
    // message about plain http that does not say what was meant.
    if (!text.contains(QLatin1String("://"))) {
        const QUrl guess(QStringLiteral("https://") + text, QUrl::StrictMode);
        //: %1 is the value given, %2 the suggested API root
        *error =
            guess.isValid() && !guess.host().isEmpty() && !text.contains(QLatin1Char(' '))
                ? tr("--api-url \"%1\" has no scheme; for GitHub Enterprise Server use "
                     "--api-url %2")
                      .arg(text, guess.path().isEmpty() || guess.path() == QLatin1String("/")
                                     ? QStringLiteral("https://%1/api/v3").arg(guess.authority())
                                     : guess.toString())
                : tr("--api-url \"%1\" is not a URL; use for example "
                     "https://ghe.example.com/api/v3.")
                      .arg(text);
        return QUrl();
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("--api-url \"%1\" is not a URL; use for example "
                    "https://ghe.example.com/api/v3.")
                     .arg(text);
        return QUrl();
    }
    const QString problem = GitHubClient::checkApiRoot(url, allowInsecure);
    if (!problem.isEmpty()) {
        *error = problem;
        return QUrl();
    }
    return url;
}

int readApiRoot(const Invocation &invocation, QUrl *apiRoot, bool *allowInsecure)
{
    const QCommandLineParser &parser = invocation.parser;
    *allowInsecure = parser.isSet(QStringLiteral("allow-insecure-http"));
    QString apiUrl = parser.value(QStringLiteral("api-url"));
    if (apiUrl.isEmpty())
        apiUrl = qEnvironmentVariable("GH_API_URL");
    if (apiUrl.isEmpty())
        apiUrl = QSettings().value(QStringLiteral("connection/apiUrl")).toString();
    if (apiUrl.isEmpty()) {
        *apiRoot = GitHubClient::defaultApiRoot();
        return Ok;
    }
    QString error;
    *apiRoot = parseApiUrl(apiUrl, *allowInsecure, &error);
    if (!error.isEmpty()) {
        printError(error);
        return UsageError;
    }
    return Ok;
}

// The token for an API root, in gh's order: environment, keyring, `gh auth token`.
TokenResolver::Result findToken(const QUrl &apiRoot, const QString &login)
{
    AccountStore store;
    TokenResolver resolver(&store);
    QEventLoop loop;
    TokenResolver::Result result;
    QObject::connect(&resolver, &TokenResolver::resolved, &loop,
                     [&loop, &result](const TokenResolver::Result &found) {
                         result = found;
                         loop.quit();
                     });
    resolver.resolve(apiRoot, login);
    loop.exec();
    return result;
}

int Connection::read(const Invocation &invocation)
{
    const QCommandLineParser &parser = invocation.parser;
    const QString repo = parser.value(QStringLiteral("repo"));
    if (!parser.isSet(QStringLiteral("repo"))) {
        printError(tr("--repo OWNER/REPO is required."));
        return UsageError;
    }
    const std::optional<RepositoryId> parsed = RepositoryId::parse(repo);
    if (!parsed) {
        printError(tr("\"%1\" is not a repository; use OWNER/REPO.").arg(repo));
        return UsageError;
    }
    repository = *parsed;
    return readHost(invocation);
}

int Connection::readHost(const Invocation &invocation)
{
    const QCommandLineParser &parser = invocation.parser;
    if (parser.isSet(QStringLiteral("ca-file"))) {
        // A test CA (a TLS front of the emulator, an Enterprise host's own CA): trusted
        // besides the system's, never by ignoring certificate errors.
        QString error;
        if (!GitHubClient::loadCaBundle(parser.value(QStringLiteral("ca-file")), &caCertificates,
                                        &error)) {
            printError(error);
            return UsageError;
        }
    }
    return readApiRoot(invocation, &apiRoot, &allowInsecure);
}

QList<QSslCertificate> caCertificatesFor(const QUrl &apiRoot)
{
    const QString bundle = AccountStore().caBundle(Account::hostForApiRoot(apiRoot));
    QList<QSslCertificate> certificates;
    QString error;
    if (!bundle.isEmpty() && !GitHubClient::loadCaBundle(bundle, &certificates, &error))
        printError(error);
    return certificates;
}

bool Connection::configure(GitHubClient *client) const
{
    client->setApiRoot(apiRoot, allowInsecure);
    client->setCaCertificates(caCertificates.isEmpty() ? caCertificatesFor(apiRoot)
                                                       : caCertificates);
    QString login;
    if (const std::optional<Account> account = AccountStore().accountForRepository(repository)) {
        if (account->host() == Account::hostForApiRoot(apiRoot))
            login = account->login;
    }
    const TokenResolver::Result token = findToken(apiRoot, login);
    if (!token.ok()) {
        QStringList lines{token.error};
        lines += token.notes;
        printError(lines.join(QLatin1Char('\n')));
        return false;
    }
    client->setToken(token.token);
    return true;
}

int readDeploymentId(const Invocation &invocation, qint64 *id)
{
    const QCommandLineParser &parser = invocation.parser;
    if (!parser.isSet(QStringLiteral("deployment"))) {
        printError(tr("--deployment ID is required."));
        return UsageError;
    }
    bool ok = false;
    *id = parser.value(QStringLiteral("deployment")).toLongLong(&ok);
    if (!ok || *id <= 0) {
        printError(
            tr("\"%1\" is not a deployment id.").arg(parser.value(QStringLiteral("deployment"))));
        return UsageError;
    }
    return Ok;
}

QString etagCacheFile(const QUrl &apiRoot)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (directory.isEmpty())
        return QString();
    QDir().mkpath(directory);
    // One file per API root; named by a hash so the host does not leak into file names.
    const QByteArray hash =
        QCryptographicHash::hash(apiRoot.toString().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return directory + QStringLiteral("/etags-%1.cache").arg(QString::fromLatin1(hash));
}

} // namespace CommandLine
