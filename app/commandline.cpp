#include "commandline.h"

#include "models/deploymentexporter.h"
#include "models/githubclient.h"
#include "models/tokensource.h"
#include "models/uilanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace CommandLine {

namespace {

enum ExitCode { Ok = 0, ApiError = 1, UsageError = 2 };

const char *const subcommands[] = {"export", "status", "mark-inactive", "delete"};

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
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

void configureClient(GitHubClient *client, const Connection &connection)
{
    client->setApiRoot(connection.apiRoot, connection.allowInsecure);
    client->setToken(TokenSource::find().value);
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
    configureClient(&client, connection);
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
    configureClient(&client, connection);
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
    configureClient(&client, connection);
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
    configureClient(&client, connection);
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
    return UsageError;
}

} // namespace CommandLine
