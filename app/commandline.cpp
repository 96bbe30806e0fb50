#include "commandline.h"

#include "models/accountstore.h"
#include "models/deploymentexporter.h"
#include "models/githubclient.h"
#include "models/tokencheck.h"
#include "models/tokenkeyring.h"
#include "models/tokenresolver.h"
#include "models/uilanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QSaveFile>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace CommandLine {

namespace {

enum ExitCode { Ok = 0, ApiError = 1, UsageError = 2 };

const char *const subcommands[] = {"export", "status", "mark-inactive", "delete", "auth"};

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("CommandLine", text, disambiguation, n);
}

void printError(const QString &message)
{
    const QByteArray text = QStringLiteral("deploydeck: %1\n").arg(message).toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

// Runs the event loop until `request` emits finished() or failed().
GitHubError wait(GitHubRequest *request)
{
    request->setAutoDelete(false); // read after the loop; the client deletes it
    QEventLoop loop;
    GitHubError result;
    QObject::connect(request, &GitHubRequest::finished, &loop, [&loop] { loop.quit(); });
    QObject::connect(request, &GitHubRequest::failed, &loop,
                     [&loop, &result](const GitHubError &error) {
                         result = error;
                         loop.quit();
                     });
    loop.exec();
    return result;
}

int apiFailure(const GitHubError &error)
{
    printError(error.toDisplayString());
    return ApiError;
}

// Value names (<URL>, <ENV>) stay as written in every language: they are placeholders, and
// QCommandLineParser aligns the help by character count, which wide Korean or Japanese
// characters would break.
struct Options
{
    // lupdate files these under the struct's own context; look them up there.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("CommandLine::Options", text);
    }

    QCommandLineOption repo{QStringLiteral("repo"), tr("The repository, as OWNER/REPO."),
                            QStringLiteral("OWNER/REPO")};
    QCommandLineOption apiUrl{QStringLiteral("api-url"),
                              tr("The API root (default: GH_API_URL, the settings, or "
                                 "https://api.github.com)."),
                              QStringLiteral("URL")};
    QCommandLineOption allowInsecure{QStringLiteral("allow-insecure-http"),
                                     tr("Allow a plain http:// API root on a non-loopback host.")};
    QCommandLineOption deployment{QStringLiteral("deployment"), tr("The deployment id."),
                                  QStringLiteral("ID")};
};

// The parts every subcommand shares: repository, API root, token.
struct Connection
{
    RepositoryId repository;
    QUrl apiRoot;
    bool allowInsecure = false;
};

int readConnection(const QCommandLineParser &parser, const Options &options, Connection *connection)
{
    if (!parser.isSet(options.repo)) {
        printError(tr("--repo OWNER/REPO is required."));
        return UsageError;
    }
    const std::optional<RepositoryId> repository = RepositoryId::parse(parser.value(options.repo));
    if (!repository) {
        printError(
            tr("\"%1\" is not a repository; use OWNER/REPO.").arg(parser.value(options.repo)));
        return UsageError;
    }
    connection->repository = *repository;
    QString apiUrl = parser.value(options.apiUrl);
    if (apiUrl.isEmpty())
        apiUrl = qEnvironmentVariable("GH_API_URL");
    if (apiUrl.isEmpty())
        apiUrl = QSettings().value(QStringLiteral("connection/apiUrl")).toString();
    connection->apiRoot =
        apiUrl.isEmpty() ? GitHubClient::defaultApiRoot() : QUrl::fromUserInput(apiUrl);
    connection->allowInsecure = parser.isSet(options.allowInsecure);
    const QString problem =
        GitHubClient::checkApiRoot(connection->apiRoot, connection->allowInsecure);
    if (!problem.isEmpty()) {
        printError(problem);
        return UsageError;
    }
    return Ok;
}

// The token for an API root, in gh's order: environment, keyring, `gh auth token`.
TokenResolver::Result findToken(const QUrl &apiRoot, const QString &login = QString())
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

// The CA bundle configured for the API root's host, if any.
QList<QSslCertificate> caCertificatesFor(const QUrl &apiRoot)
{
    const QString bundle = AccountStore().caBundle(Account::hostForApiRoot(apiRoot));
    QList<QSslCertificate> certificates;
    QString error;
    if (!bundle.isEmpty() && !GitHubClient::loadCaBundle(bundle, &certificates, &error))
        printError(error);
    return certificates;
}

// Sets up the client; false (after saying why, naming every place looked in) without a token.
bool configureClient(GitHubClient *client, const Connection &connection)
{
    client->setApiRoot(connection.apiRoot, connection.allowInsecure);
    client->setCaCertificates(caCertificatesFor(connection.apiRoot));
    QString login;
    if (const std::optional<Account> account =
            AccountStore().accountForRepository(connection.repository)) {
        if (account->host() == Account::hostForApiRoot(connection.apiRoot))
            login = account->login;
    }
    const TokenResolver::Result token = findToken(connection.apiRoot, login);
    if (!token.ok()) {
        QStringList lines{token.error};
        lines += token.notes;
        printError(lines.join(QLatin1Char('\n')));
        return false;
    }
    client->setToken(token.token);
    return true;
}

// --deployment, for the subcommands that act on one deployment (with their connection).
int readDeploymentId(const QCommandLineParser &parser, const Options &options,
                     Connection *connection, qint64 *id)
{
    if (const int code = readConnection(parser, options, connection))
        return code;
    if (!parser.isSet(options.deployment)) {
        printError(tr("--deployment ID is required."));
        return UsageError;
    }
    bool ok = false;
    *id = parser.value(options.deployment).toLongLong(&ok);
    if (!ok || *id <= 0) {
        printError(tr("\"%1\" is not a deployment id.").arg(parser.value(options.deployment)));
        return UsageError;
    }
    return Ok;
}

// Parses `arguments` (program name first); on --help prints the help and exits 0.
int parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    parser.addOption(UiLanguage::commandLineOption()); // applied at start, see run()
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty()) {
        printError(
            tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
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

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes every deployment of a repository with all its statuses, newest first."));
    Options options;
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         tr("Only deployments to this environment."),
                                         QStringLiteral("ENV"));
    const QCommandLineOption format(QStringLiteral("format"), tr("json (default) or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     tr("Do not use or update the ETag cache."));
    parser.addOptions({options.repo, options.apiUrl, options.allowInsecure, environment, format,
                       output, noCache});
    if (const int code = parse(parser, arguments))
        return code;
    Connection connection;
    if (const int code = readConnection(parser, options, &connection))
        return code;
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("json") && formatName != QLatin1String("csv")) {
        printError(tr("Unknown format \"%1\"; use json or csv.").arg(parser.value(format)));
        return UsageError;
    }

    GitHubClient client;
    if (!configureClient(&client, connection))
        return ApiError;
    const QString cacheFile = parser.isSet(noCache) ? QString() : etagCacheFile(client.apiRoot());
    if (!cacheFile.isEmpty())
        client.etagCache()->load(cacheFile);

    DeploymentExporter exporter(&client);
    exporter.setRepository(connection.repository);
    exporter.setEnvironment(parser.value(environment));
    const bool showProgress = isatty(STDERR_FILENO);
    if (showProgress) {
        QObject::connect(
            &exporter, &DeploymentExporter::progress, &exporter, [](int done, int total) {
                const QByteArray line =
                    ("\r" + tr("Statuses fetched: %1 of %2").arg(done).arg(total)).toLocal8Bit();
                std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            });
    }
    QEventLoop loop;
    GitHubError error;
    QObject::connect(&exporter, &DeploymentExporter::finished, &loop, [&loop] { loop.quit(); });
    QObject::connect(&exporter, &DeploymentExporter::failed, &loop,
                     [&loop, &error](const GitHubError &e) {
                         error = e;
                         loop.quit();
                     });
    exporter.start();
    loop.exec();
    if (showProgress)
        std::fputs("\n", stderr);
    if (error.isError())
        return apiFailure(error);
    // An unchanged refresh (all 304s) leaves the cache as it was: no need to rewrite megabytes.
    if (!cacheFile.isEmpty() && client.etagCache()->isModified())
        client.etagCache()->save(cacheFile);

    const QByteArray data =
        formatName == QLatin1String("csv") ? exporter.toCsv() : exporter.toJsonText();
    if (parser.isSet(output)) {
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            printError(tr("Could not write %1: %2").arg(parser.value(output), file.errorString()));
            return ApiError;
        }
    } else {
        printOut(data);
    }
    return Ok;
}

int postStatus(GitHubClient *client, const RepositoryId &repository, qint64 deploymentId,
               const NewStatus &status, bool print)
{
    StatusRequest *request = client->createStatus(repository, deploymentId, status);
    QPointer<StatusRequest> guard(request);
    const GitHubError error = wait(request);
    if (error.isError())
        return apiFailure(error);
    if (print && guard)
        printOut(QJsonDocument(guard->status().json).toJson(QJsonDocument::Indented));
    return Ok;
}

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates a deployment status and prints it as JSON."));
    Options options;
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("One of: error, failure, inactive, in_progress, queued, "
                                      "pending, success."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         tr("A short description (at most 140 characters)."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption logUrl(QStringLiteral("log-url"), tr("The deployment's log."),
                                    QStringLiteral("URL"));
    const QCommandLineOption environmentUrl(QStringLiteral("environment-url"),
                                            tr("The deployed environment's address."),
                                            QStringLiteral("URL"));
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         tr("Move the deployment to this environment."),
                                         QStringLiteral("ENV"));
    const QCommandLineOption noAutoInactive(
        QStringLiteral("no-auto-inactive"),
        tr("Do not mark earlier deployments to the environment inactive."));
    parser.addOptions({options.repo, options.apiUrl, options.allowInsecure, options.deployment,
                       state, description, logUrl, environmentUrl, environment, noAutoInactive});
    if (const int code = parse(parser, arguments))
        return code;
    Connection connection;
    qint64 deploymentId = 0;
    if (const int code = readDeploymentId(parser, options, &connection, &deploymentId))
        return code;
    NewStatus status;
    status.state = StatusStates::fromApi(parser.value(state));
    if (!parser.isSet(state) || !StatusStates::postable().contains(status.state)) {
        printError(tr("--state must be one of: error, failure, inactive, in_progress, queued, "
                      "pending, success."));
        return UsageError;
    }
    status.description = parser.value(description);
    for (const auto &[option, target] :
         {std::pair{&logUrl, &status.logUrl}, std::pair{&environmentUrl, &status.environmentUrl}}) {
        if (!parser.isSet(*option))
            continue;
        const QUrl url(parser.value(*option), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty()) {
            printError(tr("\"%1\" is not a URL.").arg(parser.value(*option)));
            return UsageError;
        }
        *target = url;
    }
    status.environment = parser.value(environment);
    if (parser.isSet(noAutoInactive))
        status.autoInactive = false;

    GitHubClient client;
    if (!configureClient(&client, connection))
        return ApiError;
    return postStatus(&client, connection.repository, deploymentId, status, true);
}

int runMarkInactive(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Marks a deployment inactive."));
    Options options;
    parser.addOptions({options.repo, options.apiUrl, options.allowInsecure, options.deployment});
    if (const int code = parse(parser, arguments))
        return code;
    Connection connection;
    qint64 deploymentId = 0;
    if (const int code = readDeploymentId(parser, options, &connection, &deploymentId))
        return code;
    GitHubClient client;
    if (!configureClient(&client, connection))
        return ApiError;
    NewStatus status;
    status.state = StatusState::Inactive;
    return postStatus(&client, connection.repository, deploymentId, status, true);
}

int runDelete(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Deletes a deployment. GitHub deletes only inactive deployments (or a repository's "
           "only one)."));
    Options options;
    const QCommandLineOption markInactiveFirst(QStringLiteral("mark-inactive-first"),
                                               tr("Mark the deployment inactive, then delete it."));
    parser.addOptions({options.repo, options.apiUrl, options.allowInsecure, options.deployment,
                       markInactiveFirst});
    if (const int code = parse(parser, arguments))
        return code;
    Connection connection;
    qint64 deploymentId = 0;
    if (const int code = readDeploymentId(parser, options, &connection, &deploymentId))
        return code;
    GitHubClient client;
    if (!configureClient(&client, connection))
        return ApiError;
    if (parser.isSet(markInactiveFirst)) {
        NewStatus status;
        status.state = StatusState::Inactive;
        if (const int code =
                postStatus(&client, connection.repository, deploymentId, status, false))
            return code;
    }
    const GitHubError error = wait(client.deleteDeployment(connection.repository, deploymentId));
    if (error.isError())
        return apiFailure(error);
    return Ok;
}

// --- auth: login / status / logout, as gh's `auth` (the token never printed) ---

struct AuthOptions
{
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("CommandLine::AuthOptions", text);
    }

    QCommandLineOption hostname{QStringLiteral("hostname"),
                                tr("The GitHub host (github.com, an Enterprise Server host name, "
                                   "or an API URL)."),
                                QStringLiteral("HOST")};
    QCommandLineOption allowInsecure{QStringLiteral("allow-insecure-http"),
                                     tr("Allow a plain http:// API root on a non-loopback host.")};
};

// gh's mask: a known prefix stays (it says what kind of token it is), the rest never shows.
QString maskedToken(const QString &token)
{
    for (const char *prefix : {"github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"}) {
        if (token.startsWith(QLatin1String(prefix)))
            return QLatin1String(prefix) + QStringLiteral("****");
    }
    return QStringLiteral("****");
}

// `auth status` checks every account with GET /user; a host that does not answer (a VPN that
// is down, an Enterprise host that moved) should cost seconds, not the client's 30 s transfer
// timeout per account, and a GET /user that answers at all answers well within this.
constexpr int authStatusTimeoutMs = 10000;
// Internal, for tests only (not a supported setting): overrides authStatusTimeoutMs.
const char authStatusTimeoutVariable[] = "DEPLOYDECK_INTERNAL_AUTH_STATUS_TIMEOUT_MS";

int authStatusTimeout()
{
    bool ok = false;
    const int override = qEnvironmentVariableIntValue(authStatusTimeoutVariable, &ok);
    return ok && override > 0 ? override : authStatusTimeoutMs;
}

// No HTTP answer at all (refused, reset, DNS, timeout); a TLS failure is an answer of sorts
// and keeps its own explanation (the certificate's subject, issuer and reason).
bool unreachable(const TokenCheck::Result &check)
{
    return check.verdict == TokenCheck::Verdict::Failed &&
           (check.error.kind == GitHubError::Kind::Timeout ||
            (check.error.kind == GitHubError::Kind::Network &&
             check.error.certificateProblems.isEmpty()));
}

TokenCheck::Result checkToken(const QUrl &apiRoot, const QString &token, bool allowInsecure,
                              int timeoutMs = 0)
{
    TokenCheck check;
    if (timeoutMs > 0)
        check.setTransferTimeout(timeoutMs);
    check.setAllowInsecureHttp(allowInsecure);
    check.setCaCertificates(caCertificatesFor(apiRoot));
    QEventLoop loop;
    QObject::connect(&check, &TokenCheck::finished, &loop, &QEventLoop::quit);
    check.start(apiRoot, token);
    loop.exec();
    return check.result();
}

// Runs one keyring call and waits for its answer.
TokenKeyring::Result keyringCall(const std::function<void(TokenKeyring &)> &call,
                                 void (TokenKeyring::*signal)(const QString &, const QString &,
                                                              const TokenKeyring::Result &))
{
    TokenKeyring keyring;
    QEventLoop loop;
    TokenKeyring::Result result;
    QObject::connect(
        &keyring, signal, &loop,
        [&loop, &result](const QString &, const QString &, const TokenKeyring::Result &answer) {
            result = answer;
            loop.quit();
        });
    call(keyring);
    loop.exec();
    return result;
}

int readAuthHost(const QCommandLineParser &parser, const AuthOptions &options, QUrl *apiRoot)
{
    const QString host = parser.isSet(options.hostname)
                             ? parser.value(options.hostname)
                             : qEnvironmentVariable("GH_HOST", QStringLiteral("github.com"));
    *apiRoot = Account::apiRootForHost(host);
    const QString problem =
        GitHubClient::checkApiRoot(*apiRoot, parser.isSet(options.allowInsecure));
    if (!problem.isEmpty()) {
        printError(problem);
        return UsageError;
    }
    return Ok;
}

int runAuthLogin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Signs in to a GitHub host: reads a token from standard input, checks it with GitHub "
           "and keeps it in the system keyring."));
    AuthOptions options;
    const QCommandLineOption withToken(QStringLiteral("with-token"),
                                       tr("Read the token from standard input."));
    parser.addOptions({options.hostname, options.allowInsecure, withToken});
    if (const int code = parse(parser, arguments))
        return code;
    if (!parser.isSet(withToken)) {
        printError(tr("--with-token is required: pipe the token in, for example "
                      "\"deploydeck auth login --with-token < token.txt\". Browser sign-in is in "
                      "the desktop app."));
        return UsageError;
    }
    QUrl apiRoot;
    if (const int code = readAuthHost(parser, options, &apiRoot))
        return code;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        printError(tr("Could not read the token from standard input."));
        return UsageError;
    }
    const QString token = QString::fromUtf8(input.readAll()).trimmed();
    if (token.isEmpty() || token.contains(QLatin1Char('\n')) || token.contains(QLatin1Char(' '))) {
        printError(tr("Standard input holds no token (expected one line)."));
        return UsageError;
    }

    const TokenCheck::Result check =
        checkToken(apiRoot, token, parser.isSet(options.allowInsecure));
    if (!check.signedIn()) {
        printError(check.message());
        return ApiError;
    }
    if (check.verdict != TokenCheck::Verdict::Valid)
        printError(check.message()); // the scope explanation, before it is saved
    Account account = check.account;
    const TokenKeyring::Result stored = keyringCall(
        [&](TokenKeyring &keyring) { keyring.write(account.host(), account.login, token); },
        &TokenKeyring::writeFinished);
    if (stored.status != TokenKeyring::Status::Ok) {
        // A command line process ends now: a session-only token would be lost at once, and it
        // never goes to a file instead.
        //: %1 is why (the keyring's message)
        printError(tr("The token was not saved: %1").arg(stored.message));
        return ApiError;
    }
    account.tokenOrigin = Account::TokenOrigin::Keyring;
    AccountStore().addOrUpdate(account);
    //: %1 is the login, %2 the host
    printOut(tr("Signed in to %2 as %1; the token is in the system keyring.")
                 .arg(account.login, account.host())
                 .toLocal8Bit() +
             '\n');
    if (!AccountStore::environmentHost().isEmpty() &&
        TokenResolver::environmentToken(account.host()).size() > 0)
        printError(tr("GH_TOKEN or GITHUB_TOKEN is set and is used for %1 instead while it is.")
                       .arg(account.host()));
    return Ok;
}

int runAuthStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows the accounts DeployDeck signs in with, per host, and where each token comes "
           "from. Tokens are never shown."));
    AuthOptions options;
    parser.addOptions({options.hostname, options.allowInsecure});
    if (const int code = parse(parser, arguments))
        return code;
    QString onlyHost;
    if (parser.isSet(options.hostname))
        onlyHost = Account::hostForApiRoot(Account::apiRootForHost(parser.value(options.hostname)));

    AccountStore store;
    QList<Account> accounts = store.accounts();
    if (const std::optional<Account> environment = store.environmentAccount()) {
        if (store.accountsForHost(environment->host()).isEmpty())
            accounts.prepend(*environment);
    }
    QStringList hosts;
    for (const Account &account : accounts) {
        if (!hosts.contains(account.host()) && (onlyHost.isEmpty() || account.host() == onlyHost))
            hosts.append(account.host());
    }
    if (hosts.isEmpty()) {
        printError(tr("Not signed in to any GitHub host. Run \"deploydeck auth login "
                      "--with-token\" or set GH_TOKEN."));
        return ApiError;
    }
    int failures = 0;
    QByteArray out;
    const int timeoutMs = authStatusTimeout();
    QStringList unreachableHosts; // asked once: the host's other accounts do not wait again
    for (const QString &host : hosts) {
        out += host.toLocal8Bit() + '\n';
        QStringList seenEnvironment;
        for (const Account &account : accounts) {
            if (account.host() != host)
                continue;
            const bool fromEnvironment = account.tokenOrigin == Account::TokenOrigin::Environment;
            if (fromEnvironment && seenEnvironment.contains(host))
                continue; // one environment token per host, whatever the remembered logins
            const TokenResolver::Result token =
                findToken(account.apiRoot, fromEnvironment ? QString() : account.login);
            if (!token.ok()) {
                ++failures;
                //: %1 is the login, %2 why there is no token
                out += QStringLiteral("  X %1: %2\n")
                           .arg(account.login, token.notes.isEmpty()
                                                   ? tr("no token found")
                                                   : token.notes.join(QLatin1Char(' ')))
                           .toLocal8Bit();
                continue;
            }
            if (token.origin == Account::TokenOrigin::Environment)
                seenEnvironment.append(host);
            // "  X LOGIN: could not reach HOST (why)", as the other failures; the environment's
            // token has no login until GET /user answers.
            const auto unreachableLine = [&account](const QString &text) {
                return (account.login.isEmpty()
                            ? QStringLiteral("  X %1\n").arg(text)
                            : QStringLiteral("  X %1: %2\n").arg(account.login, text))
                    .toLocal8Bit();
            };
            if (unreachableHosts.contains(host)) {
                ++failures;
                //: %1 host (its first account's line said why)
                out += unreachableLine(tr("could not reach %1").arg(host));
                continue;
            }
            const TokenCheck::Result check = checkToken(
                account.apiRoot, token.token, parser.isSet(options.allowInsecure), timeoutMs);
            if (unreachable(check)) {
                ++failures;
                unreachableHosts.append(host);
                // Qt's own words for a refused or reset connection ("Connection refused").
                const QString reason =
                    check.error.kind == GitHubError::Kind::Timeout
                        ? tr("no answer within %n second(s)", nullptr, (timeoutMs + 999) / 1000)
                        : (check.error.detail.isEmpty() ? check.error.toDisplayString()
                                                        : check.error.detail);
                //: %1 host, %2 why (no answer in time, Qt's "Connection refused", ...)
                out += unreachableLine(tr("could not reach %1 (%2)").arg(host, reason));
                continue;
            }
            if (!check.signedIn()) {
                ++failures;
                out += "  X " +
                       tr("Token %1 for %2 does not work: %3")
                           .arg(Account::originText(token.origin),
                                account.login.isEmpty() ? host : account.login, check.message())
                           .toLocal8Bit() +
                       '\n';
                continue;
            }
            //: %1 host, %2 login, %3 where the token comes from ("from the system keyring")
            out += "  " +
                   tr("Signed in to %1 as %2 (token %3)")
                       .arg(host, check.account.login, Account::originText(token.origin))
                       .toLocal8Bit() +
                   '\n';
            out += "  - " + tr("Token: %1").arg(maskedToken(token.token)).toLocal8Bit() + '\n';
            if (check.hasScopesHeader)
                out += "  - " +
                       tr("Token scopes: %1")
                           .arg(check.scopes.isEmpty() ? tr("(none)")
                                                       : check.scopes.join(QStringLiteral(", ")))
                           .toLocal8Bit() +
                       '\n';
            else
                out +=
                    "  - " +
                    tr("Fine-grained token (needs \"Deployments: read and write\")").toLocal8Bit() +
                    '\n';
            if (check.verdict == TokenCheck::Verdict::ClassicMissingScope)
                out += "  ! " + check.message().toLocal8Bit() + '\n';
        }
    }
    printOut(out);
    return failures > 0 ? ApiError : Ok;
}

int runAuthLogout(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Signs out of an account: removes its token from the system keyring and forgets it."));
    AuthOptions options;
    const QCommandLineOption user(QStringLiteral("user"), tr("The account's login."),
                                  QStringLiteral("LOGIN"));
    parser.addOptions({options.hostname, options.allowInsecure, user});
    if (const int code = parse(parser, arguments))
        return code;
    AccountStore store;
    QList<Account> candidates = store.accounts();
    if (parser.isSet(options.hostname)) {
        const QString host =
            Account::hostForApiRoot(Account::apiRootForHost(parser.value(options.hostname)));
        candidates.removeIf([&host](const Account &account) { return account.host() != host; });
    }
    if (parser.isSet(user)) {
        const QString login = parser.value(user);
        candidates.removeIf([&login](const Account &account) {
            return account.login.compare(login, Qt::CaseInsensitive) != 0;
        });
    }
    if (candidates.isEmpty()) {
        printError(tr("No such account. \"deploydeck auth status\" lists them."));
        return ApiError;
    }
    if (candidates.size() > 1) {
        QStringList names;
        for (const Account &account : candidates)
            names.append(account.host() + QLatin1Char('/') + account.login);
        //: %1 lists HOST/LOGIN pairs
        printError(tr("Several accounts match (%1): say which with --hostname and --user.")
                       .arg(names.join(QStringLiteral(", "))));
        return UsageError;
    }
    const Account account = candidates.constFirst();
    const TokenKeyring::Result removed =
        keyringCall([&](TokenKeyring &keyring) { keyring.remove(account.host(), account.login); },
                    &TokenKeyring::removeFinished);
    if (removed.status == TokenKeyring::Status::Failed ||
        removed.status == TokenKeyring::Status::Unavailable) {
        //: %1 is the keyring's message
        printError(
            tr("Could not remove the token from the system keyring: %1").arg(removed.message));
        return ApiError;
    }
    store.remove(account.apiRoot, account.login);
    printOut(tr("Signed out of %1 as %2.").arg(account.host(), account.login).toLocal8Bit() + '\n');
    if (!TokenResolver::environmentToken(account.host()).isEmpty())
        printError(tr("A token in the environment (GH_TOKEN, GITHUB_TOKEN or "
                      "GH_ENTERPRISE_TOKEN) is still used for %1.")
                       .arg(account.host()));
    return Ok;
}

int runAuth(QStringList arguments)
{
    const QString action = arguments.size() > 1 ? arguments.at(1) : QString();
    if (action != QLatin1String("login") && action != QLatin1String("status") &&
        action != QLatin1String("logout")) {
        if (action == QLatin1String("-h") || action == QLatin1String("--help")) {
            printOut(tr("Usage: deploydeck auth login|status|logout [options]").toLocal8Bit() +
                     '\n');
            return Ok;
        }
        printError(tr("Use \"deploydeck auth login\", \"auth status\" or \"auth logout\"."));
        return UsageError;
    }
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("deploydeck auth %1").arg(action);
    if (action == QLatin1String("login"))
        return runAuthLogin(arguments);
    if (action == QLatin1String("status"))
        return runAuthStatus(arguments);
    return runAuthLogout(arguments);
}

} // namespace

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              tr("Show this help and exit."));
}

bool isSubcommand(const char *arg)
{
    for (const char *name : subcommands) {
        if (std::strcmp(arg, name) == 0)
            return true;
    }
    return false;
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("deploydeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("DeployDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEPLOYDECK_VERSION));
    // Before any parser, so that --help and every error speak the chosen language
    // (--lang, then the remembered choice, then the system's).
    QString languageError;
    UiLanguage::applyStartup(QCoreApplication::arguments(), &languageError);
    if (!languageError.isEmpty()) {
        printError(languageError);
        return UsageError;
    }

    // Enterprise hosts are often behind the company's proxy.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return UsageError;
    const QString subcommand = arguments.takeAt(1);
    arguments[0] = QStringLiteral("deploydeck %1").arg(subcommand);
    if (subcommand == QLatin1String("export"))
        return runExport(arguments);
    if (subcommand == QLatin1String("status"))
        return runStatus(arguments);
    if (subcommand == QLatin1String("mark-inactive"))
        return runMarkInactive(arguments);
    if (subcommand == QLatin1String("delete"))
        return runDelete(arguments);
    if (subcommand == QLatin1String("auth"))
        return runAuth(arguments);
    return UsageError;
}

} // namespace CommandLine
