// DeployDeck's own rows of tests/bench/export-bench.sh: the export (DeploymentExporter, what
// `deploydeck export` runs) over GraphQL or REST, and the window's first load (RepositorySession,
// what the main window runs) with the time to the first deployments and to every deployment
// coloured by its state (all statuses known). The certificate authority of the run is trusted
// through the client's per-host CA bundle, never by ignoring errors.
// Usage: bench_export --api-url URL --repo OWNER/NAME [--ca-file PEM] [--rest] [--session]
//                     [--reads N] [--reads-http2 N]
// The token comes from GITHUB_TOKEN. Prints one JSON line.
#include "models/deploymentexporter.h"
#include "models/deploymentstore.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption apiUrl(QStringLiteral("api-url"), QStringLiteral("API root"),
                                    QStringLiteral("url"));
    const QCommandLineOption repo(QStringLiteral("repo"), QStringLiteral("owner/name"),
                                  QStringLiteral("repo"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("PEM bundle"),
                                    QStringLiteral("file"));
    const QCommandLineOption rest(QStringLiteral("rest"), QStringLiteral("REST only"));
    const QCommandLineOption session(QStringLiteral("session"),
                                     QStringLiteral("the window's first load"));
    const QCommandLineOption reads(QStringLiteral("reads"), QStringLiteral("reads in flight"),
                                   QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption readsHttp2(QStringLiteral("reads-http2"),
                                        QStringLiteral("reads in flight over HTTP/2"),
                                        QStringLiteral("n"), QStringLiteral("32"));
    parser.addOptions({apiUrl, repo, caFile, rest, session, reads, readsHttp2});
    parser.process(app);

    GitHubClient client;
    QString problem;
    if (!client.setApiRoot(QUrl(parser.value(apiUrl)), false, &problem)) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    if (parser.isSet(caFile)) {
        QList<QSslCertificate> certificates;
        if (!GitHubClient::loadCaBundle(parser.value(caFile), &certificates, &problem)) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 2;
        }
        client.setCaCertificates(certificates);
    }
    client.setToken(qEnvironmentVariable("GITHUB_TOKEN"));
    client.setMaxConcurrentReads(parser.value(reads).toInt());
    client.setMaxConcurrentReadsHttp2(parser.value(readsHttp2).toInt());
    const std::optional<RepositoryId> repository = RepositoryId::parse(parser.value(repo));
    if (!repository) {
        std::fprintf(stderr, "--repo OWNER/NAME\n");
        return 2;
    }

    QJsonObject result;
    QElapsedTimer timer;
    int exitCode = 0;
    if (parser.isSet(session)) {
        RepositorySession window(&client);
        window.setAutoRefreshInterval(0);
        window.setUseGraphQL(!parser.isSet(rest));
        qint64 firstRows = -1, loaded = -1;
        QHash<int, qint64> complete; // deployments known -> when all of them had their statuses
        QObject::connect(
            &window, &RepositorySession::storeChanged, &app, [&](DeploymentStore *store) {
                if (!store)
                    return;
                QObject::connect(store, &DeploymentStore::deploymentsInserted, &app, [&] {
                    if (firstRows < 0)
                        firstRows = timer.elapsed();
                });
                QObject::connect(store, &DeploymentStore::progressChanged, &app,
                                 [&](int statusesLoaded, int deployments) {
                                     if (statusesLoaded == deployments && deployments > 0 &&
                                         !complete.contains(deployments))
                                         complete.insert(deployments, timer.elapsed());
                                 });
            });
        QObject::connect(&window, &RepositorySession::loadingChanged, &app, [&](bool loading) {
            DeploymentStore *store = window.store();
            if (!loading && store && loaded < 0) {
                loaded = timer.elapsed();
                app.quit();
            }
        });
        timer.start();
        window.setRepository(*repository);
        QTimer::singleShot(600000, &app, &QCoreApplication::quit);
        app.exec();
        DeploymentStore *store = window.store();
        result.insert(QStringLiteral("firstRowsMs"), firstRows);
        // Every deployment coloured by its state: all of them known, each with its statuses.
        result.insert(QStringLiteral("allColouredMs"),
                      store ? complete.value(store->count(), -1) : -1);
        // The first load done (over GraphQL: after the REST listing that follows it).
        result.insert(QStringLiteral("loadedMs"), loaded);
        result.insert(QStringLiteral("deployments"), store ? store->count() : 0);
        result.insert(QStringLiteral("statusesLoaded"), store ? store->loadedStatusCount() : 0);
        result.insert(QStringLiteral("graphql"), window.loadedOverGraphQL());
        if (store && store->loadState() != DeploymentStore::LoadState::Ready) {
            result.insert(QStringLiteral("error"), store->errorString());
            exitCode = 1;
        }
    } else {
        DeploymentExporter exporter(&client);
        exporter.setRepository(*repository);
        exporter.setUseGraphQL(!parser.isSet(rest));
        QObject::connect(&exporter, &DeploymentExporter::finished, &app, &QCoreApplication::quit);
        QObject::connect(&exporter, &DeploymentExporter::failed, &app,
                         [&](const GitHubError &error) {
                             result.insert(QStringLiteral("error"), error.toDisplayString());
                             exitCode = 1;
                             app.quit();
                         });
        timer.start();
        exporter.start();
        app.exec();
        const QByteArray text = exporter.toJsonText();
        result.insert(QStringLiteral("ms"), timer.elapsed());
        result.insert(QStringLiteral("deployments"), exporter.deployments().size());
        result.insert(QStringLiteral("bytes"), text.size());
        result.insert(QStringLiteral("graphql"), exporter.usedGraphQL());
    }
    result.insert(QStringLiteral("transfers"), client.transfersSent());
    result.insert(QStringLiteral("http2"), client.usedHttp2());
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return exitCode;
}
