#include "emulator/demodata.h"

#include "emulator/emulatorstore.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace {

struct Language
{
    QString deploy; // %1 version, %2 environment
    QString queued;
    QString running;
    QString success;
    QString failure;
    QString error;
    QString destroyed;
};

// Descriptions as release managers write them, in the three languages the product ships in.
const std::vector<Language> &languages()
{
    static const std::vector<Language> all{
        {QStringLiteral("Deploy %1 to %2"), QStringLiteral("Deployment queued"),
         QStringLiteral("Rolling out to %1"), QStringLiteral("Deployment finished successfully."),
         QStringLiteral("Health check failed on 2 of 6 pods"),
         QStringLiteral("Deployment runner lost contact with the cluster"),
         QStringLiteral("Preview environment torn down")},
        {QStringLiteral("%2 환경에 %1 배포"), QStringLiteral("배포 대기 중"),
         QStringLiteral("%1 환경에 배포하는 중"), QStringLiteral("배포가 완료되었습니다."),
         QStringLiteral("헬스 체크 실패: 파드 6개 중 2개 응답 없음"),
         QStringLiteral("배포 러너와 클러스터 연결이 끊겼습니다"),
         QStringLiteral("미리보기 환경을 삭제했습니다")},
        {QStringLiteral("%2 環境へ %1 をデプロイ"), QStringLiteral("デプロイ待ち"),
         QStringLiteral("%1 環境へデプロイ中"), QStringLiteral("デプロイが完了しました。"),
         QStringLiteral("ヘルスチェック失敗: 6 個中 2 個のポッドが応答しません"),
         QStringLiteral("デプロイランナーがクラスターとの接続を失いました"),
         QStringLiteral("プレビュー環境を削除しました")},
    };
    return all;
}

const QStringList &creators()
{
    static const QStringList all{QStringLiteral("mona"),
                                 QStringLiteral("hubot"),
                                 QStringLiteral("sora-kim"),
                                 QStringLiteral("yuki-tanaka"),
                                 QStringLiteral("jisoo-park"),
                                 QStringLiteral("haruto-sato"),
                                 QStringLiteral("github-actions[bot]")};
    return all;
}

struct DemoRepository
{
    QString name;    // under acme/
    QString host;    // environment_url host
    int deployments; // how many over 90 days
    int firstPr;     // preview PR numbers
};

QString environmentUrl(const DemoRepository &repo, const QString &environment)
{
    if (environment == QLatin1String("production"))
        return QStringLiteral("https://%1").arg(repo.host);
    if (environment.startsWith(QLatin1String("preview/")))
        return QStringLiteral("https://%1.%2").arg(environment.mid(8), repo.host);
    return QStringLiteral("https://%1.%2").arg(environment, repo.host);
}

QString logUrl(const QString &fullName, QRandomGenerator &random)
{
    const qint64 run = 8100000000LL + random.bounded(90000000);
    const qint64 job = 22300000000LL + random.bounded(900000000);
    return QStringLiteral("https://github.com/%1/actions/runs/%2/job/%3")
        .arg(fullName)
        .arg(run)
        .arg(job);
}

QString pick(const QStringList &list, QRandomGenerator &random)
{
    return list.at(int(random.bounded(quint32(list.size()))));
}

// One deployment's life: queued -> in_progress -> success/failure/error (or still running).
void playDeployment(EmulatorStore &store, EmulatorRepository &repo, const DemoRepository &demo,
                    const QString &environment, bool transient, const QDateTime &at,
                    const QString &version, QRandomGenerator &random, const QDateTime &now)
{
    const Language &lang = languages()[random.bounded(quint32(languages().size()))];
    const QString creator = pick(creators(), random);
    const QString runner = random.bounded(3) == 0 ? creator : QStringLiteral("github-actions[bot]");

    EmulatorDeploymentSpec spec;
    spec.environment = environment;
    spec.transient = transient;
    spec.creator = creator;
    if (transient) {
        static const QStringList branches{QStringLiteral("feature/checkout-redesign"),
                                          QStringLiteral("fix/cart-rounding"),
                                          QStringLiteral("feature/kakao-pay"),
                                          QStringLiteral("feature/line-login"),
                                          QStringLiteral("chore/bump-qt"),
                                          QStringLiteral("feature/dark-mode")};
        spec.ref = pick(branches, random);
        spec.payload = QJsonObject{{QStringLiteral("pull_request"), environment.mid(11).toInt()}};
    } else {
        spec.ref = random.bounded(4) == 0 ? QStringLiteral("main") : version;
        spec.payload = random.bounded(5) == 0 ? QJsonObject{{QStringLiteral("canary"), true},
                                                            {QStringLiteral("rollout_percent"), 10}}
                                              : QJsonObject();
        if (random.bounded(8) == 0)
            spec.task = QStringLiteral("deploy:migrations");
    }
    spec.sha = EmulatorStore::shaFor(repo.fullName() + spec.ref + at.toString(Qt::ISODate));
    spec.description = lang.deploy.arg(version, environment);
    EmulatorDeployment &d = store.createDeployment(repo, spec, at);

    const QString url = environmentUrl(demo, environment);
    const QString log = logUrl(repo.fullName(), random);
    EmulatorStatusSpec status;
    status.creator = runner;
    status.environmentUrl = url;
    // Every demo status carries its run's log: GitHub sends "" when there is none, which the
    // official description's `format: uri` rejects, and the demo runs through Prism in tests.
    status.logUrl = log;

    status.state = QStringLiteral("queued");
    status.description = lang.queued;
    store.addStatus(repo, d, status, at);

    const QDateTime started = at.addSecs(20 + random.bounded(100));
    if (started > now)
        return;
    status.state = QStringLiteral("in_progress");
    status.description = lang.running.arg(environment);
    status.logUrl = log;
    store.addStatus(repo, d, status, started);

    const QDateTime finished = started.addSecs(90 + random.bounded(780));
    if (finished > now)
        return;
    const quint32 roll = random.bounded(100);
    status.state = roll < 80   ? QStringLiteral("success")
                   : roll < 92 ? QStringLiteral("failure")
                               : QStringLiteral("error");
    status.description = roll < 80 ? lang.success : roll < 92 ? lang.failure : lang.error;
    store.addStatus(repo, d, status, finished);

    // Most previews are torn down a day or three after they went up: "destroyed".
    if (transient && random.bounded(10) < 6) {
        const QDateTime destroyed = finished.addSecs(86400 + random.bounded(2 * 86400));
        if (destroyed <= now) {
            status.state = QStringLiteral("inactive");
            status.description = lang.destroyed;
            store.addStatus(repo, d, status, destroyed);
        }
    }
}

} // namespace

namespace DemoData {

void populateDemo(EmulatorStore &store, quint32 seed)
{
    store.clear();
    QRandomGenerator random(seed);
    const QDateTime now = store.now();
    const QDateTime start = now.addDays(-90);
    const std::vector<DemoRepository> repos{
        {QStringLiteral("storefront"), QStringLiteral("storefront.acme.example"), 150, 470},
        {QStringLiteral("payments-api"), QStringLiteral("payments.acme.example"), 110, 210},
        {QStringLiteral("mobile-app"), QStringLiteral("app.acme.example"), 80, 1030},
        {QStringLiteral("docs-site"), QStringLiteral("docs.acme.example"), 40, 88},
    };
    for (const DemoRepository &demo : repos) {
        EmulatorRepository &repo =
            *store.addRepository(QStringLiteral("acme"), demo.name, now.addDays(-700));
        std::vector<qint64> times;
        for (int i = 0; i < demo.deployments; ++i)
            times.push_back(start.toSecsSinceEpoch() + qint64(random.bounded(90 * 86400 - 600)));
        // The newest few are recent, so something is running or just finished when you look.
        times.push_back(now.toSecsSinceEpoch() - 60 - random.bounded(120));
        times.push_back(now.toSecsSinceEpoch() - 900 - random.bounded(600));
        std::sort(times.begin(), times.end());

        int minor = 10 + int(random.bounded(5));
        int patch = 0;
        QString stagedVersion = QStringLiteral("v2.%1.%2").arg(minor).arg(patch);
        // storefront's pr-482 is the preview the issue tracker talks about: keep it present.
        const int prs = 14;
        for (size_t i = 0; i < times.size(); ++i) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(times[i], QTimeZone::utc());
            const quint32 roll = random.bounded(100);
            QString environment;
            bool transient = false;
            if (roll < 34) {
                environment = QStringLiteral("staging");
                if (random.bounded(3) == 0) {
                    if (++patch > 6) {
                        ++minor;
                        patch = 0;
                    }
                    stagedVersion = QStringLiteral("v2.%1.%2").arg(minor).arg(patch);
                }
            } else if (roll < 54) {
                environment = QStringLiteral("qa");
            } else if (roll < 76) {
                environment = QStringLiteral("production");
            } else {
                const int pr = demo.firstPr + int(random.bounded(prs));
                environment = QStringLiteral("preview/pr-%1").arg(pr);
                transient = true;
            }
            if (i + 1 == times.size() && demo.name == QLatin1String("storefront")) {
                environment = QStringLiteral("preview/pr-482");
                transient = true;
            }
            playDeployment(store, repo, demo, environment, transient, at, stagedVersion, random,
                           now);
        }
    }
}

void populateSynthetic(EmulatorStore &store, int deployments, int statusesEach)
{
    store.clear();
    const QDateTime now = store.now();
    EmulatorRepository &repo = *store.addRepository(QStringLiteral("octo"),
                                                    QStringLiteral("synthetic"), now.addDays(-365));
    static const QStringList environments{QStringLiteral("production"), QStringLiteral("staging"),
                                          QStringLiteral("qa")};
    static const QStringList path{QStringLiteral("queued"), QStringLiteral("in_progress")};
    const qint64 spacing = deployments > 0 ? std::max<qint64>(1, 90 * 86400 / deployments) : 1;
    const QDateTime first = now.addSecs(-spacing * deployments);
    for (int i = 0; i < deployments; ++i) {
        EmulatorDeploymentSpec spec;
        spec.environment = environments.at(i % environments.size());
        spec.ref = QStringLiteral("v1.%1.%2").arg(i / 100).arg(i % 100);
        spec.description = QStringLiteral("Synthetic deployment %1").arg(i + 1);
        spec.creator = i % 2 ? QStringLiteral("hubot") : QStringLiteral("mona");
        const QDateTime at = first.addSecs(spacing * i);
        EmulatorDeployment &d = store.createDeployment(repo, spec, at);
        for (int s = 0; s < statusesEach; ++s) {
            EmulatorStatusSpec status;
            const bool last = s == statusesEach - 1;
            status.state =
                last ? (i % 10 == 9 ? QStringLiteral("failure") : QStringLiteral("success"))
                     : path.at(std::min(s, 1));
            status.description = QStringLiteral("Step %1 of %2").arg(s + 1).arg(statusesEach);
            status.autoInactive = false; // keep the shape exactly N x M, and loading linear
            store.addStatus(repo, d, status, at.addSecs(s + 1));
        }
    }
}

LiveWalker::LiveWalker(quint32 seed)
    : m_random(seed)
{}

void LiveWalker::step(EmulatorStore &store)
{
    const QDateTime now = store.now();
    // Advance what is running; drop what has finished or vanished.
    for (auto it = m_running.begin(); it != m_running.end();) {
        EmulatorRepository *repo = store.repository(it->repository);
        if (!repo || repo->deployments.count(it->id) == 0) {
            it = m_running.erase(it);
            continue;
        }
        EmulatorDeployment &deployment = repo->deployments.at(it->id);
        EmulatorStatusSpec status;
        status.creator = QStringLiteral("github-actions[bot]");
        if (!deployment.statuses.empty()) {
            status.environmentUrl = deployment.statuses.back().environmentUrl;
            status.logUrl = deployment.statuses.back().logUrl;
        }
        if (it->stage == 0) {
            status.state = QStringLiteral("in_progress");
            status.description = QStringLiteral("Rolling out");
            status.logUrl = deployment.statuses.empty() ? logUrl(repo->fullName(), m_random)
                                                        : deployment.statuses.back().logUrl;
            ++it->stage;
            store.addStatus(*repo, deployment, status, now);
            ++it;
        } else {
            const bool ok = m_random.bounded(5) != 0;
            status.state = ok ? QStringLiteral("success") : QStringLiteral("failure");
            status.description = ok ? QStringLiteral("Deployment finished successfully.")
                                    : QStringLiteral("Health check failed");
            store.addStatus(*repo, deployment, status, now);
            it = m_running.erase(it);
        }
    }
    if (store.repositoryOrder().empty())
        return;
    EmulatorRepository &repo = *store.repositoryById(store.repositoryOrder().front());
    static const QStringList environments{QStringLiteral("staging"), QStringLiteral("qa"),
                                          QStringLiteral("production"),
                                          QStringLiteral("preview/pr-500")};
    EmulatorDeploymentSpec spec;
    spec.environment = environments.at(m_counter % environments.size());
    spec.transient = spec.environment.startsWith(QLatin1String("preview/"));
    spec.ref = QStringLiteral("main");
    spec.sha = EmulatorStore::shaFor(QStringLiteral("live-%1").arg(m_counter));
    spec.description = QStringLiteral("Live deployment #%1").arg(++m_counter);
    spec.creator = pick(creators(), m_random);
    EmulatorDeployment &d = store.createDeployment(repo, spec, now);
    EmulatorStatusSpec status;
    status.state = QStringLiteral("queued");
    status.description = QStringLiteral("Deployment queued");
    status.creator = QStringLiteral("github-actions[bot]");
    status.logUrl = logUrl(repo.fullName(), m_random);
    store.addStatus(repo, d, status, now);
    m_running.push_back({repo.fullName(), d.id, 0});
}

} // namespace DemoData
