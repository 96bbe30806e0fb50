#pragma once

// Fixture JSON (tests/data/models) for the store and model tests: one repository, eight
// deployments over production, staging, qa and a transient preview, with their statuses.

#include "models/deployment.h"
#include "models/deploymentstatus.h"
#include "models/deploymentstore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace Fixtures {

inline QJsonDocument readJson(const QString &name)
{
    QFile file(QStringLiteral(DEPLOYDECK_TEST_DATA "/models/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll());
}

inline QList<Deployment> deployments()
{
    return Deployment::listFromJson(readJson(QStringLiteral("deployments.json")).array());
}

inline QHash<qint64, QList<DeploymentStatus>> statuses()
{
    QHash<qint64, QList<DeploymentStatus>> result;
    const QJsonObject object = readJson(QStringLiteral("statuses.json")).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(it.key().toLongLong(), DeploymentStatus::listFromJson(it.value()));
    return result;
}

// Every deployment, and the statuses of each (none for the ones without a list).
inline void load(DeploymentStore &store)
{
    store.mergeDeployments(deployments());
    const auto all = statuses();
    for (const Deployment &d : deployments())
        store.setStatuses(d.id, all.value(d.id));
}

inline DeploymentStatus status(qint64 id, StatusState state, const QString &time,
                               const QString &description = {}, const QString &environment = {})
{
    DeploymentStatus s;
    s.id = id;
    s.state = state;
    s.rawState = StatusStates::toApi(state);
    s.description = description;
    s.environment = environment;
    s.creator.login = QStringLiteral("mina");
    s.createdAt = QDateTime::fromString(time, Qt::ISODate);
    s.updatedAt = s.createdAt;
    return s;
}

inline Deployment deployment(qint64 id, const QString &environment, const QString &time)
{
    Deployment d = deployments().first();
    d.id = id;
    d.environment = environment;
    d.ref = QStringLiteral("ref-%1").arg(id);
    d.createdAt = QDateTime::fromString(time, Qt::ISODate);
    d.updatedAt = d.createdAt;
    d.productionEnvironment = environment == QLatin1String("production");
    return d;
}

} // namespace Fixtures
