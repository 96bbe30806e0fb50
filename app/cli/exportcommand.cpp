// deploydeck export: every deployment of a repository with its statuses, as JSON or CSV.
#include "clicore.h"
#include "commands.h"
#include "connection.h"

#include "models/deploymentexporter.h"
#include "models/githubclient.h"

#include <QEventLoop>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace CommandLine {

QString exportSummary()
{
    return tr("Write every deployment of a repository with its statuses (JSON or CSV).");
}

int runExport(Invocation &invocation)
{
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         tr("Only deployments to this environment."),
                                         QStringLiteral("ENV"));
    const QCommandLineOption format(QStringLiteral("format"), tr("json (default) or csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption bom(
        QStringLiteral("bom"),
        tr("With --format csv: start with a UTF-8 byte order mark, which some spreadsheet "
           "programs need to read Korean and Japanese text."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"),
                                     tr("Do not use or update the ETag cache."));
    const QCommandLineOption rest(
        QStringLiteral("rest"),
        tr("Read the statuses over REST only: GitHub's objects exactly as sent, "
           "performed_via_github_app included, at one request per deployment. By default they "
           "come over GraphQL, 100 deployments a request."));
    if (const std::optional<int> done = invocation.parse(
            tr("Writes every deployment of a repository, newest first. JSON (the default) holds "
               "each deployment with every one of its statuses, newest first; CSV holds one row "
               "per deployment with its latest state (id, environment, ref, sha, task, creator, "
               "created_at, latest_state, latest_status_at, description)."),
            {Connection::repoOption(), environment, format, bom, output, noCache, rest}))
        return *done;
    const QCommandLineParser &parser = invocation.parser;
    Connection connection;
    if (const int code = connection.read(invocation))
        return code;
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("json") && formatName != QLatin1String("csv")) {
        printError(tr("Unknown format \"%1\"; use json or csv.").arg(parser.value(format)));
        return UsageError;
    }
    if (parser.isSet(bom) && formatName != QLatin1String("csv")) {
        printError(tr("--bom is for --format csv only."));
        return UsageError;
    }

    GitHubClient client;
    if (!connection.configure(&client))
        return ApiError;
    reportWaits(&client);
    const QString cacheFile = parser.isSet(noCache) ? QString() : etagCacheFile(client.apiRoot());
    if (!cacheFile.isEmpty())
        client.etagCache()->load(cacheFile);

    DeploymentExporter exporter(&client);
    exporter.setUseGraphQL(!parser.isSet(rest));
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

    QByteArray data;
    if (formatName == QLatin1String("csv")) {
        if (parser.isSet(bom))
            data = QByteArrayLiteral("\xEF\xBB\xBF");
        data += exporter.toCsv();
    } else {
        data = exporter.toJsonText();
    }
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

} // namespace CommandLine
