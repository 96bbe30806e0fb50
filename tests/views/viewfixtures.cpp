#include "viewfixtures.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace ViewFixtures {

QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 3, 14), QTime(12, 0), Qt::UTC);
}

namespace {

void fill(const QList<QStandardItem *> &items, const Deployment &d)
{
    using namespace DeploymentRoles;
    QStandardItem *item = items.at(0);
    item->setData(d.id, IdRole);
    item->setData(d.environment, EnvironmentRole);
    item->setData(d.ref, RefRole);
    item->setData(d.sha, ShaRole);
    item->setData(d.task, TaskRole);
    item->setData(d.creator, CreatorLoginRole);
    item->setData(d.created, CreatedAtRole);
    item->setData(d.markers.isEmpty()
                      ? d.created
                      : QDateTime::fromMSecsSinceEpoch(d.markers.constLast().msecs, Qt::UTC),
                  UpdatedAtRole);
    item->setData(QVariant::fromValue(d.state), StateRole);
    item->setData(d.rawState.isEmpty() ? StatusStates::toApi(d.state) : d.rawState, RawStateRole);
    item->setData(d.description, DescriptionRole);
    item->setData(d.logUrl, LogUrlRole);
    item->setData(d.environmentUrl, EnvironmentUrlRole);
    item->setData(d.transient, TransientRole);
    item->setData(d.production, ProductionRole);
    item->setData(d.active, IsActiveRole);
    item->setData(true, StatusesLoadedRole);
    item->setData(d.pendingWrite, PendingWriteRole);
    item->setData(d.end, EndTimeRole);
    item->setData(QVariant::fromValue(d.payload), PayloadRole);
    item->setData(
        QUrl(QStringLiteral("https://api.github.com/repos/acme/shop/deployments/%1").arg(d.id)),
        UrlRole);
    item->setData(int(d.markers.size()), StatusCountRole);
    item->setData(QVariant::fromValue(d.markers), MarkersRole);
    const QStringList columns = {StatusStates::displayName(d.state, d.rawState),
                                 d.environment,
                                 d.ref,
                                 d.sha.left(7),
                                 d.task,
                                 d.creator,
                                 d.created.toString(Qt::ISODate),
                                 QString(),
                                 d.description};
    for (int column = 0; column < DeploymentRoles::ColumnCount && column < items.size(); ++column)
        items.at(column)->setText(columns.value(column));
}

QList<QStandardItem *> makeItems(const Deployment &d)
{
    QList<QStandardItem *> items;
    for (int column = 0; column < DeploymentRoles::ColumnCount; ++column)
        items << new QStandardItem;
    fill(items, d);
    return items;
}

} // namespace

void writeDeployment(QStandardItemModel *model, int row, const Deployment &d)
{
    const QSignalBlocker blocker(model);
    QList<QStandardItem *> items;
    for (int column = 0; column < DeploymentRoles::ColumnCount; ++column)
        items << model->item(row, column);
    fill(items, d);
}

void appendDeployment(QStandardItemModel *model, const Deployment &deployment)
{
    // Complete items first: views see one rowsInserted for a row that is already filled in.
    model->appendRow(makeItems(deployment));
}

QStandardItemModel *makeDeploymentModel(const QList<Deployment> &deployments, QObject *parent)
{
    auto *model = new QStandardItemModel(0, DeploymentRoles::ColumnCount, parent);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("State"), QStringLiteral("Environment"), QStringLiteral("Ref"),
         QStringLiteral("SHA"), QStringLiteral("Task"), QStringLiteral("Creator"),
         QStringLiteral("Created"), QStringLiteral("Latest"), QStringLiteral("Description")});
    for (const Deployment &d : deployments)
        model->appendRow(makeItems(d));
    return model;
}

QStandardItemModel *makeStatusModel(const QList<Status> &statuses, QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    qint64 id = 1000;
    for (const Status &s : statuses) {
        auto *item = new QStandardItem;
        item->setData(id++, StatusRoles::IdRole);
        item->setData(QVariant::fromValue(s.state), StatusRoles::StateRole);
        item->setData(StatusStates::toApi(s.state), StatusRoles::RawStateRole);
        item->setData(s.description, StatusRoles::DescriptionRole);
        item->setData(s.creator, StatusRoles::CreatorLoginRole);
        item->setData(s.created, StatusRoles::CreatedAtRole);
        item->setData(s.logUrl, StatusRoles::LogUrlRole);
        item->setData(s.environmentUrl, StatusRoles::EnvironmentUrlRole);
        item->setData(s.pending, StatusRoles::PendingRole);
        model->appendRow(item);
    }
    return model;
}

namespace {

QString describe(StatusState state, Language language)
{
    switch (language) {
    case Language::Korean:
        switch (state) {
        case StatusState::Success:
            return QStringLiteral("배포가 완료되었습니다");
        case StatusState::Failure:
            return QStringLiteral("헬스 체크 실패: 응답 시간 초과");
        case StatusState::Error:
            return QStringLiteral("배포 스크립트 오류 (종료 코드 137)");
        case StatusState::InProgress:
            return QStringLiteral("컨테이너 롤아웃 중 (3/8)");
        case StatusState::Inactive:
            return QStringLiteral("새 배포로 대체됨");
        default:
            return QStringLiteral("대기열에서 기다리는 중");
        }
    case Language::Japanese:
        switch (state) {
        case StatusState::Success:
            return QStringLiteral("デプロイが完了しました");
        case StatusState::Failure:
            return QStringLiteral("ヘルスチェックに失敗しました：タイムアウト");
        case StatusState::Error:
            return QStringLiteral("デプロイスクリプトのエラー（終了コード 137）");
        case StatusState::InProgress:
            return QStringLiteral("コンテナをロールアウト中（3/8）");
        case StatusState::Inactive:
            return QStringLiteral("新しいデプロイに置き換えられました");
        default:
            return QStringLiteral("キューで待機中");
        }
    case Language::English:
        break;
    }
    switch (state) {
    case StatusState::Success:
        return QStringLiteral("Deployment finished successfully");
    case StatusState::Failure:
        return QStringLiteral("Health check failed: timeout after 120 s");
    case StatusState::Error:
        return QStringLiteral("Deploy script crashed (exit code 137)");
    case StatusState::InProgress:
        return QStringLiteral("Rolling out containers (3/8)");
    case StatusState::Inactive:
        return QStringLiteral("Superseded by a newer deployment");
    default:
        return QStringLiteral("Waiting in queue");
    }
}

} // namespace

QList<Deployment> realisticDeployments(const QDateTime &now, int days, int count, quint32 seed,
                                       Language language)
{
    QRandomGenerator random(seed);
    struct Env
    {
        QString name;
        bool production;
        bool transient;
        int weight;
    };
    const QList<Env> envs = {
        {QStringLiteral("production"), true, false, 3},
        {QStringLiteral("staging"), false, false, 5},
        {QStringLiteral("qa"), false, false, 4},
        {QStringLiteral("dev"), false, false, 6},
        {QStringLiteral("preview-pr-1482"), false, true, 1},
        {QStringLiteral("preview-pr-1490"), false, true, 1},
    };
    const QStringList creators = {QStringLiteral("octocat"), QStringLiteral("hubot"),
                                  QStringLiteral("mona"), QStringLiteral("kim-jiwoo"),
                                  QStringLiteral("sato-yuki")};
    const QStringList refs = {QStringLiteral("main"), QStringLiteral("v2.14.0"),
                              QStringLiteral("release/2.14"), QStringLiteral("hotfix/cart-total"),
                              QStringLiteral("feature/checkout-v2")};
    int totalWeight = 0;
    for (const Env &env : envs)
        totalWeight += env.weight;

    QList<Deployment> result;
    const qint64 span = qint64(days) * 24 * 3600 * 1000;
    const qint64 startMs = now.toMSecsSinceEpoch() - span;
    qint64 id = 90000000;
    for (const Env &env : envs) {
        const int envCount = qMax(2, count * env.weight / totalWeight);
        const qint64 envStart = env.transient ? startMs + span * 2 / 3 : startMs;
        const qint64 envSpan = now.toMSecsSinceEpoch() - envStart;
        QList<qint64> starts;
        for (int i = 0; i < envCount; ++i)
            starts << envStart + qint64(random.generateDouble() * envSpan * 0.995);
        std::sort(starts.begin(), starts.end());
        qint64 previousLive = -1; // index in result of the last successful deployment
        for (int i = 0; i < envCount; ++i) {
            Deployment d;
            d.id = ++id;
            d.environment = env.name;
            d.production = env.production;
            d.transient = env.transient;
            d.ref = refs.at(int(random.bounded(refs.size())));
            d.sha = QString::number(random.generate64(), 16).rightJustified(16, QLatin1Char('0')) +
                    QString::number(random.generate64(), 16).rightJustified(16, QLatin1Char('0')) +
                    QStringLiteral("beef1234");
            d.creator = creators.at(int(random.bounded(creators.size())));
            d.created = QDateTime::fromMSecsSinceEpoch(starts.at(i), Qt::UTC);
            d.payload = QJsonObject{{QStringLiteral("auto_merge"), false},
                                    {QStringLiteral("image"),
                                     QStringLiteral("ghcr.io/acme/shop:%1").arg(d.sha.left(7))},
                                    {QStringLiteral("replicas"), int(random.bounded(2, 9))}};
            const qint64 t0 = starts.at(i);
            const bool newest = i == envCount - 1;
            const bool secondNewest = i == envCount - 2;
            const quint32 roll = random.bounded(100);
            StatusState outcome = roll < 78   ? StatusState::Success
                                  : roll < 90 ? StatusState::Failure
                                              : StatusState::Error;
            d.markers = {{t0 + 2000, StatusState::Queued}, {t0 + 30000, StatusState::InProgress}};
            const qint64 finished = t0 + 4 * 60000 + qint64(random.bounded(8 * 60000));
            if (newest && env.name == QLatin1String("staging")) {
                outcome = StatusState::InProgress; // still rolling out
            } else if (newest && env.name == QLatin1String("qa")) {
                outcome = StatusState::Queued;
                d.markers = {{t0 + 2000, StatusState::Queued}};
            }
            if (finished > now.toMSecsSinceEpoch() && outcome != StatusState::Queued)
                outcome = StatusState::InProgress;
            if (outcome != StatusState::InProgress && outcome != StatusState::Queued)
                d.markers.append({finished, outcome});
            d.state = outcome;
            d.description = describe(outcome, language);
            d.logUrl = QUrl(QStringLiteral("https://ci.example.com/acme/shop/runs/%1").arg(d.id));
            if (env.transient)
                d.environmentUrl =
                    QUrl(QStringLiteral("https://%1.preview.example.com").arg(env.name));
            else
                d.environmentUrl = QUrl(QStringLiteral("https://%1.example.com").arg(env.name));
            if (outcome == StatusState::Success || (newest && outcome == StatusState::InProgress) ||
                (secondNewest && outcome == StatusState::Success)) {
                // The new one supersedes the previous live deployment.
                if (previousLive >= 0 && outcome == StatusState::Success) {
                    Deployment &old = result[previousLive];
                    old.end = d.created.addMSecs(finished - t0);
                    old.active = false;
                    const bool destroyed = old.transient && random.bounded(2) == 0;
                    old.state = destroyed ? StatusState::Destroyed : StatusState::Inactive;
                    old.markers.append({old.end.toMSecsSinceEpoch(), StatusState::Inactive});
                    old.description = describe(StatusState::Inactive, language);
                }
                if (outcome == StatusState::Success) {
                    d.active = true;
                    previousLive = result.size();
                }
            }
            if (outcome == StatusState::Failure || outcome == StatusState::Error) {
                // A failed deployment never goes live: its bar ends when it failed.
                d.end = QDateTime::fromMSecsSinceEpoch(finished, Qt::UTC);
            }
            if (outcome == StatusState::Queued || outcome == StatusState::InProgress) {
                d.end = QDateTime(); // running: until now
            }
            result.append(d);
        }
    }
    return result;
}

QList<Status> statusesFor(const Deployment &deployment, Language language)
{
    QList<Status> result;
    for (const TimelineView::Marker &marker : deployment.markers) {
        Status s;
        s.state = marker.state;
        s.created = QDateTime::fromMSecsSinceEpoch(marker.msecs, Qt::UTC);
        s.creator = deployment.creator;
        s.description = describe(marker.state, language);
        s.logUrl = deployment.logUrl;
        if (marker.state == StatusState::Success)
            s.environmentUrl = deployment.environmentUrl;
        result.prepend(s);
    }
    return result;
}

TimelineView::MarkerProvider markerProvider()
{
    return [](const QModelIndex &index) {
        return index.data(MarkersRole).value<QVector<TimelineView::Marker>>();
    };
}

QModelIndexList selectedCells(const QAbstractItemModel *model, const QList<int> &rows)
{
    QModelIndexList cells;
    for (int row : rows) {
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column));
    }
    return cells;
}

} // namespace ViewFixtures
