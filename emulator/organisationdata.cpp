#include "emulator/organisationdata.h"

#include "emulator/emulatorstore.h"

#include <QStringList>

#include <algorithm>

namespace OrganisationData {

namespace {

struct Slot
{
    int release = 0;
    QString environment;
    bool transient = false;
};

// The order deployments were made in: each release goes to qa, staging, then production;
// every seventh slot is a pull request's preview instead.
QList<Slot> planFor(int repository, int deployments)
{
    static const QStringList promotion{QStringLiteral("qa"), QStringLiteral("staging"),
                                       QStringLiteral("production")};
    QList<Slot> plan;
    plan.reserve(deployments);
    int release = 0;
    qsizetype step = 0;
    while (plan.size() < deployments) {
        if (plan.size() % 7 == 6) {
            plan.append({release, QStringLiteral("pr-%1").arg(100 + plan.size()), true});
            continue;
        }
        plan.append({release, promotion.at(step), false});
        if (++step == promotion.size()) {
            step = 0;
            ++release;
        }
    }
    // Drift: the newest production deployment goes to staging as the next release instead,
    // so staging runs a release production has not got.
    if (repository % 3 == 0) {
        for (qsizetype i = plan.size() - 1; i >= 0; --i) {
            if (plan.at(i).environment == promotion.last()) {
                plan[i] = {plan.at(i).release + 1, promotion.at(1), false};
                break;
            }
        }
    }
    return plan;
}

} // namespace

void populate(EmulatorStore &store, int repositories, int deployments, int statusesEach)
{
    static const QStringList names{QStringLiteral("checkout"),      QStringLiteral("payments"),
                                   QStringLiteral("search"),        QStringLiteral("inventory"),
                                   QStringLiteral("identity"),      QStringLiteral("billing"),
                                   QStringLiteral("notifications"), QStringLiteral("catalog")};
    static const QStringList creators{QStringLiteral("mona"), QStringLiteral("hubot"),
                                      QStringLiteral("sora-kim"), QStringLiteral("yuki-tanaka"),
                                      QStringLiteral("github-actions[bot]")};
    const QDateTime now = store.now();
    const qint64 spacing = deployments > 0 ? std::max<qint64>(60, 60 * 86400 / deployments) : 60;
    for (int r = 0; r < repositories; ++r) {
        const QString name = QStringLiteral("%1-%2")
                                 .arg(names.at(r % names.size()))
                                 .arg(r + 1, 2, 10, QLatin1Char('0'));
        EmulatorRepository &repo =
            *store.addRepository(QStringLiteral("acme-org"), name, now.addDays(-400));
        const QList<Slot> plan = planFor(r, deployments);
        // The newest production slot, for the failed attempt.
        int lastProduction = -1;
        for (int i = 0; i < plan.size(); ++i) {
            if (plan.at(i).environment == QLatin1String("production"))
                lastProduction = i;
        }
        const QDateTime first = now.addSecs(-spacing * deployments - r * 37);
        for (int i = 0; i < plan.size(); ++i) {
            const Slot &slot = plan.at(i);
            EmulatorDeploymentSpec spec;
            spec.environment = slot.environment;
            spec.transient = slot.transient;
            spec.ref = slot.transient ? QStringLiteral("feature/change-%1").arg(i)
                                      : QStringLiteral("v2.%1.0").arg(slot.release);
            spec.description = QStringLiteral("Deploy %1 to %2").arg(spec.ref, slot.environment);
            spec.creator = creators.at((r + i) % creators.size());
            const QDateTime at = first.addSecs(spacing * i);
            EmulatorDeployment &d = store.createDeployment(repo, spec, at);
            const bool fails =
                (r % 5 == 2 && i == lastProduction) || (!slot.transient && i % 23 == 11);
            for (int s = 0; s < statusesEach; ++s) {
                EmulatorStatusSpec status;
                const bool last = s == statusesEach - 1;
                status.state =
                    !last   ? (s == 0 ? QStringLiteral("queued") : QStringLiteral("in_progress"))
                    : fails ? QStringLiteral("failure")
                            : QStringLiteral("success");
                status.description = status.state;
                status.logUrl = QStringLiteral("https://ci.example.com/acme-org/%1/runs/%2")
                                    .arg(name)
                                    .arg(i * 10 + s);
                status.autoInactive = false; // keeps the shape exactly R x N x M
                status.creator = spec.creator;
                store.addStatus(repo, d, status, at.addSecs(10 * (s + 1)));
            }
        }
    }
}

} // namespace OrganisationData
