// A cleanup in a process of its own, for tst_cleanupresume to kill mid-run: opens
// octo/empty (or the repositories given, comma-separated) on the API root given, then either starts
// a new journal with a plan that deletes every preview deployment (live ones too), or resumes the
// journal there. No pacing (the pacer is tested on its own). Prints the report as JSON; exit 0 when
// nothing failed.
//
// Usage: cleanupchild API_ROOT JOURNAL [OWNER/NAME,OWNER/NAME...]

#include "models/cleanupjob.h"
#include "models/cleanupjournal.h"
#include "models/cleanupplan.h"
#include "models/githubclient.h"
#include "models/repositorysession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4)
        return 2;
    const QStringList names = argc == 4 ? QString::fromLocal8Bit(argv[3]).split(QLatin1Char(','))
                                        : QStringList{QStringLiteral("octo/empty")};
    GitHubClient client;
    if (!client.setApiRoot(QUrl(QString::fromLocal8Bit(argv[1]))))
        return 2;
    client.setToken(QStringLiteral("demo-token"));
    std::vector<std::unique_ptr<RepositorySession>> sessions;
    QList<RepositorySession *> sessionList;
    QList<const DeploymentStore *> stores;
    for (qsizetype i = 0; i < names.size(); ++i) {
        sessions.push_back(std::make_unique<RepositorySession>(&client));
        sessions.back()->setAutoRefreshInterval(0);
        sessionList.append(sessions.back().get());
    }
    const QString path = QString::fromLocal8Bit(argv[2]);
    std::unique_ptr<CleanupJob> job;
    int exitCode = 2;

    auto run = [&] {
        std::unique_ptr<CleanupJournal> journal;
        QString error;
        if (QFile::exists(path)) {
            journal = CleanupJournal::open(path, &error);
        } else {
            CleanupRule previews;
            previews.environmentPatterns = {QStringLiteral("preview/*")};
            previews.includeLive = true;
            previews.action = CleanupRule::Action::Delete;
            const CleanupPlan plan =
                CleanupPlan::compute(stores, {previews}, QDateTime::currentDateTimeUtc());
            journal = CleanupJournal::create(path, plan, &error);
        }
        if (!journal) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            app.exit(2);
            return;
        }
        job = std::make_unique<CleanupJob>(sessionList, journal->plan());
        job->setPacer(WritePacer({}, 0));
        job->setJournal(std::move(journal));
        QObject::connect(
            job.get(), &CleanupJob::finished, &app, [&](const CleanupJob::Report &report) {
                std::printf("%s\n", QJsonDocument(report.toJson()).toJson().constData());
                std::fflush(stdout);
                exitCode = report.hasFailures() || !report.isComplete() ? 1 : 0;
                QTimer::singleShot(0, &app, [&] { app.exit(exitCode); });
            });
        job->start();
    };
    for (RepositorySession *session : sessionList) {
        QObject::connect(session, &RepositorySession::loadingChanged, &app, [&](bool loading) {
            if (loading || job)
                return;
            for (RepositorySession *s : sessionList) {
                if (s->isLoading() || !s->store())
                    return;
            }
            for (RepositorySession *s : sessionList) {
                if (s->store()->loadState() != DeploymentStore::LoadState::Ready) {
                    std::fprintf(stderr, "%s\n", qPrintable(s->store()->errorString()));
                    app.exit(2);
                    return;
                }
                stores.append(s->store());
            }
            run();
        });
    }
    for (qsizetype i = 0; i < names.size(); ++i)
        sessionList[i]->setRepository(*RepositoryId::parse(names.at(i)));
    return app.exec();
}
